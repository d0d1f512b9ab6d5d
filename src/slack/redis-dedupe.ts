/**
 * Event dedupe shared by every replica through Redis (`SET key 1 NX PX ttl`), so a Slack retry that
 * lands on another replica still gets no second reply. Redis is an optimisation of correctness, never
 * a dependency of availability: whenever the client is not ready, or a command fails or is slow, the
 * deduper answers from an in-process MemoryDeduper instead (one warn line when that starts, one info
 * line when Redis is back). It never throws into the request path and never waits longer than
 * `commandTimeoutMs` for Redis.
 */
import type { Logger } from 'pino';
import { createClient } from 'redis';
import { type Deduper, MemoryDeduper } from './dedupe.js';

export type DedupeStore = 'redis' | 'memory';

export interface RedisDeduper extends Deduper {
  close(): Promise<void>;
  /** Where firstSeen currently answers from: Redis, or memory while Redis is unavailable. */
  readonly store: DedupeStore;
}

export interface RedisDeduperOptions {
  /** redis:// or rediss:// URL; the password in it is never logged. */
  readonly url: string;
  readonly logger: Logger;
  readonly ttlMs?: number;
  readonly keyPrefix?: string;
  /** Longest a dedupe check may wait for Redis before answering from memory. */
  readonly commandTimeoutMs?: number;
  /** Longest startup waits for a first connection (then it goes on in memory and switches later). */
  readonly connectWaitMs?: number;
  /** Reconnect backoff: doubles from `reconnectBaseMs` up to `reconnectMaxMs` (plus jitter). */
  readonly reconnectBaseMs?: number;
  readonly reconnectMaxMs?: number;
  /** While answering from memory, how often Redis is pinged (so the fallback ends soon after a stall). */
  readonly probeEveryMs?: number;
  /** Told whenever dedupe switches between Redis and memory (metrics, readiness). */
  readonly onStoreChange?: (store: DedupeStore) => void;
}

/** Event ids first seen in memory during a fallback, written to Redis when it is back (at most this many). */
const BACKFILL_MAX = 50_000;

export const FALLBACK_MESSAGE = 'Redis unavailable; event dedupe falls back to memory';
export const RECOVERED_MESSAGE = 'Redis available; event dedupe uses Redis';

/** host:port/db of a Redis URL, for logs: never the username or password. */
export function redisTarget(url: string): string {
  try {
    const u = new URL(url);
    const db = u.pathname && u.pathname !== '/' ? u.pathname : '';
    return `${u.protocol}//${u.hostname}:${u.port || '6379'}${db}`;
  } catch {
    return '(unparseable Redis URL)';
  }
}

/** Reconnect delay: exponential backoff with jitter, capped, retried for as long as the app runs. */
export function reconnectDelay(retries: number, baseMs = 100, maxMs = 5_000): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.min(retries, 20));
  return Math.round(exp / 2 + Math.random() * (exp / 2));
}

class DedupeTimeout extends Error {
  constructor(ms: number) {
    super(`Redis did not answer within ${ms} ms`);
    this.name = 'DedupeTimeout';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DedupeTimeout(ms)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function createRedisDeduper(options: RedisDeduperOptions): Promise<RedisDeduper> {
  const {
    url,
    ttlMs = 15 * 60_000,
    keyPrefix = 'meshbot:event:',
    commandTimeoutMs = 250,
    connectWaitMs = 1_000,
    reconnectBaseMs = 100,
    reconnectMaxMs = 5_000,
    probeEveryMs = 250,
  } = options;
  const target = redisTarget(url);
  const logger = options.logger.child({ component: 'dedupe', redis: target });
  // Error texts come from the socket layer and should not carry credentials; mask them anyway.
  const password = (() => {
    try {
      return decodeURIComponent(new URL(url).password);
    } catch {
      return '';
    }
  })();
  const describe = (err: unknown) => {
    const e = err instanceof Error ? err : new Error(String(err));
    const mask = (s: string) => (password ? s.split(password).join('[redacted]') : s);
    return { name: e.name, message: mask(e.message), code: (e as { code?: unknown }).code };
  };

  const memory = new MemoryDeduper(ttlMs);
  let store: DedupeStore = 'memory';
  let closed = false;
  let everReady = false;
  let probing = false;
  let lastProbe = 0;
  let lastError: unknown;
  /** Ids first seen in memory while Redis was away: another replica must learn them too. */
  let seenInMemory: string[] = [];
  let probeTimer: NodeJS.Timeout | undefined;

  const client = createClient({
    url,
    // Never queue commands while disconnected: fail fast and answer from memory.
    disableOfflineQueue: true,
    commandOptions: { timeout: commandTimeoutMs },
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (retries) => reconnectDelay(retries, reconnectBaseMs, reconnectMaxMs),
    },
  });

  const startProbing = () => {
    if (probeTimer || closed) return;
    probeTimer = setInterval(() => probe(), probeEveryMs);
    probeTimer.unref();
  };
  const stopProbing = () => {
    if (probeTimer) clearInterval(probeTimer);
    probeTimer = undefined;
  };
  const fallBack = (err: unknown) => {
    if (closed || store === 'memory') return;
    store = 'memory';
    logger.warn({ err: describe(err) }, FALLBACK_MESSAGE);
    options.onStoreChange?.('memory');
    startProbing();
  };
  /** Writes the ids seen during the fallback to Redis, so a later retry on another replica is a hit. */
  const backfill = () => {
    const keys = seenInMemory;
    seenInMemory = [];
    if (!keys.length) return;
    void Promise.allSettled(
      keys.map((key) =>
        withTimeout(
          client.set(keyPrefix + key, '1', { condition: 'NX', expiration: { type: 'PX', value: ttlMs } }),
          2_000,
        ),
      ),
    ).then((results) => {
      const failed = results.filter((r) => r.status === 'rejected').length;
      logger.info({ keys: keys.length, failed }, 'event ids seen during the fallback written to Redis');
    });
  };
  const recover = (how: string) => {
    if (closed || store === 'redis') return;
    store = 'redis';
    stopProbing();
    logger.info({ how }, RECOVERED_MESSAGE);
    options.onStoreChange?.('redis');
    backfill();
  };

  // Without an 'error' listener node-redis errors would crash the process. Every failed reconnect
  // attempt emits one, so only the first of a run is a warning; the rest are debug lines.
  client.on('error', (err: unknown) => {
    lastError = err;
    if (store === 'redis') fallBack(err);
    else logger.debug({ err: describe(err) }, 'Redis client error');
  });
  client.on('ready', () => {
    everReady = true;
    recover('connected');
  });
  client.on('reconnecting', () => logger.debug('Redis client reconnecting'));

  // Connects in the background; node-redis retries with reconnectStrategy until close().
  const connecting = client.connect().then(
    () => true,
    (err: unknown) => {
      if (!closed) logger.debug({ err: describe(err) }, 'Redis connect stopped');
      return false;
    },
  );
  const connected = await Promise.race([
    connecting,
    new Promise<false>((resolve) => setTimeout(() => resolve(false), connectWaitMs).unref()),
  ]);
  if (!connected && !everReady) {
    startProbing();
    logger.warn(
      { waitedMs: connectWaitMs, ...(lastError ? { err: describe(lastError) } : {}) },
      FALLBACK_MESSAGE,
    );
  }

  /** A command timed out while the socket stayed up: check now and then whether Redis answers again. */
  const probe = () => {
    const now = Date.now();
    if (probing || closed || !client.isReady || now - lastProbe < probeEveryMs) return;
    probing = true;
    lastProbe = now;
    withTimeout(client.ping(), commandTimeoutMs)
      .then(
        () => recover('probe'),
        () => {},
      )
      .finally(() => {
        probing = false;
      });
  };

  return {
    get store() {
      return store;
    },
    async firstSeen(key: string): Promise<boolean> {
      if (store === 'redis' && client.isReady) {
        try {
          const reply = await withTimeout(
            client.set(keyPrefix + key, '1', { condition: 'NX', expiration: { type: 'PX', value: ttlMs } }),
            commandTimeoutMs,
          );
          return reply === 'OK';
        } catch (err) {
          fallBack(err);
        }
      } else if (store === 'redis') {
        fallBack(new Error('Redis client is not ready'));
      } else {
        probe();
      }
      const first = await memory.firstSeen(key);
      if (first && seenInMemory.length < BACKFILL_MAX) seenInMemory.push(key);
      return first;
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      stopProbing();
      try {
        if (client.isReady) await withTimeout(client.close(), 1_000);
      } catch {
        // Fall through to destroy.
      }
      try {
        client.destroy();
      } catch {
        // Already closed.
      }
      // A reconnect loop still sleeping notices the close when it wakes; no need to wait for it.
      void connecting;
    },
  };
}
