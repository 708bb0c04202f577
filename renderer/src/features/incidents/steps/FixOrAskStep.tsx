// Fix first or ask first (when the VA spotted it): four questions and, once they are answered, the recommendation,
// pre-selected as the choice on the same page. Choosing otherwise is allowed; the reason is kept.
import { recommendFixOrAsk } from '../../../../../shared/domain/fixOrAsk';
import { fixOrAskChoice } from '../../../../../shared/model/incident';
import { Icon } from '../../../ui/Icon';
import { RadioGroup, TextInput } from '../flow/fields';
import type { StepProps } from '../flow/types';
import { FIX_OR_ASK_LABELS, fixOrAskText as t } from '../text';

type Question = keyof typeof t.questions;
const QUESTIONS = Object.keys(t.questions) as Question[];

export function FixOrAskStep({ draft, update, errors }: StepProps<'fixOrAsk'>) {
  const questions = (
    <>
      {QUESTIONS.map((q) => (
        <RadioGroup
          key={q}
          name={q}
          legend={t.questions[q]}
          inline
          value={draft[q] === null ? null : draft[q] ? 'yes' : 'no'}
          onChange={(v) => update({ [q]: v === 'yes' })}
          error={errors[q]}
          options={[
            { value: 'yes', label: t.yes },
            { value: 'no', label: t.no },
          ]}
        />
      ))}
    </>
  );
  const { withinBrief, reversible, needsClientDecision, clientAlreadyAffected } = draft;
  const answered = withinBrief !== null && reversible !== null && needsClientDecision !== null && clientAlreadyAffected !== null;
  const result = answered ? recommendFixOrAsk({ withinBrief, reversible, needsClientDecision, clientAlreadyAffected }) : null;
  const choice = draft.choice ?? result?.recommendation ?? null;
  const differs = result !== null && choice !== null && choice !== result.recommendation;
  return (
    <>
      {questions}
      {result ? (
        <section className="remedy-box" aria-labelledby="recommendation-heading">
          <p className="small muted">{t.recommended}</p>
          <h2 id="recommendation-heading">{FIX_OR_ASK_LABELS[result.recommendation]}</h2>
          <ul className="reasons">
            {result.reasons.map((r) => (
              <li key={r}>
                <Icon name="info" size={16} /> {r}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {result ? (
        <RadioGroup
          name="choice"
          legend={t.choice}
          value={choice}
          onChange={(choice) => update({ choice })}
          error={errors.choice}
          options={fixOrAskChoice.options.map((v) => ({
            value: v,
            label: `${FIX_OR_ASK_LABELS[v]}${result.recommendation === v ? ` (${t.recommended.toLowerCase()})` : ''}`,
          }))}
        />
      ) : null}
      {differs ? (
        <TextInput
          name="reason"
          label={t.reason}
          hint={t.reasonHint}
          multiline
          rows={3}
          value={draft.reason}
          onChange={(reason) => update({ reason })}
          error={errors.reason}
          maxLength={1000}
        />
      ) : null}
    </>
  );
}
