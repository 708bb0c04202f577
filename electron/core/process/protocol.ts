// The messages between the host (Electron main, or a test) and the core process. Plain data only: they cross
// Electron's utilityProcess port or Node's IPC channel with structured clone (`serialization: 'advanced'`).
import type { AppEvent, Notice } from '../../../shared/contract';
import type { Envelope } from '../../../shared/envelope';

/** What the core needs to open; everything else it finds itself (its settings file and data with node:fs). */
export interface OpenRequest {
  type: 'open';
  dataDir: string;
  appVersion: string;
  /** Notices the host wants shown with the core's own (a restart after a crash, say). */
  startupNotices?: Notice[];
  /** Tests: every `mutate` must declare what it touched (see storage/touchCheck.ts). */
  checkTouched?: boolean;
}

export type HostToCore =
  | OpenRequest
  | { type: 'call'; id: number; operation: unknown; input: unknown }
  | { type: 'port-reply'; id: number; ok: true; value: unknown }
  | { type: 'port-reply'; id: number; ok: false; message: string }
  | { type: 'close' };

/** An error that stopped the core from opening, with what the host needs to describe it to the VA. */
export interface OpenFailure {
  name: string;
  message: string;
  /** The first Node error code in the error or its causes (ENOTDIR, EACCES…). */
  code?: string;
  /** DataLockedError */
  lockPath?: string;
  holder?: { pid: number; hostname: string; startedAt: string } | null;
  /** NewerVersionError */
  fileVersion?: number;
}

/** The ports only the host can serve: native dialogs, and print, PDF and clipboard. */
export type PortName = 'dialogs' | 'documents';

export type CoreToHost =
  | { type: 'opened'; pid: number }
  | { type: 'open-failed'; error: OpenFailure }
  | { type: 'reply'; id: number; envelope: Envelope<unknown> }
  | { type: 'event'; event: AppEvent }
  | { type: 'port-request'; id: number; port: PortName; method: string; args: unknown[] }
  | { type: 'closed' };
