/**
 * OAuth installs for loopback tests: the app's OAuth settings, a browser going through
 * /slack/install and Slack's redirect (the stand-in Web API exchanges the code), and Events API
 * envelopes as Slack sends them for one team.
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { BOT_SCOPES } from '../../../src/slack/installs.js';
import type { InstallGrant } from './fake-slack.js';
import { envelope, type Harness } from './harness.js';

export const CLIENT_ID = '1111111111.2222222222';
export const CLIENT_SECRET = 'c0ffee0123456789abcdef0123456789';
export const STATE_SECRET = 'state-secret-for-tests-0123456789';
export const KEY = randomBytes(32);

/** Settings that switch the app to OAuth installs (no SLACK_BOT_TOKEN). */
export const OAUTH_ENV: Readonly<Record<string, string>> = {
  SLACK_BOT_TOKEN: '',
  SLACK_CLIENT_ID: CLIENT_ID,
  SLACK_CLIENT_SECRET: CLIENT_SECRET,
  SLACK_STATE_SECRET: STATE_SECRET,
  TOKEN_ENCRYPTION_KEY: KEY.toString('base64'),
};

let codes = 0;
/** The code of the last install (`code-<n>`). */
export const lastCode = () => `code-${codes}`;

/** A browser going through the install: /slack/install, then Slack's redirect back with a code. */
export async function install(
  h: Harness,
  grant: InstallGrant,
): Promise<{ res: Response; redirect: string; cookie: string }> {
  const code = `code-${++codes}`;
  h.slack.grants.set(code, grant);
  const start = await fetch(`${h.url}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const consent = new URL(start.headers.get('location') ?? '');
  expect(consent.origin + consent.pathname).toBe('https://slack.com/oauth/v2/authorize');
  expect(consent.searchParams.get('client_id')).toBe(CLIENT_ID);
  expect(consent.searchParams.get('scope')?.split(',')).toEqual([...BOT_SCOPES]);
  expect(consent.searchParams.get('redirect_uri')).toBe('https://meshbot.example.com/slack/oauth_redirect');
  const state = consent.searchParams.get('state') ?? '';
  expect(state).not.toBe('');
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie).toBe(`slack-app-oauth-state=${state}`);
  const redirect = `${h.url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`;
  const res = await fetch(redirect, { headers: { cookie } });
  return { res, redirect, cookie };
}

export const workspaceGrant = (teamId: string, extra: Partial<InstallGrant> = {}): InstallGrant => ({
  team: { id: teamId, name: `Team ${teamId}` },
  enterprise: null,
  isEnterpriseInstall: false,
  botUserId: `UBOT${teamId}`,
  botId: `B${teamId}`,
  ...extra,
});

/** The workspace an event comes from, and its bot user. */
export interface EventTeam {
  readonly teamId: string;
  readonly enterpriseId?: string;
  readonly orgWide?: boolean;
  readonly botUserId: string;
}

/** An Events API envelope as Slack sends it for a team (or an org-wide install's team). */
export function teamEvent(event: Record<string, unknown>, t: EventTeam) {
  return {
    ...envelope(event),
    team_id: t.teamId,
    ...(t.enterpriseId ? { enterprise_id: t.enterpriseId } : {}),
    authorizations: [
      {
        enterprise_id: t.enterpriseId ?? null,
        team_id: t.orgWide ? null : t.teamId,
        user_id: t.botUserId,
        is_bot: true,
        is_enterprise_install: t.orgWide ?? false,
      },
    ],
    ...(t.orgWide ? { is_enterprise_install: true } : {}),
  };
}

/** A mention of that team's bot, as Slack sends it for the team. */
export function teamMention(text: string, channel: string, ts: string, t: EventTeam, user = 'UASKER1') {
  return teamEvent({ type: 'app_mention', text: `<@${t.botUserId}> ${text}`, channel, user, ts }, t);
}

/** The token Slack issued for the last code exchange or refresh. */
export function lastIssued(h: Harness): string {
  const answered = h.slack.accepted('oauth.v2.access');
  expect(answered.length).toBeGreaterThan(0);
  return [...h.slack.tokens.keys()].at(-1) ?? '';
}
