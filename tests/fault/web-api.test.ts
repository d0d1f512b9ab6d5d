/**
 * The Web API misbehaving: 429 with Retry-After, 500, ok:false errors, no answer at all. Each case
 * checks what reached the fake Web API, what was logged (method and code), the
 * meshbot_slack_api_errors_total counter, and that the app keeps serving.
 *
 * Three apps: `prod` runs the production client policy (src/slack/app.ts DEFAULT_CLIENT_OPTIONS:
 * 429s rejected at once, no client retries, 10 s timeout; replies go through the outbox, which
 * retries per channel); `noRetry` the tests' default client options; `short` a 1 s timeout, for the
 * Web API that never answers. The chaos suite (tests/chaos/outbox.test.ts) counts what is lost.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_OPTIONS, REPLY_TIMEOUT_MS } from '../../src/slack/app.js';
import type { ApiCall } from '../slack/helpers/fake-slack.js';
import { type Harness, startHarness } from '../slack/helpers/harness.js';
import { apiErrorCount, healthStatus, logsWith, mentionEvent, sleep, waitForLog } from './helpers.js';

let prod: Harness;
let noRetry: Harness;
let short: Harness;
beforeAll(async () => {
  [prod, noRetry, short] = await Promise.all([
    startHarness({}, { clientOptions: {} }),
    startHarness(),
    startHarness({}, { clientOptions: { retryConfig: { retries: 0 }, timeout: 1000 } }),
  ]);
});
afterAll(async () => {
  await Promise.all([prod?.close(), noRetry?.close(), short?.close()]);
});
beforeEach(() => {
  for (const h of [prod, noRetry, short]) {
    h.slack.reset();
    h.logs.length = 0;
  }
});

const FAILED = 'Slack Web API call failed';
/** A reply given up on for good (a transient failure logs "…; the reply will be retried"). */
const GAVE_UP = 'reply given up';
const failures = (h: Harness, method: string) => logsWith(h, FAILED).filter((l) => l.method === method);

describe('the production client policy', () => {
  it('never pauses the client for a 429 (rejected at once), retries nothing itself, times out after 10 s; replies get 30 s', () => {
    expect(DEFAULT_CLIENT_OPTIONS.retryConfig.retries).toBe(0);
    expect(DEFAULT_CLIENT_OPTIONS.rejectRateLimitedCalls).toBe(true);
    expect(DEFAULT_CLIENT_OPTIONS.timeout).toBe(10_000);
    expect(REPLY_TIMEOUT_MS).toBe(30_000);
  });
});

describe('429 Too Many Requests', () => {
  it('Retry-After: 2 once, then ok → the reply is posted at least 2 s after the 429, and the event was acked before that', async () => {
    prod.slack.respondOnce('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '2' },
      body: { ok: false, error: 'ratelimited' },
    });
    const res = await prod.event(mentionEvent('how does mtls work in linkerd?', '10.1'));
    const ackedAt = Date.now();
    expect(res.status).toBe(200);
    const calls = await prod.slack.waitFor('chat.postMessage', 2, 10_000);
    expect(calls).toHaveLength(2);
    const [limited, retried] = calls as [ApiCall, ApiCall];
    // The wait is the outbox's, after the ack: the retried post comes Retry-After after the 429, and
    // the ack came before it (ordered by the clock of this process, not held to a time limit, so a
    // busy machine cannot fail it).
    expect(retried.receivedAt - limited.receivedAt).toBeGreaterThanOrEqual(2000);
    expect(ackedAt).toBeLessThan(retried.receivedAt);
    // The retry is the same message.
    expect(retried.args.text).toBe(limited.args.text);
    expect(retried.args.thread_ts).toBe('10.1');
    await sleep(200);
    expect(prod.slack.callsTo('chat.postMessage')).toHaveLength(2);
    expect(failures(prod, 'chat.postMessage')).toEqual([]);
    expect(logsWith(prod, 'rate limiting').length).toBeGreaterThan(0);
  });

  it('a 429 on views.open (trigger-bound) is not waited out: the user is told to run the command again', async () => {
    prod.slack.respondOnce('views.open', { status: 429, headers: { 'retry-after': '1' } });
    const res = await prod.command({ command: '/mesh-pick', text: '' });
    expect(res.status).toBe(200);
    const [reply] = await prod.slack.waitFor('response_url', 1, 3_000);
    expect(String(reply?.args.text)).toContain('/mesh-pick');
    await sleep(1_200);
    expect(prod.slack.callsTo('views.open')).toHaveLength(1);
  });

  it('a 429 is logged with the method and counted as code="ratelimited", then the reply is posted once', async () => {
    const before = await apiErrorCount(noRetry, 'chat.postMessage', 'ratelimited');
    noRetry.slack.respondOnce('chat.postMessage', { status: 429, headers: { 'retry-after': '1' } });
    const sent = Date.now();
    await noRetry.event(mentionEvent('what is istio ambient mode?', '10.2'));
    const line = await waitForLog(noRetry, 'rate limiting', 5000);
    expect(line).toMatchObject({ method: 'chat.postMessage', code: 'ratelimited' });
    await noRetry.slack.waitFor('chat.postMessage', 2, 5000);
    expect(Date.now() - sent).toBeGreaterThanOrEqual(1000);
    expect(noRetry.slack.accepted('chat.postMessage')).toHaveLength(1);
    expect(await apiErrorCount(noRetry, 'chat.postMessage', 'ratelimited')).toBe(before + 1);
    expect(await healthStatus(noRetry)).toBe(200);
  });
});

describe('500 Internal Server Error', () => {
  it('once, then ok → retried and posted (production policy)', async () => {
    prod.slack.respondOnce('chat.postMessage', { status: 500, body: { ok: false, error: 'fatal_error' } });
    await prod.event(mentionEvent('is linkerd free?', '11.1'));
    const calls = await prod.slack.waitFor('chat.postMessage', 2, 10_000);
    expect(calls).toHaveLength(2);
    expect(prod.slack.accepted('chat.postMessage')).toHaveLength(1);
    expect(logsWith(prod, GAVE_UP)).toEqual([]);
  });

  it('logged as http_500 (to be retried), counted, and the app keeps serving', async () => {
    const before = await apiErrorCount(noRetry, 'chat.postMessage', 'http_500');
    noRetry.slack.respondOnce('chat.postMessage', { status: 500, body: 'upstream exploded' });
    const res = await noRetry.event(mentionEvent('cncf status of linkerd', '11.2'));
    expect(res.status).toBe(200);
    await noRetry.slack.waitFor('chat.postMessage');
    const line = await waitForLog(noRetry, FAILED);
    expect(line).toMatchObject({ method: 'chat.postMessage', code: 'http_500' });
    expect(await apiErrorCount(noRetry, 'chat.postMessage', 'http_500')).toBe(before + 1);
    expect(await healthStatus(noRetry)).toBe(200);
    // The next question is answered normally.
    await noRetry.event(mentionEvent('ambient mode', '11.3'));
    await noRetry.slack.waitFor('chat.postMessage', 2);
  });

  it('a 500 from response_url (slash command) is logged as a respond failure', async () => {
    noRetry.slack.respondOnce('response_url', { status: 500, body: 'nope' });
    const res = await noRetry.command({ command: '/mesh', text: 'mtls' });
    expect(res.status).toBe(200);
    await noRetry.slack.waitFor('response_url');
    await expect.poll(() => failures(noRetry, 'respond').length).toBeGreaterThan(0);
    expect(await healthStatus(noRetry)).toBe(200);
  });
});

describe('ok:false', () => {
  it.each([['invalid_blocks'], ['msg_blocks_too_long'], ['msg_too_long']])(
    'chat.postMessage → %s: logged, counted, and posted once more as plain text (no blocks)',
    async (code) => {
      const before = await apiErrorCount(prod, 'chat.postMessage', code);
      prod.slack.respondOnce('chat.postMessage', { body: { ok: false, error: code } });
      await prod.event(mentionEvent('which mesh for a small team?', `12.${code.length}`));
      const calls = await prod.slack.waitFor('chat.postMessage', 2);
      await expect.poll(() => logsWith(prod, 'plain text').some((l) => l.code === code)).toBe(true);
      expect(await apiErrorCount(prod, 'chat.postMessage', code)).toBe(before + 1);
      expect(calls[0]?.args.blocks).toBeDefined();
      expect(calls[1]?.args.blocks).toBeUndefined();
      expect(String(calls[1]?.args.text)).not.toBe('');
      expect(calls[1]?.args.thread_ts).toBe(calls[0]?.args.thread_ts);
      await sleep(300);
      expect(prod.slack.callsTo('chat.postMessage')).toHaveLength(2);
    },
  );

  it('chat.postMessage → not_authed: logged with method and code, counted, not retried', async () => {
    const before = await apiErrorCount(prod, 'chat.postMessage', 'not_authed');
    prod.slack.respondOnce('chat.postMessage', { body: { ok: false, error: 'not_authed' } });
    await prod.event(mentionEvent('which mesh for a small team?', '12.99'));
    await prod.slack.waitFor('chat.postMessage');
    await expect
      .poll(() => failures(prod, 'chat.postMessage').some((l) => l.code === 'not_authed'))
      .toBe(true);
    expect(await apiErrorCount(prod, 'chat.postMessage', 'not_authed')).toBe(before + 1);
    await sleep(300);
    // A platform error is an answer, not a transport failure: it is not retried.
    expect(prod.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it.each([
    ['is_archived', 'archived'],
    ['restricted_action', 'permissions'],
  ])(
    'chat.postMessage → %s: the asker is told what is actually wrong (not "invite me")',
    async (code, word) => {
      prod.slack.respondOnce('chat.postMessage', { body: { ok: false, error: code } });
      await prod.event(mentionEvent('mtls in istio', `12.${code}`));
      const [hint] = await prod.slack.waitFor('chat.postEphemeral');
      expect(hint?.args).toMatchObject({ channel: 'C1', user: 'U1' });
      expect(String(hint?.args.text)).toContain(word);
      expect(String(hint?.args.text)).not.toContain('/invite');
    },
  );

  it('channel_not_found → counted, and the asker is told privately to invite the bot', async () => {
    const before = await apiErrorCount(prod, 'chat.postMessage', 'channel_not_found');
    prod.slack.respondOnce('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    await prod.event(mentionEvent('mtls in istio', '12.9'));
    const [hint] = await prod.slack.waitFor('chat.postEphemeral');
    expect(hint?.args).toMatchObject({ channel: 'C1', user: 'U1' });
    expect(String(hint?.args.text)).toContain('/invite');
    expect(await apiErrorCount(prod, 'chat.postMessage', 'channel_not_found')).toBe(before + 1);
    const res = await fetch(`${prod.url}/metrics`);
    expect(await res.text()).toMatch(
      /meshbot_slack_api_errors_total\{method="chat\.postMessage",code="channel_not_found"\} \d+/,
    );
  });

  it('views.open → expired_trigger_id: counted, and the user gets a retry hint', async () => {
    const before = await apiErrorCount(prod, 'views.open', 'expired_trigger_id');
    prod.slack.respondOnce('views.open', { body: { ok: false, error: 'expired_trigger_id' } });
    await prod.command({ command: '/mesh-pick', text: '' });
    const [reply] = await prod.slack.waitFor('response_url');
    expect(String(reply?.args.text)).toContain('/mesh-pick');
    expect(await apiErrorCount(prod, 'views.open', 'expired_trigger_id')).toBe(before + 1);
  });

  it('chat.unfurl → cannot_unfurl_url: counted; views.publish → not_enabled: counted', async () => {
    prod.slack.respondOnce('chat.unfurl', { body: { ok: false, error: 'cannot_unfurl_url' } });
    prod.slack.respondOnce('views.publish', { body: { ok: false, error: 'not_enabled' } });
    const url = 'https://meshbot.example.com/answers/mtls';
    await prod.event(
      mentionEventOf({
        type: 'link_shared',
        channel: 'C1',
        user: 'U1',
        message_ts: '13.1',
        links: [{ domain: 'meshbot.example.com', url }],
      }),
    );
    await prod.event(mentionEventOf({ type: 'app_home_opened', user: 'U1', tab: 'home' }));
    await prod.slack.waitFor('chat.unfurl');
    await prod.slack.waitFor('views.publish');
    await expect.poll(() => apiErrorCount(prod, 'chat.unfurl', 'cannot_unfurl_url')).toBe(1);
    await expect.poll(() => apiErrorCount(prod, 'views.publish', 'not_enabled')).toBe(1);
  });
});

describe('a Web API that does not answer', () => {
  it('chat.postMessage held for 5 s with a 1 s client timeout → logged after ~1 s, counted, app keeps serving', async () => {
    short.slack.respondOnce('chat.postMessage', { delayMs: 5000 });
    const sent = Date.now();
    const res = await short.event(mentionEvent('how does mtls work in linkerd?', '14.1'));
    expect(res.status).toBe(200);
    const line = await waitForLog(short, FAILED, 4000);
    const ms = Date.now() - sent;
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(4000);
    expect(line.method).toBe('chat.postMessage');
    expect(typeof line.code).toBe('string');
    expect(await apiErrorCount(short, 'chat.postMessage', String(line.code))).toBeGreaterThanOrEqual(1);
    expect(await healthStatus(short)).toBe(200);
    // The app still answers the next question while the first request is still held.
    await short.event(mentionEvent('ambient mode', '14.2'));
    await expect
      .poll(() => short.slack.accepted('chat.postMessage').some((c) => c.args.thread_ts === '14.2'))
      .toBe(true);
  });

  it('a response_url that does not answer times out too (respond() gets the same deadline)', async () => {
    short.slack.respondOnce('response_url', { delayMs: 5000 });
    const sent = Date.now();
    const res = await short.command({ command: '/mesh', text: 'mtls' });
    expect(res.status).toBe(200);
    await expect.poll(() => failures(short, 'respond').length, { timeout: 4000 }).toBeGreaterThan(0);
    expect(Date.now() - sent).toBeLessThan(4000);
    expect(failures(short, 'respond')[0]?.code).toBe('request_timeout');
    expect(await apiErrorCount(short, 'respond', 'request_timeout')).toBeGreaterThanOrEqual(1);
    expect(await healthStatus(short)).toBe(200);
  });

  it('views.open held for 5 s → the modal call times out and the user is told to run the command again', async () => {
    short.slack.respondOnce('views.open', { delayMs: 5000 });
    await short.command({ command: '/mesh-pick', text: '' });
    // (The previous test's reply may still be retried meanwhile: look for this one.)
    await expect
      .poll(
        () => short.slack.callsTo('response_url').some((c) => String(c.args.text).includes('/mesh-pick')),
        {
          timeout: 4000,
        },
      )
      .toBe(true);
    expect(failures(short, 'views.open')).toHaveLength(1);
  });
});

describe('after all of that', () => {
  it('no app crashed: /healthz is 200 everywhere', async () => {
    for (const h of [prod, noRetry, short]) expect(await healthStatus(h)).toBe(200);
  });
});

/** An Events API envelope around any event (fresh event_id). */
function mentionEventOf(event: Record<string, unknown>) {
  const env = mentionEvent('', '0.0');
  return { ...env, event };
}
