/**
 * Slack's side of a Socket Mode connection, on loopback: a WebSocket server (the `ws` package) that
 * greets each connection with `hello`, delivers envelopes (`events_api`, `slash_commands`,
 * `interactive`) with an `envelope_id` the app must ack, and can send `disconnect` to make the app
 * reconnect. Envelopes not acked when a connection ends are delivered again on the next one with
 * `retry_attempt` raised, as Slack retries unacknowledged deliveries; envelopes sent while no
 * connection is open wait for the next one. FakeSlack's apps.connections.open hands out `url`.
 */
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export type EnvelopeType = 'events_api' | 'slash_commands' | 'interactive';

export interface Envelope {
  readonly envelope_id: string;
  readonly type: EnvelopeType;
  readonly payload: Record<string, unknown>;
  readonly accepts_response_payload: boolean;
  retry_attempt: number;
  retry_reason: string;
}

export interface SendOptions {
  /** The app's ack for this envelope on the current connection is dropped (a lost ack). */
  readonly loseAck?: boolean;
}

let seq = 0;

export class FakeSocketMode {
  /** Every envelope ever sent, by id. */
  readonly envelopes = new Map<string, Envelope>();
  /** Acks received, in order: envelope id and the payload the app sent back. */
  readonly acks: { envelope_id: string; payload: unknown }[] = [];
  /** How many times each envelope was delivered. */
  readonly deliveries = new Map<string, number>();
  /** Connections opened so far (each one got a hello). */
  connections = 0;
  url = '';
  private wss: WebSocketServer | null = null;
  private current: WebSocket | null = null;
  /** Envelopes delivered on the current connection and not acked yet (or whose ack was lost). */
  private pending = new Set<string>();
  private lostAcks = new Set<string>();
  /** Envelopes waiting for a connection. */
  private queue: string[] = [];
  private draining = false;
  private readonly waiters: Array<() => void> = [];

  async start(): Promise<this> {
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.wss?.once('listening', () => resolve()));
    this.url = `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}/link/?ticket=fake`;
    this.wss.on('connection', (ws) => this.onConnection(ws));
    return this;
  }

  private onConnection(ws: WebSocket): void {
    this.current = ws;
    this.draining = false;
    this.connections += 1;
    ws.on('message', (data) => this.onMessage(ws, String(data)));
    ws.on('close', () => {
      if (this.current === ws) this.current = null;
      // Whatever was delivered here and not acked goes out again on the next connection.
      for (const id of this.pending) {
        const env = this.envelopes.get(id);
        if (env) {
          env.retry_attempt += 1;
          env.retry_reason = 'timeout';
          this.queue.push(id);
        }
      }
      this.pending.clear();
      this.lostAcks.clear();
      this.notify();
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'fake-socket-mode', approximate_connection_time: 18060 },
        connection_info: { app_id: 'A0APP' },
      }),
    );
    const waiting = this.queue.splice(0);
    for (const id of waiting) this.deliver(id);
    this.notify();
  }

  private onMessage(ws: WebSocket, raw: string): void {
    let msg: { envelope_id?: unknown; payload?: unknown };
    try {
      msg = JSON.parse(raw) as typeof msg;
    } catch {
      return;
    }
    if (typeof msg.envelope_id !== 'string' || ws !== this.current) return;
    if (this.lostAcks.has(msg.envelope_id)) return;
    this.pending.delete(msg.envelope_id);
    this.acks.push({ envelope_id: msg.envelope_id, payload: msg.payload });
    this.notify();
  }

  private deliver(id: string): void {
    const env = this.envelopes.get(id);
    const ws = this.current;
    if (!env || !ws || this.draining) {
      this.queue.push(id);
      return;
    }
    this.pending.add(id);
    this.deliveries.set(id, (this.deliveries.get(id) ?? 0) + 1);
    ws.send(JSON.stringify(env));
  }

  /** Sends an envelope now, or on the next connection when none is open; returns its id. */
  send(type: EnvelopeType, payload: Record<string, unknown>, opts: SendOptions = {}): string {
    const id = `env-${Date.now()}-${seq++}`;
    this.envelopes.set(id, {
      envelope_id: id,
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      retry_attempt: 0,
      retry_reason: '',
    });
    if (opts.loseAck) this.lostAcks.add(id);
    this.deliver(id);
    return id;
  }

  /**
   * Tells the app to reconnect, as Slack does before recycling a connection. Envelopes sent from
   * now on wait for the new connection.
   */
  disconnect(reason = 'refresh_requested'): void {
    this.draining = true;
    this.current?.send(
      JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake-socket-mode' } }),
    );
  }

  ackFor(id: string): { envelope_id: string; payload: unknown } | undefined {
    return this.acks.find((a) => a.envelope_id === id);
  }

  /** Resolves when `check` holds (re-checked on every ack, connection and close). */
  async until(what: string, check: () => boolean, timeoutMs = 8000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 50));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  waitForAck(id: string, timeoutMs?: number): Promise<void> {
    return this.until(`the ack of ${id}`, () => this.ackFor(id) !== undefined, timeoutMs);
  }

  waitForConnections(n: number, timeoutMs?: number): Promise<void> {
    return this.until(`${n} connection(s)`, () => this.connections >= n && this.current !== null, timeoutMs);
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  async stop(): Promise<void> {
    for (const c of this.wss?.clients ?? []) c.terminate();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
  }
}
