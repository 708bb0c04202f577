// A textarea with tone notes underlined in place and gaps highlighted, drawn by a mirror layer behind the
// text (same font, padding and wrapping, so the marks sit under the right words). The mirror is hidden from
// assistive technology: every note is also a focusable item in the list below, and the note at the cursor
// is announced, so nothing depends on hovering or on colour.
import { type MouseEvent, type ReactNode, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type ToneFinding, toneRules } from '../../../../shared/domain/apologyTone';
import type { FillGap } from '../../../../shared/domain/templates/fillTemplate';
import { Icon } from '../../ui/Icon';
import { templatesText as t } from './text';

interface Props {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  findings: ToneFinding[];
  gaps: FillGap[];
  summary: string;
  /** Extra controls under the summary (copy, mark as sent). */
  children?: ReactNode;
}

const ruleLabel = new Map(toneRules.map((r) => [r.id, r.label]));
/** Notes about the whole message (nothing owned, no fix, no time) are listed, not underlined. */
const isWholeText = (f: ToneFinding, length: number) => f.start === 0 && f.end === length && f.category.startsWith('missing-');

interface Segment {
  text: string;
  findings: number[];
  gap: boolean;
}

function segmentsOf(text: string, findings: ToneFinding[], gaps: FillGap[]): Segment[] {
  const marks = findings.map((f, i) => ({ ...f, i })).filter((f) => !isWholeText(f, text.length));
  const cuts = new Set([0, text.length]);
  for (const s of [...marks, ...gaps]) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k < points.length - 1; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    segments.push({
      text: text.slice(from, to),
      findings: marks.filter((m) => m.start <= from && m.end >= to).map((m) => m.i),
      gap: gaps.some((g) => g.start <= from && g.end >= to),
    });
  }
  return segments;
}

export function ToneEditor({ label, hint, value, onChange, findings, gaps, summary, children }: Props) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<number | null>(null);
  const [tip, setTip] = useState<{ message: string; top: number; left: number } | null>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const segments = useMemo(() => segmentsOf(value, findings, gaps), [value, findings, gaps]);

  // Grow with the text, so the textarea never scrolls on its own and the mirror stays aligned; again
  // whenever the width changes (the window resized), because the text then wraps differently.
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    const fit = () => {
      el.style.height = 'auto';
      el.style.height = `${el.scrollHeight + 2}px`;
    };
    fit();
    let width = el.clientWidth;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      fit();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [value]);

  const onMouseMove = (event: MouseEvent) => {
    const box = wrap.current?.getBoundingClientRect();
    if (!mirror.current || !box) return;
    for (const mark of mirror.current.querySelectorAll<HTMLElement>('[data-findings]')) {
      for (const r of mark.getClientRects()) {
        if (event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom) {
          const index = Number(mark.dataset.findings?.split(',')[0]);
          const message = findings[index]?.message ?? '';
          if (tip?.message !== message) setTip({ message, top: r.bottom - box.top + 6, left: Math.max(0, r.left - box.left) });
          return;
        }
      }
    }
    if (tip) setTip(null);
  };

  const select = (f: ToneFinding) => {
    const el = area.current;
    if (!el) return;
    el.focus();
    if (isWholeText(f, value.length)) el.setSelectionRange(value.length, value.length);
    else el.setSelectionRange(f.start, f.end);
    setCaret(el.selectionStart);
  };

  const trackCaret = () => setCaret(area.current?.selectionStart ?? null);
  const atCaret = caret === null ? undefined : findings.find((f) => !isWholeText(f, value.length) && caret >= f.start && caret <= f.end);
  const summaryId = `${id}-summary`;

  return (
    <div className="field tone-field">
      <label htmlFor={id}>{label}</label>
      <span className="hint" id={`${id}-hint`}>
        {hint}
      </span>
      <div className="tone-editor" ref={wrap}>
        <div className="tone-mirror tone-text" ref={mirror} aria-hidden="true">
          {segments.map((s, k) =>
            s.findings.length > 0 || s.gap ? (
              <mark
                key={k}
                className={[
                  'tone-mark',
                  s.findings.length > 0 ? 'finding' : '',
                  s.gap ? 'gap' : '',
                  active !== null && s.findings.includes(active) ? 'active' : '',
                ].join(' ')}
                data-findings={s.findings.length > 0 ? s.findings.join(',') : undefined}
              >
                {s.text}
              </mark>
            ) : (
              <span key={k}>{s.text}</span>
            ),
          )}
          {'\u200b'}
        </div>
        <textarea
          id={id}
          ref={area}
          className="tone-input tone-text"
          value={value}
          spellCheck
          aria-describedby={`${id}-hint ${summaryId}`}
          onChange={(e) => {
            onChange(e.target.value);
            setCaret(e.target.selectionStart);
          }}
          onSelect={trackCaret}
          onKeyUp={trackCaret}
          onClick={trackCaret}
          onBlur={() => setCaret(null)}
          onMouseMove={onMouseMove}
          onMouseLeave={() => setTip(null)}
        />
        {tip ? (
          <div className="tone-tooltip" role="tooltip" style={{ top: tip.top, left: tip.left }}>
            {tip.message}
          </div>
        ) : null}
      </div>
      <p className="tone-cursor small" aria-live="polite">
        {atCaret ? (
          <>
            <strong>{t.toneAtCursor}</strong> {atCaret.message}
          </>
        ) : null}
      </p>
      <p className="tone-summary" id={summaryId} aria-live="polite">
        <Icon name={findings.length === 0 && gaps.length === 0 ? 'check' : 'info'} size={16} /> {summary}
      </p>
      {children}
      {findings.length > 0 ? (
        <section className="tone-notes" aria-label={t.toneListLabel}>
          <h3 className="small">{t.toneHeading}</h3>
          <ol>
            {findings.map((f, i) => (
              <li key={`${f.ruleId}-${f.start}-${f.end}`}>
                <button
                  type="button"
                  className="tone-note"
                  onClick={() => select(f)}
                  onFocus={() => setActive(i)}
                  onBlur={() => setActive(null)}
                  onMouseEnter={() => setActive(i)}
                  onMouseLeave={() => setActive(null)}
                >
                  <Icon name="warning" size={16} />
                  <span>
                    <strong>{ruleLabel.get(f.ruleId) ?? f.category}</strong>
                    {isWholeText(f, value.length) ? null : <q>{value.slice(f.start, f.end)}</q>}
                    <span className="tone-message">{f.message}</span>
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
