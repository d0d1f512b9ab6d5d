/**
 * The OAuth install's stores (src/store/installations.ts) on SQLite and PostgreSQL: installations
 * keyed by team and by enterprise (org-wide), tokens encrypted at rest (the raw row holds none), a
 * wrong key refused with a clear error, and install states that work once.
 */
import { randomBytes } from 'node:crypto';
import type { Installation } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import {
  SqlInstallationStore,
  SqlStateStore,
  TokenCipher,
  TokenKeyError,
} from '../../src/store/installations.js';
import { BACKENDS, useBackend } from './helpers/backends.js';

const KEY = randomBytes(32);
const BOT_TOKEN = `xoxb-${randomBytes(6).toString('hex')}-workspace`;
const REFRESH = `xoxe-1-${randomBytes(6).toString('hex')}`;

function workspace(teamId: string, token = BOT_TOKEN, enterpriseId?: string): Installation<'v2', false> {
  return {
    team: { id: teamId, name: `Team ${teamId}` },
    enterprise: enterpriseId ? { id: enterpriseId, name: 'Org' } : undefined,
    isEnterpriseInstall: false,
    authVersion: 'v2',
    appId: 'A0APP',
    user: { id: 'U0INSTALLER', token: undefined, scopes: undefined },
    bot: {
      id: 'B1',
      userId: 'U0BOT',
      token,
      scopes: ['chat:write'],
      refreshToken: REFRESH,
      expiresAt: 1_900_000_000,
    },
  };
}

function orgWide(enterpriseId: string, token: string): Installation<'v2', true> {
  return {
    team: undefined,
    enterprise: { id: enterpriseId, name: 'Org' },
    isEnterpriseInstall: true,
    authVersion: 'v2',
    appId: 'A0APP',
    enterpriseUrl: 'https://org.enterprise.slack.com/',
    user: { id: 'U0INSTALLER', token: undefined, scopes: undefined },
    bot: { id: 'B2', userId: 'U0BOTORG', token, scopes: ['chat:write'] },
  };
}

describe('TokenCipher', () => {
  it('uses a fresh IV per value and refuses another key or another row', () => {
    const c = new TokenCipher(KEY);
    const a = c.encrypt('xoxb-secret', 'team:T1');
    const b = c.encrypt('xoxb-secret', 'team:T1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('xoxb');
    expect(c.decrypt(a, 'team:T1')).toBe('xoxb-secret');
    expect(() => new TokenCipher(randomBytes(32)).decrypt(a, 'team:T1')).toThrow(TokenKeyError);
    expect(() => c.decrypt(a, 'team:T2')).toThrow(/TOKEN_ENCRYPTION_KEY is not the key it was stored with/);
    const [v, iv, tag, body] = a.split('.') as [string, string, string, string];
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => c.decrypt([v, iv, tag, flipped.toString('base64url')].join('.'), 'team:T1')).toThrow(
      TokenKeyError,
    );
  });
});

describe.each(BACKENDS)('installation store on %s', (backend) => {
  const fx = useBackend(backend);

  it('stores a workspace install encrypted: the raw row holds no token', async () => {
    const loop = await fx.open(await fx.fresh());
    const store = new SqlInstallationStore(loop.db, KEY);
    await store.storeInstallation(workspace('T1'));
    const rows = await loop.db.all('SELECT * FROM slack_installations');
    expect(rows).toHaveLength(1);
    const raw = JSON.stringify(rows);
    expect(raw).not.toContain(BOT_TOKEN);
    expect(raw).not.toContain(REFRESH);
    expect(raw).not.toMatch(/xox[a-z]-/);
    expect(rows[0]).toMatchObject({ id: 'team:T1', team_id: 'T1' });
    const back = await store.fetchInstallation({
      teamId: 'T1',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(back.bot?.token).toBe(BOT_TOKEN);
    expect(back.bot?.refreshToken).toBe(REFRESH);
  });

  it('keys org-wide installs by enterprise: any team of that enterprise finds it', async () => {
    const loop = await fx.open(await fx.fresh());
    const store = new SqlInstallationStore(loop.db, KEY);
    await store.storeInstallation(orgWide('E1', 'xoxb-org-token'));
    await store.storeInstallation(workspace('T9', 'xoxb-own-token', 'E1'));
    expect(
      (await store.find({ teamId: 'T7', enterpriseId: 'E1', isEnterpriseInstall: true }))?.bot?.token,
    ).toBe('xoxb-org-token');
    // A team of the enterprise with no install of its own falls back to the org-wide one.
    expect((await store.find({ teamId: 'T8', enterpriseId: 'E1' }))?.bot?.token).toBe('xoxb-org-token');
    // A workspace install in the enterprise is its own row.
    expect((await store.find({ teamId: 'T9', enterpriseId: 'E1' }))?.bot?.token).toBe('xoxb-own-token');
    expect(await store.find({ teamId: 'T8' })).toBeUndefined();
    await expect(
      store.fetchInstallation({ teamId: 'T8', enterpriseId: undefined, isEnterpriseInstall: false }),
    ).rejects.toThrow(/No installation/);
  });

  it('re-installing replaces the tokens and keeps the first install time', async () => {
    let now = 1_000;
    const loop = await fx.open(await fx.fresh());
    const store = new SqlInstallationStore(loop.db, KEY, () => now);
    await store.storeInstallation(workspace('T1', 'xoxb-first'));
    await store.storeInstallation(workspace('T2', 'xoxb-second-team'));
    now = 5_000;
    await store.storeInstallation(workspace('T1', 'xoxb-again'));
    expect((await store.find({ teamId: 'T1' }))?.bot?.token).toBe('xoxb-again');
    expect(await store.count()).toBe(2);
    const row = await loop.db.get<{ installed_at: number; updated_at: number }>(
      `SELECT installed_at, updated_at FROM slack_installations WHERE id = 'team:T1'`,
    );
    expect(row).toEqual({ installed_at: 1_000, updated_at: 5_000 });
    expect(await store.first()).toEqual({ teamId: 'T1', isEnterpriseInstall: false });
  });

  it('deletes one team, or a whole enterprise after an org-wide uninstall', async () => {
    const loop = await fx.open(await fx.fresh());
    const store = new SqlInstallationStore(loop.db, KEY);
    await store.storeInstallation(workspace('T1'));
    await store.storeInstallation(workspace('T2'));
    await store.storeInstallation(orgWide('E1', 'xoxb-org'));
    await store.storeInstallation(workspace('T3', 'xoxb-in-org', 'E1'));
    expect(await store.remove({ teamId: 'T1' })).toBe(1);
    expect(await store.find({ teamId: 'T1' })).toBeUndefined();
    expect(await store.find({ teamId: 'T2' })).toBeDefined();
    expect(await store.remove({ enterpriseId: 'E1', isEnterpriseInstall: true })).toBe(2);
    expect(await store.count()).toBe(1);
  });

  it('a wrong TOKEN_ENCRYPTION_KEY is a clear error, never garbage', async () => {
    const where = await fx.fresh();
    const loop = await fx.open(where);
    await new SqlInstallationStore(loop.db, KEY).storeInstallation(workspace('T1'));
    const wrong = new SqlInstallationStore(loop.db, randomBytes(32));
    await expect(wrong.find({ teamId: 'T1' })).rejects.toBeInstanceOf(TokenKeyError);
    await expect(wrong.checkKey()).rejects.toThrow(/TOKEN_ENCRYPTION_KEY/);
    await expect(new SqlInstallationStore(loop.db, KEY).checkKey()).resolves.toBeUndefined();
  });

  it('an install state works once, only with its signature, and not after it expires', async () => {
    const loop = await fx.open(await fx.fresh());
    const states = new SqlStateStore(loop.db, 'state-secret-0123456789');
    const opts = { scopes: ['chat:write'], redirectUri: 'https://x.example/slack/oauth_redirect' };
    const now = new Date();
    const state = await states.generateStateParam(opts, now);
    // Only a hash is stored, never the state itself.
    expect(JSON.stringify(await loop.db.all('SELECT * FROM oauth_states'))).not.toContain(
      state.split('.')[0],
    );
    const [nonce] = state.split('.');
    await expect(states.verifyStateParam(now, `${nonce}.forged`)).rejects.toMatchObject({
      code: 'slack_oauth_invalid_state',
    });
    await expect(
      new SqlStateStore(loop.db, 'another-secret-0123456789').verifyStateParam(now, state),
    ).rejects.toMatchObject({ code: 'slack_oauth_invalid_state' });
    expect(await states.verifyStateParam(now, state)).toEqual(opts);
    await expect(states.verifyStateParam(now, state)).rejects.toThrow(/already used/);
    const old = await states.generateStateParam(opts, now);
    await expect(states.verifyStateParam(new Date(now.getTime() + 601_000), old)).rejects.toThrow(/expired/);
    // Two replicas racing for one state: exactly one wins.
    const raced = await states.generateStateParam(opts, now);
    const results = await Promise.allSettled([
      states.verifyStateParam(now, raced),
      states.verifyStateParam(now, raced),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});
