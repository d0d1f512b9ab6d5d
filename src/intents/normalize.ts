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

/** Removes Slack markup but keeps the words a person typed, in their case. */
export function stripSlackMarkup(raw: string): string {
  let text = raw.slice(0, MAX_INPUT);
  text = text
    // user and bot mentions carry no meaning for the question
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/gi, ' ')
    // channels keep their name when Slack sends one
    .replace(/<#[A-Z0-9]+(?:\|([^>]*))?>/gi, (_m, name: string | undefined) => ` ${name ?? ''} `)
    // <!here>, <!channel>, <!everyone>, <!subteam^ID|@handle>, <!date^...|fallback>
    .replace(/<![^>]*>/g, ' ')
    // links: keep the label, or the URL's words when there is none
    .replace(
      /<((?:https?|mailto):[^|>\s]*)(?:\|([^>]*))?>/gi,
      (_m, url: string, label: string | undefined) =>
        label !== undefined
          ? ` ${label} `
          : ` ${url.replace(/^[a-z]+:(?:\/\/)?/i, '').replace(/[/?#=&.]+/g, ' ')} `,
    )
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e)
    // emoji codes :smile: and :+1::skin-tone-2:
    .replace(/:[a-z0-9_+'-]+:/gi, ' ')
    // pictographs, variation selectors, zero-width joiners and other invisible characters
    .replace(
      /\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\uFE0E\uFE0F\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF]/gu,
      ' ',
    )
    // code fences and inline markers: keep the text inside
    .replace(/```/g, ' ')
    .replace(/(^|[\s(])[*_~`]+(?=\S)/g, '$1')
    .replace(/(?<=\S)[*_~`]+(?=$|[\s).,!?:;])/g, '');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Marks the inside of each fenced code block (```…```) with CODE_MARK on both sides, for the
 * matcher: pasted logs, manifests and command output are context to the question, not the question
 * (`segment` in model.ts weighs them apart). Each block keeps at most MAX_CODE_CHARS, so a long log
 * cannot push the question itself past the length the matcher reads. The mark is a private-use
 * character: no word contains it and normalisation keeps it. Text outside fences is unchanged.
 */
export const CODE_MARK = '\uE000';
const MAX_CODE_CHARS = 600;
export function markCode(raw: string): string {
  return raw.replace(
    /```([\s\S]*?)```/g,
    (_m, inner: string) =>
      ` ${CODE_MARK} ${inner.replace(/\uE000/g, ' ').slice(0, MAX_CODE_CHARS)} ${CODE_MARK} `,
  );
}

/** Lower-cased, markup-free, single-spaced text with typographic quotes and dashes folded. */
export function normalizeText(raw: string): string {
  return stripSlackMarkup(raw)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
