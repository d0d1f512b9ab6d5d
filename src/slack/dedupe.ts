/**
 * Slack retries an event it thinks failed (up to 3 times: at once, after 1 minute, after 5
 * minutes); Bolt does no dedupe. We remember each event_id for a bounded time (15 minutes) so a
 * retry never produces a second reply. The bound is time, not count: keeping only the last 20,000
 * ids let a retry that came after 20,003 newer events be answered twice. `maxEntries` is only a
 * memory guard, far above what Slack can deliver in the TTL (30,000 events per workspace per hour).
 */
export interface Deduper {
  /** True the first time a key is seen within the TTL; false for repeats. */
  firstSeen(key: string): Promise<boolean>;
  close?(): Promise<void>;
}

export class MemoryDeduper implements Deduper {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly maxEntries = 1_000_000,
    private readonly now: () => number = Date.now,
  ) {}

  async firstSeen(key: string): Promise<boolean> {
    const t = this.now();
    const expires = this.seen.get(key);
    if (expires !== undefined && expires > t) return false;
    this.seen.delete(key);
    this.seen.set(key, t + this.ttlMs);
    // Maps iterate in insertion order: the oldest keys go first when full or expired.
    for (const [k, exp] of this.seen) {
      if (this.seen.size <= this.maxEntries && exp > t) break;
      this.seen.delete(k);
    }
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}
