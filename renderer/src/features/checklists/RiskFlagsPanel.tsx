// Risk flags in the brief as the VA types it: the combined advice, one line per kind, where each
// phrase is, and the retype check for any amounts (in the brief and in the client's own words).
import { useMemo } from 'react';
import { summariseFlags } from '../../../../shared/domain/riskHighlights';
import { detectRiskFlags, type RiskFlag } from '../../../../shared/domain/riskFlags';
import type { BriefFields } from '../../../../shared/model/brief';
import type { PaperTrailEntry } from '../../../../shared/model/paperTrail';
import type { BriefChecklistState } from '../../../../shared/operations/checklists';
import { FigureCheck } from './FigureCheck';
import { HighlightedText, RiskAdvice } from './RiskText';
import { riskKindLabels, riskText } from './text';

export const BRIEF_TEXT_FIELDS: { key: Exclude<keyof BriefFields, 'deadline'>; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'summary', label: 'What was asked' },
  { key: 'deliverables', label: 'Deliverables and format' },
  { key: 'doneCriteria', label: 'What “done” looks like' },
  { key: 'inScope', label: 'In scope' },
  { key: 'outOfScope', label: 'Out of scope' },
];

export interface FlaggedField {
  label: string;
  text: string;
  flags: RiskFlag[];
}

/** Flags per brief field, for the fields that have any. */
export function flaggedFields(draft: BriefFields): FlaggedField[] {
  return BRIEF_TEXT_FIELDS.map(({ key, label }) => ({ label, text: draft[key], flags: detectRiskFlags(draft[key]) })).filter((f) => f.flags.length > 0);
}

interface Props {
  briefId: string;
  draft: BriefFields;
  entries: readonly PaperTrailEntry[];
  checklist: BriefChecklistState | undefined;
  onTickFigures: (() => void) | null;
}

export function RiskFlagsPanel({ briefId, draft, entries, checklist, onTickFigures }: Props) {
  const fields = useMemo(() => flaggedFields(draft), [draft]);
  const allFlags = useMemo(() => fields.flatMap((f) => f.flags), [fields]);
  const summary = useMemo(() => summariseFlags(allFlags), [allFlags]);
  const sources = useMemo(
    () => [...BRIEF_TEXT_FIELDS.map(({ key, label }) => ({ label, text: draft[key] })), ...entries.map((e) => ({ label: 'Paper trail', text: e.words }))],
    [draft, entries],
  );
  const hasMoneyInTrail = useMemo(() => entries.some((e) => detectRiskFlags(e.words).some((f) => f.kind === 'money')), [entries]);
  if (fields.length === 0 && !hasMoneyInTrail) return null;

  return (
    <section className="section" aria-labelledby="risk-flags-heading" data-testid="risk-flags">
      <h3 id="risk-flags-heading">{riskText.heading}</h3>
      {fields.length > 0 ? (
        <>
          <p className="muted small">{riskText.hint}</p>
          <RiskAdvice flags={allFlags} />
          <ul className="risk-kinds" aria-label="Kinds of risk found">
            {summary.map((s) => (
              <li key={s.kind} data-kind={s.kind}>
                <span className="kind">{riskKindLabels[s.kind]}</span>: {s.phrases.map((p) => `“${p}”`).join(', ')}. <span className="muted">{s.advice}</span>
              </li>
            ))}
          </ul>
          <details className="risk-field" open={fields.length <= 2}>
            <summary>{riskText.where}</summary>
            {fields.map((f) => (
              <div key={f.label} className="risk-field">
                <span className="label">{f.label}</span>
                <p className="text">
                  <HighlightedText text={f.text} flags={f.flags} />
                </p>
              </div>
            ))}
          </details>
        </>
      ) : null}
      <FigureCheck briefId={briefId} sources={sources} checks={checklist?.figureChecks ?? []} onTickFigures={onTickFigures} />
    </section>
  );
}
