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
import { HTTPReceiver, type HTTPReceiverOptions } from '@slack/bolt';

/** Slack's tolerance, in seconds, between a request's timestamp and local time, either way. */
export const MAX_CLOCK_SKEW_SECONDS = 60 * 5;

export interface SlackReceiverOptions extends HTTPReceiverOptions {
  /** The clock, in milliseconds (tests). */
  readonly now?: () => number;
}

/**
 * True when the timestamp header is a number more than MAX_CLOCK_SKEW_SECONDS ahead of `nowMs`.
 * Anything else (missing, repeated, not a number, stale) is left to Bolt, which answers 401.
 */
export function isFromTheFuture(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== 'string' || !/^\s*\d+\s*$/.test(header)) return false;
  return Number(header) > Math.floor(nowMs / 1000) + MAX_CLOCK_SKEW_SECONDS;
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
  // HTTPReceiver.start() calls `this.requestListener` on every request, so wrapping it is enough.
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const path = pathOf(req);
    if (
      req.method === 'POST' &&
      path !== null &&
      endpoints.has(path) &&
      isFromTheFuture(req.headers['x-slack-request-timestamp'], now())
    ) {
      options.logger?.warn(
        `Failed to verify authenticity: x-slack-request-timestamp is more than ${MAX_CLOCK_SKEW_SECONDS / 60} minutes in the future`,
      );
      // Discard the body so the connection can be reused, and answer like Bolt does for a bad signature.
      req.resume();
      res.writeHead(401);
      res.end();
      return;
    }
    return inner(req, res);
  };
  return receiver;
}
