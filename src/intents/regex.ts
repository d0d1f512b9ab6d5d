/**
 * Every match of a global pattern, in order, as `String.prototype.matchAll` gives them, but
 * without the copy of the pattern that matchAll makes on every call. For the long factor and
 * ask patterns that copy cost more than the search itself (about 8 µs a pattern, measured by
 * `npm run bench`'s profile of the real knowledge base).
 *
 * The matches are collected before returning, so code run between them cannot disturb the
 * pattern's position, and the pattern is left at position 0.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: /${pattern.source}/`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push(m);
      // An empty match would be found again at the same place: step past it, as matchAll does.
      if (m[0] === '')
        pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return found;
}

/** The index after `at`, a whole code point on in unicode mode. */
export function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}

/** Whether a global pattern matches the text anywhere (from the start; the pattern is left at 0). */
export function hasMatch(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
