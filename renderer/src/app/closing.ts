// Quitting never loses typing: when the app is about to close, every pending form save is flushed
// first, and only then does the page tell the main process it may close the core and quit.
import type { Bridge } from '../../../shared/bridge';
import { bridge } from '../api/client';
import { flushPendingSaves } from '../ui/pendingSaves';

/** Subscribes once at start-up; returns the unsubscribe (for tests). */
export function answerAppClosing(getBridge: () => Bridge = bridge, flush: () => Promise<void> = flushPendingSaves): () => void {
  let b: Bridge;
  try {
    b = getBridge();
  } catch {
    // Opened outside the app (no bridge): the page says so itself; there is nothing to answer.
    return () => undefined;
  }
  return b.onEvent((event) => {
    if (event.type !== 'app-closing') return;
    // A refused save stays a draft in its form; closing must still go ahead, so the answer always comes.
    void flush()
      .catch(() => undefined)
      .finally(() => b.readyToClose(event.requestId));
  });
}
