/**
 * The AI app surface over loopback: the real Bolt app (HTTP receiver) against the stand-in Web API.
 * Assistant view (Bolt's Assistant class), agent view (app_home_opened on the Messages tab), and
 * plain DMs for workspaces without either.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_PROMPTS,
  messageSchema,
  SUGGESTED_PROMPTS,
  threadTitle,
  wantsQuestionnaire,
} from '../../src/blocks/index.js';
import { createCore } from '../../src/core.js';
import { ACTIONS } from '../../src/ids.js';
import { envelope, type Harness, startHarness } from './helpers/harness.js';
import { blockAction } from './helpers/payloads.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.slack.reset());

const threadMessage = (text: string, ts: string, threadTs = '700.0') =>
  envelope({
    type: 'message',
    channel_type: 'im',
    channel: 'D0AI',
    user: 'U1',
    text,
    ts,
    thread_ts: threadTs,
  });

const valid = (args: Record<string, unknown> | undefined) =>
  messageSchema.safeParse({ text: args?.text, blocks: args?.blocks }).success;

/** A core over the real knowledge base, as the app builds it. */
const promptCore = () => createCore({ baseUrl: 'http://localhost' });

const settle = () => new Promise((r) => setTimeout(r, 250));

describe('suggested prompts', () => {
  it('are at most four, cover which mesh, cost, ambient vs sidecars and the questionnaire', () => {
    expect(SUGGESTED_PROMPTS.length).toBeLessThanOrEqual(MAX_PROMPTS);
    expect(SUGGESTED_PROMPTS.map((p) => p.title)).toEqual([
      'Which mesh for us?',
      'What does it cost?',
      'Ambient vs sidecars',
      'Start the questionnaire',
    ]);
  });

  it.each([
    ['Which mesh for us?', ['which-mesh', 'head-to-head']],
    ['What does it cost?', ['cost']],
    ['Ambient vs sidecars', ['ambient-mode', 'data-plane']],
  ])('"%s" is answered from the knowledge base', (title, ids) => {
    const prompt = SUGGESTED_PROMPTS.find((p) => p.title === title);
    // The core's matcher, the one every surface answers with.
    const reply = promptCore().matcher.answer(prompt?.message ?? '');
    expect(reply.kind).toBe('answer');
    expect(ids).toContain(reply.kind === 'answer' ? reply.entry.id : undefined);
    expect(prompt?.entry).toBe(ids[0]);
  });

  it('are answered with their entry whatever the fit, and learned phrasings keep that', () => {
    const core = promptCore();
    // The fitted matcher alone, without the prompts, may lean elsewhere on some draws.
    for (const p of SUGGESTED_PROMPTS.filter((p) => p.entry)) {
      const reply = core.matcher.answer(p.message);
      expect(reply.kind === 'answer' ? reply.entry.id : reply.kind).toBe(p.entry);
      expect(reply.confidence).toBe(1);
    }
    core.setLearnedPhrasings(new Map([['mtls', ['is the wire encrypted between pods']]]));
    const after = core.matcher.answer('What does a service mesh cost to run?');
    expect(after.kind === 'answer' ? after.entry.id : after.kind).toBe('cost');
  });

  it('"Start the questionnaire" is recognised, and ordinary questions are not', () => {
    expect(wantsQuestionnaire('Start the questionnaire')).toBe(true);
    expect(wantsQuestionnaire('open questionnaire!')).toBe(true);
    expect(wantsQuestionnaire('what is in the questionnaire about mtls')).toBe(false);
  });

  it('thread titles are one plain line from the question, without Slack markup', () => {
    expect(threadTitle('  <@U123>  is  linkerd\nfree? ')).toBe('is linkerd free?');
    expect(threadTitle('x'.repeat(200))).toHaveLength(80);
    expect(threadTitle('<!channel>')).toBe('Service mesh question');
  });
});

describe('assistant view (Bolt Assistant)', () => {
  it('sets the suggested prompts when the user opens an assistant thread', async () => {
    await h.event(
      envelope({
        type: 'assistant_thread_started',
        assistant_thread: { user_id: 'U1', context: {}, channel_id: 'D0AI', thread_ts: '700.0' },
        event_ts: '700.0',
      }),
    );
    const [call] = await h.slack.waitFor('assistant.threads.setSuggestedPrompts');
    expect(call?.args.channel_id).toBe('D0AI');
    expect(call?.args.thread_ts).toBe('700.0');
    expect(call?.args.title).toBe('Ask me about service meshes');
    expect(call?.args.prompts).toEqual(
      SUGGESTED_PROMPTS.map((p) => ({ title: p.title, message: p.message })),
    );
  });

  it('answers a question in the thread with the same card, a status while it looks and a title from the question', async () => {
    await h.event(threadMessage('how does mtls work in linkerd?', '700.1'));
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post?.args.channel).toBe('D0AI');
    expect(post?.args.thread_ts).toBe('700.0');
    expect(JSON.stringify(post?.args.blocks)).toContain('/answers/mtls');
    expect(valid(post?.args)).toBe(true);
    const [title] = h.slack.callsTo('assistant.threads.setTitle');
    expect(title?.args).toMatchObject({
      channel_id: 'D0AI',
      thread_ts: '700.0',
      title: 'how does mtls work in linkerd?',
    });
    const [status] = h.slack.callsTo('assistant.threads.setStatus');
    expect(status?.args).toMatchObject({
      channel_id: 'D0AI',
      thread_ts: '700.0',
      status: 'is looking that up…',
    });
    // The status comes before the answer (posting the answer clears it).
    const order = h.slack.calls.map((c) => c.method);
    expect(order.indexOf('assistant.threads.setStatus')).toBeLessThan(order.indexOf('chat.postMessage'));

    // A follow-up in the same thread is answered too, without retitling the thread.
    h.slack.reset();
    await h.event(threadMessage('and what does it cost?', '700.2'));
    await h.slack.waitFor('chat.postMessage');
    await settle();
    expect(h.slack.callsTo('assistant.threads.setTitle')).toHaveLength(0);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('"Start the questionnaire" offers a button, and the button opens the questionnaire', async () => {
    await h.event(threadMessage('Start the questionnaire', '710.1', '710.0'));
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(valid(post?.args)).toBe(true);
    expect(JSON.stringify(post?.args.blocks)).toContain(ACTIONS.startPick);
    await h.interaction(
      blockAction({
        actionId: ACTIONS.startPick,
        channel: 'D0AI',
        triggerId: 'trig-ai',
        message: { ts: '710.2', thread_ts: '710.0' },
      }),
    );
    const [open] = await h.slack.waitFor('views.open');
    expect(open?.args.trigger_id).toBe('trig-ai');
  });

  it('ignores a change of the channel the user is looking at, and its own messages', async () => {
    await h.event(
      envelope({
        type: 'assistant_thread_context_changed',
        assistant_thread: {
          user_id: 'U1',
          context: { channel_id: 'C9' },
          channel_id: 'D0AI',
          thread_ts: '700.0',
        },
        event_ts: '700.5',
      }),
    );
    await h.event(
      envelope({
        type: 'message',
        channel_type: 'im',
        channel: 'D0AI',
        bot_id: 'B0BOT',
        user: 'U0BOT1234',
        text: 'my own answer',
        ts: '700.6',
        thread_ts: '700.0',
      }),
    );
    await settle();
    expect(h.slack.calls.filter((c) => c.method !== 'auth.test')).toHaveLength(0);
  });
});

describe('agent view and plain DMs', () => {
  it('sets the suggested prompts for the DM when the Messages tab opens, without a thread_ts', async () => {
    await h.event(envelope({ type: 'app_home_opened', user: 'U1', channel: 'D0AI', tab: 'messages' }));
    const [call] = await h.slack.waitFor('assistant.threads.setSuggestedPrompts');
    expect(call?.args.channel_id).toBe('D0AI');
    expect(call?.args.thread_ts).toBeUndefined();
    expect(call?.args.prompts as unknown[]).toHaveLength(SUGGESTED_PROMPTS.length);
    // The Home tab is still published only for the Home tab.
    expect(h.slack.callsTo('views.publish')).toHaveLength(0);
  });

  it('a top-level DM is answered in the DM as before, with no assistant calls', async () => {
    await h.event(
      envelope({
        type: 'message',
        channel_type: 'im',
        channel: 'D0PLAIN',
        user: 'U1',
        text: 'is linkerd free?',
        ts: '800.1',
      }),
    );
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post?.args.channel).toBe('D0PLAIN');
    expect(post?.args.thread_ts).toBeUndefined();
    expect(valid(post?.args)).toBe(true);
    await settle();
    expect(h.slack.calls.some((c) => c.method.startsWith('assistant.'))).toBe(false);
  });

  it('a failing assistant call (a workspace without the surface) still leaves the answer posted', async () => {
    h.slack.respondOnce('assistant.threads.setTitle', { body: { ok: false, error: 'not_allowed' } });
    h.slack.respondOnce('assistant.threads.setStatus', { body: { ok: false, error: 'not_allowed' } });
    await h.event(threadMessage('what is ambient mode', '900.1', '900.0'));
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post?.args.thread_ts).toBe('900.0');
    expect(JSON.stringify(post?.args.blocks)).toContain('/answers/ambient-mode');
  });
});
