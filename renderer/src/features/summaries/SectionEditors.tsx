// One field per part of the summary. Each shows the wording from the incident until the VA changes it; the
// change is theirs to keep or to undo ("Use the wording from the incident").
import { formatMinutes } from '../../../../shared/domain/incidentTime';
import { SECTION_HEADINGS, type SectionTexts } from '../../../../shared/domain/summary';
import type { SummaryEdits, SummarySectionKey } from '../../../../shared/model/summary';
import { TextField } from '../../ui/Field';
import { text } from './text';

export interface SummaryDraftState {
  edits: SummaryEdits;
  includeTimeSpent: boolean;
  /** Screenshots chosen to go with the summary (content addresses). */
  attachments: string[];
}

interface Props {
  draft: SummaryDraftState;
  prefilled: SectionTexts;
  timeSpentMinutes: number;
  errors: Record<string, string>;
  onChange: (draft: SummaryDraftState) => void;
}

const LABELS: Readonly<Record<SummarySectionKey, string>> = { title: text.titleLabel, ...SECTION_HEADINGS };
const BODY: readonly Exclude<SummarySectionKey, 'title'>[] = ['happened', 'impact', 'done', 'status', 'prevention'];

export function SectionEditors({ draft, prefilled, timeSpentMinutes, errors, onChange }: Props) {
  const setSection = (key: SummarySectionKey, value: string | null) => {
    // Typing the incident's wording back in is the same as not having changed it.
    const edit = value === null || value === prefilled[key] ? null : value;
    onChange({ ...draft, edits: { ...draft.edits, [key]: edit } });
  };

  const field = (key: SummarySectionKey) => {
    const edited = draft.edits[key] !== undefined && draft.edits[key] !== null;
    const hint = (
      <>
        {edited ? text.yourWording : text.fromIncident} {key !== 'title' ? text.listHint : null}{' '}
        {edited ? (
          <button type="button" className="btn link" onClick={() => setSection(key, null)}>
            {text.useIncidentWording}
          </button>
        ) : null}
      </>
    );
    return (
      <TextField
        key={key}
        name={key}
        label={LABELS[key]}
        value={draft.edits[key] ?? prefilled[key]}
        onChange={(v) => setSection(key, v)}
        hint={hint}
        error={errors[`edits.${key}`]}
        {...(key === 'title' ? {} : { multiline: true, rows: key === 'status' || key === 'impact' ? 3 : 6 })}
      />
    );
  };

  return (
    <section className="section summary-editors" aria-labelledby="summary-wording-heading">
      <h2 id="summary-wording-heading">{text.wordingHeading}</h2>
      {field('title')}
      {BODY.map((key) => (
        <div key={key}>
          {field(key)}
          {key === 'done' ? (
            <div className="field">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.includeTimeSpent && timeSpentMinutes > 0}
                  disabled={timeSpentMinutes === 0}
                  aria-describedby="summary-time-hint"
                  onChange={(e) => onChange({ ...draft, includeTimeSpent: e.target.checked })}
                />
                <span>{text.includeTime(formatMinutes(timeSpentMinutes))}</span>
              </label>
              <span className="hint" id="summary-time-hint">
                {timeSpentMinutes === 0 ? text.noTimeLogged : text.timeHint}
              </span>
            </div>
          ) : null}
        </div>
      ))}
    </section>
  );
}
