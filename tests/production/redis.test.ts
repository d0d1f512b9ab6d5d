/**
 * Scale-out: replicas share event dedupe through Redis. These tests run a real redis-server (Debian's
 * package; .ci/run installs it) and, for the end-to-end part, two real app processes.
 */
import { Writable } from 'node:stream';
import { createClient } from 'redis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import {
  createRedisDeduper,
  FALLBACK_MESSAGE,
  RECOVERED_MESSAGE,
  type RedisDeduper,
  redisTarget,
} from '../../src/slack/redis-dedupe.js';
import { FakeSlack } from '../slack/helpers/fake-slack.js';
import { BASE_URL, BOT_TOKEN, envelope, SIGNING_SECRET, sign } from '../slack/helpers/harness.js';
import { type AppProcess, type LogLine, startAppProcess } from './helpers/app-process.js';
import { freePort, sleep, stopAllChildren, waitUntil } from './helpers/processes.js';
import { type RedisServer, startRedisServer } from './helpers/redis-server.js';

const timings: Record<string, number> = {};
const time = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
  const t = performance.now();
  try {
    return await fn();
  } finally {
    timings[label] = Math.round(performance.now() - t);
  }
};

afterAll(async () => {
  await stopAllChildren();
  console.info(`redis.test timings (ms): ${JSON.stringify(timings)}`);
});

function captureLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger({ level: 'debug', destination: sink });
  const parsed = () => lines.map((l) => JSON.parse(l) as LogLine);
  const count = (msg: string) => parsed().filter((l) => l.msg === msg).length;
  return { logger, lines, parsed, count };
}

describe('createRedisDeduper against a real redis-server', () => {
  let redis: RedisServer;
  const dedupers: RedisDeduper[] = [];
  const prefix = `test:${process.pid}:${Date.now()}:`;
  const log = captureLogger();
  let d: RedisDeduper;

  beforeAll(async () => {
    redis = await time('unit: redis-server start', () => startRedisServer());
    d = await createRedisDeduper({ url: redis.url, logger: log.logger, keyPrefix: prefix });
    dedupers.push(d);
  }, 30_000);

  afterAll(async () => {
    await Promise.allSettled(dedupers.map((x) => x.close()));
    redis?.process.kill('SIGCONT');
    await redis?.stop();
  });

  it('connects to Redis at startup and says so', () => {
    expect(d.store).toBe('redis');
    expect(log.count(RECOVERED_MESSAGE)).toBe(1);
    expect(log.count(FALLBACK_MESSAGE)).toBe(0);
  });

  it('firstSeen is true the first time and false for a repeat, stored under the prefix with a TTL', async () => {
    expect(await d.firstSeen('Ev1')).toBe(true);
    expect(await d.firstSeen('Ev1')).toBe(false);
    expect(await d.firstSeen('Ev1')).toBe(false);
    const raw = createClient({ url: redis.url });
    raw.on('error', () => {});
    await raw.connect();
    try {
      expect(await raw.get(`${prefix}Ev1`)).toBe('1');
      const pttl = await raw.pTTL(`${prefix}Ev1`);
      expect(pttl).toBeGreaterThan(14 * 60_000);
      expect(pttl).toBeLessThanOrEqual(15 * 60_000);
    } finally {
      raw.destroy();
    }
  });

  it('keeps separate keys independent', async () => {
    expect(await d.firstSeen('EvA')).toBe(true);
    expect(await d.firstSeen('EvB')).toBe(true);
    expect(await d.firstSeen('EvA')).toBe(false);
    expect(await d.firstSeen('EvB')).toBe(false);
    expect(await d.firstSeen('EvC')).toBe(true);
  });

  it('forgets a key once its TTL has passed', async () => {
    const short = await createRedisDeduper({
      url: redis.url,
      logger: log.logger,
      keyPrefix: prefix,
      ttlMs: 200,
    });
    dedupers.push(short);
    expect(await short.firstSeen('EvTtl')).toBe(true);
    expect(await short.firstSeen('EvTtl')).toBe(false);
    await sleep(350);
    expect(await short.firstSeen('EvTtl')).toBe(true);
  });

  it('two dedupers on one Redis (two replicas) agree: exactly one sees a key first, even concurrently', async () => {
    const other = await createRedisDeduper({ url: redis.url, logger: log.logger, keyPrefix: prefix });
    dedupers.push(other);
    expect(await d.firstSeen('EvShared')).toBe(true);
    expect(await other.firstSeen('EvShared')).toBe(false);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? d : other).firstSeen('EvRace')),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('answers from memory within the command timeout when Redis stalls, and goes back to Redis after', async () => {
    const stallLog = captureLogger();
    const s = await createRedisDeduper({
      url: redis.url,
      logger: stallLog.logger,
      keyPrefix: prefix,
      commandTimeoutMs: 150,
    });
    dedupers.push(s);
    expect(s.store).toBe('redis');
    redis.process.kill('SIGSTOP');
    try {
      const t = performance.now();
      expect(await s.firstSeen('EvStall')).toBe(true);
      const ms = performance.now() - t;
      timings['unit: firstSeen while Redis is stalled'] = Math.round(ms);
      expect(ms).toBeLessThan(1_000);
      expect(s.store).toBe('memory');
      // Memory still dedupes, and answers at once now: well under the 250 ms a Redis command may take
      // before it times out (room left for a GC pause on a loaded machine).
      const t2 = performance.now();
      expect(await s.firstSeen('EvStall')).toBe(false);
      expect(performance.now() - t2).toBeLessThan(200);
      expect(await s.firstSeen('EvStall2')).toBe(true);
    } finally {
      redis.process.kill('SIGCONT');
    }
    expect(stallLog.count(FALLBACK_MESSAGE)).toBe(1);
    await time('unit: back to Redis after a stall', () =>
      waitUntil(
        async () => {
          await s.firstSeen(`EvProbe${Date.now()}`);
          return s.store === 'redis';
        },
        { timeoutMs: 5_000, intervalMs: 200, what: () => 'the deduper to use Redis again' },
      ),
    );
    expect(stallLog.count(RECOVERED_MESSAGE)).toBe(2); // at startup, and after the stall
    expect(stallLog.count(FALLBACK_MESSAGE)).toBe(1);
  });

  it('does not block startup on an unreachable Redis, runs in memory, and switches when Redis appears', async () => {
    const port = await freePort();
    const l = captureLogger();
    const t = performance.now();
    const late = await createRedisDeduper({
      url: `redis://127.0.0.1:${port}`,
      logger: l.logger,
      reconnectMaxMs: 500,
    });
    dedupers.push(late);
    const ms = performance.now() - t;
    timings['unit: startup with Redis unreachable'] = Math.round(ms);
    expect(ms).toBeLessThan(2_000);
    expect(late.store).toBe('memory');
    expect(await late.firstSeen('EvLate')).toBe(true);
    expect(await late.firstSeen('EvLate')).toBe(false);
    await sleep(600); // several failed reconnects: still one warning
    expect(l.count(FALLBACK_MESSAGE)).toBe(1);

    const second = await startRedisServer({ port });
    try {
      await time('unit: switch to Redis once it appears', () =>
        waitUntil(() => late.store === 'redis', {
          timeoutMs: 5_000,
          what: () => 'the deduper to switch to Redis',
        }),
      );
      expect(l.count(RECOVERED_MESSAGE)).toBe(1);
      expect(await late.firstSeen('EvLate2')).toBe(true);
      expect(await late.firstSeen('EvLate2')).toBe(false);
    } finally {
      await late.close();
      await second.stop();
    }
  });

  it('never logs the password in the Redis URL', async () => {
    const port = await freePort();
    const secret = 'Sup3rSecretRedisPassw0rd';
    const l = captureLogger();
    const p = await createRedisDeduper({
      url: `redis://meshbot:${secret}@127.0.0.1:${port}/2`,
      logger: l.logger,
      connectWaitMs: 300,
      reconnectMaxMs: 200,
    });
    dedupers.push(p);
    await sleep(500);
    await p.close();
    expect(l.count(FALLBACK_MESSAGE)).toBe(1);
    expect(l.lines.join('')).not.toContain(secret);
    expect(l.lines.join('')).toContain(`redis://127.0.0.1:${port}/2`);
    expect(redisTarget(`rediss://u:${secret}@cache.internal:6380`)).toBe('rediss://cache.internal:6380');
  });
});

describe('scale-out: two app processes sharing one Redis', () => {
  let fake: FakeSlack;
  let redis: RedisServer;
  let a: AppProcess;
  let b: AppProcess;
  const SETTLE_MS = 1_500;

  const mention = (text: string, ts: string) =>
    envelope({ type: 'app_mention', text: `<@U0BOT1234> ${text}`, channel: 'C1', user: 'U1', ts });

  const deliver = async (app: AppProcess, payload: unknown, headers: Record<string, string> = {}) => {
    const body = JSON.stringify(payload);
    const res = await fetch(`${app.url}/slack/events`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...sign(body), ...headers },
      signal: AbortSignal.timeout(5_000),
    });
    await res.arrayBuffer();
    return res.status;
  };

  /** Waits for the first reply, then a settle time, and returns every reply posted. */
  const replies = async () => {
    await fake.waitFor('chat.postMessage', 1, 10_000);
    await sleep(SETTLE_MS);
    return fake.callsTo('chat.postMessage');
  };

  const healthz = async (app: AppProcess) => {
    const res = await fetch(`${app.url}/healthz`, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.status;
  };

  const dedupeLine = (active: string) => (l: LogLine) =>
    l.msg === 'event dedupe store' && l.active === active;

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    redis = await time('e2e: redis-server start', () => startRedisServer());
    const portA = await freePort();
    let portB = await freePort();
    while (portB === portA) portB = await freePort();
    const env = {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${fake.url}/api/`,
      PUBLIC_BASE_URL: BASE_URL,
      REDIS_URL: redis.url,
      LOG_LEVEL: 'info',
    };
    [a, b] = await time('e2e: two app processes start (parallel, to /healthz 200)', () =>
      Promise.all([
        startAppProcess({ name: 'A', env, port: portA }),
        startAppProcess({ name: 'B', env, port: portB }),
      ]),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled([a?.stop(), b?.stop()]);
    await redis?.stop();
    await fake?.stop();
  }, 30_000);

  beforeEach(() => fake?.reset());

  it('both replicas start on Redis dedupe and call auth.test', async () => {
    await a.waitForLog(dedupeLine('redis'));
    await b.waitForLog(dedupeLine('redis'));
    expect(a.logs().some((l) => l.msg === RECOVERED_MESSAGE)).toBe(true);
    expect(b.logs().some((l) => l.msg === RECOVERED_MESSAGE)).toBe(true);
  });

  it('the same event delivered to both replicas (the second as a retry) gets exactly one reply', async () => {
    const env = mention('how does mtls work in linkerd?', '500.1');
    expect(await deliver(a, env)).toBe(200);
    expect(await deliver(b, env, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })).toBe(
      200,
    );
    const posted = await time('e2e: retry across replicas, first reply + settle', replies);
    expect(posted, `A:\n${a.tail()}\nB:\n${b.tail()}`).toHaveLength(1);
    expect(posted[0]?.args.thread_ts).toBe('500.1');
    // Whichever replica claimed the event first answered it (A acks before it claims, so under load
    // B's retry can win); the other one logged the duplicate.
    const ignored = (l: LogLine) => l.msg === 'duplicate event ignored' && l.eventId === env.event_id;
    await waitUntil(() => a.logs().some(ignored) || b.logs().some(ignored), {
      timeoutMs: 5_000,
      intervalMs: 100,
      what: () => `a "duplicate event ignored" line from A or B\nA:\n${a.tail()}\nB:\n${b.tail()}`,
    });
    expect([a.logs().some(ignored), b.logs().some(ignored)].filter(Boolean)).toHaveLength(1);
  });

  it('the same event delivered to both replicas at once gets exactly one reply', async () => {
    const env = mention('what is ambient mode?', '501.1');
    const statuses = await Promise.all([deliver(a, env), deliver(b, env, { 'x-slack-retry-num': '1' })]);
    expect(statuses).toEqual([200, 200]);
    const posted = await replies();
    expect(posted, `A:\n${a.tail()}\nB:\n${b.tail()}`).toHaveLength(1);
  });

  it('keeps answering when Redis goes away: falls back to memory, logs it once, stays healthy', async () => {
    await time('e2e: SIGKILL redis-server', () => redis.kill());
    const env = mention('cncf status', '502.1');
    expect(await deliver(a, env)).toBe(200);
    const posted = await time('e2e: reply after Redis died, first reply + settle', replies);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.args.thread_ts).toBe('502.1');
    await a.waitForLog((l) => l.msg === FALLBACK_MESSAGE && l.level === 40);
    // A retry of that event to the same replica is still deduped (in memory).
    expect(await deliver(a, env, { 'x-slack-retry-num': '1' })).toBe(200);
    await sleep(SETTLE_MS);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    // B also still answers new events.
    fake.reset();
    expect(await deliver(b, mention('mtls in istio?', '503.1'))).toBe(200);
    expect(await replies()).toHaveLength(1);
    await sleep(1_000); // reconnect attempts keep failing: still one warning each
    expect(a.logs().filter((l) => l.msg === FALLBACK_MESSAGE)).toHaveLength(1);
    expect(b.logs().filter((l) => l.msg === FALLBACK_MESSAGE)).toHaveLength(1);
    expect(a.alive()).toBe(true);
    expect(b.alive()).toBe(true);
    expect(await healthz(a)).toBe(200);
    expect(await healthz(b)).toBe(200);
  });

  it('goes back to shared Redis dedupe when Redis returns', async () => {
    redis = await startRedisServer({ port: redis.port });
    await time('e2e: both replicas back on Redis', () =>
      Promise.all([
        waitUntil(() => a.logs().filter((l) => l.msg === RECOVERED_MESSAGE).length === 2, {
          timeoutMs: 10_000,
          what: () => `A to log "${RECOVERED_MESSAGE}" again:\n${a.tail()}`,
        }),
        waitUntil(() => b.logs().filter((l) => l.msg === RECOVERED_MESSAGE).length === 2, {
          timeoutMs: 10_000,
          what: () => `B to log "${RECOVERED_MESSAGE}" again:\n${b.tail()}`,
        }),
      ]),
    );
    const env = mention('linkerd vs istio', '504.1');
    expect(await deliver(b, env)).toBe(200);
    expect(await deliver(a, env, { 'x-slack-retry-num': '2' })).toBe(200);
    expect(await replies()).toHaveLength(1);
  });
});
