/**
 * Issue 10, low items 8, 16, 17 and 21, through the real app over loopback (and, for 16, the real
 * entry point as a child process):
 * - 8: readiness (/readyz) reports a revoked or invalid token; liveness (/healthz) stays up;
 * - 16: an unreadable .env stops start-up with a message naming the file;
 * - 17: /metrics behind METRICS_TOKEN or on METRICS_PORT, both validated by config.ts;
 * - 21: a message that cannot be built is counted as a card error, not a Web API failure.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SETTING_NAMES } from '../../src/config.js';
import type { Core } from '../../src/core.js';
import { loadEnvFile } from '../../src/env-file.js';
import { CALLBACKS } from '../../src/ids.js';
import { SlackAuthHealth } from '../../src/slack/auth-health.js';
import { PROJECT_ROOT } from '../production/helpers/app-process.js';
import { freePort } from '../production/helpers/processes.js';
import { type Harness, startHarness } from '../slack/helpers/harness.js';
import { mentionEvent, sleep } from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'meshbot-lows-'));
  dirs.push(d);
  return d;
};

const json = async (res: Response) => (await res.json()) as Record<string, unknown>;

describe('item 8: readiness reports a token Slack refuses; liveness stays up', () => {
  it('token_revoked on a reply: /readyz 503 naming it, /healthz 200', async () => {
    h = await startHarness();
    const ready = await fetch(`${h.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await json(ready)).toMatchObject({ ok: true, slack: 'ok' });
    h.slack.addFault({
      method: 'chat.postMessage',
      response: { body: { ok: false, error: 'token_revoked' } },
    });
    h.slack.addFault({
      method: 'chat.postEphemeral',
      response: { body: { ok: false, error: 'token_revoked' } },
    });
    h.slack.addFault({ method: 'auth.test', response: { body: { ok: false, error: 'token_revoked' } } });
    await h.event(mentionEvent('how does mtls work in linkerd?', '70.1'));
    await h.slack.waitFor('chat.postMessage', 1);
    const harness = h;
    await expect
      .poll(async () => (await fetch(`${harness.url}/readyz`)).status, { timeout: 5_000 })
      .toBe(503);
    expect(await json(await fetch(`${h.url}/readyz`))).toMatchObject({ ok: false, slack: 'token_revoked' });
    const live = await fetch(`${h.url}/healthz`);
    expect(live.status).toBe(200);
    expect(await json(live)).toMatchObject({ ok: true });
  });

  it('re-checks with auth.test in the background: an auth answer marks it, a success clears it, an outage does not', async () => {
    let now = 0;
    let answer: () => Promise<unknown> = async () => ({ ok: true });
    const health = new SlackAuthHealth(() => answer(), {
      okRecheckMs: 1_000,
      failedRecheckMs: 100,
      now: () => now,
    });
    expect(health.status()).toEqual({ ok: true });
    answer = async () => {
      throw Object.assign(new Error('x'), {
        code: 'slack_webapi_platform_error',
        data: { ok: false, error: 'invalid_auth' },
      });
    };
    now = 1_000;
    health.status(); // starts the re-check
    await sleep(10);
    expect(health.status()).toEqual({ ok: false, code: 'invalid_auth' });
    answer = async () => {
      throw Object.assign(new Error('down'), { code: 'slack_webapi_http_error', statusCode: 503 });
    };
    now = 1_100;
    health.status();
    await sleep(10);
    expect(health.status()).toEqual({ ok: false, code: 'invalid_auth' });
    answer = async () => ({ ok: true });
    now = 1_200;
    health.status();
    await sleep(10);
    expect(health.status()).toEqual({ ok: true });
    // A failed call elsewhere (not an auth code) changes nothing; an auth code does.
    health.note('ratelimited');
    expect(health.status()).toEqual({ ok: true });
    health.note('account_inactive');
    expect(health.status()).toEqual({ ok: false, code: 'account_inactive' });
  });
});

describe('item 17: /metrics behind a token or on a port of its own', () => {
  const base = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789' };

  it('config.ts validates METRICS_TOKEN and METRICS_PORT in its one message', () => {
    const err = (() => {
      try {
        loadConfig({ ...base, METRICS_TOKEN: 'short', METRICS_PORT: 'nine', PORT: '3000' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/METRICS_TOKEN: must be at least 16 characters/);
    expect((err as Error).message).toMatch(/METRICS_PORT: must be a whole number from 1 to 65535/);
    expect(() => loadConfig({ ...base, PORT: '3000', METRICS_PORT: '3000' })).toThrow(
      /METRICS_PORT: must differ from PORT/,
    );
    expect(() => loadConfig({ ...base, METRICS_TOKEN: 'has a space in it, sixteen+' })).toThrow(
      /METRICS_TOKEN/,
    );
    expect(loadConfig({ ...base, METRICS_TOKEN: 'x'.repeat(24), METRICS_PORT: '9090' }).metrics).toEqual({
      token: 'x'.repeat(24),
      port: 9090,
    });
    expect(loadConfig(base).metrics).toBeUndefined();
    expect(SETTING_NAMES).toEqual(expect.arrayContaining(['METRICS_TOKEN', 'METRICS_PORT']));
  });

  it('METRICS_TOKEN: /metrics answers 401 without the bearer token or with a wrong one, 200 with it', async () => {
    const token = 'metrics-token-0123456789abcdef';
    h = await startHarness({ METRICS_TOKEN: token });
    const none = await fetch(`${h.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(await none.text()).not.toContain('meshbot_');
    const wrong = await fetch(`${h.url}/metrics`, { headers: { authorization: `Bearer ${token}x` } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${h.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('meshbot_questions_total');
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });

  it('METRICS_PORT: /metrics only on that port, not on PORT', async () => {
    const metricsPort = await freePort();
    h = await startHarness({ METRICS_PORT: String(metricsPort) });
    const onMain = await fetch(`${h.url}/metrics`);
    expect(onMain.status).toBe(404);
    const onOwn = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(onOwn.status).toBe(200);
    expect(await onOwn.text()).toContain('meshbot_replies_total');
    expect((await fetch(`http://127.0.0.1:${metricsPort}/answers`)).status).toBe(404);
    await h.close();
    h = undefined;
    // Closed with the app.
    await expect(fetch(`http://127.0.0.1:${metricsPort}/metrics`)).rejects.toThrow();
  });
});

describe('item 21: a card-building error is counted as what it is', () => {
  it('a view that cannot be built: meshbot_card_errors_total, no Web API error, nothing sent', async () => {
    const broken = (core: Core): Core => {
      const matcher = new Proxy(core.matcher, {
        get(target, prop, receiver) {
          // A candidate without a title: the picker modal cannot be built from it.
          if (prop === 'findTopic') return () => [{ id: 'mtls', title: undefined, score: 1 }];
          return Reflect.get(target, prop, receiver);
        },
      });
      return Object.create(core, { matcher: { get: () => matcher } }) as Core;
    };
    h = await startHarness({}, { core: broken });
    const res = await h.interaction({
      type: 'message_action',
      callback_id: CALLBACKS.replyShortcut,
      trigger_id: 't21',
      user: { id: 'U0SUPPORT' },
      team: { id: 'T0TEST' },
      channel: { id: 'C0SUPPORT9' },
      message: { ts: '900.1', text: 'does linkerd do retries?' },
      response_url: `${h.slack.url}/response/sc`,
    });
    expect(res.status).toBe(200);
    await sleep(300);
    expect(h.slack.callsTo('views.open')).toHaveLength(0);
    const text = await (await fetch(`${h.url}/metrics`)).text();
    expect(text).toMatch(/meshbot_card_errors_total\{method="views.open"\} 1/);
    expect(text).not.toMatch(/meshbot_slack_api_errors_total\{method="views.open"/);
  });
});

describe('item 16: an unreadable .env stops start-up, naming the file', () => {
  it('loadEnvFile: missing is fine, a readable one fills unset settings only, an unreadable one throws naming it', () => {
    const dir = tempDir();
    const env: Record<string, string | undefined> = { DOTENV_CONFIG_PATH: join(dir, 'missing.env') };
    loadEnvFile(env);
    const file = join(dir, 'ok.env');
    writeFileSync(file, 'LOG_LEVEL=debug\nPORT=4000\n');
    const env2: Record<string, string | undefined> = { DOTENV_CONFIG_PATH: file, PORT: '5000' };
    loadEnvFile(env2);
    expect(env2).toMatchObject({ LOG_LEVEL: 'debug', PORT: '5000' });
    // A directory where the file should be: unreadable (also for root, unlike chmod 000).
    const bad = join(dir, 'dir.env');
    mkdirSync(bad);
    expect(() => loadEnvFile({ DOTENV_CONFIG_PATH: bad })).toThrow(ConfigError);
    expect(() => loadEnvFile({ DOTENV_CONFIG_PATH: bad })).toThrow(bad);
  });

  it('the real entry point exits 1 with one message naming the file instead of starting web-only', {
    timeout: 60_000,
  }, async () => {
    const bad = join(tempDir(), '.env');
    mkdirSync(bad);
    const blank = Object.fromEntries(SETTING_NAMES.map((n) => [n, '']));
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env))
      if (v !== undefined && !k.startsWith('VITEST') && k !== 'NODE_OPTIONS') env[k] = v;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...env, ...blank, PORT: String(await freePort()), DOTENV_CONFIG_PATH: bad },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => {
      const t = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 45_000);
      child.once('exit', (c) => {
        clearTimeout(t);
        resolve(c);
      });
    });
    expect(code, out).toBe(1);
    expect(out).toContain(bad);
    expect(out).toContain('cannot be read (EISDIR)');
    expect(out).not.toContain('answer pages ready');
  });
});
