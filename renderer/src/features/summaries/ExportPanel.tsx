// Print, PDF, HTML and the two copies, with a quiet line saying what happened, and the list of what has been
// sent or saved (files by name, never by folder) with dates.
import { useState } from 'react';
import type { SummaryExport } from '../../../../shared/model/summary';
import { errorMessage } from '../../api/client';
import { shortcutText } from '../../app/shortcuts';
import { Icon } from '../../ui/Icon';
import { usePrintCommand } from './printCommand';
import { text, whenText } from './text';

export type ExportAction = 'print' | 'pdf' | 'html' | 'email-text' | 'markdown';

interface Props {
  /** Runs the action and returns what to tell the VA. */
  run: (action: ExportAction) => Promise<string>;
  missingCount: number;
}

const BUTTONS: { action: ExportAction; label: string; primary?: boolean }[] = [
  { action: 'pdf', label: text.exportPdf, primary: true },
  { action: 'print', label: text.print },
  { action: 'html', label: text.saveHtml },
  { action: 'email-text', label: text.copyEmail },
  { action: 'markdown', label: text.copyMarkdown },
];

export function ExportActions({ run, missingCount }: Props) {
  const [busy, setBusy] = useState<ExportAction | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const click = (action: ExportAction) => {
    if (busy !== null) return;
    setBusy(action);
    setMessage(null);
    run(action)
      .then(
        (said) => setMessage({ kind: 'ok', text: said }),
        (error: unknown) => setMessage({ kind: 'error', text: errorMessage(error) }),
      )
      .finally(() => setBusy(null));
  };

  // Ctrl/Cmd+P (or the menu's Print summary…) does what the Print button does.
  usePrintCommand(() => click('print'));

  return (
    <section className="section" aria-labelledby="summary-actions-heading">
      <h2 id="summary-actions-heading">{text.actionsHeading}</h2>
      <p className={`small summary-readiness${missingCount > 0 ? ' has-gaps' : ''}`}>
        <Icon name={missingCount > 0 ? 'warning' : 'check'} size={16} /> {missingCount > 0 ? text.missing(missingCount) : text.complete}
      </p>
      <div className="actions">
        {BUTTONS.map((b) => (
          <button
            key={b.action}
            type="button"
            className={`btn${b.primary ? ' primary' : ''}`}
            disabled={busy !== null}
            onClick={() => click(b.action)}
            title={b.action === 'print' ? `${b.label.replace('…', '')} (${shortcutText('print')})` : undefined}
          >
            {busy === b.action ? text.working : b.label}
          </button>
        ))}
      </div>
      <p className={`small summary-outcome${message?.kind === 'error' ? ' error-text' : ''}`} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>
    </section>
  );
}

export function ExportList({ exports }: { exports: readonly SummaryExport[] }) {
  const newestFirst = [...exports].reverse();
  return (
    <section className="section" aria-labelledby="summary-exports-heading">
      <h2 id="summary-exports-heading">{text.exportsHeading}</h2>
      {newestFirst.length === 0 ? (
        <p className="muted small">{text.exportsEmpty}</p>
      ) : (
        <ul className="summary-exports">
          {newestFirst.map((e) => (
            <li key={e.id}>
              <span className="summary-export-kind">{text.exportKinds[e.kind]}</span>
              {e.fileName ? <span className="summary-export-file">{e.fileName}</span> : null}
              <time dateTime={e.at} className="muted small">
                {whenText(e.at)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
