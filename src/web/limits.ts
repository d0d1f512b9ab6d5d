/**
 * Timeouts and connection caps for every HTTP server the app runs (Bolt's receiver in HTTP mode,
 * the plain web server otherwise). Node's defaults let one client hold the server: 60 s to send
 * headers (checked only every 30 s), 300 s for a request, no cap on connections. A client holding
 * ~1,100 slow sockets made every event and /healthz fail until it stopped.
 *
 * - headers must arrive within `headersTimeoutMs` and the whole request within `requestTimeoutMs`
 *   (checked every `checkIntervalMs`);
 * - an idle keep-alive connection is closed after `keepAliveTimeoutMs`, any silent socket after
 *   `idleTimeoutMs`;
 * - at most `maxConnections` connections in all and `maxConnectionsPerAddress` from one address
 *   (so one client cannot take every slot from Slack); connections past a cap are closed at once.
 */
import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';

export interface ServerLimits {
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
  readonly idleTimeoutMs: number;
  readonly checkIntervalMs: number;
  readonly maxConnections: number;
  readonly maxConnectionsPerAddress: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
  checkIntervalMs: 1_000,
  maxConnections: 1_000,
  maxConnectionsPerAddress: 250,
};

/** Options for http.createServer (the checking interval can only be set there). */
export function serverOptions(limits: ServerLimits = DEFAULT_LIMITS): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: limits.checkIntervalMs,
  };
}

/** Applies the limits to a server (again, for servers created by others, and the caps). */
export function applyLimits(
  server: Server,
  limits: ServerLimits = DEFAULT_LIMITS,
  onRefused?: (reason: 'total' | 'address') => void,
): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  // Node closes connections past maxConnections as they arrive ('drop').
  server.maxConnections = limits.maxConnections;
  server.on('drop', () => onRefused?.('total'));
  server.setTimeout(limits.idleTimeoutMs, (socket: Socket) => socket.destroy());
  const perAddress = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const n = (perAddress.get(address) ?? 0) + 1;
    if (n > limits.maxConnectionsPerAddress) {
      onRefused?.('address');
      socket.destroy();
      return;
    }
    perAddress.set(address, n);
    socket.once('close', () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left <= 0) perAddress.delete(address);
      else perAddress.set(address, left);
    });
  });
}
