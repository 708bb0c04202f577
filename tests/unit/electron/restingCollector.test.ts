// The core process collects the garbage opening leaves, once, when it is at rest (electron/core/process/restingCollector.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fullCollection, restingCollector } from '../../../electron/core/process/restingCollector';

const MB = 1024 * 1024;

describe('restingCollector', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    let heap = 50 * MB;
    const collect = vi.fn(() => (heap = 60 * MB));
    const collector = restingCollector({ collect, heapSize: () => heap, restMs: 2000, growthBytes: 16 * MB });
    return { collector, collect, grow: (bytes: number) => (heap += bytes) };
  }

  it('collects once the core has rested after work that grew the heap, and not again until it grows again', async () => {
    const { collector, collect, grow } = setup();
    collector.busy();
    grow(150 * MB);
    collector.idle();
    await vi.advanceTimersByTimeAsync(1999);
    expect(collect).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(collect).toHaveBeenCalledTimes(1);

    collector.busy();
    grow(4 * MB);
    collector.idle();
    await vi.advanceTimersByTimeAsync(5000);
    expect(collect).toHaveBeenCalledTimes(1);

    collector.busy();
    grow(20 * MB);
    collector.idle();
    await vi.advanceTimersByTimeAsync(2000);
    expect(collect).toHaveBeenCalledTimes(2);
  });

  it('waits while any call is in flight, and for background writes to settle', async () => {
    const { collector, collect, grow } = setup();
    grow(100 * MB);
    collector.busy();
    collector.busy();
    collector.idle();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(collect).not.toHaveBeenCalled();

    let settle: () => void = () => undefined;
    collector.idle(new Promise<void>((r) => (settle = r)));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(collect).not.toHaveBeenCalled();
    settle();
    await vi.advanceTimersByTimeAsync(2000);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('a new call postpones a pending collection; stop cancels it', async () => {
    const { collector, collect, grow } = setup();
    grow(100 * MB);
    collector.busy();
    collector.idle();
    await vi.advanceTimersByTimeAsync(1500);
    collector.busy();
    await vi.advanceTimersByTimeAsync(5000);
    expect(collect).not.toHaveBeenCalled();
    collector.idle();
    collector.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(collect).not.toHaveBeenCalled();
  });

  it('does nothing where no collection is available', async () => {
    const collector = restingCollector({ collect: null, heapSize: () => 500 * MB });
    collector.busy();
    collector.idle();
    await vi.advanceTimersByTimeAsync(10_000);
  });
});

describe('fullCollection', () => {
  it('reaches V8’s collector without --expose-gc, and it frees what nothing holds', async () => {
    const collect = fullCollection();
    expect(collect).not.toBeNull();
    const tracker = new WeakRef(Array.from({ length: 200 }, () => Array.from({ length: 10_000 }, (_, i) => i)));
    // A WeakRef keeps its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    collect!();
    expect(tracker.deref()).toBeUndefined();
  });
});
