import type { AddressInfo } from 'node:net';
import { type CustomRoute, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Logger as PinoLogger } from 'pino';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { createCore } from '../../src/core.js';
import { escapeHtml } from '../../src/knowledge/markdown.js';
import type { WebLogger } from '../../src/web/http.js';
import { webRoutes } from '../../src/web/routes.js';
import { compilePath, startWebServer, type WebServer } from '../../src/web/server.js';

const core = createCore({ baseUrl: 'http://localhost:1234' });
const routes = webRoutes(core, { health: () => ({ ok: true, slack: 'not configured' }) });

let web: WebServer;
let base: string;

beforeAll(async () => {
  web = await startWebServer(routes, { port: 0 });
  base = `http://127.0.0.1:${web.port}`;
});

afterAll(async () => {
  await web?.close();
});

function meta(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];
}

function expectPageHeaders(res: Response) {
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("style-src 'unsafe-inline'");
  expect(csp).not.toContain('script-src');
  expect(res.headers.get('cache-control')).toBeTruthy();
}

describe('startWebServer with the web routes', () => {
  it('listens on the real port when asked for port 0', () => {
    expect(web.port).toBeGreaterThan(0);
    expect((web.server.address() as AddressInfo).port).toBe(web.port);
  });

  it('GET /answers lists every answer', async () => {
    const res = await fetch(`${base}/answers`);
    expect(res.status).toBe(200);
    expectPageHeaders(res);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const html = await res.text();
    for (const e of core.kb.entries) {
      expect(html).toContain(`href="/answers/${e.id}"`);
      expect(html).toContain(escapeHtml(e.title));
    }
    expect(html).toContain('<table>');
  });

  it('GET /answers/mtls is the canonical answer page with og tags', async () => {
    const res = await fetch(`${base}/answers/mtls`);
    expect(res.status).toBe(200);
    expectPageHeaders(res);
    const html = await res.text();
    const url = 'http://localhost:1234/answers/mtls';
    expect(html).toContain(`<link rel="canonical" href="${url}">`);
    expect(meta(html, 'og:url')).toBe(url);
    expect(meta(html, 'og:title')).toBe(escapeHtml(core.kb.byId.get('mtls')?.title ?? '?'));
    expect(meta(html, 'og:type')).toBe('article');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  });

  it('GET /answers/nope is a 404 page', async () => {
    const res = await fetch(`${base}/answers/nope`);
    expect(res.status).toBe(404);
    expectPageHeaders(res);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('There is no answer called <code>nope</code>');
    expect(html).toContain('href="/answers"');
  });

  it('a misspelt id offers the near answer; an uppercase id redirects to the canonical one', async () => {
    const near = await fetch(`${base}/answers/mtsl`);
    expect(near.status).toBe(404);
    expect(await near.text()).toContain('href="/answers/mtls"');
    const upper = await fetch(`${base}/answers/MTLS`, { redirect: 'manual' });
    expect(upper.status).toBe(301);
    expect(upper.headers.get('location')).toBe('/answers/mtls');
  });

  it('GET /answers?q=mtls%20in%20linkerd shows the mtls answer', async () => {
    const res = await fetch(`${base}/answers?q=mtls%20in%20linkerd`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const html = await res.text();
    const result = html.slice(html.indexOf('<section class="result"'));
    expect(result.slice(0, result.indexOf('</section>'))).toContain('href="/answers/mtls"');
    expect(html).toContain('value="mtls in linkerd"');
  });

  it('escapes a hostile query and cuts it to 500 characters', async () => {
    const res = await fetch(`${base}/answers?q=${encodeURIComponent('"><script>alert(1)</script>')}`);
    const html = await res.text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const long = await (await fetch(`${base}/answers?q=${'y'.repeat(2000)}`)).text();
    expect(long).toContain(`value="${'y'.repeat(500)}"`);
    expect(long).not.toContain('y'.repeat(501));
  });

  it('GET /healthz is JSON from the health callback', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ ok: true, slack: 'not configured' });
  });

  it('GET /healthz is 503 when not ok, or when the check throws', async () => {
    const sick = await startWebServer(
      [
        ...webRoutes(core, { health: () => ({ ok: false, reason: 'kb' }) }).filter(
          (r) => r.path === '/healthz',
        ),
        {
          ...(webRoutes(core, {
            health: () => {
              throw new Error('boom');
            },
            logger: { info() {}, error() {} },
          }).find((r) => r.path === '/healthz') as (typeof routes)[number]),
          path: '/healthz2',
        },
      ],
      { port: 0, host: '127.0.0.1' },
    );
    try {
      const res = await fetch(`${sick.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ ok: false, reason: 'kb' });
      const threw = await fetch(`${sick.url}/healthz2`);
      expect(threw.status).toBe(503);
      expect(await threw.json()).toEqual({ ok: false, error: 'health check failed' });
    } finally {
      await sick.close();
    }
  });

  it('GET / redirects to /answers', async () => {
    const res = await fetch(`${base}/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/answers');
  });

  it('HEAD works and sends no body', async () => {
    const get = await fetch(`${base}/answers/mtls`);
    const length = (await get.arrayBuffer()).byteLength;
    const res = await fetch(`${base}/answers/mtls`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(Number(res.headers.get('content-length'))).toBe(length);
    expect(await res.text()).toBe('');
  });

  it('POST /answers is 405 with an Allow header', async () => {
    const res = await fetch(`${base}/answers`, { method: 'POST', body: 'q=x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('GET /nope is a 404 page', async () => {
    const res = await fetch(`${base}/nope`);
    expect(res.status).toBe(404);
    expectPageHeaders(res);
    expect(await res.text()).toContain('There is no page at <code>/nope</code>');
  });

  it('a handler that throws gives a 500 page, and the server keeps serving', async () => {
    const errors: unknown[] = [];
    const broken = await startWebServer(
      [
        {
          path: '/boom',
          method: ['GET'],
          handler: () => {
            throw new Error('boom');
          },
        },
      ],
      { port: 0, logger: { info() {}, error: (o) => errors.push(o) } },
    );
    try {
      const res = await fetch(`http://127.0.0.1:${broken.port}/boom`);
      expect(res.status).toBe(500);
      expect(await res.text()).toContain('Something went wrong');
      expect(errors).toHaveLength(1);
      expect((await fetch(`http://127.0.0.1:${broken.port}/x`)).status).toBe(404);
    } finally {
      await broken.close();
    }
  });
});

describe('route paths', () => {
  it('match like path-to-regexp: one segment per param, any case, optional trailing slash', () => {
    const { regex, names } = compilePath('/answers/:id');
    expect(names).toEqual(['id']);
    expect(regex.test('/answers/mtls')).toBe(true);
    expect(regex.test('/Answers/mtls/')).toBe(true);
    expect(regex.test('/answers/')).toBe(false);
    expect(regex.test('/answers/a/b')).toBe(false);
    expect(compilePath('/').regex.test('/')).toBe(true);
    expect(() => compilePath('/files/*rest')).toThrow(/unsupported/);
  });
});

describe('the same routes mounted in Bolt', () => {
  it('fit the customRoutes type and the logger types', () => {
    expectTypeOf(routes).toExtend<CustomRoute[]>();
    expectTypeOf<PinoLogger>().toExtend<WebLogger>();
  });

  it("serve through Bolt's HTTPReceiver (path-to-regexp params)", async () => {
    const receiver = new HTTPReceiver({
      signingSecret: 'test-secret',
      customRoutes: routes,
      logLevel: LogLevel.ERROR,
    });
    const server = await receiver.start(0);
    const port = (server.address() as AddressInfo).port;
    try {
      const page = await fetch(`http://127.0.0.1:${port}/answers/multi-cluster`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(
        '<link rel="canonical" href="http://localhost:1234/answers/multi-cluster">',
      );
      const search = await fetch(`http://127.0.0.1:${port}/answers?q=mtls%20in%20linkerd`);
      expect(await search.text()).toContain('href="/answers/mtls"');
      expect((await fetch(`http://127.0.0.1:${port}/answers/nope`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`, { method: 'HEAD' })).status).toBe(200);
    } finally {
      server.closeAllConnections();
      await receiver.stop();
    }
  });
});
