/**
 * What `npm start` runs: the bundled server (dist/bundle/meshbot.js, written by scripts/bundle.mjs).
 * Bundling can break a package that finds files or workers relative to itself, so the bundle is run
 * for real, as a child process, in each mode: with no Slack settings it serves the answer pages;
 * with an empty cache folder it loads the matcher the build prepared (dist/model-cache) instead of
 * fitting it; with a bot token and signing secret it answers a signed mention through the stand-in Web API,
 * logs through pino, and exits 0 on SIGTERM; in Socket
 * Mode it connects to a local WebSocket that plays Slack's side and answers a mention.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTING_NAMES } from '../../src/config.js';
import { ROOT, removeTempDirs, tempDir } from '../helpers/kb.js';
import { FakeSlack } from '../slack/helpers/fake-slack.js';
import { FakeSocketMode } from '../slack/helpers/fake-socket.js';
import { APP_TOKEN, BOT_TOKEN, envelope, SIGNING_SECRET, sign } from '../slack/helpers/harness.js';
import { exited, freePort, newest, waitUntil } from './helpers/processes.js';

const BUNDLE = join(ROOT, 'dist', 'bundle', 'meshbot.js');

let slack: FakeSlack;
const children: ChildProcess[] = [];

beforeAll(async () => {
  // `npm test` builds first; run on its own, this file builds when the bundle is missing or stale.
  if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < newest(join(ROOT, 'src'))) {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore', timeout: 240_000 });
  }
  slack = await new FakeSlack().start();
}, 300_000);

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await slack?.stop();
  removeTempDirs();
});

/** Starts the bundle with only these settings (every other meshbot setting blank). */
async function startBundle(env: Record<string, string>) {
  const port = await freePort();
  const blank = Object.fromEntries(SETTING_NAMES.map((n) => [n, '']));
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_OPTIONS'),
  );
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: ROOT,
    env: {
      ...clean,
      ...blank,
      PORT: String(port),
      LOG_LEVEL: 'info',
      DATA_DIR: tempDir(),
      MESHBOT_MODEL_CACHE: tempDir(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => {
    out += c;
  });
  child.stderr?.setEncoding('utf8').on('data', (c: string) => {
    out += c;
  });
  const base = `http://127.0.0.1:${port}`;
  await waitUntil(
    async () => {
      if (child.exitCode !== null) throw new Error(`bundle exited during start-up:\n${out}`);
      const r = await fetch(`${base}/readyz`).catch(() => undefined);
      return r?.status === 200;
    },
    { timeoutMs: 30_000, intervalMs: 50, what: () => `/readyz 200 from the bundle:\n${out}` },
  );
  return { child, base, output: () => out };
}

describe('--prepare-cache (run by the build)', () => {
  /** The bundle and a copy of the knowledge base laid out as in the project, in a folder of its own. */
  function layout(breakIt: boolean): string {
    const dir = tempDir();
    cpSync(join(ROOT, 'dist', 'bundle'), join(dir, 'dist', 'bundle'), { recursive: true });
    cpSync(join(ROOT, 'src', 'knowledge'), join(dir, 'src', 'knowledge'), { recursive: true });
    for (const f of ['package.json', 'package-lock.json']) cpSync(join(ROOT, f), join(dir, f));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    if (breakIt) {
      const file = join(dir, 'src', 'knowledge', 'entries', 'mtls.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^checked: .*$/m, 'checked: last tuesday'));
    }
    return dir;
  }
  const prepare = (dir: string) =>
    spawnSync(process.execPath, [join(dir, 'dist', 'bundle', 'meshbot.js'), '--prepare-cache'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('writes the parsed knowledge base and the matcher snapshot into dist/model-cache', () => {
    const dir = layout(false);
    const r = prepare(dir);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const files = readdirSync(join(dir, 'dist', 'model-cache'));
    expect(files).toHaveLength(2);
    expect(files).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^[0-9a-f]{32}\.kb\.json$/),
        expect.stringMatching(/^[0-9a-f]{32}\.snap$/),
      ]),
    );
  }, 90_000);

  it('stops on an answer file with a mistake, naming the file and field, without a stack trace', () => {
    const r = prepare(layout(true));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/prepare-cache: The knowledge base has \d+ problem/);
    expect(r.stderr).toMatch(/mtls\.md: field "checked"/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 90_000);
});

describe('the bundled server (npm start)', () => {
  it('with no Slack settings serves the answer pages and says how to connect Slack', async () => {
    const { child, base, output } = await startBundle({});
    const health = await fetch(`${base}/healthz`);
    expect(await health.json()).toMatchObject({ ok: true, mode: 'web-only' });
    const page = await fetch(`${base}/answers/mtls`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/mTLS/);
    expect(output()).toMatch(/SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET/);
    // Its cache folder is empty, yet nothing is fitted: the build prepared dist/model-cache.
    expect(output()).toMatch(/"matcher":"loaded from snapshot".*"knowledge base and matcher ready"/);
    child.kill('SIGTERM');
    expect(await exited(child)).toEqual({ code: 0, signal: null });
    expect(output()).toMatch(/shutdown complete/);
  }, 60_000);

  it('in HTTP mode answers a signed mention through the Web API, and exits 0 on SIGTERM', async () => {
    const { child, base, output } = await startBundle({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${slack.url}/api/`,
      PUBLIC_BASE_URL: 'https://meshbot.example.com',
    });
    const body = JSON.stringify(
      envelope({
        type: 'app_mention',
        user: 'U0ASKER',
        channel: 'C0BUNDLE',
        ts: '1796000000.000100',
        text: '<@U0BOT1234> how does linkerd do mutual tls between pods?',
      }),
    );
    const res = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sign(body) },
      body,
    });
    expect(res.status).toBe(200);
    const [post] = await slack.waitFor('chat.postMessage', 1, 20_000);
    expect(post?.args.channel).toBe('C0BUNDLE');
    expect(post?.args.thread_ts).toBe('1796000000.000100');
    expect(JSON.stringify(post?.args.blocks)).toContain('/answers/mtls');
    // A forged signature is refused by the bundled Bolt receiver.
    const forged = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sign(body, undefined, 'x'.repeat(32)) },
      body,
    });
    expect(forged.status).toBe(401);
    child.kill('SIGTERM');
    expect(await exited(child)).toEqual({ code: 0, signal: null });
    // pino (external to the bundle) wrote JSON lines, and no secret reached them.
    const lines = output()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(2);
    expect(output()).not.toContain(BOT_TOKEN);
    expect(output()).not.toContain(SIGNING_SECRET);
    expect(readFileSync(BUNDLE, 'utf8').length).toBeGreaterThan(100_000);
  }, 60_000);

  it('in Socket Mode connects over the WebSocket (bundled ws), acks a mention and answers it', async () => {
    const socket = await new FakeSocketMode().start();
    slack.socketUrl = socket.url;
    slack.reset();
    try {
      const { child, output } = await startBundle({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_APP_TOKEN: APP_TOKEN,
        SLACK_API_URL: `${slack.url}/api/`,
        PUBLIC_BASE_URL: 'https://meshbot.example.com',
      });
      await socket.waitForConnections(1, 20_000);
      const id = socket.send(
        'events_api',
        envelope({
          type: 'app_mention',
          user: 'U0ASKER',
          channel: 'C0SOCKET',
          ts: '1796000001.000200',
          text: '<@U0BOT1234> what is istio ambient mode?',
        }),
      );
      await socket.waitForAck(id, 20_000);
      const [post] = await slack.waitFor('chat.postMessage', 1, 20_000);
      expect(post?.args.channel).toBe('C0SOCKET');
      expect(JSON.stringify(post?.args.blocks)).toContain('/answers/ambient-mode');
      expect(output()).toContain('meshbot connected to Slack (Socket Mode)');
      child.kill('SIGTERM');
      expect(await exited(child)).toEqual({ code: 0, signal: null });
      expect(output()).not.toContain(APP_TOKEN);
    } finally {
      await socket.stop();
    }
  }, 90_000);
});
