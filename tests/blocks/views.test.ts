import { describe, expect, it } from 'vitest';
import {
  assertValid,
  decodeReplyMetadata,
  encodeReplyMetadata,
  homeSchema,
  homeView,
  MetadataError,
  modalSchema,
  readReplyChoice,
  replyPickerModal,
} from '../../src/blocks/index.js';
import { ACTIONS, BLOCKS, CALLBACKS, COMMANDS } from '../../src/ids.js';
import { answerUrl, block, buttons, HOSTILE, numbered, realKb, realMatcher, textOf } from './helpers.js';

describe('homeView', () => {
  it('explains the bot, offers the questionnaire, the decision table, every answer by topic and commands', () => {
    const kb = realKb();
    const view = assertValid(homeSchema, homeView(kb, answerUrl));
    expect(view.type).toBe('home');
    expect(buttons(view.blocks).map((b) => b.action_id)).toEqual([ACTIONS.startPick]);

    const table = numbered(view.blocks, BLOCKS.table).map(textOf).join('\n');
    expect(kb.decisionTable.factors.length).toBeGreaterThanOrEqual(8);
    for (const f of kb.decisionTable.factors) {
      expect(table).toContain(`<${answerUrl(f.answer)}|${f.label}>`);
    }
    expect(table).toMatch(/→ \*Istio\*/);
    expect(table).toMatch(/→ \*Linkerd\*/);

    const answers = numbered(view.blocks, BLOCKS.related).map(textOf).join('\n');
    for (const e of kb.entries) expect(answers).toContain(`<${answerUrl(e.id)}|`);
    expect(answers.startsWith(`*Choosing a mesh* (`)).toBe(true);

    const all = view.blocks.map(textOf).join('\n');
    for (const c of [
      `${COMMANDS.mesh} list`,
      `${COMMANDS.mesh} link &lt;topic&gt;`,
      `${COMMANDS.mesh} table`,
      COMMANDS.pick,
    ]) {
      expect(all).toContain(c);
    }
  });
});

describe('replyPickerModal', () => {
  const ref = { channel: 'C0123ABC', thread_ts: '1732600000.000200' };

  it('offers the best matches in a select, with a search field that dispatches as you type', () => {
    const found = realMatcher().findTopic('mtls', 5);
    const view = assertValid(modalSchema, replyPickerModal(found, ref));
    expect(view.callback_id).toBe(CALLBACKS.replyModal);
    expect(view.submit?.text).toBe('Post answer');
    expect(decodeReplyMetadata(view.private_metadata)).toEqual(ref);

    const search = block(view.blocks, BLOCKS.replySearch, 'input');
    expect(search.optional).toBe(true);
    expect(search.dispatch_action).toBe(true);
    if (search.element.type !== 'plain_text_input') throw new Error('expected a text input');
    expect(search.element.action_id).toBe(ACTIONS.replySearch);
    expect(search.element.dispatch_action_config?.trigger_actions_on).toContain('on_character_entered');

    const choice = block(view.blocks, BLOCKS.replyChoice, 'input');
    if (choice.element.type !== 'static_select') throw new Error('expected a select');
    expect(choice.element.action_id).toBe(ACTIONS.replyChoice);
    expect(choice.element.options.map((o) => o.value)).toEqual(found.map((c) => c.id));
    expect(choice.element.initial_option?.value).toBe(found[0]?.id);
  });

  it('lists all topics when nothing matched, capped at 100 options', () => {
    const topics = realKb().entries.map((e) => ({ id: e.id, title: e.title }));
    const view = assertValid(modalSchema, replyPickerModal([], ref, { topics }));
    const choice = block(view.blocks, BLOCKS.replyChoice, 'input');
    if (choice.element.type !== 'static_select') throw new Error('expected a select');
    expect(choice.element.options).toHaveLength(topics.length);
    expect(choice.element.initial_option).toBeUndefined();

    const many = Array.from({ length: 150 }, (_, i) => ({ id: `t-${i}`, title: `${'T'.repeat(90)}${i}` }));
    assertValid(modalSchema, replyPickerModal(many, ref));
  });

  it('echoes a search with no result escaped, and keeps the search text', () => {
    const view = assertValid(modalSchema, replyPickerModal([], ref, { search: HOSTILE }));
    expect(textOf(block(view.blocks, BLOCKS.body))).toContain('&lt;!channel&gt;');
    const search = block(view.blocks, BLOCKS.replySearch, 'input');
    if (search.element.type !== 'plain_text_input') throw new Error('expected a text input');
    // An input's own value is not rendered as mrkdwn: it is kept as typed (but cut to max_length).
    expect(search.element.initial_value?.startsWith('<!channel>')).toBe(true);
    expect(JSON.stringify(view.blocks.filter((b) => b.type !== 'input'))).not.toContain('<!channel>');
  });

  it('accepts the current private_metadata and rejects a tampered one', () => {
    const view = assertValid(
      modalSchema,
      replyPickerModal([], ref, { topics: [{ id: 'mtls', title: 'mTLS' }] }),
    );
    expect(decodeReplyMetadata(replyPickerModal([], view.private_metadata ?? '').private_metadata)).toEqual(
      ref,
    );
    expect(() => replyPickerModal([], encodeReplyMetadata(ref).replace('C0123ABC', '<!here>'))).toThrow(
      MetadataError,
    );
  });

  it('reads the chosen answer and the search text from view.state.values', () => {
    expect(
      readReplyChoice({
        [BLOCKS.replyChoice]: { [ACTIONS.replyChoice]: { selected_option: { value: 'mtls' } } },
        [BLOCKS.replySearch]: { [ACTIONS.replySearch]: { value: 'mtl' } },
      }),
    ).toEqual({ choice: 'mtls', search: 'mtl' });
    expect(readReplyChoice({})).toEqual({});
  });
});
