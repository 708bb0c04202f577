// The message to the client: an apology for a mistake, a notice or a friendly pointer otherwise (the verdict
// decides). It starts as a draft written to the client from what the VA has said, with [gaps] for what only they
// know; the tone check runs the rules that fit; Copy puts it on the clipboard; "Mark as sent" saves it to the
// append-only paper trail, asking first while a [gap] is still in it.
import { useEffect, useState } from 'react';
import { checkApologyTone, summariseTone } from '../../../../../shared/domain/apologyTone';
import { formatDay } from '../../../../../shared/domain/dateDisplay';
import { draftClientMessage, messageGaps } from '../../../../../shared/domain/incidentMessage';
import { isMistake, toneCategoriesOff } from '../../../../../shared/domain/incidentVerdict';
import { buildFillValues } from '../../../../../shared/domain/templates/fillContext';
import { apologyChannel, type Incident } from '../../../../../shared/model/incident';
import type { Settings } from '../../../../../shared/model/settings';
import { api, errorMessage, fieldErrors } from '../../../api/client';
import { useApiQuery } from '../../../api/queries';
import { briefKeys, clientKeys, paperTrailKeys } from '../../../api/queryKeys';
import { Icon } from '../../../ui/Icon';
import { SelectInput, TextInput } from '../flow/fields';
import { ApologyTemplatePicker } from './ApologyTemplatePicker';
import { clockTime, type StepProps } from '../flow/types';
import { apologyText as t } from '../text';

/** The draft for this incident, from the records at hand. */
function useDraft(incident: Incident, channel: 'email' | 'chat', settings: Settings): string | null {
  const { clientId, briefId } = incident.answers.happened;
  const instructionId = incident.answers.paperTrail.instructionEntryId;
  const client = useApiQuery(clientKeys.detailOrNull(clientId ?? ''), () =>
    clientId ? api.clients.get({ id: clientId }).catch(() => null) : Promise.resolve(null),
  );
  const brief = useApiQuery(briefKeys.detailOrNull(briefId ?? ''), () => (briefId ? api.briefs.get({ id: briefId }).catch(() => null) : Promise.resolve(null)));
  const trail = useApiQuery(paperTrailKeys.list({ clientId, needed: Boolean(instructionId) }), () =>
    clientId && instructionId ? api.paperTrail.list({ clientId }) : Promise.resolve([]),
  );
  if (client.data === undefined || brief.data === undefined || trail.data === undefined) return null;
  const instruction = trail.data.find((e) => e.id === instructionId);
  const values = buildFillValues({ client: client.data, profile: settings.profile });
  return draftClientMessage({
    verdict: incident.answers.paperTrail.verdict,
    channel,
    clientName: client.data?.name ?? null,
    vaName: settings.profile.name || null,
    workName: brief.data?.title ?? null,
    description: incident.answers.happened.description,
    done: [...incident.containActions.map((a) => a.label), ...incident.fixTasks.filter((f) => f.doneAt !== null).map((f) => f.label)],
    toDo: incident.fixTasks.filter((f) => f.doneAt === null).map((f) => f.label),
    fixOrAsk: incident.answers.happened.spottedBy === 'me' ? incident.answers.fixOrAsk.choice : null,
    remedy: incident.remedyOutcome?.remedy ?? null,
    offer: incident.answers.remedy.offer,
    instruction: instruction ? { quote: instruction.words, day: formatDay(new Date(instruction.receivedAt)) } : null,
    rate: values['client.rate'] ?? null,
    lesson: incident.answers.close.lesson,
  });
}

export function ApologiseStep({ incident, draft, update, errors, settings, onIncident }: StepProps<'apologise'>) {
  const [sendError, setSendError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [askGaps, setAskGaps] = useState(false);
  const [previous, setPrevious] = useState<string | null>(null);
  const verdict = incident.answers.paperTrail.verdict;
  const drafted = useDraft(incident, draft.channel, settings);
  // An empty message starts as the draft, once: what the VA writes after that is theirs.
  useEffect(() => {
    if (drafted !== null && draft.text.trim() === '' && incident.apologies.length === 0) update({ text: drafted });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drafted === null]);

  const findings = checkApologyTone(draft.text, {
    channel: draft.channel,
    disabledRules: settings.disabledToneRules ?? [],
    disabledCategories: toneCategoriesOff(verdict),
  });
  const summary = summariseTone(draft.text, findings, { expectApology: isMistake(verdict) });
  // One line per kind of finding, in the order they first appear.
  const messages = [...new Set(findings.map((f) => f.message))];
  const gaps = messageGaps(draft.text);

  const markSent = async (evenWithGaps = false) => {
    if (draft.text.trim() === '') return setSendError(t.needText);
    if (busy) return;
    if (gaps.length > 0 && !evenWithGaps) return setAskGaps(true);
    setAskGaps(false);
    setBusy(true);
    setSendError(undefined);
    try {
      onIncident(await api.incidents.markApologySent({ id: incident.id, text: draft.text, channel: draft.channel }));
    } catch (e) {
      setSendError(fieldErrors(e).text ?? errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(draft.text);
      setCopied(t.copied);
    } catch {
      setCopied(t.copyFailed);
    }
  };

  return (
    <>
      <TextInput
        name="text"
        label={t.message}
        hint={t.draftNote}
        multiline
        rows={12}
        value={draft.text}
        onChange={(text) => update({ text })}
        error={errors.text ?? sendError}
        maxLength={10000}
      />
      <div className="send-row">
        <button type="button" className="btn" onClick={() => void copy()}>
          {t.copy}
        </button>
        {drafted !== null && drafted !== draft.text ? (
          <button
            type="button"
            className="btn link"
            onClick={() => {
              setPrevious(draft.text);
              update({ text: drafted });
            }}
          >
            {t.redraft}
          </button>
        ) : null}
        {previous !== null ? (
          <button
            type="button"
            className="btn link"
            onClick={() => {
              update({ text: previous });
              setPrevious(null);
            }}
          >
            {t.undoTemplate}
          </button>
        ) : null}
        <span className="small muted" role="status">
          {copied}
        </span>
      </div>
      <section className="tone" aria-labelledby="tone-heading" aria-live="polite">
        <h2 id="tone-heading" className="section-heading">
          {t.toneHeading}
        </h2>
        <p className="tone-summary">{summary}</p>
        {messages.length > 0 ? (
          <ul className="tone-findings">
            {messages.map((m) => (
              <li key={m}>
                <Icon name="warning" size={16} /> {m}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="small muted">{t.toneHint}</p>
      </section>
      <div className="send-row">
        <SelectInput
          name="channel"
          label={t.channel}
          value={draft.channel}
          onChange={(v) => update({ channel: v as typeof draft.channel })}
          options={apologyChannel.options.map((c) => ({ value: c, label: t.channels[c] }))}
        />
        <button type="button" className="btn" onClick={() => void markSent()}>
          {t.markSent}
        </button>
      </div>
      {askGaps ? (
        <div className="notice-inline warning" role="alert">
          <strong>
            <Icon name="warning" size={16} /> {t.gapsTitle}
          </strong>
          <p>{t.gapsBody(gaps.join(', '))}</p>
          <div className="send-row">
            <button type="button" className="btn" onClick={() => setAskGaps(false)}>
              {t.keepEditing}
            </button>
            <button type="button" className="btn link" onClick={() => void markSent(true)}>
              {t.saveAnyway}
            </button>
          </div>
        </div>
      ) : null}
      {incident.apologies.length > 0 ? (
        <ul className="logged-list sent">
          {incident.apologies.map((a) => (
            <li key={a.id}>
              <Icon name="check" size={16} /> {t.sentNote(t.channels[a.channel].toLowerCase(), clockTime(a.at))}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="more-templates">
        <summary>{t.otherTemplates}</summary>
        <ApologyTemplatePicker incident={incident} channel={draft.channel} settings={settings} currentText={draft.text} onUse={(text) => update({ text })} />
      </details>
    </>
  );
}
