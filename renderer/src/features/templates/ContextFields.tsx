// Choosing who a message is for (client and brief), and typing the details only the VA knows.
import { type FillValues, PLACEHOLDERS, type PlaceholderKey } from '../../../../shared/domain/templates/placeholders';
import type { IncidentSummary } from '../../../../shared/operations/incidents';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { incidentKeys } from '../../api/queryKeys';
import { SelectField, TextField } from '../../ui/Field';
import { templatesText as t } from './text';
import type { FillSelection } from './useFillContext';

const TYPED_GROUPS = new Set(['What happened', 'Change request', 'Their instruction']);

export function ClientBriefPickers({
  clients,
  briefs,
  clientId,
  briefId,
  onClient,
  onBrief,
}: {
  clients: { id: string; name: string }[];
  briefs: { id: string; title: string }[];
  clientId: string;
  briefId: string;
  onClient: (id: string) => void;
  onBrief: (id: string) => void;
}) {
  return (
    <div className="grid-2">
      <SelectField
        label={t.client}
        value={clientId}
        options={[{ value: '', label: t.noClient }, ...clients.map((c) => ({ value: c.id, label: c.name }))]}
        onChange={onClient}
        hint={clients.length === 0 ? t.noClients : undefined}
      />
      <SelectField
        label={t.brief}
        value={briefId}
        options={[{ value: '', label: t.noBrief }, ...briefs.map((b) => ({ value: b.id, label: b.title }))]}
        onChange={onBrief}
      />
    </div>
  );
}

/** Inputs for the placeholders a template uses that no record can fill (what happened, the fix, the request). */
export function TypedValues({ keys, values, onChange }: { keys: readonly PlaceholderKey[]; values: FillValues; onChange: (values: FillValues) => void }) {
  const shown = PLACEHOLDERS.filter((p) => TYPED_GROUPS.has(p.group) && keys.includes(p.key));
  if (shown.length === 0) return null;
  return (
    <fieldset className="typed-values">
      <legend>{t.detailsHeading}</legend>
      <p className="muted small">{t.detailsHint}</p>
      {shown.map((p) => (
        <TextField
          key={p.key}
          label={p.label}
          hint={p.hint}
          value={values[p.key] ?? ''}
          multiline={p.key === 'incident.what' || p.key === 'instruction.quote'}
          rows={2}
          onChange={(v) => onChange({ ...values, [p.key]: v })}
        />
      ))}
    </fieldset>
  );
}

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Picks an incident recorded in the incident flow; shown only when there is one (for this client). */
export function IncidentPicker({ clientId, value, onPick }: { clientId: string; value: string; onPick: (incident: IncidentSummary | null) => void }) {
  const incidents = useApiQuery(incidentKeys.list(), () => api.incidents.list({}));
  const options = (incidents.data ?? []).filter((i) => clientId === '' || i.clientId === clientId);
  if (options.length === 0) return null;
  return (
    <SelectField
      label={t.incident}
      hint={t.incidentHint}
      value={value}
      options={[
        { value: '', label: t.noIncident },
        ...options.map((i) => ({ value: i.id, label: `${i.clientName || t.noClient}: ${short(i.description || t.untitledIncident, 70)}` })),
      ]}
      onChange={(id) => onPick(options.find((o) => o.id === id) ?? null)}
    />
  );
}

/** The values an incident from the flow fills in: what happened, in the VA's words. */
export function valuesFromIncident(incident: IncidentSummary, typed: FillValues): FillValues {
  return incident.description.trim() ? { ...typed, 'incident.what': incident.description.trim() } : typed;
}

/** The client, brief and incident pickers of a fill selection (see useFillSelection). */
export function FillContextPickers({ selection }: { selection: FillSelection }) {
  const { ctx, clientId, briefId, incidentId } = selection;
  return (
    <>
      <ClientBriefPickers
        clients={ctx.clients}
        briefs={ctx.briefs}
        clientId={clientId}
        briefId={briefId}
        onClient={selection.chooseClient}
        onBrief={selection.setBriefId}
      />
      <IncidentPicker clientId={clientId} value={incidentId} onPick={selection.chooseIncident} />
    </>
  );
}
