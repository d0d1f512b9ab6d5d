/**
 * The HTTP receiver for Slack's requests: Bolt's own HTTPReceiver, plus the one signing rule it
 * leaves out. Slack says to reject a request whose X-Slack-Request-Timestamp is more than five
 * minutes from local time (shared/reference/slack-platform.md, "Request signing"); Bolt's
 * verifySlackRequest rejects only stale timestamps, so a request stamped ten minutes in the future
 * (a replay prepared in advance, or a badly wrong clock) would pass. Everything else stays Bolt's:
 * the HMAC check and its constant-time comparison (tsscmp), the v0 version prefix, the staleness
 * check, body parsing and limits, acks, custom routes.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HTTPReceiver, type HTTPReceiverOptions, isValidSlackRequest } from '@slack/bolt';

/** Slack's tolerance, in seconds, between a request's timestamp and local time, either way. */
export const MAX_CLOCK_SKEW_SECONDS = 60 * 5;

export interface SlackReceiverOptions extends HTTPReceiverOptions {
  /** The clock, in milliseconds (tests). */
  readonly now?: () => number;
}

/**
 * True when the timestamp header should be refused here: a number more than MAX_CLOCK_SKEW_SECONDS
 * ahead of `nowMs`, or a value Bolt's `Number()` would read as a number but that is not plain
 * decimal seconds (`1e10`, `0x…`, `1.5`, `+1`: `1e10` is 2286 and slipped past the check above).
 * Missing or repeated headers, and other non-numbers, are left to Bolt, which answers 401.
 */
export function isFromTheFuture(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== 'string') return false;
  const t = header.trim();
  if (!/^\d{1,12}$/.test(t)) return t !== '' && Number.isFinite(Number(t));
  return Number(t) > Math.floor(nowMs / 1000) + MAX_CLOCK_SKEW_SECONDS;
}

/** Bolt's default limit on request bodies (HTTPReceiver bodyLimit). */
const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;

/** Reads a request body up to `limit` bytes; null when it is larger (the rest is discarded). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(c);
    });
    req.once('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/**
 * Whether a body Bolt will parse is something it can work with: a JSON object (events,
 * url_verification), or a form whose `payload` (interactivity), if any, is a JSON object. Bolt reads
 * `body.ssl_check` of whatever JSON.parse returns, so `null` (or `payload=null`) threw inside its
 * receiver and took the process down. Unparseable bodies are left to Bolt (400).
 */
export function isUsableBody(raw: string, contentType: string | undefined): boolean {
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const payload = new URLSearchParams(raw).get('payload');
      return payload === null || isObject(JSON.parse(payload));
    }
    return isObject(JSON.parse(raw));
  } catch {
    return true;
  }
}

/** False for a path with bad percent-encoding (`/answers/%E0%A4%A`). */
export function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function pathOf(req: IncomingMessage): string | null {
  try {
    // Bolt routes on the same parse of the URL.
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}

/** Bolt's HTTPReceiver whose Slack endpoints also answer 401 to timestamps from the future. */
export function createSlackReceiver(options: SlackReceiverOptions): HTTPReceiver {
  const { now = Date.now, ...receiverOptions } = options;
  const receiver = new HTTPReceiver(receiverOptions);
  const endpoints = new Set(
    typeof options.endpoints === 'string' ? [options.endpoints] : (options.endpoints ?? ['/slack/events']),
  );
  const inner: RequestListener = receiver.requestListener;
  const limit = typeof options.bodyLimit === 'number' ? options.bodyLimit : DEFAULT_BODY_LIMIT;
  // HTTPReceiver.start() calls `this.requestListener` on every request, so wrapping it is enough.
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const path = pathOf(req);
    if (path !== null && !isDecodable(path)) {
      // Bolt's route matching would throw (a 500 and an ERROR line): it is the client's mistake.
      req.resume();
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Bad request: the address is not valid percent-encoding.\n');
      return;
    }
    if (req.method !== 'POST' || path === null || !endpoints.has(path)) return inner(req, res);
    if (isFromTheFuture(req.headers['x-slack-request-timestamp'], now())) {
      options.logger?.warn(
        `Failed to verify authenticity: x-slack-request-timestamp is more than ${MAX_CLOCK_SKEW_SECONDS / 60} minutes in the future or not a plain number of seconds`,
      );
      // Discard the body so the connection can be reused, and answer like Bolt does for a bad signature.
      req.resume();
      res.writeHead(401);
      res.end();
      return;
    }
    // Read the body first (Bolt reuses a body already read: req.rawBody) and refuse, with 400, a
    // signed body that is valid JSON but not an object, before Bolt's receiver trips over it.
    readBody(req, limit).then(
      (body) => {
        if (body === null) {
          options.logger?.warn(`Request body exceeded the maximum allowed size (limit: ${limit} bytes)`);
          res.writeHead(413);
          res.end();
          return;
        }
        const raw = body.toString('utf8');
        const type = req.headers['content-type'];
        if (!isUsableBody(raw, type) && signedBySlack(raw)) {
          options.logger?.warn('Malformed request body: not a JSON object');
          res.writeHead(400);
          res.end();
          return;
        }
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        inner(req, res);
      },
      () => {
        if (!res.headersSent) res.writeHead(400);
        res.end();
      },
    );
    function signedBySlack(raw: string): boolean {
      const signature = req.headers['x-slack-signature'];
      const ts = Number(req.headers['x-slack-request-timestamp']);
      if (typeof signature !== 'string' || !Number.isFinite(ts)) return false;
      return isValidSlackRequest({
        signingSecret: options.signingSecret,
        body: raw,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': ts },
        nowMilliseconds: now(),
      });
    }
  };
  return receiver;
}
