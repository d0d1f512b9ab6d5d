/**
 * State that travels through Slack and comes back to us: a modal's `private_metadata` and a share
 * button's `value`. Slack returns them as sent, but we still treat them as untrusted input: every
 * decoder checks the JSON against a strict zod schema and the size limit before anything uses it.
 */
import { z } from 'zod';
import type { DecisionTable } from '../knowledge/schema.js';
import type { Weight } from '../pick/score.js';
import { LIMITS } from './schema.js';

export class MetadataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetadataError';
  }
}

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(64);
export const channelIdSchema = z.string().regex(/^[CDG][A-Z0-9]{2,40}$/, 'must be a Slack channel id');
export const userIdSchema = z.string().regex(/^[UW][A-Z0-9]{2,40}$/, 'must be a Slack user id');
const weightSchema = z.union([z.literal(0), z.literal(1), z.literal(2)]);
/** Factor id → weight (0 not needed, 1 nice to have, 2 must have). */
export const weightsSchema = z
  .record(slug, weightSchema)
  .refine((w) => Object.keys(w).length <= 32, 'too many factors');

export const pickMetadataSchema = z.strictObject({
  step: z.int().min(0).max(31),
  answers: weightsSchema,
  channel: channelIdSchema.optional(),
  user: userIdSchema.optional(),
});

export type PickMetadata = {
  step: number;
  answers: Record<string, Weight>;
  channel?: string | undefined;
  user?: string | undefined;
};

/** What encodePickMetadata accepts: weights may be any number, but only 0, 1 and 2 pass. */
export type PickMetadataInput = Omit<PickMetadata, 'answers'> & { answers: Readonly<Record<string, number>> };

export const replyMetadataSchema = z.strictObject({
  channel: channelIdSchema,
  thread_ts: z.string().regex(/^\d{1,12}\.\d{1,9}$/, 'must be a Slack message timestamp'),
});

export type ReplyMetadata = z.infer<typeof replyMetadataSchema>;

/** A share button's value: an answer id, or the questionnaire weights to rebuild a pick from. */
export const shareValueSchema = z.union([
  z.strictObject({ id: slug }),
  z.strictObject({ pick: z.strictObject({ weights: weightsSchema }) }),
]);

export type ShareValue = { id: string } | { pick: { weights: Record<string, Weight> } };

function encode<T>(schema: z.ZodType<T>, value: T, max: number, what: string): string {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new MetadataError(`${what}: ${z.prettifyError(parsed.error)}`);
  const json = JSON.stringify(parsed.data);
  if (json.length > max) throw new MetadataError(`${what}: ${json.length} characters, the limit is ${max}`);
  return json;
}

function decode<T>(schema: z.ZodType<T>, raw: unknown, max: number, what: string): T {
  if (typeof raw !== 'string' || raw.length === 0) throw new MetadataError(`${what}: missing`);
  if (raw.length > max) throw new MetadataError(`${what}: ${raw.length} characters, the limit is ${max}`);
  let json: unknown;
  try {
    json = JSON.parse(raw, (key, value: unknown) => {
      if (key === '__proto__') throw new MetadataError(`${what}: forbidden key "__proto__"`);
      return value;
    });
  } catch (err) {
    throw err instanceof MetadataError ? err : new MetadataError(`${what}: not JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new MetadataError(`${what}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function checkAgainstTable<M extends PickMetadataInput>(meta: M, table: DecisionTable | undefined): M {
  if (!table) return meta;
  if (meta.step >= table.groups.length) {
    throw new MetadataError(
      `pick metadata: step ${meta.step} but the questionnaire has ${table.groups.length}`,
    );
  }
  const known = new Set(table.factors.map((f) => f.id));
  const unknown = Object.keys(meta.answers).filter((k) => !known.has(k));
  if (unknown.length) throw new MetadataError(`pick metadata: unknown factor(s) ${unknown.join(', ')}`);
  return meta;
}

/** JSON for the questionnaire modal's private_metadata; throws MetadataError if invalid or too long. */
export function encodePickMetadata(meta: PickMetadataInput, table?: DecisionTable): string {
  return encode<unknown>(
    pickMetadataSchema,
    checkAgainstTable(meta, table),
    LIMITS.privateMetadata,
    'pick metadata',
  );
}

/** Reads private_metadata back; with `table`, also checks the step and the factor ids exist. */
export function decodePickMetadata(raw: unknown, table?: DecisionTable): PickMetadata {
  return checkAgainstTable(decode(pickMetadataSchema, raw, LIMITS.privateMetadata, 'pick metadata'), table);
}

export function encodeReplyMetadata(meta: ReplyMetadata): string {
  return encode(replyMetadataSchema, meta, LIMITS.privateMetadata, 'reply metadata');
}

export function decodeReplyMetadata(raw: unknown): ReplyMetadata {
  return decode(replyMetadataSchema, raw, LIMITS.privateMetadata, 'reply metadata');
}

export function encodeShareValue(value: ShareValue): string {
  return encode(shareValueSchema, value, LIMITS.buttonValue, 'share value');
}

export function decodeShareValue(raw: unknown): ShareValue {
  return decode(shareValueSchema, raw, LIMITS.buttonValue, 'share value');
}

/** The non-zero weights of a set of answers, as a plain object (what a share button carries). */
export function nonZeroWeights(weights: Readonly<Record<string, number>>): Record<string, Weight> {
  const out: Record<string, Weight> = {};
  for (const [k, v] of Object.entries(weights)) {
    const w: Weight = v >= 2 ? 2 : v >= 1 ? 1 : 0;
    if (w > 0) out[k] = w;
  }
  return out;
}
