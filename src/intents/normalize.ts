/**
 * Turns text as Slack delivers it into plain words for matching.
 *
 * Slack sends mentions as `<@U123>`, `<#C123|general>`, `<!subteam^S123|@team>`, specials as
 * `<!here>`, links as `<https://x|label>`, entities for `& < >`, emoji as `:name:` codes, and
 * bold/italic/strike/code markers around words.
 */

const MAX_INPUT = 4000;

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/**
 * A channel reference, `<#C123>` or `<#C123|name>` (the name captured). Here and in the other markup
 * patterns a label stops at a `<` as well as at `>`: Slack sends a typed `<` as `&lt;`, so no piece of
 * markup holds one, and a label that could run over the next `<` made a message of 40,000 characters
 * of `<#0|` take half a second (each `<` read the rest of the text); now each `<` reads up to the next.
 */
export const CHANNEL_REF = /<#[A-Z0-9]+(?:\|([^<>]*))?>/gi;

const NOT_ASCII = /[\u0080-\uffff]/;
const MARKER = /[*_~`]/;

/**
 * Each piece of Slack markup (`<` up to the first `>` after it) as one space: what
 * `text.replace(/<[^>]*>/g, ' ')` gives, in one pass. That pattern looks for a `>` after every `<`,
 * so a message of 40,000 `<` took about a second a call (quadratic); here, once a `<` has no `>`
 * after it, neither has any later one.
 */
export function blankMarkup(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<', from);
    if (open < 0) break;
    const close = text.indexOf('>', open + 1);
    if (close < 0) break;
    out += `${text.slice(from, open)} `;
    from = close + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Removes Slack markup but keeps the words a person typed, in their case. */
export function stripSlackMarkup(raw: string): string {
  let text = raw.slice(0, MAX_INPUT);
  // Each step runs only when the text holds the character every match of it needs (most messages
  // have no markup at all): the same result, without a dozen scans of every message.
  if (text.includes('<'))
    text = text
      // user and bot mentions carry no meaning for the question
      .replace(/<@[A-Z0-9]+(?:\|[^<>]*)?>/gi, ' ')
      // channels keep their name when Slack sends one
      .replace(CHANNEL_REF, (_m, name: string | undefined) => ` ${name ?? ''} `);
  if (text.includes('<'))
    text = text
      // <!here>, <!channel>, <!everyone>, <!subteam^ID|@handle>, <!date^...|fallback>
      .replace(/<![^<>]*>/g, ' ')
      // links: keep the label, or the URL's words when there is none
      .replace(
        /<((?:https?|mailto):[^|<>\s]*)(?:\|([^<>]*))?>/gi,
        (_m, url: string, label: string | undefined) =>
          label !== undefined
            ? ` ${label} `
            : ` ${url.replace(/^[a-z]+:(?:\/\/)?/i, '').replace(/[/?#=&.]+/g, ' ')} `,
      );
  if (text.includes('&')) text = text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
  // emoji codes :smile: and :+1::skin-tone-2:
  if (text.includes(':')) text = text.replace(/:[a-z0-9_+'-]+:/gi, ' ');
  // pictographs, variation selectors, zero-width joiners and other invisible characters (none ASCII)
  if (NOT_ASCII.test(text))
    text = text.replace(
      /\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\uFE0E\uFE0F\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF]/gu,
      ' ',
    );
  // code fences and inline markers: keep the text inside
  if (MARKER.test(text))
    text = text
      .replace(/```/g, ' ')
      .replace(/(^|[\s(])[*_~`]+(?=\S)/g, '$1')
      // A closing run starts where the old `(?<=\S)` first allowed it, after a word or one marker past
      // a space, so a run that does not close is read once (it was read again from each marker:
      // 4,000 of them took 40 ms, 60-80 ms an answer).
      .replace(/(?:(?<=[^\s*_~`])|(?<=(?:^|\s)[*_~`]))[*_~`]+(?=$|[\s).,!?:;])/g, '');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Marks the inside of each fenced code block (```…```), and runs of two or more lines that a
 * program wrote (MACHINE_LINE) pasted without a fence, with CODE_MARK on both sides, for the
 * matcher: pasted logs, manifests and command output are context to the question, not the question
 * (`segment` in model.ts weighs them apart). Each block keeps at most MAX_CODE_CHARS, so a long log
 * cannot push the question itself past the length the matcher reads. The mark is the control
 * character RS (record separator): no word contains it, normalisation keeps it, and it keeps a
 * marked text in one byte a character (see `oneByte`). Any RS in the message itself is blanked
 * first. Other text is unchanged.
 */
export const CODE_MARK = '\u001e';
const MAX_CODE_CHARS = 600;
const codeRegion = (inner: string) => ` ${CODE_MARK} ${inner.slice(0, MAX_CODE_CHARS)} ${CODE_MARK} `;

/**
 * A line a program wrote rather than a person: a log line with a timestamp, a stack frame, a shell
 * command, an aligned table row (kubectl get), or an indented YAML or JSON line.
 */
const MACHINE_LINE = new RegExp(
  [
    /^\s*\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.source, // 2026-11-20T10:00:01Z ...
    /^\s*\[?\d{2}:\d{2}:\d{2}[.,\]\s]/.source, // 10:00:01.123 ...
    /^\s*[IWEF]\d{4} \d{2}:\d{2}/.source, // glog: I1120 10:00:01
    /^\s+at [\w$.<>]+[ (]/.source, // Java and Node stack frames
    /^\s*File "[^"]+", line \d+/.source, // Python frames
    /^\s*(?:Traceback \(most recent call last\)|Caused by: |Exception in thread )/.source,
    /^\s*[$#>] \S/.source, // shell prompts
    /^\S+(?: {2,}\S+){3,}\s*$/.source, // aligned columns: NAME  READY  STATUS  RESTARTS
    /^\s{2,}(?:-\s+)?[A-Za-z_][\w./-]*:(?: \S.*)?$/.source, // indented YAML
    /^(?:apiVersion|kind|metadata|spec|data|status):/.source, // top-level manifest keys
    /^\s*[{[\]}],?\s*$|^\s*"[\w.-]+":\s/.source, // JSON
  ].join('|'),
);

/** Runs of two or more machine lines outside fences, marked like fenced code. */
function markMachineLines(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 3) return text;
  const machine = lines.map((l) => MACHINE_LINE.test(l));
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && machine[j]) j++;
    if (j - i >= 2) {
      out.push(codeRegion(lines.slice(i, j).join('\n')));
      i = j;
    } else {
      out.push(lines[i] as string);
      i++;
    }
  }
  return out.join('\n');
}

export function markCode(raw: string): string {
  // Slack's own limit is 40,000 characters; nothing longer is read.
  const pieces = raw
    .slice(0, 40_000)
    .replaceAll(CODE_MARK, ' ')
    .split(/```([\s\S]*?)```/);
  // split() with a group: even pieces lie outside fences, odd ones are the fences' insides.
  return pieces.map((p, i) => (i % 2 === 1 ? codeRegion(p) : markMachineLines(p))).join('');
}

/** Lower-cased, markup-free, single-spaced text with typographic quotes and dashes folded. */
export function normalizeText(raw: string): string {
  const stripped = stripSlackMarkup(raw);
  // ASCII text (most messages) is its own NFKC form and has no typographic quotes or dashes, and
  // stripSlackMarkup left it single-spaced and trimmed: it is only lower-cased.
  let text = NOT_ASCII.test(stripped)
    ? stripped
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[‘’‚‛′]/g, "'")
        .replace(/[“”„‟″]/g, '"')
        .replace(/[‐‑‒–—―]/g, '-')
        .replace(/\s+/g, ' ')
    : stripped.toLowerCase();
  // Products whose names say "mesh" but that are no service mesh: a chaos tool, mesh VPNs.
  if (text.includes('mesh'))
    text = text.replace(/\bchaos[\s-]mesh\b/g, 'chaosmesh').replace(/\bmesh[\s-]vpns?\b/g, 'meshvpn');
  // "linker d": Linkerd's name as a phone's autocorrect splits it.
  if (text.includes('linker d')) text = text.replace(/\blinker d\b/g, 'linkerd');
  return oneByte(text.trim());
}

/**
 * The same text, stored one byte a character when every character fits (Latin-1). V8 keeps a
 * string built from one that held a wider character ("istio — or linkerd?") two bytes wide even
 * after that character is replaced, and it runs the matcher's long patterns about 2.5 times slower
 * on such strings (their two-byte code stays in V8's regexp interpreter; measured with `npm run
 * bench`'s questions: the four with a dash were its four slowest). A copy through latin1 gives
 * the one-byte form; a text with a wider character (Devanagari, an emoji) is left as it is.
 */
function oneByte(text: string): string {
  return WIDER_THAN_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}
const WIDER_THAN_LATIN1 = /[\u0100-\uffff]/;
