/** Small constructors for the Block Kit objects we emit; each applies the relevant limit. */
import type {
  ActionsBlock,
  Button,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  Mrkdwn,
  Option,
  PlainText,
  SectionBlock,
  TableBlock,
  TableCell,
} from './schema.js';
import { LIMITS } from './schema.js';
import { truncate, truncateMrkdwn } from './text.js';

/** plain_text is not parsed for links or mentions, so knowledge-base text goes in as is. */
export function plain(text: string, max: number): PlainText {
  return { type: 'plain_text', text: truncate(text, max), emoji: true };
}

/** mrkdwn text; the caller must already have escaped anything that came from a user. */
export function md(text: string, max: number = LIMITS.sectionText): Mrkdwn {
  return { type: 'mrkdwn', text: truncateMrkdwn(text, max) };
}

export function header(text: string, blockId?: string): HeaderBlock {
  return { type: 'header', ...(blockId ? { block_id: blockId } : {}), text: plain(text, LIMITS.headerText) };
}

export function section(text: string, blockId?: string, accessory?: Button): SectionBlock {
  return {
    type: 'section',
    ...(blockId ? { block_id: blockId } : {}),
    text: md(text, LIMITS.sectionText),
    ...(accessory ? { accessory } : {}),
  };
}

export function fieldsSection(fields: readonly string[], blockId?: string, text?: string): SectionBlock {
  return {
    type: 'section',
    ...(blockId ? { block_id: blockId } : {}),
    ...(text ? { text: md(text, LIMITS.sectionText) } : {}),
    fields: fields.slice(0, LIMITS.sectionFields).map((f) => md(f, LIMITS.fieldText)),
  };
}

export function context(texts: readonly string[], blockId?: string): ContextBlock {
  return {
    type: 'context',
    ...(blockId ? { block_id: blockId } : {}),
    elements: texts.slice(0, LIMITS.contextElements).map((t) => md(t, LIMITS.contextText)),
  };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

export function actions(elements: ActionsBlock['elements'], blockId?: string): ActionsBlock {
  return {
    type: 'actions',
    ...(blockId ? { block_id: blockId } : {}),
    elements: elements.slice(0, LIMITS.actionsElements),
  };
}

export function button(
  text: string,
  actionId: string,
  opts: { value?: string; url?: string; style?: 'primary' | 'danger' } = {},
): Button {
  return {
    type: 'button',
    text: plain(text, LIMITS.buttonText),
    action_id: actionId,
    ...(opts.value !== undefined ? { value: opts.value } : {}),
    ...(opts.url !== undefined ? { url: opts.url } : {}),
    ...(opts.style ? { style: opts.style } : {}),
  };
}

export function option(text: string, value: string): Option {
  return { text: plain(text, LIMITS.optionText), value };
}

/** A plain table cell; `raw_text` is shown as is (no mrkdwn, so nothing to escape). Never empty. */
export function rawCell(text: string): TableCell {
  return { type: 'raw_text', text: text.trim() === '' ? '—' : text };
}

/** A table cell holding one link (optionally bold), as `rich_text`. */
export function linkCell(url: string, text: string, bold = false): TableCell {
  return {
    type: 'rich_text',
    elements: [
      {
        type: 'rich_text_section',
        elements: [{ type: 'link', url, text: text || url, ...(bold ? { style: { bold: true } } : {}) }],
      },
    ],
  };
}

/** A bold table cell (header rows). */
export function boldCell(text: string): TableCell {
  return {
    type: 'rich_text',
    elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text, style: { bold: true } }] }],
  };
}

/** A `table` block; every column wraps unless told otherwise. */
export function table(
  rows: readonly (readonly TableCell[])[],
  blockId?: string,
  columns: TableBlock['column_settings'] = undefined,
): TableBlock {
  const width = rows[0]?.length ?? 0;
  return {
    type: 'table',
    ...(blockId ? { block_id: blockId } : {}),
    rows: rows.map((r) => [...r]),
    column_settings: columns ?? Array.from({ length: width }, () => ({ is_wrapped: true })),
  };
}
