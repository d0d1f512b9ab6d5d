/** Starts the real app in HTTP mode on an ephemeral port against the fake Web API, and signs requests to it. */
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../../src/config.js';
import { type Core, createCore } from '../../../src/core.js';
import { createLogger } from '../../../src/logger.js';
import { type Loop, openLoop } from '../../../src/loop/index.js';
import { type Running, startServer } from '../../../src/server.js';
import type { SlackAppOptions } from '../../../src/slack/app.js';
import { FakeSlack } from './fake-slack.js';
import { FakeSocketMode } from './fake-socket.js';

export const SIGNING_SECRET = 'abcdef0123456789abcdef0123456789';
export const BOT_TOKEN = 'xoxb-1111-2222-testtokenvalue';
export const BASE_URL = 'https://meshbot.example.com';

export function sign(body: string, ts = Math.floor(Date.now() / 1000), secret = SIGNING_SECRET) {
  const sig = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig };
}

export interface Harness {
  readonly slack: FakeSlack;
  readonly url: string;
  readonly logs: string[];
  readonly running: Running;
  /** The learning loop the app runs with (its store, for assertions). */
  readonly loop: Loop;
  readonly core: Core;
  event(payload: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
  command(fields: Record<string, string>): Promise<Response>;
  interaction(payload: Record<string, unknown>): Promise<Response>;
  raw(body: string, headers: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /**
   * Web API client options for the app. Default `{ retryConfig: { retries: 0 } }`; pass `{}` for
   * the production policy (src/slack/app.ts DEFAULT_CLIENT_OPTIONS), or e.g. `{ timeout: 1000 }`.
   */
  readonly clientOptions?: NonNullable<SlackAppOptions['clientOptions']>;
  /** Wraps the core the app gets (e.g. a matcher that records its inputs or costs more). */
  readonly core?: (core: Core) => Core;
  /** Page load shedding options, or false for none (startServer's `shedding`). */
  readonly shedding?: Parameters<typeof startServer>[0]['shedding'];
  /** More Slack app options (outbox settings, say). */
  readonly slack?: Partial<SlackAppOptions>;
  /** Server timeouts and connection caps (startServer's `limits`). */
  readonly limits?: Parameters<typeof startServer>[0]['limits'];
}

let triggerSeq = 0;

export async function startHarness(
  env: Record<string, string> = {},
  options: HarnessOptions = {},
): Promise<Harness> {
  const slack = await new FakeSlack().start();
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  // The learning loop's store goes to a fresh temp directory (SQLite) unless the test says otherwise.
  const dataDir = mkdtempSync(join(tmpdir(), 'meshbot-harness-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: '0',
    SLACK_API_URL: `${slack.url}/api/`,
    PUBLIC_BASE_URL: BASE_URL,
    LOG_LEVEL: 'debug',
    ...env,
  });
  const base = createCore({ baseUrl: config.publicBaseUrl });
  const core = options.core ? options.core(base) : base;
  const logger = createLogger({ level: config.logLevel, destination: sink });
  const loop = await openLoop(config, core, logger, { background: false });
  const running = await startServer({
    config,
    core,
    logger,
    loop,
    // No retries by default in tests; 429 tests opt in.
    slack: { clientOptions: options.clientOptions ?? { retryConfig: { retries: 0 } }, ...options.slack },
    ...(options.shedding !== undefined ? { shedding: options.shedding } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const url = `http://127.0.0.1:${running.port}`;
  const raw = (body: string, headers: Record<string, string>) =>
    fetch(`${url}/slack/events`, { method: 'POST', body, headers });
  return {
    slack,
    url,
    logs,
    running,
    loop,
    core,
    raw,
    event: (payload, headers = {}) => {
      const body = JSON.stringify(payload);
      return raw(body, { 'content-type': 'application/json', ...sign(body), ...headers });
    },
    command: (fields) => {
      const body = new URLSearchParams({
        token: 'legacy',
        team_id: 'T0TEST',
        channel_id: 'C0CHAN',
        user_id: 'U0USER',
        // Slack gives every command its own trigger_id (a repeat is a replay).
        trigger_id: `123.${++triggerSeq}.abc`,
        response_url: `${slack.url}/response/cmd`,
        ...fields,
      }).toString();
      // Bolt compares the content type exactly: no charset suffix.
      return raw(body, { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) });
    },
    interaction: (payload) => {
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      return raw(body, { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) });
    },
    close: async () => {
      await running.close();
      await loop.close();
      await slack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let seq = 0;
/** An Events API envelope around one event, with a fresh event_id. */
export function envelope(event: Record<string, unknown>, eventId = `Ev${Date.now()}${seq++}`) {
  return {
    token: 'legacy',
    team_id: 'T0TEST',
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0TEST', user_id: 'U0BOT1234', is_bot: true }],
    event,
  };
}

export const APP_TOKEN = 'xapp-1-A0APP-1-testappvalue';

export interface SocketHarness {
  readonly slack: FakeSlack;
  readonly socket: FakeSocketMode;
  readonly logs: string[];
  readonly running: Running;
  close(): Promise<void>;
}

/**
 * Starts the real app in Socket Mode: apps.connections.open on the stand-in Web API hands out the
 * ws:// URL of a FakeSocketMode, which then plays Slack's side of the connection.
 */
export async function startSocketHarness(env: Record<string, string> = {}): Promise<SocketHarness> {
  const slack = await new FakeSlack().start();
  const socket = await new FakeSocketMode().start();
  slack.socketUrl = socket.url;
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  // A data directory of its own: the default ./data would outlive the run, so a second run would
  // find the first one's idempotency keys and treat its commands as replays.
  const dataDir = mkdtempSync(join(tmpdir(), 'meshbot-socket-harness-'));
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    DATA_DIR: dataDir,
    PORT: '0',
    SLACK_API_URL: `${slack.url}/api/`,
    PUBLIC_BASE_URL: BASE_URL,
    LOG_LEVEL: 'debug',
    ...env,
  });
  const core = createCore({ baseUrl: config.publicBaseUrl });
  const logger = createLogger({ level: config.logLevel, destination: sink });
  const running = await startServer({
    config,
    core,
    logger,
    // A short pong wait, which is also the reconnect delay, keeps the reconnect test quick.
    slack: { clientOptions: { retryConfig: { retries: 0 } }, socketPingTimeoutMs: 300 },
  });
  return {
    slack,
    socket,
    logs,
    running,
    close: async () => {
      await running.close();
      await socket.stop();
      await slack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
