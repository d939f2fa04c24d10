/**
 * An in-process FIFO semaphore per key, `width` holders at a time. Work that would wait on one row
 * lock anyway (every seat change of a session) waits here instead, holding no database connection:
 * the pool stays free for everyone else, and callers are answered one by one as their transactions
 * commit. A width of a few lets the next transaction be ready and queued on the row lock when the
 * current one commits, so the lock passes on without a round trip. Across replicas the row locks still
 * decide; this only keeps one process from parking its whole pool on a single row.
 */
export class KeyedGate {
  private readonly slots = new Map<string, { holders: number; waiting: (() => void)[] }>();

  constructor(private readonly width = 1) {}

  /** Runs `work` holding a slot of every key (taken in sorted order, so callers never wait on each other in a cycle). */
  async run<T>(keys: readonly string[], work: () => Promise<T>): Promise<T> {
    const taken: string[] = [];
    try {
      for (const key of [...new Set(keys)].sort()) {
        await this.acquire(key);
        taken.push(key);
      }
      return await work();
    } finally {
      for (const key of taken.reverse()) this.release(key);
    }
  }

  /** How many keys have work queued or running (for tests and metrics). */
  get busyKeys(): number {
    return this.slots.size;
  }

  private acquire(key: string): Promise<void> {
    const slot = this.slots.get(key) ?? { holders: 0, waiting: [] };
    this.slots.set(key, slot);
    if (slot.holders < this.width) {
      slot.holders++;
      return Promise.resolve();
    }
    return new Promise((resolve) => slot.waiting.push(resolve));
  }

  private release(key: string): void {
    const slot = this.slots.get(key);
    if (!slot) return;
    const next = slot.waiting.shift();
    if (next)
      next(); // the slot passes on: holders stays the same
    else if (--slot.holders === 0) this.slots.delete(key);
  }
}
