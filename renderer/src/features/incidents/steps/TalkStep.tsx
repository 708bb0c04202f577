// Talk, on one page: a call is recommended when the severity is high or either person is very upset (how upset is
// optional: it only matters when the severity alone does not decide), pre-selected, with the client's phone, their
// preferred channel and a short script drawn from the incident. Calls are logged.
import { useState } from 'react';
import { callRecommendation, callScript } from '../../../../../shared/domain/incidentTalk';
import { talkChannel } from '../../../../../shared/model/incident';
import { api, errorMessage, fieldErrors } from '../../../api/client';
import { useApiQuery } from '../../../api/queries';
import { briefKeys, clientKeys } from '../../../api/queryKeys';
import { Icon } from '../../../ui/Icon';
import { RadioGroup, TextInput } from '../flow/fields';
import { clockTime, type StepProps } from '../flow/types';
import { talkText as t } from '../text';

const SCALE = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} ${t.scale[n]}` }));
const CHANNEL_WORDS = { email: 'email', phone: 'a phone call', chat: 'chat', video: 'a video call' } as const;

export function TalkStep(props: StepProps<'talk'>) {
  return <Plan {...props} />;
}

function Feelings({ draft, update, errors }: StepProps<'talk'>) {
  return (
    <details className="feelings" open={draft.clientUpset !== null || draft.vaUpset !== null}>
      <summary>{t.feelingsHeading}</summary>
      <p className="small muted">{t.feelingsHint}</p>
      {(['clientUpset', 'vaUpset'] as const).map((field) => (
        <RadioGroup
          key={field}
          name={field}
          legend={t[field]}
          inline
          value={draft[field] === null ? null : String(draft[field])}
          onChange={(v) => update({ [field]: Number(v) })}
          error={errors[field]}
          options={SCALE}
        />
      ))}
    </details>
  );
}

function Plan(props: StepProps<'talk'>) {
  const { incident, draft, update, errors, onIncident } = props;
  const a = incident.answers;
  const client = useApiQuery(clientKeys.detailOrNull(a.happened.clientId ?? ''), () =>
    a.happened.clientId ? api.clients.get({ id: a.happened.clientId }).catch(() => null) : Promise.resolve(null),
  );
  const brief = useApiQuery(briefKeys.detailOrNull(a.happened.briefId ?? ''), () =>
    a.happened.briefId ? api.briefs.get({ id: a.happened.briefId }).catch(() => null) : Promise.resolve(null),
  );
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState<string | undefined>();
  const rec = callRecommendation({ clientUpset: draft.clientUpset, vaUpset: draft.vaUpset, severity: a.happened.severity });
  const script = callScript({
    verdict: a.paperTrail.verdict,
    remedy: incident.remedyOutcome?.remedy ?? null,
    workName: brief.data?.title ?? null,
    description: a.happened.description,
    done: [...incident.containActions.map((c) => c.label), ...incident.fixTasks.filter((f) => f.doneAt !== null).map((f) => f.label)],
    toDo: incident.fixTasks.filter((f) => f.doneAt === null).map((f) => f.label),
    lesson: a.close.lesson,
    clientName: client.data?.name ?? null,
  });
  const channel = draft.channel ?? (rec.recommended ? 'call' : 'write');
  const logCall = async () => {
    setError(undefined);
    try {
      onIncident(await api.incidents.logCall({ id: incident.id, outcome }));
      setOutcome('');
    } catch (e) {
      setError(fieldErrors(e).outcome ?? errorMessage(e));
    }
  };

  return (
    <>
      <Feelings {...props} />
      <section className={rec.recommended ? 'remedy-box call' : 'remedy-box'} aria-labelledby="call-heading">
        <h2 id="call-heading">
          <Icon name={rec.recommended ? 'info' : 'check'} /> {rec.recommended ? t.callRecommended : t.writingFine}
        </h2>
        <ul className="reasons">
          {rec.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        {client.data ? (
          <p className="contact">
            <strong>{client.data.name}</strong> · {t.phone}:{' '}
            {client.data.phone ? <span className="phone">{client.data.phone}</span> : <span className="muted">{t.noPhone}</span>} · {t.preferred}{' '}
            {CHANNEL_WORDS[client.data.preferredChannel]}
          </p>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="script-heading">
        <h2 id="script-heading" className="section-heading">
          {t.scriptHeading}
        </h2>
        <p className="small muted">{t.scriptHint}</p>
        <ol className="script">
          {script.map((beat) => (
            <li key={beat.id}>
              <strong>{beat.title}</strong>
              <p>{beat.say}</p>
            </li>
          ))}
        </ol>
      </section>
      <RadioGroup
        name="channel"
        legend={t.channel}
        value={channel}
        onChange={(c) => update({ channel: c })}
        error={errors.channel}
        options={talkChannel.options.map((v) => ({ value: v, label: `${t.channelOptions[v]}${(v === 'call') === rec.recommended ? ' (recommended)' : ''}` }))}
      />
      <section className="panel" aria-labelledby="log-call-heading">
        <h2 id="log-call-heading" className="section-heading">
          {t.logHeading}
        </h2>
        <TextInput
          name="outcome"
          label={t.outcome}
          hint={t.outcomeHint}
          multiline
          rows={2}
          value={outcome}
          onChange={setOutcome}
          error={error}
          maxLength={2000}
        />
        <button type="button" className="btn" onClick={() => void logCall()}>
          {t.logCall}
        </button>
        {incident.calls.length > 0 ? (
          <ol className="logged-list">
            {incident.calls.map((c) => (
              <li key={c.id}>
                <time dateTime={c.at}>{t.callAt(clockTime(c.at))}</time>: {c.outcome}
              </li>
            ))}
          </ol>
        ) : null}
      </section>
    </>
  );
}
