/**
 * The subset of Block Kit that meshbot emits, as zod schemas that enforce Slack's documented
 * limits (shared/reference/slack-platform.md, "Block Kit limits"). Builders are tested against
 * these schemas, and listeners can call `assertValid` before sending anything to Slack.
 *
 * Rules Slack enforces that are not single-field limits are checked here too: block_ids must be
 * unique on a surface, action_ids unique inside a block, an initial_option must be one of the
 * options, a modal with inputs needs a submit button, and a message's blocks may hold at most
 * 12,000 characters of text in total (the undocumented `msg_blocks_too_long` cap is ~13.2k).
 */
import { z } from 'zod';

/** Slack's numbers, in one place. */
export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 2000,
  actionsElements: 25,
  contextActionsElements: 5,
  id: 255,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  radioOptions: 10,
  placeholder: 150,
  label: 2000,
  hint: 2000,
  inputMaxLength: 3000,
  viewTitle: 24,
  privateMetadata: 3000,
  /** Our cap on the total text of a message or unfurl (Slack fails at roughly 13.2k). */
  messageTotalText: 12_000,
  /** chat.postMessage: "For best results, limit … to 4,000 characters". */
  fallbackText: 4000,
  /** `table` block: at most 100 rows of at most 20 cells, 20 column settings. */
  tableRows: 100,
  tableCells: 20,
  /** Characters summed over every cell of the tables in one message. */
  tableTotalText: 10_000,
  /** Tables in one message (Slack rejects a second with invalid_blocks / invalid_attachments). */
  tablesPerMessage: 1,
  /** `markdown` block text; the cap is cumulative over every markdown block of a payload. */
  markdownText: 12_000,
} as const;

const id = z.string().min(1).max(LIMITS.id);

export const plainTextSchema = (max: number) =>
  z.strictObject({
    type: z.literal('plain_text'),
    text: z.string().min(1).max(max),
    emoji: z.boolean().optional(),
  });

export const mrkdwnSchema = (max: number) =>
  z.strictObject({
    type: z.literal('mrkdwn'),
    text: z.string().min(1).max(max),
    verbatim: z.boolean().optional(),
  });

const textObjectSchema = (max: number) =>
  z.discriminatedUnion('type', [plainTextSchema(max), mrkdwnSchema(max)]);

export const buttonSchema = z.strictObject({
  type: z.literal('button'),
  text: plainTextSchema(LIMITS.buttonText),
  action_id: id,
  value: z.string().max(LIMITS.buttonValue).optional(),
  url: z.string().min(1).max(LIMITS.url).optional(),
  style: z.enum(['primary', 'danger']).optional(),
  accessibility_label: z.string().min(1).max(LIMITS.buttonText).optional(),
});

export const optionSchema = z.strictObject({
  text: plainTextSchema(LIMITS.optionText),
  value: z.string().min(1).max(LIMITS.optionValue),
  description: plainTextSchema(LIMITS.optionText).optional(),
});

type OptionLike = { value: string; text: { text: string } };
/** Option values must be unique and an initial option must be one of the options. */
function checkOptions(
  el: { options: readonly OptionLike[]; initial_option?: OptionLike | undefined },
  ctx: z.RefinementCtx,
): void {
  const values = el.options.map((o) => o.value);
  const dup = values.find((v, i) => values.indexOf(v) !== i);
  if (dup !== undefined)
    ctx.addIssue({ code: 'custom', path: ['options'], message: `duplicate value "${dup}"` });
  const init = el.initial_option;
  if (init && !el.options.some((o) => o.value === init.value && o.text.text === init.text.text)) {
    ctx.addIssue({ code: 'custom', path: ['initial_option'], message: 'must be one of the options' });
  }
}

export const staticSelectSchema = z
  .strictObject({
    type: z.literal('static_select'),
    action_id: id,
    placeholder: plainTextSchema(LIMITS.placeholder).optional(),
    options: z.array(optionSchema).min(1).max(LIMITS.selectOptions),
    initial_option: optionSchema.optional(),
  })
  .superRefine(checkOptions);

export const radioButtonsSchema = z
  .strictObject({
    type: z.literal('radio_buttons'),
    action_id: id,
    options: z.array(optionSchema).min(1).max(LIMITS.radioOptions),
    initial_option: optionSchema.optional(),
  })
  .superRefine(checkOptions);

export const plainTextInputSchema = z
  .strictObject({
    type: z.literal('plain_text_input'),
    action_id: id,
    placeholder: plainTextSchema(LIMITS.placeholder).optional(),
    initial_value: z.string().max(LIMITS.inputMaxLength).optional(),
    multiline: z.boolean().optional(),
    min_length: z.int().min(0).max(LIMITS.inputMaxLength).optional(),
    max_length: z.int().min(1).max(LIMITS.inputMaxLength).optional(),
    focus_on_load: z.boolean().optional(),
    dispatch_action_config: z
      .strictObject({
        trigger_actions_on: z.array(z.enum(['on_enter_pressed', 'on_character_entered'])).min(1),
      })
      .optional(),
  })
  .superRefine((el, ctx) => {
    if (el.min_length !== undefined && el.max_length !== undefined && el.min_length > el.max_length) {
      ctx.addIssue({ code: 'custom', path: ['min_length'], message: 'must not exceed max_length' });
    }
    if (
      el.initial_value !== undefined &&
      el.max_length !== undefined &&
      el.initial_value.length > el.max_length
    ) {
      ctx.addIssue({ code: 'custom', path: ['initial_value'], message: 'is longer than max_length' });
    }
  });

export const headerBlockSchema = z.strictObject({
  type: z.literal('header'),
  block_id: id.optional(),
  text: plainTextSchema(LIMITS.headerText),
});

export const sectionBlockSchema = z
  .strictObject({
    type: z.literal('section'),
    block_id: id.optional(),
    text: textObjectSchema(LIMITS.sectionText).optional(),
    fields: z.array(textObjectSchema(LIMITS.fieldText)).min(1).max(LIMITS.sectionFields).optional(),
    accessory: buttonSchema.optional(),
  })
  .refine((b) => b.text !== undefined || b.fields !== undefined, {
    message: 'a section needs text, fields or both',
  });

export const contextBlockSchema = z.strictObject({
  type: z.literal('context'),
  block_id: id.optional(),
  elements: z.array(textObjectSchema(LIMITS.contextText)).min(1).max(LIMITS.contextElements),
});

export const dividerBlockSchema = z.strictObject({
  type: z.literal('divider'),
  block_id: id.optional(),
});

export const actionsBlockSchema = z.strictObject({
  type: z.literal('actions'),
  block_id: id.optional(),
  elements: z
    .array(z.union([buttonSchema, staticSelectSchema]))
    .min(1)
    .max(LIMITS.actionsElements),
});

export const inputBlockSchema = z.strictObject({
  type: z.literal('input'),
  block_id: id.optional(),
  label: plainTextSchema(LIMITS.label),
  element: z.union([plainTextInputSchema, staticSelectSchema, radioButtonsSchema]),
  hint: plainTextSchema(LIMITS.hint).optional(),
  optional: z.boolean().optional(),
  dispatch_action: z.boolean().optional(),
});

const feedbackButtonSchema = z.strictObject({
  text: plainTextSchema(LIMITS.buttonText),
  value: z.string().min(1).max(LIMITS.buttonValue),
  accessibility_label: z.string().min(1).max(LIMITS.buttonText).optional(),
});

/** Slack's thumbs up/down element (only inside a context_actions block). */
export const feedbackButtonsSchema = z.strictObject({
  type: z.literal('feedback_buttons'),
  action_id: id.optional(),
  positive_button: feedbackButtonSchema,
  negative_button: feedbackButtonSchema,
});

/** Context actions block: feedback buttons (icon buttons are not used), at most 5 elements. */
export const contextActionsBlockSchema = z.strictObject({
  type: z.literal('context_actions'),
  block_id: id.optional(),
  elements: z.array(feedbackButtonsSchema).min(1).max(LIMITS.contextActionsElements),
});

export const blockSchema = z.discriminatedUnion('type', [
  contextActionsBlockSchema,
  headerBlockSchema,
  sectionBlockSchema,
  contextBlockSchema,
  dividerBlockSchema,
  actionsBlockSchema,
  inputBlockSchema,
]);

/** Styles a rich text run may carry. */
const richStyleSchema = z
  .strictObject({
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    strike: z.boolean().optional(),
    code: z.boolean().optional(),
  })
  .optional();

export const richTextElementSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: z.string().min(1), style: richStyleSchema }),
  z.strictObject({
    type: z.literal('link'),
    url: z.string().min(1).max(LIMITS.url),
    text: z.string().min(1).optional(),
    style: richStyleSchema,
  }),
]);

/** The part of `rich_text` meshbot emits: sections of text and link runs (table cells). */
export const richTextSchema = z.strictObject({
  type: z.literal('rich_text'),
  block_id: id.optional(),
  elements: z
    .array(
      z.strictObject({
        type: z.literal('rich_text_section'),
        elements: z.array(richTextElementSchema).min(1),
      }),
    )
    .min(1),
});

/** A `table` cell: plain `raw_text` (never parsed for markup) or `rich_text`. */
export const tableCellSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('raw_text'), text: z.string().min(1) }),
  richTextSchema,
]);

/** Characters a table cell shows (link URLs counted too, to stay on the safe side). */
export function cellTextLength(cell: z.infer<typeof tableCellSchema>): number {
  if (cell.type === 'raw_text') return cell.text.length;
  let n = 0;
  for (const section of cell.elements)
    for (const el of section.elements) n += (el.text?.length ?? 0) + (el.type === 'link' ? el.url.length : 0);
  return n;
}

/**
 * Block Kit's `table` (messages only): 1–100 rows, every row the same number of cells (1–20),
 * at most 20 column settings, and at most 10,000 characters over all cells.
 */
export const tableBlockSchema = z
  .strictObject({
    type: z.literal('table'),
    block_id: id.optional(),
    rows: z.array(z.array(tableCellSchema).min(1).max(LIMITS.tableCells)).min(1).max(LIMITS.tableRows),
    column_settings: z
      .array(
        z
          .strictObject({
            align: z.enum(['left', 'center', 'right']).optional(),
            is_wrapped: z.boolean().optional(),
          })
          .nullable(),
      )
      .max(LIMITS.tableCells)
      .optional(),
  })
  .superRefine((t, ctx) => {
    const width = t.rows[0]?.length ?? 0;
    t.rows.forEach((r, i) => {
      if (r.length !== width)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `has ${r.length} cells; every row needs ${width}`,
        });
    });
    const total = t.rows.flat().reduce((n, c) => n + cellTextLength(c), 0);
    if (total > LIMITS.tableTotalText)
      ctx.addIssue({
        code: 'custom',
        path: ['rows'],
        message: `cells hold ${total} characters; the cap is ${LIMITS.tableTotalText}`,
      });
  });

/** Block Kit's `markdown` block: standard Markdown, rendered by Slack (messages only). */
export const markdownBlockSchema = z.strictObject({
  type: z.literal('markdown'),
  /** Slack ignores it and does not keep it. */
  block_id: id.optional(),
  text: z.string().min(1).max(LIMITS.markdownText),
});

/** Blocks a message may hold: every block above plus `table` and `markdown`. */
export const messageBlockSchema = z.discriminatedUnion('type', [
  contextActionsBlockSchema,
  headerBlockSchema,
  sectionBlockSchema,
  contextBlockSchema,
  dividerBlockSchema,
  actionsBlockSchema,
  inputBlockSchema,
  tableBlockSchema,
  markdownBlockSchema,
]);

export type PlainText = z.infer<ReturnType<typeof plainTextSchema>>;
export type Mrkdwn = z.infer<ReturnType<typeof mrkdwnSchema>>;
export type TextObject = PlainText | Mrkdwn;
export type Button = z.infer<typeof buttonSchema>;
export type Option = z.infer<typeof optionSchema>;
export type StaticSelect = z.infer<typeof staticSelectSchema>;
export type RadioButtons = z.infer<typeof radioButtonsSchema>;
export type PlainTextInput = z.infer<typeof plainTextInputSchema>;
export type HeaderBlock = z.infer<typeof headerBlockSchema>;
export type SectionBlock = z.infer<typeof sectionBlockSchema>;
export type ContextBlock = z.infer<typeof contextBlockSchema>;
export type DividerBlock = z.infer<typeof dividerBlockSchema>;
export type ActionsBlock = z.infer<typeof actionsBlockSchema>;
export type InputBlock = z.infer<typeof inputBlockSchema>;
export type FeedbackButtons = z.infer<typeof feedbackButtonsSchema>;
export type ContextActionsBlock = z.infer<typeof contextActionsBlockSchema>;
export type Block = z.infer<typeof blockSchema>;
export type RichText = z.infer<typeof richTextSchema>;
export type TableCell = z.infer<typeof tableCellSchema>;
export type TableBlock = z.infer<typeof tableBlockSchema>;
export type MarkdownBlock = z.infer<typeof markdownBlockSchema>;
/** A block of a message (tables and markdown blocks exist only there). */
export type MessageBlock = z.infer<typeof messageBlockSchema>;

/** Sum of the text of every text object in the blocks (what Slack's cumulative cap counts). */
export function blockTextLength(blocks: readonly unknown[]): number {
  let total = 0;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (
      (o.type === 'plain_text' || o.type === 'mrkdwn' || o.type === 'markdown' || o.type === 'raw_text') &&
      typeof o.text === 'string'
    )
      total += o.text.length;
    else if (o.type === 'text' && typeof o.text === 'string') total += o.text.length;
    else if (o.type === 'link')
      total += (typeof o.text === 'string' ? o.text.length : 0) + String(o.url).length;
    else for (const x of Object.values(o)) walk(x);
  };
  walk(blocks);
  return total;
}

function actionIdsOf(block: MessageBlock): string[] {
  switch (block.type) {
    case 'actions':
      return block.elements.map((e) => e.action_id);
    case 'section':
      return block.accessory ? [block.accessory.action_id] : [];
    case 'input':
      return [block.element.action_id];
    case 'context_actions':
      return block.elements.flatMap((e) => (e.action_id ? [e.action_id] : []));
    default:
      return [];
  }
}

/** Surface-wide rules: unique block_ids; unique action_ids inside each block. */
function checkBlocks(blocks: readonly MessageBlock[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (b.block_id !== undefined) {
      const first = seen.get(b.block_id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['blocks', i, 'block_id'],
          message: `duplicate block_id "${b.block_id}" (also on block ${first})`,
        });
      } else seen.set(b.block_id, i);
    }
    const actions = actionIdsOf(b);
    const dup = actions.find((a, j) => actions.indexOf(a) !== j);
    if (dup !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['blocks', i],
        message: `duplicate action_id "${dup}" inside one block`,
      });
    }
  });
}

/** One table per message, and the cumulative caps of table cells and markdown blocks. */
function checkMessageOnly(blocks: readonly MessageBlock[], ctx: z.RefinementCtx): void {
  const tables = blocks.filter((b): b is TableBlock => b.type === 'table');
  if (tables.length > LIMITS.tablesPerMessage) {
    ctx.addIssue({
      code: 'custom',
      path: ['blocks'],
      message: `${tables.length} table blocks; a message may hold ${LIMITS.tablesPerMessage}`,
    });
  }
  const cells = tables.reduce((n, t) => n + t.rows.flat().reduce((m, c) => m + cellTextLength(c), 0), 0);
  if (cells > LIMITS.tableTotalText) {
    ctx.addIssue({
      code: 'custom',
      path: ['blocks'],
      message: `table cells hold ${cells} characters; the cap per message is ${LIMITS.tableTotalText}`,
    });
  }
  const md = blocks.reduce((n, b) => n + (b.type === 'markdown' ? b.text.length : 0), 0);
  if (md > LIMITS.markdownText) {
    ctx.addIssue({
      code: 'custom',
      path: ['blocks'],
      message: `markdown blocks hold ${md} characters; the cap per message is ${LIMITS.markdownText}`,
    });
  }
}

function checkTotalText(blocks: readonly MessageBlock[], ctx: z.RefinementCtx): void {
  const total = blockTextLength(blocks);
  if (total > LIMITS.messageTotalText) {
    ctx.addIssue({
      code: 'custom',
      path: ['blocks'],
      message: `blocks hold ${total} characters of text; the cap is ${LIMITS.messageTotalText}`,
    });
  }
}

export const messageSchema = z
  .strictObject({
    /** Notification and accessibility fallback; mrkdwn-parsed by Slack, so escaped. */
    text: z.string().min(1).max(LIMITS.fallbackText),
    blocks: z.array(messageBlockSchema).min(1).max(LIMITS.messageBlocks),
  })
  .superRefine((m, ctx) => {
    checkBlocks(m.blocks, ctx);
    checkMessageOnly(m.blocks, ctx);
    checkTotalText(m.blocks, ctx);
  });

/** One entry of `chat.unfurl`'s `unfurls` map. */
export const unfurlSchema = z
  .strictObject({
    blocks: z.array(blockSchema).min(1).max(LIMITS.messageBlocks),
  })
  .superRefine((u, ctx) => {
    checkBlocks(u.blocks, ctx);
    checkTotalText(u.blocks, ctx);
  });

const viewTitle = plainTextSchema(LIMITS.viewTitle);

export const modalSchema = z
  .strictObject({
    type: z.literal('modal'),
    callback_id: id.optional(),
    title: viewTitle,
    submit: viewTitle.optional(),
    close: viewTitle.optional(),
    blocks: z.array(blockSchema).min(1).max(LIMITS.viewBlocks),
    private_metadata: z.string().max(LIMITS.privateMetadata).optional(),
    external_id: id.optional(),
    clear_on_close: z.boolean().optional(),
    notify_on_close: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    checkBlocks(v.blocks, ctx);
    if (v.submit === undefined && v.blocks.some((b) => b.type === 'input')) {
      ctx.addIssue({
        code: 'custom',
        path: ['submit'],
        message: 'a modal with input blocks needs a submit button',
      });
    }
  });

export const homeSchema = z
  .strictObject({
    type: z.literal('home'),
    callback_id: id.optional(),
    blocks: z.array(blockSchema).min(1).max(LIMITS.viewBlocks),
    private_metadata: z.string().max(LIMITS.privateMetadata).optional(),
    external_id: id.optional(),
  })
  .superRefine((v, ctx) => checkBlocks(v.blocks, ctx));

export type Message = z.infer<typeof messageSchema>;
export type Unfurl = z.infer<typeof unfurlSchema>;
export type ModalView = z.infer<typeof modalSchema>;
export type HomeView = z.infer<typeof homeSchema>;

/** Thrown by assertValid; `problems` lists one "path: message" line per issue. */
export class BlockKitError extends Error {
  constructor(
    readonly problems: readonly string[],
    what: string,
  ) {
    super(
      `Invalid Block Kit ${what} (${problems.length} problem(s)):\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
    this.name = 'BlockKitError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(root)';
}

const NAMES = new Map<z.ZodType, string>([
  [messageSchema, 'message'],
  [unfurlSchema, 'unfurl'],
  [modalSchema, 'modal'],
  [homeSchema, 'home view'],
  [blockSchema, 'block'],
  [messageBlockSchema, 'message block'],
  [tableBlockSchema, 'table block'],
]);

/**
 * Validates a payload and returns it typed, or throws a BlockKitError such as
 * `blocks[3].text.text: Too big: expected string to have <=3000 characters`.
 */
export function assertValid<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
  throw new BlockKitError(problems, NAMES.get(schema) ?? 'payload');
}
