// Step 6, Fix first or ask first (when the VA spotted it): four questions, then the recommendation and the
// VA's choice. Choosing otherwise is allowed; the reason is kept.
import { recommendFixOrAsk } from '../../../../../shared/domain/fixOrAsk';
import { fixOrAskChoice } from '../../../../../shared/model/incident';
import { Icon } from '../../../ui/Icon';
import { RadioGroup, TextInput } from '../flow/fields';
import { HEADING_ID } from '../flow/FlowFrame';
import type { StepProps } from '../flow/types';
import { FIX_OR_ASK_LABELS, fixOrAskText as t } from '../text';

type Question = keyof typeof t.questions;
const QUESTIONS = Object.keys(t.questions) as Question[];

export function FixOrAskStep({ screen, draft, update, errors }: StepProps<'fixOrAsk'>) {
  if (screen === 'fixOrAsk.questions') {
    return (
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
  }
  const { withinBrief, reversible, needsClientDecision, clientAlreadyAffected } = draft;
  const answered = withinBrief !== null && reversible !== null && needsClientDecision !== null && clientAlreadyAffected !== null;
  const result = answered ? recommendFixOrAsk({ withinBrief, reversible, needsClientDecision, clientAlreadyAffected }) : null;
  const differs = result !== null && draft.choice !== null && draft.choice !== result.recommendation;
  return (
    <>
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
      <RadioGroup
        name="choice"
        labelledBy={HEADING_ID}
        value={draft.choice}
        onChange={(choice) => update({ choice })}
        error={errors.choice}
        options={fixOrAskChoice.options.map((v) => ({ value: v, label: `${FIX_OR_ASK_LABELS[v]}${result?.recommendation === v ? ` (${t.recommended.toLowerCase()})` : ''}` }))}
      />
      {differs ? (
        <TextInput name="reason" label={t.reason} hint={t.reasonHint} multiline rows={3} value={draft.reason} onChange={(reason) => update({ reason })} error={errors.reason} maxLength={1000} />
      ) : null}
    </>
  );
}
