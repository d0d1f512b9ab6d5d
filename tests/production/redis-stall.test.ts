/**
 * Issue 10, low item 15: a Redis stall let cross-replica duplicates through. The fallback to memory
 * is now visible (meshbot_dedupe_fallback, meshbot_dedupe_fallbacks_total, /readyz `degraded`), it
 * ends within a fraction of a second of Redis answering again even with no traffic, and the event
 * ids first seen in memory during the stall are written to Redis afterwards, so a later retry on
 * another replica is still a duplicate. Runs a real redis-server, stalled with SIGSTOP.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createRedisDeduper, type DedupeStore, type RedisDeduper } from '../../src/slack/redis-dedupe.js';
import { mentionEvent } from '../fault/helpers.js';
import { type Harness, startHarness } from '../slack/helpers/harness.js';
import { sleep, stopAllChildren, waitUntil } from './helpers/processes.js';
import { type RedisServer, startRedisServer } from './helpers/redis-server.js';

const quiet = () =>
  createLogger({
    level: 'debug',
    destination: new Writable({
      write(_c, _e, cb) {
        cb();
      },
    }),
  });

let redis: RedisServer;
const open: RedisDeduper[] = [];
let h: Harness | undefined;
beforeAll(async () => {
  redis = await startRedisServer();
}, 30_000);
afterAll(async () => {
  redis.process.kill('SIGCONT');
  await h?.close();
  await Promise.all(open.map((d) => d.close()));
  await stopAllChildren();
});

describe('item 15: a Redis stall is visible and short, and ids seen during it reach Redis after', () => {
  it('switches back within a second of Redis answering, with no traffic, and backfills the ids seen meanwhile', async () => {
    const changes: DedupeStore[] = [];
    const prefix = `stall:${Date.now()}:`;
    const a = await createRedisDeduper({
      url: redis.url,
      logger: quiet(),
      keyPrefix: prefix,
      commandTimeoutMs: 150,
      onStoreChange: (s) => changes.push(s),
    });
    const b = await createRedisDeduper({ url: redis.url, logger: quiet(), keyPrefix: prefix });
    open.push(a, b);
    expect(a.store).toBe('redis');
    expect(changes).toEqual(['redis']); // connected
    changes.length = 0;
    redis.process.kill('SIGSTOP');
    try {
      expect(await a.firstSeen('EvDuringStall')).toBe(true);
      expect(a.store).toBe('memory');
      expect(changes).toEqual(['memory']);
    } finally {
      redis.process.kill('SIGCONT');
    }
    const resumed = Date.now();
    // No event arrives: the background probe notices Redis is back.
    await waitUntil(() => a.store === 'redis', {
      timeoutMs: 3_000,
      intervalMs: 20,
      what: () => 'dedupe back on Redis',
    });
    const windowMs = Date.now() - resumed;
    console.log(`[redis stall] fallback ended ${windowMs} ms after Redis answered again`);
    expect(windowMs).toBeLessThan(1_000);
    expect(changes).toEqual(['memory', 'redis']);
    // Slack retries the event later and another replica gets it: still a duplicate.
    await waitUntil(async () => !(await b.firstSeen('EvDuringStall')), {
      timeoutMs: 2_000,
      intervalMs: 50,
      what: () => 'the id seen during the stall to be in Redis',
    });
  });

  it('the app shows the fallback in /metrics and /readyz (still ready), and clears both after', async () => {
    h = await startHarness({ REDIS_URL: redis.url });
    const harness = h;
    const metric = async () =>
      Number(
        /^meshbot_dedupe_fallback (\d+)/m.exec(await (await fetch(`${harness.url}/metrics`)).text())?.[1],
      );
    expect(await metric()).toBe(0);
    redis.process.kill('SIGSTOP');
    try {
      await h.event(mentionEvent('how does mtls work in linkerd?', '80.1'));
      await waitUntil(async () => (await metric()) === 1, {
        timeoutMs: 3_000,
        what: () => 'the fallback gauge',
      });
      const ready = await fetch(`${h.url}/readyz`);
      expect(ready.status).toBe(200);
      const body = (await ready.json()) as { dedupe: string; degraded?: string[] };
      expect(body.dedupe).toBe('memory');
      expect(body.degraded?.[0]).toMatch(/dedupe: Redis unavailable/);
      expect(await (await fetch(`${h.url}/metrics`)).text()).toMatch(/^meshbot_dedupe_fallbacks_total 1/m);
    } finally {
      redis.process.kill('SIGCONT');
    }
    await waitUntil(async () => (await metric()) === 0, {
      timeoutMs: 3_000,
      what: () => 'the gauge back at 0',
    });
    const after = (await (await fetch(`${h.url}/readyz`)).json()) as { dedupe: string; degraded?: string[] };
    expect(after).toMatchObject({ dedupe: 'redis' });
    expect(after.degraded).toBeUndefined();
    await sleep(10);
  });
});
