/**
 * The hand-tuned matcher that shipped before the learned one (commit 102e157), kept only so that
 * `npm run bench` can show quality and speed beside it in the same run. Not used by the app.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { extractFactors, type FactorId } from '../src/intents/factors.js';
import {
  detectIntents,
  detectSmallTalk,
  leadingSmallTalk,
  type Mesh,
  meshesIn,
  type QuestionIntent,
  statesNeeds,
} from '../src/intents/intent.js';
import { normalizeText, stripSlackMarkup } from '../src/intents/normalize.js';
import { type AnswerReply, type Candidate, EXAMPLE_QUESTIONS, type Reply } from '../src/intents/reply.js';
import { osa } from '../src/intents/speller.js';
import {
  applySynonyms,
  FOREIGN_TERMS,
  GENERIC_TERMS,
  STOPWORDS,
  stem,
  words,
} from '../src/intents/vocabulary.js';
import type { KnowledgeBase } from '../src/knowledge/loader.js';
import { toPlain } from '../src/knowledge/markdown.js';
import type { Entry } from '../src/knowledge/schema.js';
import { scorePick } from '../src/pick/score.js';

export interface MatcherOptions {
  /** At or above: answer. */
  readonly answerAt?: number;
  /** At or above (and below answerAt): "did you mean". Below: fallback. */
  readonly suggestAt?: number;
}

type TermClass = 'anchor' | 'generic' | 'foreign' | 'unknown';

export interface QueryTerm {
  readonly surface: string;
  readonly term: string;
  readonly cls: TermClass;
  readonly corrected: boolean;
}

export interface Analysis {
  readonly normalized: string;
  readonly terms: readonly QueryTerm[];
  readonly intents: readonly QuestionIntent[];
  readonly meshes: readonly Mesh[];
  readonly factors: readonly FactorId[];
  /** The question names a mesh or a part of one. */
  readonly meshy: boolean;
  /** The question states needs ("we need", "for our team") rather than asking about a capability. */
  readonly needs: boolean;
  /** Entries whose multi-word keyword phrases appear in the question ("comparison table"). */
  readonly phraseHits: readonly string[];
}

export interface Ranked {
  readonly id: string;
  readonly score: number;
  readonly matched: readonly string[];
}

/** Words that name the two meshes or meshes in general: present in almost every question. */
const MESH_WORDS = new Set(['istio', 'linkerd', 'mesh', 'servicemesh'].map(stem));

/** Above this many entries, terms found in more than COMMON_TERM_SHARE of them are left out of searches. */
const COMMON_TERM_MIN_ENTRIES = 500;
/** Recent answers kept (least recently used evicted); very long texts are not cached. */
const ANSWER_CACHE_SIZE = 1000;
const ANSWER_CACHE_MAX_KEY = 500;
const COMMON_TERM_SHARE = 0.2;

const INDEX_BOOST = { title: 2, phrasings: 2.5, keywords: 3, body: 1 } as const;

function indexTokenize(text: string): string[] {
  return words(applySynonyms(text.toLowerCase()));
}

function indexTerm(term: string): string | null {
  return STOPWORDS.has(term) || term.length < 2 ? null : stem(term.replace(/\.+$/, ''));
}

function documentOf(entry: Entry) {
  return {
    id: entry.id,
    title: entry.title,
    phrasings: [entry.question, ...entry.phrasings].join('\n'),
    keywords: entry.keywords.join('\n'),
    body: [toPlain(entry.body), entry.meshes?.istio ?? '', entry.meshes?.linkerd ?? '', ...entry.notes].join(
      '\n',
    ),
  };
}

/**
 * Stated needs plus "which one?" is a request for a pick. With no mesh named, only several
 * needs and no other tool's name count ("which ide is best for a small team" is not ours).
 */
export function wantsPick(a: Analysis): boolean {
  if (!a.intents.includes('recommend') || a.intents.includes('define')) return false;
  if (a.factors.length === 0 || (a.factors.length === 1 && !a.needs)) return false;
  if (a.meshy) return true;
  const unknown = a.terms.filter((t) => t.cls === 'unknown' || t.cls === 'foreign').length;
  return a.factors.length >= 2 && unknown === 0;
}

export class Matcher {
  readonly answerAt: number;
  readonly suggestAt: number;
  private readonly search: MiniSearch;
  private readonly terms = new Map<string, number>();
  private readonly anchorTerms = new Set<string>();
  private readonly knownWords = new Set<string>();
  private readonly speller: Fuse<string>;
  private readonly spellCache = new Map<string, string | null>();
  private readonly answers = new Map<string, Reply>();
  private readonly topics: Fuse<{ id: string; title: string; keywords: string }>;
  /** Multi-word keyword phrases, by their first token, so a query only looks at phrases it could start. */
  private readonly phrases = new Map<string, { id: string; tokens: string[] }[]>();
  /** Names of meshes and their parts, from the keywords of the entries about them. */
  private readonly meshNames = new Set(
    [
      'cilium',
      'consul',
      'kuma',
      'kongmesh',
      'traefikmesh',
      'appmesh',
      'openservicemesh',
      'googlemesh',
      'envoy',
      'ztunnel',
      'linkerd2proxy',
      'ambient',
      'sidecar',
      'waypoint',
      'mtls',
    ].map(stem),
  );

  constructor(
    readonly kb: KnowledgeBase,
    options: MatcherOptions = {},
  ) {
    this.answerAt = options.answerAt ?? 0.5;
    this.suggestAt = options.suggestAt ?? 0.3;
    this.search = new MiniSearch({
      fields: ['title', 'phrasings', 'keywords', 'body'],
      tokenize: indexTokenize,
      processTerm: indexTerm,
      searchOptions: { boost: INDEX_BOOST },
    });
    const docs = kb.entries.map(documentOf);
    this.search.addAll(docs);

    const surface = new Set<string>();
    for (const d of docs) {
      const seen = new Set<string>();
      for (const field of [d.title, d.phrasings, d.keywords, d.body]) {
        const isBody = field === d.body;
        for (const w of indexTokenize(field)) {
          const t = indexTerm(w);
          if (!t) continue;
          if (!seen.has(t)) this.terms.set(t, (this.terms.get(t) ?? 0) + 1);
          seen.add(t);
          // Topic words come from titles and keywords; body prose mentions too much in passing.
          if (field === d.title || field === d.keywords) this.anchorTerms.add(t);
        }
        for (const w of words(field.toLowerCase())) {
          this.knownWords.add(w);
          // Spelling targets: words people type about a topic, as written (before synonyms).
          if (!isBody && w.length >= 4 && !/\d/.test(w) && !STOPWORDS.has(w)) surface.add(w);
        }
      }
    }
    for (const e of kb.entries) {
      for (const k of e.keywords) {
        const tokens = indexTokenize(k)
          .map(indexTerm)
          .filter((t): t is string => t !== null);
        const [first] = tokens;
        if (first === undefined || tokens.length < 2) continue;
        const list = this.phrases.get(first) ?? [];
        list.push({ id: e.id, tokens });
        this.phrases.set(first, list);
      }
    }
    this.speller = new Fuse([...surface], { includeScore: true, threshold: 0.4, ignoreLocation: true });
    this.topics = new Fuse(
      kb.entries.map((e) => ({
        id: e.id,
        title: e.title,
        keywords: [e.id.replace(/-/g, ' '), ...e.keywords].join(' | '),
      })),
      {
        includeScore: true,
        threshold: 0.4,
        ignoreLocation: true,
        keys: [
          { name: 'id', weight: 3 },
          { name: 'title', weight: 2 },
          { name: 'keywords', weight: 1 },
        ],
      },
    );
  }

  /** Nearest knowledge-base word for a misspelt one, or null. */
  correct(word: string): string | null {
    if (word.length < 4 || /\d/.test(word)) return null;
    const cached = this.spellCache.get(word);
    if (cached !== undefined) return cached;
    // Two edits only for long words: at six letters that would turn "lovely" into "level".
    const maxEdits = word.length <= 6 ? 1 : 2;
    let best: { w: string; d: number; df: number } | null = null;
    for (const hit of this.speller.search(word, { limit: 12 })) {
      const d = osa(word, hit.item);
      if (d > maxEdits || hit.item[0] !== word[0]) continue;
      const df = this.terms.get(indexTerm(hit.item) ?? '') ?? 0;
      if (!best || d < best.d || (d === best.d && df > best.df)) best = { w: hit.item, d, df };
    }
    const result = best?.w ?? null;
    if (this.spellCache.size > 5000) this.spellCache.clear();
    this.spellCache.set(word, result);
    return result;
  }

  analyse(raw: string): Analysis {
    const normalized = normalizeText(raw);
    // Correct misspelt words first, so that synonyms see "multi cluster", not "mulit cluster".
    const correctedWords = new Set<string>();
    const fixed = normalized.replace(/[a-z][a-z0-9']*/g, (w) => {
      if (w.length < 4 || STOPWORDS.has(w) || FOREIGN_TERMS.has(w) || this.knownWords.has(w)) return w;
      if (this.terms.has(indexTerm(w) ?? '')) return w;
      const c = this.correct(w);
      if (!c) return w;
      correctedWords.add(c);
      return c;
    });
    const synonymised = applySynonyms(fixed);
    const tokens = words(synonymised).filter((w) => !STOPWORDS.has(w) && !/^[\d.]+$/.test(w));
    const stems = tokens.map((w) => indexTerm(w));
    const meshy = stems.some((t) => t !== null && (MESH_WORDS.has(t) || this.meshNames.has(t)));
    const terms: QueryTerm[] = [];
    tokens.forEach((w, i) => {
      const t = stems[i];
      if (!t) return;
      const corrected = correctedWords.has(w);
      // Another tool's name is off-topic, unless the question is about a mesh and we know the tool.
      if (FOREIGN_TERMS.has(w) && !(meshy && this.terms.has(t))) {
        terms.push({ surface: w, term: t, cls: 'foreign', corrected });
      } else if (this.anchorTerms.has(t) && !GENERIC_TERMS.has(t)) {
        terms.push({ surface: w, term: t, cls: 'anchor', corrected });
      } else if (this.terms.has(t)) {
        terms.push({ surface: w, term: t, cls: 'generic', corrected });
      } else {
        terms.push({ surface: w, term: t, cls: 'unknown', corrected });
      }
    });
    // A keyword phrase of an entry makes its words topical even when each alone is generic.
    const phraseHits = new Set<string>();
    const seq = terms.map((t) => t.term);
    seq.forEach((first, i) => {
      for (const p of this.phrases.get(first) ?? []) {
        if (i + p.tokens.length > seq.length || !p.tokens.every((tok, j) => seq[i + j] === tok)) continue;
        phraseHits.add(p.id);
        for (let j = 0; j < p.tokens.length; j++) {
          const t = terms[i + j] as QueryTerm;
          if (t.cls === 'generic') terms[i + j] = { ...t, cls: 'anchor' };
        }
      }
    });
    return {
      normalized,
      terms,
      meshy,
      intents: detectIntents(synonymised),
      meshes: meshesIn(synonymised),
      factors: extractFactors(normalized),
      needs: statesNeeds(normalized),
      phraseHits: [...phraseHits],
    };
  }

  /** Multiplicative boosts from intent rules; strongest when the question names no other topic. */
  private boosts(a: Analysis): Map<string, number> {
    const boosts = new Map<string, number>();
    const add = (id: string, f: number) => boosts.set(id, (boosts.get(id) ?? 1) * f);
    const topical = a.terms.filter((t) => t.cls === 'anchor' && !MESH_WORDS.has(t.term));
    const bare = topical.length === 0;
    const has = (i: QuestionIntent) => a.intents.includes(i);
    const [only] = a.meshes.length === 1 ? a.meshes : [];
    const subject = a.meshes[0];
    const bothNamed = a.meshes.length === 2;

    for (const id of a.phraseHits) add(id, 1.5);
    if (has('migrate')) add('use-together', bare ? 4 : 2);
    if (has('cost')) add('cost', bare ? 3 : 1.6);
    // "When does Istio make sense over Linkerd?" is about the first mesh named; "Istio or
    // Linkerd, which is the better choice?" is a plain recommendation.
    const whenAbout = has('when') && subject && !(bothNamed && has('recommend')) ? subject : undefined;
    if (whenAbout) add(`when-${whenAbout}`, bare ? 4 : 2);
    if (has('recommend') && !(has('when') && only)) {
      if (wantsPick(a)) add('which-mesh', 3);
      else if (bare) add('which-mesh', 4);
    }
    if (has('define') && only && bare) add(`what-is-${only}`, 4);
    if (has('compare') && bare && a.meshes.length === 2) {
      add('head-to-head', 2.5);
      add('which-mesh', 2);
    }
    if (bare && a.meshes.length === 2 && !has('cost') && !has('migrate')) add('which-mesh', 1.5);
    return boosts;
  }

  /** Ranks entries for an analysed question, best first. */
  rank(a: Analysis, limit = 5): Ranked[] {
    let query = a.terms.filter((t) => t.cls !== 'unknown').map((t) => t.term);
    // In a large knowledge base a term found in most entries ranks almost nothing (its IDF is near
    // zero) yet costs the most to score. Leave such terms out unless nothing else is left.
    const n = this.kb.entries.length;
    let fields: string[] | undefined;
    if (n >= COMMON_TERM_MIN_ENTRIES) {
      const df = (t: string) => this.terms.get(t) ?? 0;
      const rare = query.filter((t) => df(t) / n <= COMMON_TERM_SHARE);
      if (rare.length) query = rare;
      else {
        // Only common words ("what is linkerd?"): rank by the rarest, in titles and keywords only.
        query = [...new Set(query)].sort((x, y) => df(x) - df(y)).slice(0, 1);
        fields = ['title', 'keywords'];
      }
    }
    // Generic words (cost, cluster, table) steer less than topic words; mesh names only a little.
    const termWeight = new Map<string, number>();
    for (const t of a.terms) {
      const w =
        t.cls === 'generic' || t.cls === 'foreign'
          ? 0.35
          : MESH_WORDS.has(t.term)
            ? 0.6
            : t.corrected
              ? 0.85
              : 1;
      termWeight.set(t.term, Math.max(termWeight.get(t.term) ?? 0, w));
    }
    const boosts = this.boosts(a);
    if (query.length === 0 && boosts.size === 0) return [];
    const results = query.length
      ? this.search.search(query.join(' '), {
          tokenize: (s) => s.split(' '),
          processTerm: (t) => t,
          boostTerm: (term) => termWeight.get(term) ?? 1,
          ...(fields ? { fields } : {}),
        })
      : [];
    // A document boost multiplies the document's whole score, so it is applied here rather than
    // in a callback MiniSearch would call once per document per term.
    const ranked: Ranked[] = results.map((r) => ({
      id: String(r.id),
      score: r.score * (boosts.get(String(r.id)) ?? 1),
      matched: r.queryTerms,
    }));
    // An intent can name an entry the words alone did not reach (e.g. "which should we use?").
    for (const [id, f] of boosts) {
      if (f >= 3 && !ranked.some((r) => r.id === id) && this.kb.byId.has(id)) {
        ranked.push({ id, score: (ranked[0]?.score ?? 1) * 0.9 * (f / 4), matched: [] });
      }
    }
    return ranked.sort((x, y) => y.score - x.score).slice(0, limit);
  }

  /**
   * Confidence in the top answer, 0..1: how much of the question the knowledge base recognises,
   * how much of that the top entry covers, and how far it stands ahead of the runner-up.
   */
  confidence(a: Analysis, ranked: readonly Ranked[]): number {
    const top = ranked[0];
    if (!top) return 0;
    const anchors = a.terms.filter((t) => t.cls === 'anchor');
    if (anchors.length === 0) return 0;
    // "keda vs hpa", "how much does aws cost": another tool's question, whatever words it shares with us.
    if (!a.meshy) {
      if (a.terms.some((t) => t.cls === 'foreign')) return 0;
      // With no mesh named, the topic words must carry the question ("common pitfalls"), not
      // share it with words we do not know ("renew the let's encrypt certificate on our website").
      const unknown = a.terms.filter((t) => t.cls === 'unknown').length;
      const generic = a.terms.filter((t) => t.cls === 'generic').length;
      if (unknown >= anchors.length || anchors.length < generic / 2) return 0;
    }
    const weight = (t: QueryTerm) =>
      t.cls === 'anchor' ? (t.corrected ? 0.8 : 1) : t.cls === 'generic' ? 0.3 : 0;
    const total = a.terms.reduce((s, t) => s + (t.cls === 'generic' ? 0.3 : 1), 0);
    const known = a.terms.reduce((s, t) => s + weight(t), 0) / total;
    const anchorTerms = new Set(anchors.map((t) => t.term));
    const matched = new Set(top.matched.filter((m) => anchorTerms.has(m)));
    const topical = [...anchorTerms].filter((t) => !MESH_WORDS.has(t));
    // Coverage of the topic words; mesh names alone say little about which entry is meant.
    const coverage = topical.length
      ? topical.filter((t) => matched.has(t)).length / topical.length
      : matched.size > 0 || top.matched.length === 0
        ? 0.8
        : 0;
    const second = ranked[1]?.score ?? 0;
    const margin = top.score > 0 ? 1 - second / top.score : 0;
    const foreign = a.terms.filter((t) => t.cls === 'foreign' || t.cls === 'unknown').length;
    const penalty = foreign > anchors.length ? 0.5 : foreign > 0 ? 0.85 : 1;
    let score = (0.35 * known + 0.35 * coverage + 0.3 * Math.min(1, margin * 2.5)) * penalty;
    // A bare mesh name with no question in it ("istio stuff") is a topic, not a question: suggest.
    const onlyNames = a.terms.every((t) => MESH_WORDS.has(t.term) || t.cls === 'unknown');
    if (onlyNames && a.intents.length === 1 && a.intents[0] === 'question') {
      score = Math.min(score, this.answerAt - 0.05);
    }
    return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  }

  private candidate(r: Ranked): Candidate {
    return { id: r.id, title: this.kb.byId.get(r.id)?.title ?? r.id, score: Math.round(r.score * 100) / 100 };
  }

  /**
   * The whole pipeline: text as Slack sends it in, a plain reply object out. Replies are
   * immutable and the knowledge base never changes under a matcher, so repeated questions are
   * served from a small bounded cache.
   */
  answer(raw: string): Reply {
    const cached = this.answers.get(raw);
    if (cached) {
      // Refresh recency: Maps iterate in insertion order, so the oldest entry is evicted first.
      this.answers.delete(raw);
      this.answers.set(raw, cached);
      return cached;
    }
    const reply = this.compute(raw);
    if (raw.length <= ANSWER_CACHE_MAX_KEY) {
      this.answers.set(raw, reply);
      if (this.answers.size > ANSWER_CACHE_SIZE)
        this.answers.delete(this.answers.keys().next().value as string);
    }
    return reply;
  }

  private compute(raw: string): Reply {
    const query = stripSlackMarkup(raw);
    const normalized = normalizeText(raw);
    const a = this.analyse(raw);
    const lead = detectSmallTalk(normalized) ?? leadingSmallTalk(normalized);
    const topical = a.terms.some((t) => t.cls === 'anchor');
    if (lead && (!topical || detectSmallTalk(normalized))) {
      return { kind: 'smalltalk', query, intent: lead, confidence: 1, factors: [] };
    }

    const ranked = this.rank(a);
    const confidence = this.confidence(a, ranked);
    const intent = a.intents[0] ?? 'question';
    const top = ranked[0];
    const topEntry = top ? this.kb.byId.get(top.id) : undefined;

    // Stated needs plus "which one?" is a request for a pick: score the factors it names.
    const wantsPick =
      a.intents.includes('recommend') && a.factors.length > 0 && !a.intents.includes('define');
    const pickEntry = this.kb.byId.get('which-mesh');
    if (wantsPick && pickEntry && confidence >= this.suggestAt) {
      const recommendation = scorePick(
        this.kb.decisionTable,
        Object.fromEntries(a.factors.map((f) => [f, 1])),
      );
      return {
        kind: 'answer',
        query,
        intent: 'recommend',
        confidence: Math.max(confidence, this.answerAt),
        factors: a.factors,
        entry: pickEntry,
        alternatives: ranked
          .filter((r) => r.id !== pickEntry.id)
          .slice(0, 3)
          .map((r) => this.candidate(r)),
        recommendation,
      };
    }
    if (topEntry && confidence >= this.answerAt) {
      return {
        kind: 'answer',
        query,
        intent,
        confidence,
        factors: a.factors,
        entry: topEntry,
        alternatives: ranked.slice(1, 4).map((r) => this.candidate(r)),
        recommendation: null,
      };
    }
    if (top && confidence >= this.suggestAt) {
      return {
        kind: 'suggest',
        query,
        intent,
        confidence,
        factors: a.factors,
        candidates: ranked.slice(0, 3).map((r) => this.candidate(r)),
      };
    }
    return {
      kind: 'fallback',
      query,
      intent,
      confidence,
      factors: a.factors,
      examples: EXAMPLE_QUESTIONS,
      related: [],
    };
  }

  /** `/mesh-pick <needs>`: a pick from the decision factors the text names, or null when it names none. */
  pickFromText(raw: string): AnswerReply | null {
    const a = this.analyse(raw);
    const entry = this.kb.byId.get('which-mesh');
    if (!entry || a.factors.length === 0) return null;
    return {
      kind: 'answer',
      query: stripSlackMarkup(raw),
      intent: 'recommend',
      confidence: 1,
      factors: a.factors,
      entry,
      alternatives: [],
      recommendation: scorePick(this.kb.decisionTable, Object.fromEntries(a.factors.map((f) => [f, 1]))),
    };
  }

  /** Fuzzy topic lookup for short strings such as `/mesh link mtls`: id, title and keywords. */
  findTopic(text: string, limit = 3): Candidate[] {
    const q = normalizeText(text).slice(0, 200);
    if (!q) return [];
    const exact = this.kb.byId.get(q.replace(/\s+/g, '-'));
    const hits = this.topics.search(q, { limit }).map((h) => ({
      id: h.item.id,
      title: h.item.title,
      score: Math.round((1 - (h.score ?? 1)) * 100) / 100,
    }));
    if (exact)
      return [{ id: exact.id, title: exact.title, score: 1 }, ...hits.filter((h) => h.id !== exact.id)].slice(
        0,
        limit,
      );
    if (hits.length) return hits;
    // Fall back to the question matcher for longer phrases ("how do retries work").
    return this.rank(this.analyse(text), limit).map((r) => this.candidate(r));
  }
}

export function createMatcher(kb: KnowledgeBase, options?: MatcherOptions): Matcher {
  return new Matcher(kb, options);
}
