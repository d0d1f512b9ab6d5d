import { z } from 'zod';

/** Block Kit limits that knowledge text must fit (see shared/reference/slack-platform.md). */
export const CARD_LIMITS = {
  header: 150,
  section: 3000,
  field: 2000,
  verdict: 200,
  contextText: 2000,
} as const;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "which-mesh"')
  .max(64);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    // Date rolls 30 February over into March; a real date survives the round trip.
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real date');

const httpsUrl = z
  .string()
  .url('must be a full URL')
  .refine((u) => u.startsWith('https://'), 'must start with https://');

export const sourceSchema = z.object({
  title: z.string().min(3).max(200),
  url: httpsUrl,
});

export const meshFactsSchema = z
  .object({
    istio: z.string().min(10).max(CARD_LIMITS.field),
    linkerd: z.string().min(10).max(CARD_LIMITS.field),
  })
  .strict();

/** Fewer than this many phrasings fails the knowledge check. */
export const MIN_PHRASINGS = 25;

export const ENTRY_GROUPS = [
  'choosing',
  'concepts',
  'security',
  'traffic',
  'operations',
  'platforms',
  'other-meshes',
] as const;
export const entryGroupSchema = z.enum(ENTRY_GROUPS);
export type EntryGroup = z.infer<typeof entryGroupSchema>;

/** The front matter of one answer file; `body` is the Markdown after the front matter. */
export const entrySchema = z
  .object({
    id: slug,
    title: z.string().min(3).max(CARD_LIMITS.header),
    question: z.string().min(5).max(300),
    phrasings: z
      .array(z.string().min(3).max(600))
      // The knowledge check wants MIN_PHRASINGS; one is enough for the file itself to load.
      .min(1, 'needs at least one phrasing'),
    keywords: z.array(z.string().min(2).max(60)).min(1),
    verdict: z.string().min(10).max(CARD_LIMITS.verdict),
    body: z
      .string()
      .min(40)
      .max(CARD_LIMITS.section - 100),
    meshes: meshFactsSchema.optional(),
    notes: z.array(z.string().min(10).max(600)).max(3).default([]),
    related: z.array(slug).max(3).default([]),
    sources: z.array(sourceSchema).min(1, 'needs at least one source with a primary URL'),
    checked: isoDate,
    /** Who keeps the entry right: a team or person as text, or a Slack user (<@U…>) or group (<!subteam^S…>). */
    owner: z.string().min(2).max(120),
    /** Days after `checked` when the entry is due for review. */
    review_every: z.number().int().min(7).max(730).default(90),
    /** Where the index and App Home list it. */
    group: entryGroupSchema,
  })
  .strict();

export type Entry = z.infer<typeof entrySchema>;
export type Source = z.infer<typeof sourceSchema>;

/** Which mesh a decision factor points to. */
export const factorPickSchema = z.enum(['istio', 'linkerd', 'both']);

export const decisionFactorSchema = z
  .object({
    id: slug,
    group: slug,
    label: z.string().min(5).max(75),
    question: z.string().min(5).max(150),
    pick: factorPickSchema,
    reason: z.string().min(10).max(300),
    answer: slug,
  })
  .strict();

export const decisionTableSchema = z
  .object({
    groups: z.array(
      z.object({ id: slug, title: z.string().min(3).max(24), intro: z.string().max(300) }).strict(),
    ),
    factors: z
      .array(decisionFactorSchema)
      .min(1)
      .max(16, 'the decision table has at most 16 deciding factors'),
  })
  .strict();

export const dimensionSchema = z
  .object({
    id: slug,
    label: z.string().min(3).max(40),
    istio: z.string().min(3).max(140),
    linkerd: z.string().min(3).max(140),
    answer: slug,
  })
  .strict();

export const headToHeadSchema = z
  .object({
    checked: isoDate,
    dimensions: z.array(dimensionSchema).length(13, 'the head-to-head has exactly 13 dimensions'),
  })
  .strict();

export type DecisionFactor = z.infer<typeof decisionFactorSchema>;
export type DecisionTable = z.infer<typeof decisionTableSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type HeadToHead = z.infer<typeof headToHeadSchema>;

export const REQUIRED_IDS = [
  'which-mesh',
  'what-is-istio',
  'what-is-linkerd',
  'linkerd-as-alternative',
  'install-and-operate',
  'cost',
  'linkerd-release-model',
  'ambient-mode',
  'use-together',
  'when-istio',
  'when-linkerd',
  'pitfalls',
  'data-plane',
  'mtls',
  'authorization',
  'multi-cluster',
  'protocols',
  'resource-overhead',
  'ecosystem',
  'cncf-status',
  'observability',
  'traffic-management',
  'head-to-head',
  'other-meshes',
  'latest-versions',
  'what-is-a-service-mesh',
  'adopt-a-mesh',
  'mesh-vs-api-gateway',
  'ingress',
  'gateway-api',
  'certificates',
  'upgrades',
  'sidecar-lifecycle',
  'health-probes',
  'egress',
  'retries-and-timeouts',
  'circuit-breaking',
  'rate-limiting',
  'tracing',
  'end-user-auth',
  'troubleshooting',
  'control-plane-outage',
  'cni-and-privileges',
  'platform-support',
  'managed-meshes',
  'proxy-resource-tuning',
  'fips-and-compliance',
  'extensibility',
  'linkerd-history',
  'databases-and-queues',
  'cilium-mesh',
  'progressive-delivery',
  'network-policy-vs-mesh',
] as const;
