/**
 * The learning loop across OAuth installs, through the real Bolt app over loopback against the
 * stand-in Web API, on both stores: two workspaces (T1, T2) with their own bot tokens. An asker in
 * T2 is answered with T2's token when a curator in T1 links their gap (in their thread, and by DM
 * for a private /mesh asker), and an expert's reply in T1 is relayed to the T2 asker with T2's
 * token. After T2 uninstalls, linking answers T1's askers and tries nobody in T2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_PREFIX, LOOP_ACTIONS } from '../../src/ids.js';
import { BACKENDS, type SharedStore, sharedStore } from '../store/helpers/backends.js';
import { type Harness, startHarness } from './helpers/harness.js';
import { install, lastIssued, OAUTH_ENV, teamEvent, teamMention, workspaceGrant } from './helpers/oauth.js';
import { blockAction } from './helpers/payloads.js';
import { gapAbout, until } from './helpers/until.js';

const CURATOR = 'UCURATOR1';
const EXPERTS = 'CEXPERTS1';
const G1 = workspaceGrant('T01ALPHA');
const G2 = workspaceGrant('T02BRAVO');

/** A click in `teamId`'s workspace (blockAction's payload, with that team). */
const click = (teamId: string, o: Parameters<typeof blockAction>[0]) => ({
  ...blockAction(o),
  team: { id: teamId },
});

const mention = (grant: typeof G1, text: string, channel: string, ts: string, user: string) =>
  teamMention(text, channel, ts, { teamId: grant.team?.id ?? '', botUserId: grant.botUserId }, user);

describe.each(BACKENDS)('learning loop across OAuth workspaces on %s', (backend) => {
  let h: Harness;
  let store: SharedStore | undefined;
  let token1 = '';
  let token2 = '';
  beforeAll(async () => {
    store = await sharedStore(backend);
    h = await startHarness({ ...OAUTH_ENV, ...store.env, CURATORS: CURATOR, EXPERTS_CHANNEL: EXPERTS });
    h.slack.oauthApp = {
      clientId: OAUTH_ENV.SLACK_CLIENT_ID ?? '',
      clientSecret: OAUTH_ENV.SLACK_CLIENT_SECRET ?? '',
    };
    await install(h, G1);
    token1 = lastIssued(h);
    await install(h, G2);
    token2 = lastIssued(h);
    expect(token1).not.toBe(token2);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await store?.close();
  });

  /** The gap whose sample mentions `word`, once it has `asks` asks. */
  const gapOf = async (word: string, asks: number) => {
    const gap = await gapAbout(h.loop.store, word, asks);
    expect(gap?.asks).toBe(asks);
    return gap?.id ?? '';
  };
  /** The T1 curator links the gap to mtls (their click carries T1). */
  const link = (gapId: string, n: string) =>
    h.interaction({
      ...click(G1.team?.id ?? '', {
        actionId: LOOP_ACTIONS.gapLink,
        user: CURATOR,
        channel: 'D0CUR',
        responseUrl: `${h.slack.url}/response/link${n}`,
        ephemeral: true,
      }),
      actions: [
        {
          type: 'static_select',
          action_id: LOOP_ACTIONS.gapLink,
          block_id: `${BLOCK_PREFIX.gap}${gapId}`,
          selected_option: { text: { type: 'plain_text', text: 'mtls' }, value: 'mtls' },
          action_ts: '1',
        },
      ],
    });

  it("a T1 curator's link answers the T2 asker (thread and private DM) with T2's token, once", async () => {
    h.slack.reset();
    await h.event(mention(G2, 'who won the ostrich derby last week', 'C2BRAVO', '100.1', 'U02ASKER'));
    await h.command({
      command: '/mesh',
      text: 'Who won the ostrich derby last week?',
      team_id: G2.team?.id ?? '',
      channel_id: 'C2OTHER',
      user_id: 'U02PRIVATE',
      response_url: `${h.slack.url}/response/priv`,
    });
    await h.event(mention(G1, 'who won the ostrich derby last week!', 'C1ALPHA', '100.2', 'U01ASKER'));
    const fallbacks = await h.slack.waitFor('chat.postMessage', 2);
    // Each workspace's fallback went out with its own token.
    expect(Object.fromEntries(fallbacks.map((p) => [p.args.channel, p.token]))).toEqual({
      C2BRAVO: token2,
      C1ALPHA: token1,
    });
    await h.slack.waitFor('response_url');
    const gapId = await gapOf('ostrich', 3);
    expect(
      await h.loop.store.db.get('SELECT team_id FROM questions WHERE channel = ? AND outcome = ?', [
        'C2BRAVO',
        'fallback',
      ]),
    ).toEqual({ team_id: 'T02BRAVO' });

    h.slack.reset();
    await link(gapId, '1');
    const posts = await h.slack.waitFor('chat.postMessage', 3);
    const byChannel = posts.map((p) => [p.args.channel, p.args.thread_ts ?? null, p.token]);
    expect(byChannel.sort()).toEqual(
      [
        ['C1ALPHA', '100.2', token1],
        ['C2BRAVO', '100.1', token2],
        ['U02PRIVATE', null, token2],
      ].sort(),
    );
    for (const p of posts) expect(String(p.args.text)).toMatch(/^You asked this on /);
    const [told] = await h.slack.waitFor('response_url');
    expect(JSON.stringify(told?.args)).toContain('3 asker(s) answered');
    // Exactly once: a second link, and time for any retry, post nothing more.
    await link(gapId, '2');
    await h.slack.waitFor('response_url', 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(3);
    // The answer card sent to T2 is recorded as T2's (its votes and hand-offs stay there).
    expect(
      await h.loop.store.db.get('SELECT team_id FROM questions WHERE surface = ? AND channel = ?', [
        'gap-answer',
        'C2BRAVO',
      ]),
    ).toEqual({ team_id: 'T02BRAVO' });
  });

  it("an expert's reply in T1 is relayed to the T2 asker's thread with T2's token", async () => {
    h.slack.reset();
    await h.event(mention(G2, 'can capybaras juggle envoy yaml?', 'C2BRAVO', '200.1', 'U02ASKER'));
    const [card] = await h.slack.waitFor('chat.postMessage');
    const blocks = (card?.args.blocks ?? []) as { block_id?: string; elements?: { value?: string }[] }[];
    const ask = blocks.find((b) => b.block_id === 'ask_experts')?.elements?.[0];
    expect(ask?.value).toBeTruthy();
    h.slack.reset();
    await h.interaction(
      click(G2.team?.id ?? '', {
        actionId: LOOP_ACTIONS.askExperts,
        value: ask?.value ?? '',
        user: 'U02ASKER',
        channel: 'C2BRAVO',
        message: { ts: '200.2' },
        responseUrl: `${h.slack.url}/response/ask`,
      }),
    );
    await h.slack.waitFor('chat.postMessage');
    const row = await until(
      () =>
        h.loop.store.db.get<{ experts_ts: string | null; team_id: string | null }>(
          'SELECT experts_ts, team_id FROM handoffs WHERE channel = ?',
          ['C2BRAVO'],
        ),
      (r) => Boolean(r?.experts_ts),
    );
    expect(row?.team_id).toBe('T02BRAVO');
    h.slack.reset();
    await h.event(
      teamEvent(
        {
          type: 'message',
          channel: EXPERTS,
          channel_type: 'channel',
          user: 'U01EXPERT',
          text: 'set concurrency',
          ts: '300.1',
          thread_ts: row?.experts_ts,
        },
        { teamId: G1.team?.id ?? '', botUserId: G1.botUserId },
      ),
    );
    const [relay] = await h.slack.waitFor('chat.postMessage');
    expect(relay?.args).toMatchObject({ channel: 'C2BRAVO', thread_ts: '200.1' });
    expect(relay?.token).toBe(token2);
    expect(relay?.ok).toBe(true);
    // The permalink was read in the experts' workspace, with T1's token.
    expect(h.slack.callsTo('chat.getPermalink').map((c) => c.token)).toEqual([token1]);
  });

  it("after T2 uninstalls, a link answers T1's asker and tries nobody in T2", async () => {
    h.slack.reset();
    await h.event(mention(G2, 'where do narwhals buy sidecars', 'C2BRAVO', '400.1', 'U02ASKER'));
    await h.event(mention(G1, 'Where do narwhals buy sidecars?', 'C1ALPHA', '400.2', 'U01ASKER'));
    await h.slack.waitFor('chat.postMessage', 2);
    const gapId = await gapOf('narwhals', 2);
    await h.event(
      teamEvent({ type: 'app_uninstalled' }, { teamId: G2.team?.id ?? '', botUserId: G2.botUserId }),
    );
    await until(
      () =>
        Promise.resolve(h.logs.some((l) => l.includes('"installation deleted"') && l.includes('T02BRAVO'))),
      (ok) => ok,
    );
    // T2's ask is closed at once (it can no longer be answered); T1's stays open.
    expect((await h.loop.store.askersToNotify(gapId)).map((a) => a.channel)).toEqual(['C1ALPHA']);
    h.slack.reset();
    await link(gapId, '3');
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post?.args).toMatchObject({ channel: 'C1ALPHA', thread_ts: '400.2' });
    expect(post?.token).toBe(token1);
    const [told] = await h.slack.waitFor('response_url');
    expect(JSON.stringify(told?.args)).toContain('1 asker(s) answered');
    await new Promise((r) => setTimeout(r, 300));
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(h.slack.calls.some((c) => c.token === token2)).toBe(false);
  });
});
