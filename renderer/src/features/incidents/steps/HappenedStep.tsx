// What happened, on three pages: is harm still happening (with the ways to stop it on the same page), the facts
// (client, brief, words, dates), and who spotted it with how serious it is (the severity pre-selected from the impact).
import { useEffect, useRef } from 'react';
import { suggestedSeverity } from '../../../../../shared/domain/incidentFlow';
import { impactKind, severity as severityKind, spottedBy as spottedByKind } from '../../../../../shared/model/incident';
import { api } from '../../../api/client';
import { href } from '../../../app/router';
import { useApiQuery } from '../../../api/queries';
import { briefKeys, clientKeys } from '../../../api/queryKeys';
import { CheckboxGroup, RadioGroup, SelectInput, TextInput } from '../flow/fields';
import { HEADING_ID } from '../flow/FlowFrame';
import type { StepProps } from '../flow/types';
import { happenedText as t, IMPACT_LABELS, SEVERITY_LABELS, SPOTTED_BY_LABELS } from '../text';
import { ContainPanel } from './ContainStep';

export function HappenedStep(props: StepProps<'happened'>) {
  switch (props.screen) {
    case 'happened.ongoing':
      return (
        <RadioGroup
          name="harmOngoing"
          labelledBy={HEADING_ID}
          value={props.draft.harmOngoing === null ? null : props.draft.harmOngoing ? 'yes' : 'no'}
          onChange={(v) => props.update({ harmOngoing: v === 'yes' })}
          error={props.errors.harmOngoing}
          options={[
            { value: 'yes', label: t.ongoingYes },
            { value: 'no', label: t.ongoingNo },
          ]}
          reveal={(v) => (v === 'yes' ? <ContainPanel incident={props.incident} onIncident={props.onIncident} /> : null)}
        />
      );
    case 'happened.what':
      return <What {...props} />;
    case 'happened.impact':
      return <Impact {...props} />;
  }
}

function What(props: StepProps<'happened'>) {
  const { draft, update, errors } = props;
  // "When did it happen?" follows the report date until the VA changes it.
  const happenedOn = draft.happenedOn ?? draft.reportedOn;
  const after = happenedOn !== null && draft.reportedOn !== null && happenedOn > draft.reportedOn;
  return (
    <>
      <Who {...props} />
      <TextInput
        name="description"
        label={t.description}
        multiline
        rows={3}
        value={draft.description}
        onChange={(description) => update({ description })}
        hint={t.descriptionHint}
        error={errors.description}
        maxLength={2000}
      />
      <div className="date-row">
        <DateInput
          name="reportedOn"
          label={t.reportedOn}
          value={draft.reportedOn}
          onChange={(reportedOn) => update({ reportedOn })}
          error={errors.reportedOn}
        />
        <DateInput
          name="happenedOn"
          label={t.happenedOn}
          hint={t.happenedOnHint}
          value={happenedOn}
          onChange={(v) => update({ happenedOn: v })}
          error={errors.happenedOn}
        />
        <DateInput
          name="deliveredOn"
          label={t.deliveredOn}
          hint={t.deliveredOnHint}
          value={draft.deliveredOn}
          onChange={(deliveredOn) => update({ deliveredOn })}
          error={errors.deliveredOn}
        />
      </div>
      {after || errors.happenedAfterReport ? (
        <div className={errors.happenedAfterReport ? 'field has-error checkbox' : 'field checkbox'}>
          {errors.happenedAfterReport ? (
            <span className="error" id="f-happenedAfterReport-error">
              {errors.happenedAfterReport}
            </span>
          ) : null}
          <input
            type="checkbox"
            id="f-happenedAfterReport"
            checked={draft.happenedAfterReport ?? false}
            onChange={(e) => update({ happenedAfterReport: e.target.checked })}
            aria-describedby={errors.happenedAfterReport ? 'f-happenedAfterReport-error' : undefined}
          />
          <label htmlFor="f-happenedAfterReport">{t.happenedAfterReport}</label>
        </div>
      ) : null}
    </>
  );
}

function Impact({ draft, update, errors }: StepProps<'happened'>) {
  const suggestion = suggestedSeverity(draft.impacts);
  const severity = draft.severity ?? suggestion;
  return (
    <>
      <RadioGroup
        name="spottedBy"
        legend={t.spotted}
        value={draft.spottedBy}
        onChange={(spottedBy) => update({ spottedBy })}
        error={errors.spottedBy}
        options={spottedByKind.options.map((v) => ({ value: v, label: SPOTTED_BY_LABELS[v], hint: t.spottedHints[v] }))}
      />
      <CheckboxGroup
        name="impacts"
        legend={t.impacts}
        hint={t.impactsHint}
        values={draft.impacts}
        onChange={(impacts) => update({ impacts })}
        error={errors.impacts}
        options={impactKind.options.map((v) => ({ value: v, label: IMPACT_LABELS[v], hint: t.impactHints[v] }))}
      />
      <TextInput
        name="impactAmount"
        label={t.howMuch}
        hint={t.howMuchHint}
        value={draft.impactAmount}
        onChange={(impactAmount) => update({ impactAmount })}
        error={errors.impactAmount}
        maxLength={200}
      />
      <RadioGroup
        name="severity"
        legend={t.severity}
        inline
        value={severity}
        onChange={(v) => update({ severity: v })}
        error={errors.severity}
        options={severityKind.options.map((v) => ({
          value: v,
          label: `${SEVERITY_LABELS[v]}${draft.severity === null && v === suggestion ? ` (${t.suggested})` : ''}`,
        }))}
      />
    </>
  );
}

function DateInput({
  name,
  label,
  hint,
  value,
  onChange,
  error,
}: {
  name: string;
  label: string;
  hint?: string;
  value: string | null;
  onChange: (v: string | null) => void;
  error?: string | undefined;
}) {
  return (
    <div className="date-field">
      <TextInput name={name} label={label} hint={hint} type="date" value={value ?? ''} onChange={(v) => onChange(v === '' ? null : v)} error={error} />
    </div>
  );
}

function Who({ draft, update, errors }: StepProps<'happened'>) {
  const clients = useApiQuery(clientKeys.list(), () => api.clients.list({}));
  const briefs = useApiQuery(briefKeys.list({ clientId: draft.clientId }), () =>
    draft.clientId ? api.briefs.list({ clientId: draft.clientId }) : Promise.resolve([]),
  );
  // Each client's brief is picked once: choosing "No particular brief" afterwards sticks.
  const picked = useRef(new Set<string>());
  // When the client has exactly one brief under way, that is almost certainly the one: pick it.
  const open = (briefs.data ?? []).filter((b) => b.status === 'in-progress' || b.status === 'delivered');
  const only = open.length === 1 ? open[0] : undefined;
  useEffect(() => {
    if (draft.clientId !== null && draft.briefId === null && only !== undefined && !picked.current.has(draft.clientId)) {
      picked.current.add(draft.clientId);
      update({ briefId: only.id, deliveredOn: draft.deliveredOn ?? only.deliveredOn });
    }
  });
  if (clients.data === undefined) return null;
  if (clients.data.length === 0) {
    return (
      <div className="notice-inline">
        <p>{t.noClients}</p>
        <a className="btn" href={href('clients', null, { new: '1' })}>
          {t.addClient}
        </a>
      </div>
    );
  }
  const chooseBrief = (briefId: string) => {
    const brief = briefs.data?.find((b) => b.id === briefId);
    // The delivery date comes from the brief unless the VA has already typed one.
    update(brief ? { briefId, deliveredOn: draft.deliveredOn ?? brief.deliveredOn } : { briefId: null });
  };
  return (
    <>
      <SelectInput
        name="clientId"
        label={t.client}
        value={draft.clientId ?? ''}
        onChange={(v) => update({ clientId: v === '' ? null : v, briefId: null })}
        error={errors.clientId}
        options={[{ value: '', label: t.chooseClient }, ...clients.data.map((c) => ({ value: c.id, label: c.name }))]}
      />
      {draft.clientId ? (
        <SelectInput
          name="briefId"
          label={t.brief}
          hint={t.briefHint}
          value={draft.briefId ?? ''}
          onChange={chooseBrief}
          error={errors.briefId}
          options={[{ value: '', label: t.noBrief }, ...(briefs.data ?? []).map((b) => ({ value: b.id, label: b.title }))]}
        />
      ) : null}
    </>
  );
}
