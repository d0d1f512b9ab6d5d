import { describe, expect, it } from 'vitest';
import { gapBlocks, gapsMessage } from '../../src/blocks/loop.js';
import { assertValid, LIMITS, messageSchema } from '../../src/blocks/schema.js';
import { BLOCK_PREFIX, LOOP_ACTIONS } from '../../src/ids.js';
import type { Gap } from '../../src/store/store.js';
import { buttons, HOSTILE, realKb, textOf } from './helpers.js';

const gap = (id: string, opened: Gap['opened'] = []): Gap => ({
  id,
  sample: 'proxy keeps restarting after the upgrade',
  asks: 2,
  fallbacks: 2,
  unclicked: 0,
  downvotes: 0,
  firstSeen: Date.UTC(2026, 10, 30),
  lastSeen: Date.UTC(2026, 11, 1),
  status: 'open',
  entryId: null,
  reason: null,
  channels: ['C1'],
  opened,
});

const ID = 'a'.repeat(32);

describe('gapBlocks: the answer its askers opened', () => {
  it('without one: the select and the dismiss, no button', () => {
    const blocks = gapBlocks(gap(ID), realKb().entries);
    expect(buttons(blocks)).toEqual([]);
    expect(blocks.map(textOf).join('\n')).not.toContain('askers opened');
  });

  it('with some: names the three most opened, and offers the first as a one-click link', () => {
    const blocks = gapBlocks(
      gap(ID, [
        { entryId: 'troubleshooting', asks: 2 },
        { entryId: 'no-such-entry', asks: 2 },
        { entryId: 'upgrades', asks: 1 },
        { entryId: 'mtls', asks: 1 },
        { entryId: 'cost', asks: 1 },
      ]),
      realKb().entries,
    );
    const [b, ...more] = buttons(blocks);
    expect(more).toEqual([]);
    expect(b).toMatchObject({ action_id: LOOP_ACTIONS.gapLinkOpened, value: 'troubleshooting' });
    expect(b?.text.text).toMatch(/^Link to Troubleshooting/);
    const meta = blocks.map(textOf).join('\n');
    // An id the knowledge base no longer has is left out.
    expect(meta).toMatch(
      /askers opened Troubleshooting[^\n]*\(2\), Upgrading[^\n]*\(1\), Mutual TLS[^\n]*\(1\)/,
    );
    expect(meta).not.toContain('no-such-entry');
    // In the gap's actions block, whose id the curation handler reads.
    const actions = blocks.find((x) => x.block_id === `${BLOCK_PREFIX.gap}${ID}`);
    expect(actions?.type).toBe('actions');
  });

  it('escapes a hostile title, and ten such gaps still make a valid message', () => {
    const entries = [{ id: 'troubleshooting', title: HOSTILE.repeat(3) }];
    const blocks = gapBlocks(gap(ID, [{ entryId: 'troubleshooting', asks: 1 }]), entries);
    // mrkdwn is escaped; plain_text (the button, the select's options) is shown as typed by Slack.
    const meta = textOf(blocks.find((x) => x.block_id === `gapm:${ID}`));
    expect(meta).not.toContain('<!channel>');
    expect(meta).toContain('&lt;!channel&gt;');
    const many = Array.from({ length: 10 }, (_, i) =>
      gap(String(i).padStart(32, '0'), [{ entryId: 'troubleshooting', asks: i + 1 }]),
    );
    const msg = assertValid(messageSchema, gapsMessage(many, realKb().entries));
    expect(msg.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
  });
});
