/**
 * People who asked privately (`/mesh`, `/mesh-pick <needs>`: the answer was ephemeral, so there is
 * no thread to answer in later). When a curator links their gap, each gets the answer once, by DM.
 * A DM needs the Slack user id, which the store otherwise keeps only as a keyed hash: here it is
 * kept encrypted (AES-256-GCM, key derived from USER_HASH_SECRET) and only for questions that can
 * become gaps (fallbacks and suggestions), only while question text is stored at all, and only
 * until the person is answered, RETENTION_DAYS pass, or they say `/mesh forget me`.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Db } from './db.js';
import type { TeamRef } from './installations.js';
import { servedBy, teamOfRow } from './store.js';

/** Card surfaces whose reply only the asker saw (ephemeral): they have no thread to answer in. */
export const PRIVATE_SURFACES: readonly string[] = ['command', 'pick-text'];

export const isPrivateSurface = (surface: string | null | undefined): boolean =>
  PRIVATE_SURFACES.includes(surface ?? '');

export interface PrivateAsker {
  readonly userId: string;
  readonly userHash: string;
  /** When they first asked (epoch ms). */
  readonly at: number;
  /** Their workspace, when the card recorded one: the DM goes out with its install's token. */
  readonly team?: TeamRef | undefined;
}

const DAY = 86_400_000;

export class PrivateAskers {
  private readonly key: Buffer;
  private readonly now: () => number;
  constructor(
    private readonly db: Db,
    private readonly options: {
      readonly secret: string;
      /** The store's keyed hash of a user id (so forget-me and the other tables agree). */
      readonly userHash: (userId: string) => string;
      readonly now?: () => number;
    },
  ) {
    this.key = createHash('sha256').update(`meshbot-reply-to:${options.secret}`).digest();
    this.now = options.now ?? (() => Date.now());
  }

  seal(userId: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([c.update(userId, 'utf8'), c.final()]);
    return [iv, c.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
  }

  /** The user id, or null when the value was sealed with another secret (or is not ours). */
  open(sealed: string): string | null {
    try {
      const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
      if (!iv || !tag || !body) return null;
      const d = createDecipheriv('aes-256-gcm', this.key, iv);
      d.setAuthTag(tag);
      return Buffer.concat([d.update(body), d.final()]).toString('utf8');
    } catch {
      return null;
    }
  }

  /** Remembers who asked on this card (a private question that may become a gap). */
  async remember(cardId: string, userId: string): Promise<void> {
    await this.db.run(
      `INSERT INTO private_askers (card_id, user_hash, reply_to, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [cardId, this.options.userHash(userId), this.seal(userId), this.now()],
    );
  }

  /** The private askers of a gap not yet answered, one per person, earliest question first. */
  async forGap(gapId: string): Promise<PrivateAsker[]> {
    const rows = await this.db.all<{
      user_hash: string;
      reply_to: string;
      at: number;
      team_id: string | null;
      enterprise_id: string | null;
      is_enterprise_install: number | null;
    }>(
      `SELECT p.user_hash, p.reply_to, a.at, q.team_id, q.enterprise_id, q.is_enterprise_install
       FROM gap_asks a JOIN private_askers p ON p.card_id = a.card_id LEFT JOIN questions q ON q.id = a.card_id
       WHERE a.gap_id = ? AND a.kind <> 'downvote' AND p.notified_at IS NULL AND p.reply_to IS NOT NULL
       ORDER BY a.at`,
      [gapId],
    );
    const seen = new Set<string>();
    const out: PrivateAsker[] = [];
    for (const r of rows) {
      if (seen.has(r.user_hash)) continue;
      seen.add(r.user_hash);
      const userId = this.open(r.reply_to);
      const team = teamOfRow(r);
      if (userId) out.push({ userId, userHash: r.user_hash, at: Number(r.at), ...(team ? { team } : {}) });
    }
    return out;
  }

  /**
   * Claims the right to answer this person for this gap: true once across replicas (a conditional
   * update). The sealed id is dropped with the claim; their asks count as answered.
   */
  async claim(gapId: string, asker: PrivateAsker): Promise<boolean> {
    const at = this.now();
    const n = await this.db.run(
      `UPDATE private_askers SET notified_at = ?, reply_to = NULL
       WHERE user_hash = ? AND notified_at IS NULL AND card_id IN (SELECT card_id FROM gap_asks WHERE gap_id = ?)`,
      [at, asker.userHash, gapId],
    );
    if (n)
      await this.db.run(
        `UPDATE gap_asks SET notified_at = ? WHERE gap_id = ? AND notified_at IS NULL
         AND card_id IN (SELECT card_id FROM private_askers WHERE user_hash = ?)`,
        [at, gapId, asker.userHash],
      );
    return n > 0;
  }

  /** `/mesh forget me`: rows deleted. */
  async forget(userId: string): Promise<number> {
    return this.db.run(`DELETE FROM private_askers WHERE user_hash = ?`, [this.options.userHash(userId)]);
  }

  /**
   * The app was uninstalled from `team` (or its token revoked): its private askers can no longer be
   * reached, so their sealed ids go. Rows deleted.
   */
  async forgetTeam(team: TeamRef): Promise<number> {
    const where = servedBy(team);
    if (!where) return 0;
    return this.db.run(
      `DELETE FROM private_askers WHERE card_id IN (SELECT q.id FROM questions q WHERE ${where.sql})`,
      where.params,
    );
  }

  /** Drops what is older than `days` (the retention sweep). Rows deleted. */
  async purge(days: number): Promise<number> {
    return this.db.run(`DELETE FROM private_askers WHERE at < ?`, [this.now() - days * DAY]);
  }
}
