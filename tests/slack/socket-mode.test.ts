/**
 * Socket Mode driven for real, without Slack: the app opens its connection through
 * apps.connections.open on the stand-in Web API and talks to a local WebSocket server that plays
 * Slack's side (hello, envelopes, acks, disconnect).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messageSchema } from '../../src/blocks/schema.js';
import { ACTIONS } from '../../src/ids.js';
import { APP_TOKEN, BOT_TOKEN, envelope, type SocketHarness, startSocketHarness } from './helpers/harness.js';
import { blockAction } from './helpers/payloads.js';

let h: SocketHarness;
beforeAll(async () => {
  h = await startSocketHarness();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.slack.reset());

const mention = (text: string, ts: string) =>
  envelope({ type: 'app_mention', text: `<@U0BOT1234> ${text}`, channel: 'C1', user: 'U1', ts });

const command = (text: string) => ({
  token: 'legacy',
  team_id: 'T0TEST',
  channel_id: 'C0CHAN',
  user_id: 'U0USER',
  command: '/mesh',
  text,
  trigger_id: '123.456.abc',
  response_url: `${h.slack.url}/response/socket-cmd`,
});

const valid = (args: Record<string, unknown> | undefined) =>
  messageSchema.safeParse({ text: args?.text, blocks: args?.blocks }).success;

describe('Socket Mode over loopback', () => {
  it('opened the connection with the app-level token and got a hello', async () => {
    expect(h.running.mode).toBe('socket');
    expect(h.socket.connections).toBeGreaterThanOrEqual(1);
    // apps.connections.open went to the stand-in with the xapp- token (the call came before reset).
    expect(h.logs.join('')).toContain('meshbot connected to Slack (Socket Mode)');
    expect(h.logs.join('')).not.toContain(APP_TOKEN);
    expect(h.logs.join('')).not.toContain(BOT_TOKEN);
  });

  it('acks an events_api envelope and answers the mention in its thread', async () => {
    const id = h.socket.send('events_api', mention('how does mtls work in linkerd?', '500.1'));
    await h.socket.waitForAck(id);
    const [call] = await h.slack.waitFor('chat.postMessage');
    expect(call?.token).toBe(BOT_TOKEN);
    expect(call?.args.channel).toBe('C1');
    expect(call?.args.thread_ts).toBe('500.1');
    expect(JSON.stringify(call?.args.blocks)).toContain('/answers/mtls');
    expect(valid(call?.args)).toBe(true);
  });

  it('acks a slash_commands envelope and answers /mesh table through response_url', async () => {
    const id = h.socket.send('slash_commands', command('table'));
    await h.socket.waitForAck(id);
    const [call] = await h.slack.waitFor('response_url');
    expect(call?.args.__path).toBe('/response/socket-cmd');
    expect(call?.args.response_type).toBe('ephemeral');
    const blocks = call?.args.blocks as { type: string }[];
    expect(blocks.some((b) => b.type === 'table')).toBe(true);
    expect(valid(call?.args)).toBe(true);
  });

  it('acks an interactive envelope and shares an answer in the channel', async () => {
    const id = h.socket.send(
      'interactive',
      blockAction({
        actionId: ACTIONS.share,
        value: JSON.stringify({ id: 'mtls' }),
        channel: 'C0CHAN',
        ephemeral: true,
        responseUrl: `${h.slack.url}/response/share`,
      }),
    );
    await h.socket.waitForAck(id);
    const [post] = await h.slack.waitFor('chat.postMessage');
    expect(post?.args.channel).toBe('C0CHAN');
    expect(JSON.stringify(post?.args.blocks)).toContain('/answers/mtls');
  });

  it('reconnects after a disconnect and loses no envelope: queued ones arrive, an unacked one is answered once', async () => {
    const before = h.socket.connections;
    const opensBefore = h.slack.callsTo('apps.connections.open').length;
    // Delivered, answered, but its ack is lost with the old connection: Slack will send it again.
    const lost = h.socket.send('events_api', mention('what is ambient mode', '600.1'), { loseAck: true });
    await h.slack.waitFor('chat.postMessage', 1);
    h.socket.disconnect();
    // Sent while the app is between connections: must wait for the new one.
    const queued = h.socket.send('events_api', mention('linkerd cost', '600.2'));
    const cmd = h.socket.send('slash_commands', command('help'));

    await h.socket.waitForConnections(before + 1);
    await h.socket.waitForAck(queued);
    await h.socket.waitForAck(cmd);
    await h.socket.waitForAck(lost);
    expect(h.slack.callsTo('apps.connections.open').length).toBe(opensBefore + 1);
    expect(h.slack.callsTo('apps.connections.open')[0]?.token).toBe(APP_TOKEN);
    expect(h.socket.deliveries.get(lost)).toBe(2);
    expect(h.socket.envelopes.get(lost)?.retry_attempt).toBe(1);

    await h.slack.waitFor('chat.postMessage', 2);
    await h.slack.waitFor('response_url', 1);
    // Give a wrongly repeated reply time to show up before counting.
    await new Promise((r) => setTimeout(r, 300));
    const threads = h.slack.callsTo('chat.postMessage').map((c) => c.args.thread_ts);
    expect(threads.sort()).toEqual(['600.1', '600.2']);
    expect(h.logs.join('')).toContain('duplicate event ignored');
  });
});
