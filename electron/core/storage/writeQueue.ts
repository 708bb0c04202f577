// One queue for every write: a change is acknowledged only once it is durable, and a burst of
// changes made while a write is running shares the next write.
export class WriteQueue {
  private waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  private running: Promise<void> | null = null;
  /** How many times the document was written; the benchmark reads it. */
  writes = 0;

  constructor(private readonly writeNow: () => Promise<void>) {}

  /** Resolves once everything changed before this call is on disk. */
  request(): Promise<void> {
    const promise = new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
    if (this.running === null) this.running = this.drain();
    return promise;
  }

  async idle(): Promise<void> {
    while (this.running !== null) await this.running;
  }

  private async drain(): Promise<void> {
    // Let the current burst of synchronous changes land before the first write.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      try {
        this.writes += 1;
        await this.writeNow();
        for (const w of batch) w.resolve();
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    this.running = null;
  }
}
