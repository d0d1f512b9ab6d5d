/**
 * Idempotency windows for button clicks and commands: the first caller for a key within its
 * window goes ahead, repeats (a double click, a replayed request) do not. In the store
 * (src/store/outbox-store.ts OnceKeys) when the app has one, so it holds across replicas.
 */
export interface Once {
  /** True for the first call with `key` within `windowMs`. */
  first(key: string, windowMs: number): Promise<boolean>;
}

/** A double click arrives within a second or two; a repeat after this is a new click. */
export const DOUBLE_CLICK_WINDOW_MS = 10_000;
/** A replay of the very same request (same trigger_id or action_ts) is refused by its signature after 5 minutes. */
export const REPLAY_KEY_WINDOW_MS = 6 * 60_000;

/** This process only (apps without a store). */
export class MemoryOnce implements Once {
  private readonly until = new Map<string, number>();
  constructor(private readonly now: () => number = Date.now) {}
  async first(key: string, windowMs: number): Promise<boolean> {
    const now = this.now();
    if (this.until.size > 10_000) for (const [k, u] of this.until) if (u <= now) this.until.delete(k);
    if ((this.until.get(key) ?? 0) > now) return false;
    this.until.set(key, now + windowMs);
    return true;
  }
}
