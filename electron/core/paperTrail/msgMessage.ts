// Reads an Outlook .msg message with @kenjiuno/msgreader. The container is checked first
// (compoundFile.ts), then the reader runs on a worker thread with a time and memory limit: it is
// synchronous code we do not own, and a crafted file could still make it loop, so the worker is
// stopped rather than the core. Only plain data comes back from the worker.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { FieldsData } from '@kenjiuno/msgreader';
import { checkCompoundFile, isDamagedCompoundFile } from './compoundFile';
import { htmlToText } from './htmlToText';
import { parseMailDate } from './mailDate';
import { UnreadableMessageError, unreadableWords } from './messageErrors';
import { cleanBody, cleanMessageId, cleanSubject, messageAddress, type MessageAddress, type ParsedMessage } from './messageTypes';

export const MSG_READ_TIMEOUT_MS = 10_000;

// CommonJS run with `eval`, so it needs no file of its own in the build; it requires the reader by
// the absolute path the core resolved. One worker is kept for the next file (dropping ten messages
// should not start ten), and replaced when it is stopped.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
let MsgReader = null;
parentPort.on('message', ({ id, readerPath, bytes }) => {
  try {
    MsgReader = MsgReader || require(readerPath).default;
    const reader = new MsgReader(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const fields = reader.getFileData();
    const sizes = (fields.attachments || []).map((a) => {
      if (typeof a.contentLength === 'number') return a.contentLength;
      try { return reader.getAttachment(a).content.byteLength; } catch { return 0; }
    });
    parentPort.postMessage({ id, ok: true, fields, sizes });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: String((error && error.message) || error) });
  }
});
`;

type WorkerReply = { ok: true; fields: FieldsData; sizes: number[] } | { ok: false; message: string };
interface Pending {
  resolve: (reply: WorkerReply) => void;
  reject: (error: unknown) => void;
  timer: ReturnType<typeof setTimeout>;
}

let readerWorker: { worker: Worker; pending: Map<number, Pending> } | null = null;
let nextRequest = 0;

function stopReaderWorker(reason: unknown): void {
  const current = readerWorker;
  if (current === null) return;
  readerWorker = null;
  for (const p of current.pending.values()) {
    clearTimeout(p.timer);
    p.reject(reason);
  }
  current.pending.clear();
  void current.worker.terminate();
}

function startReaderWorker(): { worker: Worker; pending: Map<number, Pending> } {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 },
  });
  const state = { worker, pending: new Map<number, Pending>() };
  worker.on('message', (reply: WorkerReply & { id: number }) => {
    const p = state.pending.get(reply.id);
    if (p === undefined) return;
    state.pending.delete(reply.id);
    clearTimeout(p.timer);
    p.resolve(reply);
  });
  const gone = (error: unknown) => {
    if (readerWorker === state) stopReaderWorker(error);
  };
  worker.on('error', gone); // includes running out of its memory limit
  worker.on('exit', () => gone(new Error('The .msg reader stopped without an answer.')));
  worker.unref(); // after the listeners (adding one refs it again): an idle reader keeps nothing alive
  return state;
}

function runReader(bytes: Uint8Array, timeoutMs: number): Promise<WorkerReply> {
  const readerPath = createRequire(import.meta.url).resolve('@kenjiuno/msgreader');
  readerWorker ??= startReaderWorker();
  const { worker, pending } = readerWorker;
  const id = ++nextRequest;
  return new Promise((resolve, reject) => {
    // A reader that is still busy after the limit is stopped, whatever it is doing.
    const timer = setTimeout(() => stopReaderWorker(new UnreadableMessageError(unreadableWords.tooSlow)), timeoutMs);
    pending.set(id, { resolve, reject, timer });
    worker.postMessage({ id, readerPath, bytes });
  });
}

const MIME_BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.htm': 'text/html',
  '.html': 'text/html',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.zip': 'application/zip',
  '.eml': 'message/rfc822',
  '.msg': 'application/vnd.ms-outlook',
};

function extensionOf(name: string | null): string {
  const dot = name?.lastIndexOf('.') ?? -1;
  return dot < 0 ? '' : name!.slice(dot).toLowerCase();
}

/** An SMTP address, never an Exchange directory path such as "/O=EXCHANGELABS/…". */
function smtp(...candidates: (string | undefined)[]): string | null {
  for (const c of candidates) if (typeof c === 'string' && c.includes('@') && !c.startsWith('/')) return c.trim();
  return null;
}

function headerValue(headers: string | undefined, name: string): string | undefined {
  if (typeof headers !== 'string') return undefined;
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

function htmlBody(fields: FieldsData): string {
  if (typeof fields.bodyHtml === 'string' && fields.bodyHtml.trim() !== '') return htmlToText(fields.bodyHtml);
  if (fields.html instanceof Uint8Array && fields.html.byteLength > 0) {
    let charset = 'utf-8';
    if (fields.internetCodepage === 1252) charset = 'windows-1252';
    else if (fields.internetCodepage === 28591) charset = 'iso-8859-1';
    return htmlToText(new TextDecoder(charset).decode(fields.html));
  }
  return '';
}

function toParsed(fields: FieldsData, sizes: number[]): ParsedMessage {
  const to: MessageAddress[] = [];
  for (const r of fields.recipients ?? []) {
    if (r.recipType !== undefined && r.recipType !== 'to') continue;
    const clean = messageAddress(r.name, smtp(r.smtpAddress, r.email));
    if (clean !== null) to.push(clean);
  }
  const text = typeof fields.body === 'string' && fields.body.trim() !== '' ? fields.body : htmlBody(fields);
  return {
    from: messageAddress(fields.senderName, smtp(fields.senderSmtpAddress, fields.senderEmail, fields.sentRepresentingSmtpAddress)),
    to,
    // PT_SYSTIME values arrive as "Mon, 15 Feb 2021 08:19:04 GMT"; an unset one (year 1601) reads as null.
    sentAt: parseMailDate(headerValue(fields.headers, 'Date')) ?? parseMailDate(fields.clientSubmitTime) ?? parseMailDate(fields.messageDeliveryTime),
    subject: cleanSubject(fields.subject),
    text: cleanBody(text),
    messageId: cleanMessageId(fields.messageId ?? headerValue(fields.headers, 'Message-ID')),
    attachments: (fields.attachments ?? []).map((a, i) => {
      const fileName = (a.innerMsgContent ? (a.name ? `${a.name}.msg` : null) : a.fileName || a.fileNameShort || a.name) ?? null;
      const byExtension = MIME_BY_EXTENSION[a.innerMsgContent ? '.msg' : extensionOf(a.extension ?? fileName)];
      return { fileName: fileName?.trim() || null, mimeType: a.attachMimeTag?.trim().toLowerCase() || byExtension || 'application/octet-stream', size: sizes[i] ?? 0 };
    }),
  };
}

export async function readMsg(bytes: Uint8Array, timeoutMs = MSG_READ_TIMEOUT_MS): Promise<ParsedMessage> {
  let rootNames: string[];
  try {
    rootNames = checkCompoundFile(bytes).rootNames;
  } catch (error) {
    if (isDamagedCompoundFile(error)) throw new UnreadableMessageError(unreadableWords.damagedOutlook(error.message), { cause: error });
    throw error;
  }
  // A Word 97 document or an Excel sheet is the same kind of container, without a message's properties.
  if (!rootNames.some((n) => n === '__properties_version1.0' || n.startsWith('__substg1.0_'))) {
    throw new UnreadableMessageError(unreadableWords.notOutlookMessage);
  }
  const reply = await runReader(bytes, timeoutMs);
  if (!reply.ok) throw new UnreadableMessageError(unreadableWords.damagedOutlook('its contents do not make sense'), { cause: new Error(reply.message) });
  if (reply.fields.dataType !== 'msg') throw new UnreadableMessageError(unreadableWords.notOutlookMessage);
  return toParsed(reply.fields, reply.sizes);
}
