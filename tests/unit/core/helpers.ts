// Test helpers for electron/core: a real core in a fresh temporary data folder, a fake clock,
// scripted file dialogs and a recording file-system port. Never a mock of the database.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { onTestFinished } from 'vitest';
import type { InputOf, OperationName, ResultOf } from '../../../shared/contract';
import type { ApiErrorBody } from '../../../shared/envelope';
import { emptyBriefFields, type BriefFields } from '../../../shared/model/brief';
import { defaultClientFields, type ClientFields } from '../../../shared/model/client';
import type { PaperTrailEntryFields } from '../../../shared/model/paperTrail';
import { type Core, createCore } from '../../../electron/core/createCore';
import { type FsPort, nodeFs } from '../../../electron/core/fs/fsPort';
import type { DialogPort } from '../../../electron/core/backups/handlers';
import type { DocumentOutputPort } from '../../../electron/core/summaries/documentOutput';
import { MemorySettings, type SettingsPort } from '../../../electron/core/settings/settingsPort';
import { DATA_FILE } from '../../../electron/core/storage/openDocument';
import { applyBatches, JOURNAL_FILE, readJournal } from '../../../electron/core/storage/journal';
import { identify } from '../../../electron/core/storage/snapshotDigest';

// ---- Temporary folders, removed when the test finishes (pass or fail) ----

export async function tempDir(prefix = 'steadyhand-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

// ---- A fake clock: frozen until a test moves it ----

export interface FakeClock {
  now: () => Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function fakeClock(start = '2026-03-02T10:00:00.000Z'): FakeClock {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    set: (iso) => {
      t = Date.parse(iso);
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

// ---- Scripted native dialogs ----

export interface ScriptedDialogs extends DialogPort {
  /** Answers for the next save / open dialogs, in order; `null` is "the VA pressed Cancel". */
  savePaths: (string | null | Error)[];
  openPaths: (string | null | Error)[];
}

export function scriptedDialogs(): ScriptedDialogs {
  const next = (queue: (string | null | Error)[], kind: string) => {
    if (queue.length === 0) throw new Error(`No scripted answer for the ${kind} dialog.`);
    const answer = queue.shift()!;
    if (answer instanceof Error) throw answer;
    return answer;
  };
  const dialogs: ScriptedDialogs = {
    savePaths: [],
    openPaths: [],
    chooseSavePath: async () => next(dialogs.savePaths, 'save'),
    chooseOpenPath: async () => next(dialogs.openPaths, 'open'),
  };
  return dialogs;
}

// ---- A file-system port that records every call and can be told to fail ----

export type FsOp = 'readFile' | 'open' | 'write' | 'sync' | 'close' | 'rename' | 'unlink' | 'mkdir' | 'readdir' | 'stat' | 'syncDir';

export interface FsEvent {
  op: FsOp | 'mark';
  path: string;
  to?: string;
}

export interface RecordingFs extends FsPort {
  log: FsEvent[];
  /** Return true to make that call fail with EIO (the disk failing). */
  failWhen: (op: FsOp, path: string) => boolean;
  /** Adds a marker to the log, to see where something happened relative to the disk calls. */
  mark(label: string): void;
}

export function recordingFs(inner: FsPort = nodeFs): RecordingFs {
  const fs: RecordingFs = {
    log: [],
    failWhen: () => false,
    mark: (label) => fs.log.push({ op: 'mark', path: label }),
    readFile: (path) => run('readFile', path, () => inner.readFile(path)),
    async openForWrite(path, options) {
      const file = await run('open', path, () => inner.openForWrite(path, options));
      return {
        write: (data) => run('write', path, () => file.write(data)),
        sync: () => run('sync', path, () => file.sync()),
        close: () => run('close', path, () => file.close()),
      };
    },
    async openForAppend(path) {
      const file = await run('open', path, () => inner.openForAppend(path));
      return {
        write: (data) => run('write', path, () => file.write(data)),
        sync: () => run('sync', path, () => file.sync()),
        close: () => run('close', path, () => file.close()),
      };
    },
    rename: (from, to) => run('rename', from, () => inner.rename(from, to), to),
    unlink: (path) => run('unlink', path, () => inner.unlink(path)),
    mkdir: (path) => run('mkdir', path, () => inner.mkdir(path)),
    readdir: (path) => run('readdir', path, () => inner.readdir(path)),
    stat: (path) => run('stat', path, () => inner.stat(path)),
    syncDir: (path) => run('syncDir', path, () => inner.syncDir(path)),
  };
  async function run<T>(op: FsOp, path: string, call: () => Promise<T>, to?: string): Promise<T> {
    fs.log.push(to === undefined ? { op, path } : { op, path, to });
    if (fs.failWhen(op, path)) throw Object.assign(new Error(`EIO: simulated failure, ${op} ${path}`), { code: 'EIO' });
    return call();
  }
  return fs;
}

// ---- A real core in a temporary data folder ----

export interface TestCoreOptions {
  dataDir?: string;
  now?: () => Date;
  dialogs?: DialogPort;
  fs?: FsPort;
  settings?: SettingsPort;
  log?: (message: string, error: unknown) => void;
  documentOutput?: DocumentOutputPort;
}

export interface TestCore {
  core: Core;
  dataDir: string;
  dataFile: string;
  backupsDir: string;
  /** Closes this core and opens a new one on the same folder with the same ports. */
  reopen(overrides?: Partial<TestCoreOptions>): Promise<TestCore>;
}

export async function openTestCore(options: TestCoreOptions = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? (await tempDir());
  const full = { ...options, dataDir, settings: options.settings ?? new MemorySettings() };
  const core = await createCore({
    dataDir,
    settings: full.settings,
    dialogs: full.dialogs ?? scriptedDialogs(),
    appVersion: '0.0.0-test',
    ...(full.fs ? { fs: full.fs } : {}),
    ...(full.now ? { now: full.now } : {}),
    ...(full.log ? { log: full.log } : {}),
    ...(full.documentOutput ? { documentOutput: full.documentOutput } : {}),
    // Every mutate that declares what it touches is checked, so the change journal misses nothing.
    checkTouched: true,
  });
  onTestFinished(() => core.close());
  return {
    core,
    dataDir,
    dataFile: join(dataDir, DATA_FILE),
    backupsDir: join(dataDir, 'backups'),
    async reopen(overrides = {}) {
      await core.close();
      return openTestCore({ ...full, ...overrides });
    },
  };
}

// ---- Calling operations ----

/** Calls an operation and returns its value; a failure envelope fails the test with its message. */
export async function call<N extends OperationName>(core: Core, operation: N, input: InputOf<N>): Promise<ResultOf<N>> {
  const reply = await core.dispatch(operation, input);
  if (!reply.ok) throw new Error(`${operation} failed: ${reply.error.code}: ${reply.error.message}`);
  return reply.value as ResultOf<N>;
}

/** Calls an operation that must fail, and returns the error body. */
export async function callError(core: Core, operation: unknown, input: unknown): Promise<ApiErrorBody> {
  const reply = await core.dispatch(operation, input);
  if (reply.ok) throw new Error(`${String(operation)} succeeded but was expected to fail: ${JSON.stringify(reply.value)}`);
  return reply.error;
}

// ---- Test data ----

export function clientInput(name: string, overrides: Partial<ClientFields> = {}): ClientFields {
  return { ...defaultClientFields(), name, ...overrides };
}

export function briefInput(title: string, overrides: Partial<BriefFields> = {}): BriefFields {
  return { ...emptyBriefFields(), title, ...overrides };
}

export function trailInput(words: string, receivedAt = '2026-03-02T09:00:00Z'): PaperTrailEntryFields {
  return { receivedAt, channel: 'email', words, sourceRef: '', confirmedInWriting: false };
}

/** Starting work with the clarification checklist still open needs a reason; these tests are not about the checklist. */
export const START_ANYWAY = 'Urgent: the client asked me to start today.';

// ---- Looking at the disk ----

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A JSON file's content. For the data file, what is stored: the snapshot with its change journal replayed. */
export function readJson(path: string): unknown {
  if (basename(path) === DATA_FILE) return storedDocument(path);
  const bytes = readFileSync(path);
  // An export is a zip holding the JSON (and the captured files): read the JSON inside.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return JSON.parse(new TextDecoder().decode(unzipSync(bytes)['steadyhand-export.json']));
  return JSON.parse(bytes.toString('utf8'));
}

/**
 * The stored document as it is on disk right now (not as the core holds it): the snapshot with the
 * change journal beside it replayed, which is what the next open would see.
 */
export function storedDocument(dataFile: string): {
  schemaVersion: number;
  clients: { id: string; name: string }[];
  briefs: { id: string }[];
  paperTrail: { id: string }[];
} {
  const bytes = readFileSync(dataFile);
  const doc = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  const journalFile = join(dirname(dataFile), JOURNAL_FILE);
  if (existsSync(journalFile)) {
    const journal = readJournal(readFileSync(journalFile));
    if (journal.header?.base === identify(bytes).digest) applyBatches(doc, journal.batches);
  }
  return doc as ReturnType<typeof storedDocument>;
}

/** The hash of what the data file holds once the journal is folded in: the stored state, serialised as the app does. */
export function storedHash(dataFile: string): string {
  return createHash('sha256')
    .update(JSON.stringify(storedDocument(dataFile)))
    .digest('hex');
}

export async function listDir(dir: string): Promise<string[]> {
  return existsSync(dir) ? (await readdir(dir)).sort() : [];
}
