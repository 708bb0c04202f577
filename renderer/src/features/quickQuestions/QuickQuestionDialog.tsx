// The "before you say yes" guard for a client's quick question: paste it (or pick it from the paper
// trail, where it is not logged twice) with when it was asked, see its risk flags, answer four
// questions, wait a few seconds before "Yes" can be chosen, and keep question and answer in the
// paper trail. Not sure there is a way back? "Wait: ask first" is recommended. Two steps; Back keeps everything.
import { useEffect, useMemo, useState } from 'react';
import { holdingReply, QUICK_QUESTION_CHECKS } from '../../../../shared/domain/clarificationMessages';
import { formatDateTime } from '../../../../shared/domain/dateDisplay';
import {
  type CheckChoice,
  checkAnswerText,
  matchingTrailEntries,
  quickQuestionAdvice,
  type ReversibilityAnswers,
  sameWordsEntry,
} from '../../../../shared/domain/quickQuestionAdvice';
import { flagKinds } from '../../../../shared/domain/riskHighlights';
import type { Channel } from '../../../../shared/model/common';
import { channelLabels, type PaperTrailEntry } from '../../../../shared/model/paperTrail';
import type { QuickQuestionChecks, QuickQuestionDecision } from '../../../../shared/operations/quickQuestions';
import { api, errorMessage, fieldErrors } from '../../api/client';
import { navigate, useRoute } from '../../app/router';
import { useApiQuery } from '../../api/queries';
import { briefKeys, clientKeys, paperTrailKeys } from '../../api/queryKeys';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { useToasts } from '../../ui/Toasts';
import { copyText } from '../checklists/clipboard';
import { HighlightedText, RiskAdvice, useRiskFlags } from '../checklists/RiskText';
import { DateQuestion, EntryTimeFields, useEntryTime } from '../paperTrail/EntryTime';
import { ReversibilityCheck, WaitAdvice } from './ReversibilityCheck';
import { quickQuestionText as t } from './text';
import './quickQuestion.css';

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
  const clients = useApiQuery(clientKeys.list(), () => api.clients.list({}));
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
  const when = useEntryTime();
  const [askedAt, setAskedAt] = useState<string | null>(null);
  // The client's message as already logged in the paper trail, when the VA picks it (or pastes the same words).
  const [reuse, setReuse] = useState<PaperTrailEntry | null>(null);
  const [choices, setChoices] = useState<ReversibilityAnswers>({ undo: null, backup: null });
  const [details, setDetails] = useState({ undo: '', backup: '' });
  const [decisionTouched, setDecisionTouched] = useState(false);
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
  const briefs = useApiQuery(briefKeys.list({ clientId: effectiveClientId }), () =>
    effectiveClientId ? api.briefs.list({ clientId: effectiveClientId }) : Promise.resolve([]),
  );
  const openBriefs = (briefs.data ?? []).filter((b) => !['accepted', 'cancelled'].includes(b.status));
  const trail = useApiQuery(paperTrailKeys.list({ clientId: effectiveClientId }), () =>
    effectiveClientId ? api.paperTrail.list({ clientId: effectiveClientId }) : Promise.resolve([]),
  );
  const offers = reuse ? [] : matchingTrailEntries(question, trail.data ?? []);
  const asked = reuse ? reuse.words : question;
  const flags = useRiskFlags(asked);
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

  const allChecks: QuickQuestionChecks = {
    ...checks,
    undo: checkAnswerText(choices.undo, details.undo),
    backup: checkAnswerText(choices.backup, details.backup),
  };
  const allAnswered = QUICK_QUESTION_CHECKS.every((c) => allChecks[c.key].trim() !== '');
  const advice = quickQuestionAdvice(choices);
  const yesAllowed = secondsLeft <= 0 && allAnswered;

  const goNext = (dateConfirmed: boolean) => {
    const problems: Record<string, string> = {};
    if (!effectiveClientId) problems.clientId = t.clientNeeded;
    if (reuse === null && question.trim() === '') problems.question = t.questionNeeded;
    const at = reuse === null ? when.resolve(dateConfirmed) : new Date(reuse.receivedAt);
    setErrors(problems);
    if (at === null || Object.keys(problems).length > 0) return;
    // Pasted words already in the trail are the same message: point at it rather than log it twice.
    const same = reuse ?? sameWordsEntry(question, trail.data ?? []) ?? null;
    setReuse(same);
    setAskedAt(same ? same.receivedAt : at.toISOString());
    setStep(2);
  };
  const next = (event: React.FormEvent) => {
    event.preventDefault();
    goNext(false);
  };

  const choose = (d: QuickQuestionDecision) => {
    setDecision(d);
    if (d === 'not-yet' && reply.trim() === '') setReply(holdingReply(clientName, flagKinds(flags)));
  };
  const chooseCheck = (key: 'undo' | 'backup', choice: CheckChoice) => {
    const nextChoices = { ...choices, [key]: choice };
    setChoices(nextChoices);
    setErrors(({ [`checks.${key}`]: _, ...rest }) => rest);
    // Pre-select the recommendation until the VA picks an answer themselves.
    if (!decisionTouched) {
      if (quickQuestionAdvice(nextChoices).recommend === 'wait') choose('not-yet');
      else setDecision(null);
    }
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (decision === null) return setErrors({ decision: t.decisionNeeded });
    if (decision === 'yes' && !yesAllowed) return setErrors({ decision: t.needAnswers });
    try {
      await api.quickQuestions.record({
        clientId: effectiveClientId,
        briefId: briefId || null,
        question: asked,
        channel: reuse ? reuse.channel : channel,
        receivedAt: askedAt ?? new Date().toISOString(),
        checks: allChecks,
        decision,
        reply,
        questionEntryId: reuse?.id ?? null,
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
            {reuse ? (
              <div className="reused-entry" data-testid="reused-entry">
                <p className="small" style={{ margin: '0 0 0.25rem' }}>
                  {t.usingEntry(formatDateTime(reuse.receivedAt), channelLabels[reuse.channel])}
                </p>
                <blockquote className="words" style={{ margin: 0 }}>
                  <HighlightedText text={reuse.words} flags={flags} />
                </blockquote>
                <button type="button" className="btn link small" onClick={() => setReuse(null)}>
                  {t.typeNew}
                </button>
              </div>
            ) : (
              <>
                <div className="grid-2">
                  <EntryTimeFields value={when} dayLabel={t.askedDay} timeLabel={t.askedTime} />
                  <SelectField label={t.channel} value={channel} options={channelOptions} onChange={setChannel} />
                </div>
                <DateQuestion value={when} onKeep={() => goNext(true)} />
                <TextField label={t.question} multiline rows={3} value={question} onChange={setQuestion} error={errors.question} autoFocus />
                {offers.length > 0 ? (
                  <section className="trail-offers" aria-labelledby="trail-offers-heading">
                    <h4 id="trail-offers-heading">{t.alreadyHeading}</h4>
                    <p className="muted small">{t.alreadyHint}</p>
                    <ul>
                      {offers.map((e) => (
                        <li key={e.id}>
                          <span className="small muted">
                            {formatDateTime(e.receivedAt)} · {channelLabels[e.channel]}
                          </span>{' '}
                          <span className="offer-words">“{clip(e.words)}”</span>{' '}
                          <button type="button" className="btn small" onClick={() => setReuse(e)} aria-label={`${t.useEntry}: ${clip(e.words)}`}>
                            {t.useEntry}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </section>
                ) : null}
              </>
            )}
            {!reuse && question.trim() ? (
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
              <HighlightedText text={asked} flags={flags} />
            </blockquote>
            {reuse ? <p className="muted small">{t.reusedNote}</p> : null}
            {flags.length > 0 ? <RiskAdvice flags={flags} /> : <p className="muted small">{t.noFlags}</p>}
            <p className="muted small">{t.checkHint}</p>
            {message ? (
              <div className="notice-inline error" role="alert">
                {message}
              </div>
            ) : null}
            {QUICK_QUESTION_CHECKS.map((c) =>
              c.key === 'undo' || c.key === 'backup' ? (
                <ReversibilityCheck
                  key={c.key}
                  name={c.key}
                  question={c.question}
                  hint={c.hint}
                  choice={choices[c.key]}
                  detail={details[c.key]}
                  error={errors[`checks.${c.key}`]}
                  onChoice={(choice) => chooseCheck(c.key as 'undo' | 'backup', choice)}
                  onDetail={(detail) => setDetails({ ...details, [c.key]: detail })}
                />
              ) : (
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
              ),
            )}
            <WaitAdvice advice={advice} />
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
                    onChange={() => {
                      setDecisionTouched(true);
                      choose(d);
                    }}
                  />
                  <span>
                    {t.decisions[d]}
                    {d === 'not-yet' && advice.recommend === 'wait' ? t.recommended : ''}
                  </span>
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
