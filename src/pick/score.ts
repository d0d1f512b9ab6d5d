import type { DecisionFactor, DecisionTable } from '../knowledge/schema.js';

/** How much a factor matters to the person asking: 0 not needed, 1 nice to have, 2 must have. */
export type Weight = 0 | 1 | 2;
export type Pick = 'istio' | 'linkerd' | 'both' | 'either';

export interface FactorReason {
  readonly factor: DecisionFactor;
  readonly weight: Weight;
}

export interface Recommendation {
  readonly pick: Pick;
  /** The mesh to converge on when the pick is "both" (a migration bridge); null on a tie. */
  readonly target: 'istio' | 'linkerd' | null;
  readonly scores: { readonly istio: number; readonly linkerd: number };
  readonly reasons: readonly FactorReason[];
  readonly caveats: readonly string[];
}

export const CAVEATS = {
  linkerdStable:
    'Linkerd stable builds: since Linkerd 2.15 (Feb 2024) the project publishes only edge releases; stable builds come from Buoyant Enterprise for Linkerd, reported free below 50 employees and paid above (check current terms).',
  ambientOverhead:
    'Before ruling Istio out on overhead, look at ambient mode: a per-node ztunnel instead of a sidecar in every pod (GA since Istio 1.24).',
  ambientMultiCluster:
    'Istio multi-cluster is mature with sidecars; with ambient it is newer (alpha in 1.27, multi-network beta in 1.29), so check its limits first.',
  migration:
    'Run the two meshes side by side only on separate namespaces or clusters, never on the same pods, and converge on one.',
  either:
    'Both meshes cover the basics (mTLS, metrics, retries, traffic splitting). Decide on the needs that matter most to you, or answer the questionnaire.',
} as const;

/**
 * The one scoring function behind the questionnaire and free-text picks. Each factor adds its
 * weight to the mesh it favours; a migration in progress makes the pick "both" as a bridge.
 */
export function scorePick(table: DecisionTable, weights: Readonly<Record<string, number>>): Recommendation {
  const reasons: FactorReason[] = [];
  let istio = 0;
  let linkerd = 0;
  let migration = 0;
  for (const factor of table.factors) {
    const raw = weights[factor.id] ?? 0;
    const weight = (raw >= 2 ? 2 : raw >= 1 ? 1 : 0) as Weight;
    if (weight === 0) continue;
    reasons.push({ factor, weight });
    if (factor.pick === 'istio') istio += weight;
    else if (factor.pick === 'linkerd') linkerd += weight;
    else migration += weight;
  }
  const lean = istio > linkerd ? 'istio' : linkerd > istio ? 'linkerd' : null;
  const pick: Pick = migration > 0 ? 'both' : (lean ?? 'either');

  const chosen = new Set(reasons.map((r) => r.factor.id));
  const caveats: string[] = [];
  if (pick === 'both') caveats.push(CAVEATS.migration);
  if (pick === 'either') caveats.push(CAVEATS.either);
  if (pick === 'linkerd' || (pick !== 'istio' && linkerd > 0)) caveats.push(CAVEATS.linkerdStable);
  if (pick === 'linkerd' || chosen.has('low-overhead')) caveats.push(CAVEATS.ambientOverhead);
  if (chosen.has('multi-cluster') && chosen.has('sidecarless')) caveats.push(CAVEATS.ambientMultiCluster);

  return { pick, target: lean, scores: { istio, linkerd }, reasons, caveats };
}
