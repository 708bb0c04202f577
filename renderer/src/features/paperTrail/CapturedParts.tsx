// What capture adds to an entry on screen: the message's header facts, the kept original, evidence
// as thumbnails (images, shown from data URLs under the CSP) or file chips with "Save a copy…", and
// a way to add more (file chooser, or paste a screenshot). Files are never opened or run here.
import { useRef, useState } from 'react';
import { formatDateTime } from '../../../../shared/domain/dateDisplay';
import type { PaperTrailAttachment, PaperTrailEntry } from '../../../../shared/model/paperTrail';
import { api, errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { paperTrailKeys } from '../../api/queryKeys';
import { CloseDialog } from '../../ui/Dialog';
import { useToasts } from '../../ui/Toasts';
import { readFile } from './readFiles';
import { captureText as t } from './text';

const SHOWN_IMAGES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const person = (a: { name: string | null; address: string | null } | null) =>
  a === null ? '' : a.name && a.address ? `${a.name} <${a.address}>` : (a.name ?? a.address ?? '');

export function MessageFacts({ entry }: { entry: PaperTrailEntry }) {
  const m = entry.message;
  if (m === undefined) return null;
  return (
    <dl className="message-facts small">
      <dt>{t.subject}</dt>
      <dd className="message-subject">{m.subject || t.noSubject}</dd>
      {m.from !== null ? (
        <>
          <dt>{t.from}</dt>
          <dd>{person(m.from)}</dd>
        </>
      ) : null}
      {m.to.length > 0 ? (
        <>
          <dt>{t.to}</dt>
          <dd>{m.to.map(person).join(', ')}</dd>
        </>
      ) : null}
      <dt>{t.sent}</dt>
      <dd>{m.sentAt !== null ? <time dateTime={m.sentAt}>{formatDateTime(m.sentAt)}</time> : t.noDate}</dd>
    </dl>
  );
}

export function EntryFiles({ entry }: { entry: PaperTrailEntry }) {
  const files = entry.attachments ?? [];
  const [viewing, setViewing] = useState<PaperTrailAttachment | null>(null);
  if (files.length === 0 && entry.original === undefined) return null;
  return (
    <div className="entry-files">
      {entry.original !== undefined ? <FileChip file={entry.original} label={t.original(entry.original.kind)} /> : null}
      {files.map((f) =>
        SHOWN_IMAGES.includes(f.mimeType) ? <Thumbnail key={f.sha256} file={f} onOpen={() => setViewing(f)} /> : <FileChip key={f.sha256} file={f} />,
      )}
      <CloseDialog title={viewing === null ? '' : t.imageTitle(viewing.fileName)} open={viewing !== null} onClose={() => setViewing(null)}>
        {viewing !== null ? <LargeImage file={viewing} /> : null}
      </CloseDialog>
    </div>
  );
}

function useDataUrl(sha256: string) {
  return useApiQuery(paperTrailKeys.attachment(sha256), () => api.paperTrail.attachment({ sha256 }));
}

function Thumbnail({ file, onOpen }: { file: PaperTrailAttachment; onOpen: () => void }) {
  const image = useDataUrl(file.sha256);
  if (image.error !== null) return <FileChip file={file} problem={image.error} />;
  return (
    <button type="button" className="thumbnail" onClick={onOpen} aria-label={t.openImage(file.fileName)}>
      {image.data ? <img src={image.data.dataUrl} alt="" /> : null}
    </button>
  );
}

function LargeImage({ file }: { file: PaperTrailAttachment }) {
  const image = useDataUrl(file.sha256);
  if (image.error !== null) return <p role="alert">{image.error}</p>;
  return image.data ? <img className="large-image" src={image.data.dataUrl} alt={file.fileName} /> : null;
}

function FileChip({ file, label, problem }: { file: PaperTrailAttachment; label?: string; problem?: string }) {
  const toasts = useToasts();
  const save = async () => {
    try {
      const saved = await api.paperTrail.saveAttachmentAs({ sha256: file.sha256, fileName: file.fileName });
      if (saved !== null) toasts.show(t.saved(saved.fileName));
    } catch (error) {
      toasts.show(errorMessage(error));
    }
  };
  return (
    <span className="file-chip small">
      <span>
        {label ? `${label}: ` : ''}
        {file.fileName} · {formatSize(file.size)}
        {problem ? <span className="file-problem"> · {problem}</span> : null}
      </span>
      <button type="button" className="btn link small" onClick={() => void save()} aria-label={`${t.saveCopy} ${file.fileName}`}>
        {t.saveCopy}
      </button>
    </span>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Adds screenshots or files to an entry: the file chooser, or a pasted image while the button has focus. */
export function AttachToEntry({ entryId }: { entryId: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const toasts = useToasts();
  const attach = async (files: File[]) => {
    if (files.length === 0) return;
    setProblem(null);
    const read = await Promise.all(files.map(readFile));
    const refused = read.find((r) => !r.ok);
    if (refused !== undefined && !refused.ok) {
      setProblem(refused.message);
      return;
    }
    try {
      await api.paperTrail.attachFiles({ entryId, files: read.flatMap((r) => (r.ok ? [r.file] : [])) });
      toasts.show(t.attached(files.length));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <span
      className="attach-to-entry"
      onPaste={(event) => {
        const images = Array.from(event.clipboardData.files).filter((f) => f.type.startsWith('image/'));
        if (images.length === 0) return;
        event.preventDefault();
        void attach(images);
      }}
    >
      <button type="button" className="btn link small" onClick={() => input.current?.click()} title={t.attachHint}>
        {t.attach}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label={t.attach}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          void attach(files);
        }}
      />
      {problem !== null ? (
        <span role="alert" className="small file-problem">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
