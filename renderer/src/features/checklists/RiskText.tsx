// Text with its risk flags highlighted (amber, dotted underline, and named for screen readers),
// and the one-line advice for the kinds found. Used in the brief, the paper trail and the quick question.
import { Fragment, useMemo } from 'react';
import { flagKinds, segmentByFlags } from '../../../../shared/domain/riskHighlights';
import { combinedAdvice, detectRiskFlags, type RiskFlag } from '../../../../shared/domain/riskFlags';
import { Icon } from '../../ui/Icon';
import { riskKindLabels, riskText } from './text';
import './checklist.css';

export function useRiskFlags(text: string): RiskFlag[] {
  return useMemo(() => detectRiskFlags(text), [text]);
}

/** The text as it is, with flagged phrases marked. */
export function HighlightedText({ text, flags }: { text: string; flags: readonly RiskFlag[] }) {
  const segments = useMemo(() => segmentByFlags(text, flags), [text, flags]);
  return (
    <>
      {segments.map((s) =>
        s.kinds.length === 0 ? (
          <Fragment key={s.start}>{s.text}</Fragment>
        ) : (
          // The kind is named through CSS generated text, so copying the words copies only the words.
          <mark
            key={s.start}
            className="risk-mark"
            data-kinds={s.kinds.join(' ')}
            data-label={riskText.flagLabel(s.kinds.map((k) => riskKindLabels[k].toLowerCase()).join(', '))}
            title={s.kinds.map((k) => riskKindLabels[k]).join(', ')}
          >
            {s.text}
          </mark>
        ),
      )}
    </>
  );
}

/** "Bulk + destructive: confirm in writing, …" with a warning icon; nothing when there are no flags. */
export function RiskAdvice({ flags, compact, field }: { flags: readonly Pick<RiskFlag, 'kind'>[]; compact?: boolean; field?: boolean }) {
  if (flags.length === 0) return null;
  const advice = combinedAdvice(flags);
  const colon = advice.indexOf(':');
  return (
    <p
      className={['risk-advice', compact ? 'compact' : '', field ? 'field-note' : ''].filter(Boolean).join(' ')}
      data-testid="risk-advice"
      data-kinds={flagKinds(flags).join(' ')}
    >
      <Icon name="warning" size={compact ? 15 : 18} />
      <span>
        <strong>{advice.slice(0, colon)}</strong>
        {advice.slice(colon)}
      </span>
    </p>
  );
}
