/**
 * The Slack-native state of the store (src/store/threads.ts) on both backends: thread contexts and
 * their expiry, channel settings that change once, the one-suggestion-per-10-minutes claim, and
 * `/mesh forget me`.
 */
import { describe, expect, it } from 'vitest';
import { SETTING_DEFAULTS } from '../../src/store/threads.js';
import { BACKENDS, useBackend } from './helpers/backends.js';

const MIN = 60_000;

describe.each(BACKENDS)('thread store on %s', (backend) => {
  const fx = useBackend(backend);

  it('keeps a thread context until it expires, with its asker hashed, topic and meshes', async () => {
    const s = await fx.open(await fx.fresh());
    const t0 = 1_800_000_000_000;
    await s.threads.remember(
      {
        channel: 'C1',
        threadTs: '100.1',
        userId: 'UASKER',
        cardId: 'card1',
        entryId: 'mtls',
        meshes: ['istio'],
      },
      t0,
      t0 + 30 * MIN,
    );
    const c = await s.threads.active('C1', '100.1', t0 + 29 * MIN);
    expect(c).toMatchObject({
      cardId: 'card1',
      entryId: 'mtls',
      meshes: ['istio'],
      expiresAt: t0 + 30 * MIN,
    });
    expect(c && s.threads.isAsker(c, 'UASKER')).toBe(true);
    expect(c && s.threads.isAsker(c, 'USTRANGER')).toBe(false);
    expect(JSON.stringify(await s.db.all('SELECT * FROM thread_contexts'))).not.toContain('UASKER');
    // Expired at 30 minutes; other threads were never there.
    expect(await s.threads.active('C1', '100.1', t0 + 30 * MIN)).toBeUndefined();
    expect(await s.threads.active('C1', '100.2', t0)).toBeUndefined();
    expect(await s.threads.active('C2', '100.1', t0)).toBeUndefined();
    // A later answer in the thread replaces the context and its expiry.
    await s.threads.remember(
      { channel: 'C1', threadTs: '100.1', userId: 'UASKER', entryId: 'cost', meshes: [] },
      t0 + 20 * MIN,
      t0 + 50 * MIN,
    );
    expect(await s.threads.active('C1', '100.1', t0 + 45 * MIN)).toMatchObject({
      entryId: 'cost',
      meshes: [],
    });
    // Contexts expired for over a day are deleted when another thread is remembered.
    await s.threads.remember(
      { channel: 'C9', threadTs: '1.1', userId: 'U9' },
      t0 + 2 * 1440 * MIN,
      t0 + 2 * 1440 * MIN + 30 * MIN,
    );
    expect(await s.db.all('SELECT channel FROM thread_contexts')).toEqual([{ channel: 'C9' }]);
  });

  it('channel settings default to follow-ups on and suggestions off, and change once', async () => {
    const s = await fx.open(await fx.fresh());
    expect(SETTING_DEFAULTS).toEqual({ followups: true, suggest: false });
    expect(await s.threads.setting('C1', 'followups')).toBe(true);
    expect(await s.threads.setting('C1', 'suggest')).toBe(false);
    // Turning on what is already on (the default) changes nothing.
    expect(await s.threads.setSetting('C1', 'followups', true, 'U1', 1)).toBe(false);
    expect(await s.threads.setSetting('C1', 'suggest', true, 'U1', 2)).toBe(true);
    expect(await s.threads.setSetting('C1', 'suggest', true, 'U2', 3)).toBe(false);
    expect(await s.threads.setting('C1', 'suggest')).toBe(true);
    expect(await s.threads.setting('C2', 'suggest')).toBe(false);
    expect(await s.threads.setSetting('C1', 'followups', false, 'U1', 4)).toBe(true);
    expect(await s.threads.setting('C1', 'followups')).toBe(false);
    // Two replicas turning the same setting on at once: exactly one of them changed it.
    const both = await Promise.all([
      s.threads.setSetting('C3', 'suggest', true, 'U1', 5),
      s.threads.setSetting('C3', 'suggest', true, 'U2', 5),
    ]);
    expect(both.filter(Boolean)).toHaveLength(1);
  });

  it('allows one suggestion per person per 10 minutes, across concurrent claims', async () => {
    const s = await fx.open(await fx.fresh());
    const t0 = 1_800_000_000_000;
    const every = 10 * MIN;
    const first = await Promise.all([0, 1, 2].map(() => s.threads.claimSuggestion('U1', t0, every)));
    expect(first.filter(Boolean)).toHaveLength(1);
    expect(await s.threads.claimSuggestion('U2', t0, every)).toBe(true);
    expect(await s.threads.claimSuggestion('U1', t0 + every - 1, every)).toBe(false);
    expect(await s.threads.claimSuggestion('U1', t0 + every, every)).toBe(true);
    expect(await s.threads.claimSuggestion('U1', t0 + every + 1, every)).toBe(false);
  });

  it('/mesh forget me deletes the person’s thread contexts and suggestion limit', async () => {
    const s = await fx.open(await fx.fresh());
    const t0 = Date.now();
    await s.threads.remember(
      { channel: 'C1', threadTs: '1.1', userId: 'UGONE', entryId: 'mtls' },
      t0,
      t0 + 30 * MIN,
    );
    await s.threads.remember(
      { channel: 'C1', threadTs: '2.1', userId: 'USTAYS', entryId: 'mtls' },
      t0,
      t0 + 30 * MIN,
    );
    await s.threads.claimSuggestion('UGONE', t0, 10 * MIN);
    await s.threads.setSetting('C1', 'suggest', true, 'UGONE', t0);
    expect(await s.forgetUser('UGONE')).toBeGreaterThanOrEqual(3);
    expect(await s.threads.active('C1', '1.1', t0)).toBeUndefined();
    expect(await s.threads.active('C1', '2.1', t0)).toBeDefined();
    expect(await s.threads.claimSuggestion('UGONE', t0 + 1, 10 * MIN)).toBe(true);
    expect(await s.db.get('SELECT set_by FROM channel_settings')).toEqual({ set_by: null });
    // The channel keeps its setting: it belongs to the channel, not to the person.
    expect(await s.threads.setting('C1', 'suggest')).toBe(true);
  });
});
