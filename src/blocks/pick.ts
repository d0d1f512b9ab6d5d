/** The /mesh-pick questionnaire modal and its result card. */
import { ACTIONS, BLOCKS, CALLBACKS } from '../ids.js';
import { escapeSlack, inlineToMrkdwn } from '../knowledge/markdown.js';
import type { DecisionFactor, DecisionTable } from '../knowledge/schema.js';
import type { Recommendation, Weight } from '../pick/score.js';
import { MESH_LABEL, nthId, PICK_LABEL, WEIGHT_LABEL } from './common.js';
import { actions, button, context, fieldsSection, header, option, plain, section } from './elements.js';
import {
  decodePickMetadata,
  encodePickMetadata,
  encodeShareValue,
  nonZeroWeights,
  type PickMetadataInput,
} from './metadata.js';
import type { Block, InputBlock, Message, ModalView, Option } from './schema.js';
import { LIMITS } from './schema.js';
import { link, mention, packLines } from './text.js';

export const PICK_TITLE = 'Mesh pick';

/** The three answers for each factor; the value is the weight scorePick reads. */
export const PICK_OPTIONS: readonly Option[] = [
  option('Must have', '2'),
  option('Nice to have', '1'),
  option('Not needed', '0'),
];

function optionFor(weight: number | undefined): Option | undefined {
  return weight === undefined ? undefined : PICK_OPTIONS.find((o) => o.value === String(weight));
}

/** The action_id of a factor's radio buttons: `${ACTIONS.pickFactor}:${factorId}`. */
export function pickFactorActionId(factorId: string): string {
  return `${ACTIONS.pickFactor}:${factorId}`;
}

/** The factors asked on one step of the questionnaire (one step per group, in table order). */
export function factorsForStep(table: DecisionTable, step: number): DecisionFactor[] {
  const group = table.groups[step];
  return group ? table.factors.filter((f) => f.group === group.id) : [];
}

export interface PickMeta {
  /** Where /mesh-pick was run, so the result can be posted back there. */
  readonly channel?: string;
  readonly user?: string;
}

/** Channel and user from `meta`: an object, or private_metadata already encoded (validated here). */
function metaOf(meta: PickMeta | PickMetadataInput | string, table: DecisionTable): PickMeta {
  const m = typeof meta === 'string' ? decodePickMetadata(meta, table) : meta;
  return { ...(m.channel ? { channel: m.channel } : {}), ...(m.user ? { user: m.user } : {}) };
}

/**
 * One step of the questionnaire as a modal view. `answers` holds every weight chosen so far (any
 * step); the ones for this step's factors become the initial options, so Back keeps them.
 * `meta` gives the channel and user to carry along, as an object or as an encoded
 * private_metadata string; the step and answers written to private_metadata are always the
 * arguments, so the metadata matches what the view shows. Weights other than 0, 1 and 2, unknown
 * factor ids or a bad `meta` string throw MetadataError.
 */
export function pickModal(
  table: DecisionTable,
  step: number,
  answers: Readonly<Record<string, number>>,
  meta: PickMeta | PickMetadataInput | string = {},
): ModalView {
  const steps = table.groups.length;
  const s = Math.min(Math.max(0, Math.trunc(step)), Math.max(0, steps - 1));
  const group = table.groups[s];
  const last = s >= steps - 1;
  const blocks: Block[] = [];
  if (group)
    blocks.push(section(`*${escapeSlack(group.title)}*\n${inlineToMrkdwn(group.intro)}`, BLOCKS.body));
  blocks.push(context([`Step ${s + 1} of ${steps}`], BLOCKS.context));
  for (const factor of factorsForStep(table, s)) {
    const initial = optionFor(answers[factor.id]);
    const input: InputBlock = {
      type: 'input',
      block_id: factor.id,
      optional: false,
      label: plain(factor.question, LIMITS.label),
      hint: plain(factor.label, LIMITS.hint),
      element: {
        type: 'radio_buttons',
        action_id: pickFactorActionId(factor.id),
        options: [...PICK_OPTIONS],
        ...(initial ? { initial_option: initial } : {}),
      },
    };
    blocks.push(input);
  }
  if (s > 0)
    blocks.push(actions([button('Back', ACTIONS.pickBack, { value: String(s - 1) })], BLOCKS.actions));
  return {
    type: 'modal',
    callback_id: CALLBACKS.pickModal,
    title: plain(PICK_TITLE, LIMITS.viewTitle),
    submit: plain(last ? 'See my pick' : 'Next', LIMITS.viewTitle),
    close: plain('Cancel', LIMITS.viewTitle),
    blocks,
    private_metadata: encodePickMetadata({ step: s, answers: { ...answers }, ...metaOf(meta, table) }, table),
  };
}

/** Shape of `view.state.values` as Slack sends it (only what we read). */
export type StateValues = Readonly<
  Record<
    string,
    Readonly<
      Record<
        string,
        { readonly selected_option?: { readonly value: string } | null; readonly value?: string | null }
      >
    >
  >
>;

/** Reads the weights chosen on the current step from `view.state.values`; unknown values are skipped. */
export function readPickAnswers(table: DecisionTable, values: StateValues): Record<string, Weight> {
  const out: Record<string, Weight> = {};
  for (const factor of table.factors) {
    const raw = values[factor.id]?.[pickFactorActionId(factor.id)]?.selected_option?.value;
    if (raw === '0' || raw === '1' || raw === '2') out[factor.id] = Number(raw) as Weight;
  }
  return out;
}

function reasonLine(factor: DecisionFactor, answerUrl: (id: string) => string, weight?: Weight): string {
  const why = weight === undefined ? '' : `${WEIGHT_LABEL[weight]}, `;
  return `• *${link(answerUrl(factor.answer), factor.label)}* (${why}favours ${MESH_LABEL[factor.pick]}): ${inlineToMrkdwn(factor.reason)}`;
}

function summary(r: Recommendation): string {
  switch (r.pick) {
    case 'istio':
    case 'linkerd':
      return `*${PICK_LABEL[r.pick]}* fits the needs you named best.`;
    case 'both':
      return r.target
        ? `Run both only as a bridge while you migrate, then converge on *${PICK_LABEL[r.target]}*.`
        : 'Run both only as a bridge while you migrate, then converge on one of them.';
    case 'either':
      return 'Neither mesh stands out for the needs you named.';
  }
}

/** Score line, reasons and caveats of a recommendation as mrkdwn lines (shared with answer cards). */
export function pickLines(
  r: Recommendation,
  answerUrl: (id: string) => string,
  opts: { headline: string; weights: boolean },
): string[] {
  const lines = [
    `*${opts.headline}: ${PICK_LABEL[r.pick]}*  (Istio ${r.scores.istio} · Linkerd ${r.scores.linkerd})`,
    summary(r),
  ];
  for (const { factor, weight } of r.reasons)
    lines.push(reasonLine(factor, answerUrl, opts.weights ? weight : undefined));
  for (const c of r.caveats) lines.push(`:warning: ${inlineToMrkdwn(c)}`);
  return lines;
}

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

export interface PickResultOptions {
  readonly ephemeral?: boolean;
  readonly sharedBy?: string;
}

/** The questionnaire's result as a message. */
export function pickResultCard(
  recommendation: Recommendation,
  answerUrl: (id: string) => string,
  opts: PickResultOptions = {},
): Message {
  const r = recommendation;
  const blocks: Block[] = [header(`Your mesh pick: ${PICK_LABEL[r.pick]}`, BLOCKS.header)];
  blocks.push(
    fieldsSection(
      [`*Istio*\n${points(r.scores.istio)}`, `*Linkerd*\n${points(r.scores.linkerd)}`],
      BLOCKS.pick,
      summary(r),
    ),
  );
  const reasons = r.reasons.map(({ factor, weight }) => reasonLine(factor, answerUrl, weight));
  if (reasons.length === 0) reasons.push('You marked every need as not needed, so nothing tips the balance.');
  packLines(reasons, LIMITS.sectionText).forEach((text, i) => {
    blocks.push(section(text, nthId(BLOCKS.body, i)));
  });
  if (r.caveats.length)
    blocks.push(
      context(
        r.caveats.map((c) => `:warning: ${inlineToMrkdwn(c)}`),
        BLOCKS.notes,
      ),
    );
  const buttons = [];
  if (opts.ephemeral) {
    const weights = nonZeroWeights(Object.fromEntries(r.reasons.map((x) => [x.factor.id, x.weight])));
    buttons.push(
      button('Share in channel', ACTIONS.share, { value: encodeShareValue({ pick: { weights } }) }),
    );
  }
  buttons.push(button('Start over', ACTIONS.restartPick));
  blocks.push(actions(buttons, BLOCKS.actions));
  const footer = [`${link(answerUrl('which-mesh'), 'How to choose between Istio and Linkerd')}`];
  if (opts.sharedBy) footer.push(`Shared by ${mention(opts.sharedBy)}`);
  blocks.push(context(footer, BLOCKS.context));
  return {
    text: escapeSlack(
      `Your mesh pick: ${PICK_LABEL[r.pick]} (Istio ${r.scores.istio}, Linkerd ${r.scores.linkerd})`,
    ),
    blocks,
  };
}
