/**
 * Installs in any workspace (issue 11 part 5): Bolt's built-in OAuth (`/slack/install`,
 * `/slack/oauth_redirect`) with the installation store in the database, and one way for every part
 * of the app to get the bot token of a team: `tokenFor(team)`.
 *
 * - Single-workspace mode (SLACK_BOT_TOKEN): tokenFor answers that token for every team.
 * - OAuth mode: tokenFor asks the installer's authorize(), which reads the team's installation (or
 *   its enterprise's org-wide one) and, when the token rotates (it has a refresh token), refreshes
 *   it with oauth.v2.access once it is within two hours of expiry and stores the new one.
 * - Listener work runs inside `runWithTeam`, so replies queued from a listener carry their team and
 *   the reply worker posts them with that team's token, whichever replica posts them.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { App, CodedError, HTTPReceiverOptions, InstallProviderOptions } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Db } from '../store/db.js';
import { SqlInstallationStore, SqlStateStore, type TeamRef, TokenKeyError } from '../store/installations.js';

export type { TeamRef } from '../store/installations.js';

/** The bot scopes an install asks for: manifest.json's (tests/slack/oauth.test.ts keeps them equal). */
export const BOT_SCOPES = [
  'app_mentions:read',
  'assistant:write',
  'chat:write',
  'commands',
  'im:history',
  'links:read',
  'links:write',
  'usergroups:read',
  // The manifest's optional scopes (follow-ups, channel suggestions, the experts relay): an
  // install asks for them too, so those features work in every workspace that grants them.
  'channels:history',
  'groups:history',
  'mpim:history',
] as const;

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

/** No installation serves this team (never installed, uninstalled or revoked): a permanent failure. */
export class NotInstalledError extends Error {
  readonly code = 'not_installed';
  constructor() {
    super('meshbot is not installed in this workspace');
    this.name = 'NotInstalledError';
  }
}

/** The team of a listener's event, from Bolt's context. */
export function teamOfContext(context: {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}): TeamRef {
  return {
    ...(context.teamId ? { teamId: context.teamId } : {}),
    ...(context.enterpriseId ? { enterpriseId: context.enterpriseId } : {}),
    ...(context.isEnterpriseInstall ? { isEnterpriseInstall: true } : {}),
  };
}

const current = new AsyncLocalStorage<TeamRef>();
/** Runs `fn` with `team` as the team of the work it does (what replies queued inside it carry). */
export function runWithTeam<T>(team: TeamRef, fn: () => T): T {
  return current.run(team, fn);
}
/** The team of the event being handled, if any. */
export function currentTeam(): TeamRef | undefined {
  return current.getStore();
}

export type TokenFor = (team: TeamRef | undefined) => Promise<string>;

/** Single-workspace mode: one token for everyone. */
export function singleToken(token: string): TokenFor {
  return async () => token;
}

const HTML = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1><p>${body}</p></body></html>`;

export interface OAuthSetup {
  readonly store: SqlInstallationStore;
  /** Options for Bolt's HTTPReceiver that switch its OAuth flow on. */
  readonly receiverOptions: Pick<
    HTTPReceiverOptions,
    | 'clientId'
    | 'clientSecret'
    | 'stateSecret'
    | 'installationStore'
    | 'scopes'
    | 'redirectUri'
    | 'installerOptions'
  >;
}

/** Bolt's OAuth options: the database stores, direct install, our success and failure pages. */
export function oauthSetup(
  config: Config,
  db: Db,
  clientOptions: InstallProviderOptions['clientOptions'],
  logger: Logger,
): OAuthSetup {
  const oauth = config.oauth;
  if (!oauth) throw new Error('oauthSetup needs config.oauth');
  const store = new SqlInstallationStore(db, oauth.encryptionKey);
  // Slack checks redirect_uri against the app's redirect URLs; without PUBLIC_BASE_URL Slack uses
  // the app's only redirect URL.
  const https = config.publicBaseUrl.startsWith('https://');
  return {
    store,
    receiverOptions: {
      clientId: oauth.clientId,
      clientSecret: oauth.clientSecret,
      stateSecret: oauth.stateSecret,
      installationStore: store,
      scopes: [...BOT_SCOPES],
      ...(https ? { redirectUri: `${config.publicBaseUrl}${REDIRECT_PATH}` } : {}),
      installerOptions: {
        installPath: INSTALL_PATH,
        redirectUriPath: REDIRECT_PATH,
        // /slack/install goes straight to Slack's consent page (Slack's "direct install").
        directInstall: true,
        stateStore: new SqlStateStore(db, oauth.stateSecret),
        stateVerification: true,
        ...(clientOptions ? { clientOptions } : {}),
        callbackOptions: {
          success: (installation, _options, _req, res) => {
            const where = installation.isEnterpriseInstall
              ? { enterpriseId: installation.enterprise?.id, orgWide: true }
              : { teamId: installation.team?.id, enterpriseId: installation.enterprise?.id };
            logger.info({ ...where, rotating: Boolean(installation.bot?.refreshToken) }, 'meshbot installed');
            res.writeHead(200, HTML);
            res.end(
              page(
                'meshbot is installed',
                'Invite it to a channel with <code>/invite @meshbot</code>, then mention it, DM it or use <code>/mesh</code>. You can close this page.',
              ),
            );
          },
          failure: (error: CodedError, _options, _req, res) => {
            const code = String(error.code ?? 'unknown');
            const badState = code === 'slack_oauth_invalid_state' || code === 'slack_oauth_missing_state';
            const cancelled = /cancelled/i.test(error.message);
            logger.warn({ code, badState, cancelled }, 'OAuth install failed');
            res.writeHead(badState || code === 'slack_oauth_missing_code' || cancelled ? 400 : 500, HTML);
            res.end(
              page(
                'meshbot was not installed',
                badState
                  ? `This install link has expired or was already used. <a href="${INSTALL_PATH}">Start the install again</a>.`
                  : cancelled
                    ? `The install was cancelled. <a href="${INSTALL_PATH}">Start it again</a> when you are ready.`
                    : `Slack did not complete the install. <a href="${INSTALL_PATH}">Try again</a>; if it keeps failing, ask the app's owner to check its logs.`,
              ),
            );
          },
        },
      },
    },
  };
}

/** tokenFor in OAuth mode: the installer's authorize (reads the store, rotates expiring tokens). */
export function installedToken(app: App, store: SqlInstallationStore): TokenFor {
  const installer = (
    app as unknown as {
      receiver: { installer?: { authorize: (s: unknown) => Promise<{ botToken?: string }> } };
    }
  ).receiver.installer;
  if (!installer) throw new Error('the app has no OAuth installer');
  return async (team) => {
    if (!team || (!team.teamId && !team.enterpriseId)) throw new NotInstalledError();
    // Not installed is permanent (the reply is given up); a store that cannot answer is transient.
    const found = await store.find(team).catch((err: unknown) => {
      if (err instanceof TokenKeyError) throw err;
      throw Object.assign(new Error('the installation store did not answer', { cause: err }), {
        code: 'store_error',
      });
    });
    if (!found) throw new NotInstalledError();
    const result = await installer
      .authorize({
        teamId: team.teamId,
        enterpriseId: team.enterpriseId,
        isEnterpriseInstall: team.isEnterpriseInstall ?? false,
      })
      .catch((err: unknown) => {
        throw Object.assign(new Error('the installation could not be read', { cause: err }), {
          code: 'store_error',
        });
      });
    if (!result.botToken) throw new NotInstalledError();
    return result.botToken;
  };
}

/**
 * `app_uninstalled` and `tokens_revoked`: delete what is stored for that team, or for the whole
 * enterprise after an org-wide install is removed. `unreachable` then tells the learning loop, whose
 * askers in that team can no longer be answered (returns how many it closed).
 */
export function registerUninstall(
  app: App,
  store: SqlInstallationStore,
  logger: Logger,
  unreachable?: (team: TeamRef) => Promise<number>,
): void {
  const forget = async (team: TeamRef, why: string) => {
    const rows = await store.remove(team);
    const askers = (await unreachable?.(team)) ?? 0;
    // Bolt keeps a client pool per team: drop it so no stale token lingers in memory.
    const clients = (app as unknown as { clients: Record<string, unknown> }).clients;
    if (team.teamId) delete clients[team.teamId];
    if (team.isEnterpriseInstall && team.enterpriseId) delete clients[team.enterpriseId];
    logger.info({ ...team, rows, askers, why }, 'installation deleted');
  };
  app.event('app_uninstalled', async ({ context }) => {
    await forget(teamOfContext(context), 'app_uninstalled');
  });
  app.event('tokens_revoked', async ({ event, context }) => {
    // Only the bot token is used (no user scopes are asked for): its revocation ends the install.
    const bots = (event as { tokens?: { bot?: unknown[] } }).tokens?.bot ?? [];
    if (bots.length) await forget(teamOfContext(context), 'tokens_revoked');
  });
}
