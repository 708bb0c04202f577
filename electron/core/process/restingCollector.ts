// Gives back the memory that opening leaves behind, once the core is at rest. Opening reads tens of MB of
// bytes, decodes them to one string and parses it: a few seconds later all of that is garbage, but V8 only
// collects it when something allocates, and a core waiting for the next click allocates nothing. Measured on
// ten years: 214 MB resident at rest, 132 MB after a full collection. So, once the core has been idle for a
// moment after work that grew its heap, it runs one full collection itself (tens of ms, off the window's process).
import { setFlagsFromString, getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Idle this long after the last call before collecting. */
export const REST_MS = 2_000;
/** Collect only when the heap grew at least this much since the last collection: after opening, an index build, an import. */
export const GROWTH_BYTES = 16 * 1024 * 1024;

type Collect = () => void;

/** V8's own full collection, reached without starting Node with --expose-gc (the flag exposes it to new contexts). */
export function fullCollection(): Collect | null {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === 'function') return () => (existing as Collect)();
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    // Called with no options: given an options object from this context, that function does nothing.
    return typeof gc === 'function' ? () => (gc as Collect)() : null;
  } catch {
    return null;
  }
}

export interface RestingCollector {
  /** A call (or opening) started: postpone collecting. */
  busy(): void;
  /** That work finished; `settled` resolves once background writes (the start-up backup) are done too. */
  idle(settled?: Promise<unknown>): void;
  stop(): void;
}

export function restingCollector(options: { collect?: Collect | null; heapSize?: () => number; restMs?: number; growthBytes?: number } = {}): RestingCollector {
  const collect = options.collect === undefined ? fullCollection() : options.collect;
  const heapSize = options.heapSize ?? (() => getHeapStatistics().total_heap_size);
  const restMs = options.restMs ?? REST_MS;
  const growth = options.growthBytes ?? GROWTH_BYTES;
  let afterLast = heapSize();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let generation = 0;
  let inFlight = 0;

  const cancel = () => {
    generation++;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    busy() {
      inFlight++;
      cancel();
    },
    idle(settled) {
      inFlight = Math.max(0, inFlight - 1);
      cancel();
      if (collect === null || inFlight > 0) return;
      const mine = generation;
      void Promise.resolve(settled)
        .catch(() => undefined)
        .then(() => {
          if (mine !== generation) return;
          timer = setTimeout(() => {
            timer = null;
            if (mine !== generation || heapSize() - afterLast < growth) return;
            collect();
            afterLast = heapSize();
          }, restMs);
          // Never the reason the process stays alive.
          timer.unref?.();
        });
    },
    stop: cancel,
  };
}
