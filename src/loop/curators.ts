/**
 * Who may curate: CURATORS lists user ids (U…/W…) and user group ids (S…). Group members are read
 * with usergroups.users.list and cached briefly. Every curation action calls this server-side.
 */
export interface CuratorClient {
  usergroups: {
    users: { list(args: { usergroup: string }): Promise<{ ok?: boolean; users?: string[] }> };
  };
}

export const GROUP_CACHE_MS = 60_000;

export class Curators {
  private readonly users: Set<string>;
  private readonly groups: string[];
  private readonly cache = new Map<string, { at: number; users: Set<string> }>();
  constructor(
    ids: readonly string[],
    private readonly now: () => number = () => Date.now(),
  ) {
    this.users = new Set(ids.filter((id) => /^[UW]/.test(id)));
    this.groups = ids.filter((id) => id.startsWith('S'));
  }

  get configured(): boolean {
    return this.users.size > 0 || this.groups.length > 0;
  }

  /** True when `userId` is listed or in a listed group; a failed group lookup counts as "not in it". */
  async isCurator(userId: string, client: CuratorClient): Promise<boolean> {
    if (this.users.has(userId)) return true;
    for (const g of this.groups) {
      const hit = this.cache.get(g);
      let members = hit && this.now() - hit.at < GROUP_CACHE_MS ? hit.users : undefined;
      if (!members) {
        try {
          const res = await client.usergroups.users.list({ usergroup: g });
          members = new Set(res.users ?? []);
          this.cache.set(g, { at: this.now(), users: members });
        } catch {
          members = new Set();
        }
      }
      if (members.has(userId)) return true;
    }
    return false;
  }
}
