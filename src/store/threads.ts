/**
 * Slack-native state in the store, so any replica serves any message: the context of threads the
 * bot answered in (for follow-ups without a mention), per-channel settings (`/mesh follow-ups
 * off`, `/mesh suggest on`) and the once-per-person limit of channel suggestions.
 * User ids are kept only as the store's keyed hashes.
 */
import type { Db, Queryable } from './db.js';
import type { Migration } from './migrations.js';

/** Migration 3: thread contexts, channel settings, suggestion limits. */
export const THREADS_MIGRATION: Migration = {
  version: 3,
  name: 'slack threads: follow-up contexts, channel settings, suggestion limits',
  statements: [
    // The last answer in a thread: who asked (hashed), what about, until when a follow-up needs no mention.
    `CREATE TABLE thread_contexts (
      channel TEXT NOT NULL,
      thread_ts TEXT NOT NULL,
      user_hash TEXT NOT NULL,
      card_id TEXT,
      entry_id TEXT,
      meshes TEXT NOT NULL DEFAULT '',
      expires_at BIGINT NOT NULL,
      PRIMARY KEY (channel, thread_ts)
    )`,
    `CREATE INDEX thread_contexts_expiry ON thread_contexts (expires_at)`,
    `CREATE INDEX thread_contexts_user ON thread_contexts (user_hash)`,
    // One row per channel and setting ('followups' | 'suggest'); value 'on' | 'off'.
    `CREATE TABLE channel_settings (
      channel TEXT NOT NULL,
      name TEXT NOT NULL,
      value TEXT NOT NULL,
      set_by TEXT,
      at BIGINT NOT NULL,
      PRIMARY KEY (channel, name)
    )`,
    // The last channel suggestion per person (at most one per SUGGEST_EVERY_MS).
    `CREATE TABLE suggest_limits (user_hash TEXT PRIMARY KEY, last_at BIGINT NOT NULL)`,
  ],
};

export type ChannelSetting = 'followups' | 'suggest';
/** What a channel gets when nobody set anything: follow-ups on, suggestions off (opt-in). */
export const SETTING_DEFAULTS: Readonly<Record<ChannelSetting, boolean>> = {
  followups: true,
  suggest: false,
};

export interface ThreadContext {
  readonly channel: string;
  readonly threadTs: string;
  readonly userHash: string;
  readonly cardId: string | null;
  readonly entryId: string | null;
  readonly meshes: readonly string[];
  readonly expiresAt: number;
}

/** Rows of expired contexts are deleted once they are this old (a follow-up never needs them). */
const KEEP_EXPIRED_MS = 24 * 3_600_000;

/** A thread the bot just answered in: where, who asked, and its topic and meshes. */
export interface ThreadToRemember {
  readonly channel: string;
  readonly threadTs: string;
  readonly userId: string;
  readonly cardId?: string | null;
  readonly entryId?: string | null;
  readonly meshes?: readonly string[];
}

export class ThreadStore {
  constructor(
    private readonly db: Db,
    private readonly hash: (userId: string) => string,
  ) {}

  /** Remembers (or replaces) the context of a thread the bot just answered in, until `expiresAt`. */
  async remember(c: ThreadToRemember, now: number, expiresAt: number): Promise<void> {
    await this.db.run(
      `INSERT INTO thread_contexts (channel, thread_ts, user_hash, card_id, entry_id, meshes, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (channel, thread_ts) DO UPDATE SET user_hash = excluded.user_hash, card_id = excluded.card_id,
         entry_id = excluded.entry_id, meshes = excluded.meshes, expires_at = excluded.expires_at`,
      [
        c.channel,
        c.threadTs,
        this.hash(c.userId),
        c.cardId ?? null,
        c.entryId ?? null,
        (c.meshes ?? []).join(','),
        expiresAt,
      ],
    );
    await this.db.run(`DELETE FROM thread_contexts WHERE expires_at < ?`, [now - KEEP_EXPIRED_MS]);
  }

  /** The thread's context if it has not expired at `now`. */
  async active(channel: string, threadTs: string, now: number): Promise<ThreadContext | undefined> {
    const r = await this.db.get<{
      user_hash: string;
      card_id: string | null;
      entry_id: string | null;
      meshes: string;
      expires_at: number;
    }>(
      `SELECT user_hash, card_id, entry_id, meshes, expires_at FROM thread_contexts
       WHERE channel = ? AND thread_ts = ? AND expires_at > ?`,
      [channel, threadTs, now],
    );
    if (!r) return undefined;
    return {
      channel,
      threadTs,
      userHash: r.user_hash,
      cardId: r.card_id,
      entryId: r.entry_id,
      meshes: r.meshes ? r.meshes.split(',') : [],
      expiresAt: Number(r.expires_at),
    };
  }

  /** Whether this context's asker is `userId`. */
  isAsker(context: ThreadContext, userId: string): boolean {
    return context.userHash === this.hash(userId);
  }

  async setting(channel: string, name: ChannelSetting): Promise<boolean> {
    const r = await this.db.get<{ value: string }>(
      `SELECT value FROM channel_settings WHERE channel = ? AND name = ?`,
      [channel, name],
    );
    return r ? r.value === 'on' : SETTING_DEFAULTS[name];
  }

  /**
   * Sets a channel's setting; true only for the one call that changed it (a repeated `on`, or two
   * replicas handling the same click, change nothing the second time), so it is announced once.
   */
  async setSetting(channel: string, name: ChannelSetting, on: boolean, byUserId: string, now: number) {
    const value = on ? 'on' : 'off';
    const before = await this.setting(channel, name);
    const n = await this.db.run(
      `INSERT INTO channel_settings (channel, name, value, set_by, at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (channel, name) DO UPDATE SET value = excluded.value, set_by = excluded.set_by, at = excluded.at
       WHERE channel_settings.value <> excluded.value`,
      [channel, name, value, this.hash(byUserId), now],
    );
    // A fresh row equal to the default changed nothing a channel sees.
    return n > 0 && before !== on;
  }

  /**
   * Claims the right to send `userId` a channel suggestion now: true when the last one was at least
   * `everyMs` ago (or never), and records it; false otherwise. One winner across replicas.
   */
  async claimSuggestion(userId: string, now: number, everyMs: number): Promise<boolean> {
    const n = await this.db.run(
      `INSERT INTO suggest_limits (user_hash, last_at) VALUES (?, ?)
       ON CONFLICT (user_hash) DO UPDATE SET last_at = excluded.last_at
       WHERE suggest_limits.last_at <= ?`,
      [this.hash(userId), now, now - everyMs],
    );
    return n > 0;
  }
}

/** For `/mesh forget me`: deletes the person's thread contexts and suggestion limit, forgets their settings. */
export async function forgetThreadUser(tx: Queryable, userHash: string): Promise<number> {
  let n = 0;
  n += await tx.run(`DELETE FROM thread_contexts WHERE user_hash = ?`, [userHash]);
  n += await tx.run(`DELETE FROM suggest_limits WHERE user_hash = ?`, [userHash]);
  n += await tx.run(`UPDATE channel_settings SET set_by = NULL WHERE set_by = ?`, [userHash]);
  return n;
}
