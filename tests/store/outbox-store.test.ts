/**
 * The reply outbox and the click windows in the store, on both backends: leases that two workers
 * (two replicas) never share, leases that free themselves when a worker dies and stay while it
 * renews them, the replay window of posted ids, and once-keys that only one caller wins.
 */
import { describe, expect, it } from 'vitest';
import type { NewReply } from '../../src/slack/outbox.js';
import { REPLAY_WINDOW_MS } from '../../src/slack/outbox.js';
import { MIGRATIONS, migrate } from '../../src/store/index.js';
import { OnceKeys, StoreOutbox } from '../../src/store/outbox-store.js';

/** The versions a database at version n-1 still needs: n and any added since. */
const versionsFrom = (n: number) =>
  MIGRATIONS.map((m) => m.version)
    .filter((v) => v >= n)
    .sort((a, b) => a - b);

import { BACKENDS, TEST_SECRET, useBackend } from './helpers/backends.js';

const T0 = 1_800_000_000_000;

function reply(id: string, extra: Partial<NewReply> = {}): NewReply {
  return {
    id,
    method: 'chat.postMessage',
    args: { channel: 'C1', thread_ts: '1.1', text: `answer ${id}`, blocks: [{ type: 'divider' }] },
    channel: 'C1',
    asker: { user: 'U1', channel: 'C1', threadTs: '1.1' },
    surface: 'mention',
    plainText: `answer ${id}`,
    expiresAt: T0 + 900_000,
    ...extra,
  };
}

describe.each(BACKENDS)('outbox store on %s', (backend) => {
  const fx = useBackend(backend);

  const twoReplicas = async () => {
    const where = await fx.fresh();
    await fx.open(where);
    const a = new StoreOutbox(await fx.rawDb(where));
    const b = new StoreOutbox(await fx.rawDb(where));
    return { a, b, where };
  };

  it('migration 7 gives an outbox created before migration 2 had `team` the column, and replies queue again', async () => {
    const where = await fx.fresh();
    const db = await fx.rawDb(where);
    // Migration 2 as it first ran on some databases: its outbox had no team column.
    const early = MIGRATIONS.filter((m) => m.version < 7).map((m) =>
      m.version === 2
        ? { ...m, statements: m.statements.map((sql) => sql.replace(/\n\s*team TEXT,/, '')) }
        : m,
    );
    expect(early.find((m) => m.version === 2)?.statements.join('\n')).not.toMatch(/\bteam TEXT\b/);
    await migrate(db, early);
    const team = { teamId: 'T1' };
    await expect(new StoreOutbox(db).add(reply('before', { team }), T0)).rejects.toThrow(/team/);
    expect((await migrate(db)).applied).toEqual(versionsFrom(7));
    const outbox = new StoreOutbox(db);
    expect(await outbox.add(reply('after', { team }), T0)).toBe(true);
    expect((await outbox.claim(T0, 10, 15_000))[0]?.team).toEqual(team);
  });

  it('migration 7 leaves an outbox that already has `team` as it is', async () => {
    const where = await fx.fresh();
    const db = await fx.rawDb(where);
    await migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 7),
    );
    expect((await migrate(db)).applied).toEqual(versionsFrom(7));
    const outbox = new StoreOutbox(db);
    expect(await outbox.add(reply('r', { team: { teamId: 'T2' } }), T0)).toBe(true);
  });

  it('keeps a reply with everything the worker needs, until it is completed', async () => {
    const { a, b } = await twoReplicas();
    const followUp = {
      method: 'respond' as const,
      args: { url: 'http://x/r', delete_original: true },
      channel: 'response_url',
      surface: 'share',
    };
    // The workspace whose installation posts it (OAuth): another replica must post with it too.
    const team = { teamId: 'T1', enterpriseId: 'E1', isEnterpriseInstall: false };
    expect(await a.add(reply('r1', { followUp, team }), T0)).toBe(true);
    expect(await a.add(reply('r1'), T0 + 1)).toBe(false);
    // Another replica sees it: the store is shared.
    expect(await b.size()).toBe(1);
    expect(await b.size(true)).toBe(0);
    expect(await a.size(true)).toBe(1);
    const [got] = await b.claim(T0, 10, 15_000);
    expect(got).toEqual({
      ...reply('r1', { followUp, team }),
      createdAt: T0,
      notBefore: T0,
      attempts: 0,
    });
    await b.release('r1', {
      notBefore: T0 + 5_000,
      attempts: 1,
      lastError: 'invalid_blocks',
      args: { channel: 'C1', text: 'plain' },
      plain: true,
    });
    expect(await a.nextDue()).toBe(T0 + 5_000);
    expect(await a.claim(T0 + 4_999, 10, 15_000)).toEqual([]);
    const [again] = await a.claim(T0 + 5_000, 10, 15_000);
    expect(again).toMatchObject({
      attempts: 1,
      lastError: 'invalid_blocks',
      plain: true,
      args: { text: 'plain' },
    });
    await a.complete('r1', T0 + 6_000);
    expect(await a.size()).toBe(0);
    expect(await a.nextDue()).toBeUndefined();
  });

  it('remembers a posted id for the replay window only, without what the reply said', async () => {
    const { a, where } = await twoReplicas();
    await a.add(reply('r2'), T0);
    await a.claim(T0, 1, 15_000);
    await a.complete('r2', T0 + 10);
    // A replayed request (same event id, trigger id or action_ts) adds nothing.
    expect(await a.add(reply('r2'), T0 + 60_000)).toBe(false);
    expect(await a.claim(T0 + 60_000, 10, 15_000)).toEqual([]);
    const raw = await fx.rawDb(where);
    const row = await raw.get<{ args: string; asker: string | null }>(
      'SELECT args, asker FROM outbox WHERE id = ?',
      ['r2'],
    );
    expect(row).toEqual({ args: '{}', asker: null });
    // After the window the id is new again; the sweep forgets old ids.
    expect(await a.add(reply('r2'), T0 + 10 + REPLAY_WINDOW_MS)).toBe(true);
    await a.claim(T0 + 10 + REPLAY_WINDOW_MS, 1, 15_000);
    await a.complete('r2', T0 + 20 + REPLAY_WINDOW_MS);
    await a.sweep(T0 + 20 + 2 * REPLAY_WINDOW_MS);
    expect(await raw.get('SELECT id FROM outbox WHERE id = ?', ['r2'])).toBeUndefined();
  });

  it('two replicas claiming at once never get the same reply', async () => {
    const { a, b } = await twoReplicas();
    const n = 120;
    for (let i = 0; i < n; i++) await a.add(reply(`c${String(i).padStart(3, '0')}`), T0 + i);
    const seen = { a: [] as string[], b: [] as string[] };
    const drain = async (o: StoreOutbox, into: string[]) => {
      for (let round = 0; round < 40; round++) {
        const got = await o.claim(T0 + 1_000, 7, 15_000);
        into.push(...got.map((r) => r.id));
        await Promise.all(got.map((r) => o.complete(r.id, T0 + 1_000)));
        if (got.length === 0) break;
      }
    };
    await Promise.all([drain(a, seen.a), drain(b, seen.b), drain(a, seen.a), drain(b, seen.b)]);
    const all = [...seen.a, ...seen.b];
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(n);
    expect(await a.size()).toBe(0);
  });

  it("a dead worker's lease runs out and another replica takes the reply; a renewed one does not", async () => {
    const { a, b } = await twoReplicas();
    await a.add(reply('dead'), T0);
    await a.add(reply('alive'), T0);
    expect((await a.claim(T0, 10, 15_000)).map((r) => r.id).sort()).toEqual(['alive', 'dead']);
    expect(await b.claim(T0 + 5_000, 10, 15_000)).toEqual([]);
    // a keeps posting 'alive' (renews it); 'dead' was claimed by a worker that then died.
    await a.renew(['alive'], T0 + 10_000 + 15_000);
    // b cannot renew what it does not hold.
    await b.renew(['dead'], T0 + 60_000);
    expect(await b.nextDue()).toBe(T0 + 15_000);
    const taken = await b.claim(T0 + 15_000, 10, 15_000);
    expect(taken.map((r) => r.id)).toEqual(['dead']);
    expect(await b.claim(T0 + 20_000, 10, 15_000)).toEqual([]);
  });

  it('shutdown claims only what this replica added', async () => {
    const { a, b } = await twoReplicas();
    await a.add(reply('from-a'), T0);
    await b.add(reply('from-b'), T0);
    const mine = await a.claim(T0, 10, 5_000, { dueBy: Number.POSITIVE_INFINITY, mine: true });
    expect(mine.map((r) => r.id)).toEqual(['from-a']);
    expect(await a.nextDue(true)).toBe(T0 + 5_000);
    expect(await b.size(true)).toBe(1);
  });

  it('once-keys: the first caller within the window wins, on any replica; after it, the next one', async () => {
    const where = await fx.fresh();
    await fx.open(where);
    const a = new OnceKeys(await fx.rawDb(where), TEST_SECRET);
    const b = new OnceKeys(await fx.rawDb(where), TEST_SECRET);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).first('click:share:C1:1.1:U1', 10_000, T0)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await a.first('click:share:C1:1.1:U2', 10_000, T0)).toBe(true);
    expect(await b.first('click:share:C1:1.1:U1', 10_000, T0 + 9_999)).toBe(false);
    const later = await Promise.all([
      a.first('click:share:C1:1.1:U1', 10_000, T0 + 10_000),
      b.first('click:share:C1:1.1:U1', 10_000, T0 + 10_000),
    ]);
    expect(later.filter(Boolean)).toHaveLength(1);
    // Stored as keyed hashes: no user id in the table.
    const raw = await fx.rawDb(where);
    const keys = await raw.all<{ key: string }>('SELECT key FROM once_keys');
    expect(keys.length).toBe(2);
    for (const k of keys) expect(k.key).not.toContain('U1');
  });
});
