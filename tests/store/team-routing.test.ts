/**
 * The asker's workspace in the learning loop's store (migration 6): cards, asks, private askers and
 * hand-offs carry the team ids of the event that made them (never a token), older rows have none,
 * and an uninstalled workspace's askers are closed rather than tried at every later link.
 */
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, PrivateAskers } from '../../src/store/index.js';
import { LoopStore } from '../../src/store/store.js';
import { BACKENDS, card, TEST_SECRET, useBackend } from './helpers/backends.js';

const T1 = { teamId: 'T01ALPHA' };
const T2 = { teamId: 'T02BRAVO' };
const ORG = { teamId: 'T03INORG', enterpriseId: 'E01ORG', isEnterpriseInstall: true };

describe.each(BACKENDS)('team routing in the store on %s', (backend) => {
  const fx = useBackend(backend);
  const privateAskers = (s: LoopStore) =>
    new PrivateAskers(s.db, { secret: TEST_SECRET, userHash: (id) => s.userHash(id) });

  it('migration 6 adds empty team columns to a database already holding cards and hand-offs', async () => {
    const where = await fx.fresh();
    const db = await fx.rawDb(where);
    await migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 6),
    );
    const old = new LoopStore(db, { hashSecret: TEST_SECRET, storeQuestions: true });
    await db.run(
      `INSERT INTO questions (id, at, day, surface, outcome, channel, thread_ts, question) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ['old1', Date.now(), '2026-01-01', 'mention', 'fallback', 'C1', '1.1', 'old quokka question'],
    );
    await db.run(
      `INSERT INTO handoffs (id, at, experts_channel, experts_ts, channel) VALUES (?, ?, ?, ?, ?)`,
      ['h-old', Date.now(), 'CEXP', '9.9', 'C1'],
    );
    expect((await migrate(db)).applied).toEqual(
      MIGRATIONS.map((m) => m.version)
        .filter((v) => v >= 6)
        .sort((a, b) => a - b),
    );
    expect(await db.get('SELECT team_id, enterprise_id, is_enterprise_install FROM questions')).toEqual({
      team_id: null,
      enterprise_id: null,
      is_enterprise_install: null,
    });
    // Old hand-offs have no team: the relay keeps today's behaviour.
    const h = await old.handoffByThread('CEXP', '9.9');
    expect(h?.channel).toBe('C1');
    expect(h?.team).toBeUndefined();
  });

  it("cards, asks, private askers and hand-offs carry the asker's team (ids only); none when there is none", async () => {
    const s = await fx.open(await fx.fresh());
    const p = privateAskers(s);
    await s.recordCard(card('a1', 'fallback', 'penguin tuxedo sizes?', { channel: 'C1', team: T1 }));
    await s.recordCard(card('a2', 'fallback', 'Penguin tuxedo sizes', { channel: 'C2', team: T2 }));
    await s.recordCard(card('a3', 'fallback', 'penguin tuxedo sizes!', { channel: 'C3', team: ORG }));
    await s.recordCard(card('a4', 'fallback', 'penguin tuxedo sizes', { channel: 'C4' }));
    await s.recordCard(
      card('a5', 'fallback', 'penguin tuxedo sizes??', {
        surface: 'command',
        threadTs: undefined,
        userId: 'U02PRIVATE',
        team: T2,
      }),
    );
    await p.remember('a5', 'U02PRIVATE');
    const [gap] = await s.gaps();
    expect(gap?.asks).toBe(5);
    const askers = await s.askersToNotify(gap?.id ?? '');
    expect(askers.map((a) => [a.channel, a.team])).toEqual([
      ['C1', T1],
      ['C2', T2],
      ['C3', ORG],
      ['C4', undefined],
    ]);
    expect((await p.forGap(gap?.id ?? '')).map((a) => [a.userId, a.team])).toEqual([['U02PRIVATE', T2]]);
    expect(await s.card('a2')).toMatchObject({ team_id: 'T02BRAVO', enterprise_id: null });
    // Ids only: nothing that looks like a token.
    expect(JSON.stringify(await s.db.all('SELECT * FROM questions'))).not.toMatch(/xox[a-z]-/);

    const withTeam = await s.createHandoff({ userId: 'U1', channel: 'C2', expertsChannel: 'CEXP', team: T2 });
    await s.setHandoffPosted(withTeam, '5.1');
    expect((await s.handoffByThread('CEXP', '5.1'))?.team).toEqual(T2);
    const orgWide = await s.createHandoff({ userId: 'U1', channel: 'C3', expertsChannel: 'CEXP', team: ORG });
    await s.setHandoffPosted(orgWide, '5.2');
    expect((await s.handoffByThread('CEXP', '5.2'))?.team).toEqual(ORG);
    const none = await s.createHandoff({ userId: 'U1', channel: 'C4', expertsChannel: 'CEXP', team: {} });
    await s.setHandoffPosted(none, '5.3');
    expect((await s.handoffByThread('CEXP', '5.3'))?.team).toBeUndefined();
  });

  it("an uninstalled workspace's askers are closed and its private askers' ids deleted; other teams keep theirs", async () => {
    const s = await fx.open(await fx.fresh());
    const p = privateAskers(s);
    const ask = async (id: string, team: typeof T1 | undefined, over = {}) =>
      s.recordCard(card(id, 'fallback', 'walrus dentist near me?', { channel: `C${id}`, team, ...over }));
    await ask('b1', T1);
    await ask('b2', T2);
    await ask('b3', ORG);
    await ask('b4', undefined);
    await ask('b5', T2, { surface: 'command', threadTs: undefined, userId: 'U02PRIVATE' });
    await p.remember('b5', 'U02PRIVATE');
    await ask('b6', T1, { surface: 'command', threadTs: undefined, userId: 'U01PRIVATE' });
    await p.remember('b6', 'U01PRIVATE');
    const [gap] = await s.gaps();
    const gapId = gap?.id ?? '';

    // T2 uninstalls: its channel ask is closed, its private asker's sealed id goes.
    expect(await s.closeTeamAsks(T2)).toBe(2);
    expect(await p.forgetTeam(T2)).toBe(1);
    expect((await s.askersToNotify(gapId)).map((a) => a.channel)).toEqual(['Cb1', 'Cb3', 'Cb4']);
    expect((await p.forGap(gapId)).map((a) => a.userId)).toEqual(['U01PRIVATE']);
    // Again: nothing left to close.
    expect(await s.closeTeamAsks(T2)).toBe(0);
    // A workspace uninstall never closes an org-wide install's asks of the same team id…
    expect(await s.closeTeamAsks({ teamId: ORG.teamId })).toBe(0);
    // …the org-wide removal does (by enterprise).
    expect(await s.closeTeamAsks({ enterpriseId: ORG.enterpriseId, isEnterpriseInstall: true })).toBe(1);
    expect((await s.askersToNotify(gapId)).map((a) => a.channel)).toEqual(['Cb1', 'Cb4']);
    // No team named: nothing happens (rows without a team are never matched).
    expect(await s.closeTeamAsks({})).toBe(0);
    expect(await p.forgetTeam({})).toBe(0);
  });
});
