// Handlers that capture the paper trail from files: dropped .eml/.msg messages become entries with
// their original kept byte for byte; screenshots, PDFs and other files are kept as evidence. Every
// file is stored in the attachment store (durably) before the entry that names it is written, so an
// acknowledged entry always has its files on disk, and a crash in between leaves at most a file no
// entry names yet (harmless, and found again by its hash if the VA drops it once more).
import { basename } from 'node:path';
import { ApiError } from '../../../shared/envelope';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT } from '../../../shared/model/common';
import type { PaperTrailAttachment, PaperTrailEntry, PaperTrailEntryInput } from '../../../shared/model/paperTrail';
import { type CapturedFile, type CaptureOutcome, CAPTURE_FILE_LIMIT_BYTES, tooLargeMessage } from '../../../shared/operations/paperTrail';
import type { FoundationServices } from '../context';
import { reads, type SubjectOperations, writes } from '../operations';
import type { FsPort } from '../fs/fsPort';
import type { DialogPort } from '../backups/handlers';
import type { ServiceContext } from '../context';
import { notFound } from '../context';
import type { CapturedMaterial } from './service';
import { writeFileDurably } from '../storage/durableWrite';
import { AttachmentError, type AttachmentStore, sha256Of } from './attachmentStore';
import { captureKind, extensionOf, safeFileName, SHOWABLE_IMAGE_TYPES, sniffEvidenceType } from './fileKinds';
import type { MessageAddress, ParsedMessage } from './messageTypes';
import { isUnreadableMessage, parseMessageFile } from './parseMessageFile';

type CaptureOperations = Pick<SubjectOperations<'paperTrail'>, 'captureFiles' | 'attachFiles' | 'attachment' | 'saveAttachmentAs'>;

const MESSAGE_MIME = { eml: 'message/rfc822', msg: 'application/vnd.ms-outlook' } as const;
const CONTINUED = '\n\n… (The message goes on. All of it is in the original file kept with this entry.)';

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const clipAddress = (a: MessageAddress): MessageAddress => ({
  name: a.name === null ? null : clip(a.name, 500),
  address: a.address === null ? null : clip(a.address, 500),
});

/** Decodes one file's base64 (its length was checked by the contract) and checks the size it decodes to. */
function decode(file: CapturedFile): Uint8Array {
  const bytes = Buffer.from(file.bytesBase64, 'base64');
  if (bytes.byteLength > CAPTURE_FILE_LIMIT_BYTES) throw new ApiError('invalid_input', tooLargeMessage(safeFileName(file.name), bytes.byteLength));
  if (bytes.byteLength === 0) throw new ApiError('invalid_input', `“${safeFileName(file.name)}” is empty, so there is nothing to keep.`);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function attachmentProblem(error: unknown): never {
  if (error instanceof AttachmentError) {
    throw new ApiError(
      error.code === 'attachment_missing' || error.code === 'attachment_invalid_id'
        ? 'not_found'
        : error.code === 'attachment_damaged'
          ? 'storage_failed'
          : 'invalid_input',
      error.message,
    );
  }
  throw error;
}

/** The words of a captured message: its body as written, or the subject when it has none. */
function messageWords(parsed: ParsedMessage): string {
  const body = parsed.text.trim() === '' ? (parsed.subject === '' ? '(This message has no text.)' : parsed.subject) : parsed.text;
  return body.length <= MAX_LONG_TEXT ? body : body.slice(0, MAX_LONG_TEXT - CONTINUED.length) + CONTINUED;
}

export interface CaptureDeps {
  store: AttachmentStore;
  fs: FsPort;
  dialogs: DialogPort;
}

/** The paper trail's capture operations, declared; `paperTrailHandlers` adds them to the subject's map. */
export function captureOperations(ctx: ServiceContext, services: FoundationServices, deps: CaptureDeps): CaptureOperations {
  const { store } = deps;
  const clientEntries = (clientId: string) => ctx.db.data.paperTrail.filter((e) => e.clientId === clientId && e.trashedAt === null);
  const holds = (e: PaperTrailEntry, sha: string) => e.original?.sha256 === sha || (e.attachments ?? []).some((a) => a.sha256 === sha);
  const entryTitle = (e: PaperTrailEntry) => e.message?.subject || e.sourceRef || e.attachments?.[0]?.fileName || 'an earlier entry';
  const ownAddress = () => services.settings.get().profile.email.trim().toLowerCase();

  async function put(bytes: Uint8Array, fileName: string, mimeType: string): Promise<PaperTrailAttachment> {
    const stored = await store.putAttachment(bytes).catch(attachmentProblem);
    return { sha256: stored.sha256, fileName, mimeType, size: stored.size };
  }

  async function captureOne(clientId: string, briefId: string | null, file: CapturedFile): Promise<CaptureOutcome> {
    let bytes: Uint8Array;
    try {
      bytes = decode(file);
    } catch (error) {
      if (error instanceof ApiError) return { fileName: safeFileName(file.name), unreadable: error.message };
      throw error;
    }
    // Pinned from before it is stored until its entry is written, so a purge of the trash cannot take it between.
    const release = store.pin(sha256Of(bytes));
    try {
      return await captureBytes(clientId, briefId, safeFileName(file.name), bytes);
    } finally {
      release();
    }
  }

  async function captureBytes(clientId: string, briefId: string | null, fileName: string, bytes: Uint8Array): Promise<CaptureOutcome> {
    const sha = sha256Of(bytes);
    const same = clientEntries(clientId).find((e) => holds(e, sha));
    if (same !== undefined) return { fileName, duplicate: same.id, subject: entryTitle(same) };
    const kind = captureKind(bytes, fileName);

    if (kind.kind === 'evidence') {
      const attachment = await put(bytes, fileName, kind.mimeType);
      const fields: PaperTrailEntryInput = {
        receivedAt: ctx.now().toISOString(),
        channel: 'other',
        words: `${kind.mimeType.startsWith('image/') ? 'Screenshot' : 'File'}: ${fileName}`,
        sourceRef: clip(fileName, MAX_SHORT_TEXT),
        confirmedInWriting: false,
        direction: 'received',
      };
      const entry = await services.paperTrail.addCaptured({ clientId, briefId, fields, material: { attachments: [attachment], timeUnknown: true } });
      return { fileName, entry };
    }

    let parsed: ParsedMessage;
    try {
      parsed = await parseMessageFile(bytes, fileName);
    } catch (error) {
      if (isUnreadableMessage(error)) return { fileName, unreadable: `“${fileName}” could not be read as an email. ${error.message}` };
      throw error;
    }
    if (parsed.messageId !== null) {
      const sameMessage = clientEntries(clientId).find((e) => e.message?.messageId === parsed.messageId);
      if (sameMessage !== undefined) return { fileName, duplicate: sameMessage.id, subject: entryTitle(sameMessage) };
    }
    // The original first, durably; only then the entry that names it.
    const original = { ...(await put(bytes, fileName, MESSAGE_MIME[kind.format])), kind: kind.format };
    const own = ownAddress();
    const fromAddress = parsed.from?.address?.trim().toLowerCase() ?? '';
    const material: CapturedMaterial = {
      original,
      message: {
        from: parsed.from === null ? null : clipAddress(parsed.from),
        to: parsed.to.slice(0, 500).map(clipAddress),
        subject: clip(parsed.subject, 2_000),
        sentAt: parsed.sentAt,
        messageId: parsed.messageId === null ? null : clip(parsed.messageId, 1_000),
      },
      ...(parsed.sentAt === null ? { timeUnknown: true } : {}),
    };
    const fields: PaperTrailEntryInput = {
      receivedAt: parsed.sentAt ?? ctx.now().toISOString(),
      channel: 'email',
      words: messageWords(parsed),
      sourceRef: clip(parsed.subject === '' ? '(no subject)' : parsed.subject, MAX_SHORT_TEXT),
      confirmedInWriting: false,
      direction: own !== '' && fromAddress === own ? 'sent' : 'received',
    };
    const entry = await services.paperTrail.addCaptured({ clientId, briefId, fields, material });
    return { fileName, entry };
  }

  /** A kept file is only ever read when an entry (live or in the trash) names it. */
  function checkKnown(sha: string): void {
    if (!ctx.db.data.paperTrail.some((e) => holds(e, sha))) throw notFound('file');
  }

  return {
    captureFiles: writes(['briefs'], async ({ clientId, briefId, files }) => {
      services.clients.find(clientId);
      if (briefId !== null && services.briefs.find(briefId).clientId !== clientId) {
        throw new ApiError('invalid_input', 'That brief belongs to another client.', { fields: { briefId: 'Choose one of this client’s briefs.' } });
      }
      const outcomes: CaptureOutcome[] = [];
      // One at a time, so a message dropped twice in one go is caught by the first one's entry.
      for (const file of files) outcomes.push(await captureOne(clientId, briefId, file));
      return outcomes;
    }),
    attachFiles: writes(['briefs'], async ({ entryId, files }) => {
      const entry = ctx.db.data.paperTrail.find((e) => e.id === entryId && e.trashedAt === null);
      if (entry === undefined) throw notFound('paper-trail entry');
      // Every file is checked before any is stored, so one bad file changes nothing.
      const decoded = files.map((file) => ({ fileName: safeFileName(file.name), bytes: decode(file) }));
      const releases = decoded.map(({ bytes }) => store.pin(sha256Of(bytes)));
      try {
        const kept: PaperTrailAttachment[] = [];
        for (const { fileName, bytes } of decoded) kept.push(await put(bytes, fileName, sniffEvidenceType(bytes) ?? 'application/octet-stream'));
        return await services.paperTrail.attach(entryId, kept);
      } finally {
        for (const release of releases) release();
      }
    }),
    attachment: reads(async ({ sha256 }) => {
      checkKnown(sha256);
      const bytes = await store.readAttachment(sha256).catch(attachmentProblem);
      // The type comes from the bytes, never from a stored name, so only real images and PDFs are shown.
      const mimeType = sniffEvidenceType(bytes);
      if (mimeType === null || !(mimeType === 'application/pdf' || (SHOWABLE_IMAGE_TYPES as readonly string[]).includes(mimeType))) {
        throw new ApiError('invalid_input', 'This kind of file cannot be shown here. Use “Save a copy…” to open it in another app.');
      }
      return { dataUrl: `data:${mimeType};base64,${Buffer.from(bytes).toString('base64')}`, mimeType };
    }),
    saveAttachmentAs: reads(async ({ sha256, fileName }) => {
      checkKnown(sha256);
      const bytes = await store.readAttachment(sha256).catch(attachmentProblem);
      const name = safeFileName(fileName);
      const extension = extensionOf(name);
      const path = await deps.dialogs.chooseSavePath({ title: 'Save a copy', defaultName: name, extensions: [extension === '' ? '*' : extension] });
      if (path === null) return null;
      await writeFileDurably(deps.fs, path, bytes);
      return { fileName: basename(path) };
    }),
  };
}

/**
 * A stored screenshot as an image data URL, for a document that shows it (the client summary); null when the
 * file is missing, damaged or not an image, so the document is still made and the gap is reported by the caller.
 */
export async function screenshotDataUrl(store: AttachmentStore, sha256: string): Promise<string | null> {
  const bytes = await store.readAttachment(sha256).catch(() => null);
  if (bytes === null) return null;
  const mimeType = sniffEvidenceType(bytes);
  if (mimeType === null || !(SHOWABLE_IMAGE_TYPES as readonly string[]).includes(mimeType)) return null;
  return `data:${mimeType};base64,${Buffer.from(bytes).toString('base64')}`;
}
