/**
 * Installs in any workspace (issue 11 part 5), through the real Bolt app over loopback against the
 * stand-in Web API, on both stores: GET /slack/install sets a state, Slack's redirect with code and
 * state exchanges the code at oauth.v2.access, and the stored (encrypted) token answers that team's
 * mention; a forged or replayed state is refused; an org-wide install answers a team of its
 * enterprise; a rotating token is refreshed once it expires; app_uninstalled and tokens_revoked
 * delete the install. The stand-in records which token each call used.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createCore } from '../../src/core.js';
import { createLogger } from '../../src/logger.js';
import { startServer } from '../../src/server.js';
import { BOT_SCOPES } from '../../src/slack/installs.js';
import { StartupError } from '../../src/slack/startup.js';
import { openStore } from '../../src/store/index.js';
import { SqlInstallationStore } from '../../src/store/installations.js';
import { ROOT } from '../helpers/kb.js';
import { BACKENDS } from '../store/helpers/backends.js';
import { type PostgresServer, startPostgres } from '../store/helpers/postgres-server.js';
import type { InstallGrant } from './helpers/fake-slack.js';
import { type Harness, startHarness } from './helpers/harness.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  install,
  KEY,
  lastCode,
  lastIssued,
  OAUTH_ENV,
  STATE_SECRET,
  teamEvent,
  teamMention,
  workspaceGrant,
} from './helpers/oauth.js';

describe('OAuth install settings beside manifest.json', () => {
  it('asks for exactly the manifest bot scopes (required and optional), and the manifest lists the redirect URL and the events', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
      oauth_config: { scopes: { bot: string[]; bot_optional?: string[] }; redirect_urls: string[] };
      settings: { event_subscriptions: { bot_events: string[] }; org_deploy_enabled: boolean };
    };
    const { bot, bot_optional = [] } = manifest.oauth_config.scopes;
    expect([...BOT_SCOPES].sort()).toEqual([...bot, ...bot_optional].sort());
    expect(manifest.oauth_config.redirect_urls).toContain('https://meshbot.example.com/slack/oauth_redirect');
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_uninstalled', 'tokens_revoked']),
    );
    expect(manifest.settings.org_deploy_enabled).toBe(true);
  });
});

describe.each(BACKENDS)('OAuth install over loopback on %s', (backend) => {
  let h: Harness;
  let pg: PostgresServer | undefined;
  beforeAll(async () => {
    const env: Record<string, string> = { ...OAUTH_ENV };
    if (backend === 'postgres') {
      pg = await startPostgres();
      env.DATABASE_URL = await pg.createDatabase();
    }
    h = await startHarness(env);
    h.slack.oauthApp = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await pg?.stop();
  });
  beforeEach(() => h.slack.reset());

  it('installs in a workspace, then answers its mention with the stored token (encrypted at rest)', async () => {
    const grant = workspaceGrant('TALPHA1');
    const { res } = await install(h, grant);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('meshbot is installed');
    // The code was exchanged once, with the client credentials, and the new token checked.
    const [exchange] = h.slack.callsTo('oauth.v2.access');
    expect(exchange?.args).toMatchObject({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
    expect(exchange?.args.code).toBe(lastCode());
    const token = lastIssued(h);
    expect(h.slack.callsTo('auth.test').map((c) => c.token)).toEqual([token]);

    // The raw row holds ids, never a token.
    const rows = await h.loop.store.db.all('SELECT * FROM slack_installations');
    expect(rows).toEqual([expect.objectContaining({ id: 'team:TALPHA1', team_id: 'TALPHA1' })]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toMatch(/xox[a-z]-/);

    h.slack.reset();
    await h.event(
      teamMention('how does mtls work in linkerd?', 'CALPHA', '200.1', {
        teamId: 'TALPHA1',
        botUserId: grant.botUserId,
      }),
    );
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post?.args).toMatchObject({ channel: 'CALPHA', thread_ts: '200.1' });
    expect(post?.token).toBe(token);
    expect(post?.ok).toBe(true);
    // Every call of that event used the installation's token.
    expect(h.slack.calls.filter((c) => c.method !== 'response_url').every((c) => c.token === token)).toBe(
      true,
    );

    // App Home in that team is published with the same token (Bolt's listener client).
    h.slack.reset();
    await h.event(
      teamEvent(
        { type: 'app_home_opened', user: 'UASKER1', tab: 'home', channel: 'DHOME' },
        {
          teamId: 'TALPHA1',
          botUserId: grant.botUserId,
        },
      ),
    );
    const [publish] = await h.slack.waitFor('views.publish');
    expect(publish?.token).toBe(token);
  });

  it('answers each workspace with its own token, and an unknown workspace not at all', async () => {
    const a = workspaceGrant('TBRAVO1');
    const b = workspaceGrant('TCHARLIE1');
    await install(h, a);
    const tokenA = lastIssued(h);
    await install(h, b);
    const tokenB = lastIssued(h);
    expect(tokenA).not.toBe(tokenB);
    h.slack.reset();
    await h.event(
      teamMention('what is ambient mode', 'CB', '300.1', {
        teamId: 'TCHARLIE1',
        botUserId: b.botUserId,
      }),
    );
    await h.event(
      teamMention('what is ambient mode', 'CA', '300.2', {
        teamId: 'TBRAVO1',
        botUserId: a.botUserId,
      }),
    );
    const posts = await h.slack.waitFor('chat.postMessage', 2);
    const byChannel = Object.fromEntries(posts.map((p) => [p.args.channel, p.token]));
    // Both replies went through the reply worker (the outbox), each with its team's token.
    expect(byChannel).toEqual({ CA: tokenA, CB: tokenB });

    h.slack.reset();
    const res = await h.event(
      teamMention('what is ambient mode', 'CX', '300.3', {
        teamId: 'TNEVER1',
        botUserId: 'UBOTX',
      }),
    );
    expect(res.status).toBeLessThan(500);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
  });

  it('refuses a forged state, a state without its cookie, and a replayed one', async () => {
    const forged = await fetch(`${h.url}/slack/oauth_redirect?code=code-x&state=abc.def`, {
      headers: { cookie: 'slack-app-oauth-state=abc.def' },
    });
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('expired or was already used');

    // A real state, but not from this browser (no cookie).
    const start = await fetch(`${h.url}/slack/install`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const noCookie = await fetch(
      `${h.url}/slack/oauth_redirect?code=code-y&state=${encodeURIComponent(state)}`,
    );
    expect(noCookie.status).toBe(400);

    // A completed install's redirect, replayed with its cookie.
    const { res, redirect, cookie } = await install(h, workspaceGrant('TDELTA1'));
    expect(res.status).toBe(200);
    const exchanges = h.slack.callsTo('oauth.v2.access').length;
    const replay = await fetch(redirect, { headers: { cookie } });
    expect(replay.status).toBe(400);
    // Refused before any code exchange: Slack was never asked.
    expect(h.slack.callsTo('oauth.v2.access')).toHaveLength(exchanges);
    expect(exchanges).toBe(1);
  });

  it('an Enterprise Grid org-wide install answers a team of that enterprise', async () => {
    const grant: InstallGrant = {
      team: null,
      enterprise: { id: 'EORG1', name: 'Org' },
      isEnterpriseInstall: true,
      botUserId: 'UBOTORG1',
      botId: 'BORG1',
    };
    const { res } = await install(h, grant);
    expect(res.status).toBe(200);
    const token = lastIssued(h);
    const row = await h.loop.store.db.get(
      'SELECT id, enterprise_id, team_id, is_enterprise_install FROM slack_installations WHERE id = ?',
      ['enterprise:EORG1'],
    );
    expect(row).toMatchObject({ id: 'enterprise:EORG1', enterprise_id: 'EORG1', team_id: null });
    expect(Number(row?.is_enterprise_install)).toBe(1);

    h.slack.reset();
    await h.event(
      teamMention('istio or linkerd for a small team?', 'CORGTEAM', '400.1', {
        teamId: 'TINORG7',
        enterpriseId: 'EORG1',
        orgWide: true,
        botUserId: 'UBOTORG1',
      }),
    );
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post?.token).toBe(token);
    expect(post?.args.channel).toBe('CORGTEAM');
  });

  it('refreshes a rotating token once it has expired, and stores the new one encrypted', async () => {
    const grant = workspaceGrant('TECHO1', { expiresIn: 43_200 });
    await install(h, grant);
    const first = lastIssued(h);
    expect(first.startsWith('xoxe.xoxb-')).toBe(true);
    const db = h.loop.store.db;

    // Twelve hours pass: the token Slack issued has expired, and so says the stored expiry.
    const issued = h.slack.tokens.get(first);
    if (issued) issued.expiresAt = Date.now() - 1000;
    const installs = new SqlInstallationStore(db, KEY);
    const before = await installs.find({ teamId: 'TECHO1' });
    expect(before?.bot?.token).toBe(first);
    const refreshToken = before?.bot?.refreshToken;
    expect(refreshToken).toMatch(/^xoxe-1-/);
    if (!before?.bot) throw new Error('no bot in the installation');
    await installs.storeInstallation({
      ...before,
      bot: { ...before.bot, expiresAt: Math.floor(Date.now() / 1000) - 60 },
    });

    h.slack.reset();
    await h.event(
      teamMention('what is ambient mode', 'CECHO', '500.1', {
        teamId: 'TECHO1',
        botUserId: grant.botUserId,
      }),
    );
    const [post] = await h.slack.waitFor('chat.postMessage');
    const [refresh] = h.slack.callsTo('oauth.v2.access');
    expect(refresh?.args).toMatchObject({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
    const second = lastIssued(h);
    expect(second).not.toBe(first);
    expect(post?.token).toBe(second);
    expect(post?.ok).toBe(true);
    // No call went out with the expired token.
    expect(h.slack.calls.some((c) => c.token === first)).toBe(false);
    const after = await installs.find({ teamId: 'TECHO1' });
    expect(after?.bot?.token).toBe(second);
    expect(after?.bot?.expiresAt).toBeGreaterThan(Date.now() / 1000 + 40_000);
    expect(JSON.stringify(await db.all('SELECT * FROM slack_installations'))).not.toContain(second);
  });

  it('app_uninstalled and tokens_revoked delete what was stored; that team then gets nothing', async () => {
    const a = workspaceGrant('TFOX1');
    const b = workspaceGrant('TGOLF1');
    await install(h, a);
    await install(h, b);
    const count = async (id: string) =>
      Number(
        (
          await h.loop.store.db.get<{ n: number }>(
            'SELECT COUNT(*) AS n FROM slack_installations WHERE id = ?',
            [id],
          )
        )?.n,
      );
    expect(await count('team:TFOX1')).toBe(1);

    const un = await h.event(
      teamEvent({ type: 'app_uninstalled' }, { teamId: 'TFOX1', botUserId: a.botUserId }),
    );
    expect(un.status).toBe(200);
    await until(async () => (await count('team:TFOX1')) === 0);
    expect(await count('team:TGOLF1')).toBe(1);

    await h.event(
      teamEvent(
        { type: 'tokens_revoked', tokens: { oauth: [], bot: [b.botUserId] } },
        { teamId: 'TGOLF1', botUserId: b.botUserId },
      ),
    );
    await until(async () => (await count('team:TGOLF1')) === 0);

    h.slack.reset();
    await h.event(
      teamMention('what is ambient mode', 'CFOX', '600.1', {
        teamId: 'TFOX1',
        botUserId: a.botUserId,
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
  });
});

describe('OAuth start-up with the wrong TOKEN_ENCRYPTION_KEY', () => {
  it('stops with a StartupError naming TOKEN_ENCRYPTION_KEY instead of using garbage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshbot-oauth-key-'));
    try {
      const seeded = await openStore({ dataDir: dir }, { hashSecret: 'x'.repeat(20), storeQuestions: true });
      await new SqlInstallationStore(seeded.db, KEY).storeInstallation({
        team: { id: 'TKEY1', name: 'Key' },
        enterprise: undefined,
        isEnterpriseInstall: false,
        authVersion: 'v2',
        user: { id: 'U1', token: undefined, scopes: undefined },
        bot: { id: 'B1', userId: 'U2', token: 'xoxb-stored-with-the-old-key', scopes: ['chat:write'] },
      });
      await seeded.close();
      const config = loadConfig({
        DATA_DIR: dir,
        PORT: '0',
        PUBLIC_BASE_URL: 'https://meshbot.example.com',
        SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789',
        SLACK_CLIENT_ID: CLIENT_ID,
        SLACK_CLIENT_SECRET: CLIENT_SECRET,
        SLACK_STATE_SECRET: STATE_SECRET,
        TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      });
      const err = await startServer({
        config,
        core: createCore({ baseUrl: config.publicBaseUrl }),
        logger: createLogger({ level: 'silent' }),
        shedding: false,
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StartupError);
      expect(err).toMatchObject({ setting: 'TOKEN_ENCRYPTION_KEY' });
      expect((err as Error).message).toMatch(/TOKEN_ENCRYPTION_KEY is not the key it was stored with/);
      expect((err as Error).message).not.toContain('xoxb');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function until(ok: () => Promise<boolean>, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
