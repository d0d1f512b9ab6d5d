import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, migrate, SchemaTooNewError } from '../../src/store/index.js';
import { LoopStore } from '../../src/store/store.js';
import { BACKENDS, card, TEST_SECRET, useBackend } from './helpers/backends.js';

describe.each(BACKENDS)('store on %s', (backend) => {
  const fx = useBackend(backend);

  it('migrates a new database to the latest version, and again is a no-op', async () => {
    const where = await fx.fresh();
    const db = await fx.rawDb(where);
    const first = await migrate(db);
    // Every known migration, in order (no version number is asserted: other branches add theirs).
    const versions = MIGRATIONS.map((m) => m.version).sort((x, y) => x - y);
    expect(first).toEqual({ from: 0, to: LATEST_VERSION, applied: versions });
    const again = await migrate(db);
    expect(again.applied).toEqual([]);
    const rows = await db.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => Number(r.version))).toEqual(versions);
  });

  it('applies a migration numbered below the newest applied one (branches land in any order)', async () => {
    const db = await fx.rawDb(await fx.fresh());
    const table = (v: number) => ({ version: v, name: `t${v}`, statements: [`CREATE TABLE t${v} (x TEXT)`] });
    expect((await migrate(db, [table(1), table(5)])).applied).toEqual([1, 5]);
    // A later release brings version 3, written on another branch at the same time as 5.
    expect(await migrate(db, [table(1), table(3), table(5)])).toEqual({ from: 5, to: 5, applied: [3] });
    expect(await db.all('SELECT x FROM t3')).toEqual([]);
  });

  it('two processes migrating at once never race (the lock serialises them)', async () => {
    const where = await fx.fresh();
    const [a, b, c] = await Promise.all([fx.rawDb(where), fx.rawDb(where), fx.rawDb(where)]);
    const results = await Promise.all([migrate(a), migrate(b), migrate(c)]);
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, 0, MIGRATIONS.length]);
    expect(await a.get<{ n: number }>('SELECT COUNT(*) AS n FROM schema_migrations')).toEqual({
      n: MIGRATIONS.length,
    });
  });

  it('refuses a schema newer than it knows, with one clear message', async () => {
    const where = await fx.fresh();
    const db = await fx.rawDb(where);
    await migrate(db);
    await db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
      LATEST_VERSION + 1,
      'from the future',
      Date.now(),
    ]);
    const err = await migrate(db).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SchemaTooNewError);
    expect((err as Error).message).toBe(
      `meshbot cannot start: the database schema is version ${LATEST_VERSION + 1}, but this meshbot knows versions up to ${LATEST_VERSION}. A newer meshbot has migrated this database: run that version (or point DATA_DIR / DATABASE_URL at another database).`,
    );
    await expect(fx.open(where)).rejects.toBeInstanceOf(SchemaTooNewError);
  });

  it('keeps the last vote per person and card, and the 👎 reason', async () => {
    const s = await fx.open(await fx.fresh());
    await s.recordCard(card('c1', 'answered', 'how does mtls work', { entryId: 'mtls', confidence: 0.91 }));
    await s.recordVote({ cardId: 'c1', userId: 'U2', vote: 1 });
    await s.recordVote({ cardId: 'c1', userId: 'U2', vote: -1 });
    await s.recordVote({ cardId: 'c1', userId: 'U3', vote: 1 });
    expect(await s.recordReason({ cardId: 'c1', userId: 'U2', reason: 'outdated' })).toBe(true);
    // A reason from someone who did not vote 👎 changes nothing.
    expect(await s.recordReason({ cardId: 'c1', userId: 'U3', reason: 'outdated' })).toBe(false);
    const votes = await s.votes('c1');
    expect(votes).toHaveLength(2);
    expect(votes.map((v) => [v.vote, v.reason]).sort()).toEqual([
      [-1, 'outdated'],
      [1, null],
    ]);
    // The user id is stored only as a keyed hash.
    expect(votes.every((v) => /^[0-9a-f]{32}$/.test(v.user_hash))).toBe(true);
    const row = await s.db.get('SELECT * FROM feedback WHERE vote < 0');
    expect(row).toMatchObject({
      entry_id: 'mtls',
      surface: 'mention',
      channel: 'C1',
      question: 'how does mtls work',
    });
    expect(Number(row?.confidence)).toBeCloseTo(0.91);
    expect(JSON.stringify(await s.db.all('SELECT * FROM feedback'))).not.toContain('U2');
    // Changing the vote back to 👍 clears the reason.
    await s.recordVote({ cardId: 'c1', userId: 'U2', vote: 1 });
    expect((await s.votes('c1')).map((v) => [v.vote, v.reason])).toEqual([
      [1, null],
      [1, null],
    ]);
  });

  it("a click on a fallback's related answer marks no older suggestion as clicked", async () => {
    let now = Date.UTC(2026, 10, 1, 12);
    const s = await fx.open(await fx.fresh(), { now: () => now });
    await s.recordCard(card('s1', 'suggested', 'egress gateway', { channel: 'C2', userId: 'U4' }));
    now += 1000;
    await s.recordCard(
      card('f1', 'fallback', 'proxy restarts after upgrade', { channel: 'C2', userId: 'U4' }),
    );
    now += 1000;
    // The click is on the fallback's related answer: the earlier suggestion stays unclicked.
    expect(await s.markSuggestionClicked('U4', 'C2')).toBeNull();
    now += 120_000;
    expect(await s.sweepUnclicked(60_000)).toBe(1);
    // In another channel the same person's suggestion is theirs to click.
    await s.recordCard(card('s2', 'suggested', 'tls thing', { channel: 'C3', userId: 'U4' }));
    expect(await s.markSuggestionClicked('U4', 'C3')).toBe('s2');
  });

  it('the answers askers opened from a fallback are kept on its gap, most opened first', async () => {
    let now = Date.UTC(2026, 10, 1, 12);
    const s = await fx.open(await fx.fresh(), { now: () => now });
    const ask = async (id: string, user: string, opened?: string) => {
      await s.recordCard(
        card(id, 'fallback', 'proxy restarts after upgrade', { channel: 'C2', userId: user }),
      );
      now += 1000;
      if (opened) expect(await s.markSuggestionClicked(user, 'C2', opened)).toBeNull();
    };
    await ask('f1', 'U1', 'upgrades');
    await ask('f2', 'U2', 'troubleshooting');
    await ask('f3', 'U3', 'troubleshooting');
    await ask('f4', 'U4');
    // Two clicks by one asker count once, with the later answer.
    expect(await s.markSuggestionClicked('U4', 'C2', 'sidecar-lifecycle')).toBeNull();
    expect(await s.markSuggestionClicked('U4', 'C2', 'troubleshooting')).toBeNull();
    const [g] = await s.gaps();
    expect(g?.asks).toBe(4);
    expect(g?.opened).toEqual([
      { entryId: 'troubleshooting', asks: 3 },
      { entryId: 'upgrades', asks: 1 },
    ]);
    expect((await s.gap(g?.id ?? ''))?.opened).toEqual(g?.opened);
    // A suggestion clicked keeps the answer opened too, and is no gap.
    await s.recordCard(card('s1', 'suggested', 'tls thing', { channel: 'C3', userId: 'U5' }));
    expect(await s.markSuggestionClicked('U5', 'C3', 'mtls')).toBe('s1');
    expect(await s.db.get(`SELECT clicked, opened_entry FROM questions WHERE id = 's1'`)).toEqual({
      clicked: 1,
      opened_entry: 'mtls',
    });
    expect(await s.gaps()).toHaveLength(1);
  });

  it('groups fallbacks, unclicked suggestions and 👎 into gaps by normalised question', async () => {
    let now = Date.UTC(2026, 10, 1, 12);
    const s = await fx.open(await fx.fresh(), { now: () => now });
    await s.recordCard(card('f1', 'fallback', 'How do I rotate the trust anchor?'));
    now += 1000;
    await s.recordCard(
      card('f2', 'fallback', 'how do i rotate the trust   anchor', {
        surface: 'dm',
        channel: 'D9',
        userId: 'U2',
        threadTs: undefined,
      }),
    );
    await s.recordCard(
      card('s1', 'suggested', 'how do I rotate the trust anchor??', {
        channel: 'C2',
        threadTs: '2.2',
        userId: 'U3',
      }),
    );
    await s.recordCard(
      card('s2', 'suggested', 'egress gateway', { channel: 'C2', threadTs: '3.3', userId: 'U4' }),
    );
    // U4 clicked a suggestion: not a gap.
    expect(await s.markSuggestionClicked('U4', 'C2')).toBe('s2');
    expect(await s.sweepUnclicked(60_000)).toBe(0);
    now += 120_000;
    expect(await s.sweepUnclicked(60_000)).toBe(1);
    expect(await s.sweepUnclicked(60_000)).toBe(0);
    const gaps = await s.gaps();
    expect(gaps).toHaveLength(1);
    const g = gaps[0];
    expect(g).toMatchObject({ asks: 3, fallbacks: 2, unclicked: 1, downvotes: 0, status: 'open' });
    expect(g?.sample).toBe('How do I rotate the trust anchor?');
    expect(g?.channels).toEqual(['C1', 'C2', 'D9']);
    expect(g?.firstSeen).toBe(Date.UTC(2026, 10, 1, 12));
    expect(g?.lastSeen).toBe(Date.UTC(2026, 10, 1, 12) + 1000 + 120_000);
    // A 👎 on an answer to the same question counts too, once per person.
    await s.recordCard(
      card('a1', 'answered', 'how do I rotate the trust anchor', {
        channel: 'C3',
        userId: 'U5',
        entryId: 'mtls',
        threadTs: undefined,
      }),
    );
    await s.recordVote({ cardId: 'a1', userId: 'U6', vote: -1 });
    await s.recordVote({ cardId: 'a1', userId: 'U6', vote: -1 });
    expect((await s.gap(g?.id ?? ''))?.downvotes).toBe(1);
  });

  it('linking a gap adds learned phrasings, bumps the version and answers each thread once', async () => {
    const s = await fx.open(await fx.fresh());
    await s.recordCard(card('f1', 'fallback', 'rotate trust anchor?'));
    await s.recordCard(card('f2', 'fallback', 'Rotate trust anchor'));
    await s.recordCard(
      card('f3', 'fallback', 'rotate trust anchor!', {
        surface: 'dm',
        channel: 'D2',
        userId: 'U2',
        threadTs: undefined,
      }),
    );
    const [gap] = await s.gaps();
    const v0 = await s.phrasingsVersion();
    const linked = await s.linkGap(gap?.id ?? '', 'mtls', 'UCURATOR');
    expect(linked?.added).toEqual(['rotate trust anchor?']);
    expect(await s.phrasingsVersion()).not.toBe(v0);
    expect(await s.learnedPhrasings()).toEqual(new Map([['mtls', ['rotate trust anchor?']]]));
    expect((await s.gap(gap?.id ?? ''))?.status).toBe('linked');
    expect(await s.gaps()).toEqual([]);
    const askers = await s.askersToNotify(gap?.id ?? '');
    expect(askers.map((a) => [a.channel, a.threadTs])).toEqual([
      ['C1', '1.1'],
      ['D2', null],
    ]);
    for (const a of askers) expect(await s.claimAsker(gap?.id ?? '', a)).toBe(true);
    for (const a of askers) expect(await s.claimAsker(gap?.id ?? '', a)).toBe(false);
    expect(await s.askersToNotify(gap?.id ?? '')).toEqual([]);
    expect(await s.removePhrasing('mtls', 'rotate trust anchor?')).toBe(true);
    expect(await s.learnedPhrasings()).toEqual(new Map());
  });

  it('dismisses a gap with a reason', async () => {
    const s = await fx.open(await fx.fresh());
    await s.recordCard(
      card('f1', 'fallback', 'what is the weather', { threadTs: undefined, userId: undefined }),
    );
    const [gap] = await s.gaps();
    expect(await s.dismissGap(gap?.id ?? '', 'out_of_scope', 'UCUR')).toBe(true);
    expect(await s.gap(gap?.id ?? '')).toMatchObject({ status: 'dismissed', reason: 'out_of_scope' });
    expect(await s.dismissGap('nope', 'x', 'UCUR')).toBe(false);
  });

  it('a restart keeps feedback, gaps and learned phrasings', async () => {
    const where = await fx.fresh();
    const s1 = await fx.open(where);
    await s1.recordCard(
      card('a1', 'answered', 'mtls?', { surface: 'dm', channel: 'D1', entryId: 'mtls', threadTs: undefined }),
    );
    await s1.recordVote({ cardId: 'a1', userId: 'U1', vote: 1 });
    await s1.recordCard(
      card('f1', 'fallback', 'tell me about wasm plugins', {
        surface: 'dm',
        channel: 'D1',
        threadTs: undefined,
      }),
    );
    await s1.recordCard(
      card('f2', 'fallback', 'anything on sidecar sizing', {
        surface: 'dm',
        channel: 'D1',
        threadTs: undefined,
      }),
    );
    const gaps = await s1.gaps();
    await s1.linkGap(gaps.find((g) => g.sample?.includes('wasm'))?.id ?? '', 'traffic-management', 'UC');
    await s1.close();
    const s2 = await fx.open(where);
    expect(await s2.votes('a1')).toHaveLength(1);
    expect((await s2.gaps()).map((g) => g.sample)).toEqual(['anything on sidecar sizing']);
    expect(await s2.learnedPhrasings()).toEqual(
      new Map([['traffic-management', ['tell me about wasm plugins']]]),
    );
  });

  it('two stores sharing a database: one wins a job claim per period', async () => {
    const where = await fx.fresh();
    let now = 1_000_000_000;
    const a = await fx.open(where, { now: () => now });
    const b = await fx.open(where, { now: () => now });
    const week = 7 * 86_400_000;
    const first = await Promise.all([a.claimJob('digest', week, 'a'), b.claimJob('digest', week, 'b')]);
    expect(first.filter(Boolean)).toHaveLength(1);
    expect(await a.claimJob('digest', week, 'a')).toBe(false);
    now += week;
    const second = await Promise.all([b.claimJob('digest', week, 'b'), a.claimJob('digest', week, 'a')]);
    expect(second.filter(Boolean)).toHaveLength(1);
  });

  it('STORE_QUESTIONS=false keeps counts only', async () => {
    const s = await fx.open(await fx.fresh(), { storeQuestions: false });
    await s.recordCard(card('f1', 'fallback', 'secret project falcon?', { threadTs: undefined }));
    await s.recordCard(
      card('f2', 'fallback', 'Secret project Falcon', { userId: 'U2', threadTs: undefined }),
    );
    const [gap] = await s.gaps();
    expect(gap).toMatchObject({ asks: 2, sample: null });
    const dump = JSON.stringify([
      await s.db.all('SELECT * FROM questions'),
      await s.db.all('SELECT * FROM gap_asks'),
      await s.db.all('SELECT * FROM gaps'),
    ]);
    expect(dump).not.toMatch(/falcon/i);
  });

  it('forget me deletes what the store holds about a person; retention drops old text', async () => {
    let now = Date.UTC(2026, 0, 1);
    const s = await fx.open(await fx.fresh(), { now: () => now });
    await s.recordCard(
      card('a1', 'answered', 'old question', {
        surface: 'dm',
        channel: 'D1',
        entryId: 'mtls',
        threadTs: undefined,
      }),
    );
    await s.recordVote({ cardId: 'a1', userId: 'U1', vote: -1 });
    await s.createHandoff({ cardId: 'a1', userId: 'U1', channel: 'D1', expertsChannel: 'CEXP' });
    now += 100 * 86_400_000;
    await s.recordCard(
      card('a2', 'fallback', 'new question', {
        surface: 'dm',
        channel: 'D2',
        userId: 'U2',
        threadTs: undefined,
      }),
    );
    expect(await s.purgeText(90)).toBeGreaterThan(0);
    expect((await s.card('a1'))?.question).toBeNull();
    expect((await s.card('a2'))?.question).toBe('new question');
    expect(await s.forgetUser('U1')).toBeGreaterThanOrEqual(4);
    const h = s.userHash('U1');
    for (const t of ['questions', 'feedback', 'gap_asks', 'handoffs']) {
      expect(await s.db.get(`SELECT COUNT(*) AS n FROM ${t} WHERE user_hash = ?`, [h])).toEqual({ n: 0 });
    }
    expect(await s.card('a2')).toBeDefined();
  });

  it('counts questions per day by outcome, 👍 share per entry, top gaps and hand-offs', async () => {
    const now = Date.UTC(2026, 10, 30, 12);
    const s = await fx.open(await fx.fresh(), { now: () => now });
    await s.recordCard(
      card('a1', 'answered', 'q1', {
        surface: 'dm',
        entryId: 'mtls',
        channel: undefined,
        threadTs: undefined,
      }),
    );
    await s.recordCard(
      card('a2', 'answered', 'q2', {
        surface: 'dm',
        entryId: 'mtls',
        channel: undefined,
        threadTs: undefined,
      }),
    );
    await s.recordCard({ id: 's1', surface: 'dm', outcome: 'suggested', userId: 'U1', question: 'q3' });
    await s.recordCard({ id: 'f1', surface: 'dm', outcome: 'fallback', userId: 'U1', question: 'q4' });
    await s.recordVote({ cardId: 'a1', userId: 'U1', vote: 1 });
    await s.recordVote({ cardId: 'a2', userId: 'U2', vote: 1 });
    await s.recordVote({ cardId: 'a2', userId: 'U3', vote: -1 });
    const h = await s.createHandoff({ userId: 'U1', expertsChannel: 'CEXP' });
    await s.setHandoffPosted(h, '5.5');
    expect(await s.claimHandoffAnswer(h, 'https://x/y')).toBe(true);
    expect(await s.claimHandoffAnswer(h, 'https://x/z')).toBe(false);
    const st = await s.stats(7);
    expect(st.days).toHaveLength(7);
    expect(st.days.at(-1)).toEqual({ day: '2026-11-30', answered: 2, suggested: 1, fallback: 1 });
    expect(st.totals).toEqual({ answered: 2, suggested: 1, fallback: 1, questions: 4 });
    expect(st.answeredShare).toBe(0.5);
    expect(st.votes).toEqual([{ entryId: 'mtls', up: 2, down: 1, upShare: 2 / 3 }]);
    expect(st.topGaps.map((g) => g.asks).sort()).toEqual([1, 1]);
    expect(st.handoffs).toEqual({ total: 1, answered: 1 });
  });

  it('hashes user ids with the secret (another secret, another hash)', async () => {
    const s = await fx.open(await fx.fresh());
    const other = new LoopStore(s.db, { hashSecret: `${TEST_SECRET}x`, storeQuestions: true });
    expect(s.userHash('U1')).not.toBe(other.userHash('U1'));
    expect(s.userHash('U1')).toBe(s.userHash('U1'));
  });
});
