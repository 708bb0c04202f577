// Step 2, What happened: seven short pages (who, what, dates, who spotted it, impact, severity, still happening?).
import { impactKind, severity as severityKind, spottedBy as spottedByKind } from '../../../../../shared/model/incident';
import { api } from '../../../api/client';
import { href } from '../../../app/router';
import { useQuery } from '../../../app/useQuery';
import { CheckboxGroup, RadioGroup, SelectInput, TextInput } from '../flow/fields';
import { HEADING_ID } from '../flow/FlowFrame';
import type { StepProps } from '../flow/types';
import { happenedText as t, IMPACT_LABELS, SEVERITY_LABELS, SPOTTED_BY_LABELS } from '../text';

export function HappenedStep(props: StepProps<'happened'>) {
  switch (props.screen) {
    case 'happened.who':
      return <Who {...props} />;
    case 'happened.what':
      return (
        <>
          <TextInput name="description" label={t.description} multiline rows={4} value={props.draft.description} onChange={(description) => props.update({ description })} hint={t.descriptionHint} error={props.errors.description} maxLength={2000} />
          <DateInput name="happenedOn" label={t.happenedOn} value={props.draft.happenedOn} onChange={(happenedOn) => props.update({ happenedOn })} error={props.errors.happenedOn} />
        </>
      );
    case 'happened.dates':
      return (
        <>
          <DateInput name="deliveredOn" label={t.deliveredOn} hint={t.deliveredOnHint} value={props.draft.deliveredOn} onChange={(deliveredOn) => props.update({ deliveredOn })} error={props.errors.deliveredOn} />
          <DateInput name="reportedOn" label={t.reportedOn} value={props.draft.reportedOn} onChange={(reportedOn) => props.update({ reportedOn })} error={props.errors.reportedOn} />
        </>
      );
    case 'happened.spotted':
      return (
        <RadioGroup
          name="spottedBy"
          labelledBy={HEADING_ID}
          value={props.draft.spottedBy}
          onChange={(spottedBy) => props.update({ spottedBy })}
          error={props.errors.spottedBy}
          options={spottedByKind.options.map((v) => ({ value: v, label: SPOTTED_BY_LABELS[v], hint: t.spottedHints[v] }))}
        />
      );
    case 'happened.impact':
      return (
        <>
          <CheckboxGroup
            name="impacts"
            labelledBy={HEADING_ID}
            values={props.draft.impacts}
            onChange={(impacts) => props.update({ impacts })}
            error={props.errors.impacts}
            options={impactKind.options.map((v) => ({ value: v, label: IMPACT_LABELS[v], hint: t.impactHints[v] }))}
          />
          <TextInput name="impactAmount" label={t.howMuch} hint={t.howMuchHint} value={props.draft.impactAmount} onChange={(impactAmount) => props.update({ impactAmount })} error={props.errors.impactAmount} maxLength={200} />
        </>
      );
    case 'happened.severity':
      return (
        <RadioGroup
          name="severity"
          labelledBy={HEADING_ID}
          value={props.draft.severity}
          onChange={(severity) => props.update({ severity })}
          error={props.errors.severity}
          options={severityKind.options.map((v) => ({ value: v, label: SEVERITY_LABELS[v], hint: t.severityHints[v] }))}
        />
      );
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
        />
      );
  }
}

function DateInput({ name, label, hint, value, onChange, error }: { name: string; label: string; hint?: string; value: string | null; onChange: (v: string | null) => void; error?: string | undefined }) {
  return (
    <div className="date-field">
      <TextInput name={name} label={label} hint={hint} type="date" value={value ?? ''} onChange={(v) => onChange(v === '' ? null : v)} error={error} />
    </div>
  );
}

function Who({ draft, update, errors }: StepProps<'happened'>) {
  const clients = useQuery(() => api.clients.list({}), [], ['clients']);
  const briefs = useQuery(() => (draft.clientId ? api.briefs.list({ clientId: draft.clientId }) : Promise.resolve([])), [draft.clientId], ['briefs']);
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
