// The bridge between page and main process: its name on `window`, its IPC channels and its shape.
// Import-free of runtime code, so the sandboxed preload bundles nothing but this.
import type { Envelope } from './envelope';
import type { AppEvent } from './events';

export const BRIDGE_KEY = 'steadyhand';
export const IPC_INVOKE_CHANNEL = 'steadyhand:invoke';
export const IPC_EVENT_CHANNEL = 'steadyhand:event';
/** One-way message from the page: its pending saves are done, the app may close (answers an `app-closing` event). */
export const IPC_READY_TO_CLOSE_CHANNEL = 'steadyhand:ready-to-close';

/** What the preload puts on `window.steadyhand`, and what the test bridge imitates exactly. */
export interface Bridge {
  invoke(operation: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Answers an `app-closing` event once the page has saved what was pending. */
  readyToClose(requestId: string): void;
}
