/**
 * The OAuth install's data (issue 11 part 5): Bolt's InstallationStore and StateStore in the
 * store's database (SQLite or PostgreSQL, migration 4).
 *
 * - Installations are keyed by team id (`team:T…`), or by enterprise id for an Enterprise Grid
 *   org-wide install (`enterprise:E…`, `isEnterpriseInstall`). The whole installation, tokens
 *   included, is one AES-256-GCM ciphertext (random 96-bit IV per value, the row id as associated
 *   data, so a ciphertext moved to another row does not decrypt). Only ids and times are in clear.
 * - A wrong TOKEN_ENCRYPTION_KEY fails GCM's authentication: TokenKeyError says so, never garbage.
 * - Install states are signed with SLACK_STATE_SECRET and stored by hash until used: a state works
 *   once, within 10 minutes, on any replica sharing the database.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import type {
  Installation,
  InstallationQuery,
  InstallationStore,
  InstallURLOptions,
  StateStore,
} from '@slack/bolt';
import type { Db } from './db.js';

const VERSION = 'v1';

/** The stored tokens cannot be decrypted with this key. */
export class TokenKeyError extends Error {
  readonly code = 'token_key_mismatch';
  constructor(readonly rowId: string) {
    super(
      'A stored Slack installation cannot be decrypted: TOKEN_ENCRYPTION_KEY is not the key it was stored with (or the row was altered). Set TOKEN_ENCRYPTION_KEY back to that key, or delete the installation and install the app again at /slack/install.',
    );
    this.name = 'TokenKeyError';
  }
}

/** AES-256-GCM with a random IV per value; `context` is bound as associated data. */
export class TokenCipher {
  private readonly key: Buffer;
  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('TOKEN_ENCRYPTION_KEY must be 32 bytes');
    this.key = Buffer.from(key);
  }

  encrypt(plain: string, context: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.key, iv);
    c.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return [
      VERSION,
      iv.toString('base64url'),
      c.getAuthTag().toString('base64url'),
      body.toString('base64url'),
    ].join('.');
  }

  decrypt(sealed: string, context: string): string {
    const [v, iv, tag, body] = sealed.split('.');
    if (v !== VERSION || !iv || !tag || body === undefined) throw new TokenKeyError(context);
    try {
      const d = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      d.setAAD(Buffer.from(context, 'utf8'));
      d.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([d.update(Buffer.from(body, 'base64url')), d.final()]).toString('utf8');
    } catch {
      throw new TokenKeyError(context);
    }
  }
}

/** Which install serves a team: its own, else its enterprise's org-wide one. */
export interface TeamRef {
  readonly teamId?: string | undefined;
  readonly enterpriseId?: string | undefined;
  readonly isEnterpriseInstall?: boolean | undefined;
}

const teamKey = (teamId: string) => `team:${teamId}`;
const enterpriseKey = (enterpriseId: string) => `enterprise:${enterpriseId}`;

/** Row id of an installation (org-wide: by enterprise; else by team). */
export function installationKey(
  i: Pick<Installation, 'isEnterpriseInstall' | 'team' | 'enterprise'>,
): string {
  if (i.isEnterpriseInstall) {
    if (!i.enterprise?.id) throw new Error('an org-wide install without an enterprise id');
    return enterpriseKey(i.enterprise.id);
  }
  if (!i.team?.id) throw new Error('an installation without a team id');
  return teamKey(i.team.id);
}

interface Row {
  id: string;
  data: string;
  [k: string]: unknown;
}

export class SqlInstallationStore implements InstallationStore {
  private readonly cipher: TokenCipher;
  constructor(
    readonly db: Db,
    key: Buffer,
    private readonly now: () => number = Date.now,
  ) {
    this.cipher = new TokenCipher(key);
  }

  async storeInstallation(installation: Installation): Promise<void> {
    const id = installationKey(installation);
    const at = this.now();
    const data = this.cipher.encrypt(JSON.stringify(installation), id);
    await this.db.run(
      `INSERT INTO slack_installations (id, enterprise_id, team_id, is_enterprise_install, data, installed_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET enterprise_id = excluded.enterprise_id, team_id = excluded.team_id,
         is_enterprise_install = excluded.is_enterprise_install, data = excluded.data, updated_at = excluded.updated_at`,
      [
        id,
        installation.enterprise?.id ?? null,
        installation.team?.id ?? null,
        installation.isEnterpriseInstall ? 1 : 0,
        data,
        at,
        at,
      ],
    );
  }

  /** The installation serving this team (or org), or undefined when there is none. */
  async find(query: TeamRef): Promise<Installation | undefined> {
    const ids: string[] = [];
    if (query.isEnterpriseInstall && query.enterpriseId) ids.push(enterpriseKey(query.enterpriseId));
    else {
      if (query.teamId) ids.push(teamKey(query.teamId));
      if (query.enterpriseId) ids.push(enterpriseKey(query.enterpriseId));
    }
    for (const id of ids) {
      const row = await this.db.get<Row>(`SELECT id, data FROM slack_installations WHERE id = ?`, [id]);
      if (row) return JSON.parse(this.cipher.decrypt(row.data, row.id)) as Installation;
    }
    return undefined;
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const found = await this.find(query);
    if (!found)
      throw new Error(
        'No installation for this workspace or organisation: install the app at /slack/install',
      );
    return found;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.remove(query);
  }

  /**
   * Deletes what is stored for a team (its own install) or, for an org-wide install, for the whole
   * enterprise (its install and any workspace installs in it). Returns the rows deleted.
   */
  async remove(query: TeamRef): Promise<number> {
    if (query.isEnterpriseInstall && query.enterpriseId)
      return this.db.run(`DELETE FROM slack_installations WHERE id = ? OR enterprise_id = ?`, [
        enterpriseKey(query.enterpriseId),
        query.enterpriseId,
      ]);
    if (query.teamId)
      return this.db.run(`DELETE FROM slack_installations WHERE id = ?`, [teamKey(query.teamId)]);
    return 0;
  }

  /** The install made first (the workspace whose token the weekly digest uses), if any. */
  async first(): Promise<TeamRef | undefined> {
    const row = await this.db.get<{ team_id: string | null; enterprise_id: string | null; e: number }>(
      `SELECT team_id, enterprise_id, is_enterprise_install AS e FROM slack_installations ORDER BY installed_at, id LIMIT 1`,
    );
    if (!row) return undefined;
    return {
      teamId: row.team_id ?? undefined,
      enterpriseId: row.enterprise_id ?? undefined,
      isEnterpriseInstall: Number(row.e) === 1,
    };
  }

  /** Decrypts one stored installation, so a wrong key stops start-up rather than the first reply. */
  async checkKey(): Promise<void> {
    const row = await this.db.get<Row>(
      `SELECT id, data FROM slack_installations ORDER BY installed_at LIMIT 1`,
    );
    if (row) this.cipher.decrypt(row.data, row.id);
  }

  async count(): Promise<number> {
    const row = await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM slack_installations`);
    return Number(row?.n ?? 0);
  }
}

/** Error codes @slack/oauth's failure page maps to 400 (its ErrorCode values). */
class StateError extends Error {
  constructor(
    message: string,
    readonly code: 'slack_oauth_invalid_state' | 'slack_oauth_missing_state',
  ) {
    super(message);
    this.name = 'InvalidStateError';
  }
}

/** How long an install state is good for (the state cookie lasts as long). */
export const STATE_TTL_SECONDS = 600;

/** One-time install states: `<nonce>.<HMAC(secret, nonce)>`, stored by hash until used. */
export class SqlStateStore implements StateStore {
  constructor(
    readonly db: Db,
    private readonly secret: string,
    private readonly ttlSeconds = STATE_TTL_SECONDS,
  ) {}

  private sign(nonce: string): string {
    return createHmac('sha256', this.secret).update(`meshbot-oauth-state:${nonce}`).digest('base64url');
  }

  async generateStateParam(installOptions: InstallURLOptions, now: Date): Promise<string> {
    const nonce = randomBytes(24).toString('base64url');
    const at = now.getTime();
    await this.db.run(`DELETE FROM oauth_states WHERE expires_at < ?`, [at]);
    await this.db.run(`INSERT INTO oauth_states (id, options, expires_at) VALUES (?, ?, ?)`, [
      hashOf(nonce),
      JSON.stringify(installOptions),
      at + this.ttlSeconds * 1000,
    ]);
    return `${nonce}.${this.sign(nonce)}`;
  }

  async verifyStateParam(now: Date, state: string): Promise<InstallURLOptions> {
    const [nonce, sig, extra] = (state ?? '').split('.');
    if (!nonce || !sig || extra !== undefined)
      throw new StateError('The state is not one of ours', 'slack_oauth_invalid_state');
    const want = Buffer.from(this.sign(nonce));
    const got = Buffer.from(sig);
    if (want.length !== got.length || !timingSafeEqual(want, got))
      throw new StateError('The state is not one of ours', 'slack_oauth_invalid_state');
    const id = hashOf(nonce);
    const row = await this.db.get<{ options: string; expires_at: number }>(
      `SELECT options, expires_at FROM oauth_states WHERE id = ?`,
      [id],
    );
    // Whoever deletes the row uses the state: a replay (or a race) finds it gone.
    const used = await this.db.run(`DELETE FROM oauth_states WHERE id = ?`, [id]);
    if (!row || used !== 1) throw new StateError('The state was already used', 'slack_oauth_invalid_state');
    if (Number(row.expires_at) < now.getTime())
      throw new StateError('The state has expired', 'slack_oauth_invalid_state');
    return JSON.parse(row.options) as InstallURLOptions;
  }
}

const hashOf = (s: string) => createHash('sha256').update(s).digest('hex');
