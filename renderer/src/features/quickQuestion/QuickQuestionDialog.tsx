// The "before you say yes" guard for a client's quick question: paste it, see its risk flags, answer
// four questions, wait a few seconds before "Yes" can be chosen, and keep question and answer in the
// paper trail. Two steps; Back keeps everything.
import { useEffect, useMemo, useState } from 'react';
import { holdingReply, QUICK_QUESTION_CHECKS } from '../../../../shared/domain/clarificationMessages';
import { flagKinds } from '../../../../shared/domain/riskHighlights';
import type { Channel } from '../../../../shared/model/common';
import { channelLabels } from '../../../../shared/model/paperTrail';
import type { QuickQuestionChecks, QuickQuestionDecision } from '../../../../shared/operations/checklists';
import { api, errorMessage, fieldErrors } from '../../api/client';
import { navigate, useRoute } from '../../app/router';
import { useQuery } from '../../app/useQuery';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { useToasts } from '../../ui/Toasts';
import { copyText } from '../checklist/clipboard';
import { HighlightedText, RiskAdvice, useRiskFlags } from '../checklist/RiskText';
import { quickQuestionText as t } from './text';

/** Seconds before "Yes" can be chosen: long enough to breathe, short enough not to annoy. */
export const YES_PAUSE_SECONDS = 5;

const channelOptions = (Object.keys(channelLabels) as Channel[]).map((c) => ({ value: c, label: channelLabels[c] }));
const EMPTY_CHECKS: QuickQuestionChecks = { affects: '', undo: '', backup: '', agreed: '' };
const DECISION_ORDER: QuickQuestionDecision[] = ['not-yet', 'no', 'yes'];
const clip = (text: string) => {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > 140 ? `${flat.slice(0, 140).trimEnd()}…` : flat;
};

export default function QuickQuestionDialog({ onClose }: { onClose: () => void }) {
  const route = useRoute();
  const clients = useQuery(() => api.clients.list({}), [], ['clients']);
  const [clientId, setClientId] = useState('');
  const [briefId, setBriefId] = useState('');
  const [channel, setChannel] = useState<Channel>('chat');
  const [question, setQuestion] = useState('');
  const [step, setStep] = useState<1 | 2>(1);
  const [checks, setChecks] = useState<QuickQuestionChecks>(EMPTY_CHECKS);
  const [decision, setDecision] = useState<QuickQuestionDecision | null>(null);
  const [reply, setReply] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const toasts = useToasts();

  // Start from the client (and brief) on screen, when there is one.
  const routeBriefId = route.area === 'briefs' ? route.id : null;
  const routeClientId = route.area === 'clients' ? route.id : null;
  useEffect(() => {
    if (routeBriefId) {
      api.briefs.get({ id: routeBriefId }).then(
        (b) => {
          setClientId((c) => c || b.clientId);
          setBriefId((x) => x || b.id);
        },
        () => undefined,
      );
    } else if (routeClientId) {
      setClientId((c) => c || routeClientId);
    }
  }, [routeBriefId, routeClientId]);

  const list = useMemo(() => clients.data ?? [], [clients.data]);
  const effectiveClientId = clientId || (list.length === 1 ? list[0]!.id : '');
  const briefs = useQuery(() => (effectiveClientId ? api.briefs.list({ clientId: effectiveClientId }) : Promise.resolve([])), [effectiveClientId], ['briefs']);
  const openBriefs = (briefs.data ?? []).filter((b) => !['accepted', 'cancelled'].includes(b.status));
  const flags = useRiskFlags(question);
  const chosenBrief = openBriefs.find((b) => b.id === briefId);
  // What was agreed, right where the VA asks themselves whether this is within it.
  const agreedHint = chosenBrief
    ? [chosenBrief.inScope.trim() && t.inScope(clip(chosenBrief.inScope)), chosenBrief.outOfScope.trim() && t.outOfScope(clip(chosenBrief.outOfScope))]
        .filter(Boolean)
        .join(' ')
    : '';
  const clientName = list.find((c) => c.id === effectiveClientId)?.name ?? '';

  const [secondsLeft, setSecondsLeft] = useState(YES_PAUSE_SECONDS);
  useEffect(() => {
    if (step !== 2 || secondsLeft <= 0) return;
    const timer = setTimeout(() => setSecondsLeft((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [step, secondsLeft]);

  const allAnswered = QUICK_QUESTION_CHECKS.every((c) => checks[c.key].trim() !== '');
  const yesAllowed = secondsLeft <= 0 && allAnswered;

  const next = (event: React.FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!effectiveClientId) problems.clientId = t.clientNeeded;
    if (question.trim() === '') problems.question = t.questionNeeded;
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setStep(2);
  };

  const choose = (d: QuickQuestionDecision) => {
    setDecision(d);
    if (d === 'not-yet' && reply.trim() === '') setReply(holdingReply(clientName, flagKinds(flags)));
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (decision === null) return setErrors({ decision: t.decisionNeeded });
    if (decision === 'yes' && !yesAllowed) return setErrors({ decision: t.needAnswers });
    try {
      await api.quickQuestions.record({
        clientId: effectiveClientId,
        briefId: briefId || null,
        question,
        channel,
        receivedAt: new Date().toISOString(),
        checks,
        decision,
        reply,
      });
      toasts.show(t.saved(clientName));
      onClose();
    } catch (error) {
      setErrors(fieldErrors(error));
      setMessage(errorMessage(error));
    }
  };

  const noClients = !clients.loading && list.length === 0;
  const formId = step === 1 ? 'quick-question-ask' : 'quick-question-check';
  const actions = noClients ? (
    <>
      <button type="button" className="btn" onClick={onClose}>
        {t.cancel}
      </button>
      <button
        type="button"
        className="btn primary"
        onClick={() => {
          onClose();
          navigate('clients', null, { new: '1' });
        }}
      >
        {t.addClient}
      </button>
    </>
  ) : step === 1 ? (
    <>
      <button type="button" className="btn" onClick={onClose}>
        {t.cancel}
      </button>
      <button type="submit" form={formId} className="btn primary">
        {t.next}
      </button>
    </>
  ) : (
    <>
      <button type="button" className="btn" onClick={() => setStep(1)}>
        {t.back}
      </button>
      <button type="submit" form={formId} className="btn primary">
        {t.save}
      </button>
    </>
  );

  return (
    <Dialog title={t.title} open onClose={onClose} actions={actions}>
      <div className="wide-dialog" data-testid="quick-question">
        {noClients ? (
          <p>{t.noClients}</p>
        ) : step === 1 ? (
          <form id={formId} onSubmit={next} noValidate>
            <p className="muted small">{t.stepOf(1)}</p>
            <h3>{t.askHeading}</h3>
            <p className="muted small">{t.askHint}</p>
            <div className="grid-2">
              <SelectField
                label={t.client}
                value={effectiveClientId}
                options={[{ value: '', label: 'Choose a client…' }, ...list.map((c) => ({ value: c.id, label: c.name }))]}
                onChange={(v) => {
                  setClientId(v);
                  setBriefId('');
                }}
                error={errors.clientId}
              />
              <SelectField
                label={t.brief}
                value={briefId}
                options={[{ value: '', label: t.noBrief }, ...openBriefs.map((b) => ({ value: b.id, label: b.title }))]}
                onChange={setBriefId}
              />
            </div>
            <div style={{ maxWidth: 260 }}>
              <SelectField label={t.channel} value={channel} options={channelOptions} onChange={setChannel} />
            </div>
            <TextField label={t.question} multiline rows={3} value={question} onChange={setQuestion} error={errors.question} autoFocus />
            {question.trim() ? (
              <>
                <RiskAdvice flags={flags} />
                {flags.length > 0 ? (
                  <blockquote className="words" style={{ margin: 0 }}>
                    <HighlightedText text={question} flags={flags} />
                  </blockquote>
                ) : null}
              </>
            ) : null}
          </form>
        ) : (
          <form id={formId} onSubmit={save} noValidate>
            <p className="muted small">{t.stepOf(2)}</p>
            <h3>{t.checkHeading}</h3>
            <p id="yes-countdown" className={secondsLeft > 0 ? 'small countdown' : 'small'} data-testid="yes-countdown">
              {secondsLeft > 0 ? (
                <>
                  <Icon name="backups" size={15} /> {t.countdown(secondsLeft)}
                </>
              ) : allAnswered ? (
                t.countdownDone
              ) : (
                t.needAnswers
              )}
            </p>
            <span className="visually-hidden" role="status">
              {secondsLeft <= 0 ? t.pauseOver : ''}
            </span>
            <blockquote className="words" style={{ margin: '0.25rem 0 0.5rem' }}>
              <HighlightedText text={question} flags={flags} />
            </blockquote>
            {flags.length > 0 ? <RiskAdvice flags={flags} /> : <p className="muted small">{t.noFlags}</p>}
            <p className="muted small">{t.checkHint}</p>
            {message ? (
              <div className="notice-inline error" role="alert">
                {message}
              </div>
            ) : null}
            {QUICK_QUESTION_CHECKS.map((c) => (
              <TextField
                key={c.key}
                label={c.question}
                hint={c.key === 'agreed' && agreedHint ? `${c.hint} ${agreedHint}` : c.hint}
                multiline
                rows={2}
                value={checks[c.key]}
                onChange={(v) => setChecks({ ...checks, [c.key]: v })}
                error={errors[`checks.${c.key}`]}
              />
            ))}
            <fieldset aria-describedby="yes-countdown">
              <legend>{t.decision}</legend>
              {DECISION_ORDER.map((d) => (
                <label key={d} className="checkbox" style={{ marginBottom: '0.35rem' }}>
                  <input
                    type="radio"
                    name="quick-decision"
                    value={d}
                    checked={decision === d}
                    disabled={d === 'yes' && !yesAllowed}
                    onChange={() => choose(d)}
                  />
                  <span>{t.decisions[d]}</span>
                </label>
              ))}
              {errors.decision ? (
                <span className="error small" role="alert" style={{ color: 'var(--danger-text)', fontWeight: 600 }}>
                  <Icon name="warning" size={15} /> {errors.decision}
                </span>
              ) : null}
            </fieldset>
            <TextField label={t.reply} hint={t.replyHint} multiline rows={3} value={reply} onChange={setReply} error={errors.reply} />
            {reply.trim() ? (
              <div className="copy-row">
                <button type="button" className="btn" onClick={() => void copyText(reply).then((ok) => setCopied(ok ? t.copied : ''))}>
                  {t.copyReply}
                </button>
                <span className="small muted" role="status">
                  {copied}
                </span>
              </div>
            ) : null}
          </form>
        )}
      </div>
    </Dialog>
  );
}
