import type { IncomingMessage, ServerResponse } from 'node:http';

/** Scripts, frames, images, fonts, fetches: none. Inline styles only; forms post back to us. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
};

export const CACHE = {
  /** Answer pages and the index: the knowledge base changes with a deploy, not by the minute. */
  page: 'public, max-age=300',
  /** Search results depend on the matcher; keep them short-lived. */
  search: 'public, max-age=60',
  none: 'no-store',
} as const;

/** Minimal logger: pino's and Bolt's loggers both fit. */
export interface WebLogger {
  info(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
  debug?(obj: unknown, msg?: string): void;
}

/** Writes a whole response; HEAD requests get the headers (with the GET length) and no body. */
export function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string,
  headers: Readonly<Record<string, string>>,
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const buf = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-length': String(buf.length),
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : buf);
}

export function sendHtml(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  html: string,
  cache: string = CACHE.page,
  extra: Readonly<Record<string, string>> = {},
): void {
  send(req, res, status, html, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': cache,
    ...extra,
  });
}

export function sendJson(req: IncomingMessage, res: ServerResponse, status: number, value: unknown): void {
  send(req, res, status, `${JSON.stringify(value)}\n`, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': CACHE.none,
  });
}

export function redirect(
  req: IncomingMessage,
  res: ServerResponse,
  status: 301 | 302,
  location: string,
): void {
  send(req, res, status, '', { location, 'cache-control': status === 301 ? CACHE.page : 'no-cache' });
}

/** Path and query of a request, parsed the way Bolt's receiver parses it. */
export function requestUrl(req: IncomingMessage): URL {
  return new URL(req.url ?? '/', 'http://x');
}
