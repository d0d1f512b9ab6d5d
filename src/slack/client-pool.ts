/**
 * Bolt keeps one WebClient pool per team_id it has seen, forever (`app.clients`, a plain object):
 * signed requests naming 10,000 team_ids grew RSS to 764 MB. This swaps it for a bounded LRU map
 * behind the same object interface (Bolt only reads and assigns `clients[teamId]`).
 */
import type { App } from '@slack/bolt';

export const MAX_TEAM_CLIENTS = 100;

/** Bounds `app.clients` to the `max` most recently used teams; returns the map (tests read its size). */
export function boundTeamClients(app: App, max = MAX_TEAM_CLIENTS): Map<string, unknown> {
  const pools = new Map<string, unknown>();
  const clients = new Proxy({} as Record<string, unknown>, {
    get(_t, key) {
      if (typeof key !== 'string') return undefined;
      const pool = pools.get(key);
      if (pool !== undefined) {
        // Most recently used last.
        pools.delete(key);
        pools.set(key, pool);
      }
      return pool;
    },
    set(_t, key, value) {
      if (typeof key !== 'string') return false;
      pools.delete(key);
      pools.set(key, value);
      while (pools.size > max) {
        const oldest = pools.keys().next().value as string;
        pools.delete(oldest);
      }
      return true;
    },
    has: (_t, key) => typeof key === 'string' && pools.has(key),
    deleteProperty: (_t, key) => typeof key === 'string' && pools.delete(key),
    ownKeys: () => [...pools.keys()],
    getOwnPropertyDescriptor: (_t, key) =>
      typeof key === 'string' && pools.has(key)
        ? { configurable: true, enumerable: true, writable: true, value: pools.get(key) }
        : undefined,
  });
  (app as unknown as { clients: Record<string, unknown> }).clients = clients;
  return pools;
}
