/**
 * Two replicas (two cores, two loops) sharing one store: both see the same gaps, a gap linked on
 * one reaches the other's matcher through the phrasings-version poll, and a restart keeps it all.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createCore } from '../../src/core.js';
import { createLogger } from '../../src/logger.js';
import { openLoop } from '../../src/loop/index.js';
import { loopRoutes } from '../../src/loop/routes.js';
import { statsChartSvg, statsPage } from '../../src/loop/stats-page.js';
import { BACKENDS, card, useBackend } from '../store/helpers/backends.js';

const silent = createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

describe.each(BACKENDS)('replicas sharing a %s store', (backend) => {
  const fx = useBackend(backend);

  it('see the same gaps; a link on one reaches the other within a poll; a restart keeps it', async () => {
    const where = await fx.fresh();
    const config = loadConfig({
      DATA_DIR: where.dataDir || '/nonexistent',
      ...(where.databaseUrl ? { DATABASE_URL: where.databaseUrl } : {}),
      USER_HASH_SECRET: 'replica-test-secret-0123456789',
    });
    const coreA = createCore({ baseUrl: 'https://a.example' });
    const coreB = createCore({ baseUrl: 'https://b.example' });
    const a = await openLoop(config, coreA, silent, { background: false });
    const b = await openLoop(config, coreB, silent, { pollMs: 100 });
    try {
      await a.store.recordCard(card('f1', 'fallback', 'does the frobnicator support quux?'));
      await b.store.recordCard(
        card('f2', 'fallback', 'Does the frobnicator support quux', {
          surface: 'dm',
          channel: 'D2',
          userId: 'U2',
          threadTs: undefined,
        }),
      );
      const [gapA] = await a.store.gaps();
      const [gapB] = await b.store.gaps();
      expect(gapA).toEqual(gapB);
      expect(gapA?.asks).toBe(2);
      const matcherB = coreB.matcher;
      await a.store.linkGap(gapA?.id ?? '', 'mtls', 'UCUR');
      expect(await a.syncPhrasings()).toBe(true);
      expect(coreA.learnedPhrasings().get('mtls')).toEqual(['does the frobnicator support quux?']);
      // B polls every 100 ms: its matcher is rebuilt with the learned phrasing.
      const deadline = Date.now() + 3000;
      while (!coreB.learnedPhrasings().has('mtls') && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 25));
      expect(coreB.learnedPhrasings().get('mtls')).toEqual(['does the frobnicator support quux?']);
      expect(coreB.matcher).not.toBe(matcherB);
      expect(await b.syncPhrasings()).toBe(false);
    } finally {
      await a.close();
      await b.close();
    }
    // A restart (a new process) loads the learned phrasings at start-up.
    const coreC = createCore({ baseUrl: 'https://c.example' });
    const c = await openLoop(config, coreC, silent, { background: false });
    try {
      expect(coreC.learnedPhrasings().get('mtls')).toEqual(['does the frobnicator support quux?']);
      expect((await c.store.gaps({ status: 'linked' })).map((g) => g.asks)).toEqual([2]);
    } finally {
      await c.close();
    }
  });
});

describe('the /stats page', () => {
  const stats = {
    days: [
      { day: '2026-11-29', answered: 3, suggested: 1, fallback: 2 },
      { day: '2026-11-30', answered: 5, suggested: 0, fallback: 1 },
    ],
    totals: { answered: 8, suggested: 1, fallback: 3, questions: 12 },
    answeredShare: 8 / 12,
    votes: [{ entryId: 'mtls', up: 3, down: 1, upShare: 0.75 }],
    topGaps: [{ id: 'g', sample: 'secret <script>alert(1)</script> question', asks: 4 }],
    handoffs: { total: 2, answered: 1 },
  };

  it('draws stacked bars per day, with the totals, and no question text', () => {
    const html = statsPage(stats, new Map([['mtls', 'How mTLS works']]));
    expect(html).toContain('<svg');
    expect((html.match(/<rect /g) ?? []).length).toBe(5 + 3);
    expect(html).toContain('67%');
    expect(html).toContain('How mTLS works');
    expect(html).not.toContain('secret');
    expect(html).not.toContain('<script>');
  });

  it('scales the axis to round numbers', () => {
    const svg = statsChartSvg([{ day: '2026-11-30', answered: 37, suggested: 0, fallback: 0 }]);
    expect(svg).toContain('>40</text>');
  });

  it('can be switched off', () => {
    const loop = { settings: { statsPage: false } } as never;
    expect(loopRoutes(loop, createCore({ baseUrl: 'https://x' }), {} as never, silent)).toEqual([]);
  });
});
