import { SUGGESTED_PROMPTS } from './blocks/assistant.js';
import { createMatcher, type Matcher } from './intents/matcher.js';
import { type KnowledgeBase, loadKnowledgeBase } from './knowledge/loader.js';
import { withoutTrailing } from './trim.js';

/** Learned phrasings per entry id (from curators linking knowledge gaps); see Matcher.withLearned. */
export type LearnedPhrasings = ReadonlyMap<string, readonly string[]>;

/** Everything the CLI, the web pages and Slack share: the knowledge base, the matcher, and links. */
export interface Core {
  readonly kb: KnowledgeBase;
  /** The current matcher: replaced (not mutated) when learned phrasings change. */
  readonly matcher: Matcher;
  /** Canonical URL of an answer, e.g. https://meshbot.example.com/answers/mtls */
  answerUrl(id: string): string;
  readonly baseUrl: string;
  /** Derives the matcher with these learned phrasings (no refit); questions after the call use it. */
  setLearnedPhrasings(phrasings: LearnedPhrasings): void;
  learnedPhrasings(): LearnedPhrasings;
}

export function createCore(options: { baseUrl: string; knowledgeDir?: string }): Core {
  const kb = loadKnowledgeBase(options.knowledgeDir);
  const baseUrl = withoutTrailing(options.baseUrl, '/');
  let learned: LearnedPhrasings = new Map();
  // The app's own suggested prompts are answered with the entries they were written for.
  const base = createMatcher(kb).withLearned(promptPhrasings(kb));
  let matcher = base;
  return {
    kb,
    get matcher() {
      return matcher;
    },
    baseUrl,
    answerUrl: (id) => `${baseUrl}/answers/${encodeURIComponent(id)}`,
    setLearnedPhrasings(phrasings) {
      // Only entries the knowledge base has; the matcher trains them like the entries' own phrasings.
      const known = new Map([...phrasings].filter(([id, list]) => kb.byId.has(id) && list.length > 0));
      if (samePhrasings(known, learned)) return;
      // Derived from the fitted base matcher in milliseconds (no refit, no stall for other users).
      const next = base.withLearned(known);
      learned = known;
      matcher = next;
    },
    learnedPhrasings: () => learned,
  };
}

/** The suggested prompts' texts per entry, for the entries this knowledge base has. */
function promptPhrasings(kb: KnowledgeBase): LearnedPhrasings {
  const byEntry = new Map<string, string[]>();
  for (const p of SUGGESTED_PROMPTS) {
    if (p.entry === undefined || !kb.byId.has(p.entry)) continue;
    byEntry.set(p.entry, [...(byEntry.get(p.entry) ?? []), p.message]);
  }
  return byEntry;
}

function samePhrasings(a: LearnedPhrasings, b: LearnedPhrasings): boolean {
  if (a.size !== b.size) return false;
  for (const [id, list] of a) {
    const other = b.get(id);
    if (!other || other.length !== list.length || other.some((p, i) => p !== list[i])) return false;
  }
  return true;
}
