/** Private askers (/mesh): sealed ids, one answer per person across replicas, forget me, retention. */
import { describe, expect, it } from 'vitest';
import { PrivateAskers } from '../../src/store/index.js';
import { BACKENDS, card, TEST_SECRET, useBackend } from './helpers/backends.js';

describe.each(BACKENDS)('private askers on %s', (backend) => {
  const fx = useBackend(backend);

  it('are answered once across replicas, keep ids sealed, and go with forget me and retention', async () => {
    const where = await fx.fresh();
    let now = Date.UTC(2026, 10, 1);
    const [s1, s2] = await Promise.all([
      fx.open(where, { now: () => now }),
      fx.open(where, { now: () => now }),
    ]);
    const askersOf = (s: typeof s1, secret = TEST_SECRET) =>
      new PrivateAskers(s.db, { secret, userHash: (id) => s.userHash(id), now: () => now });
    const [p1, p2] = [askersOf(s1), askersOf(s2)];
    const ask = async (id: string, user: string, surface = 'command') => {
      await s1.recordCard(
        card(id, 'fallback', 'giraffe mural?', { surface, threadTs: undefined, userId: user }),
      );
      await p1.remember(id, user);
    };
    // Real-length ids: a two-letter id can turn up by chance inside random base64 ciphertext.
    const [UA, UB] = ['U01ASKERAAA', 'U01ASKERBBB'];
    await ask('q1', UA);
    await ask('q2', UA);
    await ask('q3', UB);
    const [gap] = await s1.gaps();
    expect(gap?.asks).toBe(3);
    const stored = await s1.db.all<{ reply_to: string }>('SELECT reply_to FROM private_askers');
    expect(stored.every((r) => r.reply_to && !r.reply_to.includes(UA) && !r.reply_to.includes(UB))).toBe(
      true,
    );
    // Another secret cannot read them.
    expect(await askersOf(s1, 'another-secret-0123456789').forGap(gap?.id ?? '')).toEqual([]);
    // The channel-thread path never sees private asks (no top-level post in the channel).
    expect(await s1.askersToNotify(gap?.id ?? '')).toEqual([]);
    const found = await p2.forGap(gap?.id ?? '');
    expect(found.map((a) => a.userId)).toEqual([UA, UB]);
    // Two replicas claim at once: each person is answered by exactly one of them.
    const claims = await Promise.all(
      found.flatMap((a) => [p1.claim(gap?.id ?? '', a), p2.claim(gap?.id ?? '', a)]),
    );
    expect(claims.filter(Boolean)).toHaveLength(2);
    expect(await p1.forGap(gap?.id ?? '')).toEqual([]);
    expect(await s1.db.get('SELECT COUNT(*) AS n FROM private_askers WHERE reply_to IS NOT NULL')).toEqual({
      n: 0,
    });
    // Forget me and retention.
    await ask('q4', 'UC');
    expect(await p1.forget('UC')).toBe(1);
    await ask('q5', 'UD');
    now += 91 * 86_400_000;
    expect(await p1.purge(90)).toBe(4);
    expect(await s1.db.get('SELECT COUNT(*) AS n FROM private_askers')).toEqual({ n: 0 });
  });
});
