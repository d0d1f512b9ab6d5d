/**
 * Verified answers: two app instances sharing one store send one weekly owner digest between
 * them, one per person, to the Slack ids the owners resolve to (ids, user groups, KB_OWNERS
 * names); "Still correct" records who verified (cards and the answer page then say so); "Needs
 * changes" opens a gap; someone who is neither owner nor curator is refused.
 */
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_ACTIONS } from '../../src/blocks/digest.js';
import { messageSchema } from '../../src/blocks/schema.js';
import { loadConfig } from '../../src/config.js';
import { createMetrics } from '../../src/metrics.js';
import type { ListenerDeps } from '../../src/slack/context.js';
import { MemoryDeduper } from '../../src/slack/dedupe.js';
import { runDigest } from '../../src/slack/listeners/loop.js';
import { BACKENDS, type SharedStore, sharedStore } from '../store/helpers/backends.js';
import { BOT_TOKEN, envelope, type Harness, startHarness } from './helpers/harness.js';
import { blockAction } from './helpers/payloads.js';

const CURATOR = 'UCURATOR1';
const FAR_FUTURE = Date.UTC(2027, 11, 1);

function depsOf(h: Harness): { deps: ListenerDeps; client: webApi.WebClient } {
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789',
  });
  const quiet = { info() {}, warn() {}, error() {}, debug() {} } as unknown as ListenerDeps['logger'];
  return {
    deps: {
      core: h.core,
      config,
      logger: quiet,
      deduper: new MemoryDeduper(),
      metrics: createMetrics({ defaultMetrics: false }),
      loop: h.loop,
      // The digest posts through its own client below, never through the reply outbox.
      replies: new Proxy(
        {},
        {
          get() {
            throw new Error('the digest does not use the reply outbox');
          },
        },
      ) as ListenerDeps['replies'],
    },
    client: new webApi.WebClient(BOT_TOKEN, {
      slackApiUrl: `${h.slack.url}/api/`,
      retryConfig: { retries: 0 },
    }),
  };
}

describe.each(BACKENDS)('weekly owner digest on %s', (backend) => {
  let a: Harness;
  let b: Harness;
  let store: SharedStore | undefined;
  beforeAll(async () => {
    store = await sharedStore(backend);
    const env: Record<string, string> = {
      ...store.env,
      CURATORS: CURATOR,
      USER_HASH_SECRET: 'digest-test-secret-0123456789',
      // The knowledge files say "Platform networking team": a group and one person besides.
      KB_OWNERS: 'platform-networking-team=SOWNERS, Platform Networking Team=U0OWNER1',
    };
    [a, b] = await Promise.all([startHarness(env), startHarness(env)]);
    for (const h of [a, b]) h.slack.usergroups.set('SOWNERS', ['UOWNER2', 'U0OWNER1']);
  }, 90_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await store?.close();
  });

  it('two instances sharing the store send one digest per person per week, to the resolved ids', async () => {
    const kb = a.core.kb.entries;
    // The real entries (owner "Platform networking team"), one owned by an id, one by nobody in Slack.
    const entries = kb.map((e, i) =>
      i === 0 ? { ...e, owner: '<@UDIRECT9>' } : i === 1 ? { ...e, owner: 'Docs guild' } : e,
    );
    const [ra, rb] = await Promise.all([
      runDigest(depsOf(a).deps, depsOf(a).client, { now: FAR_FUTURE, entries, holder: 'a' }),
      runDigest(depsOf(b).deps, depsOf(b).client, { now: FAR_FUTURE, entries, holder: 'b' }),
    ]);
    expect([ra, rb].filter((r) => r !== null)).toEqual([
      { recipients: 3, entries: kb.length - 1, unresolved: 1 },
    ]);
    const dms = [...a.slack.callsTo('chat.postMessage'), ...b.slack.callsTo('chat.postMessage')];
    // U0OWNER1 is named twice (by KB_OWNERS and through SOWNERS) and still gets one message.
    expect(dms.map((d) => d.args.channel).sort()).toEqual(['U0OWNER1', 'UDIRECT9', 'UOWNER2']);
    for (const d of dms)
      expect(messageSchema.safeParse({ text: d.args.text, blocks: d.args.blocks }).success).toBe(true);
    const text = (user: string) => String(dms.find((d) => d.args.channel === user)?.args.text);
    expect(text('U0OWNER1')).toBe(`${kb.length - 2} meshbot answers due for review`);
    expect(text('UOWNER2')).toBe(`${kb.length - 2} meshbot answers due for review`);
    expect(text('UDIRECT9')).toBe('1 meshbot answer due for review');
    expect(JSON.stringify(dms.find((d) => d.args.channel === 'UDIRECT9')?.args.blocks)).toContain(
      `"value":"${kb[0]?.id}"`,
    );
    expect(JSON.stringify(dms.find((d) => d.args.channel === 'U0OWNER1')?.args.blocks)).toContain(
      DIGEST_ACTIONS.verify,
    );
    // Later the same week: nobody sends it again, from either instance.
    for (const h of [a, b])
      expect(
        await runDigest(depsOf(h).deps, depsOf(h).client, { now: FAR_FUTURE + 86_400_000, entries }),
      ).toBeNull();
    // A week on (the job's last run moved back eight days), it goes out again, once.
    await a.loop.store.db.run(`UPDATE jobs SET last_run = last_run - ? WHERE name = 'owner-digest'`, [
      8 * 86_400_000,
    ]);
    const next = await Promise.all(
      [a, b].map((h) => runDigest(depsOf(h).deps, depsOf(h).client, { now: FAR_FUTURE, entries })),
    );
    expect(next.filter((r) => r !== null)).toHaveLength(1);
  });

  it('start-up names the owners that reach nobody, so KB_OWNERS can be fixed', async () => {
    const h = await startHarness({ ...store?.env, USER_HASH_SECRET: 'digest-test-secret-0123456789' });
    try {
      const line = h.logs.find((l) => l.includes('map the names in KB_OWNERS'));
      expect(line).toContain(`"Platform networking team":${h.core.kb.entries.length}`);
    } finally {
      await h.close();
    }
    expect(a.logs.some((l) => l.includes('map the names in KB_OWNERS'))).toBe(false);
  });

  it('"Still correct" records who verified; cards and the page then say so; strangers are refused', async () => {
    const url = `${a.slack.url}/response/rv`;
    a.slack.reset();
    await a.interaction(
      blockAction({
        actionId: DIGEST_ACTIONS.verify,
        value: 'mtls',
        user: 'USTRANGER',
        channel: 'D0DM',
        responseUrl: url,
      }),
    );
    await a.slack.waitFor('response_url');
    expect((await a.loop.store.verifications()).has('mtls')).toBe(false);
    // UOWNER2 owns it through SOWNERS, which KB_OWNERS maps "Platform networking team" to.
    await a.interaction(
      blockAction({
        actionId: DIGEST_ACTIONS.verify,
        value: 'mtls',
        user: 'UOWNER2',
        channel: 'D0DM',
        responseUrl: url,
      }),
    );
    await a.slack.waitFor('response_url', 2);
    expect((await a.loop.store.verifications()).get('mtls')?.by).toBe('UOWNER2');
    await a.event(
      envelope({
        type: 'app_mention',
        text: '<@U0BOT1234> how does mtls work in linkerd?',
        channel: 'C1',
        user: 'U1',
        ts: '9.1',
      }),
    );
    const [card] = await a.slack.waitFor('chat.postMessage');
    expect(JSON.stringify(card?.args.blocks)).toMatch(/Verified by <@UOWNER2> on \d{4}-\d{2}-\d{2}/);
    const page = await (await fetch(`${a.url}/answers/mtls`)).text();
    expect(page).toMatch(/Verified by Slack user UOWNER2 on <time datetime="\d{4}-\d{2}-\d{2}">/);
    // Another entry, never verified, says nothing of the kind.
    expect(await (await fetch(`${a.url}/answers/ambient-mode`)).text()).not.toContain('Verified by');
    // "Needs changes" (a curator may too) opens a gap for curators.
    await a.interaction(
      blockAction({
        actionId: DIGEST_ACTIONS.needsChanges,
        value: 'mtls',
        user: CURATOR,
        channel: 'D0DM',
        responseUrl: url,
      }),
    );
    await a.slack.waitFor('response_url', 3);
    const gap = (await a.loop.store.gaps()).find((g) => g.sample?.startsWith('Needs changes:'));
    expect(gap?.sample).toBe(`Needs changes: ${a.core.kb.byId.get('mtls')?.title}`);
    // The other instance sees the same gap.
    expect((await b.loop.store.gap(gap?.id ?? ''))?.status).toBe('open');
  });
});
