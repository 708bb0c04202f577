// The records a message is filled from: the chosen client and brief, and the VA's profile from Settings.
import { useMemo, useState } from 'react';
import { buildFillValues, type IncidentDetails } from '../../../../shared/domain/templates/fillContext';
import type { IncidentSummary } from '../../../../shared/operations/incidents';
import type { FillValues } from '../../../../shared/domain/templates/placeholders';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { briefKeys, clientKeys, settingKeys } from '../../api/queryKeys';
import { valuesFromIncident } from './ContextFields';

export function useFillContext(clientId: string, briefId: string, typed: FillValues) {
  const clients = useApiQuery(clientKeys.list(), () => api.clients.list({}));
  const briefs = useApiQuery(briefKeys.list({ clientId }), () => (clientId ? api.briefs.list({ clientId }) : Promise.resolve([])));
  const settings = useApiQuery(settingKeys.get(), () => api.settings.get({}));
  const client = clients.data?.find((c) => c.id === clientId) ?? null;
  const brief = briefs.data?.find((b) => b.id === briefId) ?? null;
  const profile = settings.data?.profile ?? null;
  const values = useMemo(() => buildFillValues({ client, brief, profile, extra: typed }), [client, brief, profile, typed]);
  return {
    clients: clients.data ?? [],
    briefs: briefs.data ?? [],
    client,
    brief,
    profile,
    disabledRules: settings.data?.disabledToneRules ?? [],
    values,
    loading: clients.loading || settings.loading,
  };
}

/** Placeholder values an incident's details (and anything else typed elsewhere) already answer. */
export function typedFromIncident(incident: IncidentDetails | undefined, values: FillValues | undefined): FillValues {
  const i = incident ?? {};
  const from: FillValues = {
    'incident.what': i.what,
    'incident.impact': i.impact,
    'incident.done': i.alreadyDone,
    'fix.action': i.fixAction,
    'fix.by': i.fixBy,
    prevention: i.prevention,
    ...values,
  };
  return Object.fromEntries(Object.entries(from).filter(([, v]) => v)) as FillValues;
}

/** The client, brief and incident a message is filled from, and what the VA typed: shared by the composer and the call script. */
export function useFillSelection(initial: {
  clientId?: string | undefined;
  briefId?: string | undefined;
  incident?: IncidentDetails | undefined;
  values?: FillValues | undefined;
}) {
  const [clientId, setClientId] = useState(initial.clientId ?? '');
  const [briefId, setBriefId] = useState(initial.briefId ?? '');
  const [incidentId, setIncidentId] = useState('');
  const [typed, setTyped] = useState<FillValues>(() => typedFromIncident(initial.incident, initial.values));
  const ctx = useFillContext(clientId, briefId, typed);
  return {
    clientId,
    briefId,
    incidentId,
    typed,
    setTyped,
    ctx,
    setBriefId,
    chooseClient(id: string) {
      setClientId(id);
      setBriefId('');
    },
    chooseIncident(incident: IncidentSummary | null) {
      setIncidentId(incident?.id ?? '');
      if (!incident) return;
      if (incident.clientId) setClientId(incident.clientId);
      setBriefId(incident.briefId ?? '');
      setTyped(valuesFromIncident(incident, typed));
    },
  };
}

export type FillSelection = ReturnType<typeof useFillSelection>;
