/**
 * Posts the replies in the outbox (src/slack/outbox.ts) until each one is posted or expires.
 *
 * - Rate limits are per method and per channel: a 429 blocks only its channel until Retry-After
 *   has passed; replies to other channels go on. (The Web API client used here rejects 429s
 *   instead of pausing its whole queue: src/slack/app.ts.)
 * - Transient failures (5xx, timeouts, refused connections) back off per reply, exponentially with
 *   jitter, up to `backoffMaxMs`.
 * - Slack refusing the blocks (invalid_blocks, msg_too_long, …) gets one retry as plain text.
 * - A reply that cannot be posted in the channel (not_in_channel, channel_not_found, …) or that
 *   expires is given up on, and the asker is told privately (never the question text in logs).
 * - drain() on shutdown posts what it can up to a deadline; replies whose channel is still rate
 *   limited then are delivered to the asker privately (chat.postEphemeral, another rate-limit
 *   bucket) rather than dropped.
 */
import type { Logger } from 'pino';
import type { Metrics } from '../metrics.js';
import type { Asker, NewReply, Outbox, PendingReply } from './outbox.js';
import { metricCode, PLAIN_TEXT_FALLBACK, errorCode as rawErrorCode } from './web-api.js';

/** Slack's error code, mapped onto the fixed set used for metrics and logs. */
const errorCode = (err: unknown) => metricCode(rawErrorCode(err));

/** Sends one reply: a Web API call or a response_url POST. Throws like the WebClient does. */
export type PostFn = (
  method: string,
  args: Readonly<Record<string, unknown>>,
  team?: NewReply['team'],
) => Promise<unknown>;

export interface ReplyWorkerOptions {
  readonly outbox: Outbox;
  readonly post: PostFn;
  readonly logger: Logger;
  readonly metrics?: Metrics;
  /** Replies being posted at once, over all channels. */
  readonly maxInFlight?: number;
  /** First retry delay after a transient failure; doubles per attempt (with jitter) up to backoffMaxMs. */
  readonly backoffBaseMs?: number;
  readonly backoffMaxMs?: number;
  /** How long a reply may wait before it is given up on and the asker told. */
  readonly expireAfterMs?: number;
  /** How long a claimed reply stays leased (longer than one attempt can take). */
  readonly leaseMs?: number;
  /** Wait used when a 429 carries no Retry-After. */
  readonly defaultRetryAfterMs?: number;
  /**
   * With a durable outbox: how often to look for replies this process did not add (another
   * replica's, a crashed process's) and renew the leases of attempts in flight. 0: never.
   */
  readonly pollMs?: number;
  /** Told the code of every failed post (a revoked token makes readiness fail). */
  readonly onError?: (code: string) => void;
  readonly now?: () => number;
  /** The team of the work being done, stamped on replies queued without one (OAuth: whose token posts it). */
  readonly teamOf?: () => NewReply['team'];
}

export const REPLY_DEFAULTS = {
  maxInFlight: 100,
  backoffBaseMs: 1_000,
  backoffMaxMs: 30_000,
  expireAfterMs: 15 * 60_000,
  // Renewed every leaseMs / 3 while an attempt runs: a worker that dies frees its replies within this.
  leaseMs: 15_000,
  defaultRetryAfterMs: 1_000,
  pollMs: 0,
} as const;

/** Codes worth another attempt later: Slack or the network had trouble, not the request. */
export function isTransient(code: string): boolean {
  return (
    code === 'ratelimited' ||
    code === 'request_timeout' ||
    code === 'request_error' ||
    code === 'http_error' ||
    /^http_5\d\d$/.test(code) ||
    code === 'http_429' ||
    code === 'fatal_error' ||
    code === 'internal_error' ||
    code === 'service_unavailable' ||
    code === 'team_added_to_org' ||
    code === 'store_error' ||
    code === 'unknown_error'
  );
}

export const EXPIRED_NOTICE =
  "Sorry, Slack was having trouble and I couldn't post my answer to your question in time. Please ask again.";

/** Arguments of a private copy of a reply for its asker (chat.postEphemeral). */
function privately(reply: PendingReply, asker: Asker): Record<string, unknown> {
  const { channel: _c, thread_ts: _t, response_type: _r, ...message } = reply.args as Record<string, unknown>;
  return {
    ...message,
    channel: asker.channel,
    user: asker.user,
    ...(asker.threadTs ? { thread_ts: asker.threadTs } : {}),
  };
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

export interface DrainResult {
  /** Replies still in the outbox when the deadline passed (0: everything delivered). */
  readonly left: number;
  /** Replies delivered to their asker privately because their channel stayed blocked. */
  readonly deliveredPrivately: number;
}

export class ReplyWorker {
  private readonly o: Required<Omit<ReplyWorkerOptions, 'metrics' | 'teamOf' | 'onError'>> &
    Pick<ReplyWorkerOptions, 'metrics' | 'teamOf' | 'onError'>;
  /** Channel → epoch ms until which it is rate limited. */
  private readonly blocked = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();
  private scheduled: NodeJS.Timeout | null = null;
  private scheduledAt = Number.POSITIVE_INFINITY;
  private pumping = false;
  private again = false;
  private stopped = false;
  /** Ids of the replies being attempted now (their leases are renewed). */
  private readonly attempting = new Set<string>();
  private readonly timers: NodeJS.Timeout[] = [];
  private lastSweep = 0;

  constructor(options: ReplyWorkerOptions) {
    this.o = {
      ...REPLY_DEFAULTS,
      now: Date.now,
      ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
    } as typeof this.o;
    const guard = (what: string, fn: () => Promise<void>) => () => {
      fn().catch((err: unknown) =>
        this.o.logger.warn(
          { what, err: { name: (err as Error).name, message: (err as Error).message } },
          'outbox upkeep failed',
        ),
      );
    };
    // Leases of attempts in flight are renewed well before they run out.
    const renew = setInterval(
      guard('renew', async () => {
        if (this.attempting.size === 0) return;
        await this.o.outbox.renew([...this.attempting], this.o.now() + this.o.leaseMs);
      }),
      Math.max(50, Math.floor(this.o.leaseMs / 3)),
    );
    renew.unref();
    this.timers.push(renew);
    if (this.o.pollMs > 0) {
      const poll = setInterval(
        guard('poll', async () => {
          this.kick();
          const now = this.o.now();
          if (now - this.lastSweep >= 60_000) {
            this.lastSweep = now;
            await this.o.outbox.sweep(now);
          }
        }),
        this.o.pollMs,
      );
      poll.unref();
      this.timers.push(poll);
      // Replies left by a process that died are due now: look at once.
      this.kick();
    }
  }

  get outbox(): Outbox {
    return this.o.outbox;
  }

  /** Stores a reply and starts posting it. Resolves once it is stored, not once it is posted. */
  async send(reply: Omit<NewReply, 'expiresAt'> & { readonly expiresAt?: number }): Promise<void> {
    const now = this.o.now();
    const team = reply.team ?? this.o.teamOf?.();
    const added = await this.o.outbox.add(
      { ...reply, ...(team ? { team } : {}), expiresAt: reply.expiresAt ?? now + this.o.expireAfterMs },
      now,
    );
    if (!added) {
      // Same id as a reply pending or posted within the replay window: a replayed request.
      this.o.metrics?.outbox.inc({ surface: reply.surface, outcome: 'replayed' });
      this.o.logger.info({ surface: reply.surface }, 'reply already owed or posted: not queued again');
      return;
    }
    this.o.metrics?.outbox.inc({ surface: reply.surface, outcome: 'queued' });
    this.kick();
  }

  /** Posts whatever is due now (soon, on a fresh tick). */
  kick(): void {
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    const at = this.o.now() + delayMs;
    if (this.scheduled && this.scheduledAt <= at) return;
    if (this.scheduled) clearTimeout(this.scheduled);
    this.scheduledAt = at;
    this.scheduled = setTimeout(() => {
      this.scheduled = null;
      this.scheduledAt = Number.POSITIVE_INFINITY;
      this.pump().catch((err: unknown) => {
        // The store is unreachable: the replies stay in it; look again shortly.
        this.o.logger.error(
          { err: { name: (err as Error).name, message: (err as Error).message } },
          'outbox unavailable; retrying',
        );
        this.schedule(1_000);
      });
    }, delayMs);
    this.scheduled.unref();
  }

  private async pump(): Promise<void> {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.again = false;
        const room = this.o.maxInFlight - this.inFlight.size;
        if (room <= 0) break;
        const now = this.o.now();
        const due = await this.o.outbox.claim(now, room, this.o.leaseMs);
        for (const reply of due) {
          const until = this.blocked.get(reply.channel) ?? 0;
          if (until > now) {
            // Its channel is rate limited: not an attempt, just later.
            await this.o.outbox.release(reply.id, {
              notBefore: until,
              attempts: reply.attempts,
              lastError: reply.lastError ?? 'ratelimited',
            });
            continue;
          }
          this.attempting.add(reply.id);
          const work = this.attempt(reply).catch((err: unknown) => {
            this.o.logger.error(
              { err: { name: (err as Error).name, message: (err as Error).message } },
              'reply worker failed',
            );
          });
          this.inFlight.add(work);
          void work.finally(() => {
            this.inFlight.delete(work);
            this.attempting.delete(reply.id);
            this.kick();
          });
        }
        if (due.length === room) this.again = true;
      } while (this.again && !this.stopped);
    } finally {
      this.pumping = false;
    }
    const next = await this.o.outbox.nextDue();
    if (next !== undefined) this.schedule(Math.max(0, next - this.o.now()));
    this.o.metrics?.outboxPending.set(await this.o.outbox.size());
  }

  private async attempt(reply: PendingReply): Promise<void> {
    const { outbox, logger, metrics } = this.o;
    const now = this.o.now();
    if (now >= reply.expiresAt) {
      await outbox.complete(reply.id, now);
      metrics?.outbox.inc({ surface: reply.surface, outcome: 'expired' });
      logger.error(
        {
          surface: reply.surface,
          method: reply.method,
          attempts: reply.attempts,
          lastError: reply.lastError,
        },
        'reply expired before it could be posted; telling the asker',
      );
      await this.tellAsker(reply, 'expired');
      return;
    }
    const attempts = reply.attempts + 1;
    try {
      await this.o.post(reply.method, reply.args, reply.team);
      if (reply.followUp) {
        // Stored before this one is marked done: a crash in between repeats neither.
        await outbox.add(
          {
            ...reply.followUp,
            ...(reply.team ? { team: reply.team } : {}),
            id: `${reply.id}:then`,
            expiresAt: this.o.now() + this.o.expireAfterMs,
          },
          this.o.now(),
        );
      }
      await outbox.complete(reply.id, this.o.now());
      metrics?.outbox.inc({ surface: reply.surface, outcome: 'posted' });
      if (attempts > 1)
        logger.info({ surface: reply.surface, method: reply.method, attempts }, 'reply posted after retries');
      return;
    } catch (err) {
      const code = errorCode(err);
      metrics?.apiErrors.inc({ method: reply.method, code });
      this.o.onError?.(code);
      const later = this.o.now();
      if (code === 'ratelimited') {
        const seconds = Number((err as { retryAfter?: unknown }).retryAfter);
        const waitMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : this.o.defaultRetryAfterMs;
        const until = later + waitMs;
        this.blocked.set(reply.channel, Math.max(until, this.blocked.get(reply.channel) ?? 0));
        logger.warn(
          { method: reply.method, code, retryAfterMs: waitMs, attempts, surface: reply.surface },
          'Slack is rate limiting this channel: its replies wait for Retry-After, other channels go on',
        );
        await outbox.release(reply.id, { notBefore: until, attempts, lastError: code });
        return;
      }
      if (isTransient(code)) {
        const exp = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** Math.min(attempts - 1, 16));
        const waitMs = Math.round(exp / 2 + Math.random() * (exp / 2));
        logger.warn(
          { method: reply.method, code, attempts, retryInMs: waitMs, surface: reply.surface },
          'Slack Web API call failed; the reply will be retried',
        );
        await outbox.release(reply.id, { notBefore: later + waitMs, attempts, lastError: code });
        return;
      }
      if (PLAIN_TEXT_FALLBACK.has(code) && !reply.plain && reply.plainText) {
        logger.warn(
          { method: reply.method, code, attempts, surface: reply.surface },
          'Slack refused the message blocks; retrying once as plain text',
        );
        const { blocks: _b, attachments: _a, ...rest } = reply.args as Record<string, unknown>;
        await outbox.release(reply.id, {
          notBefore: later,
          attempts,
          lastError: code,
          // Slack suggests at most 4,000 characters of text.
          args: { ...rest, text: reply.plainText.slice(0, 3_900) },
          plain: true,
        });
        return;
      }
      // Slack said no for good: give up, and tell the asker what is wrong.
      await outbox.complete(reply.id, this.o.now());
      metrics?.outbox.inc({ surface: reply.surface, outcome: 'failed' });
      logger.warn(
        { method: reply.method, code, attempts, surface: reply.surface },
        'Slack Web API call failed; reply given up',
      );
      await this.tellAsker(reply, code);
    }
  }

  /** Hook for telling the asker why a reply failed for good; set by the app (it knows the wording). */
  onGiveUp: (reply: PendingReply, code: string) => Promise<void> = async () => {};

  private async tellAsker(reply: PendingReply, code: string): Promise<void> {
    try {
      await this.onGiveUp(reply, code);
    } catch (err) {
      this.o.logger.warn({ method: 'chat.postEphemeral', code: errorCode(err) }, 'could not tell the asker');
    }
  }

  /**
   * Shutdown: keeps posting until the outbox is empty or `deadlineMs` has passed. Replies still
   * waiting on a rate-limited channel `privateReserveMs` before the deadline are posted privately to
   * their asker instead (chat.postEphemeral), so an acked question is still answered.
   */
  async drain(deadlineMs: number, privateReserveMs = Math.min(2_000, deadlineMs / 3)): Promise<DrainResult> {
    const end = this.o.now() + deadlineMs;
    let deliveredPrivately = 0;
    this.kick();
    // With a shared store, only the replies this process added: the others have their own replica.
    while ((await this.o.outbox.size(true)) > 0 && this.o.now() < end - privateReserveMs) {
      const next = await this.o.outbox.nextDue(true);
      const blockedPast = next !== undefined && next > end - privateReserveMs && this.inFlight.size === 0;
      if (blockedPast) break;
      await sleep(25);
    }
    // What is left waits past the deadline: deliver it to the asker privately, all at once.
    const left = await this.o.outbox.claim(this.o.now(), Number.MAX_SAFE_INTEGER, deadlineMs, {
      dueBy: Number.POSITIVE_INFINITY,
      mine: true,
    });
    await Promise.all(
      left.map(async (reply) => {
        if (!reply.asker) {
          await this.o.outbox.release(reply.id, {
            notBefore: reply.notBefore,
            attempts: reply.attempts,
            lastError: reply.lastError ?? 'shutdown',
          });
          return;
        }
        try {
          await this.o.post('chat.postEphemeral', privately(reply, reply.asker), reply.team);
          await this.o.outbox.complete(reply.id, this.o.now());
          deliveredPrivately++;
          this.o.metrics?.outbox.inc({ surface: reply.surface, outcome: 'posted_privately' });
        } catch (err) {
          this.o.logger.warn(
            { method: 'chat.postEphemeral', code: errorCode(err), surface: reply.surface },
            'could not deliver a reply privately at shutdown',
          );
          await this.o.outbox.release(reply.id, {
            notBefore: reply.notBefore,
            attempts: reply.attempts,
            lastError: errorCode(err),
          });
        }
      }),
    );
    // Attempts still running get until the deadline.
    while (this.inFlight.size > 0 && this.o.now() < end) await sleep(25);
    const remaining = await this.o.outbox.size(true);
    if (deliveredPrivately)
      this.o.logger.warn(
        { deliveredPrivately },
        'replies delivered privately at shutdown (channel rate limited)',
      );
    if (remaining && this.o.outbox.durable)
      this.o.logger.warn(
        { left: remaining },
        'replies left in the store at shutdown: another replica or the restarted process posts them',
      );
    else if (remaining)
      this.o.logger.error({ left: remaining }, 'shutdown deadline passed with replies still in the outbox');
    return { left: remaining, deliveredPrivately };
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    if (this.scheduled) clearTimeout(this.scheduled);
    this.scheduled = null;
  }

  /** Replies being posted right now. */
  get inFlightCount(): number {
    return this.inFlight.size;
  }
}

/** A private copy of a reply for its asker (for the app's give-up and shutdown paths). */
export { privately as privateCopy };
