/** Starts a throwaway redis-server (Debian's package) on a free loopback port, with no persistence. */
import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { freePort, sleep, stopChild, track } from './processes.js';

export const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? 'redis-server';

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  readonly process: ChildProcess;
  /** redis-server's own output, for failure messages. */
  readonly output: string[];
  /** SIGKILL: Redis vanishes without a goodbye, as in a crash or a lost node. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** True once something on `port` answers PING with +PONG. */
export function ping(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let buf = '';
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => {
      buf += d.toString('utf8');
      if (buf.includes('\r\n')) finish(buf.startsWith('+PONG'));
    });
    socket.on('error', () => finish(false));
  });
}

async function startOnce(port: number, timeoutMs: number): Promise<RedisServer> {
  const output: string[] = [];
  const child = track(
    spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString('utf8')));
  let spawnError: Error | undefined;
  child.once('error', (err) => {
    spawnError = err;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (spawnError)
      throw new Error(
        `cannot run ${REDIS_SERVER}: ${spawnError.message} (the Redis tests need Debian's redis-server: apt-get install -y redis-server, or set REDIS_SERVER_BIN)`,
      );
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`redis-server exited early (port ${port}):\n${output.join('')}`);
    }
    if (await ping(port)) {
      return {
        port,
        url: `redis://127.0.0.1:${port}`,
        process: child,
        output,
        kill: async () => {
          await stopChild(child, 'SIGKILL');
        },
        stop: async () => {
          await stopChild(child, 'SIGTERM', 3_000);
        },
      };
    }
    await sleep(50);
  }
  await stopChild(child, 'SIGKILL');
  throw new Error(`redis-server did not answer PING within ${timeoutMs} ms:\n${output.join('')}`);
}

/**
 * Starts redis-server and waits for PONG. `port` reuses a port (to bring a killed server back);
 * otherwise a free one is picked, retrying if another process grabs it first.
 */
export async function startRedisServer(options: { port?: number; timeoutMs?: number } = {}) {
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (options.port) return startOnce(options.port, timeoutMs);
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(await freePort(), timeoutMs);
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}
