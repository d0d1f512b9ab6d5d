/**
 * The learning loop's data: every card posted, votes, knowledge gaps, learned phrasings, expert
 * hand-offs and once-across-replicas jobs. One code path over SQLite and PostgreSQL (src/store/db.ts).
 * User ids are kept only as keyed hashes; question text only when STORE_QUESTIONS is on.
 */
import { randomUUID } from 'node:crypto';
import { keyedHash, normalizeQuestion } from '../loop/normalize.js';
import type { Db, Param, Queryable } from './db.js';
import type { TeamRef } from './installations.js';
import { forgetThreadUser, ThreadStore } from './threads.js';

export type Outcome = 'answered' | 'suggested' | 'fallback' | 'smalltalk' | 'shared';
export type GapKind = 'fallback' | 'unclicked' | 'downvote';
export const DOWNVOTE_REASONS = ['wrong_topic', 'outdated', 'incomplete', 'other'] as const;
export type DownvoteReason = (typeof DOWNVOTE_REASONS)[number];

export interface StoreOptions {
  /** Secret for the keyed hashes of user ids. */
  readonly hashSecret: string;
  /** Keep question text (for curators); false keeps counts only. */
  readonly storeQuestions: boolean;
  readonly now?: () => number;
}

export interface CardRecord {
  readonly id: string;
  readonly surface: string;
  readonly outcome: Outcome;
  readonly channel?: string | undefined;
  readonly threadTs?: string | undefined;
  readonly userId?: string | undefined;
  readonly entryId?: string | undefined;
  readonly confidence?: number | undefined;
  readonly question?: string | undefined;
  /** The workspace (or org) of the event that made the card: whose install answers the asker later. */
  readonly team?: TeamRef | undefined;
}

/** A row's team columns (team_id, enterprise_id, is_enterprise_install), or undefined when it has none. */
export function teamOfRow(r: {
  team_id?: unknown;
  enterprise_id?: unknown;
  is_enterprise_install?: unknown;
}): TeamRef | undefined {
  const teamId = typeof r.team_id === 'string' && r.team_id ? r.team_id : undefined;
  const enterpriseId = typeof r.enterprise_id === 'string' && r.enterprise_id ? r.enterprise_id : undefined;
  if (!teamId && !enterpriseId) return undefined;
  return {
    ...(teamId ? { teamId } : {}),
    ...(enterpriseId ? { enterpriseId } : {}),
    ...(Number(r.is_enterprise_install) === 1 ? { isEnterpriseInstall: true } : {}),
  };
}

/** The team columns' values for a team (NULLs when there is none). */
export function teamParams(team: TeamRef | undefined): [string | null, string | null, number | null] {
  if (!team || (!team.teamId && !team.enterpriseId)) return [null, null, null];
  return [team.teamId ?? null, team.enterpriseId ?? null, team.isEnterpriseInstall ? 1 : 0];
}

/**
 * Which cards an install served, as a condition on the questions table `q`: an org-wide install
 * (or every install of an enterprise, as SqlInstallationStore.remove deletes them) by enterprise,
 * a workspace install by team.
 */
export function servedBy(team: TeamRef): { sql: string; params: Param[] } | null {
  if (team.isEnterpriseInstall && team.enterpriseId)
    return { sql: 'q.enterprise_id = ?', params: [team.enterpriseId] };
  if (team.teamId)
    return { sql: 'q.team_id = ? AND COALESCE(q.is_enterprise_install, 0) = 0', params: [team.teamId] };
  return null;
}

export interface Gap {
  readonly id: string;
  readonly sample: string | null;
  readonly asks: number;
  readonly fallbacks: number;
  readonly unclicked: number;
  readonly downvotes: number;
  readonly firstSeen: number;
  readonly lastSeen: number;
  readonly status: 'open' | 'linked' | 'dismissed';
  readonly entryId: string | null;
  readonly reason: string | null;
  readonly channels: readonly string[];
  /** Answers its askers opened from the reply's suggestions or related answers, most opened first. */
  readonly opened: readonly { readonly entryId: string; readonly asks: number }[];
}

export interface Asker {
  readonly askId: string;
  readonly channel: string;
  readonly threadTs: string | null;
  readonly at: number;
  /** The asker's workspace, when the card recorded one. */
  readonly team?: TeamRef | undefined;
}

export interface Handoff {
  readonly id: string;
  readonly cardId: string | null;
  readonly channel: string | null;
  readonly threadTs: string | null;
  readonly expertsChannel: string;
  readonly expertsTs: string | null;
  readonly answeredAt: number | null;
  readonly answerLink: string | null;
  /** The asker's workspace, when recorded: the relay posts with its token. */
  readonly team?: TeamRef | undefined;
}

export interface Stats {
  readonly days: { day: string; answered: number; suggested: number; fallback: number }[];
  readonly totals: { answered: number; suggested: number; fallback: number; questions: number };
  readonly answeredShare: number | null;
  readonly votes: { entryId: string; up: number; down: number; upShare: number }[];
  readonly topGaps: { id: string; sample: string | null; asks: number }[];
  readonly handoffs: { total: number; answered: number };
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

export class LoopStore {
  private readonly now: () => number;
  /** Thread contexts, channel settings and suggestion limits (src/store/threads.ts). */
  readonly threads: ThreadStore;
  constructor(
    readonly db: Db,
    readonly options: StoreOptions,
  ) {
    this.now = options.now ?? (() => Date.now());
    this.threads = new ThreadStore(db, (u) => this.userHash(u));
  }

  get dialect(): Db['dialect'] {
    return this.db.dialect;
  }

  userHash(userId: string): string {
    return keyedHash(this.options.hashSecret, userId, 'user');
  }

  /** Grouping key of a question: a keyed hash of its normalised form (so counts need no text). */
  gapKey(question: string): string {
    return keyedHash(this.options.hashSecret, normalizeQuestion(question), 'gap');
  }

  private text(q: string | undefined | null): string | null {
    if (!this.options.storeQuestions || !q) return null;
    return q.slice(0, 2000);
  }

  /** Records a card the bot posted; a fallback is also a knowledge gap. */
  async recordCard(card: CardRecord): Promise<void> {
    const at = this.now();
    await this.db.run(
      `INSERT INTO questions (id, at, day, surface, outcome, channel, thread_ts, user_hash, entry_id, confidence, question,
         team_id, enterprise_id, is_enterprise_install)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        card.id,
        at,
        dayOf(at),
        card.surface,
        card.outcome,
        card.channel ?? null,
        card.threadTs ?? null,
        card.userId ? this.userHash(card.userId) : null,
        card.entryId ?? null,
        card.confidence ?? null,
        this.text(card.question),
        ...teamParams(card.team),
      ],
    );
    if (card.outcome === 'fallback' && card.question?.trim()) {
      await this.addGapAsk({
        kind: 'fallback',
        question: card.question,
        cardId: card.id,
        channel: card.channel,
        threadTs: card.threadTs,
        userHash: card.userId ? this.userHash(card.userId) : null,
      });
    }
  }

  async card(id: string) {
    return this.db.get<{
      id: string;
      surface: string;
      outcome: string;
      channel: string | null;
      thread_ts: string | null;
      entry_id: string | null;
      confidence: number | null;
      question: string | null;
      user_hash: string | null;
      team_id: string | null;
      enterprise_id: string | null;
      is_enterprise_install: number | null;
    }>(`SELECT * FROM questions WHERE id = ?`, [id]);
  }

  private async addGapAsk(a: {
    kind: GapKind;
    question: string;
    cardId: string;
    channel?: string | null | undefined;
    threadTs?: string | null | undefined;
    userHash: string | null;
  }): Promise<string | null> {
    const norm = normalizeQuestion(a.question);
    if (!norm) return null;
    const gapId = keyedHash(this.options.hashSecret, norm, 'gap');
    const at = this.now();
    return this.db.transaction(async (tx) => {
      const inserted = await tx.run(
        `INSERT INTO gap_asks (id, gap_id, kind, card_id, at, channel, thread_ts, user_hash, question)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        [
          randomUUID(),
          gapId,
          a.kind,
          a.cardId,
          at,
          a.channel ?? null,
          a.threadTs ?? null,
          a.userHash,
          this.text(a.question),
        ],
      );
      if (!inserted) return gapId;
      const col = a.kind === 'fallback' ? 'fallbacks' : a.kind === 'unclicked' ? 'unclicked' : 'downvotes';
      // A gap dismissed or linked before opens again when it comes back.
      await tx.run(
        `INSERT INTO gaps (id, sample, asks, ${col}, first_seen, last_seen) VALUES (?, ?, 1, 1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET asks = gaps.asks + 1, ${col} = gaps.${col} + 1,
           last_seen = excluded.last_seen, sample = COALESCE(gaps.sample, excluded.sample),
           status = CASE WHEN gaps.status = 'linked' THEN 'linked' ELSE 'open' END`,
        [gapId, this.text(a.question.trim()), at, at],
      );
      await tx.run(`UPDATE questions SET gap_id = ? WHERE id = ?`, [gapId, a.cardId]);
      return gapId;
    });
  }

  /** Records a vote; the last one per person and card wins. A 👎 is a knowledge gap. */
  async recordVote(v: {
    cardId: string;
    userId: string;
    vote: 1 | -1;
    entryId?: string | undefined;
    surface?: string | undefined;
    channel?: string | undefined;
    threadTs?: string | undefined;
    /** When the person clicked (Slack's action_ts), so that a late-processed older click never wins. */
    clickedAt?: number | undefined;
  }): Promise<void> {
    const card = await this.card(v.cardId);
    const userHash = this.userHash(v.userId);
    const at = v.clickedAt ?? this.now();
    await this.db.run(
      `INSERT INTO feedback (card_id, user_hash, vote, entry_id, surface, channel, confidence, question, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (card_id, user_hash) DO UPDATE SET vote = excluded.vote, at = excluded.at,
         reason = CASE WHEN excluded.vote > 0 THEN NULL ELSE feedback.reason END,
         reason_text = CASE WHEN excluded.vote > 0 THEN NULL ELSE feedback.reason_text END
       WHERE excluded.at >= feedback.at`,
      [
        v.cardId,
        userHash,
        v.vote,
        card?.entry_id ?? v.entryId ?? null,
        card?.surface ?? v.surface ?? null,
        card?.channel ?? v.channel ?? null,
        card?.confidence ?? null,
        card?.question ?? null,
        at,
      ],
    );
    if (v.vote < 0) {
      const question = card?.question ?? (v.entryId ? `answer: ${v.entryId}` : '');
      if (question)
        await this.addGapAsk({
          kind: 'downvote',
          question,
          cardId: `${v.cardId}:${userHash}`,
          channel: card?.channel ?? v.channel,
          threadTs: card?.thread_ts ?? v.threadTs,
          userHash,
        });
    }
  }

  async recordReason(v: {
    cardId: string;
    userId: string;
    reason: DownvoteReason;
    text?: string | undefined;
  }): Promise<boolean> {
    const changed = await this.db.run(
      `UPDATE feedback SET reason = ?, reason_text = ? WHERE card_id = ? AND user_hash = ? AND vote < 0`,
      [v.reason, this.text(v.text?.trim()), v.cardId, this.userHash(v.userId)],
    );
    return changed > 0;
  }

  async votes(cardId: string) {
    return this.db.all<{ user_hash: string; vote: number; reason: string | null; entry_id: string | null }>(
      `SELECT user_hash, vote, reason, entry_id FROM feedback WHERE card_id = ? ORDER BY user_hash`,
      [cardId],
    );
  }

  /**
   * A "did you mean" or related-answer button was clicked: the asker's latest suggestion in that
   * channel was useful, and the answer they opened (`entryId`) is kept on it. When their latest such
   * reply was a fallback (whose related answers carry the same buttons), the click is on that one:
   * the fallback stays a gap, with the opened answer as a hint for curators, and no older suggestion
   * is marked. Returns the suggestion marked clicked, if any.
   */
  async markSuggestionClicked(
    userId: string,
    channel: string | undefined,
    entryId?: string,
    withinMs = 3_600_000,
  ): Promise<string | null> {
    const base = `SELECT id, outcome FROM questions WHERE outcome IN ('suggested', 'fallback') AND user_hash = ? AND at >= ?`;
    const params: Param[] = [this.userHash(userId), this.now() - withinMs];
    const row = await this.db.get<{ id: string; outcome: string }>(
      `${base}${channel ? ' AND channel = ?' : ''} ORDER BY at DESC LIMIT 1`,
      channel ? [...params, channel] : params,
    );
    if (!row) return null;
    const suggested = row.outcome === 'suggested';
    await this.db.run(
      `UPDATE questions SET clicked = CASE WHEN outcome = 'suggested' THEN 1 ELSE clicked END,
         opened_entry = COALESCE(?, opened_entry) WHERE id = ?`,
      [entryId ?? null, row.id],
    );
    return suggested ? row.id : null;
  }

  /** Suggestions nobody clicked within `afterMs` become gaps. Returns how many. */
  async sweepUnclicked(afterMs: number): Promise<number> {
    const rows = await this.db.all<{
      id: string;
      question: string | null;
      channel: string | null;
      thread_ts: string | null;
      user_hash: string | null;
    }>(
      `SELECT id, question, channel, thread_ts, user_hash FROM questions
       WHERE outcome = 'suggested' AND clicked = 0 AND gap_checked = 0 AND at <= ? LIMIT 500`,
      [this.now() - afterMs],
    );
    let n = 0;
    for (const r of rows) {
      const claimed = await this.db.run(
        `UPDATE questions SET gap_checked = 1 WHERE id = ? AND gap_checked = 0`,
        [r.id],
      );
      if (!claimed || !r.question) continue;
      await this.addGapAsk({
        kind: 'unclicked',
        question: r.question,
        cardId: r.id,
        channel: r.channel,
        threadTs: r.thread_ts,
        userHash: r.user_hash,
      });
      n++;
    }
    return n;
  }

  private gapFrom(r: Record<string, unknown>, channels: string[], opened: Gap['opened']): Gap {
    return {
      id: String(r.id),
      sample: (r.sample as string | null) ?? null,
      asks: Number(r.asks),
      fallbacks: Number(r.fallbacks),
      unclicked: Number(r.unclicked),
      downvotes: Number(r.downvotes),
      firstSeen: Number(r.first_seen),
      lastSeen: Number(r.last_seen),
      status: r.status as Gap['status'],
      entryId: (r.entry_id as string | null) ?? null,
      reason: (r.reason as string | null) ?? null,
      channels,
      opened,
    };
  }

  async gaps(options: { status?: Gap['status']; limit?: number } = {}): Promise<Gap[]> {
    const rows = await this.db.all(
      `SELECT * FROM gaps WHERE status = ? ORDER BY asks DESC, last_seen DESC, id LIMIT ?`,
      [options.status ?? 'open', options.limit ?? 20],
    );
    return Promise.all(
      rows.map(async (r) =>
        this.gapFrom(r, await this.gapChannels(String(r.id)), await this.gapOpened(String(r.id))),
      ),
    );
  }

  async gap(id: string): Promise<Gap | undefined> {
    const r = await this.db.get(`SELECT * FROM gaps WHERE id = ?`, [id]);
    return r ? this.gapFrom(r, await this.gapChannels(id), await this.gapOpened(id)) : undefined;
  }

  private async gapOpened(id: string): Promise<Gap['opened']> {
    const rows = await this.db.all<{ entry: string; n: number | string }>(
      `SELECT q.opened_entry AS entry, COUNT(DISTINCT q.id) AS n FROM gap_asks a JOIN questions q ON q.id = a.card_id
       WHERE a.gap_id = ? AND q.opened_entry IS NOT NULL GROUP BY q.opened_entry ORDER BY n DESC, entry`,
      [id],
    );
    return rows.map((r) => ({ entryId: r.entry, asks: Number(r.n) }));
  }

  private async gapChannels(id: string): Promise<string[]> {
    const rows = await this.db.all<{ channel: string }>(
      `SELECT DISTINCT channel FROM gap_asks WHERE gap_id = ? AND channel IS NOT NULL ORDER BY channel`,
      [id],
    );
    return rows.map((r) => r.channel);
  }

  /** The distinct question texts of a gap (empty when texts are not stored). */
  async gapQuestions(id: string): Promise<string[]> {
    const rows = await this.db.all<{ question: string }>(
      `SELECT question FROM gap_asks WHERE gap_id = ? AND question IS NOT NULL ORDER BY at`,
      [id],
    );
    const seen = new Set<string>();
    const out: string[] = [];
    for (const r of rows) {
      const t = r.question.trim();
      const k = normalizeQuestion(t);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      out.push(t);
    }
    return out;
  }

  /**
   * Links a gap to an entry: its questions become learned phrasings of the entry (bumping the
   * phrasings version every replica polls). Returns the askers to answer, or null if the gap is
   * unknown.
   */
  async linkGap(gapId: string, entryId: string, byUserId: string): Promise<{ added: string[] } | null> {
    const gap = await this.gap(gapId);
    if (!gap) return null;
    const questions = await this.gapQuestions(gapId);
    const at = this.now();
    const by = this.userHash(byUserId);
    const added: string[] = [];
    await this.db.transaction(async (tx) => {
      for (const q of questions) {
        const n = await tx.run(
          `INSERT INTO learned_phrasings (entry_id, phrasing, gap_id, added_at, added_by) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT DO NOTHING`,
          [entryId, q, gapId, at, by],
        );
        if (n) added.push(q);
      }
      await tx.run(
        `UPDATE gaps SET status = 'linked', entry_id = ?, reason = NULL, resolved_at = ?, resolved_by = ? WHERE id = ?`,
        [entryId, at, by, gapId],
      );
      await this.bumpVersion(tx);
    });
    return { added };
  }

  async dismissGap(gapId: string, reason: string, byUserId: string): Promise<boolean> {
    const n = await this.db.run(
      `UPDATE gaps SET status = 'dismissed', reason = ?, resolved_at = ?, resolved_by = ? WHERE id = ?`,
      [reason.slice(0, 200), this.now(), this.userHash(byUserId), gapId],
    );
    return n > 0;
  }

  /** The places a linked gap's askers asked, one per thread, not yet answered (private asks: PrivateAskers). */
  async askersToNotify(gapId: string): Promise<Asker[]> {
    const rows = await this.db.all<{
      id: string;
      channel: string;
      thread_ts: string | null;
      at: number;
      team_id: string | null;
      enterprise_id: string | null;
      is_enterprise_install: number | null;
    }>(
      `SELECT a.id, a.channel, a.thread_ts, a.at, q.team_id, q.enterprise_id, q.is_enterprise_install
       FROM gap_asks a LEFT JOIN questions q ON q.id = a.card_id
       WHERE a.gap_id = ? AND a.notified_at IS NULL AND a.channel IS NOT NULL AND a.kind <> 'downvote'
         AND a.card_id NOT IN (SELECT id FROM questions WHERE surface IN ('command', 'pick-text'))
       ORDER BY a.at`,
      [gapId],
    );
    const seen = new Set<string>();
    const out: Asker[] = [];
    for (const r of rows) {
      const k = `${r.channel}:${r.thread_ts ?? ''}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const team = teamOfRow(r);
      out.push({
        askId: r.id,
        channel: r.channel,
        threadTs: r.thread_ts,
        at: Number(r.at),
        ...(team ? { team } : {}),
      });
    }
    return out;
  }

  /** Claims the right to answer an asker (true once, across replicas); same thread counts once. */
  async claimAsker(gapId: string, asker: Asker): Promise<boolean> {
    const n = await this.db.run(`UPDATE gap_asks SET notified_at = ? WHERE id = ? AND notified_at IS NULL`, [
      this.now(),
      asker.askId,
    ]);
    if (n)
      await this.db.run(
        `UPDATE gap_asks SET notified_at = ? WHERE gap_id = ? AND channel = ? AND COALESCE(thread_ts, '') = ? AND notified_at IS NULL`,
        [this.now(), gapId, asker.channel, asker.threadTs ?? ''],
      );
    return n > 0;
  }

  private async bumpVersion(tx: Queryable): Promise<void> {
    await tx.run(
      `INSERT INTO meta (key, value) VALUES ('phrasings_version', ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [`${this.now()}-${randomUUID().slice(0, 8)}`],
    );
  }

  /** Changes whenever learned phrasings change (other replicas poll it). */
  async phrasingsVersion(): Promise<string> {
    const row = await this.db.get<{ value: string }>(
      `SELECT value FROM meta WHERE key = 'phrasings_version'`,
    );
    return row?.value ?? '0';
  }

  async learnedPhrasings(): Promise<Map<string, string[]>> {
    const rows = await this.db.all<{ entry_id: string; phrasing: string }>(
      `SELECT entry_id, phrasing FROM learned_phrasings ORDER BY entry_id, added_at, phrasing`,
    );
    const map = new Map<string, string[]>();
    for (const r of rows) {
      const list = map.get(r.entry_id) ?? [];
      list.push(r.phrasing);
      map.set(r.entry_id, list);
    }
    return map;
  }

  async removePhrasing(entryId: string, phrasing: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const n = await tx.run(`DELETE FROM learned_phrasings WHERE entry_id = ? AND phrasing = ?`, [
        entryId,
        phrasing,
      ]);
      if (n) await this.bumpVersion(tx);
      return n > 0;
    });
  }

  // --- expert hand-offs --------------------------------------------------------------------

  async createHandoff(h: {
    cardId?: string | undefined;
    userId: string;
    channel?: string | undefined;
    threadTs?: string | undefined;
    expertsChannel: string;
    /** The asker's workspace: the expert's answer is relayed with its token. */
    team?: TeamRef | undefined;
  }): Promise<string> {
    const id = randomUUID();
    await this.db.run(
      `INSERT INTO handoffs (id, card_id, at, user_hash, channel, thread_ts, experts_channel, team_id, enterprise_id, is_enterprise_install)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        h.cardId ?? null,
        this.now(),
        this.userHash(h.userId),
        h.channel ?? null,
        h.threadTs ?? null,
        h.expertsChannel,
        ...teamParams(h.team),
      ],
    );
    return id;
  }

  async handoffForCard(cardId: string, userId: string): Promise<string | null> {
    const r = await this.db.get<{ id: string }>(
      `SELECT id FROM handoffs WHERE card_id = ? AND user_hash = ? LIMIT 1`,
      [cardId, this.userHash(userId)],
    );
    return r?.id ?? null;
  }

  async setHandoffPosted(id: string, expertsTs: string): Promise<void> {
    await this.db.run(`UPDATE handoffs SET experts_ts = ? WHERE id = ?`, [expertsTs, id]);
  }

  async handoffByThread(expertsChannel: string, expertsTs: string): Promise<Handoff | undefined> {
    const r = await this.db.get(`SELECT * FROM handoffs WHERE experts_channel = ? AND experts_ts = ?`, [
      expertsChannel,
      expertsTs,
    ]);
    if (!r) return undefined;
    const team = teamOfRow(r);
    return {
      id: String(r.id),
      cardId: (r.card_id as string | null) ?? null,
      channel: (r.channel as string | null) ?? null,
      threadTs: (r.thread_ts as string | null) ?? null,
      expertsChannel: String(r.experts_channel),
      expertsTs: (r.experts_ts as string | null) ?? null,
      answeredAt: r.answered_at == null ? null : Number(r.answered_at),
      answerLink: (r.answer_link as string | null) ?? null,
      ...(team ? { team } : {}),
    };
  }

  /** True once per hand-off (across replicas): the first expert reply is relayed. */
  async claimHandoffAnswer(id: string, link: string): Promise<boolean> {
    const n = await this.db.run(
      `UPDATE handoffs SET answered_at = ?, answer_link = ? WHERE id = ? AND answered_at IS NULL`,
      [this.now(), link, id],
    );
    return n > 0;
  }

  // --- verification, drafts, jobs -----------------------------------------------------------

  async verify(entryId: string, byUserId: string): Promise<void> {
    await this.db.run(
      `INSERT INTO verifications (entry_id, verified_by, verified_at) VALUES (?, ?, ?)
       ON CONFLICT (entry_id) DO UPDATE SET verified_by = excluded.verified_by, verified_at = excluded.verified_at`,
      [entryId, byUserId, this.now()],
    );
  }

  /** "Needs changes" from an owner's digest: a knowledge gap for curators. */
  async flagEntry(entryId: string, title: string, byUserId: string): Promise<string | null> {
    return this.addGapAsk({
      kind: 'downvote',
      question: `Needs changes: ${title}`,
      cardId: `review:${entryId}:${this.now()}`,
      userHash: this.userHash(byUserId),
    });
  }

  async verifications(): Promise<Map<string, { by: string; at: number }>> {
    const rows = await this.db.all<{ entry_id: string; verified_by: string; verified_at: number }>(
      `SELECT * FROM verifications`,
    );
    return new Map(rows.map((r) => [r.entry_id, { by: r.verified_by, at: Number(r.verified_at) }]));
  }

  async saveDraft(d: {
    question?: string | undefined;
    body: string;
    author?: string | undefined;
    link?: string | undefined;
  }) {
    const id = randomUUID();
    await this.db.run(`INSERT INTO drafts (id, at, question, body, author, link) VALUES (?, ?, ?, ?, ?, ?)`, [
      id,
      this.now(),
      d.question ?? null,
      d.body.slice(0, 10_000),
      d.author ?? null,
      d.link ?? null,
    ]);
    return id;
  }

  async drafts() {
    return this.db.all<{ id: string; question: string | null; body: string; link: string | null }>(
      `SELECT id, question, body, link FROM drafts ORDER BY at`,
    );
  }

  /**
   * Claims a job that runs once per `periodMs` across every replica sharing the database: a
   * conditional update only one caller can win. True for the winner.
   */
  async claimJob(name: string, periodMs: number, holder: string): Promise<boolean> {
    const at = this.now();
    await this.db.run(
      `INSERT INTO jobs (name, last_run, holder) VALUES (?, 0, NULL) ON CONFLICT DO NOTHING`,
      [name],
    );
    const n = await this.db.run(`UPDATE jobs SET last_run = ?, holder = ? WHERE name = ? AND last_run <= ?`, [
      at,
      holder,
      name,
      at - periodMs,
    ]);
    return n > 0;
  }

  // --- privacy -------------------------------------------------------------------------------

  /** Deletes everything held about one person. Returns how many rows went. */
  async forgetUser(userId: string): Promise<number> {
    const h = this.userHash(userId);
    return this.db.transaction(async (tx) => {
      let n = 0;
      n += await tx.run(`DELETE FROM feedback WHERE user_hash = ?`, [h]);
      n += await tx.run(`DELETE FROM gap_asks WHERE user_hash = ?`, [h]);
      n += await tx.run(`DELETE FROM handoffs WHERE user_hash = ?`, [h]);
      n += await tx.run(`DELETE FROM questions WHERE user_hash = ?`, [h]);
      n += await tx.run(`UPDATE gaps SET resolved_by = NULL WHERE resolved_by = ?`, [h]);
      n += await tx.run(`UPDATE learned_phrasings SET added_by = NULL WHERE added_by = ?`, [h]);
      n += await forgetThreadUser(tx, h);
      return n;
    });
  }

  /**
   * The app was uninstalled from a workspace (or its token revoked): its askers can no longer be
   * answered, so their open asks are marked answered (not tried at every later link). Returns how
   * many asks were closed. Private askers: PrivateAskers.forgetTeam.
   */
  async closeTeamAsks(team: TeamRef): Promise<number> {
    const where = servedBy(team);
    if (!where) return 0;
    return this.db.run(
      `UPDATE gap_asks SET notified_at = ? WHERE notified_at IS NULL
       AND card_id IN (SELECT q.id FROM questions q WHERE ${where.sql})`,
      [this.now(), ...where.params],
    );
  }

  /** Deletes question text older than `days` (counts stay). Returns how many rows lost text. */
  async purgeText(days: number): Promise<number> {
    const before = this.now() - days * DAY;
    return this.db.transaction(async (tx) => {
      let n = 0;
      n += await tx.run(`UPDATE questions SET question = NULL WHERE at < ? AND question IS NOT NULL`, [
        before,
      ]);
      n += await tx.run(
        `UPDATE feedback SET question = NULL, reason_text = NULL WHERE at < ? AND (question IS NOT NULL OR reason_text IS NOT NULL)`,
        [before],
      );
      n += await tx.run(`UPDATE gap_asks SET question = NULL WHERE at < ? AND question IS NOT NULL`, [
        before,
      ]);
      n += await tx.run(`UPDATE gaps SET sample = NULL WHERE last_seen < ? AND sample IS NOT NULL`, [before]);
      n += await tx.run(`UPDATE drafts SET question = NULL WHERE at < ? AND question IS NOT NULL`, [before]);
      return n;
    });
  }

  // --- stats ---------------------------------------------------------------------------------

  async stats(days = 14): Promise<Stats> {
    const since = dayOf(this.now() - (days - 1) * DAY);
    const rows = await this.db.all<{ day: string; outcome: string; n: number }>(
      `SELECT day, outcome, COUNT(*) AS n FROM questions WHERE day >= ? AND outcome IN ('answered', 'suggested', 'fallback')
       GROUP BY day, outcome ORDER BY day`,
      [since],
    );
    const byDay = new Map<string, { day: string; answered: number; suggested: number; fallback: number }>();
    for (let i = days - 1; i >= 0; i--) {
      const d = dayOf(this.now() - i * DAY);
      byDay.set(d, { day: d, answered: 0, suggested: 0, fallback: 0 });
    }
    const totals = { answered: 0, suggested: 0, fallback: 0, questions: 0 };
    for (const r of rows) {
      const d = byDay.get(r.day);
      const k = r.outcome as 'answered' | 'suggested' | 'fallback';
      const n = Number(r.n);
      if (d) d[k] += n;
      totals[k] += n;
      totals.questions += n;
    }
    const voteRows = await this.db.all<{ entry_id: string; up: number; down: number }>(
      `SELECT entry_id, SUM(CASE WHEN vote > 0 THEN 1 ELSE 0 END) AS up, SUM(CASE WHEN vote < 0 THEN 1 ELSE 0 END) AS down
       FROM feedback WHERE entry_id IS NOT NULL GROUP BY entry_id ORDER BY entry_id`,
    );
    const votes = voteRows.map((r) => {
      const up = Number(r.up);
      const down = Number(r.down);
      return { entryId: r.entry_id, up, down, upShare: up + down ? up / (up + down) : 0 };
    });
    const top = await this.db.all<{ id: string; sample: string | null; asks: number }>(
      `SELECT id, sample, asks FROM gaps WHERE status = 'open' ORDER BY asks DESC, last_seen DESC LIMIT 5`,
    );
    const h = await this.db.get<{ total: number; answered: number }>(
      `SELECT COUNT(*) AS total, SUM(CASE WHEN answered_at IS NOT NULL THEN 1 ELSE 0 END) AS answered FROM handoffs WHERE experts_ts IS NOT NULL`,
    );
    return {
      days: [...byDay.values()],
      totals,
      answeredShare: totals.questions ? totals.answered / totals.questions : null,
      votes,
      topGaps: top.map((g) => ({ id: g.id, sample: g.sample, asks: Number(g.asks) })),
      handoffs: { total: Number(h?.total ?? 0), answered: Number(h?.answered ?? 0) },
    };
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

export type { Param };
