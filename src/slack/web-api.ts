import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics.js';

/** Where failures are reported: the log always, the metrics when there are any. */
export interface ApiReporting {
  readonly logger: Logger;
  readonly metrics?: Metrics;
  /** Told the code of every failed call (a revoked token makes readiness fail). */
  readonly auth?: { note(code: string): void };
}

/** Web API errors a user can fix by inviting the bot, as opposed to transient ones. */
const NEEDS_INVITE = new Set(['not_in_channel', 'channel_not_found']);

export const INVITE_HINT =
  "I can't post in this channel yet. Invite me with `/invite @meshbot` (or add the app in the channel's settings), then ask again.";

/** What to tell the asker when Slack refuses a reply for good, by error code. */
export function giveUpNotice(code: string): string {
  switch (code) {
    case 'not_in_channel':
    case 'channel_not_found':
      return INVITE_HINT;
    case 'is_archived':
      return "This channel is archived, so I can't post my answer there. Ask me again in another channel or in a DM.";
    case 'restricted_action':
    case 'restricted_action_read_only_channel':
    case 'restricted_action_thread_only_channel':
    case 'restricted_action_non_threadable_channel':
      return "This channel's posting permissions don't let me post my answer there. Ask me in a DM, or ask a channel manager to allow apps to post.";
    default:
      return `Sorry, Slack wouldn't take my answer (\`${code}\`). Please try again, or ask me in a DM.`;
  }
}

export interface ApiFailure {
  readonly method: string;
  readonly code: string;
  readonly needsInvite: boolean;
}

/** Slack's error code from a Web API exception (platform error, rate limit, HTTP or request error). */
export function errorCode(err: unknown): string {
  const e = err as {
    code?: unknown;
    data?: { error?: unknown };
    statusCode?: unknown;
    original?: { name?: unknown; message?: unknown };
  };
  if (typeof e?.data?.error === 'string') return e.data.error;
  if (e?.code === 'slack_webapi_rate_limited_error') return 'ratelimited';
  if (e?.code === 'slack_webapi_http_error')
    return `http_${typeof e.statusCode === 'number' ? e.statusCode : 'error'}`;
  if (e?.code === 'slack_webapi_request_error') {
    // With rejectRateLimitedCalls off, a 429 that outlasts the retries surfaces as a request
    // error wrapping this message; timeouts and refused connections come the same way.
    const message = String(e.original?.message ?? '');
    if (/rate limit was exceeded/i.test(message)) return 'ratelimited';
    if (
      e.original?.name === 'TimeoutError' ||
      e.original?.name === 'AbortError' ||
      /timeout|timed out|aborted/i.test(message)
    ) {
      return 'request_timeout';
    }
    return 'request_error';
  }
  // Metric labels must be strings; some fetch errors carry numeric codes.
  return typeof e?.code === 'string' && e.code ? e.code : 'unknown_error';
}

/** Slack refused the message's shape: worth one retry as plain text. */
export const PLAIN_TEXT_FALLBACK: ReadonlySet<string> = new Set([
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'msg_blocks_too_long',
  'too_many_attachments',
  'invalid_attachments',
]);

/** Error codes reported as themselves; anything else (a proxy's HTML page, say) is `other`. */
const KNOWN_CODES = new Set([
  'ratelimited',
  'request_timeout',
  'request_error',
  'unknown_error',
  'http_error',
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  ...PLAIN_TEXT_FALLBACK,
  'no_text',
  'not_authed',
  'invalid_auth',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'missing_scope',
  'expired_trigger_id',
  'trigger_expired',
  'trigger_exchanged',
  'cannot_unfurl_url',
  'not_enabled',
  'fatal_error',
  'internal_error',
  'service_unavailable',
  'team_added_to_org',
  'invalid_arguments',
  'view_too_large',
  'push_limit_reached',
  'hash_conflict',
  'not_found',
  'user_not_found',
  'duplicate_external_id',
  'invalid_auth_from_proxy',
  'expired',
  'not_installed',
  'store_error',
]);

/** An error code as a metric label and log field: one of a fixed set, `http_<status>`, or `other`. */
export function metricCode(code: string): string {
  if (KNOWN_CODES.has(code) || /^http_[1-5]\d\d$/.test(code)) return code;
  return 'other';
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

/**
 * Calls one Web API method and turns a failure into a value: logged with the method and code,
 * never thrown into Bolt (which would turn it into a 500 and a retry).
 */
export async function callApi<T>(
  reporting: ApiReporting,
  method: string,
  fn: () => Promise<T>,
  onFailure?: (f: ApiFailure) => void,
): Promise<CallResult<T>> {
  let pending: Promise<T>;
  try {
    pending = Promise.resolve(fn());
  } catch (err) {
    // Thrown before any request went out: the message or view could not be built. A bug of ours,
    // counted as what it is, not as a Web API failure.
    reporting.logger.error(
      { method, err: { name: (err as Error)?.name, message: (err as Error)?.message } },
      'could not build the message; nothing was sent to Slack',
    );
    reporting.metrics?.cardErrors.inc({ method });
    return { ok: false, failure: { method, code: 'build_error', needsInvite: false } };
  }
  try {
    return { ok: true, value: await pending };
  } catch (err) {
    const code = metricCode(errorCode(err));
    const failure = { method, code, needsInvite: NEEDS_INVITE.has(code) };
    reporting.logger.warn({ method, code }, 'Slack Web API call failed');
    reporting.metrics?.apiErrors.inc({ method, code });
    reporting.auth?.note(code);
    onFailure?.(failure);
    return { ok: false, failure };
  }
}

/** Tells the person something privately: ephemeral where possible, else a DM. */
export async function tellUser(
  client: webApi.WebClient,
  reporting: ApiReporting,
  where: { channel: string; user: string; threadTs?: string },
  text: string,
): Promise<void> {
  const eph = await callApi(reporting, 'chat.postEphemeral', () =>
    client.chat.postEphemeral({
      channel: where.channel,
      user: where.user,
      text,
      ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    }),
  );
  if (!eph.ok) {
    await callApi(reporting, 'chat.postMessage', () =>
      client.chat.postMessage({ channel: where.user, text }),
    );
  }
}

/** Posts the invite hint to the person, privately: ephemeral where possible, else a DM. */
export async function tellUserToInvite(
  client: webApi.WebClient,
  reporting: ApiReporting,
  where: { channel: string; user: string; threadTs?: string },
): Promise<void> {
  await tellUser(client, reporting, where, INVITE_HINT);
}
