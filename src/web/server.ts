import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CACHE, send, sendHtml, type WebLogger } from './http.js';
import { applyLimits, DEFAULT_LIMITS, type ServerLimits, serverOptions } from './limits.js';
import { errorPage, notFoundPage } from './pages.js';
import type { WebRequest, WebRoute } from './routes.js';

export interface WebServerOptions {
  /** 0 picks a free port; the chosen one is returned. */
  readonly port: number;
  readonly host?: string;
  readonly logger?: WebLogger;
  /** Timeouts and connection caps (src/web/limits.ts; defaults when omitted). */
  readonly limits?: ServerLimits;
}

export interface WebServer {
  readonly server: Server;
  /** The port actually listened on. */
  readonly port: number;
  /** http://host:port, for logs. */
  readonly url: string;
  /** Stops accepting connections, ends idle keep-alive ones, resolves when all are closed. */
  close(): Promise<void>;
}

interface CompiledRoute {
  readonly regex: RegExp;
  readonly names: readonly string[];
  readonly methods: ReadonlySet<string>;
  readonly handler: WebRoute['handler'];
}

const PARAM = /^:([A-Za-z_$][A-Za-z0-9_$]*)$/;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles `/answers/:id` into a regex the way Bolt's path-to-regexp `match` treats it by default:
 * a parameter is one non-empty segment, matching is case-insensitive, a trailing slash is allowed.
 * Only literal segments and `:name` parameters are supported.
 */
export function compilePath(path: string): { regex: RegExp; names: string[] } {
  if (!path.startsWith('/')) throw new Error(`route path must start with "/": ${path}`);
  const names: string[] = [];
  const segments = path
    .split('/')
    .slice(1)
    .map((seg) => {
      const m = PARAM.exec(seg);
      if (m?.[1]) {
        names.push(m[1]);
        return '([^/]+)';
      }
      if (/[:*?(){}]/.test(seg)) throw new Error(`unsupported route syntax in "${path}"`);
      return escapeRegex(seg);
    });
  const body = segments.join('/').replace(/\/$/, '');
  return { regex: new RegExp(`^/${body}/?$`, 'i'), names };
}

/** Path parameters for a compiled route, or null when the path does not match (or is badly encoded). */
function matchPath(route: Pick<CompiledRoute, 'regex' | 'names'>, pathname: string) {
  const m = route.regex.exec(pathname);
  if (!m) return null;
  const params: Record<string, string> = {};
  try {
    route.names.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] ?? '');
    });
  } catch {
    return null;
  }
  return params;
}

/** Routes a request through the same route list Bolt would get as customRoutes. */
export function createDispatcher(routes: readonly WebRoute[], logger?: WebLogger) {
  const compiled: CompiledRoute[] = routes.map((r) => ({
    ...compilePath(r.path),
    methods: new Set(r.method.map((m) => m.toUpperCase())),
    handler: r.handler,
  }));

  return (req: WebRequest, res: ServerResponse): void => {
    const method = (req.method ?? 'GET').toUpperCase();
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      sendHtml(req, res, 400, errorPage('That address is not valid.', { title: 'Bad request' }), CACHE.none);
      return;
    }
    try {
      decodeURIComponent(pathname);
    } catch {
      sendHtml(req, res, 400, errorPage('That address is not valid.', { title: 'Bad request' }), CACHE.none);
      return;
    }
    const allowed = new Set<string>();
    for (const route of compiled) {
      const params = matchPath(route, pathname);
      if (!params) continue;
      if (!route.methods.has(method)) {
        for (const m of route.methods) allowed.add(m);
        continue;
      }
      req.params = params;
      try {
        route.handler(req, res);
      } catch (err) {
        logger?.error({ err, url: req.url }, 'web handler failed');
        if (res.headersSent) res.destroy();
        else sendHtml(req, res, 500, errorPage(), CACHE.none);
      }
      return;
    }
    if (allowed.size > 0) {
      send(req, res, 405, 'Method Not Allowed\n', {
        allow: [...allowed].join(', '),
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': CACHE.none,
      });
      return;
    }
    sendHtml(req, res, 404, notFoundPage(pathname, { kind: 'page' }), CACHE.none);
  };
}

/**
 * A plain node:http server for the web routes, used when there are no Slack credentials (so no
 * Bolt receiver to mount them on): the answer pages and /healthz still serve.
 */
export function startWebServer(routes: readonly WebRoute[], options: WebServerOptions): Promise<WebServer> {
  const { logger } = options;
  const dispatch = createDispatcher(routes, logger);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const server = createServer(serverOptions(limits), (req, res) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger?.debug?.(
        { method: req.method, url: req.url, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'web request',
      );
    });
    dispatch(req, res);
  });
  applyLimits(server, limits);

  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen({ port: options.port, host: options.host }, () => {
      server.off('error', onError);
      server.on('error', (err) => logger?.error({ err }, 'web server error'));
      const { port } = server.address() as AddressInfo;
      const host =
        !options.host || options.host === '::' || options.host === '0.0.0.0' ? 'localhost' : options.host;
      const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
      logger?.info({ port, url }, 'web server listening');
      let closing: Promise<void> | null = null;
      resolve({
        server,
        port,
        url,
        close() {
          closing ??= new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeIdleConnections();
            // Requests still running get a moment to finish, then their sockets are cut.
            setTimeout(() => server.closeAllConnections(), 2_000).unref();
          });
          return closing;
        },
      });
    });
  });
}
