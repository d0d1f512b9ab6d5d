/**
 * Follow-ups in threads and opt-in channel suggestions (issue 11, parts 1 and 4) through the real
 * Bolt app over loopback against the stand-in Web API, on both stores, with an injected clock;
 * plus one two-turn thread over Socket Mode.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messageSchema } from '../../src/blocks/schema.js';
import { ACTIONS, BLOCKS, SUGGEST_ACTIONS } from '../../src/ids.js';
import { BACKENDS } from '../store/helpers/backends.js';
import { type PostgresServer, startPostgres } from '../store/helpers/postgres-server.js';
import {
  envelope,
  type Harness,
  type SocketHarness,
  startHarness,
  startSocketHarness,
} from './helpers/harness.js';
import { blockAction } from './helpers/payloads.js';

const MIN = 60_000;
const BOT = 'U0BOT1234';

type Block = {
  type: string;
  block_id?: string;
  elements?: { text?: { text: string }; value?: string; action_id?: string }[];
};

const mention = (text: string, channel: string, ts: string, user = 'UASKER1') =>
  envelope({ type: 'app_mention', text: `<@${BOT}> ${text}`, channel, user, ts });

/** A message event as Slack sends it for message.channels (and .groups, .mpim). */
const message = (o: {
  text: string;
  channel: string;
  ts: string;
  user?: string;
  threadTs?: string;
  channelType?: string;
  extra?: Record<string, unknown>;
}) =>
  envelope({
    type: 'message',
    channel_type: o.channelType ?? 'channel',
    channel: o.channel,
    user: o.user ?? 'UASKER1',
    text: o.text,
    ts: o.ts,
    ...(o.threadTs ? { thread_ts: o.threadTs } : {}),
    ...o.extra,
  });

const valid = (args: Record<string, unknown> | undefined) =>
  messageSchema.safeParse({ text: args?.text, blocks: args?.blocks }).success;

/** Whatever a listener would have posted has been posted by now (the app answers within milliseconds). */
const settle = () => new Promise((r) => setTimeout(r, 300));

describe.each(BACKENDS)('follow-ups and channel suggestions in Slack on %s', (backend) => {
  let h: Harness;
  let pg: PostgresServer | undefined;
  let now = Date.now();
  beforeAll(async () => {
    const env: Record<string, string> = {};
    if (backend === 'postgres') {
      pg = await startPostgres();
      env.DATABASE_URL = await pg.createDatabase();
    }
    // processBeforeResponse: an event's HTTP response comes after its listeners, so "nothing was
    // posted" is checked after the work is done, not guessed.
    h = await startHarness(env, { slack: { clock: () => now, processBeforeResponse: true } });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await pg?.stop();
  });
  beforeEach(() => {
    h.slack.reset();
    now = Date.now();
  });

  let triggers = 0;
  // Each command has its own trigger_id, as in Slack (a reply's outbox id comes from it).
  const command = (text: string, channel: string, user = 'UMEMBER1') =>
    h.command({
      command: '/mesh',
      text,
      channel_id: channel,
      user_id: user,
      trigger_id: `${++triggers}.456.${backend}`,
      response_url: `${h.slack.url}/response/${channel}`,
    });

  it('answers "what is ambient mode" then "and does linkerd have that?" in the thread without a mention', async () => {
    await h.event(mention('what is ambient mode', 'C1', '200.1'));
    const [first] = await h.slack.waitFor('chat.postMessage');
    expect(first?.args).toMatchObject({ channel: 'C1', thread_ts: '200.1' });
    expect(JSON.stringify(first?.args.blocks)).toContain('/answers/ambient-mode');
    // Slack sends the mention again as a message.channels event: it is not answered twice.
    await h.event(message({ text: `<@${BOT}> what is ambient mode`, channel: 'C1', ts: '200.1' }));
    // The follow-up, two minutes later, no mention.
    now += 2 * MIN;
    await h.event(
      message({ text: 'and does linkerd have that?', channel: 'C1', ts: '200.2', threadTs: '200.1' }),
    );
    const calls = await h.slack.waitFor('chat.postMessage', 2);
    expect(calls).toHaveLength(2);
    const second = calls[1];
    expect(second?.args).toMatchObject({ channel: 'C1', thread_ts: '200.1' });
    expect(JSON.stringify(second?.args.blocks)).toContain('/answers/ambient-mode');
    expect(valid(second?.args)).toBe(true);
    // The card offers two or three follow-up questions as buttons, from the entry's related entries.
    const blocks = second?.args.blocks as Block[];
    const followUps = blocks.filter((b) => b.block_id?.startsWith(BLOCKS.followUps));
    expect(followUps.length).toBeGreaterThanOrEqual(2);
    expect(followUps.length).toBeLessThanOrEqual(3);
    const related = h.core.kb.byId.get('ambient-mode')?.related ?? [];
    expect(followUps.map((b) => b.elements?.[0]?.value)).toEqual(related.slice(0, followUps.length));
    for (const b of followUps) expect(b.elements?.[0]?.text?.text.length).toBeLessThanOrEqual(75);
    // The follow-up is recorded like any question, with its resolved text.
    const card = await h.loop.store.db.get<{ surface: string; question: string; entry_id: string }>(
      `SELECT surface, question, entry_id FROM questions WHERE surface = 'thread'`,
    );
    expect(card).toMatchObject({ surface: 'thread', entry_id: 'ambient-mode' });
    expect(card?.question).toContain('linkerd');
    expect(card?.question).toContain('ambient mode');

    // Clicking a follow-up question answers it in the thread.
    const target = followUps[0]?.elements?.[0]?.value ?? '';
    await h.interaction(
      blockAction({
        actionId: ACTIONS.showAnswer,
        blockId: followUps[0]?.block_id ?? '',
        value: target,
        user: 'UASKER1',
        channel: 'C1',
        message: { ts: '200.3', thread_ts: '200.1' },
      }),
    );
    const third = (await h.slack.waitFor('chat.postMessage', 3))[2];
    expect(third?.args).toMatchObject({ channel: 'C1', thread_ts: '200.1' });
    expect(JSON.stringify(third?.args.blocks)).toContain(`/answers/${target}`);
    // The thread's topic moved on to the clicked answer.
    expect((await h.loop.store.threads.active('C1', '200.1', now))?.entryId).toBe(target);
  });

  it('never answers others in the thread, the asker’s chatter, messages to people, bots or edits', async () => {
    await h.event(mention('what is ambient mode', 'C2', '300.1'));
    await h.slack.waitFor('chat.postMessage');
    const quiet = [
      // A stranger's question in the thread.
      message({
        text: 'and does linkerd have that?',
        channel: 'C2',
        ts: '300.2',
        threadTs: '300.1',
        user: 'USTRANGER',
      }),
      // The asker, not asking.
      message({ text: 'thanks, makes sense', channel: 'C2', ts: '300.3', threadTs: '300.1' }),
      // The asker, asking a colleague.
      message({
        text: '<@UCOLLEAGUE> does linkerd have that?',
        channel: 'C2',
        ts: '300.4',
        threadTs: '300.1',
      }),
      // Another bot, and an edit.
      message({
        text: 'and does linkerd have that?',
        channel: 'C2',
        ts: '300.5',
        threadTs: '300.1',
        extra: { bot_id: 'BOTHER', subtype: 'bot_message' },
      }),
      message({
        text: 'and does linkerd have that?',
        channel: 'C2',
        ts: '300.6',
        threadTs: '300.1',
        extra: { subtype: 'message_changed' },
      }),
      // Another thread in the same channel, where the bot never answered.
      message({ text: 'and does linkerd have that?', channel: 'C2', ts: '301.2', threadTs: '301.1' }),
    ];
    for (const e of quiet) expect((await h.event(e)).status).toBe(200);
    await settle();
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(h.slack.callsTo('chat.postEphemeral')).toHaveLength(0);
    // The asker's own question is still answered afterwards.
    await h.event(
      message({ text: 'and does linkerd have that?', channel: 'C2', ts: '300.7', threadTs: '300.1' }),
    );
    expect((await h.slack.waitFor('chat.postMessage', 2))[1]?.args.thread_ts).toBe('300.1');
  });

  it('a follow-up needs no mention for 30 minutes after the last answer, then it does', async () => {
    await h.event(mention('what is ambient mode', 'C3', '400.1'));
    await h.slack.waitFor('chat.postMessage');
    now += 29 * MIN;
    await h.event(
      message({ text: 'and does linkerd have that?', channel: 'C3', ts: '400.2', threadTs: '400.1' }),
    );
    await h.slack.waitFor('chat.postMessage', 2);
    // The window runs from the last answer: 29 + 29 minutes after the first one is still inside.
    now += 29 * MIN;
    await h.event(message({ text: 'what about cost?', channel: 'C3', ts: '400.3', threadTs: '400.1' }));
    await h.slack.waitFor('chat.postMessage', 3);
    now += 30 * MIN + 1;
    await h.event(message({ text: 'how do I set that up?', channel: 'C3', ts: '400.4', threadTs: '400.1' }));
    await settle();
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(3);
    // A mention starts a new window.
    await h.event(mention('how do I set up ambient mode?', 'C3', '400.5'));
    await h.slack.waitFor('chat.postMessage', 4);
  });

  it('/mesh follow-ups off stops answering without a mention in that channel, on brings it back', async () => {
    await command('follow-ups off', 'C4');
    const [off] = await h.slack.waitFor('response_url');
    expect(off?.args).toMatchObject({ response_type: 'ephemeral' });
    expect(String(off?.args.text)).toContain('off in this channel');
    await h.event(mention('what is ambient mode', 'C4', '500.1'));
    await h.slack.waitFor('chat.postMessage');
    await h.event(
      message({ text: 'and does linkerd have that?', channel: 'C4', ts: '500.2', threadTs: '500.1' }),
    );
    await settle();
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    // Other channels keep follow-ups.
    expect(await h.loop.store.threads.setting('C1', 'followups')).toBe(true);
    await command('follow-ups on', 'C4');
    await h.slack.waitFor('response_url', 2);
    await h.event(
      message({ text: 'and does linkerd have that?', channel: 'C4', ts: '500.3', threadTs: '500.1' }),
    );
    expect((await h.slack.waitFor('chat.postMessage', 2))[1]?.args.thread_ts).toBe('500.1');
  });

  it('suggestions on: announced once; a confident question gets an ephemeral note to its author only', async () => {
    await command('suggest on', 'C5');
    const [announce] = await h.slack.waitFor('chat.postMessage');
    expect(announce?.args.channel).toBe('C5');
    expect(String(announce?.args.text)).toContain('<@UMEMBER1> turned on meshbot suggestions');
    expect(valid(announce?.args)).toBe(true);
    await command('suggest on', 'C5', 'UMEMBER2');
    await h.slack.waitFor('response_url', 2);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);

    h.slack.reset();
    const question = 'what is istio ambient mode?';
    const reply = h.core.matcher.answer(question);
    expect(reply.kind === 'answer' && reply.confidence >= h.core.matcher.answerAt).toBe(true);
    await h.event(message({ text: question, channel: 'C5', ts: '600.1', user: 'UAUTHOR1' }));
    const [note] = await h.slack.waitFor('chat.postEphemeral');
    expect(note?.args).toMatchObject({ channel: 'C5', user: 'UAUTHOR1' });
    expect(String(note?.args.text)).toContain('I may have an answer');
    expect(valid(note?.args)).toBe(true);
    const buttons = ((note?.args.blocks ?? []) as Block[])
      .flatMap((b) => b.elements ?? [])
      .filter((e) => e.action_id);
    expect(buttons.map((b) => b.text?.text)).toEqual(['Show', 'Share in thread', 'Not now']);
    // Nothing public unasked.
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(0);
    // Nothing for a thread reply, a statement or a question the matcher is not sure of.
    await h.event(
      message({ text: question, channel: 'C5', ts: '600.3', threadTs: '600.2', user: 'UAUTHOR2' }),
    );
    await h.event(
      message({ text: 'we run istio ambient in prod', channel: 'C5', ts: '600.4', user: 'UAUTHOR3' }),
    );
    await h.event(
      message({ text: 'what should we have for lunch?', channel: 'C5', ts: '600.5', user: 'UAUTHOR4' }),
    );
    await settle();
    expect(h.slack.callsTo('chat.postEphemeral')).toHaveLength(1);

    // Show: the answer replaces the note, still private.
    const value = buttons[0]?.value ?? '';
    const click = (actionId: string) =>
      h.interaction(
        blockAction({
          actionId,
          value,
          user: 'UAUTHOR1',
          channel: 'C5',
          ephemeral: true,
          responseUrl: `${h.slack.url}/response/note`,
        }),
      );
    await click(SUGGEST_ACTIONS.show);
    const [shown] = await h.slack.waitFor('response_url');
    expect(shown?.args).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(JSON.stringify(shown?.args.blocks)).toContain('/answers/ambient-mode');
    expect(valid(shown?.args)).toBe(true);
    // Share in thread: posted in the message's thread, attributed; the note is deleted.
    await click(SUGGEST_ACTIONS.share);
    const [shared] = await h.slack.waitFor('chat.postMessage');
    expect(shared?.args).toMatchObject({ channel: 'C5', thread_ts: '600.1' });
    expect(JSON.stringify(shared?.args.blocks)).toContain('Shared by <@UAUTHOR1>');
    expect((await h.slack.waitFor('response_url', 2))[1]?.args).toMatchObject({ delete_original: true });
    // The sharer's follow-up in that thread is then answered without a mention.
    await h.event(
      message({ text: 'and for linkerd?', channel: 'C5', ts: '600.6', threadTs: '600.1', user: 'UAUTHOR1' }),
    );
    expect((await h.slack.waitFor('chat.postMessage', 2))[1]?.args.thread_ts).toBe('600.1');
    // Not now: the note goes.
    await click(SUGGEST_ACTIONS.dismiss);
    expect((await h.slack.waitFor('response_url', 3))[2]?.args).toMatchObject({ delete_original: true });
  });

  it('a channel without suggestions (or turned off) sees nothing', async () => {
    await h.event(
      message({ text: 'what is istio ambient mode?', channel: 'C6', ts: '700.1', user: 'UAUTHOR5' }),
    );
    await command('suggest on', 'C7');
    await h.slack.waitFor('chat.postMessage');
    await command('suggest off', 'C7');
    await h.slack.waitFor('response_url', 2);
    await h.event(
      message({ text: 'what is istio ambient mode?', channel: 'C7', ts: '700.2', user: 'UAUTHOR6' }),
    );
    await settle();
    expect(h.slack.callsTo('chat.postEphemeral')).toHaveLength(0);
    // Only the one announcement, nothing else.
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('at most one suggestion per person per 10 minutes', async () => {
    await command('suggest on', 'C8');
    await h.slack.waitFor('chat.postMessage');
    const ask = (ts: string, user: string) =>
      h.event(message({ text: 'what is istio ambient mode?', channel: 'C8', ts, user }));
    await ask('800.1', 'ULIMITED');
    await h.slack.waitFor('chat.postEphemeral');
    now += 9 * MIN;
    await ask('800.2', 'ULIMITED');
    await settle();
    expect(h.slack.callsTo('chat.postEphemeral')).toHaveLength(1);
    // Someone else is not held back.
    await ask('800.3', 'UOTHER');
    expect((await h.slack.waitFor('chat.postEphemeral', 2))[1]?.args.user).toBe('UOTHER');
    now += 1 * MIN;
    await ask('800.4', 'ULIMITED');
    const calls = await h.slack.waitFor('chat.postEphemeral', 3);
    expect(calls[2]?.args).toMatchObject({ user: 'ULIMITED', channel: 'C8' });
  });
});

describe('follow-ups over Socket Mode', () => {
  let s: SocketHarness;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'meshbot-socket-'));
    s = await startSocketHarness({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers the two-turn thread from events_api envelopes', async () => {
    const first = s.socket.send('events_api', mention('what is ambient mode', 'C1', '900.1'));
    await s.socket.waitForAck(first);
    await s.slack.waitFor('chat.postMessage');
    const second = s.socket.send(
      'events_api',
      message({ text: 'and does linkerd have that?', channel: 'C1', ts: '900.2', threadTs: '900.1' }),
    );
    await s.socket.waitForAck(second);
    const calls = await s.slack.waitFor('chat.postMessage', 2);
    expect(calls[1]?.args).toMatchObject({ channel: 'C1', thread_ts: '900.1' });
    expect(JSON.stringify(calls[1]?.args.blocks)).toContain('/answers/ambient-mode');
    expect(valid(calls[1]?.args)).toBe(true);
  });
});
