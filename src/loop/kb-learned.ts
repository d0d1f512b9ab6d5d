/**
 * Writes learned phrasings into the entries' own files, so the repository stays the source of
 * truth: each goes at the end of the entry's `phrasings:` list as a quoted YAML string, leaving
 * the rest of the file untouched (a small, reviewable diff). Pure.
 */
import { normalizeQuestion } from './normalize.js';

export interface AddResult {
  readonly text: string;
  readonly added: readonly string[];
}

/**
 * Adds `phrasings` (skipping any already known, compared in normalised form) after the last item
 * of the front matter's `phrasings:` block list. Returns the text unchanged when nothing is new.
 */
export function addPhrasings(
  fileText: string,
  phrasings: readonly string[],
  known: ReadonlySet<string>,
): AddResult {
  const lines = fileText.split('\n');
  const end = lines.indexOf('---', 1);
  const start = lines.findIndex((l, i) => i < end && /^phrasings:\s*$/.test(l));
  if (lines[0]?.replace(/^\uFEFF/, '') !== '---' || end < 0 || start < 0)
    return { text: fileText, added: [] };
  let last = start;
  for (let i = start + 1; i < end; i++) {
    const l = lines[i] ?? '';
    if (/^\s+-\s/.test(l) || (/^\s{4,}\S/.test(l) && last === i - 1)) last = i;
    else if (l.trim() !== '') break;
  }
  const seen = new Set(known);
  const added: string[] = [];
  for (const p of phrasings) {
    const t = p.replace(/\s+/g, ' ').trim();
    const k = normalizeQuestion(t);
    if (t.length < 3 || t.length > 600 || !k || seen.has(k)) continue;
    seen.add(k);
    added.push(t);
  }
  if (!added.length) return { text: fileText, added };
  const indent = /^(\s+)-\s/.exec(lines[last] ?? '')?.[1] ?? '  ';
  lines.splice(last + 1, 0, ...added.map((t) => `${indent}- ${JSON.stringify(t)}`));
  return { text: lines.join('\n'), added };
}
