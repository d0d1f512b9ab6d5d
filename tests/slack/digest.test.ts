/**
 * Verified answers: two app instances sharing one store send one weekly owner digest between
 * them; "Still correct" records who verified (the card then says so); "Needs changes" opens a gap;
 * someone who is neither owner nor curator is refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST_ACTIONS } from '../../src/blocks/digest.js';
import { messageSchema } from '../../src/blocks/schema.js';
import { loadConfig } from '../../src/config.js';
import { createMetrics } from '../../src/metrics.js';
import type { ListenerDeps } from '../../src/slack/context.js';
import { MemoryDeduper } from '../../src/slack/dedupe.js';
import { runDigest } from '../../src/slack/listeners/loop.js';
import { BACKENDS } from '../store/helpers/backends.js';
import { type PostgresServer, startPostgres } from '../store/helpers/postgres-server.js';
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
  let pg: PostgresServer | undefined;
  let shared = '';
  beforeAll(async () => {
    const env: Record<string, string> = {
      CURATORS: CURATOR,
      USER_HASH_SECRET: 'digest-test-secret-0123456789',
    };
    if (backend === 'postgres') {
      pg = await startPostgres();
      env.DATABASE_URL = await pg.createDatabase();
    } else {
      shared = mkdtempSync(join(tmpdir(), 'meshbot-digest-'));
      env.DATA_DIR = shared;
    }
    [a, b] = await Promise.all([startHarness(env), startHarness(env)]);
    a.slack.usergroups.set('SOWNERS', ['UOWNER2', 'UOWNER3']);
    b.slack.usergroups.set('SOWNERS', ['UOWNER2', 'UOWNER3']);
  }, 90_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await pg?.stop();
    if (shared) rmSync(shared, { recursive: true, force: true });
  });

  it('two instances sharing the store send one digest between them, to owners named in Slack', async () => {
    const entries = a.core.kb.entries
      .slice(0, 3)
      .map((e, i) => ({ ...e, owner: i < 2 ? 'U0OWNER1' : '<!subteam^SOWNERS>' }));
    const [ra, rb] = await Promise.all([
      runDigest(depsOf(a).deps, depsOf(a).client, { now: FAR_FUTURE, entries, holder: 'a' }),
      runDigest(depsOf(b).deps, depsOf(b).client, { now: FAR_FUTURE, entries, holder: 'b' }),
    ]);
    expect([ra, rb].filter((r) => r !== null)).toEqual([{ recipients: 3, entries: 3 }]);
    const dms = [...a.slack.callsTo('chat.postMessage'), ...b.slack.callsTo('chat.postMessage')];
    expect(dms.map((d) => d.args.channel).sort()).toEqual(['U0OWNER1', 'UOWNER2', 'UOWNER3']);
    for (const d of dms)
      expect(messageSchema.safeParse({ text: d.args.text, blocks: d.args.blocks }).success).toBe(true);
    expect(JSON.stringify(dms.find((d) => d.args.channel === 'U0OWNER1')?.args.blocks)).toContain(
      DIGEST_ACTIONS.verify,
    );
    // Later the same week: nobody sends it again.
    expect(
      await runDigest(depsOf(a).deps, depsOf(a).client, { now: FAR_FUTURE + 86_400_000, entries }),
    ).toBeNull();
  });

  it('"Still correct" records who verified, and cards then say so; strangers are refused', async () => {
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
    await a.interaction(
      blockAction({
        actionId: DIGEST_ACTIONS.verify,
        value: 'mtls',
        user: CURATOR,
        channel: 'D0DM',
        responseUrl: url,
      }),
    );
    await a.slack.waitFor('response_url', 2);
    expect((await a.loop.store.verifications()).get('mtls')?.by).toBe(CURATOR);
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
    expect(JSON.stringify(card?.args.blocks)).toMatch(/Verified by <@UCURATOR1> on \d{4}-\d{2}-\d{2}/);
    // "Needs changes" opens a gap for curators.
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
    expect((await a.loop.store.gaps()).some((g) => g.sample?.startsWith('Needs changes:'))).toBe(true);
  });
});
