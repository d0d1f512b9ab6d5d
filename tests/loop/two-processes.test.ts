/**
 * Issue 9, "Done when": two app processes sharing one PostgreSQL see the same gaps and learned
 * phrasings and send one weekly digest between them; linking a gap answers its askers once; a
 * restart keeps the link.
 *
 * Two real app OS processes (`node --import tsx src/index.ts`, NODE_ENV=production) on one
 * throwaway PostgreSQL server, both against one stand-in Slack Web API served over HTTP here
 * (tests/slack/helpers/fake-slack.ts), with signed requests to each process's /slack/events.
 *
 * The knowledge files were all checked today with `review_every: 90`, so today nothing is due for
 * review and the digest would have nobody to write to. Both processes therefore run with their
 * clock ("Date.now") moved 120 days ahead, the same for both, through a one-line preload; the
 * requests are signed with that clock too, or the receiver would refuse them as stale.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOP_ACTIONS } from '../../src/ids.js';
import { type AppProcess, slackEnv, startAppProcess } from '../production/helpers/app-process.js';
import { exited, sleep, stopAllChildren, waitUntil } from '../production/helpers/processes.js';
import { type ApiCall, FakeSlack } from '../slack/helpers/fake-slack.js';
import { envelope, sign } from '../slack/helpers/harness.js';
import { blockAction } from '../slack/helpers/payloads.js';
import { type PostgresServer, startPostgres } from '../store/helpers/postgres-server.js';

const CURATOR = 'UCURATOR1';
const ASKER = 'UASKER1';
const OWNER = 'UOWNER1';
const EXPERTS = 'CEXPERTS1';
const CHANNEL = 'CASK1';
const QUESTION = 'who won the flamingo football match yesterday';
const ENTRY = 'mtls';
/** registerLoop (src/slack/listeners/loop.ts) runs each process's first digest check 60 s after start. */
const DIGEST_FIRST_AFTER_MS = 60_000;

/** How far ahead both processes' clocks run: past every entry's `checked` + `review_every: 90`. */
const CLOCK_AHEAD_MS = 120 * 86_400_000;
const clockPreload = `--import=data:text/javascript,${encodeURIComponent(
  `Date.now=((n)=>()=>n()+${CLOCK_AHEAD_MS})(Date.now);`,
)}`;
/** Seconds on the processes' clock, for the request signatures. */
const appSeconds = () => Math.floor((Date.now() + CLOCK_AHEAD_MS) / 1000);

let pgServer: PostgresServer | undefined;
let fake: FakeSlack | undefined;
afterAll(async () => {
  await stopAllChildren();
  await fake?.stop();
  await pgServer?.stop();
}, 60_000);

function post(app: AppProcess, body: string, contentType: string): Promise<Response> {
  return fetch(`${app.url}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': contentType, ...sign(body, appSeconds()) },
  });
}

async function expectOk(res: Promise<Response>): Promise<void> {
  const r = await res;
  await r.arrayBuffer();
  expect(r.status).toBe(200);
}

const mention = (app: AppProcess, ts: string) =>
  expectOk(
    post(
      app,
      JSON.stringify(
        envelope({
          type: 'app_mention',
          text: `<@U0BOT1234> ${QUESTION}`,
          channel: CHANNEL,
          user: ASKER,
          ts,
        }),
      ),
      'application/json',
    ),
  );

let commandSeq = 0;
/** `/mesh <text>` from `user`; the ephemeral reply goes to the stand-in's response_url …/response/<tag>. */
function mesh(app: AppProcess, text: string, user: string, tag: string): Promise<void> {
  const body = new URLSearchParams({
    token: 'legacy',
    team_id: 'T0TEST',
    channel_id: 'C0CUR',
    user_id: user,
    command: '/mesh',
    text,
    trigger_id: `123.${++commandSeq}.two`,
    response_url: `${fake?.url}/response/${tag}`,
  }).toString();
  return expectOk(post(app, body, 'application/x-www-form-urlencoded'));
}

function interaction(app: AppProcess, payload: Record<string, unknown>): Promise<void> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return expectOk(post(app, body, 'application/x-www-form-urlencoded'));
}

/** The curator's pick in a gap's "Link to an answer" select, as Slack sends it (tests/slack/loop.test.ts). */
function linkAction(gapId: string, responseUrl: string) {
  const base = blockAction({
    actionId: LOOP_ACTIONS.gapLink,
    user: CURATOR,
    channel: 'D0CUR',
    responseUrl,
    ephemeral: true,
  });
  return {
    ...base,
    actions: [
      {
        type: 'static_select',
        action_id: LOOP_ACTIONS.gapLink,
        block_id: `gap:${gapId}`,
        selected_option: { text: { type: 'plain_text', text: ENTRY }, value: ENTRY },
        action_ts: `${appSeconds()}.000001`,
      },
    ],
  };
}

type Block = { type: string; block_id?: string; text?: { text?: string } };

/** The id of the gap whose question is QUESTION in a `/mesh gaps` reply, if listed. */
function listedGap(reply: ApiCall | undefined): string | undefined {
  const blocks = (reply?.args.blocks ?? []) as Block[];
  const q = blocks.find((b) => b.block_id?.startsWith('gapq:') && b.text?.text?.includes(QUESTION));
  const id = q?.block_id?.slice('gapq:'.length);
  return id && blocks.some((b) => b.type === 'actions' && b.block_id === `gap:${id}`) ? id : undefined;
}

const responses = (tag: string) =>
  (fake as FakeSlack).callsTo('response_url').filter((c) => c.args.__path === `/response/${tag}`);
const threadPosts = (ts: string) =>
  (fake as FakeSlack)
    .accepted('chat.postMessage')
    .filter((c) => c.args.channel === CHANNEL && c.args.thread_ts === ts);
const answeredWithEntry = (c: ApiCall) => JSON.stringify(c.args.blocks ?? '').includes(`/answers/${ENTRY}`);
const hereIsTheAnswer = (c: ApiCall) => /here is the answer/.test(String(c.args.text));
const digestDms = () =>
  (fake as FakeSlack).accepted('chat.postMessage').filter((c) => c.args.channel === OWNER);

describe('two app processes sharing one PostgreSQL (issue 9, Done when)', () => {
  let databaseUrl = '';
  beforeAll(async () => {
    pgServer = await startPostgres();
    databaseUrl = await pgServer.createDatabase();
    fake = await new FakeSlack().start();
  }, 60_000);

  it('see the same gaps and learned phrasings, answer the asker once, send one digest, and keep the link over a restart', {
    timeout: 180_000,
  }, async () => {
    const testStarted = Date.now();
    const slack = fake as FakeSlack;
    const env = slackEnv(slack.url, {
      LOG_LEVEL: 'info',
      PUBLIC_BASE_URL: 'https://meshbot.example.com',
      DATABASE_URL: databaseUrl,
      USER_HASH_SECRET: 'two-processes-secret-0123456789',
      CURATORS: CURATOR,
      EXPERTS_CHANNEL: EXPERTS,
      KB_OWNERS: `platform-networking-team=${OWNER}`,
      NODE_OPTIONS: clockPreload,
    });
    const started = Date.now();
    const [a, b] = await Promise.all([
      startAppProcess({ name: 'process-a', env, readyTimeoutMs: 60_000 }),
      startAppProcess({ name: 'process-b', env, readyTimeoutMs: 60_000 }),
    ]);
    // Each digest timer is armed before its process answers /healthz: both first checks are due by then.
    const bothDigestsDueBy = Date.now() + DIGEST_FIRST_AFTER_MS;
    console.log(
      `[two processes] both up in ${Date.now() - started} ms (pids ${a.process.pid}, ${b.process.pid})`,
    );

    // 1. A question the bot cannot answer, asked of A, is a gap B shows to a curator.
    await mention(a, '1000.1');
    await waitUntil(() => threadPosts('1000.1').length > 0, {
      timeoutMs: 15_000,
      what: () => `the fallback reply in the asker's thread; A:\n${a.tail()}`,
    });
    expect(answeredWithEntry(threadPosts('1000.1')[0] as ApiCall)).toBe(false);
    let gapId: string | undefined;
    for (let i = 0; !gapId; i++) {
      await mesh(b, 'gaps', CURATOR, `gaps${i}`);
      const got = await waitUntil(() => responses(`gaps${i}`)[0], {
        timeoutMs: 5_000,
        what: () => `B's /mesh gaps reply; B:\n${b.tail()}`,
      });
      gapId = listedGap(got);
      if (!gapId && i >= 20)
        throw new Error(`B's /mesh gaps never listed the gap: ${JSON.stringify(got.args.blocks)}`);
      if (!gapId) await sleep(250);
    }
    expect(String(responses('gaps0')[0]?.args.text ?? '')).toMatch(/^Knowledge gaps: \d+ open/);

    // 2. A curator links the gap through B: the asker is answered in their thread, once.
    await interaction(b, linkAction(gapId, `${slack.url}/response/link-b`));
    await waitUntil(() => threadPosts('1000.1').some(hereIsTheAnswer), {
      timeoutMs: 15_000,
      what: () => `the "here is the answer" reply in the asker's thread; B:\n${b.tail()}`,
    });
    const linked = await waitUntil(() => responses('link-b')[0], {
      timeoutMs: 5_000,
      what: () => `B's reply to the curator; B:\n${b.tail()}`,
    });
    expect(String(linked.args.text)).toContain('1 asker(s) answered');
    // The same pick arriving at A (a second click, a retry landing on the other replica) answers nobody twice.
    await interaction(a, linkAction(gapId, `${slack.url}/response/link-a`));
    await waitUntil(() => responses('link-a')[0], {
      timeoutMs: 10_000,
      what: () => `A's reply to the curator; A:\n${a.tail()}`,
    });
    // A learns the phrasing by polling the store (no message from B): wait for its reload.
    await a.waitForLog((l) => l.msg === 'learned phrasings loaded' && Number(l.entries) >= 1, 15_000);
    await mention(a, '1000.2');
    const again = await waitUntil(() => threadPosts('1000.2')[0], {
      timeoutMs: 15_000,
      what: () => `A's reply to the same question; A:\n${a.tail()}`,
    });
    expect(answeredWithEntry(again), JSON.stringify(again.args.text)).toBe(true);
    await sleep(1_000);
    const firstThread = threadPosts('1000.1');
    expect(firstThread.filter(hereIsTheAnswer)).toHaveLength(1);
    expect(firstThread.filter(hereIsTheAnswer).every(answeredWithEntry)).toBe(true);
    // The fallback and the one answer: nothing else went to the asker's thread.
    expect(firstThread).toHaveLength(2);

    // 3. Both processes run the weekly owner digest on their own timer: one DM between them.
    const firstDm = await waitUntil(() => digestDms()[0], {
      timeoutMs: Math.max(5_000, bothDigestsDueBy + 20_000 - Date.now()),
      what: () => `the owner digest DM to ${OWNER}; A:\n${a.tail(5)}\nB:\n${b.tail(5)}`,
    });
    const dmAt = Date.now();
    expect(String(firstDm.args.text)).toMatch(/^\d+ meshbot answers? due for review/);
    expect(JSON.stringify(firstDm.args.blocks)).toContain('https://meshbot.example.com/answers/');
    // Until both timers have fired, and 10 s more.
    await sleep(Math.max(10_000, bothDigestsDueBy + 10_000 - dmAt));
    expect(digestDms()).toHaveLength(1);
    const senders = [a, b].filter((p) => p.logs().some((l) => l.msg === 'weekly owner digest sent'));
    expect(senders).toHaveLength(1);
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const job = await db
      .query<{ holder: string }>(`SELECT holder FROM jobs WHERE name = 'owner-digest'`)
      .finally(() => db.end());
    expect(job.rows[0]?.holder).toMatch(new RegExp(`:${senders[0]?.process.pid}$`));
    console.log(
      `[two processes] one digest DM, sent by ${senders[0]?.name} ${dmAt - started} ms after start; none more in the next ${Date.now() - dmAt} ms`,
    );

    // 4. A restart of A (SIGTERM, then a new process on the same DATABASE_URL) keeps the link.
    await a.stop();
    expect((await exited(a.process)).code).toBe(0);
    const a2 = await startAppProcess({ name: 'process-a2', env, readyTimeoutMs: 60_000 });
    await mention(a2, '1000.3');
    const afterRestart = await waitUntil(() => threadPosts('1000.3')[0], {
      timeoutMs: 15_000,
      what: () => `the restarted A's reply; A2:\n${a2.tail()}`,
    });
    expect(answeredWithEntry(afterRestart), JSON.stringify(afterRestart.args.text)).toBe(true);
    expect(threadPosts('1000.1').filter(hereIsTheAnswer)).toHaveLength(1);
    expect(digestDms()).toHaveLength(1);
    await Promise.all([a2.stop(), b.stop()]);
    console.log(`[two processes] whole scenario ${Date.now() - testStarted} ms`);
    expect(Date.now() - testStarted).toBeLessThan(150_000);
  });
});
