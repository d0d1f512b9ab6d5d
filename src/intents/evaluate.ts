import { z } from 'zod';
import type { Reply } from './reply.js';
import { type ReliabilityRow, reliability } from './tune.js';

export const evalLineSchema = z.object({
  q: z.string(),
  expect: z.array(z.string()),
  pick: z.enum(['istio', 'linkerd', 'both', 'either']).optional(),
});
export type EvalLine = z.infer<typeof evalLineSchema>;

/** The machine-readable form of a reply (`ask --json`). */
export interface ReplySummary {
  q: string;
  intent: string;
  kind: Reply['kind'];
  answerId: string | null;
  confidence: number;
  alternatives: string[];
  pick: string | null;
  factors: string[];
}

export function summarize(q: string, reply: Reply): ReplySummary {
  return {
    q,
    intent: reply.intent,
    kind: reply.kind,
    answerId: reply.kind === 'answer' ? reply.entry.id : null,
    confidence: reply.confidence,
    alternatives:
      reply.kind === 'answer'
        ? reply.alternatives.map((c) => c.id)
        : reply.kind === 'suggest'
          ? reply.candidates.map((c) => c.id)
          : reply.kind === 'fallback'
            ? reply.related.map((c) => c.id)
            : [],
    pick: reply.kind === 'answer' ? (reply.recommendation?.pick ?? null) : null,
    factors: [...reply.factors],
  };
}

export function parseEvalFile(text: string): EvalLine[] {
  return text
    .split('\n')
    .map((l, i) => [l.trim(), i + 1] as const)
    .filter(([l]) => l !== '')
    .map(([l, n]) => {
      let raw: unknown;
      try {
        raw = JSON.parse(l);
      } catch {
        throw new Error(`line ${n}: not valid JSON`);
      }
      const r = evalLineSchema.safeParse(raw);
      if (!r.success)
        throw new Error(
          `line ${n}: ${r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
      return r.data;
    });
}

export interface Miss {
  q: string;
  expect: string[];
  got: string | null;
  kind: Reply['kind'];
  confidence: number;
  ranked: string[];
  pick?: { expected: string; got: string | null };
}

export interface EvalReport {
  inScope: { n: number; top1: number; top3: number; mrr: number; wrong: number };
  offTopic: { n: number; refused: number };
  pick: { n: number; correct: number };
  /** Confidence bucket -> share of lines whose shown answer was right (a card for an off-topic line is wrong). */
  reliability: ReliabilityRow[];
  misses: Miss[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Anything that answers a question with a reply: the matcher, or a baseline in the benchmark. */
export interface Answerer {
  answer(q: string): Reply;
}

/**
 * Fallbacks and the related answers they listed: in-scope fallbacks, how many listed related
 * answers, how many of those held an expected entry; off-topic fallbacks, and how many listed some.
 */
export interface FallbackCounts {
  inScope: number;
  related: number;
  relatedRight: number;
  offTopic: number;
  offTopicRelated: number;
}

/** Counts what the fallbacks among `replies` showed (`evaluate`'s `onReply` collects them). */
export function countFallbacks(replies: readonly { line: EvalLine; reply: Reply }[]): FallbackCounts {
  const c: FallbackCounts = { inScope: 0, related: 0, relatedRight: 0, offTopic: 0, offTopicRelated: 0 };
  for (const { line, reply } of replies) {
    if (reply.kind !== 'fallback') continue;
    const listed = reply.related.length > 0;
    if (line.expect.length === 0) {
      c.offTopic++;
      if (listed) c.offTopicRelated++;
    } else {
      c.inScope++;
      if (listed) c.related++;
      if (reply.related.some((r) => line.expect.includes(r.id))) c.relatedRight++;
    }
  }
  return c;
}

/** Scores the matcher on the lines; `onReply` sees each line's reply (the report keeps its shape). */
export function evaluate(
  matcher: Answerer,
  lines: readonly EvalLine[],
  onReply?: (line: EvalLine, reply: Reply) => void,
): EvalReport {
  let inN = 0;
  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  let wrong = 0;
  let offN = 0;
  let refused = 0;
  let pickN = 0;
  let pickOk = 0;
  const misses: Miss[] = [];
  const calibration: { confidence: number; right: boolean }[] = [];
  for (const line of lines) {
    const reply = matcher.answer(line.q);
    onReply?.(line, reply);
    const s = summarize(line.q, reply);
    // What the person is shown, in order: the answer then its alternatives, or the candidates.
    const shown = s.answerId ? [s.answerId, ...s.alternatives] : s.alternatives;
    const miss: Miss = {
      q: line.q,
      expect: line.expect,
      got: s.answerId,
      kind: s.kind,
      confidence: s.confidence,
      ranked: shown,
    };
    calibration.push({
      confidence: s.kind === 'smalltalk' ? 0 : s.confidence,
      right: s.answerId !== null ? line.expect.includes(s.answerId) : false,
    });
    if (line.expect.length === 0) {
      offN++;
      if (s.answerId === null && s.kind !== 'suggest') refused++;
      else misses.push(miss);
      continue;
    }
    inN++;
    const rank = shown.findIndex((id) => line.expect.includes(id));
    const ok1 = s.answerId !== null && line.expect.includes(s.answerId);
    if (ok1) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (s.answerId !== null && !ok1) wrong++;
    let pickMiss: Miss['pick'];
    if (line.pick) {
      pickN++;
      if (s.pick === line.pick) pickOk++;
      else pickMiss = { expected: line.pick, got: s.pick };
    }
    if (!ok1 || pickMiss) misses.push({ ...miss, ...(pickMiss ? { pick: pickMiss } : {}) });
  }
  return {
    inScope: {
      n: inN,
      top1: round(inN ? top1 / inN : 0),
      top3: round(inN ? top3 / inN : 0),
      mrr: round(inN ? rr / inN : 0),
      wrong: round(inN ? wrong / inN : 0),
    },
    offTopic: { n: offN, refused: round(offN ? refused / offN : 0) },
    pick: { n: pickN, correct: round(pickN ? pickOk / pickN : 0) },
    reliability: reliability(calibration),
    misses,
  };
}
