import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core.js';
import { withoutTrailing } from '../trim.js';
import { type CardImages, cardImageInput, cardImageVersion, createCardImages } from './card-image.js';
import { CACHE, redirect, requestUrl, SECURITY_HEADERS, sendHtml, sendJson, type WebLogger } from './http.js';
import {
  answerPage,
  errorPage,
  indexPage,
  MAX_QUERY_LENGTH,
  notFoundPage,
  type PageVerification,
  sitePaths,
} from './pages.js';
import type { LoadShedder, ShedReason } from './shed.js';

/**
 * What Bolt passes a custom route: the request with path parameters (path-to-regexp) in `params`.
 * Values are typed `string | string[]` like Bolt's ParamsDictionary (wildcards give arrays), so the
 * routes are assignable to Bolt's `CustomRoute[]` without a cast.
 */
export type WebRequest = IncomingMessage & { params?: Record<string, string | string[]> };

/** One route in the shape of Bolt's `customRoutes` (HTTPReceiver / SocketModeReceiver). */
export interface WebRoute {
  readonly path: string;
  readonly method: string[];
  readonly handler: (req: WebRequest, res: ServerResponse) => void;
}

export interface HealthStatus {
  ok: boolean;
  [key: string]: unknown;
}

export interface WebRoutesOptions {
  /** Reported by GET /healthz: 200 when ok, 503 otherwise. */
  readonly health: () => HealthStatus;
  readonly logger?: WebLogger;
  /**
   * Sheds page load (the index, search and answer pages; never /healthz) when the event loop lags
   * or pages use more than their share of it: those requests get a 503 with Retry-After.
   */
  readonly shed?: LoadShedder;
  /** Told about each refused page request (metrics). */
  readonly onShed?: (route: string, reason: ShedReason) => void;
  /** The og:image renderer and its cache (one per routes list by default). */
  readonly cardImages?: CardImages;
  /** The last "Still correct" of an entry (the learning loop's), shown on its page. */
  readonly verification?: (id: string) => PageVerification | undefined;
}

/** Card images change only with their content, which the ETag and the page's `?v=` follow. */
const IMAGE_CACHE = 'public, max-age=86400';

const READ = ['GET', 'HEAD'];

/** Suggestions for an unknown answer id must look like real near-misses. */
const MIN_SUGGESTION_SCORE = 0.3;

/** Answer ids are slugs of at most this many characters (src/knowledge/schema.ts). */
export const MAX_ID_LENGTH = 64;
/** Longest word of an unknown id that is looked up for suggestions (longer ones cannot be near-misses). */
export const MAX_SUGGESTION_WORD = 30;
/** At most this many suggestions on a 404 page. */
export const MAX_SUGGESTIONS = 3;

/**
 * What an unknown answer id is searched for, to suggest near misses: the words of its first
 * MAX_ID_LENGTH characters, each at most MAX_SUGGESTION_WORD long, at most 8 of them. Bounded so a
 * 4,000-character id costs no more than a real slug (the matcher's spelling correction is what
 * costs, and it grows with the length of a word).
 */
export function suggestionQuery(id: string): string {
  return id
    .slice(0, MAX_ID_LENGTH)
    .split(/[-_\s]+/)
    .filter((w) => w !== '' && w.length <= MAX_SUGGESTION_WORD)
    .slice(0, 8)
    .join(' ');
}

/** The last path segment, for servers that do not fill `req.params`. */
function lastSegment(pathname: string): string {
  const seg = withoutTrailing(pathname, '/').split('/').pop() ?? '';
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}

/**
 * The public web pages as Bolt custom routes: GET /answers (index and search), GET /answers/:id
 * (canonical answer pages), GET /healthz and GET / (redirect). HEAD works on all of them.
 */
export function webRoutes(core: Core, opts: WebRoutesOptions): WebRoute[] {
  const paths = sitePaths(core);
  const images = opts.cardImages ?? createCardImages();

  /** Runs a handler; an exception becomes a 500 page and a log line instead of a dropped socket. */
  const guarded =
    (name: string, fn: (req: WebRequest, res: ServerResponse) => void) =>
    (req: WebRequest, res: ServerResponse): void => {
      try {
        fn(req, res);
      } catch (err) {
        opts.logger?.error({ err, route: name, url: req.url }, 'web route failed');
        if (res.headersSent) res.destroy();
        else sendHtml(req, res, 500, errorPage(undefined, { baseUrl: core.baseUrl }), CACHE.none);
      }
    };

  // Deliberately tiny: under a flood, every refused request should cost as little as possible.
  const busyPage =
    '<!doctype html><meta charset="utf-8"><title>Busy · meshbot</title><p>The answer pages are busy just now. Please try again in a moment.</p>\n';

  /** A page route: refused with a cheap 503 when the shedder says so, else run and charged. */
  const paged = (name: string, fn: (req: WebRequest, res: ServerResponse) => void) =>
    guarded(name, (req, res) => {
      const shed = opts.shed;
      if (!shed) {
        fn(req, res);
        return;
      }
      const reason = shed.check();
      if (reason) {
        shed.shed++;
        opts.onShed?.(name, reason);
        sendHtml(req, res, 503, busyPage, CACHE.none, {
          'retry-after': String(shed.retryAfterSeconds),
        });
        return;
      }
      shed.served++;
      shed.charge(() => fn(req, res));
    });

  return [
    {
      path: '/',
      method: READ,
      handler: guarded('root', (req, res) => redirect(req, res, 302, paths.index)),
    },
    {
      path: '/answers',
      method: READ,
      handler: paged('index', (req, res) => {
        const raw = requestUrl(req).searchParams.get('q') ?? '';
        const q = raw.slice(0, MAX_QUERY_LENGTH).trim();
        sendHtml(req, res, 200, indexPage(core, q || undefined), q ? CACHE.search : CACHE.page);
      }),
    },
    {
      path: '/answers/:id',
      method: READ,
      handler: paged('answer', (req, res) => {
        const param = req.params?.id;
        const id = typeof param === 'string' ? param : lastSegment(requestUrl(req).pathname);
        const entry = core.kb.byId.get(id);
        if (entry) {
          sendHtml(req, res, 200, answerPage(entry, core, new Date(), opts.verification?.(entry.id)));
          return;
        }
        // Ids are lowercase slugs; send /answers/MTLS to the one canonical address.
        const lower = id.toLowerCase();
        if (lower !== id && core.kb.byId.has(lower)) {
          redirect(req, res, 301, paths.answer(lower));
          return;
        }
        const query = suggestionQuery(id);
        const suggestions = query
          ? core.matcher
              .findTopic(query, MAX_SUGGESTIONS)
              .filter((c) => c.score >= MIN_SUGGESTION_SCORE)
              .slice(0, MAX_SUGGESTIONS)
          : [];
        sendHtml(req, res, 404, notFoundPage(id, { suggestions, baseUrl: core.baseUrl }), CACHE.none);
      }),
    },
    {
      // The og:image of an answer page: a PNG card rendered on first request, then from memory.
      path: '/answers/:id/card.png',
      method: READ,
      handler: guarded('card-image', (req, res) => {
        const param = req.params?.id;
        const segs = requestUrl(req).pathname.split('/');
        const id = typeof param === 'string' ? param : decodeURIComponent(segs.at(-2) ?? '');
        const entry = core.kb.byId.get(id);
        if (!entry) {
          sendHtml(req, res, 404, notFoundPage(id, { baseUrl: core.baseUrl }), CACHE.none);
          return;
        }
        const input = cardImageInput(entry, core.answerUrl(entry.id));
        const etag = `"${cardImageVersion(input)}"`;
        const headers = { ...SECURITY_HEADERS, 'cache-control': IMAGE_CACHE, etag };
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, headers).end();
          return;
        }
        images.get(input).then(
          (png) => {
            if (res.headersSent) return;
            res.writeHead(200, {
              ...headers,
              'content-type': 'image/png',
              'content-length': String(png.length),
            });
            res.end(req.method === 'HEAD' ? undefined : png);
          },
          (err: unknown) => {
            opts.logger?.error({ err, route: 'card-image', id }, 'card image failed');
            if (!res.headersSent)
              sendHtml(req, res, 500, errorPage(undefined, { baseUrl: core.baseUrl }), CACHE.none);
          },
        );
      }),
    },
    {
      path: '/healthz',
      method: READ,
      handler: guarded('healthz', (req, res) => {
        let status: HealthStatus;
        try {
          status = opts.health();
        } catch (err) {
          opts.logger?.error({ err }, 'health check failed');
          status = { ok: false, error: 'health check failed' };
        }
        sendJson(req, res, status.ok ? 200 : 503, status);
      }),
    },
  ];
}
