// Quitting in order: ask the page to save what is pending, wait for its answer (or a timeout, for a crashed
// page), then close the core so every write is on disk, and only then let the app quit. Plain logic, no Electron.

export const PAGE_ANSWER_TIMEOUT_MS = 3_000;

export interface CloseCoordinatorOptions {
  /** Sends `app-closing` to the page; false when there is no page to ask (no window, or it is gone). */
  askPage(requestId: string): boolean;
  closeCore(): Promise<void>;
  timeoutMs?: number;
  log?: (message: string, error: unknown) => void;
}

export interface CloseCoordinator {
  /** Asks the page once; resolves when it answered or the timeout passed. Later calls share the first. */
  flushPage(): Promise<void>;
  /** `flushPage()` then the core's close, once. Never rejects: quitting must go ahead. */
  close(): Promise<void>;
  /** The page's `readyToClose(requestId)`; unknown ids are ignored. */
  pageReady(requestId: string): void;
  readonly closed: boolean;
}

export function createCloseCoordinator(options: CloseCoordinatorOptions): CloseCoordinator {
  const timeoutMs = options.timeoutMs ?? PAGE_ANSWER_TIMEOUT_MS;
  const log = options.log ?? (() => undefined);
  const waiting = new Map<string, () => void>();
  let pageFlush: Promise<void> | null = null;
  let coreClose: Promise<void> | null = null;
  let closed = false;

  function flushPage(): Promise<void> {
    pageFlush ??= new Promise<void>((resolve) => {
      const requestId = `close-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      const finish = () => {
        clearTimeout(timer);
        waiting.delete(requestId);
        resolve();
      };
      const timer = setTimeout(() => {
        log(`The page did not answer within ${timeoutMs} ms; closing without its pending saves.`, null);
        finish();
      }, timeoutMs);
      waiting.set(requestId, finish);
      let asked = false;
      try {
        asked = options.askPage(requestId);
      } catch (error) {
        log('Could not ask the page to save before closing.', error);
      }
      if (!asked) finish();
    });
    return pageFlush;
  }

  function close(): Promise<void> {
    coreClose ??= flushPage()
      .then(() => options.closeCore())
      .catch((error: unknown) => log('Closing the data store failed.', error))
      .finally(() => {
        closed = true;
      });
    return coreClose;
  }

  return {
    flushPage,
    close,
    pageReady: (requestId) => waiting.get(requestId)?.(),
    get closed() {
      return closed;
    },
  };
}
