import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { homeSchema, messageSchema, modalSchema, unfurlSchema } from '../../src/blocks/schema.js';
import { ACTIONS, CALLBACKS } from '../../src/ids.js';
import { BOT_TOKEN, envelope, type Harness, SIGNING_SECRET, sign, startHarness } from './helpers/harness.js';
import { blockAction, chosen, viewSubmission } from './helpers/payloads.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.slack.reset());

const blocksText = (blocks: unknown) => JSON.stringify(blocks);

describe('signatures and malformed requests', () => {
  it('rejects a wrong signature with 401 and posts nothing', async () => {
    const body = JSON.stringify(
      envelope({ type: 'app_mention', text: 'mtls', channel: 'C1', user: 'U1', ts: '1.1' }),
    );
    const res = await h.raw(body, {
      'content-type': 'application/json',
      ...sign(body, undefined, 'wrongsecret0123456789'),
    });
    expect(res.status).toBe(401);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('rejects a stale timestamp (over 5 minutes old) with 401', async () => {
    const body = JSON.stringify(
      envelope({ type: 'app_mention', text: 'mtls', channel: 'C1', user: 'U1', ts: '1.1' }),
    );
    const res = await h.raw(body, {
      'content-type': 'application/json',
      ...sign(body, Math.floor(Date.now() / 1000) - 600),
    });
    expect(res.status).toBe(401);
  });

  it('rejects a request with no signature headers', async () => {
    const res = await h.raw('{}', { 'content-type': 'application/json' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('answers a malformed body with a 4xx', async () => {
    const body = '{"not json';
    const res = await h.raw(body, { 'content-type': 'application/json', ...sign(body) });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('computes the official Slack signing test vector', () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(sign(body, 1531420618, '8f742231b10e8888abcd99yyyzzz85a5')['x-slack-signature']).toBe(
      'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    );
  });
});

describe('mentions and DMs', () => {
  it('answers a mention in a thread with a valid card, using the bot token', async () => {
    const res = await h.event(
      envelope({
        type: 'app_mention',
        text: '<@U0BOT1234> how does mtls work in linkerd?',
        channel: 'C1',
        user: 'U1',
        ts: '111.222',
      }),
    );
    expect(res.status).toBe(200);
    const [call] = await h.slack.waitFor('chat.postMessage');
    expect(call?.token).toBe(BOT_TOKEN);
    expect(call?.contentType).toContain('application/x-www-form-urlencoded');
    expect(call?.args.channel).toBe('C1');
    expect(call?.args.thread_ts).toBe('111.222');
    expect(blocksText(call?.args.blocks)).toContain('/answers/mtls');
    expect(messageSchema.safeParse({ text: call?.args.text, blocks: call?.args.blocks }).success).toBe(true);
  });

  it('replies in the existing thread when the mention was in one', async () => {
    await h.event(
      envelope({
        type: 'app_mention',
        text: '<@U0BOT1234> ambient mode?',
        channel: 'C1',
        user: 'U1',
        ts: '200.1',
        thread_ts: '100.1',
      }),
    );
    const [call] = await h.slack.waitFor('chat.postMessage');
    expect(call?.args.thread_ts).toBe('100.1');
  });

  it('a retried event gets exactly one reply', async () => {
    const env = envelope({
      type: 'app_mention',
      text: '<@U0BOT1234> cncf status',
      channel: 'C1',
      user: 'U1',
      ts: '300.1',
    });
    await h.event(env);
    await h.event(env, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await h.slack.waitFor('chat.postMessage');
    await new Promise((r) => setTimeout(r, 300));
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('an empty mention gets help, an off-topic one a polite fallback, neither a knowledge entry', async () => {
    await h.event(
      envelope({ type: 'app_mention', text: '<@U0BOT1234>', channel: 'C1', user: 'U1', ts: '400.1' }),
    );
    await h.event(
      envelope({
        type: 'app_mention',
        text: '<@U0BOT1234> how do I rollback a helm release',
        channel: 'C1',
        user: 'U1',
        ts: '400.2',
      }),
    );
    const calls = await h.slack.waitFor('chat.postMessage', 2);
    for (const c of calls) expect(blocksText(c.args.blocks)).not.toMatch(/\/answers\/[a-z-]+\|Open/);
  });

  it('a bug report it has no card for gets the fallback with related answers as buttons', async () => {
    await h.event(
      envelope({
        type: 'app_mention',
        text: '<@U0BOT1234> after upgrading our cluster the linkerd-proxy container keeps restarting in the payments namespace, logs say connection refused on the admin port, anyone seen this? thanks',
        channel: 'C1',
        user: 'U1',
        ts: '450.1',
      }),
    );
    const [call] = await h.slack.waitFor('chat.postMessage');
    const text = blocksText(call?.args.blocks);
    expect(text).toContain("Sorry, I don't have an answer for");
    expect(text).toContain('These answers may be related');
    expect(text).toContain(ACTIONS.showAnswer);
    expect(text).toContain('/answers/troubleshooting');
    expect(String(call?.args.text)).toMatch(/Related answers: .*Troubleshooting/);
  });

  it('escapes user text so nobody can make the bot ping @channel', async () => {
    await h.event(
      envelope({
        type: 'app_mention',
        text: '<@U0BOT1234> <!channel> qwertyzzz <@U999> & <script>',
        channel: 'C1',
        user: 'U1',
        ts: '500.1',
      }),
    );
    const [call] = await h.slack.waitFor('chat.postMessage');
    const all = blocksText(call?.args.blocks) + String(call?.args.text);
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<@U999>');
    expect(all).not.toContain('<script>');
  });

  it('answers a DM in the DM and ignores bot messages and edits', async () => {
    await h.event(
      envelope({
        type: 'message',
        channel_type: 'im',
        channel: 'D1',
        user: 'U1',
        text: 'is linkerd free?',
        ts: '600.1',
      }),
    );
    await h.event(
      envelope({
        type: 'message',
        channel_type: 'im',
        channel: 'D1',
        bot_id: 'B2',
        text: 'bot says hi',
        ts: '600.2',
      }),
    );
    await h.event(
      envelope({
        type: 'message',
        subtype: 'message_changed',
        channel_type: 'im',
        channel: 'D1',
        ts: '600.3',
      }),
    );
    const [call] = await h.slack.waitFor('chat.postMessage');
    await new Promise((r) => setTimeout(r, 200));
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(call?.args.channel).toBe('D1');
  });
});

describe('answer pages beside /slack/events', () => {
  it("serves an answer's og:image card through Bolt's receiver", async () => {
    const res = await fetch(`${h.url}/answers/mtls/card.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(1, 4)
        .toString('ascii'),
    ).toBe('PNG');
  }, 20_000);
});

describe('/mesh command', () => {
  it('answers ephemerally through response_url with a Share button', async () => {
    const res = await h.command({ command: '/mesh', text: 'what is istio ambient mode' });
    expect(res.status).toBe(200);
    const [call] = await h.slack.waitFor('response_url');
    expect(call?.args.response_type).toBe('ephemeral');
    expect(blocksText(call?.args.blocks)).toContain(ACTIONS.share);
    expect(messageSchema.safeParse({ text: call?.args.text, blocks: call?.args.blocks }).success).toBe(true);
  });

  it.each([
    ['help', '/mesh-pick'],
    ['list', '/answers/other-meshes'],
    ['table', 'Linkerd'],
    ['link multi clsuter', '/answers/multi-cluster'],
  ])('/mesh %s', async (text, expected) => {
    await h.command({ command: '/mesh', text });
    const [call] = await h.slack.waitFor('response_url');
    expect(blocksText(call?.args.blocks)).toContain(expected);
    expect(messageSchema.safeParse({ text: call?.args.text, blocks: call?.args.blocks }).success).toBe(true);
  });
});

describe('/mesh-pick questionnaire', () => {
  it('opens the modal with views.open right after the ack', async () => {
    await h.command({ command: '/mesh-pick', text: '', trigger_id: '123.456.abc' });
    const [call] = await h.slack.waitFor('views.open');
    expect(call?.args.trigger_id).toBe('123.456.abc');
    expect(modalSchema.safeParse(call?.args.view).success).toBe(true);
  });

  it('gives an instant pick from needs typed after the command', async () => {
    await h.command({ command: '/mesh-pick', text: 'small team, want mTLS by default and low overhead' });
    const [call] = await h.slack.waitFor('response_url');
    expect(blocksText(call?.args.blocks)).toMatch(/Linkerd/);
    expect(blocksText(call?.args.blocks)).toContain(ACTIONS.startPick);
  });

  it('walks every step with Next and submits to an ephemeral result in the channel', async () => {
    await h.command({ command: '/mesh-pick', text: '' });
    const [open] = await h.slack.waitFor('views.open');
    let view = open?.args.view as {
      private_metadata: string;
      blocks: Array<{ block_id?: string; element?: { action_id?: string } }>;
    };
    for (let step = 0; step < 3; step++) {
      const values: Record<string, Record<string, unknown>> = {};
      for (const b of view.blocks) {
        if (b.element?.action_id?.startsWith(ACTIONS.pickFactor) && b.block_id) {
          values[b.block_id] = {
            [b.element.action_id]: {
              type: 'radio_buttons',
              selected_option: {
                value: b.block_id === 'multi-cluster' || b.block_id === 'fine-grained-authz' ? '2' : '0',
              },
            },
          };
        }
      }
      const res = await h.interaction(
        viewSubmission({
          callbackId: CALLBACKS.pickModal,
          privateMetadata: view.private_metadata,
          values,
          blocks: view.blocks,
          triggerId: `t${step}`,
        }),
      );
      expect(res.status).toBe(200);
      if (step < 2) {
        const ackBody = (await res.json()) as { response_action: string; view: typeof view };
        expect(ackBody.response_action).toBe('update');
        expect(modalSchema.safeParse(ackBody.view).success).toBe(true);
        view = ackBody.view;
      }
    }
    const [result] = await h.slack.waitFor('chat.postEphemeral');
    expect(result?.args.channel).toBe('C0CHAN');
    expect(result?.args.user).toBe('U0USER');
    expect(blocksText(result?.args.blocks)).toMatch(/Istio/);
    expect(blocksText(result?.args.blocks)).toContain(ACTIONS.restartPick);
  });
});

describe('buttons, unfurls, home and shortcut', () => {
  it('a related-answer button posts that answer in the same thread', async () => {
    await h.interaction(
      blockAction({
        actionId: ACTIONS.showAnswer,
        blockId: 'related',
        value: 'authorization',
        channel: 'C1',
        message: { ts: '700.2', thread_ts: '700.1' },
        triggerId: 't1',
      }),
    );
    const [call] = await h.slack.waitFor('chat.postMessage');
    expect(call?.args.thread_ts).toBe('700.1');
    expect(blocksText(call?.args.blocks)).toContain('/answers/authorization');
  });

  it('Share in channel posts publicly, attributed to who shared', async () => {
    await h.interaction(
      blockAction({
        actionId: ACTIONS.share,
        user: 'U0SHARER',
        value: JSON.stringify({ id: 'cost' }),
        channel: 'C1',
        ephemeral: true,
        responseUrl: `${h.slack.url}/response/share`,
      }),
    );
    const [call] = await h.slack.waitFor('chat.postMessage');
    expect(call?.args.channel).toBe('C1');
    expect(blocksText(call?.args.blocks)).toContain('<@U0SHARER>');
    // Then, once it is posted, the ephemeral original goes.
    const [del] = await h.slack.waitFor('response_url');
    expect(del?.args).toMatchObject({ delete_original: true });
  });

  it('unfurls our canonical links with a compact card, keyed by the exact URL, and ignores unknown ids', async () => {
    const good = 'https://meshbot.example.com/answers/mtls';
    const bad = 'https://meshbot.example.com/answers/nope';
    await h.event(
      envelope({
        type: 'link_shared',
        channel: 'C1',
        user: 'U1',
        message_ts: '800.1',
        links: [
          { domain: 'meshbot.example.com', url: good },
          { domain: 'meshbot.example.com', url: bad },
        ],
      }),
    );
    const [call] = await h.slack.waitFor('chat.unfurl');
    const unfurls = call?.args.unfurls as Record<string, { blocks: unknown[] }>;
    expect(Object.keys(unfurls)).toEqual([good]);
    expect(unfurlSchema.safeParse(unfurls[good]).success).toBe(true);
    expect(call?.args.ts).toBe('800.1');
  });

  it('publishes the App Home view', async () => {
    await h.event(envelope({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' }));
    const [call] = await h.slack.waitFor('views.publish');
    expect(call?.args.user_id).toBe('U1');
    expect(homeSchema.safeParse(call?.args.view).success).toBe(true);
  });

  it('the message shortcut opens a picker and posts the chosen answer as a thread reply', async () => {
    await h.interaction({
      type: 'message_action',
      callback_id: CALLBACKS.replyShortcut,
      trigger_id: 't9',
      user: { id: 'U0SUPPORT' },
      team: { id: 'T0TEST' },
      channel: { id: 'C0SUPPORT9' },
      message: { ts: '900.1', text: 'does linkerd do retries and timeouts?' },
      response_url: `${h.slack.url}/response/sc`,
    });
    const [open] = await h.slack.waitFor('views.open');
    const view = open?.args.view as { private_metadata: string };
    expect(modalSchema.safeParse(open?.args.view).success).toBe(true);
    await h.interaction(
      viewSubmission({
        callbackId: CALLBACKS.replyModal,
        user: 'U0SUPPORT',
        viewId: 'V2',
        privateMetadata: view.private_metadata,
        values: { reply_choice: { reply_choice: chosen('static_select', 'traffic-management') } },
      }),
    );
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post?.args.channel).toBe('C0SUPPORT9');
    expect(post?.args.thread_ts).toBe('900.1');
    expect(blocksText(post?.args.blocks)).toContain('/answers/traffic-management');
  });
});

describe('Web API errors', () => {
  it('not_in_channel: logged, and the user is told to invite the bot', async () => {
    h.slack.respondOnce('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    await h.event(
      envelope({ type: 'app_mention', text: '<@U0BOT1234> mtls', channel: 'C5', user: 'U5', ts: '950.1' }),
    );
    const [eph] = await h.slack.waitFor('chat.postEphemeral');
    expect(String(eph?.args.text)).toMatch(/invite/i);
    expect(h.logs.join('')).toContain('not_in_channel');
  });

  it('a 500 from the Web API is logged and the app keeps serving', async () => {
    h.slack.respondOnce('chat.postMessage', { status: 500, body: { ok: false } });
    await h.event(
      envelope({ type: 'app_mention', text: '<@U0BOT1234> mtls', channel: 'C5', user: 'U5', ts: '960.1' }),
    );
    // The outbox retries it after its backoff (so no later test sees a late reply).
    await h.slack.waitFor('chat.postMessage', 2, 5_000);
    expect(h.slack.accepted('chat.postMessage')).toHaveLength(1);
    const health = await fetch(`${h.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('never writes the bot token or signing secret to the logs', () => {
    const all = h.logs.join('\n');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
  });
});

describe('metrics', () => {
  it('counts questions by intent and outcome, dedupe hits and Web API errors in Prometheus format', async () => {
    const env = envelope({
      type: 'app_mention',
      text: '<@U0BOT1234> how is linkerd licensed',
      channel: 'C1',
      user: 'U1',
      ts: '990.1',
    });
    await h.event(env);
    await h.event(env, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await h.slack.waitFor('chat.postMessage');
    h.slack.respondOnce('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    await h.event(
      envelope({ type: 'app_mention', text: '<@U0BOT1234> mtls', channel: 'C7', user: 'U7', ts: '990.2' }),
    );
    await h.slack.waitFor('chat.postMessage', 2);
    await new Promise((r) => setTimeout(r, 100));
    const res = await fetch(`${h.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(
      /meshbot_questions_total\{surface="mention",intent="[a-z]+",outcome="answered"\} [1-9]/,
    );
    expect(text).toMatch(/meshbot_dedupe_hits_total [1-9]/);
    expect(text).toMatch(
      /meshbot_slack_api_errors_total\{method="chat.postMessage",code="channel_not_found"\} 1/,
    );
    expect(text).toMatch(/meshbot_handler_seconds_bucket\{le="0.005",surface="mention"\} [1-9]/);
  });

  it('logs one line per handled question with intent, answer id, confidence and latency, and not the text', () => {
    const lines = h.logs.flatMap((l) => l.split('\n')).filter((l) => l.includes('question handled'));
    expect(lines.length).toBeGreaterThan(0);
    const line = JSON.parse(lines[0] as string) as Record<string, unknown>;
    expect(Object.keys(line)).toEqual(
      expect.arrayContaining(['intent', 'answerId', 'confidence', 'ms', 'outcome']),
    );
    expect(h.logs.join('')).not.toContain('how does mtls work in linkerd');
  });
});

describe('more interactions', () => {
  const pickView = async () => {
    await h.command({ command: '/mesh-pick', text: '' });
    const [open] = await h.slack.waitFor('views.open');
    return open?.args.view as {
      private_metadata: string;
      blocks: Array<{ block_id?: string; element?: { action_id?: string } }>;
    };
  };

  it('Back keeps the answers so far and shows the previous step with views.update', async () => {
    const first = await pickView();
    const step0Factor = first.blocks.find((b) => b.element?.action_id?.startsWith(ACTIONS.pickFactor));
    const values = {
      [step0Factor?.block_id as string]: {
        [step0Factor?.element?.action_id as string]: {
          type: 'radio_buttons',
          selected_option: { value: '2' },
        },
      },
    };
    const next = await h.interaction(
      viewSubmission({
        callbackId: CALLBACKS.pickModal,
        privateMetadata: first.private_metadata,
        values,
        blocks: first.blocks,
      }),
    );
    const step1 = ((await next.json()) as { view: typeof first }).view;
    await h.interaction(
      blockAction({
        actionId: ACTIONS.pickBack,
        triggerId: 't-back',
        view: {
          id: 'V0VIEW',
          hash: 'hash-1',
          type: 'modal',
          callback_id: CALLBACKS.pickModal,
          private_metadata: step1.private_metadata,
          state: { values: {} },
          blocks: step1.blocks,
        },
      }),
    );
    const [update] = await h.slack.waitFor('views.update');
    expect(update?.args.view_id).toBe('V0VIEW');
    expect(update?.args.hash).toBe('hash-1');
    const view = update?.args.view as {
      blocks: Array<{ block_id?: string; element?: { initial_option?: { value: string } } }>;
    };
    expect(modalSchema.safeParse(view).success).toBe(true);
    // Step 0 again, with the choice made before kept as the initial option.
    const again = view.blocks.find((b) => b.block_id === step0Factor?.block_id);
    expect(again?.element?.initial_option?.value).toBe('2');
  });

  it('sharing a free-text pick posts the pick itself, attributed', async () => {
    await h.command({ command: '/mesh-pick', text: 'we need multi-cluster and fine-grained authorization' });
    const [eph] = await h.slack.waitFor('response_url');
    const shareButton = JSON.stringify(eph?.args.blocks).match(
      /"action_id":"share_in_channel"[^}]*"value":"((?:[^"\\]|\\.)*)"/,
    );
    const raw = shareButton ? (JSON.parse(`"${shareButton[1]}"`) as string) : '';
    expect(raw).toContain('weights');
    h.slack.reset();
    await h.interaction(
      blockAction({
        actionId: ACTIONS.share,
        user: 'U0SHARER',
        value: raw,
        channel: 'C1',
        ephemeral: true,
        responseUrl: `${h.slack.url}/response/share2`,
      }),
    );
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(blocksText(post?.args.blocks)).toMatch(/Istio/);
    expect(blocksText(post?.args.blocks)).toContain('<@U0SHARER>');
    const [del] = await h.slack.waitFor('response_url');
    expect(del?.args).toMatchObject({ delete_original: true });
  });

  it('the Home tab button opens the questionnaire and the result goes to the DM', async () => {
    await h.interaction(
      blockAction({
        actionId: ACTIONS.startPick,
        blockId: 'home',
        user: 'U0HOME',
        triggerId: 't-home',
        view: {
          id: 'VHOME',
          type: 'home',
          hash: 'x',
          private_metadata: '',
          state: { values: {} },
          blocks: [],
        },
      }),
    );
    const [open] = await h.slack.waitFor('views.open');
    expect(open?.args.trigger_id).toBe('t-home');
    expect(modalSchema.safeParse(open?.args.view).success).toBe(true);
  });

  it('a "did you mean" button on an ephemeral reply answers ephemerally through response_url', async () => {
    await h.interaction(
      blockAction({
        actionId: ACTIONS.showAnswer,
        blockId: 'candidates',
        value: 'ambient-mode',
        channel: 'C1',
        ephemeral: true,
        responseUrl: `${h.slack.url}/response/dym`,
      }),
    );
    const [call] = await h.slack.waitFor('response_url');
    expect(call?.args.response_type).toBe('ephemeral');
    expect(blocksText(call?.args.blocks)).toContain('/answers/ambient-mode');
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
