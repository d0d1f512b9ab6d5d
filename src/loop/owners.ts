/**
 * Who owns an entry, in Slack terms. An entry's `owner` may be a Slack user id (`U…`/`W…`, or
 * `<@U…>`), a user group id (`S…`, or `<!subteam^S…>`), or a name that KB_OWNERS maps to ids
 * (`platform-networking-team=S0123,mesh-team=U0456`). Names match whatever their case and
 * punctuation: "Platform networking team" is `platform-networking-team`. Resolved at digest and
 * review time, so the knowledge files keep their readable owner names.
 */
import type { Entry } from '../knowledge/schema.js';
import { type OwnerTarget, ownerTarget } from './digest.js';

/** KB_OWNERS parsed: owner name key → Slack user and user group ids. */
export type KbOwners = Readonly<Record<string, readonly string[]>>;

const SLACK_ID = /^[UWS][A-Z0-9]{2,40}$/;

/** The key an owner name is looked up by: lower case, runs of anything else than letters and digits as one "-". */
export function ownerKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Parses KB_OWNERS: comma-separated `name=ID` pairs; a name may come more than once to list more
 * ids. Returns the problems (for config.ts's one message) instead of throwing.
 */
export function parseKbOwners(text: string): { owners: KbOwners; problems: string[] } {
  const owners: Record<string, string[]> = {};
  const problems: string[] = [];
  for (const raw of text.split(',')) {
    const pair = raw.trim();
    if (!pair) continue;
    const at = pair.indexOf('=');
    const name = at > 0 ? ownerKey(pair.slice(0, at)) : '';
    const id = at > 0 ? pair.slice(at + 1).trim() : '';
    if (!name || !SLACK_ID.test(id)) {
      problems.push(`"${pair.slice(0, 60)}"`);
      continue;
    }
    const ids = owners[name] ?? [];
    if (!ids.includes(id)) ids.push(id);
    owners[name] = ids;
  }
  return { owners, problems };
}

const targetOf = (id: string): OwnerTarget => ({ kind: id.startsWith('S') ? 'group' : 'user', id });

/** The Slack users and groups an owner names: its own id, or the ids KB_OWNERS maps its name to. */
export function ownerTargets(owner: string, owners: KbOwners): OwnerTarget[] {
  const direct = ownerTarget(owner);
  if (direct) return [direct];
  return (owners[ownerKey(owner)] ?? []).map(targetOf);
}

/** Owner names that reach nobody in Slack, with how many entries each owns (for a start-up warning). */
export function unresolvedOwners(
  entries: readonly Pick<Entry, 'owner'>[],
  owners: KbOwners,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries)
    if (ownerTargets(e.owner, owners).length === 0) out.set(e.owner, (out.get(e.owner) ?? 0) + 1);
  return out;
}

export interface GroupClient {
  usergroups: {
    users: { list(args: { usergroup: string }): Promise<{ ok?: boolean; users?: string[] }> };
  };
}

/**
 * Expands targets to user ids, reading each group's members once per call of `members` (a failed
 * lookup counts as "no members", and says so through `onError`).
 */
export function groupMembers(client: GroupClient, onError: (group: string, err: unknown) => void) {
  const cache = new Map<string, Promise<string[]>>();
  return async (targets: readonly OwnerTarget[]): Promise<string[]> => {
    const users = new Set<string>();
    for (const t of targets) {
      if (t.kind === 'user') {
        users.add(t.id);
        continue;
      }
      let members = cache.get(t.id);
      if (!members) {
        members = client.usergroups.users.list({ usergroup: t.id }).then(
          (r) => r.users ?? [],
          (err: unknown) => {
            onError(t.id, err);
            return [];
          },
        );
        cache.set(t.id, members);
      }
      for (const u of await members) users.add(u);
    }
    return [...users];
  };
}
