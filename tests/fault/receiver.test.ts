/**
 * src/slack/receiver.ts on its own: Bolt's HTTPReceiver with a stub app, so the clock can be set to
 * the official signing vector's timestamp and the 5-minute window can be probed to the second.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type App, HTTPReceiver, type Logger, LogLevel, type ReceiverEvent } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSlackReceiver, isFromTheFuture, MAX_CLOCK_SKEW_SECONDS } from '../../src/slack/receiver.js';
import { sign } from '../slack/helpers/harness.js';

// https://api.slack.com/authentication/verifying-requests-from-slack (shared/reference/slack-platform.md)
const VECTOR = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  ts: 1531420618,
  body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

const FORM = 'application/x-www-form-urlencoded';

/** Bolt's log lines (warn and error), kept instead of printed. */
const logged: string[] = [];
const logger: Logger = {
  debug: () => {},
  info: () => {},
  warn: (...msg: unknown[]) => logged.push(msg.join(' ')),
  error: (...msg: unknown[]) => logged.push(msg.join(' ')),
  setLevel: () => {},
  getLevel: () => LogLevel.WARN,
  setName: () => {},
};

interface Running {
  url: string;
  events: ReceiverEvent[];
  stop(): Promise<void>;
}

/** Starts a receiver whose "app" records each event and acks it. */
async function serve(receiver: HTTPReceiver): Promise<Running> {
  const events: ReceiverEvent[] = [];
  const app = {
    processEvent: async (event: ReceiverEvent) => {
      events.push(event);
      await event.ack();
    },
  };
  receiver.init(app as unknown as App);
  const server = (await receiver.start(0)) as Server;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    events,
    stop: () => receiver.stop(),
  };
}

const post = (r: Running, body: string, headers: Record<string, string>, path = '/slack/events') =>
  fetch(`${r.url}${path}`, { method: 'POST', body, headers });

const vectorHeaders = (overrides: Record<string, string> = {}) => ({
  'content-type': FORM,
  'x-slack-request-timestamp': String(VECTOR.ts),
  'x-slack-signature': VECTOR.signature,
  ...overrides,
});

let running: Running | undefined;
beforeEach(() => {
  // Only Date: timers, sockets and fetch keep running in real time.
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(async () => {
  logged.length = 0;
  await running?.stop();
  running = undefined;
  vi.useRealTimers();
});

describe('the official signing vector', () => {
  it('is accepted when local time is the vector timestamp', async () => {
    vi.setSystemTime(VECTOR.ts * 1000);
    running = await serve(createSlackReceiver({ logger, signingSecret: VECTOR.secret }));
    const res = await post(running, VECTOR.body, vectorHeaders());
    expect(res.status).toBe(200);
    expect(running.events).toHaveLength(1);
    expect((running.events[0]?.body as { command?: string } | undefined)?.command).toBe('/webhook-collect');
  });

  it('is refused with one hex digit changed, or another secret', async () => {
    vi.setSystemTime(VECTOR.ts * 1000);
    running = await serve(createSlackReceiver({ logger, signingSecret: VECTOR.secret }));
    const flipped = VECTOR.signature.replace(/3$/, '4');
    expect((await post(running, VECTOR.body, vectorHeaders({ 'x-slack-signature': flipped }))).status).toBe(
      401,
    );
    await running.stop();
    running = await serve(createSlackReceiver({ logger, signingSecret: `${VECTOR.secret}x` }));
    expect((await post(running, VECTOR.body, vectorHeaders())).status).toBe(401);
    expect(running.events).toHaveLength(0);
  });

  it('is refused 10 minutes later (stale) and 10 minutes earlier (from the future)', async () => {
    running = await serve(createSlackReceiver({ logger, signingSecret: VECTOR.secret }));
    vi.setSystemTime((VECTOR.ts + 600) * 1000);
    expect((await post(running, VECTOR.body, vectorHeaders())).status).toBe(401);
    vi.setSystemTime((VECTOR.ts - 600) * 1000);
    expect((await post(running, VECTOR.body, vectorHeaders())).status).toBe(401);
    expect(running.events).toHaveLength(0);
    expect(logged.some((l) => l.includes('stale'))).toBe(true);
    expect(logged.some((l) => l.includes('in the future'))).toBe(true);
  });
});

describe('the 5-minute window, both ways', () => {
  const T = 1_800_000_000;
  const body = JSON.stringify({ type: 'event_callback', event_id: 'Ev1', event: { type: 'app_mention' } });

  it.each([
    [-MAX_CLOCK_SKEW_SECONDS - 1, 401],
    [-MAX_CLOCK_SKEW_SECONDS, 200],
    [-1, 200],
    [0, 200],
    [1, 200],
    [MAX_CLOCK_SKEW_SECONDS, 200],
    [MAX_CLOCK_SKEW_SECONDS + 1, 401],
  ])('timestamp %i s from local time → %i', async (skew, status) => {
    vi.setSystemTime(T * 1000);
    running = await serve(createSlackReceiver({ logger, signingSecret: 'secret0123456789', now: Date.now }));
    const res = await post(running, body, {
      'content-type': 'application/json',
      ...sign(body, T + skew, 'secret0123456789'),
    });
    expect(res.status).toBe(status);
    expect(running.events).toHaveLength(status === 200 ? 1 : 0);
  });

  it("documents the gap: Bolt's own HTTPReceiver accepts a timestamp 10 minutes ahead", async () => {
    vi.setSystemTime(T * 1000);
    running = await serve(new HTTPReceiver({ logger, signingSecret: 'secret0123456789' }));
    const res = await post(running, body, {
      'content-type': 'application/json',
      ...sign(body, T + 600, 'secret0123456789'),
    });
    expect(res.status).toBe(200);
  });

  it('only guards the Slack endpoints: other routes ignore the header', async () => {
    vi.setSystemTime(T * 1000);
    running = await serve(
      createSlackReceiver({
        logger,
        signingSecret: 'secret0123456789',
        customRoutes: [{ path: '/healthz', method: ['POST'], handler: (_req, res) => res.end('ok') }],
      }),
    );
    const res = await post(running, '', { 'x-slack-request-timestamp': String(T + 6000) }, '/healthz');
    expect(res.status).toBe(200);
    const other = await post(running, '', { 'x-slack-request-timestamp': String(T + 6000) }, '/nope');
    expect(other.status).toBe(404);
  });

  it('honours custom endpoints', async () => {
    vi.setSystemTime(T * 1000);
    running = await serve(
      createSlackReceiver({ logger, signingSecret: 'secret0123456789', endpoints: '/hooks/slack' }),
    );
    const res = await post(
      running,
      body,
      { 'content-type': 'application/json', ...sign(body, T + 600, 'secret0123456789') },
      '/hooks/slack',
    );
    expect(res.status).toBe(401);
  });
});

describe('isFromTheFuture', () => {
  const now = 1_800_000_000_500;
  it.each([
    [undefined, false],
    ['', false],
    ['abc', false],
    // Not plain decimal seconds: refused here (Bolt's Number() read 1e10 as the year 2286 and let it in).
    ['1e12', true],
    ['1e10', true],
    ['0x7fffffff', true],
    ['1800000000.5', true],
    ['-5', true],
    [['1800000999', '1'], false],
    ['1800000300', false],
    ['1800000301', true],
    [' 1800000301 ', true],
    ['99999999999999999999', true],
  ])('%j → %s', (header, expected) => {
    expect(isFromTheFuture(header as string | string[] | undefined, now)).toBe(expected);
  });
});
