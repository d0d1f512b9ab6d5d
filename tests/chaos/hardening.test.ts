/**
 * Issue 10, items 4, 5 and 20, against the real app over loopback:
 *
 * 4. Slow clients cannot hold the HTTP server: a socket that never finishes its headers is closed
 *    after the headers timeout (10 s, checked every second; Node's default held it 60 s and more),
 *    and one address cannot take every connection slot (per-address and total caps).
 * 5. A signed body of JSON `null` (or `payload=null`, `[]`, `42`) gets 400 instead of a TypeError
 *    inside Bolt that killed the process; stray errors are logged and the process keeps serving.
 * 20. The timestamp header is parsed strictly: `1e10` is refused (it read as the year 2286).
 *
 * The attacker's sockets come from 127.0.0.2 (still loopback), so Slack's (127.0.0.1) are another address.
 */
import { EventEmitter } from 'node:events';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { installProcessHandlers } from '../../src/process-handlers.js';
import { DEFAULT_LIMITS } from '../../src/web/limits.js';
import { mentionEvent, sleep } from '../fault/helpers.js';
import { slackEnv, spawnApp } from '../production/helpers/app-process.js';
import { freePort } from '../production/helpers/processes.js';
import { FakeSlack } from '../slack/helpers/fake-slack.js';
import { type Harness, sign, startHarness } from '../slack/helpers/harness.js';

let h: Harness | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await h?.close();
  h = undefined;
});

/** A socket from 127.0.0.2 to the app; resolves once connected, records when it is closed. */
function attackerSocket(port: number): Promise<{ socket: Socket; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress: '127.0.0.2' });
    sockets.push(socket);
    socket.on('error', () => {});
    const closed = new Promise<number>((r) => socket.once('close', () => r(Date.now())));
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

const portOf = (harness: Harness) => Number(new URL(harness.url).port);

describe('item 4: slow clients cannot hold the server', () => {
  it('a socket that never finishes its headers is closed after the 10 s headers timeout', {
    timeout: 30_000,
  }, async () => {
    h = await startHarness();
    const { socket, closed } = await attackerSocket(portOf(h));
    const opened = Date.now();
    socket.write('POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    // One header byte a second, never the blank line (slowloris), for at most 20 s.
    let stop = false;
    void (async () => {
      for (let i = 0; i < 25 && !stop && !socket.destroyed; i++) {
        socket.write('X');
        await sleep(1_000);
      }
    })();
    const at = await Promise.race([closed, sleep(25_000).then(() => Number.NaN)]);
    stop = true;
    const ms = at - opened;
    console.log(`[slowloris] socket closed by the server after ${ms} ms`);
    expect(ms).toBeGreaterThanOrEqual(DEFAULT_LIMITS.headersTimeoutMs - 500);
    // Checked every second; generous for a busy machine. Node's default held it 60 s and more.
    expect(ms).toBeLessThan(DEFAULT_LIMITS.headersTimeoutMs + 6_000);
    // Meanwhile and after, Slack is served.
    const res = await h.event(mentionEvent('mtls', '50.1'));
    expect(res.status).toBe(200);
  });

  it('one address holding connections past its cap: the rest are closed at once, Slack is still served', async () => {
    h = await startHarness({}, { limits: { maxConnectionsPerAddress: 20 } });
    const port = portOf(h);
    const held = await Promise.all(Array.from({ length: 50 }, () => attackerSocket(port)));
    const closedSoon = await Promise.all(
      held.map(({ closed }) => Promise.race([closed.then(() => true), sleep(1_000).then(() => false)])),
    );
    const refused = closedSoon.filter(Boolean).length;
    console.log(
      `[connection cap] 50 idle sockets from one address: ${refused} closed at once, ${50 - refused} held`,
    );
    expect(refused).toBe(30);
    const res = await h.event(mentionEvent('ambient mode', '50.2'));
    expect(res.status).toBe(200);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    await h.slack.waitFor('chat.postMessage');
    const metrics = await (await fetch(`${h.url}/metrics`)).text();
    expect(metrics).toMatch(/meshbot_http_connections_refused_total\{reason="address"\} 30/);
  });
});

describe('item 5: bodies Bolt cannot handle do not kill the process', () => {
  const bodies: Array<[string, string, string]> = [
    ['JSON null', 'null', 'application/json'],
    ['a JSON array', '[]', 'application/json'],
    ['a JSON number', '42', 'application/json'],
    ['a JSON string', '"hello"', 'application/json'],
    ['payload=null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['payload=[1]', 'payload=%5B1%5D', 'application/x-www-form-urlencoded'],
  ];

  it.each(bodies)('signed %s → 400, and the app keeps answering', async (_name, body, type) => {
    h = await startHarness();
    const res = await h.raw(body, { 'content-type': type, ...sign(body) });
    expect(res.status).toBe(400);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    await h.event(mentionEvent('is linkerd free?', '51.1'));
    await h.slack.waitFor('chat.postMessage');
  });

  it('unsigned null → 401 (the signature is checked first)', async () => {
    h = await startHarness();
    const res = await h.raw('null', { 'content-type': 'application/json' });
    expect(res.status).toBe(401);
  });

  it('a real process survives a signed null body and payload=null', { timeout: 30_000 }, async () => {
    const fake = await new FakeSlack().start();
    const port = await freePort();
    const env = slackEnv(fake.url);
    const secret = env.SLACK_SIGNING_SECRET;
    const child = spawnApp(env, port);
    try {
      const url = `http://127.0.0.1:${port}`;
      for (let i = 0; ; i++) {
        const up = await fetch(`${url}/healthz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (up) break;
        if (i > 200 || child.exitCode !== null) throw new Error('app did not start');
        await sleep(100);
      }
      for (const [body, type] of [
        ['null', 'application/json'],
        ['payload=null', 'application/x-www-form-urlencoded'],
      ] as const) {
        const res = await fetch(`${url}/slack/events`, {
          method: 'POST',
          body,
          headers: { 'content-type': type, ...sign(body, undefined, secret) },
        });
        expect(res.status).toBe(400);
      }
      await sleep(300);
      expect(child.exitCode).toBeNull();
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      child.kill('SIGKILL');
      await fake.stop();
    }
  });

  it('process handlers: a stray rejection or exception is logged and the process goes on; fatal ones exit', () => {
    const target = new EventEmitter();
    const lines: string[] = [];
    const exits: number[] = [];
    const logger = {
      error: (_o: unknown, msg?: string) => lines.push(`error ${msg}`),
      fatal: (_o: unknown, msg?: string) => lines.push(`fatal ${msg}`),
    } as unknown as Parameters<typeof installProcessHandlers>[0]['logger'];
    const remove = installProcessHandlers({ logger, target, exit: (c) => exits.push(c), maxPerMinute: 3 });
    target.emit('unhandledRejection', new TypeError("Cannot read properties of null (reading 'ssl_check')"));
    target.emit('uncaughtException', new Error('boom'));
    expect(exits).toEqual([]);
    expect(lines).toEqual([
      'error unhandled rejection: logged, still serving',
      'error uncaught exception: logged, still serving',
    ]);
    target.emit('uncaughtException', Object.assign(new Error('x'), { code: 'ERR_INTERNAL_ASSERTION' }));
    expect(exits).toEqual([1]);
    // A storm: more than 3 a minute.
    target.emit('unhandledRejection', new Error('again'));
    expect(exits).toEqual([1, 1]);
    remove();
    expect(target.listenerCount('unhandledRejection')).toBe(0);
  });
});

describe('item 20: the timestamp header is parsed strictly', () => {
  it.each(['1e10', '0x7fffffff', '  1e10 ', '+1e10', '99999999999.5'])(
    'a signed request stamped %j → 401, no reply',
    async (ts) => {
      h = await startHarness();
      const body = JSON.stringify(mentionEvent('mtls', '52.1'));
      const headers = sign(body, Number(ts));
      const res = await h.raw(body, {
        'content-type': 'application/json',
        'x-slack-signature': headers['x-slack-signature'],
        'x-slack-request-timestamp': ts,
      });
      expect(res.status).toBe(401);
      await sleep(200);
      expect(h.slack.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    },
  );
});
