// Settings section: every tone-check rule with an on/off switch. Switched-off rules are saved as a list of ids.
import { type ToneCategory, toneRules } from '../../../../shared/domain/apologyTone';
import './templates.css';

const CATEGORY_LABELS: Record<ToneCategory, string> = {
  'over-apology': 'Over-apologising',
  excuse: 'Excuses',
  'self-blame': 'Harsh words about yourself',
  overcompensation: 'Overcompensating',
  'blame-shifting': 'Blaming the client',
  'vague-timeline': 'Vague timing',
  hedging: 'Hedging',
  'missing-ownership': 'Owning it',
  'missing-fix': 'Saying the fix',
  'missing-timeline': 'Saying by when',
  unfinished: 'Gaps still in [brackets]',
};

const categories = [...new Set(toneRules.map((r) => r.category))];

export function ToneRuleSwitches({ disabled, onChange }: { disabled: readonly string[]; onChange: (disabled: string[]) => void }) {
  const toggle = (id: string, on: boolean) => onChange(on ? disabled.filter((d) => d !== id) : [...disabled, id]);
  return (
    <section className="section tone-rules" aria-labelledby="tone-rules-heading">
      <h2 id="tone-rules-heading">Tone check</h2>
      <p className="muted small">
        When you write a message, these notes point out wording that can work against you. Switch off any you do not want. Switching a rule off only hides its
        notes; it changes nothing you have written.
      </p>
      {categories.map((c) => (
        <fieldset key={c}>
          <legend>{CATEGORY_LABELS[c]}</legend>
          {toneRules
            .filter((r) => r.category === c)
            .map((r) => (
              <label key={r.id} className="checkbox tone-rule">
                <input
                  type="checkbox"
                  role="switch"
                  checked={!disabled.includes(r.id) && !disabled.includes(r.category)}
                  onChange={(e) => toggle(r.id, e.target.checked)}
                  aria-describedby={`rule-${r.id}`}
                />
                <span>
                  <strong>{r.label}</strong>
                  <span className="small muted" id={`rule-${r.id}`} style={{ display: 'block' }}>
                    {r.description}
                  </span>
                </span>
              </label>
            ))}
        </fieldset>
      ))}
    </section>
  );
}
