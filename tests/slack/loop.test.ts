/**
 * The learning loop through the real Bolt app over loopback against the stand-in Web API, on
 * both stores: feedback buttons and votes, 👎 reasons, gaps, curation (and forged curation),
 * ask-the-experts and the relay of an expert's answer, /mesh stats and /mesh forget me.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { homeSchema, messageSchema } from '../../src/blocks/schema.js';
import { ACTIONS, BLOCK_PREFIX, LOOP_ACTIONS } from '../../src/ids.js';
import { BACKENDS, type SharedStore, sharedStore } from '../store/helpers/backends.js';
import { envelope, type Harness, startHarness } from './helpers/harness.js';
import { blockAction } from './helpers/payloads.js';
import { gapAbout, until } from './helpers/until.js';

const CURATOR = 'UCURATOR1';
const GROUP_CURATOR = 'UGROUPIE1';
const EXPERTS = 'CEXPERTS1';

type Blocks = { type: string; block_id?: string; elements?: Record<string, unknown>[] }[];

function feedbackValues(blocks: unknown): { up: string; down: string } {
  const fb = (blocks as Blocks).find((b) => b.type === 'context_actions');
  const el = fb?.elements?.[0] as { positive_button: { value: string }; negative_button: { value: string } };
  return { up: el.positive_button.value, down: el.negative_button.value };
}

function feedbackAction(o: {
  value: string;
  user: string;
  channel: string;
  ts: string;
  responseUrl: string;
  /** Slack's click time, seconds with microseconds. */
  actionTs?: string;
}) {
  const base = blockAction({
    actionId: LOOP_ACTIONS.feedback,
    user: o.user,
    channel: o.channel,
    message: { ts: o.ts },
    responseUrl: o.responseUrl,
  });
  return {
    ...base,
    actions: [
      {
        type: 'feedback_buttons',
        action_id: LOOP_ACTIONS.feedback,
        block_id: 'feedback',
        value: o.value,
        text: { type: 'plain_text', text: o.value.startsWith('up') ? '👍' : '👎' },
        action_ts: o.actionTs ?? '1',
      },
    ],
  };
}

function selectAction(o: {
  actionId: string;
  blockId: string;
  value: string;
  user: string;
  responseUrl: string;
}) {
  const base = blockAction({
    actionId: o.actionId,
    user: o.user,
    channel: 'D0CUR',
    responseUrl: o.responseUrl,
    ephemeral: true,
  });
  return {
    ...base,
    actions: [
      {
        type: 'static_select',
        action_id: o.actionId,
        block_id: o.blockId,
        selected_option: { text: { type: 'plain_text', text: o.value }, value: o.value },
        action_ts: '1',
      },
    ],
  };
}

const mention = (text: string, channel: string, ts: string, user = 'UASKER1') =>
  envelope({ type: 'app_mention', text: `<@U0BOT1234> ${text}`, channel, user, ts });

describe.each(BACKENDS)('learning loop in Slack on %s', (backend) => {
  let h: Harness;
  let store: SharedStore | undefined;
  beforeAll(async () => {
    store = await sharedStore(backend);
    h = await startHarness({ ...store.env, CURATORS: `${CURATOR}, SCURATORS`, EXPERTS_CHANNEL: EXPERTS });
    h.slack.usergroups.set('SCURATORS', [GROUP_CURATOR]);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await store?.close();
  });
  beforeEach(() => h.slack.reset());
  /** `/mesh <text>` from `user`, its ephemeral reply to response_url …/response/<tag>. */
  const mesh = (text: string, user: string, tag: string) =>
    h.command({ command: '/mesh', text, user_id: user, response_url: `${h.slack.url}/response/${tag}` });

  it('every answer card carries feedback buttons, and the card is recorded', async () => {
    await h.event(mention('how does mtls work in linkerd?', 'C1', '100.1'));
    const [call] = await h.slack.waitFor('chat.postMessage');
    const blocks = call?.args.blocks as Blocks;
    expect(messageSchema.safeParse({ text: call?.args.text, blocks }).success).toBe(true);
    const fb = blocks.at(-1);
    expect(fb?.type).toBe('context_actions');
    expect(fb?.elements?.[0]).toMatchObject({ type: 'feedback_buttons', action_id: LOOP_ACTIONS.feedback });
    const { up } = feedbackValues(blocks);
    const cardId = up.split(':')[1] ?? '';
    const card = await until(
      () => h.loop.store.card(cardId),
      (c) => c !== undefined,
    );
    expect(card).toMatchObject({
      surface: 'mention',
      outcome: 'answered',
      channel: 'C1',
      thread_ts: '100.1',
    });
    expect(card?.question).toContain('mtls');
    expect(card?.user_hash).toBe(h.loop.store.userHash('UASKER1'));
  });

  it('the last vote per person wins; a 👎 offers reasons ephemerally, without a modal', async () => {
    await h.event(mention('what is istio ambient mode', 'C1', '101.1'));
    const [call] = await h.slack.waitFor('chat.postMessage');
    const { up, down } = feedbackValues(call?.args.blocks);
    const cardId = up.split(':')[1] ?? '';
    const responseUrl = `${h.slack.url}/response/fb1`;
    const t0 = performance.now();
    // Clicked up, then down; Slack's click times order them even if the processing does not.
    await h.interaction(
      feedbackAction({
        value: up,
        user: 'UVOTER1',
        channel: 'C1',
        ts: '101.2',
        responseUrl,
        actionTs: '1796000000.100000',
      }),
    );
    await h.interaction(
      feedbackAction({
        value: down,
        user: 'UVOTER1',
        channel: 'C1',
        ts: '101.2',
        responseUrl,
        actionTs: '1796000000.200000',
      }),
    );
    const [reasons] = await h.slack.waitFor('response_url');
    const elapsed = performance.now() - t0;
    expect(h.slack.callsTo('views.open')).toHaveLength(0);
    expect(reasons?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(messageSchema.safeParse({ text: reasons?.args.text, blocks: reasons?.args.blocks }).success).toBe(
      true,
    );
    const votes = await until(
      () => h.loop.store.votes(cardId),
      (v) => v[0]?.vote === -1,
    );
    expect(votes.map((v) => v.vote)).toEqual([-1]);
    // A click made before the 👎 but processed after it (a slow replica, a retry) does not win.
    await h.interaction(
      feedbackAction({
        value: up,
        user: 'UVOTER1',
        channel: 'C1',
        ts: '101.2',
        responseUrl,
        actionTs: '1796000000.050000',
      }),
    );
    await until(
      () => Promise.resolve(h.logs.filter((l) => l.includes('"feedback recorded"')).length),
      (n) => n >= 3,
    );
    expect((await h.loop.store.votes(cardId)).map((v) => v.vote)).toEqual([-1]);
    // "Outdated" is stored with the vote.
    h.slack.reset();
    await h.interaction(
      blockAction({
        actionId: `${LOOP_ACTIONS.feedbackReason}:outdated`,
        value: cardId,
        user: 'UVOTER1',
        channel: 'C1',
        message: { ts: '101.3' },
        responseUrl,
        ephemeral: true,
      }),
    );
    const [thanks] = await h.slack.waitFor('response_url');
    expect(thanks?.args.replace_original).toBe(true);
    expect((await h.loop.store.votes(cardId))[0]?.reason).toBe('outdated');
    // Free text for "other", sent with Enter from the input in the same message.
    const textAction = {
      ...blockAction({
        actionId: LOOP_ACTIONS.feedbackText,
        user: 'UVOTER1',
        channel: 'C1',
        responseUrl,
        ephemeral: true,
      }),
      actions: [
        {
          type: 'plain_text_input',
          action_id: LOOP_ACTIONS.feedbackText,
          block_id: `${BLOCK_PREFIX.feedbackText}${cardId}`,
          value: 'the <!channel> version numbers are old',
          action_ts: '1',
        },
      ],
    };
    await h.interaction(textAction);
    await h.slack.waitFor('response_url', 2);
    const row = await h.loop.store.db.get<{ reason: string; reason_text: string }>(
      'SELECT reason, reason_text FROM feedback WHERE card_id = ?',
      [cardId],
    );
    expect(row).toEqual({ reason: 'other', reason_text: 'the <!channel> version numbers are old' });
    // Measured: both votes and the reasons follow-up, over loopback.
    console.log(`[measure ${backend}] two votes + ephemeral reasons round trip: ${elapsed.toFixed(1)} ms`);
    const voteLines = h.logs
      .filter((l) => l.includes('"feedback recorded"'))
      .map((l) => JSON.parse(l).ms as number);
    console.log(`[measure ${backend}] store time per vote (ms): ${voteLines.join(', ')}`);
  });

  it("a fallback is a gap; Ask the experts posts only on the asker's click and relays the answer once", async () => {
    await h.event(mention('banana keyboard <!channel> & quokkas purple?', 'C2', '200.1'));
    const [call] = await h.slack.waitFor('chat.postMessage');
    const blocks = call?.args.blocks as Blocks;
    const ask = blocks.find((b) => b.block_id === 'ask_experts')?.elements?.[0] as {
      value: string;
      action_id: string;
    };
    expect(ask?.action_id).toBe(LOOP_ACTIONS.askExperts);
    const quokkas = await gapAbout(h.loop.store, 'quokkas');
    expect(quokkas?.channels).toContain('C2');
    h.slack.reset();
    // Someone else pressing the asker's button posts nothing to the experts.
    const responseUrl = `${h.slack.url}/response/ask`;
    await h.interaction(
      blockAction({
        actionId: LOOP_ACTIONS.askExperts,
        value: ask.value,
        user: 'UOTHER1',
        channel: 'C2',
        message: { ts: '200.2' },
        responseUrl,
      }),
    );
    await h.slack.waitFor('response_url');
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(0);
    // The asker's click does.
    await h.interaction(
      blockAction({
        actionId: LOOP_ACTIONS.askExperts,
        value: ask.value,
        user: 'UASKER1',
        channel: 'C2',
        message: { ts: '200.2' },
        responseUrl,
      }),
    );
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post?.args.channel).toBe(EXPERTS);
    const told = await h.slack.waitFor('response_url', 2);
    expect(JSON.stringify(told[1]?.args)).toContain(`Sent to the experts in <#${EXPERTS}>`);
    const text = JSON.stringify(post?.args.blocks);
    expect(text).toContain('banana keyboard &amp; quokkas purple?');
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('https://test.slack.com/archives/C2/p2001');
    // No answer leaned to: no closest answers for the experts.
    expect(text).not.toContain("meshbot's closest answers");
    // Find the ts the fake gave the experts' post: the hand-off row has it.
    const row = await h.loop.store.db.get<{ experts_ts: string }>(
      'SELECT experts_ts FROM handoffs WHERE experts_ts IS NOT NULL',
    );
    expect(row?.experts_ts, JSON.stringify(await h.loop.store.db.all('SELECT * FROM handoffs'))).toBeTruthy();
    h.slack.reset();
    const reply = (ts: string) =>
      envelope({
        type: 'message',
        channel: EXPERTS,
        channel_type: 'channel',
        user: 'UEXPERT1',
        text: 'use a WasmPlugin',
        ts,
        thread_ts: row?.experts_ts,
      });
    await h.event(reply('300.1'));
    const [relay] = await h.slack.waitFor('chat.postMessage');
    expect(relay?.args).toMatchObject({ channel: 'C2', thread_ts: '200.1' });
    expect(JSON.stringify(relay?.args.blocks)).toContain(`https://test.slack.com/archives/${EXPERTS}/p3001`);
    await h.event(reply('300.2'));
    await new Promise((r) => setTimeout(r, 300));
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect((await h.loop.store.stats()).handoffs).toEqual({ total: 1, answered: 1 });
    // A curator saves the expert's reply as an answer draft (message shortcut); others cannot.
    const shortcut = (user: string, n: number) =>
      h.interaction({
        type: 'message_action',
        callback_id: 'save_answer_draft',
        trigger_id: `t${n}`,
        user: { id: user },
        team: { id: 'T0TEST' },
        channel: { id: EXPERTS },
        message: { ts: '300.1', thread_ts: row?.experts_ts, text: 'use a WasmPlugin', user: 'UEXPERT1' },
        response_url: `${h.slack.url}/response/draft${n}`,
      });
    h.slack.reset();
    await shortcut('UOTHER1', 1);
    await h.slack.waitFor('response_url');
    expect(await h.loop.store.drafts()).toEqual([]);
    await shortcut(CURATOR, 2);
    await h.slack.waitFor('response_url', 2);
    expect(await h.loop.store.drafts()).toEqual([
      {
        id: expect.any(String),
        question: 'banana keyboard & quokkas purple?',
        body: 'use a WasmPlugin',
        link: `https://test.slack.com/archives/${EXPERTS}/p3001`,
      },
    ]);
  });

  it('a non-curator sees no gaps, and a forged curation action is refused and logged', async () => {
    await h.event(mention('banana bread recipe for penguins', 'C3', '400.1'));
    await h.slack.waitFor('chat.postMessage');
    const gap = await gapAbout(h.loop.store, 'penguins');
    expect(gap).toBeDefined();
    h.slack.reset();
    await mesh('gaps', 'UNOBODY1', 'g0');
    const [denied] = await h.slack.waitFor('response_url');
    expect(JSON.stringify(denied?.args)).toContain('Only curators');
    expect(JSON.stringify(denied?.args)).not.toContain('penguins');
    h.slack.reset();
    await h.interaction(
      selectAction({
        actionId: LOOP_ACTIONS.gapLink,
        blockId: `${BLOCK_PREFIX.gap}${gap?.id}`,
        value: 'mtls',
        user: 'UNOBODY1',
        responseUrl: `${h.slack.url}/response/g1`,
      }),
    );
    await h.slack.waitFor('response_url');
    expect((await h.loop.store.gap(gap?.id ?? ''))?.status).toBe('open');
    expect(await h.loop.store.learnedPhrasings()).not.toHaveProperty('size', 1);
    const refused = h.logs.find((l) => l.includes('curation refused'));
    expect(refused).toBeDefined();
    expect(refused).not.toContain('UNOBODY1');
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('a curator links a gap: learned phrasings reach the matcher, each asker is answered once in their thread', async () => {
    // One at a time: the gap's sample (what a link learns) is the first wording the store saw.
    await h.event(mention('who won the flamingo football match yesterday', 'C4', '500.1', 'UASK2'));
    await gapAbout(h.loop.store, 'flamingo', 1);
    await h.event(mention('Who won the flamingo football match yesterday?', 'C4', '500.1', 'UASK2'));
    await gapAbout(h.loop.store, 'flamingo', 2);
    await h.event(mention('who won the flamingo football match yesterday!!', 'C5', '600.1', 'UASK3'));
    await h.slack.waitFor('chat.postMessage', 3);
    const gap = await gapAbout(h.loop.store, 'flamingo', 3);
    expect(gap?.asks).toBe(3);
    h.slack.reset();
    // A curator by user group sees the gap (escaped) with both actions.
    await mesh('gaps', GROUP_CURATOR, 'g2');
    const [list] = await h.slack.waitFor('response_url');
    expect(JSON.stringify(list?.args.blocks)).toContain('flamingo');
    expect(messageSchema.safeParse({ text: list?.args.text, blocks: list?.args.blocks }).success).toBe(true);
    h.slack.reset();
    const link = () =>
      h.interaction(
        selectAction({
          actionId: LOOP_ACTIONS.gapLink,
          blockId: `${BLOCK_PREFIX.gap}${gap?.id}`,
          value: 'mtls',
          user: CURATOR,
          responseUrl: `${h.slack.url}/response/g3`,
        }),
      );
    await link();
    const posts = await h.slack.waitFor('chat.postMessage', 2);
    expect(posts.map((p) => [p.args.channel, p.args.thread_ts]).sort()).toEqual([
      ['C4', '500.1'],
      ['C5', '600.1'],
    ]);
    for (const p of posts) {
      expect(String(p.args.text)).toMatch(/^You asked this on \d{4}-\d{2}-\d{2}; here is the answer\./);
      expect(JSON.stringify(p.args.blocks)).toContain('/answers/mtls');
    }
    expect(h.core.learnedPhrasings().get('mtls')).toEqual(['who won the flamingo football match yesterday']);
    expect((await h.loop.store.gap(gap?.id ?? ''))?.status).toBe('linked');
    // Linking again answers nobody twice.
    await link();
    await h.slack.waitFor('response_url', 2);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('learned phrasings are listed for curators and can be removed (by curators only)', async () => {
    h.slack.reset();
    await mesh('gaps', CURATOR, 'l1');
    const [list] = await h.slack.waitFor('response_url');
    const blocks = list?.args.blocks as {
      block_id?: string;
      accessory?: { action_id: string; value: string };
    }[];
    expect(messageSchema.safeParse({ text: list?.args.text, blocks }).success).toBe(true);
    const row = blocks.find((b) => b.accessory?.action_id === LOOP_ACTIONS.removePhrasing);
    expect(JSON.parse(row?.accessory?.value ?? '[]')).toEqual([
      'mtls',
      'who won the flamingo football match yesterday',
    ]);
    const remove = (user: string) =>
      h.interaction(
        blockAction({
          actionId: LOOP_ACTIONS.removePhrasing,
          value: row?.accessory?.value ?? '',
          user,
          channel: 'D0CUR',
          responseUrl: `${h.slack.url}/response/l2`,
          ephemeral: true,
        }),
      );
    await remove('UNOBODY1');
    await h.slack.waitFor('response_url', 2);
    expect(h.core.learnedPhrasings().get('mtls')).toHaveLength(1);
    await remove(CURATOR);
    await h.slack.waitFor('response_url', 3);
    expect(h.core.learnedPhrasings().has('mtls')).toBe(false);
    expect(await h.loop.store.learnedPhrasings()).toEqual(new Map());
  });

  it('App Home shows curators the knowledge gaps, and nobody else', async () => {
    await h.event(mention('best walrus pizza in paris', 'C6', '700.1'));
    await h.slack.waitFor('chat.postMessage');
    await gapAbout(h.loop.store, 'walrus');
    h.slack.reset();
    await h.event(envelope({ type: 'app_home_opened', user: CURATOR, channel: 'D1', tab: 'home' }));
    await h.event(envelope({ type: 'app_home_opened', user: 'UNOBODY2', channel: 'D2', tab: 'home' }));
    const views = await h.slack.waitFor('views.publish', 2);
    const byUser = new Map(views.map((v) => [v.args.user_id, JSON.stringify(v.args.view)]));
    expect(byUser.get(CURATOR)).toContain('Knowledge gaps');
    expect(byUser.get(CURATOR)).toContain('walrus');
    expect(byUser.get('UNOBODY2')).not.toContain('Knowledge gaps');
    // Curators also see how meshbot is doing: per day by outcome, share answered, 👍 per answer,
    // top gaps and hand-offs, as /mesh stats shows them.
    const stats = await h.loop.store.stats(14);
    const curatorView = byUser.get(CURATOR) ?? '';
    expect(curatorView).toContain('How meshbot is doing');
    expect(curatorView).toContain(`${stats.totals.questions} questions`);
    expect(curatorView).toContain(`${stats.totals.fallback} fallback`);
    expect(curatorView).toContain('👍 share per answer');
    expect(curatorView).toContain('Top gaps');
    expect(curatorView).toContain(
      `*Expert hand-offs:* ${stats.handoffs.total}, ${stats.handoffs.answered} answered`,
    );
    expect(byUser.get('UNOBODY2')).not.toContain('How meshbot is doing');
    for (const v of views)
      expect(homeSchema.safeParse(v.args.view).success, String(v.args.user_id)).toBe(true);
  });

  it('a private /mesh asker is answered by DM when their gap is linked, once; nothing goes to the channel', async () => {
    const ask = (user: string, n: number) =>
      h.command({
        command: '/mesh',
        text: 'who painted the giraffe mural downtown?',
        channel_id: 'C0PRIV',
        user_id: user,
        trigger_id: `priv.${n}`,
        response_url: `${h.slack.url}/response/priv${n}`,
      });
    await ask('UPRIV1', 1);
    await ask('UPRIV1', 2);
    await ask('UPRIV2', 3);
    await h.event(mention('Who painted the giraffe mural downtown', 'C7', '800.1', 'UPUB1'));
    await h.slack.waitFor('chat.postMessage');
    await h.slack.waitFor('response_url', 3);
    const gap = await gapAbout(h.loop.store, 'giraffe', 4);
    expect(gap?.asks).toBe(4);
    // The asker's id is kept only sealed (not readable in the database), one row per private question.
    const rows = await until(
      () => h.loop.store.db.all<{ reply_to: string | null }>('SELECT reply_to FROM private_askers'),
      (r) => r.length >= 3,
    );
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r.reply_to).toBeTruthy();
      expect(r.reply_to).not.toContain('UPRIV');
    }
    h.slack.reset();
    const link = (n: number) =>
      h.interaction(
        selectAction({
          actionId: LOOP_ACTIONS.gapLink,
          blockId: `${BLOCK_PREFIX.gap}${gap?.id}`,
          value: 'mtls',
          user: CURATOR,
          responseUrl: `${h.slack.url}/response/privlink${n}`,
        }),
      );
    await link(1);
    const posts = await h.slack.waitFor('chat.postMessage', 3);
    expect(posts.map((p) => [p.args.channel, p.args.thread_ts ?? null]).sort()).toEqual([
      ['C7', '800.1'],
      ['UPRIV1', null],
      ['UPRIV2', null],
    ]);
    for (const p of posts) {
      expect(String(p.args.text)).toMatch(/^You asked this on \d{4}-\d{2}-\d{2}; here is the answer\./);
      expect(JSON.stringify(p.args.blocks)).toContain('/answers/mtls');
      expect(messageSchema.safeParse({ text: p.args.text, blocks: p.args.blocks }).success).toBe(true);
    }
    expect(h.slack.callsTo('chat.postEphemeral')).toHaveLength(0);
    // Answered: the sealed ids are gone, and linking again answers nobody twice.
    expect(
      await h.loop.store.db.all('SELECT reply_to FROM private_askers WHERE reply_to IS NOT NULL'),
    ).toEqual([]);
    await link(2);
    await h.slack.waitFor('response_url', 2);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(3);
    expect(JSON.stringify(h.slack.callsTo('response_url').at(-1)?.args)).toContain('0 asker(s) answered');
  });

  it('a related answer opened from a fallback is shown to curators, who link the gap to it in one click', async () => {
    const q =
      'after upgrading our narwhal cluster the linkerd-proxy container keeps restarting in the payments namespace, logs say connection refused on the admin port, anyone seen this? thanks';
    await h.event(mention(q, 'C7', '800.1', 'UASK7'));
    const [fallback] = await h.slack.waitFor('chat.postMessage');
    const related = ((fallback?.args.blocks ?? []) as Blocks)
      .flatMap((b) =>
        (b.elements ?? []).map((e) => ({
          ...(e as { action_id?: string; value?: string }),
          block_id: b.block_id,
        })),
      )
      .find((e) => e.action_id === ACTIONS.showAnswer && e.value === 'troubleshooting');
    expect(related, JSON.stringify(fallback?.args.blocks)).toBeDefined();
    // Handed to the experts, the question comes with the related answers as links.
    const ask = ((fallback?.args.blocks ?? []) as Blocks).find((b) => b.block_id === 'ask_experts')
      ?.elements?.[0] as { value: string };
    h.slack.reset();
    await h.interaction(
      blockAction({
        actionId: LOOP_ACTIONS.askExperts,
        value: ask.value,
        user: 'UASK7',
        channel: 'C7',
        message: { ts: '800.2' },
        responseUrl: `${h.slack.url}/response/n0`,
      }),
    );
    const [post] = await h.slack.waitFor('chat.postMessage');
    // And the asker is told (waited for, so that no reply of this step lands in the next one).
    const [told] = await h.slack.waitFor('response_url');
    expect(JSON.stringify(told?.args)).toContain('Sent to the experts');
    expect(post?.args.channel).toBe(EXPERTS);
    expect(JSON.stringify(post?.args.blocks)).toMatch(
      /meshbot's closest answers: <[^|>]*\/answers\/troubleshooting\|Troubleshooting/,
    );
    h.slack.reset();
    // The asker opens the related answer: it is posted in their thread, and kept on the gap.
    await h.interaction(
      blockAction({
        actionId: ACTIONS.showAnswer,
        blockId: String(related?.block_id),
        value: 'troubleshooting',
        user: 'UASK7',
        channel: 'C7',
        message: { ts: '800.2', thread_ts: '800.1' },
      }),
    );
    const [opened] = await h.slack.waitFor('chat.postMessage');
    expect(opened?.args).toMatchObject({ channel: 'C7', thread_ts: '800.1' });
    const gap = await until(
      () => gapAbout(h.loop.store, 'narwhal'),
      (g) => (g?.opened.length ?? 0) > 0,
    );
    expect(gap?.opened).toEqual([{ entryId: 'troubleshooting', asks: 1 }]);
    expect(gap?.status).toBe('open');
    h.slack.reset();
    // The curator's list offers that answer as a button beside the select.
    await mesh('gaps', CURATOR, 'n1');
    const [list] = await h.slack.waitFor('response_url');
    const gapBlock = ((list?.args.blocks ?? []) as Blocks).find(
      (b) => b.block_id === `${BLOCK_PREFIX.gap}${gap?.id}`,
    );
    expect(gapBlock?.elements?.[0]).toMatchObject({
      type: 'button',
      action_id: LOOP_ACTIONS.gapLinkOpened,
      value: 'troubleshooting',
    });
    expect(JSON.stringify(list?.args.blocks)).toContain('askers opened Troubleshooting');
    expect(messageSchema.safeParse({ text: list?.args.text, blocks: list?.args.blocks }).success).toBe(true);
    h.slack.reset();
    await h.interaction(
      blockAction({
        actionId: LOOP_ACTIONS.gapLinkOpened,
        blockId: `${BLOCK_PREFIX.gap}${gap?.id}`,
        value: 'troubleshooting',
        user: CURATOR,
        channel: 'D0CUR',
        ephemeral: true,
        responseUrl: `${h.slack.url}/response/n2`,
      }),
    );
    const [answered] = await h.slack.waitFor('chat.postMessage');
    // The curator's list is refreshed in place: waited for, so that it cannot land in the next test.
    const [refreshed] = await h.slack.waitFor('response_url');
    expect(refreshed?.args).toMatchObject({ replace_original: true });
    expect(String(refreshed?.args.text)).toMatch(/^Linked: /);
    expect(answered?.args).toMatchObject({ channel: 'C7', thread_ts: '800.1' });
    expect(JSON.stringify(answered?.args.blocks)).toContain('/answers/troubleshooting');
    expect(await h.loop.store.gap(gap?.id ?? '')).toMatchObject({
      status: 'linked',
      entryId: 'troubleshooting',
    });
  });

  it('/mesh stats and /mesh forget me', async () => {
    await mesh('stats', 'UASKER1', 's1');
    const [stats] = await h.slack.waitFor('response_url');
    expect(stats?.args.response_type).toBe('ephemeral');
    expect(messageSchema.safeParse({ text: stats?.args.text, blocks: stats?.args.blocks }).success).toBe(
      true,
    );
    expect(String(stats?.args.text)).toMatch(/\d+ questions, \d+% answered/);
    // Non-curators never see gap texts in the stats.
    expect(JSON.stringify(stats?.args.blocks)).not.toContain('quokkas');
    h.slack.reset();
    const hash = h.loop.store.userHash('UASKER1');
    expect(
      await h.loop.store.db.get('SELECT COUNT(*) AS n FROM questions WHERE user_hash = ?', [hash]),
    ).not.toEqual({ n: 0 });
    await mesh('forget me', 'UASKER1', 's2');
    const [forgot] = await h.slack.waitFor('response_url');
    expect(String(forgot?.args.text)).toMatch(/^Done: I deleted/);
    for (const t of ['questions', 'feedback', 'gap_asks', 'handoffs'])
      expect(await h.loop.store.db.get(`SELECT COUNT(*) AS n FROM ${t} WHERE user_hash = ?`, [hash])).toEqual(
        { n: 0 },
      );
  });

  it('the /stats page and /metrics show aggregates only', async () => {
    const page = await fetch(`${h.url}/stats`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<svg');
    expect(html).toContain('questions');
    for (const word of ['quokkas', 'penguins', 'flamingo', 'walrus', 'narwhal'])
      expect(html).not.toContain(word);
    const metrics = (await (await fetch(`${h.url}/metrics`)).text())
      .split('\n')
      .filter((l) => !l.startsWith('#') && /feedback|curation|handoffs|open_gaps/.test(l))
      .join('\n');
    expect(metrics).toMatch(/meshbot_feedback_total\{vote="down"\} [1-9]/);
    expect(metrics).toMatch(/meshbot_curation_total\{action="refused"\} [1-9]/);
    expect(metrics).toMatch(/meshbot_expert_handoffs_total\{stage="answered"\} 1/);
    expect(metrics).toMatch(/meshbot_open_gaps \d+/);
    // Per answer too (every click counts here; the store keeps the last vote per person).
    expect(metrics).toMatch(/meshbot_answer_feedback_total\{answer="ambient-mode",vote="down"\} [1-9]/);
  });

  it('never writes question text to the logs', () => {
    const all = h.logs.join('\n');
    // Info and above (the production level); Bolt's own debug lines echo Web API request bodies.
    const lines = h.logs.filter((l) => (JSON.parse(l) as { level: number }).level >= 30);
    for (const word of ['quokkas', 'penguins', 'flamingo', 'walrus', 'narwhal']) {
      const line = lines.find((l) => l.includes(word));
      expect(
        line?.slice(Math.max(0, line.indexOf(word) - 400), line.indexOf(word) + 40),
        word,
      ).toBeUndefined();
    }
    expect(all).toBeTruthy();
  });
});
