/** Web routes of the learning loop: the /stats page (aggregates only; STATS_PAGE=false turns it off). */
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Core } from '../core.js';
import { CACHE, sendHtml } from '../web/http.js';
import type { WebRoute } from '../web/routes.js';
import type { Loop } from './index.js';
import { statsPage } from './stats-page.js';

export function loopRoutes(loop: Loop, core: Core, _config: Config, logger: Logger): WebRoute[] {
  if (!loop.settings.statsPage) return [];
  const titles = new Map(core.kb.entries.map((e) => [e.id, e.title]));
  return [
    {
      path: '/stats',
      method: ['GET', 'HEAD'],
      handler: (req, res) => {
        loop.store.stats(14).then(
          (stats) => sendHtml(req, res, 200, statsPage(stats, titles), CACHE.none),
          (err: unknown) => {
            logger.error(
              { err: { name: (err as Error).name, message: (err as Error).message } },
              'stats page failed',
            );
            sendHtml(
              req,
              res,
              503,
              '<!doctype html><title>Stats unavailable</title><p>Stats are unavailable just now.</p>',
              CACHE.none,
            );
          },
        );
      },
    },
  ];
}
