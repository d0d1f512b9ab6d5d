/**
 * Issue 10, low items, against the real app over loopback (harness: fake Web API, signed requests):
 * 9 (error codes as a fixed set of metric labels), 11 (everything acked), 14 (dedupe bounded by
 * time, not count), 13 (Bolt's per-team clients bounded), 18 (bad percent-encoding → 400), 19
 * (bot authors ignored).
 * Items 6 and 7 are in tests/fault/web-api.test.ts, 20 in tests/chaos/hardening.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createCore } from '../../src/core.js';
import { createLogger } from '../../src/logger.js';
import { createSlackApp } from '../../src/slack/app.js';
import { MAX_TEAM_CLIENTS } from '../../src/slack/client-pool.js';
import { MemoryDeduper } from '../../src/slack/dedupe.js';
import { UNKNOWN_ACTION_NOTE, UNKNOWN_COMMAND_NOTE } from '../../src/slack/listeners/fallback.js';
import { metricCode } from '../../src/slack/web-api.js';
import { type Harness, startHarness } from '../slack/helpers/harness.js';
import { blockAction, viewSubmission } from '../slack/helpers/payloads.js';
import { logLines, logsWith, mentionEvent, sleep } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.slack.reset();
  h.logs.length = 0;
});

describe('item 14: event dedupe is bounded by time, not by count', () => {
  it('a retry after 20,010 newer events is still recognised; after the TTL it is forgotten', async () => {
    let t = 0;
    const d = new MemoryDeduper(15 * 60_000, undefined, () => t);
    expect(await d.firstSeen('Ev-first')).toBe(true);
    for (let i = 0; i < 20_010; i++) await d.firstSeen(`Ev-${i}`);
    expect(await d.firstSeen('Ev-first')).toBe(false);
    t += 15 * 60_000 + 1;
    expect(await d.firstSeen('Ev-first')).toBe(true);
  });
});

describe("item 13: Bolt's Web API client pools per team_id are bounded", () => {
  it('10,000 team_ids leave at most MAX_TEAM_CLIENTS pools, the most recently used kept', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1-2-three',
      SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789',
      LOG_LEVEL: 'silent',
    });
    const app = createSlackApp({
      core: createCore({ baseUrl: config.publicBaseUrl }),
      config,
      logger: createLogger({ level: 'silent', pretty: false }),
    });
    // What Bolt's processEvent does for each team_id it sees.
    const clients = (app as unknown as { clients: Record<string, unknown> }).clients;
    for (let i = 0; i < 10_000; i++) {
      const team = `T${i}`;
      if (clients[team] === undefined) clients[team] = { team };
    }
    expect(Object.keys(clients).length).toBe(MAX_TEAM_CLIENTS);
    expect(clients.T9999).toEqual({ team: 'T9999' });
    expect(clients.T0).toBeUndefined();
  });
});

describe('item 19: other bots are never answered', () => {
  it.each([
    ['bot_id', { bot_id: 'B0OTHER' }],
    ['subtype bot_message', { subtype: 'bot_message' }],
  ])('a mention with %s gets no reply', async (_name, extra) => {
    const env = mentionEvent('how does mtls work in linkerd?', '60.1');
    Object.assign(env.event as Record<string, unknown>, extra);
    const res = await h.event(env);
    expect(res.status).toBe(200);
    await sleep(300);
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
    // A person's mention is still answered.
    await h.event(mentionEvent('how does mtls work in linkerd?', '60.2'));
    await h.slack.waitFor('chat.postMessage');
  });
});

describe('item 11: everything Slack sends is acked at once', () => {
  const timed = async (send: () => Promise<Response>) => {
    const t0 = Date.now();
    const res = await send();
    const text = await res.text();
    return { status: res.status, ms: Date.now() - t0, text };
  };

  it('an unknown button: 200 at once and a short private note', async () => {
    const r = await timed(() =>
      h.interaction(
        blockAction({
          actionId: 'removed_in_v2',
          value: 'x',
          channel: 'C1',
          message: { ts: '61.1' },
          responseUrl: `${h.slack.url}/response/unknown`,
        }),
      ),
    );
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(2_000);
    const [note] = await h.slack.waitFor('response_url');
    expect(note?.args).toMatchObject({ text: UNKNOWN_ACTION_NOTE, response_type: 'ephemeral' });
  });

  it('an unknown view, view_closed, block_suggestion and an unknown shortcut: 200 at once, no Web API call', async () => {
    const results = await Promise.all([
      timed(() => h.interaction(viewSubmission({ callbackId: 'old_modal', privateMetadata: '' }))),
      timed(() =>
        h.interaction({
          type: 'view_closed',
          team: { id: 'T0TEST' },
          user: { id: 'U0USER' },
          api_app_id: 'A0APP',
          view: {
            id: 'V1',
            type: 'modal',
            callback_id: 'mesh_pick',
            private_metadata: '',
            state: { values: {} },
          },
          is_cleared: false,
        }),
      ),
      timed(() =>
        h.interaction({
          type: 'block_suggestion',
          team: { id: 'T0TEST' },
          user: { id: 'U0USER' },
          api_app_id: 'A0APP',
          action_id: 'typeahead',
          block_id: 'b',
          value: 'ist',
          view: { id: 'V1', type: 'modal', callback_id: 'x', private_metadata: '', state: { values: {} } },
        }),
      ),
      timed(() =>
        h.interaction({
          type: 'shortcut',
          callback_id: 'old_shortcut',
          team: { id: 'T0TEST' },
          user: { id: 'U0USER' },
          trigger_id: '1.2.3',
          action_ts: '1',
        }),
      ),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    for (const r of results) expect(r.ms).toBeLessThan(2_000);
    expect(JSON.parse(results[2]?.text ?? '{}')).toEqual({ options: [] });
    await sleep(200);
    expect(h.slack.calls).toEqual([]);
    expect(logsWith(h, 'not acknowledged')).toEqual([]);
  });

  it('an unknown slash command: 200 at once with a note', async () => {
    const r = await timed(() => h.command({ command: '/mesh-old', text: 'mtls' }));
    expect(r.status).toBe(200);
    expect(r.ms).toBeLessThan(2_000);
    expect(JSON.parse(r.text)).toMatchObject({ text: UNKNOWN_COMMAND_NOTE });
  });
});

describe('item 9: Web API error codes are a fixed set of metric labels', () => {
  it('a proxy HTML page instead of JSON is counted under a known code, never as a label of its own', async () => {
    h.slack.respondOnce('chat.unfurl', {
      status: 200,
      headers: { 'content-type': 'text/html' },
      raw: '<html><body>502 Bad Gateway from <b>proxy</b></body></html>',
    });
    const env = mentionEvent('', '62.1');
    await h.event({
      ...env,
      event: {
        type: 'link_shared',
        channel: 'C1',
        user: 'U1',
        message_ts: '62.1',
        links: [{ domain: 'meshbot.example.com', url: 'https://meshbot.example.com/answers/mtls' }],
      },
    });
    await h.slack.waitFor('chat.unfurl');
    await expect.poll(() => logsWith(h, 'Slack Web API call failed').length).toBeGreaterThan(0);
    const metrics = await (await fetch(`${h.url}/metrics`)).text();
    const labels = metrics
      .split('\n')
      .filter((l) => l.startsWith('meshbot_slack_api_errors_total{'))
      .map((l) => /code="([^"]*)"/.exec(l)?.[1] ?? '');
    expect(labels.length).toBeGreaterThan(0);
    for (const code of labels) expect(code).toBe(metricCode(code));
    expect(metrics).not.toMatch(/code="[^"]*[<>]/);
  });

  it('metricCode keeps known codes and http_<status>, maps the rest to "other"', () => {
    expect(metricCode('channel_not_found')).toBe('channel_not_found');
    expect(metricCode('http_502')).toBe('http_502');
    expect(metricCode('<html>')).toBe('other');
    expect(metricCode('x'.repeat(500))).toBe('other');
  });
});

describe('item 18: a bad percent-encoding in a path is a 400, not a 500', () => {
  it.each(['/answers/%E0%A4%A', '/answers/%', '/%ZZ'])('GET %s → 400 and no ERROR line', async (path) => {
    const res = await fetch(`${h.url}${path}`);
    expect(res.status).toBe(400);
    await res.arrayBuffer();
    expect(logLines(h).filter((l) => l.level >= 50)).toEqual([]);
  });
});
