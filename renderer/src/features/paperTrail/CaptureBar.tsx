// Where files come into the paper trail: a drop zone for emails, screenshots and files, a button with
// the system's file chooser, and "Paste a message". Each file is sent on its own, so one large file
// never holds up the rest, and what became of each is said in words.
import { type DragEvent, useRef, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { filesOf, readFile } from './readFiles';
import { captureText as t } from './text';

export interface CaptureReport {
  added: number;
  problems: string[];
}

/** Sends the files one at a time and says what became of them. */
export async function captureAll(clientId: string, briefId: string | null, files: File[]): Promise<CaptureReport> {
  const report: CaptureReport = { added: 0, problems: [] };
  for (const file of files) {
    try {
      const read = await readFile(file);
      if (!read.ok) {
        report.problems.push(read.message);
        continue;
      }
      const [outcome] = await api.paperTrail.captureFiles({ clientId, briefId, files: [read.file] });
      if (outcome === undefined) continue;
      if ('entry' in outcome) report.added += 1;
      else if ('duplicate' in outcome) report.problems.push(t.duplicate(outcome.subject));
      else report.problems.push(outcome.unreadable);
    } catch (error) {
      report.problems.push(error instanceof Error && error.message !== '' ? errorMessage(error) : t.notAdded(file.name));
    }
  }
  return report;
}

export function CaptureBar({ clientId, briefId, onPaste }: { clientId: string; briefId: string | null; onPaste: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState<number | null>(null);
  const [report, setReport] = useState<CaptureReport | null>(null);

  const take = async (files: File[]) => {
    if (files.length === 0) return;
    setReport(null);
    setBusy(files.length);
    try {
      setReport(await captureAll(clientId, briefId, files));
    } finally {
      setBusy(null);
    }
  };
  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void take(filesOf(event.dataTransfer));
  };

  return (
    <div className="capture">
      <div
        className={`drop-zone${over ? ' over' : ''}`}
        data-testid="paper-trail-drop"
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span className="muted">{over ? t.dropActive : t.dropHint}</span>
        <div className="actions">
          <button type="button" className="btn" onClick={() => input.current?.click()} disabled={busy !== null}>
            {t.addFiles}
          </button>
          <button type="button" className="btn" onClick={onPaste}>
            {t.paste}
          </button>
        </div>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label={t.fileInputLabel}
          data-testid="paper-trail-files"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            void take(files);
          }}
        />
      </div>
      <div role="status" className="small capture-status">
        {busy !== null ? t.reading(busy) : report !== null && report.added > 0 ? t.added(report.added) : ''}
      </div>
      {report !== null && report.problems.length > 0 ? (
        <div className="notice-inline warning" role="alert">
          <ul className="plain-list">
            {report.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
