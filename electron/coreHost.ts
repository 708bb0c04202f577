// The host side of the core process: starts it (an Electron utilityProcess in the app, a Node child in tests,
// the Chromium shell and the bench), routes calls to it by id, answers its requests for dialogs and printing,
// and passes its events on. If the process dies unexpectedly, every call in flight gets a `core_restarting`
// envelope (never a hang), the window is told in plain words, and the core starts again on the same data:
// the lock left by the dead process is stale (its pid is gone) and the journal holds every acknowledged change.
// No Electron import: the same code runs in main and in plain-Node tests.
import { fork } from 'node:child_process';
import type { AppEvent, Notice } from '../shared/contract';
import type { Envelope } from '../shared/envelope';
import type { Dispatch } from './core/dispatcher';
import type { DialogPort } from './core/backups/handlers';
import type { DocumentOutputPort } from './core/summaries/documentOutput';
import { DataLockedError } from './core/storage/lock';
import { PORT_METHODS } from './core/process/portProxies';
import type { CoreToHost, HostToCore, OpenFailure, PortName } from './core/process/protocol';

/** A started core process, whatever started it. */
export interface CoreChild {
  readonly pid: number | undefined;
  send(message: HostToCore): void;
  onMessage(listener: (message: CoreToHost) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export type SpawnCore = () => CoreChild;

export const CORE_RESTARTING_MESSAGE = 'Steadyhand’s data engine stopped before it could finish this. It is starting again; please try once more in a moment.';
export const CORE_STOPPED_NOTICE_MESSAGE = 'Steadyhand’s data engine stopped; it is starting again. Nothing you saved is lost.';
/** More crashes than this within a minute and the host stops restarting: something is wrong with the data or the machine. */
const MAX_RESTARTS_PER_MINUTE = 3;

export interface CoreHostOptions {
  spawn: SpawnCore;
  dataDir: string;
  appVersion: string;
  dialogs: DialogPort;
  documentOutput?: DocumentOutputPort;
  checkTouched?: boolean;
  log?: (message: string, error: unknown) => void;
  now?: () => Date;
}

export interface CoreHost {
  /** Resolves when the core has opened its data; rejects with the error that stopped it (for the start-up error box). */
  readonly ready: Promise<void>;
  dispatch: Dispatch;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Asks the core to finish every write and stop; resolves when it has (or has died). Never rejects. */
  close(): Promise<void>;
  /** The running core process (tests kill it to prove the restart). */
  readonly pid: number | undefined;
  readonly restarts: number;
}

/** Turns what the core process reported back into the error types the start-up error box knows. */
export function openFailureToError(failure: OpenFailure): Error {
  if (failure.name === 'DataLockedError') return new DataLockedError(failure.lockPath ?? '', failure.holder ?? null);
  // Other errors keep their name, message and Node code (NewerVersionError is known by its name, so main never loads
  // the data model just to rebuild it).
  const error = new Error(failure.message) as NodeJS.ErrnoException;
  error.name = failure.name;
  if (failure.code) error.code = failure.code;
  if (failure.fileVersion !== undefined) Object.assign(error, { fileVersion: failure.fileVersion });
  return error;
}

export function startCoreHost(options: CoreHostOptions): CoreHost {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => {
    for (const l of listeners) l(event);
  };
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  const crashes: number[] = [];
  let nextId = 0;
  let child: CoreChild;
  let opened: Promise<boolean>;
  let closing: Promise<void> | null = null;
  let gaveUp = false;
  let restarts = 0;

  const ports: Record<PortName, object | undefined> = { dialogs: options.dialogs, documents: options.documentOutput };

  async function answerPort(from: CoreChild, message: Extract<CoreToHost, { type: 'port-request' }>): Promise<void> {
    const target = ports[message.port] as Record<string, (...args: unknown[]) => Promise<unknown>> | undefined;
    try {
      if (!target || !PORT_METHODS[message.port]?.includes(message.method)) throw new Error(`${message.port}.${message.method} is not available here.`);
      const value = await target[message.method]!(...message.args);
      from.send({ type: 'port-reply', id: message.id, ok: true, value });
    } catch (error) {
      from.send({ type: 'port-reply', id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Starts a core process and opens the data; resolves true once it is open. */
  function launch(startupNotices: Notice[]): { started: CoreChild; opened: Promise<boolean>; failure: Promise<Error> } {
    const started = options.spawn();
    let settleOpen: (ok: boolean) => void = () => undefined;
    let reportFailure: (error: Error) => void = () => undefined;
    const openedHere = new Promise<boolean>((r) => (settleOpen = r));
    const failure = new Promise<Error>((r) => (reportFailure = r));
    started.onMessage((message) => {
      switch (message.type) {
        case 'opened':
          return settleOpen(true);
        case 'open-failed':
          reportFailure(openFailureToError(message.error));
          return settleOpen(false);
        case 'reply': {
          const resolve = pending.get(message.id);
          pending.delete(message.id);
          return resolve?.(message.envelope);
        }
        case 'event':
          return emit(message.event);
        case 'port-request':
          return void answerPort(started, message);
        case 'closed':
          return;
      }
    });
    started.onExit((code) => {
      settleOpen(false);
      reportFailure(new Error(`The Steadyhand core process ended (exit code ${code}) before it opened the data.`));
      if (started === child) onCoreExit(code);
    });
    started.send({ type: 'open', dataDir: options.dataDir, appVersion: options.appVersion, startupNotices, checkTouched: options.checkTouched });
    return { started, opened: openedHere, failure };
  }

  function failPending(): void {
    for (const [id, resolve] of pending) {
      pending.delete(id);
      resolve({ ok: false, error: { code: 'core_restarting', message: CORE_RESTARTING_MESSAGE } });
    }
  }

  function onCoreExit(code: number | null): void {
    failPending();
    if (closing) return;
    log(`The core process stopped unexpectedly (exit code ${code}).`, null);
    const at = now().getTime();
    crashes.push(at);
    while (crashes.length > 0 && crashes[0]! < at - 60_000) crashes.shift();
    if (crashes.length > MAX_RESTARTS_PER_MINUTE) {
      gaveUp = true;
      log('The core process keeps stopping; not starting it again.', null);
      return;
    }
    const notice: Notice = {
      id: `core-restarted-${at}`,
      kind: 'core-restarted',
      severity: 'warning',
      title: 'A short interruption',
      message: CORE_STOPPED_NOTICE_MESSAGE,
    };
    emit({ type: 'notice', notice });
    restarts++;
    const next = launch([notice]);
    child = next.started;
    opened = next.opened;
    void opened.then((ok) => {
      if (ok) emit({ type: 'data-changed', subjects: ['app'] });
      else void next.failure.then((error) => log('The core process could not start again.', error));
    });
  }

  const first = launch([]);
  child = first.started;
  opened = first.opened;
  const ready = first.opened.then(async (ok) => {
    if (!ok) throw await first.failure;
  });
  ready.catch(() => undefined);

  const dispatch: Dispatch = async (operation, input) => {
    if (closing) return { ok: false, error: { code: 'internal', message: 'Steadyhand is closing.' } };
    if (!(await opened)) {
      return gaveUp
        ? {
            ok: false,
            error: {
              code: 'internal',
              message: 'Steadyhand’s data engine keeps stopping. Please quit Steadyhand and open it again; nothing you saved is lost.',
            },
          }
        : { ok: false, error: { code: 'core_restarting', message: CORE_RESTARTING_MESSAGE } };
    }
    const id = ++nextId;
    const target = child;
    return new Promise<Envelope<unknown>>((resolve) => {
      pending.set(id, resolve);
      try {
        target.send({ type: 'call', id, operation, input });
      } catch {
        // The process went away between the check and the send: its exit fails this call with the others.
      }
    });
  };

  return {
    ready,
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closing ??= (async () => {
        const target = child;
        const exited = new Promise<void>((r) => target.onExit(() => r()));
        if (!(await opened)) {
          target.kill();
          return;
        }
        try {
          target.send({ type: 'close' });
        } catch {
          return;
        }
        await exited;
      })().catch((error: unknown) => log('Closing the core process failed.', error));
      return closing;
    },
    get pid() {
      return child.pid;
    },
    get restarts() {
      return restarts;
    },
  };
}

/**
 * V8 options of the core process, wherever it runs. The young generation is capped at 4 MB a half (V8 lets it grow
 * to 16 MB): opening 28 MB of JSON grows it to its largest, and a process that then waits for clicks never gives
 * those pages back. Measured at ten years: 132 MB resident at rest with the default, 109 MB with the cap, and no
 * slower to open (the parsed records survive anyway, so a bigger nursery only copies them more).
 */
export const CORE_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];

/** A core process as a Node child (`child_process.fork`): tests, the Chromium shell and the bench. */
export function forkCore(entry: string, options: { execArgv?: string[]; env?: NodeJS.ProcessEnv } = {}): SpawnCore {
  return () => {
    const proc = fork(entry, [], {
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [...CORE_EXEC_ARGV, ...(options.execArgv ?? [])],
      env: options.env ?? process.env,
    });
    let exited = false;
    proc.on('exit', () => (exited = true));
    return {
      get pid() {
        return proc.pid;
      },
      send: (message) => {
        if (!exited && proc.connected) proc.send(message);
      },
      onMessage: (listener) => proc.on('message', (m) => listener(m as CoreToHost)),
      onExit: (listener) => {
        if (exited) listener(proc.exitCode);
        else proc.on('exit', (code) => listener(code));
      },
      kill: () => proc.kill(),
    };
  };
}

/** The shape of Electron's `utilityProcess` this host uses (passed in, so this file never imports Electron). */
export interface UtilityProcessLike {
  fork(
    modulePath: string,
    args?: string[],
    options?: { serviceName?: string; stdio?: 'inherit' | 'pipe' | 'ignore'; execArgv?: string[] },
  ): {
    readonly pid: number | undefined;
    postMessage(message: unknown): void;
    on(event: 'message', listener: (message: unknown) => void): unknown;
    on(event: 'exit', listener: (code: number) => void): unknown;
    once(event: 'exit', listener: (code: number) => void): unknown;
    kill(): boolean;
  };
}

/** The core as an Electron utilityProcess: the app. */
export function utilityCore(utilityProcess: UtilityProcessLike, entry: string): SpawnCore {
  return () => {
    const proc = utilityProcess.fork(entry, [], { serviceName: 'Steadyhand data engine', stdio: 'inherit', execArgv: [...CORE_EXEC_ARGV] });
    let exited = false;
    let exitCode: number | null = null;
    proc.once('exit', (code) => {
      exited = true;
      exitCode = code;
    });
    return {
      get pid() {
        return proc.pid;
      },
      send: (message) => {
        if (!exited) proc.postMessage(message);
      },
      onMessage: (listener) => proc.on('message', (m) => listener(m as CoreToHost)),
      onExit: (listener) => {
        if (exited) listener(exitCode);
        else proc.on('exit', (code) => listener(code));
      },
      kill: () => void proc.kill(),
    };
  };
}
