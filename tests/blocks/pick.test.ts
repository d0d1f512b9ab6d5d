import { describe, expect, it } from 'vitest';
import {
  assertValid,
  decodePickMetadata,
  decodeShareValue,
  encodePickMetadata,
  factorsForStep,
  MetadataError,
  messageSchema,
  modalSchema,
  pickFactorActionId,
  pickModal,
  pickResultCard,
  readPickAnswers,
} from '../../src/blocks/index.js';
import { ACTIONS, BLOCKS, CALLBACKS } from '../../src/ids.js';
import { type Pick, scorePick } from '../../src/pick/score.js';
import { answerUrl, block, buttons, numbered, realKb, textOf } from './helpers.js';

describe('pickModal', () => {
  const table = realKb().decisionTable;
  const steps = table.groups.length;

  it.each(table.groups.map((g, i) => [i, g.id] as const))(
    'step %i (%s) is a valid questionnaire step',
    (step) => {
      const answers = { 'l7-traffic': 2, 'low-overhead': 0, 'mid-migration': 1 } as const;
      const view = assertValid(
        modalSchema,
        pickModal(table, step, answers, { channel: 'C0123', user: 'U0123' }),
      );
      expect(view.callback_id).toBe(CALLBACKS.pickModal);
      expect(view.title.text).toBe('Mesh pick');
      expect(view.submit?.text).toBe(step === steps - 1 ? 'See my pick' : 'Next');
      expect(view.close?.text).toBe('Cancel');
      expect(textOf(block(view.blocks, BLOCKS.context))).toBe(`Step ${step + 1} of ${steps}`);

      const factors = factorsForStep(table, step);
      expect(factors.length).toBeGreaterThan(0);
      for (const f of factors) {
        const input = block(view.blocks, f.id, 'input');
        expect(input.optional).toBe(false);
        expect(input.label.text).toBe(f.question);
        const el = input.element;
        if (el.type !== 'radio_buttons') throw new Error('expected radio buttons');
        expect(el.action_id).toBe(`${ACTIONS.pickFactor}:${f.id}`);
        expect(el.options.map((o) => [o.text.text, o.value])).toEqual([
          ['Must have', '2'],
          ['Nice to have', '1'],
          ['Not needed', '0'],
        ]);
        const expected = answers[f.id as keyof typeof answers];
        expect(el.initial_option?.value).toBe(expected === undefined ? undefined : String(expected));
      }
      const inputs = view.blocks.filter((b) => b.type === 'input');
      expect(inputs).toHaveLength(factors.length);

      const back = buttons(view.blocks).find((b) => b.action_id === ACTIONS.pickBack);
      expect(Boolean(back)).toBe(step > 0);

      expect(decodePickMetadata(view.private_metadata, table)).toEqual({
        step,
        answers,
        channel: 'C0123',
        user: 'U0123',
      });
    },
  );

  it('covers every factor exactly once across the steps', () => {
    const asked = table.groups.flatMap((_, i) => factorsForStep(table, i).map((f) => f.id));
    expect(asked.sort()).toEqual(table.factors.map((f) => f.id).sort());
  });

  it('accepts metadata already encoded and writes the step and answers it was given', () => {
    const meta = encodePickMetadata({ step: 0, answers: {}, channel: 'C0999', user: 'U0999' }, table);
    const view = pickModal(table, 1, { sidecarless: 2 }, meta);
    expect(decodePickMetadata(view.private_metadata, table)).toEqual({
      step: 1,
      answers: { sidecarless: 2 },
      channel: 'C0999',
      user: 'U0999',
    });
    expect(() => pickModal(table, 1, {}, '{"step":0,"answers":{},"evil":1}')).toThrow(MetadataError);
  });

  it('clamps the step and rejects weights outside 0..2', () => {
    expect(decodePickMetadata(pickModal(table, 99, {}).private_metadata).step).toBe(steps - 1);
    expect(decodePickMetadata(pickModal(table, -3, {}).private_metadata).step).toBe(0);
    expect(() => pickModal(table, 0, { 'l7-traffic': 5 })).toThrow(MetadataError);
    expect(() => pickModal(table, 0, { 'no-such-factor': 1 })).toThrow(MetadataError);
  });

  it('reads the chosen weights back from view.state.values', () => {
    const values = {
      'l7-traffic': { [pickFactorActionId('l7-traffic')]: { selected_option: { value: '2' } } },
      'fine-grained-authz': {
        [pickFactorActionId('fine-grained-authz')]: { selected_option: { value: '0' } },
      },
      'multi-cluster': { [pickFactorActionId('multi-cluster')]: { selected_option: null } },
      sidecarless: { [pickFactorActionId('sidecarless')]: { selected_option: { value: '7' } } },
    };
    expect(readPickAnswers(table, values)).toEqual({ 'l7-traffic': 2, 'fine-grained-authz': 0 });
  });
});

describe('pickResultCard', () => {
  const table = realKb().decisionTable;
  const cases: [Pick, Record<string, number>][] = [
    ['istio', { 'l7-traffic': 2, 'multi-cluster': 1 }],
    ['linkerd', { 'simple-operations': 2, 'fast-mtls-metrics': 1, 'l7-traffic': 1 }],
    ['both', { 'mid-migration': 2, sidecarless: 1 }],
    ['either', {}],
  ];

  it.each(cases)('shows a %s pick with scores, weighted reasons, caveats and buttons', (pick, weights) => {
    const rec = scorePick(table, weights);
    expect(rec.pick).toBe(pick);
    const card = assertValid(messageSchema, pickResultCard(rec, answerUrl, { ephemeral: true }));
    const label = { istio: 'Istio', linkerd: 'Linkerd', both: 'Both (migration bridge)', either: 'Either' }[
      pick
    ];
    expect(textOf(block(card.blocks, BLOCKS.header))).toBe(`Your mesh pick: ${label}`);
    const scores = block(card.blocks, BLOCKS.pick, 'section').fields?.map((f) => f.text);
    expect(scores?.[0]).toMatch(new RegExp(`^\\*Istio\\*\\n${rec.scores.istio} point`));
    expect(scores?.[1]).toMatch(new RegExp(`^\\*Linkerd\\*\\n${rec.scores.linkerd} point`));

    const reasons = numbered(card.blocks, BLOCKS.body).map(textOf).join('\n');
    for (const { factor, weight } of rec.reasons) {
      expect(reasons).toContain(`<${answerUrl(factor.answer)}|${factor.label}>`);
      expect(reasons).toContain(weight === 2 ? 'must have' : 'nice to have');
    }
    if (rec.caveats.length) {
      const caveats = textOf(block(card.blocks, BLOCKS.notes, 'context'));
      for (const c of rec.caveats) expect(caveats).toContain(c.slice(0, 40));
    } else expect(card.blocks.some((b) => b.block_id === BLOCKS.notes)).toBe(false);

    const share = buttons(card.blocks).find((b) => b.action_id === ACTIONS.share);
    const value = decodeShareValue(share?.value);
    if (!('pick' in value)) throw new Error('expected a pick share value');
    // The share value is enough to rebuild the same result.
    expect(scorePick(table, value.pick.weights)).toEqual(rec);
    expect(buttons(card.blocks).some((b) => b.action_id === ACTIONS.restartPick)).toBe(true);
  });

  it('omits Share when not ephemeral and credits the sharer', () => {
    const rec = scorePick(table, { 'low-overhead': 2 });
    const card = assertValid(messageSchema, pickResultCard(rec, answerUrl, { sharedBy: 'U0SHARE' }));
    expect(buttons(card.blocks).map((b) => b.action_id)).toEqual([ACTIONS.restartPick]);
    expect(textOf(block(card.blocks, BLOCKS.context))).toContain('Shared by <@U0SHARE>');
    expect(card.text).toContain('Your mesh pick: Linkerd');
  });

  it('fits with every factor a must-have', () => {
    const all = Object.fromEntries(table.factors.map((f) => [f.id, 2]));
    assertValid(
      messageSchema,
      pickResultCard(scorePick(table, all), answerUrl, { ephemeral: true, sharedBy: 'U1' }),
    );
  });
});
