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
// One file at a time, in order; "started" lets the core time each file on its own, not its wait.
let queue = Promise.resolve();
parentPort.on('message', (request) => {
  queue = queue.then(() => handle(request));
});
async function handle({ id, kind, path, bytes }) {
  parentPort.postMessage({ id, started: true });
  try {
    parentPort.postMessage({ id, ok: true, value: await parsers[kind](bytes, path) });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: String((error && error.message) || error) });
  }
}
`;

export type ParserKind = 'eml' | 'msg';
export type ParserReply<T> = { ok: true; value: T } | { ok: false; message: string };

interface Request {
  id: number;
  kind: ParserKind;
  bytes: Uint8Array;
  timeoutMs: number;
  /** How many workers this file has been sent to (a worker can be lost to another file). */
  sends: number;
  resolve: (reply: ParserReply<unknown>) => void;
  reject: (error: unknown) => void;
  timer?: ReturnType<typeof setTimeout>;
}
interface Running {
  worker: Worker;
  pending: Map<number, Request>;
  retired: boolean;
}
type WorkerMessage = { id: number; started: true } | (ParserReply<unknown> & { id: number; started?: undefined });

let running: Running | null = null;
let nextRequest = 0;
let parserPaths: Record<ParserKind, string> | null = null;

function paths(): Record<ParserKind, string> {
  const require = createRequire(import.meta.url);
  parserPaths ??= { eml: require.resolve('postal-mime'), msg: require.resolve('@kenjiuno/msgreader') };
  return parserPaths;
}

/**
 * Stops a worker because of `culprit` (the file it was reading when it overran, crashed or ran out of
 * memory): that file is refused with `reason`; files queued behind it go to a fresh worker.
 */
function retire(state: Running, culprit: Request | undefined, reason: unknown): void {
  if (state.retired) return;
  state.retired = true;
  if (running === state) running = null;
  void state.worker.terminate();
  for (const request of state.pending.values()) {
    clearTimeout(request.timer);
    if (request === culprit || request.sends >= 2) request.reject(reason);
    else send(request);
  }
  state.pending.clear();
}

function start(): Running {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
  });
  const state: Running = { worker, pending: new Map(), retired: false };
  worker.on('message', (message: WorkerMessage) => {
    const request = state.pending.get(message.id);
    if (request === undefined) return;
    if (message.started) {
      request.timer = setTimeout(() => retire(state, request, new UnreadableMessageError(unreadableWords.tooSlow)), request.timeoutMs);
      return;
    }
    state.pending.delete(message.id);
    clearTimeout(request.timer);
    request.resolve(message);
  });
  // The file being read is the one with a timer; a crash before any file started fails them all.
  const current = () => [...state.pending.values()].find((r) => r.timer !== undefined);
  worker.on('error', (error) => retire(state, current(), error)); // includes running out of its memory limit
  worker.on('exit', () => retire(state, current(), new Error('The parser worker stopped without an answer.')));
  worker.unref(); // after the listeners (adding one refs it again): an idle worker keeps nothing alive
  return state;
}

function send(request: Request): void {
  running ??= start();
  request.sends++;
  request.timer = undefined;
  running.pending.set(request.id, request);
  running.worker.postMessage({ id: request.id, kind: request.kind, path: paths()[request.kind], bytes: request.bytes });
}

/**
 * Parses on the worker. A file that takes longer than `timeoutMs` once the worker has started on it
 * is refused with an UnreadableMessageError; files waiting behind it are read by a fresh worker.
 */
export function runParser<T>(kind: ParserKind, bytes: Uint8Array, timeoutMs = PARSE_TIMEOUT_MS): Promise<ParserReply<T>> {
  return new Promise<ParserReply<unknown>>((resolve, reject) => {
    send({ id: ++nextRequest, kind, bytes, timeoutMs, sends: 0, resolve, reject });
  }) as Promise<ParserReply<T>>;
}
