// "Can it be undone?" and "Is there a backup?" answered with one click (Yes, No, Not sure), with room
// for a detail; and the "Wait: ask first" advice when the answers leave no sure way back.
import { CHECK_CHOICES, CHECK_CHOICE_WORDS, type CheckChoice, type QuickQuestionAdvice } from '../../../../shared/domain/quickQuestionAdvice';
import { TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { quickQuestionText as t } from './text';

interface Props {
  name: 'undo' | 'backup';
  question: string;
  hint: string;
  choice: CheckChoice | null;
  detail: string;
  error: string | undefined;
  onChoice: (choice: CheckChoice) => void;
  onDetail: (detail: string) => void;
}

export function ReversibilityCheck({ name, question, hint, choice, detail, error, onChoice, onDetail }: Props) {
  return (
    <fieldset className="quick-check" aria-describedby={`${name}-hint`}>
      <legend>{question}</legend>
      <p id={`${name}-hint`} className="muted small" style={{ margin: '0 0 0.35rem' }}>
        {hint}
      </p>
      <div className="choice-row">
        {CHECK_CHOICES.map((c) => (
          <label key={c} className="checkbox">
            <input type="radio" name={`quick-${name}`} value={c} checked={choice === c} onChange={() => onChoice(c)} />
            <span>{CHECK_CHOICE_WORDS[c]}</span>
          </label>
        ))}
      </div>
      {error ? (
        <span className="error small" role="alert" style={{ color: 'var(--danger-text)', fontWeight: 600 }}>
          <Icon name="warning" size={15} /> {error}
        </span>
      ) : null}
      <TextField label={t.detailLabel[name]} value={detail} onChange={onDetail} />
    </fieldset>
  );
}

export function WaitAdvice({ advice }: { advice: QuickQuestionAdvice }) {
  if (advice.recommend !== 'wait') return null;
  return (
    <div className="notice-inline warning" data-testid="wait-advice" role="status">
      <strong>
        <Icon name="warning" size={15} /> {t.waitHeading}
      </strong>
      <p style={{ margin: '0.35rem 0 0' }}>
        {advice.reasons.join(' ')} {t.waitBody}
      </p>
    </div>
  );
}
