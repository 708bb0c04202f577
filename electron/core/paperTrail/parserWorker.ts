// Runs the mail parsers (postal-mime for .eml, msgreader for .msg) on a worker thread with a time
// and memory limit. Both are synchronous code we do not own; a crafted file that made one loop
// would otherwise stall the whole core, and a timer on the main thread cannot interrupt that.
// A worker that overruns is terminated, whatever it is doing. Only plain data comes back.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { UnreadableMessageError, unreadableWords } from './messageErrors';

export const PARSE_TIMEOUT_MS = 10_000;

// CommonJS run with `eval`, so it needs no file of its own in the build; it requires the parsers by
// the absolute paths the core resolved. One worker is kept for the next file (dropping ten messages
// should not start ten workers), and replaced after it is stopped.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const parsers = {
  async eml(bytes, path) {
    const email = await require(path).parse(bytes, { attachmentEncoding: 'arraybuffer' });
    const attachments = email.attachments.map((a) => ({ filename: a.filename, mimeType: a.mimeType, size: a.content.byteLength }));
    return { ...email, attachments };
  },
  async msg(bytes, path) {
    const MsgReader = require(path).default;
    const reader = new MsgReader(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const fields = reader.getFileData();
    const sizes = (fields.attachments || []).map((a) => {
      if (typeof a.contentLength === 'number') return a.contentLength;
      try { return reader.getAttachment(a).content.byteLength; } catch { return 0; }
    });
    return { fields, sizes };
  },
};
parentPort.on('message', async ({ id, kind, path, bytes }) => {
  try {
    parentPort.postMessage({ id, ok: true, value: await parsers[kind](bytes, path) });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: String((error && error.message) || error) });
  }
});
`;

export type ParserKind = 'eml' | 'msg';
export type ParserReply<T> = { ok: true; value: T } | { ok: false; message: string };

interface Pending {
  resolve: (reply: ParserReply<unknown>) => void;
  reject: (error: unknown) => void;
  timer: ReturnType<typeof setTimeout>;
}
interface Running {
  worker: Worker;
  pending: Map<number, Pending>;
}

let running: Running | null = null;
let nextRequest = 0;
let parserPaths: Record<ParserKind, string> | null = null;

function paths(): Record<ParserKind, string> {
  const require = createRequire(import.meta.url);
  parserPaths ??= { eml: require.resolve('postal-mime'), msg: require.resolve('@kenjiuno/msgreader') };
  return parserPaths;
}

function stop(reason: unknown): void {
  const current = running;
  if (current === null) return;
  running = null;
  for (const p of current.pending.values()) {
    clearTimeout(p.timer);
    p.reject(reason);
  }
  current.pending.clear();
  void current.worker.terminate();
}

function start(): Running {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
  });
  const state: Running = { worker, pending: new Map() };
  worker.on('message', (reply: ParserReply<unknown> & { id: number }) => {
    const p = state.pending.get(reply.id);
    if (p === undefined) return;
    state.pending.delete(reply.id);
    clearTimeout(p.timer);
    p.resolve(reply);
  });
  const gone = (error: unknown) => {
    if (running === state) stop(error);
  };
  worker.on('error', gone); // includes running out of its memory limit
  worker.on('exit', () => gone(new Error('The parser worker stopped without an answer.')));
  worker.unref(); // after the listeners (adding one refs it again): an idle worker keeps nothing alive
  return state;
}

/** Parses on the worker; rejects with an UnreadableMessageError when it takes longer than the limit. */
export function runParser<T>(kind: ParserKind, bytes: Uint8Array, timeoutMs = PARSE_TIMEOUT_MS): Promise<ParserReply<T>> {
  const path = paths()[kind];
  running ??= start();
  const { worker, pending } = running;
  const id = ++nextRequest;
  return new Promise<ParserReply<unknown>>((resolve, reject) => {
    const timer = setTimeout(() => stop(new UnreadableMessageError(unreadableWords.tooSlow)), timeoutMs);
    pending.set(id, { resolve, reject, timer });
    worker.postMessage({ id, kind, path, bytes });
  }) as Promise<ParserReply<T>>;
}
