// The paper trail of a brief (or a client) as a timeline, with adding and correcting entries.
import { useRef, useState } from 'react';
import type { Channel } from '../../../../shared/model/common';
import { formatDateTime } from '../../../../shared/domain/dateDisplay';
import { channelLabels, type PaperTrailEntry, type PaperTrailEntryFields } from '../../../../shared/model/paperTrail';
import { api, fieldErrors, formErrorSummary } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { paperTrailKeys } from '../../api/queryKeys';
import { SelectField, TextField } from '../../ui/Field';
import { DateQuestion, EntryTimeFields, useEntryTime } from './EntryTime';
import { Icon } from '../../ui/Icon';
import { HighlightedText, RiskAdvice, useRiskFlags } from '../checklists/RiskText';
import { useToasts } from '../../ui/Toasts';
import { useVirtualRows } from '../../ui/useVirtualRows';
import { captureText, paperTrailText as t } from './text';
import { CaptureBar } from './CaptureBar';
import { AttachToEntry, EntryFiles, MessageFacts } from './CapturedParts';
import { PasteMessageDialog } from './PasteMessageDialog';
import './paperTrail.css';

const channelOptions = (Object.keys(channelLabels) as Channel[]).map((c) => ({ value: c, label: channelLabels[c] }));

export function PaperTrail({ clientId, briefId }: { clientId: string; briefId: string | null }) {
  const entries = useApiQuery(paperTrailKeys.list(briefId ? { briefId } : { clientId }), () => api.paperTrail.list(briefId ? { briefId } : { clientId }));
  const [adding, setAdding] = useState<{ corrects: PaperTrailEntry | null } | null>(null);
  const [pasting, setPasting] = useState(false);
  const list = entries.data ?? [];
  const correctedIds = new Set(list.map((e) => e.correctsId).filter((x): x is string => x !== null));
  const byId = new Map(list.map((e) => [e.id, e]));
  const listRef = useRef<HTMLOListElement>(null);
  const shown = useVirtualRows(list.length, listRef);

  return (
    <section className="section" aria-labelledby="paper-trail-heading">
      <div className="detail-head" style={{ marginBottom: '0.5rem' }}>
        <h3 id="paper-trail-heading">{t.heading}</h3>
        {adding === null ? (
          <button type="button" className="btn" onClick={() => setAdding({ corrects: null })}>
            {t.add}
          </button>
        ) : null}
      </div>
      <p className="muted small">{t.hint}</p>
      <CaptureBar clientId={clientId} briefId={briefId} onPaste={() => setPasting(true)} />
      <PasteMessageDialog clientId={clientId} briefId={briefId} open={pasting} onClose={() => setPasting(false)} />
      {adding !== null ? <EntryForm clientId={clientId} briefId={briefId} corrects={adding.corrects} onDone={() => setAdding(null)} /> : null}
      {list.length === 0 && adding === null ? <p className="muted">{t.empty}</p> : null}
      <ol className="timeline" aria-label="Paper trail entries" ref={listRef}>
        {shown.padTop > 0 ? <li aria-hidden="true" className="window-spacer" style={{ height: shown.padTop }} /> : null}
        {list.slice(shown.start, shown.end).map((e, i) => (
          <li
            key={e.id}
            ref={shown.measureRow}
            data-index={shown.start + i}
            className={['entry', correctedIds.has(e.id) ? 'corrected' : '', e.direction === 'sent' ? 'sent' : ''].filter(Boolean).join(' ')}
          >
            <div className="entry-meta">
              <time dateTime={e.receivedAt}>{formatDateTime(e.receivedAt)}</time> · {channelLabels[e.channel]}
              {e.sourceRef && e.message === undefined ? ` · ${e.sourceRef}` : ''}
              {e.direction === 'sent' ? <span className="badge">{t.sentBadge}</span> : null}
              {e.confirmedInWriting ? (
                <span className="badge ok">
                  <Icon name="check" size={13} /> {t.confirmedBadge}
                </span>
              ) : null}
              {correctedIds.has(e.id) ? <span className="badge">{t.correctedBadge}</span> : null}
            </div>
            {e.correctsId ? (
              <div className="small muted">{t.correctionOf(byId.has(e.correctsId) ? formatDateTime(byId.get(e.correctsId)!.receivedAt) : 'earlier')}</div>
            ) : null}
            <MessageFacts entry={e} />
            {e.timeUnknown && e.message === undefined ? <div className="small muted">{captureText.timeUnknown}</div> : null}
            {e.direction === 'sent' ? <blockquote className="words">{e.words}</blockquote> : <EntryWords words={e.words} />}
            <EntryFiles entry={e} />
            <div className="entry-actions">
              <button type="button" className="btn link small" onClick={() => setAdding({ corrects: e })}>
                {t.correct}
              </button>
              <AttachToEntry entryId={e.id} />
            </div>
          </li>
        ))}
        {shown.padBottom > 0 ? <li aria-hidden="true" className="window-spacer" style={{ height: shown.padBottom }} /> : null}
      </ol>
    </section>
  );
}

/** The client's words with risky phrases highlighted, and what to check for them. (Messages you sent are not flagged.) */
function EntryWords({ words }: { words: string }) {
  const flags = useRiskFlags(words);
  return (
    <>
      <blockquote className="words">
        <HighlightedText text={words} flags={flags} />
      </blockquote>
      <RiskAdvice flags={flags} compact />
    </>
  );
}

type Direction = PaperTrailEntry['direction'];

function EntryForm({
  clientId,
  briefId,
  corrects,
  onDone,
}: {
  clientId: string;
  briefId: string | null;
  corrects: PaperTrailEntry | null;
  onDone: () => void;
}) {
  const when = useEntryTime(corrects ? corrects.receivedAt : new Date());
  const [direction, setDirection] = useState<Direction>(corrects?.direction ?? 'received');
  const [channel, setChannel] = useState<Channel>(corrects?.channel ?? 'email');
  const [words, setWords] = useState(corrects?.words ?? '');
  const [sourceRef, setSourceRef] = useState(corrects?.sourceRef ?? '');
  const [confirmed, setConfirmed] = useState(corrects?.confirmedInWriting ?? false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const toasts = useToasts();
  const flags = useRiskFlags(direction === 'received' ? words : '');

  const save = async (dateConfirmed: boolean) => {
    setMessage(null);
    const problems: Record<string, string> = {};
    if (words.trim() === '') problems.words = t.wordsNeeded[direction];
    const at = when.resolve(dateConfirmed);
    setErrors(problems);
    if (at === null || Object.keys(problems).length > 0) return;
    const fields: PaperTrailEntryFields = { receivedAt: at.toISOString(), channel, words, sourceRef, confirmedInWriting: confirmed, direction };
    try {
      if (corrects) await api.paperTrail.correct({ id: corrects.id, fields });
      else await api.paperTrail.add({ clientId, briefId, fields });
      toasts.show(t.added[direction]);
      onDone();
    } catch (error) {
      setErrors(fieldErrors(error));
      setMessage(formErrorSummary(error));
    }
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <form className="entry-form" onSubmit={submit} noValidate aria-label={corrects ? t.correctHeading : t.addHeading}>
      <h4>{corrects ? t.correctHeading : t.addHeading}</h4>
      {corrects ? <p className="muted small">{t.correctHint}</p> : null}
      {message ? (
        <div className="notice-inline error" role="alert">
          {message}
        </div>
      ) : null}
      {corrects ? null : (
        <fieldset className="direction-choice">
          <legend>{t.direction}</legend>
          {(['received', 'sent'] as const).map((d) => (
            <label key={d} className="checkbox">
              <input type="radio" name="entry-direction" value={d} checked={direction === d} onChange={() => setDirection(d)} />
              <span>{t.directions[d]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <TextField label={t.words[direction]} multiline value={words} onChange={setWords} hint={t.wordsHint[direction]} error={errors.words} autoFocus />
      {direction === 'received' ? <RiskAdvice flags={flags} compact /> : null}
      <div className="grid-2">
        <EntryTimeFields value={when} dayLabel={t.when[direction]} timeLabel={t.time} />
        <SelectField label={t.channel} value={channel} options={channelOptions} onChange={setChannel} />
      </div>
      <DateQuestion value={when} onKeep={() => void save(true)} />
      <TextField label={t.sourceRef} value={sourceRef} onChange={setSourceRef} hint={t.sourceRefHint} error={errors.sourceRef} />
      <label className="checkbox">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        <span>{t.confirmed}</span>
      </label>
      <div className="actions" style={{ marginTop: '0.75rem' }}>
        <button type="submit" className="btn primary">
          {t.save}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
