// The records a message is filled from: the chosen client and brief, and the VA's profile from Settings.
import { useMemo } from 'react';
import { buildFillValues } from '../../../../shared/domain/templates/fillContext';
import type { FillValues } from '../../../../shared/domain/templates/placeholders';
import { api } from '../../api/client';
import { useQuery } from '../../app/useQuery';

export function useFillContext(clientId: string, briefId: string, typed: FillValues) {
  const clients = useQuery(() => api.clients.list({}), [], ['clients']);
  const briefs = useQuery(() => (clientId ? api.briefs.list({ clientId }) : Promise.resolve([])), [clientId], ['briefs']);
  const settings = useQuery(() => api.settings.get({}), [], ['settings']);
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
