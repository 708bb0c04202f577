// Fix and close, on one page: what is left to put right (steps and time), how it was put right (drafted from what
// was logged) and when, the cause (pre-selected where the verdict already says it), the lesson, and in one step
// the lesson as a new item in the clarification checklist (for every client, or only this one).
import { useEffect, useState } from 'react';
import { resolutionDraft } from '../../../../../shared/domain/incidentMessage';
import { recommendedCause } from '../../../../../shared/domain/incidentVerdict';
import { incidentCause } from '../../../../../shared/model/incident';
import { formatDay } from '../../../../../shared/domain/dateDisplay';
import { api, errorMessage, fieldErrors } from '../../../api/client';
import { useApiQuery } from '../../../api/queries';
import { clientKeys } from '../../../api/queryKeys';
import { Icon } from '../../../ui/Icon';
import { RadioGroup, TextInput } from '../flow/fields';
import { todayIso, type StepProps } from '../flow/types';
import { CAUSE_LABELS, closeText as t } from '../text';
import { FixPanel } from './FixStep';

export function CloseStep(props: StepProps<'close'>) {
  const { incident, draft, update, errors, onIncident } = props;
  const verdict = incident.answers.paperTrail.verdict;
  const cause = draft.cause ?? recommendedCause(verdict);
  // The resolution starts from what was logged as done, so the VA only says what is missing.
  const done = [...incident.containActions.map((a) => a.label), ...incident.fixTasks.filter((f) => f.doneAt !== null).map((f) => f.label)];
  const drafted = resolutionDraft(done);
  useEffect(() => {
    if (draft.resolution.trim() === '' && drafted !== '') update({ resolution: drafted });
    // Only when the page opens: a resolution the VA clears stays cleared.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <>
      <FixPanel incident={incident} onIncident={onIncident} />
      <TextInput
        name="resolution"
        label={t.resolution}
        hint={drafted ? t.resolutionHint : undefined}
        multiline
        rows={3}
        value={draft.resolution}
        onChange={(resolution) => update({ resolution })}
        error={errors.resolution}
        maxLength={2000}
      />
      <div className="date-field">
        <TextInput
          name="resolvedOn"
          label={t.resolvedOn}
          type="date"
          value={draft.resolvedOn ?? todayIso()}
          onChange={(v) => update({ resolvedOn: v === '' ? null : v })}
          error={errors.resolvedOn}
        />
      </div>
      <RadioGroup
        name="cause"
        legend={t.cause}
        hint={t.causeHint}
        value={cause}
        onChange={(c) => update({ cause: c })}
        error={errors.cause}
        options={incidentCause.options.map((v) => ({ value: v, label: CAUSE_LABELS[v] }))}
        reveal={(v) =>
          v === 'other' ? (
            <TextInput
              name="causeDetail"
              label={t.causeOther}
              value={draft.causeDetail}
              onChange={(causeDetail) => update({ causeDetail })}
              error={errors.causeDetail}
              maxLength={500}
            />
          ) : null
        }
      />
      <TextInput
        name="lesson"
        label={t.lesson}
        hint={t.lessonHint}
        multiline
        rows={3}
        value={draft.lesson}
        onChange={(lesson) => update({ lesson })}
        error={errors.lesson}
        maxLength={2000}
      />
      <Prevent {...props} />
    </>
  );
}

function Prevent({ incident, draft, onIncident }: StepProps<'close'>) {
  const h = incident.answers.happened;
  const client = useApiQuery(clientKeys.detailOrNull(h.clientId ?? ''), () =>
    h.clientId ? api.clients.get({ id: h.clientId }).catch(() => null) : Promise.resolve(null),
  );
  const [label, setLabel] = useState<string | null>(null);
  const [scope, setScope] = useState<'global' | 'client'>('client');
  const [required, setRequired] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const itemLabel = label ?? draft.lesson.trim().slice(0, 200);
  const why = t.whyDefault(formatDay(new Date(incident.createdAt)), h.description.trim().slice(0, 300));
  const clientName = client.data?.name ?? '';
  const scopeChoice = client.data ? scope : 'global';

  const add = async () => {
    if (busy) return;
    setBusy(true);
    setErrors({});
    try {
      const item = await api.checklists.addItem({
        scope: scopeChoice === 'client' && client.data ? { kind: 'client', clientId: client.data.id } : { kind: 'global' },
        label: itemLabel,
        why: why.slice(0, 500),
        requiredBeforeStart: required,
      });
      onIncident(await api.incidents.logPrevention({ id: incident.id, scope: scopeChoice, label: item.label, checklistItemId: item.id }));
      setLabel('');
    } catch (e) {
      const f = fieldErrors(e);
      setErrors({ itemLabel: f.label ?? Object.values(f)[0] ?? errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="prevent-heading">
      <h2 id="prevent-heading" className="section-heading">
        {t.preventHeading}
      </h2>
      <p className="small muted">{t.preventHint}</p>
      <TextInput
        name="itemLabel"
        label={t.itemLabel}
        hint={t.itemLabelHint}
        value={itemLabel}
        onChange={setLabel}
        error={errors.itemLabel}
        maxLength={200}
        onEnter={() => void add()}
      />
      {client.data ? (
        <RadioGroup
          name="scope"
          legend={t.scope}
          inline
          value={scope}
          onChange={setScope}
          options={[
            { value: 'client', label: t.scopeClient(clientName) },
            { value: 'global', label: t.scopeGlobal },
          ]}
        />
      ) : null}
      <div className="checkbox">
        <input type="checkbox" id="f-required" checked={required} onChange={(e) => setRequired(e.target.checked)} />
        <label htmlFor="f-required">{t.required}</label>
      </div>
      <button type="button" className="btn add-checklist" onClick={() => void add()}>
        {t.add}
      </button>
      {incident.prevention.length > 0 ? (
        <ul className="logged-list sent">
          {incident.prevention.map((p) => (
            <li key={p.id}>
              <Icon name="check" size={16} /> {t.added(p.scope === 'global' ? t.everyClientsChecklist : t.clientsChecklist(clientName), p.label)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
