/**
 * A local stand-in for Slack's Web API, behaving as Slack's docs describe: POST
 * https://slack.com/api/<method> with a form-encoded body whose nested arguments (blocks, view,
 * unfurls) are JSON strings, a Bearer token, `{ok:false, error}` on failure and 429 with
 * Retry-After when rate limited. It also serves response_url endpoints under /response/.
 *
 * Faults for the chaos suites: respondOnce() cans the next answer to a method; addFault() applies a
 * rule to every matching call until removed (or `times` calls): 429 with Retry-After, 500, a slow
 * answer (delayMs, then the normal result), or no answer at all (hang). Each call records how it was
 * answered (`status`, `ok`), so a test can count what Slack actually accepted.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  readonly token: string | null;
  readonly contentType: string;
  /** When the request arrived (Date.now()), so a test can order calls against its own events. */
  readonly receivedAt: number;
  /** Set once answered: the HTTP status and whether the body said ok (a hung call has neither). */
  status?: number;
  ok?: boolean;
}

export interface FaultRule {
  readonly method: string;
  /** Only calls this accepts (default: every call to the method). */
  readonly when?: (call: ApiCall) => boolean;
  /** Applies to this many calls, then lapses (default: until removed). */
  times?: number;
  /** The answer: canned, or `hang` (never answered), or `delayMs` alone (slow, then the normal result). */
  readonly response: CannedResponse & { readonly hang?: boolean };
}

export interface CannedResponse {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  /** Hold the response this long (to simulate a Web API that does not answer). */
  readonly delayMs?: number;
  /** Send this text as the body, as it is (a proxy's HTML page), instead of JSON. */
  readonly raw?: string;
}

const JSON_ARGS = new Set(['blocks', 'view', 'unfurls', 'attachments', 'metadata', 'prompts']);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** What auth.test answers for the test workspace's bot (shared with the load benchmark's fake). */
export const AUTH_TEST_RESULT = {
  ok: true,
  url: 'https://test.slack.com/',
  team: 'Test',
  user: 'meshbot',
  team_id: 'T0TEST',
  user_id: 'U0BOT1234',
  bot_id: 'B0BOT',
} as const;

function defaultResult(
  method: string,
  args: Record<string, unknown>,
  token: string,
  socketUrl: string | undefined,
): Record<string, unknown> {
  switch (method) {
    case 'apps.connections.open':
      // Only an app-level token may open a Socket Mode connection.
      if (!token.startsWith('xapp-')) return { ok: false, error: 'not_allowed_token_type' };
      if (!socketUrl) return { ok: false, error: 'socket_mode_not_enabled' };
      return { ok: true, url: socketUrl };
    case 'auth.test':
      return { ...AUTH_TEST_RESULT };
    case 'assistant.threads.setSuggestedPrompts':
      if (!args.channel_id || !Array.isArray(args.prompts)) return { ok: false, error: 'invalid_arguments' };
      return { ok: true };
    case 'assistant.threads.setTitle':
      if (!args.channel_id || !args.thread_ts || !args.title)
        return { ok: false, error: 'invalid_arguments' };
      return { ok: true };
    case 'assistant.threads.setStatus':
      if (!args.channel_id || !args.thread_ts || args.status === undefined)
        return { ok: false, error: 'invalid_arguments' };
      return { ok: true };
    case 'chat.postMessage':
      if (!args.channel) return { ok: false, error: 'channel_not_found' };
      return { ok: true, channel: args.channel, ts: `${Date.now() / 1000}`, message: { text: args.text } };
    case 'chat.postEphemeral':
      if (!args.channel || !args.user) return { ok: false, error: 'channel_not_found' };
      return { ok: true, message_ts: `${Date.now() / 1000}` };
    case 'chat.unfurl':
      if (!args.unfurls) return { ok: false, error: 'invalid_arguments' };
      return { ok: true };
    case 'chat.getPermalink':
      if (!args.channel || !args.message_ts) return { ok: false, error: 'invalid_arguments' };
      return {
        ok: true,
        channel: args.channel,
        permalink: `https://test.slack.com/archives/${args.channel}/p${String(args.message_ts).replace('.', '')}`,
      };
    case 'views.open':
    case 'views.push':
    case 'views.update':
    case 'views.publish':
      if (!args.view) return { ok: false, error: 'invalid_arguments' };
      return { ok: true, view: { id: 'V0VIEW', hash: 'hash-2', ...(args.view as object) } };
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

/** What one consent (an `code` handed to the redirect URL) installs, as Slack's oauth.v2.access tells it. */
export interface InstallGrant {
  /** The workspace; null for an Enterprise Grid org-wide install. */
  readonly team: { id: string; name: string } | null;
  readonly enterprise?: { id: string; name: string } | null;
  readonly isEnterpriseInstall?: boolean;
  readonly botUserId: string;
  readonly botId: string;
  /** Token rotation on: the bot token expires after this many seconds and comes with a refresh token. */
  readonly expiresIn?: number;
  readonly scope?: string;
}

/** A token Slack issued: whose it is, and until when it works (epoch ms). */
export interface IssuedToken {
  readonly grant: InstallGrant;
  expiresAt?: number;
  revoked?: boolean;
}

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  /** The app's client credentials, as oauth.v2.access checks them (unset: it answers invalid_client_id). */
  oauthApp: { clientId: string; clientSecret: string } | undefined;
  /** Codes Slack's consent page handed out (each works once) and what each installs. */
  readonly grants = new Map<string, InstallGrant>();
  /** Bot tokens issued by oauth.v2.access; auth.test and every method answer per token. */
  readonly tokens = new Map<string, IssuedToken>();
  /** Refresh tokens issued with rotating tokens (each works once: a refresh issues a new one). */
  readonly refreshTokens = new Map<string, InstallGrant>();
  private issued = 0;
  /** Members of user groups, for usergroups.users.list. */
  readonly usergroups = new Map<string, string[]>();
  private readonly queued = new Map<string, CannedResponse[]>();
  private readonly faults = new Set<FaultRule>();
  private readonly waiters: Array<() => void> = [];
  private server: Server | null = null;
  url = '';
  /** What apps.connections.open hands out (a FakeSocketMode's ws:// URL). */
  socketUrl: string | undefined;

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const raw = await readBody(req);
      const path = (req.url ?? '').split('?')[0] ?? '';
      const contentType = String(req.headers['content-type'] ?? '');
      let method: string;
      let args: Record<string, unknown>;
      if (path.startsWith('/api/')) {
        method = path.slice('/api/'.length);
        args = {};
        if (contentType.startsWith('application/x-www-form-urlencoded')) {
          for (const [k, v] of new URLSearchParams(raw)) {
            args[k] = JSON_ARGS.has(k) ? safeJson(v) : v;
          }
        } else if (contentType.startsWith('application/json') && raw) {
          args = safeJson(raw) as Record<string, unknown>;
        }
      } else if (path.startsWith('/response/')) {
        method = 'response_url';
        args = (safeJson(raw) as Record<string, unknown>) ?? {};
        args.__path = path;
      } else {
        res.writeHead(404).end();
        return;
      }
      const auth = String(req.headers.authorization ?? '');
      const token = auth.startsWith('Bearer ') ? auth.slice(7) : null;
      this.calls.push({ method, args, token, contentType, receivedAt: Date.now() });
      for (const w of this.waiters.splice(0)) w();

      const call = this.calls[this.calls.length - 1] as ApiCall;
      let canned: (CannedResponse & { hang?: boolean }) | undefined = this.queued.get(method)?.shift();
      if (!canned) {
        for (const rule of this.faults) {
          if (rule.method !== method || (rule.when && !rule.when(call))) continue;
          if (rule.times !== undefined && --rule.times <= 0) this.faults.delete(rule);
          canned = rule.response;
          break;
        }
      }
      if (canned?.hang) return; // never answered (closed when the fake stops)
      if (canned?.delayMs) await new Promise((r) => setTimeout(r, canned.delayMs));
      if (
        canned &&
        (canned.status !== undefined || canned.body !== undefined || canned.headers || canned.raw)
      ) {
        const body = canned.body ?? { ok: true };
        call.status = canned.status ?? 200;
        call.ok = call.status < 300 && (body as { ok?: unknown }).ok === true;
        res.writeHead(call.status, { 'content-type': 'application/json', ...canned.headers });
        res.end(canned.raw ?? JSON.stringify(body));
        return;
      }
      if (method === 'response_url') {
        call.status = 200;
        call.ok = true;
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      }
      const issued = token ? this.tokens.get(token) : undefined;
      const result =
        method === 'oauth.v2.access'
          ? this.oauthAccess(args, String(req.headers.authorization ?? ''))
          : !token
            ? { ok: false, error: 'not_authed' }
            : issued?.revoked
              ? { ok: false, error: 'token_revoked' }
              : issued?.expiresAt !== undefined && issued.expiresAt <= Date.now()
                ? { ok: false, error: 'token_expired' }
                : issued && method === 'auth.test'
                  ? authTestFor(issued.grant)
                  : method === 'usergroups.users.list'
                    ? this.usergroups.has(String(args.usergroup))
                      ? { ok: true, users: this.usergroups.get(String(args.usergroup)) }
                      : { ok: false, error: 'no_such_subteam' }
                    : defaultResult(method, args, token, this.socketUrl);
      call.status = 200;
      call.ok = result.ok === true;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /**
   * oauth.v2.access as Slack documents it: client credentials in the form body (or HTTP Basic),
   * then either `code` (once) or `grant_type=refresh_token` with a refresh token (once; a new one
   * comes back). Rotating installs get `xoxe.xoxb-…` tokens with `refresh_token` and `expires_in`.
   */
  private oauthAccess(args: Record<string, unknown>, authorization: string): Record<string, unknown> {
    let clientId = args.client_id;
    let clientSecret = args.client_secret;
    if (authorization.startsWith('Basic ')) {
      const [id, secret] = Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':');
      clientId = id;
      clientSecret = secret;
    }
    if (!this.oauthApp || clientId !== this.oauthApp.clientId)
      return { ok: false, error: 'invalid_client_id' };
    if (clientSecret !== this.oauthApp.clientSecret) return { ok: false, error: 'bad_client_secret' };
    let grant: InstallGrant | undefined;
    if (args.grant_type === 'refresh_token') {
      grant = this.refreshTokens.get(String(args.refresh_token));
      if (!grant) return { ok: false, error: 'invalid_refresh_token' };
      this.refreshTokens.delete(String(args.refresh_token));
    } else {
      grant = this.grants.get(String(args.code));
      if (!grant) return { ok: false, error: 'invalid_code' };
      this.grants.delete(String(args.code));
    }
    const n = ++this.issued;
    const who = grant.team?.id ?? grant.enterprise?.id ?? 'X';
    const rotating = grant.expiresIn !== undefined;
    const accessToken = rotating ? `xoxe.xoxb-1-${who}-${n}-rotated` : `xoxb-${who}-${n}-installed`;
    this.tokens.set(accessToken, {
      grant,
      ...(rotating ? { expiresAt: Date.now() + (grant.expiresIn as number) * 1000 } : {}),
    });
    const refreshToken = rotating ? `xoxe-1-${who}-${n}-refresh` : undefined;
    if (refreshToken) this.refreshTokens.set(refreshToken, grant);
    return {
      ok: true,
      app_id: 'A0APP',
      access_token: accessToken,
      token_type: 'bot',
      scope: grant.scope ?? 'chat:write,commands',
      bot_user_id: grant.botUserId,
      team: grant.team,
      enterprise: grant.enterprise ?? null,
      is_enterprise_install: grant.isEnterpriseInstall ?? false,
      ...(rotating ? { refresh_token: refreshToken, expires_in: grant.expiresIn } : {}),
      ...(args.grant_type === 'refresh_token' ? {} : { authed_user: { id: 'U0INSTALLER' } }),
    };
  }

  /** The next call to `method` gets this response instead of the default. */
  respondOnce(method: string, response: CannedResponse): void {
    const list = this.queued.get(method) ?? [];
    list.push(response);
    this.queued.set(method, list);
  }

  /** Applies `rule` to matching calls until the returned function is called (or `times` runs out). */
  addFault(rule: FaultRule): () => void {
    this.faults.add(rule);
    return () => {
      this.faults.delete(rule);
    };
  }

  /** Calls to `method` that Slack accepted (answered 2xx with ok: true). */
  accepted(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method && c.ok === true);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once `count` calls to `method` have arrived (rejects after `timeoutMs`). */
  async waitFor(method: string, count = 1, timeoutMs = 15_000): Promise<ApiCall[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.callsTo(method).length < count) {
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(
          `expected ${count} call(s) to ${method}, got ${this.callsTo(method).length}; calls: ${this.calls.map((c) => c.method).join(', ')}`,
        );
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 50));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.callsTo(method);
  }

  reset(): void {
    this.calls.length = 0;
    this.grants.clear();
    this.queued.clear();
    this.faults.clear();
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }
}

/** auth.test for an issued token: its workspace (or org, for an org-wide install) and bot. */
function authTestFor(grant: InstallGrant): Record<string, unknown> {
  const org = grant.isEnterpriseInstall ?? false;
  return {
    ok: true,
    url: org ? 'https://org.enterprise.slack.com/' : `https://${grant.team?.id.toLowerCase()}.slack.com/`,
    team: grant.team?.name ?? grant.enterprise?.name,
    user: 'meshbot',
    team_id: grant.team?.id ?? grant.enterprise?.id,
    user_id: grant.botUserId,
    bot_id: grant.botId,
    ...(grant.enterprise ? { enterprise_id: grant.enterprise.id } : {}),
    is_enterprise_install: org,
  };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}
