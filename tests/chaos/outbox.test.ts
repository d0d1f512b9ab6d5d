/**
 * Issue 10, items 2 and 3: one 429 must not freeze every Web API call, and no acked question may go
 * unanswered: not on SIGTERM with a 429 in flight, not while Slack answers slowly, returns 500 on
 * every call for a while, or does not answer at all.
 *
 * The real app over loopback against the stand-in Web API (tests/slack/helpers/fake-slack.ts), with
 * the production client policy. Each case prints events sent / acked / answered / duplicated / lost:
 * "answered" means Slack accepted a reply in the asker's thread (chat.postMessage), or, where the
 * channel stayed blocked, privately to the asker (chat.postEphemeral in that thread).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SETTING_NAMES } from '../../src/config.js';
import { mentionEvent, sleep } from '../fault/helpers.js';
import { type AppProcess, startAppProcess } from '../production/helpers/app-process.js';
import { exited, freePort, stopAllChildren } from '../production/helpers/processes.js';
import { FakeSlack } from '../slack/helpers/fake-slack.js';
import { type Harness, SIGNING_SECRET, sign, startHarness } from '../slack/helpers/harness.js';
import { type PostgresServer, startPostgres } from '../store/helpers/postgres-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const scratchDirs: string[] = [];
/** A fresh DATA_DIR (removed after the file). */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'meshbot-chaos-'));
  scratchDirs.push(dir);
  return dir;
}
let pg: PostgresServer | undefined;
afterAll(async () => {
  await stopAllChildren();
  await pg?.stop();
  for (const d of scratchDirs) rmSync(d, { recursive: true, force: true });
});

let h: Harness | undefined;
let child: ChildProcess | undefined;
let slack: FakeSlack | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = undefined;
  await slack?.stop();
  slack = undefined;
});

interface Tally {
  sent: number;
  acked: number;
  answered: number;
  privately: number;
  duplicated: number;
  lost: number;
}

/** What Slack accepted for the events whose message ts are `tss`. */
function tally(fake: FakeSlack, tss: readonly string[], acked: number): Tally {
  const count = (method: string) => {
    const m = new Map<string, number>();
    for (const c of fake.accepted(method)) {
      const ts = String(c.args.thread_ts ?? '');
      m.set(ts, (m.get(ts) ?? 0) + 1);
    }
    return m;
  };
  const posted = count('chat.postMessage');
  const priv = count('chat.postEphemeral');
  let answered = 0;
  let privately = 0;
  let duplicated = 0;
  for (const ts of tss) {
    const n = posted.get(ts) ?? 0;
    const p = priv.get(ts) ?? 0;
    if (n > 0) answered++;
    else if (p > 0) privately++;
    duplicated += Math.max(0, n - 1) + (n > 0 ? p : Math.max(0, p - 1));
  }
  return {
    sent: tss.length,
    acked,
    answered,
    privately,
    duplicated,
    lost: tss.length - answered - privately,
  };
}

const show = (name: string, t: Tally) =>
  console.log(
    `[${name}] events sent ${t.sent}, acked ${t.acked}, answered ${t.answered} in thread + ${t.privately} privately, duplicated ${t.duplicated}, lost ${t.lost}`,
  );

/** Sends one mention per (channel, ts) and returns how many were acked with 200. */
async function mentions(
  send: (env: Record<string, unknown>) => Promise<Response>,
  items: ReadonlyArray<{ channel: string; ts: string }>,
): Promise<number> {
  const statuses = await Promise.all(
    items.map(async ({ channel, ts }) => {
      const env = mentionEvent('how does mtls work in linkerd?', ts);
      (env.event as Record<string, unknown>).channel = channel;
      const res = await send(env);
      await res.arrayBuffer();
      return res.status;
    }),
  );
  return statuses.filter((s) => s === 200).length;
}

const inChannel = (channel: string) => (c: { args: Record<string, unknown> }) => c.args.channel === channel;

describe('item 2: a 429 is per method and channel', () => {
  it('Retry-After: 6 in one channel holds that channel only; the others are answered at once', async () => {
    h = await startHarness({}, { clientOptions: {} });
    h.slack.addFault({
      method: 'chat.postMessage',
      when: inChannel('CLIMITED'),
      times: 1,
      response: { status: 429, headers: { 'retry-after': '6' }, body: { ok: false, error: 'ratelimited' } },
    });
    const items = [
      { channel: 'CLIMITED', ts: '20.0' },
      ...Array.from({ length: 10 }, (_, i) => ({ channel: `COTHER${i}`, ts: `20.${i + 1}` })),
    ];
    const t0 = Date.now();
    const first = await mentions((e) => (h as Harness).event(e), items.slice(0, 1));
    await h.slack.waitFor('chat.postMessage', 1);
    const rest = await mentions((e) => (h as Harness).event(e), items.slice(1));
    // The other channels' replies go out while CLIMITED waits out its Retry-After (6 s: room for a
    // loaded machine, where "at once" can take a second or two).
    await expect
      .poll(() => h?.slack.accepted('chat.postMessage').length, { timeout: 5_000, interval: 20 })
      .toBe(10);
    expect(Date.now() - t0).toBeLessThan(6_000);
    expect(h.slack.accepted('chat.postMessage').some((c) => c.args.channel === 'CLIMITED')).toBe(false);
    // Then CLIMITED's reply, after its 6 s.
    await expect
      .poll(() => h?.slack.accepted('chat.postMessage').length, { timeout: 12_000, interval: 50 })
      .toBe(11);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(6_000);
    const t = tally(
      h.slack,
      items.map((i) => i.ts),
      first + rest,
    );
    show('429 in one channel', t);
    expect(t).toMatchObject({ sent: 11, acked: 11, answered: 11, duplicated: 0, lost: 0 });
  });

  it('views.open is never held behind a pause: /mesh-pick opens its modal at once during a 30 s Retry-After', async () => {
    h = await startHarness({}, { clientOptions: {} });
    h.slack.addFault({
      method: 'chat.postMessage',
      response: { status: 429, headers: { 'retry-after': '30' }, body: { ok: false, error: 'ratelimited' } },
    });
    await mentions((e) => (h as Harness).event(e), [{ channel: 'C1', ts: '21.1' }]);
    await h.slack.waitFor('chat.postMessage', 1);
    const t0 = Date.now();
    const res = await h.command({ command: '/mesh-pick', text: '' });
    expect(res.status).toBe(200);
    await h.slack.waitFor('views.open', 1, 5_000);
    // A trigger_id expires after 3 s.
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(h.slack.accepted('views.open')).toHaveLength(1);
  });

  it('a 429 on views.open is not retried after its trigger expired: the user is told to run the command again', async () => {
    h = await startHarness({}, { clientOptions: {} });
    h.slack.respondOnce('views.open', { status: 429, headers: { 'retry-after': '5' } });
    await h.command({ command: '/mesh-pick', text: '' });
    const [reply] = await h.slack.waitFor('response_url', 1, 3_000);
    expect(String(reply?.args.text)).toContain('/mesh-pick');
    await sleep(300);
    expect(h.slack.callsTo('views.open')).toHaveLength(1);
  });
});

describe('item 3: no acked question goes unanswered', () => {
  it('Slack answering every post in 12 s: 100 events all acked at once and answered once', {
    timeout: 60_000,
  }, async () => {
    h = await startHarness({}, { clientOptions: {} });
    h.slack.addFault({ method: 'chat.postMessage', response: { delayMs: 12_000 } });
    const items = Array.from({ length: 100 }, (_, i) => ({ channel: `C${i % 20}`, ts: `30.${i}` }));
    const t0 = Date.now();
    const acked = await mentions((e) => (h as Harness).event(e), items);
    expect(Date.now() - t0).toBeLessThan(3_000);
    await expect
      .poll(() => h?.slack.accepted('chat.postMessage').length, { timeout: 30_000, interval: 200 })
      .toBe(100);
    await sleep(500);
    const t = tally(
      h.slack,
      items.map((i) => i.ts),
      acked,
    );
    show('Slack answers in 12 s', t);
    expect(t).toMatchObject({ sent: 100, acked: 100, answered: 100, duplicated: 0, lost: 0 });
  });

  it('HTTP 500 on every call for 12 s: 18 mentions kept, retried with backoff, all answered once after', {
    timeout: 60_000,
  }, async () => {
    h = await startHarness(
      {},
      { clientOptions: {}, slack: { replies: { backoffBaseMs: 250, backoffMaxMs: 2_000 } } },
    );
    const heal = h.slack.addFault({
      method: 'chat.postMessage',
      response: { status: 500, body: { ok: false, error: 'fatal_error' } },
    });
    const items = Array.from({ length: 18 }, (_, i) => ({ channel: `C${i % 6}`, ts: `31.${i}` }));
    const acked = await mentions((e) => (h as Harness).event(e), items);
    // Longer than the old client's own retries (3, with 1-10 s backoff): those dropped the replies.
    await sleep(12_000);
    expect(h.slack.accepted('chat.postMessage')).toHaveLength(0);
    heal();
    await expect
      .poll(() => h?.slack.accepted('chat.postMessage').length, { timeout: 10_000, interval: 100 })
      .toBe(18);
    await sleep(500);
    const t = tally(
      h.slack,
      items.map((i) => i.ts),
      acked,
    );
    show('500 for 12 s', t);
    expect(t).toMatchObject({ sent: 18, acked: 18, answered: 18, duplicated: 0, lost: 0 });
  });

  it('a Web API that does not answer for 4 s (1 s per attempt): every reply retried and posted once', {
    timeout: 60_000,
  }, async () => {
    h = await startHarness(
      {},
      {
        clientOptions: {},
        slack: { replyTimeoutMs: 1_000, replies: { backoffBaseMs: 250, backoffMaxMs: 1_000 } },
      },
    );
    const heal = h.slack.addFault({ method: 'chat.postMessage', response: { hang: true } });
    const items = Array.from({ length: 10 }, (_, i) => ({ channel: `C${i % 3}`, ts: `32.${i}` }));
    const acked = await mentions((e) => (h as Harness).event(e), items);
    await sleep(4_000);
    heal();
    const healed = Date.now();
    await expect
      .poll(() => h?.slack.accepted('chat.postMessage').length, { timeout: 10_000, interval: 100 })
      .toBe(10);
    // Each attempt gives up after its own timeout and the next follows within the backoff: the
    // replies go out within seconds of Slack answering again, not after a 10 s attempt (and then
    // 3 more), which held each reply ~49 s and dropped it.
    expect(Date.now() - healed).toBeLessThan(4_000);
    const t = tally(
      h.slack,
      items.map((i) => i.ts),
      acked,
    );
    show('API hangs for 4 s', t);
    expect(t).toMatchObject({ sent: 10, acked: 10, answered: 10, duplicated: 0, lost: 0 });
  });

  it('a channel that never takes the reply: after the expiry the asker gets the answer privately', {
    timeout: 30_000,
  }, async () => {
    h = await startHarness(
      {},
      {
        clientOptions: {},
        slack: { replies: { expireAfterMs: 2_000, backoffBaseMs: 200, backoffMaxMs: 500 } },
      },
    );
    h.slack.addFault({
      method: 'chat.postMessage',
      response: { status: 503, body: { ok: false, error: 'service_unavailable' } },
    });
    const acked = await mentions((e) => (h as Harness).event(e), [{ channel: 'C1', ts: '33.1' }]);
    const [eph] = await h.slack.waitFor('chat.postEphemeral', 1, 10_000);
    expect(eph?.args).toMatchObject({ channel: 'C1', user: 'U1', thread_ts: '33.1' });
    const t = tally(h.slack, ['33.1'], acked);
    show('expired', t);
    expect(t).toMatchObject({ sent: 1, acked: 1, privately: 1, lost: 0 });
    expect(await (await fetch(`${h.url}/metrics`)).text()).toMatch(
      /meshbot_replies_total\{surface="mention",outcome="expired"\} 1/,
    );
  });
});

describe('item 3: SIGTERM with a 429 in flight (real process)', () => {
  it('300 acked events, one channel rate limited for 30 s: all answered (that channel privately), exit 0 within 10 s', {
    timeout: 60_000,
  }, async () => {
    slack = await new FakeSlack().start();
    slack.addFault({
      method: 'chat.postMessage',
      when: inChannel('CLIMITED'),
      response: { status: 429, headers: { 'retry-after': '30' }, body: { ok: false, error: 'ratelimited' } },
    });
    const port = await freePort();
    const blank = Object.fromEntries(SETTING_NAMES.map((n) => [n, '']));
    child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...blank,
        NODE_ENV: 'production',
        DATA_DIR: scratch(),
        PORT: String(port),
        LOG_LEVEL: 'warn',
        SLACK_BOT_TOKEN: 'xoxb-test-1',
        SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789',
        SLACK_API_URL: `${slack.url}/api/`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const proc = child;
    let logs = '';
    proc.stdout?.setEncoding('utf8').on('data', (c: string) => {
      logs += c;
    });
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      proc.once('exit', (code) => resolve({ code, at: Date.now() })),
    );
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      const ok = await fetch(`${url}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      if (i > 200) throw new Error(`app did not start:\n${logs}`);
      await sleep(100);
    }
    const items = Array.from({ length: 300 }, (_, i) => ({
      channel: i % 30 === 0 ? 'CLIMITED' : `C${i % 30}`,
      ts: `40.${i}`,
    }));
    const send = (env: Record<string, unknown>) => {
      const body = JSON.stringify(env);
      return fetch(`${url}/slack/events`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...sign(body) },
      });
    };
    let acked = 0;
    for (let i = 0; i < items.length; i += 50) acked += await mentions(send, items.slice(i, i + 50));
    // The limited channel has had its 429; now the operator restarts the pod.
    await slack.waitFor('chat.postMessage', 1, 5_000);
    const signalled = Date.now();
    proc.kill('SIGTERM');
    const exit = await exited;
    const t = tally(
      slack,
      items.map((i) => i.ts),
      acked,
    );
    show('SIGTERM with a 429 in flight', t);
    console.log(`[SIGTERM with a 429 in flight] exit ${exit.code} after ${exit.at - signalled} ms`);
    expect(exit.code).toBe(0);
    expect(exit.at - signalled).toBeLessThan(10_000);
    expect(t).toMatchObject({ sent: 300, acked: 300, duplicated: 0, lost: 0 });
    expect(t.privately).toBe(10);
  });
});

/** A real app process (the built entry point's source through tsx) against the stand-in Slack. */
function appProcess(name: string, fake: FakeSlack, store: Record<string, string>): Promise<AppProcess> {
  return startAppProcess({
    name,
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SLACK_BOT_TOKEN: 'xoxb-test-1',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${fake.url}/api/`,
      ...store,
    },
  });
}

const sendTo = (url: string) => (env: Record<string, unknown>) => {
  const body = JSON.stringify(env);
  return fetch(`${url}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...sign(body) },
  });
};

/** Sum of meshbot_replies_total{outcome} over the given processes' /metrics. */
async function repliesCounted(apps: readonly AppProcess[], outcome: string): Promise<number> {
  let n = 0;
  for (const app of apps) {
    const text = await (await fetch(`${app.url}/metrics`)).text();
    for (const m of text.matchAll(
      new RegExp(`^meshbot_replies_total\\{[^}]*outcome="${outcome}"[^}]*\\} (\\d+)`, 'gm'),
    ))
      n += Number(m[1]);
  }
  return n;
}

describe('item 3: the outbox is in the store (crash, restart, replicas)', () => {
  it('SIGKILL with 60 replies pending behind 500s and a 429; a new process on the same DATA_DIR answers each exactly once', {
    timeout: 120_000,
  }, async () => {
    slack = await new FakeSlack().start();
    const fake = slack;
    const heal500 = fake.addFault({
      method: 'chat.postMessage',
      when: (c) => c.args.channel !== 'CLIMITED',
      response: { status: 500, body: { ok: false, error: 'fatal_error' } },
    });
    const heal429 = fake.addFault({
      method: 'chat.postMessage',
      when: inChannel('CLIMITED'),
      response: { status: 429, headers: { 'retry-after': '3' }, body: { ok: false, error: 'ratelimited' } },
    });
    const dataDir = scratch();
    const first = await appProcess('first', fake, { DATA_DIR: dataDir });
    const items = Array.from({ length: 60 }, (_, i) => ({
      channel: i % 6 === 0 ? 'CLIMITED' : `C${i % 6}`,
      ts: `50.${i}`,
    }));
    const acked = await mentions(sendTo(first.url), items);
    // Every reply has been tried at least once (so it is stored and failing), then the crash.
    await fake.waitFor('chat.postMessage', items.length, 10_000);
    first.process.kill('SIGKILL');
    const gone = await exited(first.process);
    expect(gone.signal).toBe('SIGKILL');
    expect(fake.accepted('chat.postMessage')).toHaveLength(0);
    heal500();
    heal429();
    const restarted = Date.now();
    const second = await appProcess('second', fake, { DATA_DIR: dataDir });
    await expect
      .poll(() => fake.accepted('chat.postMessage').length, { timeout: 60_000, interval: 200 })
      .toBe(items.length);
    const tookMs = Date.now() - restarted;
    await sleep(2_000);
    const t = tally(
      fake,
      items.map((i) => i.ts),
      acked,
    );
    show('SIGKILL with replies pending, restart on the same DATA_DIR', t);
    console.log(`[SIGKILL, restart] all answered ${tookMs} ms after the restart began`);
    expect(t).toMatchObject({ sent: 60, acked: 60, answered: 60, privately: 0, duplicated: 0, lost: 0 });
    expect(await repliesCounted([second], 'posted')).toBe(60);
    await second.stop();
  });

  it('two processes on one PostgreSQL drain one outbox: 100 mentions through 500s, each answered exactly once', {
    timeout: 120_000,
  }, async () => {
    pg = await startPostgres();
    const databaseUrl = await pg.createDatabase();
    slack = await new FakeSlack().start();
    const fake = slack;
    const heal = fake.addFault({
      method: 'chat.postMessage',
      response: { status: 500, body: { ok: false, error: 'fatal_error' } },
    });
    const [a, b] = await Promise.all([
      appProcess('replica-a', fake, { DATABASE_URL: databaseUrl }),
      appProcess('replica-b', fake, { DATABASE_URL: databaseUrl }),
    ]);
    const items = Array.from({ length: 100 }, (_, i) => ({ channel: `C${i % 10}`, ts: `60.${i}` }));
    const [ackA, ackB] = await Promise.all([
      mentions(
        sendTo(a.url),
        items.filter((_, i) => i % 2 === 0),
      ),
      mentions(
        sendTo(b.url),
        items.filter((_, i) => i % 2 === 1),
      ),
    ]);
    // Both replicas retry every reply (their own and, once due, each other's) for a while.
    await sleep(4_000);
    const attempts = fake.callsTo('chat.postMessage').length;
    expect(attempts).toBeGreaterThanOrEqual(100);
    heal();
    await expect
      .poll(() => fake.accepted('chat.postMessage').length, { timeout: 60_000, interval: 200 })
      .toBe(items.length);
    await sleep(3_000);
    const t = tally(
      fake,
      items.map((i) => i.ts),
      ackA + ackB,
    );
    show('two processes on one PostgreSQL, 500s then healed', t);
    const posted = [await repliesCounted([a], 'posted'), await repliesCounted([b], 'posted')];
    console.log(
      `[two replicas] attempts while failing ${attempts}; posted by a ${posted[0]}, by b ${posted[1]}`,
    );
    expect(t).toMatchObject({ sent: 100, acked: 100, answered: 100, privately: 0, duplicated: 0, lost: 0 });
    expect((posted[0] ?? 0) + (posted[1] ?? 0)).toBe(100);
    await Promise.all([a.stop(), b.stop()]);
  });
});
