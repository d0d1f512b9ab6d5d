/**
 * Graceful shutdown, on a real process with real signals: the app runs as `node --import tsx
 * src/index.ts` against the fake Slack Web API. A reply still being posted when the signal
 * arrives must be delivered, new connections must be refused, and the process must exit 0
 * within the bound (10 s).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SETTING_NAMES } from '../../src/config.js';
import { InflightTracker } from '../../src/slack/inflight.js';
import { FakeSlack } from '../slack/helpers/fake-slack.js';
import { envelope, sign } from '../slack/helpers/harness.js';
import { freePort, sleep } from './helpers/processes.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SECRET = 'abcdef0123456789abcdef';
const BOUND_MS = 10_000;
const REPLY_DELAY_MS = 1_500;

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly at: number;
}

interface AppProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly url: string;
  /** Parsed JSON log lines from stdout (anything else is kept as { raw }). */
  readonly logs: Array<Record<string, unknown>>;
  readonly stderr: string[];
  readonly exited: Promise<Exit>;
}

/** 'refused' when nothing listens on the port any more, 'connected' while something does. */
function probe(port: number): Promise<'refused' | 'connected' | string> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      resolve(err.code === 'ECONNREFUSED' ? 'refused' : (err.code ?? 'error'));
    });
  });
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** Every setting blanked (so a developer's .env cannot leak in: dotenv never overrides), then `env`. */
function appEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const blank = Object.fromEntries(SETTING_NAMES.map((n) => [n, '']));
  return { ...process.env, ...blank, NODE_ENV: 'production', ...env };
}

const running: AppProcess[] = [];
const scratch: string[] = [];
/** A temporary DATA_DIR, removed after the file. */
function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'meshbot-shutdown-'));
  scratch.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of scratch.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function startApp(env: Record<string, string>): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    // Its own embedded store: never the repository's data/ folder, which may hold an older schema.
    env: appEnv({ PORT: String(port), LOG_LEVEL: 'info', DATA_DIR: scratchDir(), ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  const stderr: string[] = [];
  let partial = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ raw: line });
      }
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() }));
  });
  const app: AppProcess = { child, port, url: `http://127.0.0.1:${port}`, logs, stderr, exited };
  running.push(app);

  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  await until(
    async () => {
      if (gone) throw new Error(`app exited during startup:\n${stderr.join('')}\n${JSON.stringify(logs)}`);
      try {
        return (await fetch(`${app.url}/healthz`)).status === 200;
      } catch {
        return false;
      }
    },
    20_000,
    '/healthz to answer 200',
  );
  return app;
}

const logged = (app: AppProcess, msg: string) => app.logs.some((l) => l.msg === msg);
const loggedLike = (app: AppProcess, re: RegExp) =>
  app.logs.some((l) => typeof l.msg === 'string' && re.test(l.msg));

let slack: FakeSlack | undefined;

afterEach(async () => {
  for (const app of running.splice(0)) {
    if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL');
    await app.exited;
  }
  await slack?.stop();
  slack = undefined;
});

async function startHttpApp() {
  slack = await new FakeSlack().start();
  const app = await startApp({
    SLACK_BOT_TOKEN: 'xoxb-test-1',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${slack.url}/api/`,
  });
  return { app, slack };
}

async function mention(app: AppProcess): Promise<Response> {
  const body = JSON.stringify(
    envelope({
      type: 'app_mention',
      text: '<@U0BOT1234> how does mtls work in linkerd?',
      channel: 'C1',
      user: 'U1',
      ts: '111.222',
    }),
  );
  return fetch(`${app.url}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...sign(body, undefined, SECRET) },
  });
}

describe('graceful shutdown (real process, real signals)', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'HTTP mode, %s: the reply in flight is delivered, new connections are refused, exit 0',
    async (signal) => {
      const { app, slack } = await startHttpApp();
      slack.respondOnce('chat.postMessage', {
        delayMs: REPLY_DELAY_MS,
        body: { ok: true, channel: 'C1', ts: '111.333' },
      });

      const res = await mention(app);
      expect(res.status).toBe(200); // acked; the reply is posted after the ack
      const signalledAt = Date.now();
      app.child.kill(signal);

      // The listener still reaches Slack, and Slack holds the answer for REPLY_DELAY_MS.
      const [call] = await slack.waitFor('chat.postMessage', 1, 5_000);
      const calledAt = Date.now();
      expect(call?.args.channel).toBe('C1');
      expect(call?.args.thread_ts).toBe('111.222');

      // Meanwhile: still running (finishing the reply), but taking no new connections.
      await until(
        () => logged(app, 'shutting down: refusing new requests, finishing the ones in flight'),
        5_000,
        'the shutdown log line',
      );
      await until(async () => (await probe(app.port)) === 'refused', 1_000, 'the port to refuse connections');
      const refusedAt = Date.now();
      expect(app.child.exitCode).toBeNull();

      const exit = await app.exited;
      expect(exit).toMatchObject({ code: 0, signal: null });
      expect(exit.at - signalledAt).toBeLessThan(BOUND_MS);
      // It waited for Slack's (delayed) answer instead of cutting the reply off.
      expect(exit.at - calledAt).toBeGreaterThanOrEqual(REPLY_DELAY_MS - 200);
      expect(await probe(app.port)).toBe('refused');

      expect(logged(app, 'shutdown complete')).toBe(true);
      expect(loggedLike(app, /Web API call failed|unhandled listener error|timed out/)).toBe(false);
      expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
      console.info(
        `[shutdown ${signal}] signal→refusing ${refusedAt - signalledAt} ms, signal→exit ${exit.at - signalledAt} ms, ` +
          `postMessage arrival→exit ${exit.at - calledAt} ms (Slack delay ${REPLY_DELAY_MS} ms)`,
      );
    },
    40_000,
  );

  it('HTTP mode: a second signal during shutdown forces an immediate exit (code 1)', async () => {
    const { app, slack } = await startHttpApp();
    slack.respondOnce('chat.postMessage', { delayMs: 6_000, body: { ok: true, channel: 'C1', ts: '1.2' } });
    expect((await mention(app)).status).toBe(200);
    app.child.kill('SIGTERM');
    await slack.waitFor('chat.postMessage', 1, 5_000);
    await until(
      () => logged(app, 'shutting down: refusing new requests, finishing the ones in flight'),
      5_000,
      'the shutdown log line',
    );
    const secondAt = Date.now();
    app.child.kill('SIGINT');
    const exit = await app.exited;
    expect(exit).toMatchObject({ code: 1, signal: null });
    expect(exit.at - secondAt).toBeLessThan(1_000);
    expect(logged(app, 'second signal during shutdown: exiting now')).toBe(true);
    console.info(`[shutdown forced] second signal→exit ${exit.at - secondAt} ms`);
  }, 40_000);

  it('web-only mode (no Slack settings): SIGTERM exits 0 and the port is released', async () => {
    const app = await startApp({});
    const health = (await (await fetch(`${app.url}/healthz`)).json()) as { mode?: string };
    expect(health.mode).toBe('web-only');
    const signalledAt = Date.now();
    app.child.kill('SIGTERM');
    const exit = await app.exited;
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - signalledAt).toBeLessThan(BOUND_MS);
    expect(await probe(app.port)).toBe('refused');
    expect(logged(app, 'shutdown complete')).toBe(true);
    console.info(`[shutdown web-only] signal→exit ${exit.at - signalledAt} ms`);
  }, 40_000);
});

describe('InflightTracker', () => {
  it('drains once tracked work settles, passes results and rejections through, and can time out', async () => {
    const tracker = new InflightTracker();
    expect(await tracker.drain()).toBe(true);
    let finish: (v: string) => void = () => {};
    const slow = tracker.track(new Promise<string>((r) => (finish = r)));
    const failing = tracker.track(Promise.reject(new Error('boom')));
    await expect(failing).rejects.toThrow('boom');
    expect(tracker.size).toBe(1);
    expect(await tracker.drain(20)).toBe(false);
    const drained = tracker.drain();
    finish('done');
    await expect(slow).resolves.toBe('done');
    expect(await drained).toBe(true);
    expect(tracker.size).toBe(0);
  });
});
