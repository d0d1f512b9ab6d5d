/**
 * Whether Slack still takes the bot token, for readiness (GET /readyz): a revoked or invalid token
 * makes the replica not ready (no point routing Slack's requests to it), while liveness (/healthz)
 * stays up, since restarting the process would not bring the token back.
 *
 * Any Web API call that fails with an auth code marks it at once; readiness then re-checks with
 * auth.test now and then (never in the request path), and a success clears it.
 */
import { errorCode, metricCode } from './web-api.js';

export const AUTH_FAILURE_CODES = new Set([
  'invalid_auth',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'not_authed',
]);

export type AuthStatus = { readonly ok: true } | { readonly ok: false; readonly code: string };

export class SlackAuthHealth {
  private failure: string | undefined;
  private lastCheck: number;
  private checking = false;

  constructor(
    /** Resolves when Slack takes the token (auth.test); rejects like the WebClient otherwise. */
    private readonly check: () => Promise<unknown>,
    private readonly options: { okRecheckMs?: number; failedRecheckMs?: number; now?: () => number } = {},
  ) {
    // Start-up has just called auth.test (app.init).
    this.lastCheck = this.now();
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** A Web API call failed with `code`: an auth code marks the token bad at once. */
  note(code: string): void {
    if (AUTH_FAILURE_CODES.has(code)) this.failure = code;
  }

  /** The current state; starts a background re-check when the last one is old. */
  status(): AuthStatus {
    const every = this.failure
      ? (this.options.failedRecheckMs ?? 15_000)
      : (this.options.okRecheckMs ?? 60_000);
    if (!this.checking && this.now() - this.lastCheck >= every) void this.recheck();
    return this.failure ? { ok: false, code: this.failure } : { ok: true };
  }

  async recheck(): Promise<void> {
    this.checking = true;
    this.lastCheck = this.now();
    try {
      await this.check();
      this.failure = undefined;
    } catch (err) {
      // Only an auth answer changes the state: Slack being down is not this replica's fault.
      this.note(metricCode(errorCode(err)));
    } finally {
      this.checking = false;
    }
  }
}
