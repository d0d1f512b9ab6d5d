/**
 * The outbox: replies the bot owes people, kept until they are posted.
 *
 * Slack never sends an acked event again, and the Events API is acked before the reply is posted
 * (Bolt acks, then runs the listener). So once a listener has built a reply it puts it here, and a
 * worker (src/slack/reply-worker.ts) posts it, retrying per channel with backoff and after a 429's
 * Retry-After, until it is posted or expires (then the asker is told). Shutdown drains the outbox
 * up to a deadline.
 *
 * `Outbox` is the storage contract. MemoryOutbox keeps replies in this process; a persistent store
 * (SQLite, PostgreSQL) implements the same interface so that a restarted process, or any replica,
 * drains what another left behind: `claim` leases replies so two workers never post the same one at
 * once, and a lease that runs out (its worker died) makes the reply due again.
 */

/** How a reply is delivered: a Web API method, or a POST to a slash command's response_url. */
export type ReplyMethod = 'chat.postMessage' | 'chat.postEphemeral' | 'respond';

/** Where the person who asked can be told privately that a reply could not be posted. */
export interface Asker {
  readonly user: string;
  readonly channel: string;
  readonly threadTs?: string;
  /** The response_url of the click that asked (works where the bot is not a member). */
  readonly responseUrl?: string;
}

export interface NewReply {
  /** Unique per reply, e.g. `<event_id>:answer`; adding an id already stored does nothing. */
  readonly id: string;
  readonly method: ReplyMethod;
  /** The method's arguments (for response_url: `url` plus the message). JSON-serialisable. */
  readonly args: Readonly<Record<string, unknown>>;
  /** What Slack rate-limits on: the channel (response_url: its host). */
  readonly channel: string;
  /** Told when the reply expires unposted; none for replies that are themselves notices. */
  readonly asker?: Asker;
  /** For logs and metrics: mention, dm, command, button… */
  readonly surface: string;
  /** A plain-text version to post once if Slack refuses the blocks (invalid_blocks, msg_too_long…). */
  readonly plainText?: string;
  /** Epoch ms after which the reply is given up on (the asker is told). */
  readonly expiresAt: number;
  /** The workspace (or org) whose bot token posts it (OAuth installs); ids only, never a token. */
  readonly team?: {
    readonly teamId?: string;
    readonly enterpriseId?: string;
    readonly isEnterpriseInstall?: boolean;
  };
  /**
   * Sent through the outbox (as reply `<id>:then`) once this one is posted: Share deletes the
   * ephemeral original only after the card is in the channel.
   */
  readonly followUp?: FollowUp;
}

export type FollowUp = Omit<NewReply, 'id' | 'expiresAt' | 'followUp'>;

export interface PendingReply extends NewReply {
  readonly createdAt: number;
  /** Not to be tried before this epoch ms (backoff, Retry-After). */
  readonly notBefore: number;
  /** Attempts made so far. */
  readonly attempts: number;
  /** Error code of the last failed attempt. */
  readonly lastError?: string;
  /** Set once the plain-text fallback has replaced the blocks. */
  readonly plain?: boolean;
}

export interface ReplyUpdate {
  readonly notBefore: number;
  readonly attempts: number;
  readonly lastError: string;
  /** Replace the arguments (the plain-text fallback). */
  readonly args?: Readonly<Record<string, unknown>>;
  readonly plain?: boolean;
}

export interface ClaimOptions {
  /** Claim replies due by then (notBefore ≤ dueBy; default now). */
  readonly dueBy?: number;
  /** Only replies this process added (shutdown: another replica drains the rest). */
  readonly mine?: boolean;
}

/**
 * How long a posted (or given up) reply's id is remembered: a replay of the same request (same
 * event id, trigger id or action_ts) within it adds nothing. Longer than Slack's 5-minute signature
 * window, after which a replayed request is refused anyway.
 */
export const REPLAY_WINDOW_MS = 10 * 60_000;

export interface Outbox {
  /** True when replies outlive this process (a store any replica or a restart drains). */
  readonly durable: boolean;
  /**
   * Stores a reply (durably, for a persistent store) before it is attempted. Idempotent per id,
   * also for REPLAY_WINDOW_MS after it was posted. True when stored now.
   */
  add(reply: NewReply, now: number): Promise<boolean>;
  /**
   * Up to `limit` replies not leased at `now` and due by `options.dueBy` (default now), oldest
   * first, each leased to the caller until `now + leaseMs`.
   */
  claim(now: number, limit: number, leaseMs: number, options?: ClaimOptions): Promise<PendingReply[]>;
  /** Posted, or given up on: no more attempts (the id is remembered for REPLAY_WINDOW_MS). */
  complete(id: string, now: number): Promise<void>;
  /** Ends the lease and schedules the next attempt. */
  release(id: string, update: ReplyUpdate): Promise<void>;
  /** Extends the leases of replies this worker is posting right now. */
  renew(ids: readonly string[], until: number): Promise<void>;
  /** Replies stored (due, waiting or leased); `mine`: only those this process added. */
  size(mine?: boolean): Promise<number>;
  /** Earliest time any stored reply becomes due (undefined when empty). */
  nextDue(mine?: boolean): Promise<number | undefined>;
  /** Forgets ids posted more than REPLAY_WINDOW_MS ago. */
  sweep(now: number): Promise<void>;
}

interface Stored {
  reply: PendingReply;
  leasedUntil: number;
}

/**
 * The outbox in this process's memory: lost if the process dies, drained on shutdown. Used only
 * when the app runs without a store (the store's outbox, src/store/outbox-store.ts, is the default).
 */
export class MemoryOutbox implements Outbox {
  readonly durable = false;
  private readonly items = new Map<string, Stored>();
  private readonly done = new Map<string, number>();

  async add(reply: NewReply, now: number): Promise<boolean> {
    if (this.items.has(reply.id)) return false;
    const doneAt = this.done.get(reply.id);
    if (doneAt !== undefined && doneAt > now - REPLAY_WINDOW_MS) return false;
    this.items.set(reply.id, {
      reply: { ...reply, createdAt: now, notBefore: now, attempts: 0 },
      leasedUntil: 0,
    });
    return true;
  }

  async claim(
    now: number,
    limit: number,
    leaseMs: number,
    options: ClaimOptions = {},
  ): Promise<PendingReply[]> {
    const dueBy = options.dueBy ?? now;
    const out: PendingReply[] = [];
    if (limit <= 0) return out;
    // Maps iterate in insertion order: oldest first.
    for (const stored of this.items.values()) {
      if (stored.leasedUntil > now || stored.reply.notBefore > dueBy) continue;
      stored.leasedUntil = now + leaseMs;
      out.push(stored.reply);
      if (out.length >= limit) break;
    }
    return out;
  }

  async complete(id: string, now: number): Promise<void> {
    if (this.items.delete(id)) this.done.set(id, now);
  }

  async release(id: string, update: ReplyUpdate): Promise<void> {
    const stored = this.items.get(id);
    if (!stored) return;
    stored.leasedUntil = 0;
    stored.reply = {
      ...stored.reply,
      notBefore: update.notBefore,
      attempts: update.attempts,
      lastError: update.lastError,
      ...(update.args ? { args: update.args } : {}),
      ...(update.plain ? { plain: true } : {}),
    };
  }

  async renew(ids: readonly string[], until: number): Promise<void> {
    for (const id of ids) {
      const stored = this.items.get(id);
      if (stored && stored.leasedUntil > 0) stored.leasedUntil = Math.max(stored.leasedUntil, until);
    }
  }

  async size(): Promise<number> {
    return this.items.size;
  }

  async nextDue(): Promise<number | undefined> {
    let next: number | undefined;
    for (const { reply, leasedUntil } of this.items.values()) {
      const at = Math.max(reply.notBefore, leasedUntil);
      if (next === undefined || at < next) next = at;
    }
    return next;
  }

  async sweep(now: number): Promise<void> {
    for (const [id, at] of this.done) if (at <= now - REPLAY_WINDOW_MS) this.done.delete(id);
  }
}
