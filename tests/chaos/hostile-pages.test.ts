/**
 * Issue 10, item 1: the public answer pages must not stall the Slack bot.
 *
 * The real app in HTTP mode (harness: fake Web API, signed requests over loopback). Two things are
 * proven here:
 *
 * 1. What the pages hand the matcher is bounded: a search is cut to 500 characters, an unknown
 *    answer id is searched for with at most 64 characters in words of at most 30, and a 404 page
 *    suggests at most 3 answers. (The matcher caps its own costs too; that is its suite's business.)
 * 2. Page load is shed before Slack's: with a matcher that costs 40 ms per long query (what the old
 *    matcher cost per 500-character word) and 64 page clients hammering searches, every signed
 *    event is still acked, well within Slack's 3 s (the issue's p99 < 1 s is measured by
 *    `npm run bench:http`'s hostile row; here only generous bounds), /healthz
 *    answers, and the pages get 503 with Retry-After instead.
 *
 * Loops are bounded in count and time; every request goes to 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core.js';
import { MAX_QUERY_LENGTH } from '../../src/web/pages.js';
import { counter, mentionEvent, sleep } from '../fault/helpers.js';
import { type Harness, startHarness } from '../slack/helpers/harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function word(n: number, seed: number): string {
  let s = '';
  let x = seed * 7919 + 17;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += LETTERS[x % 26];
  }
  return s;
}

/** Spins the CPU for `ms`, as a costly synchronous matcher call would. */
function burn(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy
  }
}

interface Seen {
  answer: number[];
  findTopic: Array<{ length: number; limit: number | undefined }>;
}

/** A core whose matcher records what it is given and, optionally, costs `costMs` per long input. */
function instrumented(seen: Seen, costMs = 0) {
  return (core: Core): Core => {
    const m = core.matcher;
    const matcher = Object.create(m) as Core['matcher'];
    matcher.answer = (text: string) => {
      seen.answer.push(text.length);
      if (costMs && text.length > 200) burn(costMs);
      return m.answer(text);
    };
    matcher.findTopic = (text: string, limit?: number) => {
      seen.findTopic.push({ length: text.length, limit });
      if (costMs && text.length > 200) burn(costMs);
      return m.findTopic(text, limit);
    };
    return { ...core, matcher };
  };
}

describe('what the pages hand the matcher is bounded', () => {
  it('a 5,000-character search reaches the matcher as at most 500 characters', async () => {
    const seen: Seen = { answer: [], findTopic: [] };
    h = await startHarness({}, { core: instrumented(seen) });
    const res = await fetch(`${h.url}/answers?q=${word(5000, 1)}`);
    expect(res.status).toBe(200);
    await res.text();
    expect(seen.answer.length).toBeGreaterThan(0);
    expect(Math.max(...seen.answer)).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('a 4,000-character unknown id: 404, the matcher sees at most 64 characters, at most 3 suggestions', async () => {
    const seen: Seen = { answer: [], findTopic: [] };
    h = await startHarness({}, { core: instrumented(seen) });
    const started = performance.now();
    const res = await fetch(`${h.url}/answers/${word(4000, 2)}`);
    const ms = performance.now() - started;
    expect(res.status).toBe(404);
    await res.text();
    for (const call of seen.findTopic) {
      expect(call.length).toBeLessThanOrEqual(64);
      expect(call.limit ?? 3).toBeLessThanOrEqual(3);
    }
    // Generous: the point is "not 400 ms of spelling correction", not a benchmark.
    expect(ms).toBeLessThan(300);
  });

  it('a near-miss id still gets its suggestions, at most 3', async () => {
    const seen: Seen = { answer: [], findTopic: [] };
    h = await startHarness({}, { core: instrumented(seen) });
    const res = await fetch(`${h.url}/answers/ambient-mod`);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('/answers/ambient-mode');
    const cards = html.split('<h2>Did you mean</h2>')[1]?.match(/<li>/g) ?? [];
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThanOrEqual(3);
  });
});

describe('page load is shed before Slack', () => {
  it('64 hostile page clients beside 60 signed events: every event acked well within 3 s; pages get 503 + Retry-After', {
    timeout: 90_000,
  }, async () => {
    const seen: Seen = { answer: [], findTopic: [] };
    const harness = await startHarness({}, { core: instrumented(seen, 40) });
    h = harness;
    const CLIENTS = 64;
    const EVENTS = 60;
    // Slack keeps its connections open: open ours before the flood (opening a connection to a
    // flooded server is slow for any Node app; the benchmark reports that case separately).
    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const res = await harness.event(mentionEvent('warm-up', `69.${i}`));
        await res.arrayBuffer();
      }),
    );
    // The page clients run in a process of their own (the benchmark's), bounded to 60 s.
    const pages = startHostilePages(harness.url, CLIENTS, 60);
    try {
      // Until the flood has begun: pages are being refused.
      const began = Date.now();
      while ((await shedCount(harness)) === 0) {
        if (Date.now() - began > 20_000) throw new Error('the hostile page clients never got going');
        await sleep(100);
      }
      // Slack: 60 events, one every 50 ms, each timed from send to ack; /healthz now and then.
      const acks: number[] = [];
      const statuses: number[] = [];
      const health: number[] = [];
      const sends: Promise<void>[] = [];
      for (let i = 0; i < EVENTS; i++) {
        sends.push(
          (async () => {
            const t0 = performance.now();
            const res = await harness.event(mentionEvent('how does mtls work in linkerd?', `70.${i}`));
            await res.arrayBuffer();
            acks[i] = performance.now() - t0;
            statuses.push(res.status);
          })(),
        );
        if (i % 10 === 0) {
          sends.push(
            (async () => {
              const t0 = performance.now();
              const res = await fetch(`${harness.url}/healthz`);
              await res.arrayBuffer();
              health.push(performance.now() - t0);
              expect(res.status).toBe(200);
            })(),
          );
        }
        await sleep(50);
      }
      await Promise.all(sends);
      const result = await pages.stop();

      const slowest = acks
        .map((ms, i) => `#${i} ${ms.toFixed(0)}`)
        .sort((a, b) => Number(b.split(' ')[1]) - Number(a.split(' ')[1]))
        .slice(0, 3);
      acks.sort((a, b) => a - b);
      const at = (p: number) => acks[Math.ceil(acks.length * p) - 1] as number;
      const [p50, p90, p99] = [at(0.5), at(0.9), at(0.99)];
      health.sort((a, b) => a - b);
      console.log(
        `[hostile pages] ${CLIENTS} clients: events ${EVENTS} sent, ${statuses.filter((s) => s === 200).length} acked; ack p50 ${p50.toFixed(0)} ms, p90 ${p90.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms (slowest: ${slowest.join(', ')}); healthz median ${health[Math.floor(health.length / 2)]?.toFixed(0)} ms; pages ${JSON.stringify(result?.statuses)}`,
      );
      expect(statuses).toEqual(Array(EVENTS).fill(200));
      // Generous bounds that prove "not stalled" (without shedding every ack waits behind ~64 ×
      // 40 ms of page work: 2.5 s and more); the p99 < 1 s figure is the benchmark's to measure.
      expect(p50).toBeLessThan(1000);
      expect(p90).toBeLessThan(3000);
      expect(health[Math.floor(health.length / 2)]).toBeLessThan(3000);
      expect(result?.statuses['503'] ?? 0).toBeGreaterThan(0);
      // Pages were served too, not refused wholesale.
      expect(result?.statuses['200'] ?? 0).toBeGreaterThan(0);
      const busy = await fetchUntilBusy(harness);
      expect(busy?.headers.get('retry-after')).toMatch(/^\d+$/);
      // Every event is answered once.
      await harness.slack.waitFor('chat.postMessage', EVENTS + 10, 20_000);
      expect(await counter(harness, 'meshbot_dedupe_hits_total')).toBe(0);
    } finally {
      await pages.stop();
    }
  });
});

/** meshbot_web_shed_total summed over routes and reasons. */
async function shedCount(harness: Harness): Promise<number> {
  const text = await (await fetch(`${harness.url}/metrics`)).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith('meshbot_web_shed_total{'))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}

/** A costly search, repeated (at most 50 times) while the flood lasts, until one is refused. */
async function fetchUntilBusy(harness: Harness): Promise<Response | null> {
  for (let i = 0; i < 50; i++) {
    const res = await fetch(`${harness.url}/answers?q=${word(500, 99_000 + i)}`);
    await res.arrayBuffer();
    if (res.status === 503) return res;
  }
  return null;
}

interface PagesResult {
  readonly statuses: Record<string, number>;
}

/** bench/hostile-pages.ts in a child process: `connections` clients for at most `seconds`. */
function startHostilePages(url: string, connections: number, seconds: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/hostile-pages.ts', url, String(connections), String(seconds)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => {
    out += c;
  });
  const done = new Promise<PagesResult | null>((resolve) => {
    child.once('exit', () => {
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as PagesResult);
      } catch {
        resolve(null);
      }
    });
  });
  return {
    async stop(): Promise<PagesResult | null> {
      if (child.exitCode === null && child.connected) child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const result = await done;
      clearTimeout(timer);
      return result;
    },
  };
}
