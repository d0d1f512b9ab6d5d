/**
 * The `og:image` of an answer page: a 1200×630 PNG card (title, verdict, checked date, address)
 * drawn on the server with satori (layout to SVG) and resvg (SVG to PNG). No browser, no network:
 * the font ships in the @fontsource/inter npm package. Renders are cached per answer and run one at
 * a time, so a burst of link previews cannot hold the event loop for long. satori and resvg are
 * loaded on the first render (satori alone is ~150 ms of start-up that most processes never need).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { toPlain } from '../knowledge/markdown.js';
import type { Entry } from '../knowledge/schema.js';

export const CARD_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** What the card shows; everything else about an entry leaves the image unchanged. */
export interface CardImageInput {
  readonly title: string;
  readonly verdict: string;
  readonly checked: string;
  /** Shown at the foot, e.g. "meshbot.example.com/answers/mtls". */
  readonly address: string;
  readonly meshes: readonly string[];
}

export function cardImageInput(entry: Entry, answerUrl: string): CardImageInput {
  const address = answerUrl.replace(/^https?:\/\//, '');
  return {
    title: entry.title,
    verdict: toPlain(entry.verdict).replace(/\s+/g, ' ').trim(),
    checked: entry.checked,
    address,
    meshes: entry.meshes ? ['Istio', 'Linkerd'] : [],
  };
}

/** A short hash of what the card shows: the `?v=` of the og:image URL, and its ETag. */
export function cardImageVersion(input: CardImageInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 12);
}

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    const file = (w: number) =>
      readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${w}-normal.woff`));
    fonts = [
      { name: 'Inter', data: file(400), weight: 400, style: 'normal' },
      { name: 'Inter', data: file(700), weight: 700, style: 'normal' },
    ];
  }
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, ...(children !== undefined ? { children } : {}) },
});

const PAD = 64;

/** The card as satori's element tree (React-element shaped objects; no JSX needed). */
export function cardTree(input: CardImageInput): Node {
  const tags = input.meshes.map((m) =>
    el(
      'div',
      {
        display: 'flex',
        padding: '6px 18px',
        marginRight: 12,
        borderRadius: 999,
        background: '#457b9d',
        fontSize: 24,
        fontWeight: 700,
      },
      m,
    ),
  );
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      boxSizing: 'border-box',
      width: CARD_IMAGE.width,
      height: CARD_IMAGE.height,
      padding: `56px ${PAD}px`,
      background: '#1d3557',
      color: '#f1faee',
      fontFamily: 'Inter',
    },
    [
      el('div', { display: 'flex', alignItems: 'center', fontSize: 28, color: '#a8dadc' }, [
        el('div', { display: 'flex', fontWeight: 700, marginRight: 16 }, 'meshbot'),
        el('div', { display: 'flex' }, 'service mesh answers'),
      ]),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el(
          'div',
          { display: 'flex', fontSize: 60, fontWeight: 700, lineHeight: 1.15 },
          clip(input.title, 90),
        ),
        el(
          'div',
          { display: 'flex', fontSize: 30, lineHeight: 1.4, marginTop: 24, color: '#dbe9f4' },
          clip(input.verdict, 220),
        ),
      ]),
      el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontSize: 24 }, [
        el('div', { display: 'flex' }, tags),
        el(
          'div',
          { display: 'flex', color: '#a8dadc' },
          clip(`Checked ${input.checked} · ${input.address}`, 70),
        ),
      ]),
    ],
  );
}

/** Renders one card to PNG bytes. */
export async function renderCardImage(input: CardImageInput): Promise<Buffer> {
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const svg = await satori(cardTree(input) as Parameters<typeof satori>[0], {
    width: CARD_IMAGE.width,
    height: CARD_IMAGE.height,
    fonts: loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}

export interface CardImages {
  /** The PNG for this input, rendered once and then served from memory. */
  get(input: CardImageInput): Promise<Buffer>;
  readonly size: number;
}

/**
 * A bounded cache of rendered cards keyed by their version: concurrent requests share one render,
 * renders run one at a time, a failed render is not cached, and the least recently used is evicted.
 */
export function createCardImages(
  options: { max?: number; render?: (input: CardImageInput) => Promise<Buffer> } = {},
): CardImages {
  const max = options.max ?? 128;
  const render = options.render ?? renderCardImage;
  const cache = new Map<string, Promise<Buffer>>();
  let queue: Promise<unknown> = Promise.resolve();
  return {
    get(input) {
      const key = cardImageVersion(input);
      const hit = cache.get(key);
      if (hit) {
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      const job = queue.then(() => render(input));
      queue = job.catch(() => undefined);
      cache.set(key, job);
      job.catch(() => cache.delete(key));
      while (cache.size > max) {
        const oldest = cache.keys().next().value;
        if (oldest === undefined) break;
        cache.delete(oldest);
      }
      return job;
    },
    get size() {
      return cache.size;
    },
  };
}
