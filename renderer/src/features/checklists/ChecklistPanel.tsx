// The clarification checklist on a brief: progress, each item with its why, tick, "not needed" and an
// answer saved as the VA types, one-off items, and the "Ask the client" and "Confirm the brief" helpers.
import { useEffect, useRef, useState } from 'react';
import { builtInItem } from '../../../../shared/domain/checklistBuiltIns';
import { type ChecklistViewItem, flagsForItem } from '../../../../shared/domain/checklist';
import type { RiskFlag } from '../../../../shared/domain/riskFlags';
import type { BriefFields } from '../../../../shared/model/brief';
import type { BriefChecklistState } from '../../../../shared/operations/checklists';
import { api, errorMessage, fieldErrors } from '../../api/client';
import { href } from '../../app/router';
import { TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { checklistText as t } from './text';

interface Props {
  briefId: string;
  draft: BriefFields;
  state: BriefChecklistState;
  flags: readonly RiskFlag[];
  onAsk: () => void;
  onConfirm: () => void;
}

export const CHECKLIST_SECTION_ID = 'clarification-checklist';

export function ChecklistPanel({ briefId, draft, state, flags, onAsk, onConfirm }: Props) {
  const { progress } = state;
  return (
    <section className="section" id={CHECKLIST_SECTION_ID} aria-labelledby="checklist-heading" tabIndex={-1}>
      <div className="checklist-head">
        <div>
          <h3 id="checklist-heading">{t.heading}</h3>
          <p className="muted small" style={{ maxWidth: '44rem' }}>
            {state.followsTemplate ? t.hint : t.frozenHint}
          </p>
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={onAsk}>
            <Icon name="message" /> {t.askClient}
          </button>
          <button type="button" className="btn" onClick={onConfirm}>
            <Icon name="check" /> {t.confirmBrief}
          </button>
        </div>
      </div>
      <div className="checklist-progress">
        <progress value={progress.resolved} max={Math.max(progress.total, 1)} aria-label="Checklist progress" />
        <span>{t.progress(progress.resolved, progress.total)}</span>
        <span className={progress.requiredOpen > 0 ? 'badge warn' : 'badge ok'} data-testid="required-open">
          {progress.requiredOpen > 0 ? <Icon name="warning" size={13} /> : <Icon name="check" size={13} />} {t.requiredOpen(progress.requiredOpen)}
        </span>
        {state.confirmedEntryId ? (
          <span className="badge ok">
            <Icon name="check" size={13} /> {t.confirmedBadge}
          </span>
        ) : null}
      </div>
      <ul className="checklist-items" aria-label="Checklist items">
        {state.items.map((item) => (
          <ItemRow key={item.id} briefId={briefId} item={item} draft={draft} flags={flagsForItem(item, flags)} />
        ))}
      </ul>
      <AddOwnItem briefId={briefId} />
      <p className="small" style={{ margin: '0.75rem 0 0' }}>
        <a href={href('settings', 'checklist')}>{t.editTemplate}</a>
      </p>
    </section>
  );
}

function briefValue(draft: BriefFields, item: ChecklistViewItem): string {
  const fields = builtInItem(item.builtInKey)?.briefFields ?? [];
  return fields
    .map((f) => (draft[f] ?? '').trim())
    .filter(Boolean)
    .join(' · ');
}

function ItemRow({ briefId, item, draft, flags }: { briefId: string; item: ChecklistViewItem; draft: BriefFields; flags: RiskFlag[] }) {
  const [answer, setAnswer] = useState(item.answer);
  const [error, setError] = useState<string | null>(null);
  const saved = useRef(item.answer);
  // Shown at once when the VA ticks; the stored state replaces it when it comes back.
  const [state, setLocalState] = useState(item.state);
  useEffect(() => setLocalState(item.state), [item.state]);

  // Take an answer set elsewhere (the confirmation helper) unless the VA is mid-edit.
  useEffect(() => {
    const previous = saved.current;
    saved.current = item.answer;
    setAnswer((current) => (current === previous ? item.answer : current));
  }, [item.answer]);

  useEffect(() => {
    if (answer === saved.current) return;
    const timer = setTimeout(() => {
      api.checklists.setItem({ briefId, itemId: item.id, answer }).then(
        () => {
          saved.current = answer;
          setError(null);
        },
        (e: unknown) => setError(errorMessage(e)),
      );
    }, 600);
    return () => clearTimeout(timer);
  }, [answer, briefId, item.id]);

  const setState = (next: ChecklistViewItem['state']) => {
    setLocalState(next);
    api.checklists.setItem({ briefId, itemId: item.id, state: next }).then(
      () => setError(null),
      (e: unknown) => {
        setLocalState(item.state);
        setError(errorMessage(e));
      },
    );
  };
  const remove = () => {
    api.checklists.removeBriefItem({ briefId, itemId: item.id }).catch((e: unknown) => setError(errorMessage(e)));
  };

  const checkboxId = `check-${item.id}`;
  const whyId = `why-${item.id}`;
  const fromBrief = briefValue(draft, item);
  const resolved = state !== 'open';
  const doesNotApply = item.notApplicable && state === 'open';
  const className = ['checklist-item', resolved ? 'is-resolved' : '', item.retired || doesNotApply ? 'is-retired' : ''].filter(Boolean).join(' ');
  return (
    <li className={className} data-testid="checklist-item" data-state={state}>
      <input
        id={checkboxId}
        type="checkbox"
        checked={state === 'done'}
        aria-describedby={whyId}
        onChange={(e) => setState(e.target.checked ? 'done' : 'open')}
      />
      <div className="item-body">
        <div className="item-head">
          <div>
            <label htmlFor={checkboxId} className="item-label">
              {item.label}
            </label>
            <span className="badges">
              {item.requiredBeforeStart && !item.retired && !item.notApplicable ? <span className="badge required">{t.required}</span> : null}
              {doesNotApply ? <span className="badge">{t.doesNotApply}</span> : null}
              {state === 'not-needed' ? <span className="badge">{t.notNeeded}</span> : null}
              {item.source === 'brief' ? <span className="badge">{t.oneOff}</span> : null}
              {item.retired ? <span className="badge">{t.retired}</span> : null}
            </span>
          </div>
          <div className="item-actions">
            {state === 'not-needed' ? (
              <button type="button" className="btn link small" onClick={() => setState('open')}>
                {t.markNeeded}
              </button>
            ) : state === 'open' ? (
              <button type="button" className="btn link small" onClick={() => setState('not-needed')} aria-label={`${t.markNotNeeded}: ${item.label}`}>
                {t.markNotNeeded}
              </button>
            ) : null}
            {item.source === 'brief' || item.retired ? (
              <button type="button" className="btn link small" onClick={remove} aria-label={`${t.remove}: ${item.label}`}>
                {t.remove}
              </button>
            ) : null}
          </div>
        </div>
        <p className="why" id={whyId}>
          {item.retired ? t.retiredHint : doesNotApply ? t.doesNotApplyHint(item.builtInKey) : item.why}
          {item.templateChanged ? ` ${t.templateChanged}` : ''}
        </p>
        {fromBrief ? (
          <p className="in-brief">
            <span className="muted">{t.inTheBrief}</span> {fromBrief}
          </p>
        ) : null}
        {flags.length > 0 && state === 'open' ? (
          <p className="risk-advice compact">
            <Icon name="warning" size={15} />
            <span>
              {t.flaggedHere} {[...new Set(flags.map((f) => `“${f.phrase}”`))].join(', ')}
            </span>
          </p>
        ) : null}
        <textarea
          aria-label={t.answerLabel(item.label)}
          placeholder={t.answerPlaceholder}
          value={answer}
          rows={1}
          onChange={(e) => setAnswer(e.target.value)}
        />
        {error ? (
          <span className="error small" role="alert" style={{ color: 'var(--danger-text)' }}>
            <Icon name="warning" size={15} /> {error}
          </span>
        ) : null}
      </div>
    </li>
  );
}

function AddOwnItem({ briefId }: { briefId: string }) {
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await api.checklists.addBriefItem({ briefId, label });
      setLabel('');
      setError(undefined);
    } catch (e) {
      setError(fieldErrors(e).label ?? errorMessage(e));
    }
  };
  return (
    <form className="add-own" onSubmit={submit} noValidate aria-label={t.addOwn}>
      <TextField label={t.addOwnLabel} value={label} onChange={setLabel} hint={t.addOwnHint} error={error} />
      <button type="submit" className="btn">
        <Icon name="plus" /> {t.addOwnButton}
      </button>
    </form>
  );
}
