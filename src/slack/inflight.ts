/**
 * Graceful shutdown support. Bolt acknowledges an event before its listeners run (they post the
 * reply after the ack), so "finish the requests in flight" means waiting for listener work, not
 * just for open HTTP responses. A global middleware hands every dispatch to a tracker; shutdown
 * waits for the tracker to empty.
 */
import type { Server } from 'node:http';
import type { App } from '@slack/bolt';

/** Counts pending promises and tells waiters when none are left. */
export class InflightTracker {
  private readonly pending = new Set<Promise<unknown>>();
  private waiters: Array<() => void> = [];

  /** How many tracked pieces of work have not settled yet. */
  get size(): number {
    return this.pending.size;
  }

  /** Tracks `work` until it settles and returns it unchanged (rejections still reach the caller). */
  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const settle = () => {
      this.pending.delete(work);
      if (this.pending.size === 0) for (const wake of this.waiters.splice(0)) wake();
    };
    work.then(settle, settle);
    return work;
  }

  /** Resolves true once nothing is in flight, or false if `timeoutMs` passes first. */
  drain(timeoutMs = Number.POSITIVE_INFINITY): Promise<boolean> {
    if (this.pending.size === 0) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const wake = () => {
        if (timer) clearTimeout(timer);
        resolve(true);
      };
      this.waiters.push(wake);
      if (Number.isFinite(timeoutMs)) {
        timer = setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== wake);
          resolve(false);
        }, timeoutMs);
      }
    });
  }
}

const trackers = new WeakMap<App, InflightTracker>();

/**
 * Registers a global middleware that tracks each dispatch through the listeners (register it
 * first, so it covers the others). `next()` resolves when every listener has finished.
 */
export function trackInflight(app: App): InflightTracker {
  const tracker = new InflightTracker();
  trackers.set(app, tracker);
  app.use(async ({ next }) => tracker.track(next()));
  return tracker;
}

/** The tracker `trackInflight` registered on this app, if any. */
export function inflightOf(app: App): InflightTracker | undefined {
  return trackers.get(app);
}

/**
 * Closes an HTTP server in order: stop accepting connections (`stop`, default `server.close`),
 * end idle keep-alive connections now and as in-flight requests finish (a keep-alive socket left
 * open would hold the server open), then wait for tracked work that outlives its response.
 */
export async function closeGracefully(
  server: Server,
  options: { stop?: () => Promise<unknown>; inflight?: InflightTracker | undefined } = {},
): Promise<void> {
  const closed =
    options.stop?.() ??
    new Promise<unknown>((resolve, reject) =>
      server.close((err) => (err ? reject(err) : resolve(undefined))),
    );
  closed.catch(() => {});
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  try {
    // Until the server has closed, a request already being read can still start new work.
    await Promise.all([closed, options.inflight?.drain()]);
    await options.inflight?.drain();
  } finally {
    clearInterval(sweep);
  }
}
