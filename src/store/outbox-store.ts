/**
 * The reply outbox in the store (SQLite or PostgreSQL), so that a reply owed for an acked event
 * outlives the process that owes it: any replica sharing the database, or the same process after a
 * crash, posts it. Also the once-keys that make button clicks and commands idempotent across
 * replicas for a short window.
 *
 * Leases: `claim` marks rows with a lease (owner token + time) in ONE conditional UPDATE, so two
 * workers never hold the same row (PostgreSQL re-checks the WHERE clause of a row another
 * transaction just updated; SQLite runs one writer at a time). The posting worker renews its
 * leases while an attempt runs; a worker that dies stops renewing and its rows become due again
 * within one lease. A reply posted just before a crash, and not yet marked done, would be posted
 * again: the window is one Web API call wide.
 *
 * Posted rows keep their id (their arguments emptied) for REPLAY_WINDOW_MS: adding the same id
 * again (a replayed request) does nothing.
 */
import { randomUUID } from 'node:crypto';
import { keyedHash } from '../loop/normalize.js';
import {
  type Asker,
  type ClaimOptions,
  type FollowUp,
  type NewReply,
  type Outbox,
  type PendingReply,
  REPLAY_WINDOW_MS,
  type ReplyMethod,
  type ReplyUpdate,
} from '../slack/outbox.js';
import type { Db, Param } from './db.js';

interface OutboxRow {
  id: string;
  method: string;
  args: string;
  channel: string;
  asker: string | null;
  surface: string;
  plain_text: string | null;
  follow_up: string | null;
  team: string | null;
  created_at: number;
  expires_at: number;
  not_before: number;
  attempts: number;
  last_error: string | null;
  plain: number;
}

const parse = <T>(text: string | null): T | undefined => (text ? (JSON.parse(text) as T) : undefined);

function fromRow(r: OutboxRow): PendingReply {
  const asker = parse<Asker>(r.asker);
  const followUp = parse<FollowUp>(r.follow_up);
  // The workspace whose token posts it (OAuth installs): ids only, never a token.
  const team = parse<NonNullable<NewReply['team']>>(r.team);
  return {
    id: r.id,
    method: r.method as ReplyMethod,
    args: JSON.parse(r.args) as Record<string, unknown>,
    channel: r.channel,
    surface: r.surface,
    expiresAt: Number(r.expires_at),
    createdAt: Number(r.created_at),
    notBefore: Number(r.not_before),
    attempts: Number(r.attempts),
    ...(asker ? { asker } : {}),
    ...(r.plain_text !== null ? { plainText: r.plain_text } : {}),
    ...(followUp ? { followUp } : {}),
    ...(team ? { team } : {}),
    ...(r.last_error !== null ? { lastError: r.last_error } : {}),
    ...(Number(r.plain) ? { plain: true } : {}),
  };
}

/** A reply's columns from method to team, in the order the INSERT and the revive UPDATE list them. */
function content(reply: NewReply): Param[] {
  return [
    reply.method,
    JSON.stringify(reply.args),
    reply.channel,
    reply.asker ? JSON.stringify(reply.asker) : null,
    reply.surface,
    reply.plainText ?? null,
    reply.followUp ? JSON.stringify(reply.followUp) : null,
    reply.team ? JSON.stringify(reply.team) : null,
  ];
}

const COLUMNS =
  'id, method, args, channel, asker, surface, plain_text, follow_up, team, created_at, expires_at, not_before, attempts, last_error, plain';

export class StoreOutbox implements Outbox {
  readonly durable = true;
  /** This process: the origin of the rows it adds, the prefix of its lease tokens. */
  readonly owner = randomUUID();
  private seq = 0;

  constructor(private readonly db: Db) {}

  async add(reply: NewReply, now: number): Promise<boolean> {
    const n = await this.db.run(
      `INSERT INTO outbox (id, method, args, channel, asker, surface, plain_text, follow_up, team, origin,
         created_at, expires_at, not_before, attempts, plain, leased_until)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0) ON CONFLICT DO NOTHING`,
      [reply.id, ...content(reply), this.owner, now, reply.expiresAt, now],
    );
    if (n > 0) return true;
    // Known id: posted longer ago than the replay window means a new reply with an old id.
    const revived = await this.db.run(
      `UPDATE outbox SET method = ?, args = ?, channel = ?, asker = ?, surface = ?, plain_text = ?,
         follow_up = ?, team = ?, origin = ?, created_at = ?, expires_at = ?, not_before = ?, attempts = 0,
         last_error = NULL, plain = 0, leased_until = 0, lease_owner = NULL, done_at = NULL
       WHERE id = ? AND done_at IS NOT NULL AND done_at <= ?`,
      [...content(reply), this.owner, now, reply.expiresAt, now, reply.id, now - REPLAY_WINDOW_MS],
    );
    return revived > 0;
  }

  async claim(
    now: number,
    limit: number,
    leaseMs: number,
    options: ClaimOptions = {},
  ): Promise<PendingReply[]> {
    if (limit <= 0) return [];
    const token = `${this.owner}:${++this.seq}`;
    const dueBy = Math.min(options.dueBy ?? now, Number.MAX_SAFE_INTEGER);
    const mine = options.mine ? ' AND origin = ?' : '';
    const params: Param[] = [now + leaseMs, token, now, dueBy];
    if (options.mine) params.push(this.owner);
    params.push(Math.min(limit, 1_000_000), now);
    // One statement: the subquery picks candidates, the outer WHERE re-checks the lease, so a row
    // another worker leased in the meantime is skipped, never shared.
    const claimed = await this.db.run(
      `UPDATE outbox SET leased_until = ?, lease_owner = ?
       WHERE id IN (
         SELECT id FROM outbox WHERE done_at IS NULL AND leased_until <= ? AND not_before <= ?${mine}
         ORDER BY created_at, id LIMIT ?
       ) AND done_at IS NULL AND leased_until <= ?`,
      params,
    );
    if (claimed === 0) return [];
    const rows = await this.db.all<OutboxRow & Record<string, unknown>>(
      `SELECT ${COLUMNS} FROM outbox WHERE lease_owner = ? AND done_at IS NULL ORDER BY created_at, id`,
      [token],
    );
    return rows.map(fromRow);
  }

  async complete(id: string, now: number): Promise<void> {
    // The id stays for the replay window; what the reply said (and who asked) goes now.
    await this.db.run(
      `UPDATE outbox SET done_at = ?, args = '{}', asker = NULL, plain_text = NULL, follow_up = NULL,
         leased_until = 0, lease_owner = NULL WHERE id = ?`,
      [now, id],
    );
  }

  async release(id: string, update: ReplyUpdate): Promise<void> {
    await this.db.run(
      `UPDATE outbox SET leased_until = 0, lease_owner = NULL, not_before = ?, attempts = ?, last_error = ?,
         args = COALESCE(?, args), plain = CASE WHEN ? = 1 THEN 1 ELSE plain END
       WHERE id = ? AND done_at IS NULL`,
      [
        update.notBefore,
        update.attempts,
        update.lastError,
        update.args ? JSON.stringify(update.args) : null,
        update.plain ? 1 : 0,
        id,
      ],
    );
  }

  async renew(ids: readonly string[], until: number): Promise<void> {
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      await this.db.run(
        `UPDATE outbox SET leased_until = ? WHERE done_at IS NULL AND lease_owner LIKE ? AND leased_until > 0
           AND id IN (${chunk.map(() => '?').join(', ')})`,
        [until, `${this.owner}:%`, ...chunk],
      );
    }
  }

  async size(mine = false): Promise<number> {
    const row = await this.db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM outbox WHERE done_at IS NULL${mine ? ' AND origin = ?' : ''}`,
      mine ? [this.owner] : [],
    );
    return Number(row?.n ?? 0);
  }

  async nextDue(mine = false): Promise<number | undefined> {
    const row = await this.db.get<{ at: number | null }>(
      `SELECT MIN(CASE WHEN leased_until > not_before THEN leased_until ELSE not_before END) AS at
       FROM outbox WHERE done_at IS NULL${mine ? ' AND origin = ?' : ''}`,
      mine ? [this.owner] : [],
    );
    return row?.at === null || row?.at === undefined ? undefined : Number(row.at);
  }

  async sweep(now: number): Promise<void> {
    await this.db.run(`DELETE FROM outbox WHERE done_at IS NOT NULL AND done_at <= ?`, [
      now - REPLAY_WINDOW_MS,
    ]);
  }
}

/**
 * "Has this happened in the last few seconds?" across replicas: the first caller for a key within
 * its window gets true, everyone else false until the window ends. Keys are stored as keyed
 * hashes (they hold user ids).
 */
export class OnceKeys {
  private calls = 0;
  constructor(
    private readonly db: Db,
    private readonly secret: string,
  ) {}

  async first(key: string, windowMs: number, now = Date.now()): Promise<boolean> {
    const k = keyedHash(this.secret, key, 'once');
    const until = now + windowMs;
    if ((++this.calls & 255) === 0) {
      await this.db.run(`DELETE FROM once_keys WHERE until < ?`, [now - 60_000]);
    }
    const inserted = await this.db.run(
      `INSERT INTO once_keys (key, until) VALUES (?, ?) ON CONFLICT DO NOTHING`,
      [k, until],
    );
    if (inserted > 0) return true;
    // Known key whose window has ended: a conditional update only one caller can win.
    const renewed = await this.db.run(`UPDATE once_keys SET until = ? WHERE key = ? AND until <= ?`, [
      until,
      k,
      now,
    ]);
    return renewed > 0;
  }
}
