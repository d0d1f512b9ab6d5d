/**
 * Bad and hostile requests to /slack/events, against the real app over HTTP (harness: fake Web API,
 * signed requests). Every case checks the HTTP status Slack (or an attacker) would see AND what
 * reached the fake Web API. Statuses, as Bolt's HTTPReceiver and our receiver give them:
 *
 * - bad, missing, stale (> 5 min old), future (> 5 min ahead) or non-v0 signatures: 401, nothing runs;
 * - a body that is not JSON (or JSON sent with a form content type that is not exactly
 *   `application/x-www-form-urlencoded`): 400; a body over Bolt's 4 MB limit: 413;
 * - a body Bolt cannot classify (`{}` form, JSON sent as a form): no listener acks it, so Bolt's
 *   unhandledRequestHandler answers 404 after ~3 s and logs "not acknowledged";
 * - an unknown command, action, view or shortcut: 200 at once (issue 10 item 11: a fallback
 *   listener acks whatever no other listener handles; an unknown button gets a private note);
 * - an unknown event type: 200 (Bolt acks every Events API request before the listeners run).
 */
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { envelope, type Harness, SIGNING_SECRET, sign, startHarness } from '../slack/helpers/harness.js';
import { counter, healthStatus, logsWith, mentionEvent, sleep } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.slack.reset());

const now = () => Math.floor(Date.now() / 1000);
const hmac = (base: string, secret = SIGNING_SECRET) =>
  createHmac('sha256', secret).update(base).digest('hex');
const JSON_TYPE = { 'content-type': 'application/json' };
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };

/**
 * POSTs on a connection of its own and resolves with the status, even when the server answers and
 * closes the socket before the whole body is sent (EPIPE / ECONNRESET after the response).
 */
function postOnFreshConnection(url: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    let status: number | undefined;
    const req = request(url, { method: 'POST', headers, agent: false }, (res) => {
      status = res.statusCode;
      res.resume();
      res.on('end', () => resolve(status as number));
    });
    req.on('error', (err) => (status === undefined ? reject(err) : resolve(status)));
    req.end(body);
  });
}

/** Gives stray listeners time to call the Web API before we assert that nothing did. */
const settle = () => sleep(250);

describe('signatures', () => {
  const body = () => JSON.stringify(mentionEvent('how does mtls work in linkerd?', '1.1'));

  const cases: Array<[string, (b: string) => Record<string, string>]> = [
    ['both headers missing', () => ({})],
    ['the signature missing', (b) => ({ 'x-slack-request-timestamp': sign(b)['x-slack-request-timestamp'] })],
    ['the timestamp missing', (b) => ({ 'x-slack-signature': sign(b)['x-slack-signature'] })],
    ['an empty signature', (b) => ({ ...sign(b), 'x-slack-signature': '' })],
    ['a signature made with another secret', (b) => sign(b, now(), 'wrongsecret0123456789abcdef0123')],
    ['a signature of another body', (b) => sign(`${b} `)],
    [
      'a signature for another timestamp',
      (b) => ({ ...sign(b, now() - 1), 'x-slack-request-timestamp': String(now()) }),
    ],
    [
      'a truncated signature',
      (b) => ({ ...sign(b), 'x-slack-signature': sign(b)['x-slack-signature'].slice(0, 40) }),
    ],
    ['a stale timestamp (10 minutes old)', (b) => sign(b, now() - 600)],
    ['a stale timestamp (5 minutes and 2 s old)', (b) => sign(b, now() - 302)],
    ['a timestamp 10 minutes in the future', (b) => sign(b, now() + 600)],
    ['a timestamp 5 minutes and 2 s in the future', (b) => sign(b, now() + 302)],
    ['a timestamp a year in the future', (b) => sign(b, now() + 365 * 86_400)],
    [
      'a v1= version prefix (HMAC over "v1:ts:body")',
      (b) => {
        const ts = now();
        return {
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': `v1=${hmac(`v1:${ts}:${b}`)}`,
        };
      },
    ],
    [
      'a v1= prefix on the correct v0 hash',
      (b) => ({ ...sign(b), 'x-slack-signature': sign(b)['x-slack-signature'].replace(/^v0=/, 'v1=') }),
    ],
    [
      'no version prefix',
      (b) => ({ ...sign(b), 'x-slack-signature': sign(b)['x-slack-signature'].replace(/^v0=/, '') }),
    ],
    [
      'an upper-case V0= prefix',
      (b) => ({ ...sign(b), 'x-slack-signature': sign(b)['x-slack-signature'].replace(/^v0=/, 'V0=') }),
    ],
    ['a timestamp that is not a number', (b) => ({ ...sign(b), 'x-slack-request-timestamp': 'yesterday' })],
    ['a negative timestamp', (b) => sign(b, -1)],
  ];

  it.each(cases)('%s → 401 and no Web API call', async (_name, headers) => {
    const b = body();
    const res = await h.raw(b, { ...JSON_TYPE, ...headers(b) });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
    await settle();
    expect(h.slack.calls).toEqual([]);
  });

  it('logs why a future timestamp was refused', async () => {
    const b = body();
    await h.raw(b, { ...JSON_TYPE, ...sign(b, now() + 600) });
    expect(logsWith(h, 'more than 5 minutes in the future').length).toBeGreaterThan(0);
  });

  it.each([
    ['4 minutes old', -240],
    ['4 minutes ahead (clock skew)', 240],
  ])('accepts a timestamp %s and answers once', async (_name, skew) => {
    const b = JSON.stringify(mentionEvent('what is istio ambient mode?', `2.${skew + 1000}`));
    const res = await h.raw(b, { ...JSON_TYPE, ...sign(b, now() + skew) });
    expect(res.status).toBe(200);
    const [call] = await h.slack.waitFor('chat.postMessage');
    expect(call?.args.channel).toBe('C1');
  });

  it('refuses a command or an interaction signed from the future, too', async () => {
    const cmd = new URLSearchParams({
      command: '/mesh',
      text: 'mtls',
      response_url: `${h.slack.url}/response/x`,
    }).toString();
    const r1 = await h.raw(cmd, { ...FORM_TYPE, ...sign(cmd, now() + 600) });
    const act = new URLSearchParams({
      payload: JSON.stringify({ type: 'block_actions', actions: [] }),
    }).toString();
    const r2 = await h.raw(act, { ...FORM_TYPE, ...sign(act, now() + 600) });
    expect([r1.status, r2.status]).toEqual([401, 401]);
    await settle();
    expect(h.slack.calls).toEqual([]);
  });

  it('serves an unsigned ssl_check with 200, and drops a payload smuggled into it', async () => {
    const smuggled = new URLSearchParams({
      ssl_check: '1',
      command: '/mesh',
      text: 'mtls',
      response_url: `${h.slack.url}/response/smuggled`,
    }).toString();
    const res = await h.raw(smuggled, FORM_TYPE);
    expect(res.status).toBe(200);
    await settle();
    expect(h.slack.calls).toEqual([]);
  });
});

describe('bodies', () => {
  it('an empty JSON body → 400', async () => {
    const res = await h.raw('', { ...JSON_TYPE, ...sign('') });
    expect(res.status).toBe(400);
  });

  it.each([
    ['truncated JSON', '{"type":"event_callback","event":'],
    ['plain text', 'hello slack'],
    ['a JSON string literal with a NUL', '"\u0000'],
    ['XML', '<?xml version="1.0"?><event/>'],
  ])('a body that is not JSON (%s) → 400', async (_name, b) => {
    const res = await h.raw(b, { ...JSON_TYPE, ...sign(b) });
    expect(res.status).toBe(400);
    await settle();
    expect(h.slack.calls).toEqual([]);
  });

  it('a form body whose payload= is not JSON → 400', async () => {
    const b = 'payload=%7Bnot-json';
    const res = await h.raw(b, { ...FORM_TYPE, ...sign(b) });
    expect(res.status).toBe(400);
  });

  it('a 1 MB body: 401 unsigned, 400 signed (not JSON), and the app keeps serving', async () => {
    const big = `{"type":"event_callback","junk":"${'x'.repeat(1024 * 1024)}`;
    const unsigned = await h.raw(big, JSON_TYPE);
    expect(unsigned.status).toBe(401);
    const signed = await h.raw(big, { ...JSON_TYPE, ...sign(big) });
    expect(signed.status).toBe(400);
    expect(await healthStatus(h)).toBe(200);
    expect(h.slack.calls).toEqual([]);
  });

  it('a body over the 4 MB limit → 413, and the app keeps serving', async () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    // Its own connection: the server answers before the upload ends and then drops the socket.
    const status = await postOnFreshConnection(`${h.url}/slack/events`, huge, {
      ...JSON_TYPE,
      ...sign(huge),
    });
    expect(status).toBe(413);
    expect(logsWith(h, 'exceeded the maximum allowed size').length).toBeGreaterThan(0);
    expect(await healthStatus(h)).toBe(200);
    expect(h.slack.calls).toEqual([]);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a charset suffix (Bolt compares the type exactly)', 'application/x-www-form-urlencoded; charset=utf-8'],
    ['multipart/form-data', 'multipart/form-data; boundary=x'],
  ])('a slash command sent as %s → 400 and no reply', async (_name, type) => {
    const b = new URLSearchParams({
      command: '/mesh',
      text: 'mtls',
      team_id: 'T0TEST',
      channel_id: 'C1',
      user_id: 'U1',
      response_url: `${h.slack.url}/response/wrongtype`,
    }).toString();
    const res = await h.raw(b, { 'content-type': type, ...sign(b) });
    expect(res.status).toBe(400);
    await settle();
    expect(h.slack.calls).toEqual([]);
  });

  it('a request with no content type and a JSON body is read as JSON (Slack always sends one)', async () => {
    const b = JSON.stringify(mentionEvent('cncf status', '3.1'));
    const res = await h.raw(b, sign(b));
    expect(res.status).toBe(200);
    await h.slack.waitFor('chat.postMessage');
  });
});

describe('requests nobody handles', () => {
  // Each of these waits for Bolt's 3-second unhandled-request timeout, so they run side by side.
  it('unknown commands, actions, views and shortcuts get 200 at once; unclassifiable bodies 404 after ~3 s; unknown events 200', async () => {
    const user = { id: 'U0USER' };
    const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
    const payload = (p: Record<string, unknown>) => form({ payload: JSON.stringify(p) });
    const requests: Array<{ name: string; body: string; type: string; status: number }> = [
      {
        name: 'unknown slash command',
        body: form({
          command: '/definitely-not-ours',
          text: 'mtls',
          team_id: 'T0TEST',
          channel_id: 'C1',
          user_id: 'U1',
          trigger_id: '1.2.3',
          response_url: `${h.slack.url}/response/unknown-cmd`,
        }),
        type: 'application/x-www-form-urlencoded',
        status: 200,
      },
      {
        name: 'unknown block action',
        body: payload({
          type: 'block_actions',
          team: { id: 'T0TEST' },
          user,
          api_app_id: 'A0APP',
          trigger_id: '1.2.3',
          response_url: `${h.slack.url}/response/unknown-action`,
          container: { type: 'message', channel_id: 'C1', message_ts: '1.1' },
          channel: { id: 'C1' },
          actions: [
            { type: 'button', action_id: 'no_such_action', block_id: 'b', value: 'x', action_ts: '1' },
          ],
        }),
        type: 'application/x-www-form-urlencoded',
        status: 200,
      },
      {
        name: 'unknown view submission',
        body: payload({
          type: 'view_submission',
          team: { id: 'T0TEST' },
          user,
          api_app_id: 'A0APP',
          trigger_id: '1.2.3',
          view: {
            id: 'V1',
            type: 'modal',
            callback_id: 'no_such_view',
            private_metadata: '',
            hash: 'h',
            state: { values: {} },
          },
        }),
        type: 'application/x-www-form-urlencoded',
        status: 200,
      },
      {
        name: 'unknown global shortcut',
        body: payload({
          type: 'shortcut',
          callback_id: 'no_such_shortcut',
          team: { id: 'T0TEST' },
          user,
          trigger_id: '1.2.3',
          action_ts: '1',
        }),
        type: 'application/x-www-form-urlencoded',
        status: 200,
      },
      {
        name: 'a form body Bolt cannot classify (empty)',
        body: '',
        type: 'application/x-www-form-urlencoded',
        status: 404,
      },
      {
        name: 'a JSON event sent with a form content type',
        body: JSON.stringify(mentionEvent('mtls', '4.1')),
        type: 'application/x-www-form-urlencoded',
        status: 404,
      },
      {
        name: 'JSON of no known shape',
        body: JSON.stringify({ hello: 'world' }),
        type: 'application/json',
        status: 404,
      },
      {
        name: 'unknown event type',
        body: JSON.stringify(
          envelope({ type: 'reaction_added', user: 'U1', reaction: 'tada', item: { type: 'message' } }),
        ),
        type: 'application/json',
        status: 200,
      },
      {
        name: 'an event_callback with no event at all',
        body: JSON.stringify({ ...envelope({}), event: undefined }),
        type: 'application/json',
        status: 404,
      },
    ];
    const started = Date.now();
    const results = await Promise.all(
      requests.map(async (r) => {
        const t0 = Date.now();
        const res = await h.raw(r.body, { 'content-type': r.type, ...sign(r.body) });
        await res.arrayBuffer();
        return { name: r.name, status: res.status, ms: Date.now() - t0 };
      }),
    );
    expect(results.map((r) => [r.name, r.status])).toEqual(requests.map((r) => [r.name, r.status]));
    for (const r of results) {
      // Bolt waits 3001 ms for an ack before answering 404; an unknown event is acked at once.
      if (r.status === 404) expect(r.ms).toBeGreaterThanOrEqual(2900);
      else expect(r.ms).toBeLessThan(2000);
    }
    expect(Date.now() - started).toBeLessThan(8000);
    expect(logsWith(h, 'not acknowledged within 3 seconds').length).toBeGreaterThanOrEqual(
      requests.filter((r) => r.status === 404).length,
    );
    await settle();
    // Only the unknown button's private note.
    expect(h.slack.calls.map((c) => [c.method, c.args.__path])).toEqual([
      ['response_url', '/response/unknown-action'],
    ]);
  });
});

describe('replays and retries', () => {
  it('the same event delivered twice without retry headers gets one reply', async () => {
    const before = await counter(h, 'meshbot_dedupe_hits_total');
    const env = mentionEvent('is linkerd free?', '5.1');
    const r1 = await h.event(env);
    const r2 = await h.event(env);
    expect([r1.status, r2.status]).toEqual([200, 200]);
    await h.slack.waitFor('chat.postMessage');
    await settle();
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(await counter(h, 'meshbot_dedupe_hits_total')).toBe(before + 1);
  });

  it('a byte-identical replay (same body, same signature) gets 200 and no second reply', async () => {
    const b = JSON.stringify(mentionEvent('what is linkerd?', '5.2'));
    const headers = { ...JSON_TYPE, ...sign(b) };
    const r1 = await h.raw(b, headers);
    const r2 = await h.raw(b, headers);
    expect([r1.status, r2.status]).toEqual([200, 200]);
    await h.slack.waitFor('chat.postMessage');
    await settle();
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('an event and its three retries (every retry reason) get one reply', async () => {
    const env = mentionEvent('cost of istio', '5.3');
    const statuses = [(await h.event(env)).status];
    for (const [n, reason] of [
      ['1', 'http_timeout'],
      ['2', 'http_error'],
      ['3', 'unknown_error'],
    ] as const) {
      statuses.push((await h.event(env, { 'x-slack-retry-num': n, 'x-slack-retry-reason': reason })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200]);
    await h.slack.waitFor('chat.postMessage');
    await settle();
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(logsWith(h, 'duplicate event ignored').some((l) => l.retryNum === 3)).toBe(true);
  });

  it('a retry that arrives first (the original was lost) is answered, once', async () => {
    const env = mentionEvent('multi cluster linkerd', '5.4');
    await h.event(env, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'connection_failed' });
    await h.event(env, { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    await h.slack.waitFor('chat.postMessage');
    await settle();
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('ten copies of one event arriving at the same moment get one reply', async () => {
    const env = mentionEvent('ambient mode', '5.5');
    const res = await Promise.all(Array.from({ length: 10 }, () => h.event(env)));
    expect(res.map((r) => r.status)).toEqual(Array(10).fill(200));
    await h.slack.waitFor('chat.postMessage');
    await settle();
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('two different events with the same text each get their reply', async () => {
    await h.event(mentionEvent('mtls', '5.6'));
    await h.event(mentionEvent('mtls', '5.7'));
    const calls = await h.slack.waitFor('chat.postMessage', 2);
    expect(calls.map((c) => c.args.thread_ts).sort()).toEqual(['5.6', '5.7']);
  });
});

describe('after all of that', () => {
  it('the app never crashed: /healthz is 200 and a question is still answered', async () => {
    expect(await healthStatus(h)).toBe(200);
    const res = await h.event(mentionEvent('what is istio?', '6.1'));
    expect(res.status).toBe(200);
    await h.slack.waitFor('chat.postMessage');
  });
});
