// Screenshots from the client's paper trail that the VA may add to the summary. None is included unless the
// VA ticks it: evidence is theirs to share. The preview shows the chosen ones from data URLs (never files).
import { useEffect, useState } from 'react';
import { formatDateTime } from '../../../../shared/domain/dateDisplay';
import type { SummaryEvidence } from '../../../../shared/domain/summary/build';
import type { AttachableScreenshot } from '../../../../shared/operations/summaries';
import { api } from '../../api/client';
import { text } from './text';

interface Props {
  attachable: readonly AttachableScreenshot[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

export function ScreenshotChoice({ attachable, chosen, onChange }: Props) {
  if (attachable.length === 0) return null;
  const toggle = (sha256: string, on: boolean) =>
    onChange(on ? attachable.filter((f) => f.sha256 === sha256 || chosen.includes(f.sha256)).map((f) => f.sha256) : chosen.filter((s) => s !== sha256));
  return (
    <fieldset className="section summary-screenshots">
      <legend>{text.screenshotsHeading}</legend>
      <p className="hint">{text.screenshotsHint}</p>
      {attachable.map((file) => (
        <label className="checkbox" key={file.sha256}>
          <input type="checkbox" checked={chosen.includes(file.sha256)} onChange={(e) => toggle(file.sha256, e.target.checked)} />
          <span>
            {file.fileName} <span className="muted small">({formatDateTime(file.entryAt)})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** The chosen screenshots as data URLs for the preview, read through the paper trail's own operation. */
export function useChosenScreenshots(attachable: readonly AttachableScreenshot[], chosen: readonly string[]): SummaryEvidence[] {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, string>>(new Map());
  const key = chosen.join(',');
  useEffect(() => {
    let live = true;
    const missing = chosen.filter((sha256) => !loaded.has(sha256));
    if (missing.length === 0) return;
    void Promise.all(
      missing.map((sha256) =>
        api.paperTrail.attachment({ sha256 }).then(
          (r) => [sha256, r.dataUrl] as const,
          () => null,
        ),
      ),
    ).then((pairs) => {
      if (!live) return;
      setLoaded((before) => new Map([...before, ...pairs.filter((p): p is readonly [string, string] => p !== null)]));
    });
    return () => {
      live = false;
    };
    // `key` stands for `chosen`; `loaded` only grows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return chosen.flatMap((sha256) => {
    const dataUrl = loaded.get(sha256);
    const file = attachable.find((f) => f.sha256 === sha256);
    return dataUrl !== undefined && file !== undefined ? [{ fileName: file.fileName, dataUrl }] : [];
  });
}
