/** Deterministic hostile inputs for robustness tests: the same seed gives the same strings. */

/** mulberry32, the seeded PRNG the synthetic benchmark data uses too: floats in [0, 1). */
import { mulberry32 } from '../../bench/synthetic.js';

export const seededRandom = mulberry32;

/** Pieces that exercise Slack markup, HTML, regex metacharacters and awkward Unicode. */
const FRAGMENTS = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S1|@team>',
  '<!date^1392734382^{date}|Feb 18>',
  '<@U0BOT1234>',
  '<@U123|name>',
  '<#C123|general>',
  '<#C123>',
  '<https://istio.io|istio docs>',
  '<https://x.io/a?b=c&d=e>',
  '<mailto:a@b.c|mail>',
  '<',
  '>',
  '<<>>',
  '<@',
  '<!',
  '|',
  '&amp;',
  '&lt;',
  '&gt;',
  '&#39;',
  '&quot;',
  '&',
  ':thinking_face:',
  ':+1::skin-tone-2:',
  '::',
  ':',
  '*',
  '_',
  '~',
  '`',
  '```',
  '**',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</div>',
  '"\'',
  '\\',
  '\\b',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '.*',
  '+?',
  '^$',
  '(?=',
  '\u0000',
  '\u0007',
  '\t',
  '\r\n',
  '\n\n',
  '\u00A0',
  '\u200B',
  '\u200D',
  '\u200F',
  '\u202E',
  '\u2067',
  '\u2069',
  '\uFEFF',
  '\uFE0F',
  '\uD800',
  '\uDFFF',
  '🚀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇬🇧',
  'é',
  'e\u0301',
  'ß',
  'İ',
  'ﬁ',
  'Ⅻ',
  '①',
  'ｉｓｔｉｏ',
  'مرحبا',
  'שלום',
  '你好',
  'こんにちは',
  'Привет',
  'istio',
  'linkerd',
  'istoi',
  'linkrd',
  'mtls',
  'mesh',
  'vs',
  'which',
  'cost',
  'migrate',
  'sidecarless',
  'multi-cluster',
  'thanks',
  'hi',
  'help',
  'kubernetes',
  'aws',
  'keda',
  'what is',
  'how much',
  'should we',
  '?',
  '!',
  ',',
  '.',
  '-',
  "'s",
  '123',
  '1.24',
  'a'.repeat(300),
];

/** n hostile strings (plus a few fixed extremes), built from FRAGMENTS and random code points. */
export function hostileInputs(n: number, seed: number): string[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const randomCodePoint = (): string => {
    const ranges: ReadonlyArray<readonly [number, number]> = [
      [0x20, 0x7e],
      [0x00, 0x1f],
      [0x80, 0x24f],
      [0x590, 0x6ff],
      [0x2000, 0x206f],
      [0x3040, 0x30ff],
      [0x4e00, 0x9fff],
      [0xfe00, 0xfe0f],
      [0x1f300, 0x1faff],
    ];
    const [lo, hi] = pick(ranges);
    return String.fromCodePoint(lo + Math.floor(rnd() * (hi - lo + 1)));
  };
  const out: string[] = [
    '',
    ' ',
    '<!channel>',
    '<!channel> <!here> <!everyone>',
    '<script>alert("istio")</script>',
    '<b>which mesh</b> <a href="javascript:alert(1)">linkerd</a>',
    'istio '.repeat(8000).slice(0, 40_000),
    'x'.repeat(40_000),
    '🚀'.repeat(20_000),
    '<@U1>'.repeat(8000),
    '&amp;'.repeat(8000),
    ':a:'.repeat(13_000),
    '*_~`'.repeat(10_000),
    '\u200B'.repeat(40_000),
    Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}q`).join(' '),
  ];
  while (out.length < n + 15) {
    const parts: string[] = [];
    const len = 1 + Math.floor(rnd() * 12);
    for (let i = 0; i < len; i++) {
      const r = rnd();
      if (r < 0.55) parts.push(pick(FRAGMENTS));
      else if (r < 0.9)
        parts.push(Array.from({ length: 1 + Math.floor(rnd() * 8) }, randomCodePoint).join(''));
      else parts.push(pick(FRAGMENTS).toUpperCase());
      if (rnd() < 0.6) parts.push(' ');
    }
    out.push(parts.join(''));
  }
  return out;
}
