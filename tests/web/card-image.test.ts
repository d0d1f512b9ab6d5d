import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core.js';
import {
  CARD_IMAGE,
  type CardImageInput,
  cardImageInput,
  cardImageVersion,
  createCardImages,
  renderCardImage,
} from '../../src/web/card-image.js';
import { webRoutes } from '../../src/web/routes.js';
import { startWebServer, type WebServer } from '../../src/web/server.js';

const BASE = 'https://meshbot.example.com';
const core = createCore({ baseUrl: BASE });

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function meta(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];
}

const input = (over: Partial<CardImageInput> = {}): CardImageInput => ({
  title: 'What is mTLS?',
  verdict: 'Mutual TLS.',
  checked: '2026-11-30',
  address: 'meshbot.example.com/answers/mtls',
  meshes: [],
  ...over,
});

describe('renderCardImage', () => {
  it('draws a 1200×630 PNG of a real answer without a browser', async () => {
    const entry = core.kb.byId.get('ambient-mode');
    if (!entry) throw new Error('no ambient-mode entry');
    const png = await renderCardImage(cardImageInput(entry, core.answerUrl(entry.id)));
    expect(pngSize(png)).toEqual({ width: CARD_IMAGE.width, height: CARD_IMAGE.height });
    // A flat background would compress to almost nothing: the text is really there.
    expect(png.length).toBeGreaterThan(10_000);
  }, 20_000);

  it('copes with markup-like and very long text', async () => {
    const png = await renderCardImage(
      input({ title: `<b>${'Long title '.repeat(30)}</b> & "quotes"`, verdict: 'x '.repeat(500) }),
    );
    expect(pngSize(png).width).toBe(CARD_IMAGE.width);
  }, 20_000);
});

describe('cardImageVersion', () => {
  it('changes with what the card shows and only with that', () => {
    expect(cardImageVersion(input())).toBe(cardImageVersion(input()));
    expect(cardImageVersion(input({ checked: '2026-12-01' }))).not.toBe(cardImageVersion(input()));
    expect(cardImageVersion(input({ title: 'Other' }))).not.toBe(cardImageVersion(input()));
    expect(cardImageVersion(input())).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('createCardImages', () => {
  it('renders each card once, shares a render between concurrent requests, and runs renders one at a time', async () => {
    let running = 0;
    let peak = 0;
    const rendered: string[] = [];
    const images = createCardImages({
      render: async (i) => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 20));
        running -= 1;
        rendered.push(i.title);
        return Buffer.from(i.title);
      },
    });
    const [a, b, c] = await Promise.all([
      images.get(input({ title: 'A' })),
      images.get(input({ title: 'A' })),
      images.get(input({ title: 'B' })),
    ]);
    expect(String(a)).toBe('A');
    expect(b).toBe(a);
    expect(String(c)).toBe('B');
    expect(await images.get(input({ title: 'A' }))).toBe(a);
    expect(rendered).toEqual(['A', 'B']);
    expect(peak).toBe(1);
  });

  it('does not keep a failed render and evicts the least recently used card', async () => {
    let fail = true;
    let calls = 0;
    const images = createCardImages({
      max: 2,
      render: async (i) => {
        calls += 1;
        if (fail) throw new Error('boom');
        return Buffer.from(i.title);
      },
    });
    await expect(images.get(input({ title: 'A' }))).rejects.toThrow('boom');
    fail = false;
    expect(String(await images.get(input({ title: 'A' })))).toBe('A');
    await images.get(input({ title: 'B' }));
    await images.get(input({ title: 'A' })); // A is now the most recent
    await images.get(input({ title: 'C' })); // evicts B
    expect(images.size).toBe(2);
    const before = calls;
    await images.get(input({ title: 'A' }));
    expect(calls).toBe(before);
    await images.get(input({ title: 'B' }));
    expect(calls).toBe(before + 1);
  });
});

describe('GET /answers/:id/card.png', () => {
  let web: WebServer;
  let base: string;
  let renders = 0;

  beforeAll(async () => {
    const cardImages = createCardImages({
      render: (i) => {
        renders += 1;
        return renderCardImage(i);
      },
    });
    web = await startWebServer(webRoutes(core, { health: () => ({ ok: true }), cardImages }), { port: 0 });
    base = `http://127.0.0.1:${web.port}`;
  });

  afterAll(async () => {
    await web?.close();
  });

  it('the answer page names its card as og:image and twitter:image, with size, type and alt text', async () => {
    const html = await (await fetch(`${base}/answers/mtls`)).text();
    const image = meta(html, 'og:image') ?? '';
    expect(image).toMatch(/^https:\/\/meshbot\.example\.com\/answers\/mtls\/card\.png\?v=[0-9a-f]{12}$/);
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'og:image:type')).toBe('image/png');
    expect(meta(html, 'og:image:alt')).toContain('mTLS');
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'twitter:image')).toBe(image);
  });

  it('serves the PNG at the stable address with a long cache life and an ETag, rendering it once', async () => {
    const html = await (await fetch(`${base}/answers/cost`)).text();
    const url = new URL(meta(html, 'og:image') ?? '');
    const path = `${url.pathname}${url.search}`;
    const first = await fetch(`${base}${path}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/png');
    expect(first.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = first.headers.get('etag');
    expect(etag).toBe(`"${url.searchParams.get('v')}"`);
    const png = Buffer.from(await first.arrayBuffer());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    const before = renders;
    const again = await fetch(`${base}/answers/cost/card.png`);
    expect(Buffer.from(await again.arrayBuffer()).equals(png)).toBe(true);
    expect(renders).toBe(before);
    const revalidated = await fetch(`${base}/answers/cost/card.png`, {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(revalidated.status).toBe(304);
    const head = await fetch(`${base}/answers/cost/card.png`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(png.length));
  }, 20_000);

  it('answers 404 for an unknown answer', async () => {
    const res = await fetch(`${base}/answers/no-such-answer/card.png`);
    expect(res.status).toBe(404);
    expect(renders).toBeLessThanOrEqual(2);
  });
});
