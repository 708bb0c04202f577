// Writes one message from a template: fill it for a client and brief, edit it with tone notes in place,
// copy it in one click and save what was sent to the paper trail. Reusable: the incident flow embeds it
// with the incident's details and situation.
import { useMemo, useState } from 'react';
import { checkApologyTone } from '../../../../shared/domain/apologyTone';
import type { IncidentDetails } from '../../../../shared/domain/templates/fillContext';
import { fillTemplate, findGaps } from '../../../../shared/domain/templates/fillTemplate';
import type { FillValues, PlaceholderKey } from '../../../../shared/domain/templates/placeholders';
import { toneOptionsFor, toneSummary } from '../../../../shared/domain/templates/toneOptions';
import {
  situationLabels,
  templateChannel,
  type TemplateChannel,
  templateChannelLabels,
  type TemplateFields,
  templateSituation,
  type TemplateSituation,
} from '../../../../shared/model/template';
import { api, errorMessage } from '../../api/client';
import { href } from '../../app/router';
import { useApiQuery } from '../../api/queries';
import { templateKeys } from '../../api/queryKeys';
import { SelectField, TextField } from '../../ui/Field';
import { useToasts } from '../../ui/Toasts';
import { copyText } from './clipboard';
import { FillContextPickers, TypedValues } from './ContextFields';
import { templatesText as t } from './text';
import { ToneEditor } from './ToneEditor';
import { useFillSelection } from './useFillContext';

export interface ApologyComposerProps {
  clientId?: string;
  briefId?: string;
  /** What the VA already told the incident flow; fills the "what happened" placeholders. */
  incident?: IncidentDetails;
  /** Other values the VA typed elsewhere (a change request, their instruction). */
  values?: FillValues;
  situation?: TemplateSituation;
  channel?: TemplateChannel;
  /** A template to use as it is; without one, the VA picks from those for the situation and channel. */
  template?: TemplateFields & { id: string };
  onSent?: (text: string) => void;
}

export function ApologyComposer(props: ApologyComposerProps) {
  // Without a template, the VA may change the situation and channel the composer was opened with.
  const [pickedSituation, setPickedSituation] = useState<TemplateSituation>(props.situation ?? 'missed-deadline');
  const [pickedChannel, setPickedChannel] = useState<TemplateChannel>(props.channel ?? 'email');
  const situation = props.template?.situation ?? pickedSituation;
  const channel = props.template?.channel ?? pickedChannel;
  const choices = useApiQuery(templateKeys.list({ situation, channel, given: props.template?.id ?? null }), () =>
    props.template ? Promise.resolve([]) : api.templates.list({ situation, channel }),
  );
  const [chosenId, setChosenId] = useState('');
  const template = props.template ?? choices.data?.find((c) => c.id === chosenId) ?? choices.data?.[0];

  const selection = useFillSelection({ clientId: props.clientId, briefId: props.briefId, incident: props.incident, values: props.values });
  const { ctx, typed, setTyped } = selection;

  const body = template?.body ?? '';
  const filled = useMemo(() => fillTemplate(body, ctx.values), [body, ctx.values]);
  const filledSubject = useMemo(() => fillTemplate(template?.subject ?? '', ctx.values).text, [template?.subject, ctx.values]);
  const usedKeys = useMemo(
    () => [...fillTemplate(`${template?.subject ?? ''}\n${body}`, {}).gaps].map((g) => g.key).filter((k): k is PlaceholderKey => k !== null),
    [body, template?.subject],
  );
  // Until the VA edits the message, it follows the template and the details; after that it is theirs.
  const [edited, setEdited] = useState<string | null>(null);
  const [editedSubject, setEditedSubject] = useState<string | null>(null);
  const text = edited ?? filled.text;
  const subject = editedSubject ?? filledSubject;

  const findings = useMemo(() => checkApologyTone(text, toneOptionsFor(channel, situation, ctx.disabledRules)), [text, channel, situation, ctx.disabledRules]);
  const gaps = useMemo(() => findGaps(text), [text]);
  const summary = toneSummary(text, findings, situation, gaps.length);

  const [copyState, setCopyState] = useState<string | null>(null);
  const [sent, setSent] = useState<{ at: string; link: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toasts = useToasts();

  const copy = async () => {
    const ok = await copyText(text);
    setCopyState(ok ? (gaps.length > 0 ? t.copiedWithGaps(gaps.length) : t.copied) : t.copyFailed);
    window.setTimeout(() => setCopyState(null), 4000);
  };
  const markSent = async () => {
    setError(null);
    if (!ctx.client) return setError(t.needClient);
    try {
      await api.templates.markSent({
        clientId: ctx.client.id,
        briefId: ctx.brief?.id ?? null,
        templateId: template?.id ?? null,
        channel,
        ...(channel === 'email' && subject.trim() ? { subject: subject.trim() } : {}),
        text,
      });
      const at = new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
      setSent({ at, name: ctx.client.name, link: ctx.brief ? href('briefs', ctx.brief.id) : href('clients', ctx.client.id) });
      props.onSent?.(text);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const refill = () => {
    const previous = { edited, editedSubject };
    setEdited(null);
    setEditedSubject(null);
    toasts.show(t.refilled, {
      label: t.undo,
      run: () => {
        setEdited(previous.edited);
        setEditedSubject(previous.editedSubject);
      },
    });
  };

  // Another template means another message; the VA's edits can be brought back with Undo.
  const switchTemplate = (id: string) => {
    setChosenId(id);
    if (edited !== null || editedSubject !== null) refill();
  };

  return (
    <div className="composer">
      <section aria-labelledby="composer-context">
        <h3 id="composer-context">{t.contextHeading}</h3>
        <FillContextPickers selection={selection} />
        {props.template ? null : (
          <div className="grid-2">
            <SelectField
              label={t.situation}
              value={situation}
              options={templateSituation.options.map((o) => ({ value: o, label: situationLabels[o] }))}
              onChange={(v) => {
                setPickedSituation(v);
                switchTemplate('');
              }}
            />
            <SelectField
              label={t.channel}
              value={channel}
              options={templateChannel.options.map((o) => ({ value: o, label: templateChannelLabels[o] }))}
              onChange={(v) => {
                setPickedChannel(v);
                switchTemplate('');
              }}
            />
          </div>
        )}
        {!props.template && (choices.data?.length ?? 0) > 1 ? (
          <SelectField
            label={t.template}
            value={template?.id ?? ''}
            options={(choices.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={switchTemplate}
          />
        ) : null}
        {ctx.profile && ctx.profile.name === '' ? (
          <p className="small muted">
            {t.profileMissing} <a href={href('settings')}>Settings</a>
          </p>
        ) : null}
      </section>
      <TypedValues keys={usedKeys} values={typed} onChange={setTyped} />
      {channel === 'email' ? <TextField label={t.subjectLabel} value={subject} onChange={setEditedSubject} /> : null}
      <ToneEditor label={t.messageLabel} hint={t.messageHint} value={text} onChange={setEdited} findings={findings} gaps={gaps} summary={summary}>
        <div className="actions composer-actions">
          <button type="button" className="btn primary" onClick={() => void copy()}>
            {t.copy}
          </button>
          <button type="button" className="btn" onClick={() => void markSent()} aria-describedby="mark-sent-hint">
            {t.markSent}
          </button>
          {edited !== null || editedSubject !== null ? (
            <button type="button" className="btn link" onClick={refill}>
              {t.refill}
            </button>
          ) : null}
          <span className="copy-state" role="status">
            {copyState}
          </span>
        </div>
        <p id="mark-sent-hint" className="small muted">
          {t.markSentHint}
        </p>
        {error ? (
          <p className="notice-inline error" role="alert">
            {error}
          </p>
        ) : null}
        {sent ? (
          <p className="notice-inline sent-note" role="status">
            {t.sent(sent.name)} ({sent.at}) <a href={sent.link}>{t.viewTrail}</a>
          </p>
        ) : null}
      </ToneEditor>
      {ctx.disabledRules.length > 0 ? <p className="small muted">{t.toneSwitchedOff(ctx.disabledRules.length)}</p> : null}
    </div>
  );
}
