/**
 * Finds the decision-table factors a free-text question names ("small team, want mTLS by
 * default, which mesh?"). Patterns run on normalised text, before synonyms, because the
 * synonym map folds words such as "fast" that matter here.
 */

export type FactorId =
  | 'l7-traffic'
  | 'fine-grained-authz'
  | 'proxy-extensions'
  | 'egress-gateway'
  | 'multi-cluster'
  | 'sidecarless'
  | 'low-overhead'
  | 'simple-operations'
  | 'fast-mtls-metrics'
  | 'mid-migration';

const PATTERNS: Record<FactorId, RegExp> = {
  'l7-traffic':
    /\bl7 (?:routing|traffic)|\blayer[\s-]?7\b|\badvanced (?:routing|traffic)|\btraffic (?:management|mirroring|shaping|control)|\bmirror\w*|\bfault[\s-]?injection|\bheader[\s-]based|\bcanar(?:y|ies)\b|\bblue[\s/-]?green\b|\bprogressive delivery\b|\bsophisticated routing\b|\bcomplex routing\b/,
  'fine-grained-authz':
    /\b(?:fine[\s-]?grained|granular|detailed|advanced|complex|strict)\b[\w\s-]{0,20}\b(?:authz|authori[sz]ation|access control|polic(?:y|ies))|\bauthori[sz]ation polic|\bauthz\b|\bzero[\s-]?trust\b|\bexternal auth/,
  'proxy-extensions':
    /\bwasm\b|\bwebassembly\b|\bwasm ?plugins?\b|\btraffic ?extensions?\b|\benvoy ?filters?\b|\blua\b|\bext[_\s-]?proc\b|\bcustom (?:envoy |proxy )?(?:filters?|plugins?)\b|\bproxy (?:plugins?|extensions?|extensibility)\b|\bextend (?:the )?(?:proxy|proxies|data plane|envoy)\b|\bprogrammab\w* (?:proxy|data plane)\b/,
  'egress-gateway':
    /\begress gateways?\b|\b(?:single|central\w*|one|dedicated|audited|controlled|common) (?:egress|exit|outbound) (?:point|gateway|path|node)s?\b|\ball (?:outbound|egress|outgoing) traffic (?:goes |go |must go |should go |to go )?(?:through|via)\b/,
  'multi-cluster':
    /\bmulti[\s-]?clusters?\b|\bmultiple clusters\b|\bseveral clusters\b|\bmany clusters\b|\bcross[\s-]?cluster|\bacross clusters\b|\bmulti[\s-]?(?:mesh|network|region|cloud)\b|\bfederat\w*|\bspan(?:ning)? clusters\b/,
  sidecarless:
    /\bside[\s-]?car[\s-]?less\b|\bwithout (?:a |the )?side[\s-]?cars?\b|\bno side[\s-]?cars?\b|\bambient\b|\bdrop (?:the )?side[\s-]?cars?\b|\bget rid of (?:the )?side[\s-]?cars?\b|\bnot (?:run|use|have|want) (?:any )?side[\s-]?cars?\b|\bno more side[\s-]?cars?\b|\bavoid(?:ing)? (?:the )?side[\s-]?cars?\b|\bwithout (?:any )?side[\s-]?cars?\b/,
  'low-overhead':
    /\b(?:low|lower|lowest|minimal|minimum|small|smaller|smallest|tiny|less|least|little)\b[\w\s-]{0,15}\b(?:overhead|footprint|latency|resource\w*|memory|cpu)\b|\blight[\s-]?weight\b|\b(?:overhead|footprint|memory|cpu|latency)\b[\w\s-]{0,25}\b(?:tiny|small|minimal|low|lowest|little)\b|\bhigh (?:pod counts?|density)\b|\bperformance\b|\bfast(?:est)? proxy\b/,
  'simple-operations':
    /\bsimpl(?:e|est|er|icity)\b|\beas(?:y|iest|ier) to (?:run|operate|install|learn|use|manage|set up)\b|\bsmall (?:team|platform team|ops team)\b|\blean team\b|\bfew (?:people|engineers)\b|\bno (?:dedicated )?platform team\b|\blow (?:complexity|maintenance)\b|\bless (?:complex|to learn|to run)\b|\blearning curve\b|\bminimal ops\b|\b(?:least|less|little|minimal) (?:pain|effort|work|toil|maintenance)\b/,
  'fast-mtls-metrics':
    /\bmtls (?:on )?by default\b|\bmutual tls (?:on )?by default\b|\bzero[\s-]?config|\bout of the box\b|\bgolden (?:metrics|signals)\b|\btime to value\b|\bday one\b|\bquick(?:ly)? (?:start|win|setup|to set up)\b|\bwant (?:mtls|mutual tls|encryption)\b|\bmtls\b[\w\s]{0,20}\bdefault\b|\bencrypt\w* everything\b|\bencrypt\w*\b[\w\s]{0,30}\bby default\b|\b(?:little|minimal|no) config\w*\b|\bmtls\s*(?:\+|and|&)\s*metrics\b/,
  'mid-migration':
    /\bmigrat\w*|\bmoving (?:from|off|to)\b|\bswitching (?:from|to)\b|\bin the middle of (?:a )?(?:move|switch)\b|\btransition\w* (?:from|to|between)\b/,
};

const STRONG_LOW_OVERHEAD = /\b(?:lowest|minimal|minimum|smallest|tiny|least)\b|\bper pod\b/;

export function extractFactors(normalized: string): FactorId[] {
  const found = (Object.keys(PATTERNS) as FactorId[]).filter((id) => PATTERNS[id].test(normalized));
  // "sidecarless to cut overhead" names one need, not two: the overhead is why they want ambient.
  if (
    found.includes('sidecarless') &&
    found.includes('low-overhead') &&
    !STRONG_LOW_OVERHEAD.test(normalized)
  ) {
    return found.filter((f) => f !== 'low-overhead');
  }
  return found;
}
