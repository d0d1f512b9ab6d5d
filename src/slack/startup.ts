/**
 * Start-up failures in words a new user can act on: which setting to fix, and where to find the
 * right value. The Web API's own errors ("An API error occurred: invalid_auth", "fetch failed")
 * name neither.
 */

/** Slack refused a token: these errors mean the token itself is wrong, revoked or of the wrong kind. */
const TOKEN_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'user_removed_from_team',
  'team_disabled',
]);

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

/** A start-up failure with the setting to fix; its message carries no secret. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly setting: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

interface WebApiErrorLike {
  code?: unknown;
  data?: { error?: unknown };
  original?: { message?: unknown; code?: unknown; cause?: { code?: unknown; errors?: { code?: unknown }[] } };
  statusCode?: unknown;
}

function networkCode(e: WebApiErrorLike): string {
  const o = e.original;
  const code = o?.cause?.code ?? o?.cause?.errors?.[0]?.code ?? o?.code;
  return typeof code === 'string' ? code : String(o?.message ?? 'request failed');
}

/**
 * Turns a Web API error from a start-up call into a StartupError, or returns null when it is
 * something else. `token` says which token the call used: the bot token (auth.test) or the
 * app-level token (apps.connections.open).
 */
export function explainStartupError(
  err: unknown,
  opts: { token: 'bot' | 'app'; slackApiUrl: string | undefined },
): StartupError | null {
  if (err === null || typeof err !== 'object') return null;
  const e = err as WebApiErrorLike;
  const apiUrl = opts.slackApiUrl ?? DEFAULT_SLACK_API_URL;
  let host = apiUrl;
  try {
    host = new URL(apiUrl).host;
  } catch {}
  const urlSource = opts.slackApiUrl ? `SLACK_API_URL is ${apiUrl}` : `SLACK_API_URL is unset, so ${apiUrl}`;
  if (e.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string') {
    const code = e.data.error;
    if (!TOKEN_ERRORS.has(code)) return null;
    if (opts.token === 'app') {
      return new StartupError(
        `Slack refused SLACK_APP_TOKEN (${code}). Use an app-level token (xapp-...) with the connections:write scope from Basic Information > App-Level Tokens, and turn Socket Mode on in the app settings.`,
        'SLACK_APP_TOKEN',
        code,
      );
    }
    return new StartupError(
      `Slack refused SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token (xoxb-...) from OAuth & Permissions of the app you installed; reinstall the app if it was revoked.`,
      'SLACK_BOT_TOKEN',
      code,
    );
  }
  if (e.code === 'slack_webapi_request_error' || e.code === 'request_timeout') {
    const why = e.code === 'request_timeout' ? 'no answer in time' : networkCode(e);
    return new StartupError(
      `Cannot reach Slack's Web API at ${host} (${why}). Check this machine's network, DNS and proxy; ${urlSource}: fix or unset SLACK_API_URL if that is the wrong address.`,
      'SLACK_API_URL',
      why,
    );
  }
  if (e.code === 'slack_webapi_http_error') {
    const status = String(e.statusCode ?? 'unknown');
    return new StartupError(
      `Slack's Web API at ${host} answered HTTP ${status}. ${urlSource}: it must be Slack's Web API base (default ${DEFAULT_SLACK_API_URL}).`,
      'SLACK_API_URL',
      `http_${status}`,
    );
  }
  return null;
}
