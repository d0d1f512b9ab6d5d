/**
 * Issue 10, low item 10: a double click on Share or a related-answer button posts once, and a
 * replayed /mesh or Share does not repeat, also when the repeat reaches another replica (the
 * window is in the store). The real app over loopback against the stand-in Web API.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/ids.js';
import { sleep } from '../fault/helpers.js';
import { type Harness, sign, startHarness } from './helpers/harness.js';
import { blockAction } from './helpers/payloads.js';

const open: Harness[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function harness(env: Record<string, string> = {}): Promise<Harness> {
  const h = await startHarness(env);
  open.push(h);
  return h;
}

const shareClick = (h: Harness, actionTs?: string) =>
  blockAction({
    actionId: ACTIONS.share,
    user: 'U0SHARER',
    value: JSON.stringify({ id: 'cost' }),
    channel: 'C1',
    ephemeral: true,
    message: { ts: '800.1' },
    responseUrl: `${h.slack.url}/response/share`,
    ...(actionTs ? { actionTs } : {}),
  });

const relatedClick = (value: string) =>
  blockAction({
    actionId: ACTIONS.showAnswer,
    blockId: 'related',
    user: 'U0CLICK',
    value,
    channel: 'C2',
    message: { ts: '810.1' },
  });

/** The raw form body of an interaction, so the very same request can be sent again. */
const formOf = (payload: Record<string, unknown>) =>
  new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('item 10: clicks and commands are idempotent for a short window', () => {
  it('a double click on Share posts the card once (and deletes the original once)', async () => {
    const h = await harness();
    const statuses = await Promise.all([h.interaction(shareClick(h)), h.interaction(shareClick(h))]);
    expect(statuses.map((r) => r.status)).toEqual([200, 200]);
    await h.slack.waitFor('chat.postMessage', 1);
    await h.slack.waitFor('response_url', 1);
    await sleep(1_500);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(h.slack.callsTo('response_url')).toHaveLength(1);
    expect(h.slack.callsTo('response_url')[0]?.args).toMatchObject({ delete_original: true });
  });

  it("Share where the bot is not a member: the sharer is told through the click's response_url, and the original stays", async () => {
    const h = await harness();
    h.slack.addFault({
      method: 'chat.postMessage',
      response: { body: { ok: false, error: 'not_in_channel' } },
    });
    await h.interaction(shareClick(h));
    const [told] = await h.slack.waitFor('response_url', 1);
    expect(told?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(told?.args.text)).toMatch(/Invite me with `\/invite @meshbot`, then press Share again/);
    await sleep(1_000);
    expect(h.slack.callsTo('response_url').filter((c) => c.args.delete_original)).toHaveLength(0);
    expect(h.slack.callsTo('chat.postEphemeral')).toHaveLength(0);
  });

  it('a double click on a related-answer button posts once; another related answer still posts', async () => {
    const h = await harness();
    await Promise.all([
      h.interaction(relatedClick('certificates')),
      h.interaction(relatedClick('certificates')),
    ]);
    await h.interaction(relatedClick('authorization'));
    await h.slack.waitFor('chat.postMessage', 2);
    await sleep(1_500);
    const posts = h.slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    const text = posts.map((p) => JSON.stringify(p.args.blocks));
    expect(text.filter((t) => t.includes('/answers/certificates'))).toHaveLength(1);
    expect(text.filter((t) => t.includes('/answers/authorization'))).toHaveLength(1);
  });

  it('a replayed /mesh (the same signed request again) is answered and recorded once', async () => {
    const h = await harness();
    const body = new URLSearchParams({
      token: 'legacy',
      team_id: 'T0TEST',
      channel_id: 'C0CHAN',
      user_id: 'U0USER',
      command: '/mesh',
      text: 'how does mtls work in linkerd?',
      trigger_id: '999.1.replay',
      response_url: `${h.slack.url}/response/replay`,
    }).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) };
    const first = await h.raw(body, headers);
    await h.slack.waitFor('response_url', 1);
    const replay = await h.raw(body, headers);
    expect([first.status, replay.status]).toEqual([200, 200]);
    await sleep(1_500);
    expect(h.slack.callsTo('response_url')).toHaveLength(1);
    const rows = await h.loop.store.db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM questions WHERE surface = 'command'`,
    );
    expect(Number(rows?.n)).toBe(1);
  });

  it('a replayed Share (the same request, after the double-click window) does not post again', {
    timeout: 30_000,
  }, async () => {
    const h = await harness();
    const body = formOf(shareClick(h, '1800000000.000100'));
    const first = await h.raw(body, { ...form, ...sign(body) });
    expect(first.status).toBe(200);
    await h.slack.waitFor('chat.postMessage', 1);
    await sleep(10_500);
    const replay = await h.raw(body, { ...form, ...sign(body) });
    expect(replay.status).toBe(200);
    await sleep(1_500);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('a double click whose second half reaches another replica still posts once (the window is in the store)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'meshbot-replicas-'));
    dirs.push(dataDir);
    const a = await harness({ DATA_DIR: dataDir });
    const b = await harness({ DATA_DIR: dataDir });
    await Promise.all([a.interaction(shareClick(a)), b.interaction(shareClick(b))]);
    await sleep(2_000);
    const posts = a.slack.callsTo('chat.postMessage').length + b.slack.callsTo('chat.postMessage').length;
    expect(posts).toBe(1);
  });
});
