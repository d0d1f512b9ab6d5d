import { describe, expect, it } from 'vitest';
import { extractFactors, type FactorId } from '../../src/intents/factors.js';
import { linesAsSentences, factorsOf as matcherFactorsOf, rulesText } from '../../src/intents/matcher.js';
import { normalizeText } from '../../src/intents/normalize.js';
import { realKb } from '../helpers/kb.js';

/** Factors are extracted from normalised text, as the matcher does. */
const factorsOf = (raw: string) => extractFactors(normalizeText(raw));
/** The needs the matcher reads in a raw message: the rules' text (structured lines as sentences), counts included. */
const read = (raw: string) => matcherFactorsOf(rulesText(raw));

/** Two paraphrases per decision factor, none copied from the decision table. */
const PARAPHRASES: Record<FactorId, readonly string[]> = {
  'l7-traffic': [
    'we need header-based canary releases and traffic mirroring',
    'our product team wants blue/green rollouts with fault injection',
  ],
  'fine-grained-authz': [
    'we need fine-grained authorization between services',
    'security wants granular access control per endpoint',
  ],
  'proxy-extensions': [
    'we have to run a WebAssembly filter that rewrites headers',
    'our auth team wants to extend the proxy with custom plugins',
  ],
  'egress-gateway': [
    'compliance says all outbound traffic must go through one audited exit point',
    'we need egress gateways for the payment namespace',
  ],
  'multi-cluster': ['our mesh must span several clusters', 'we run workloads across clusters in two regions'],
  sidecarless: ['we want to get rid of the sidecars', 'we would rather not run sidecars at all'],
  'low-overhead': ['we care about minimal latency', 'the memory footprint per pod must be tiny'],
  'simple-operations': ['we are a small team', 'we want something easy to operate'],
  'fast-mtls-metrics': ['we want mtls on by default', 'golden metrics out of the box, please'],
  'mid-migration': ['we are in the middle of migrating off linkerd', 'we are moving from istio right now'],
};

describe('extractFactors', () => {
  it('covers exactly the factors of the decision table', () => {
    const tableIds = realKb()
      .decisionTable.factors.map((f) => f.id)
      .sort();
    expect(Object.keys(PARAPHRASES).sort()).toEqual(tableIds);
  });

  const cases = (Object.entries(PARAPHRASES) as [FactorId, readonly string[]][]).flatMap(([id, texts]) =>
    texts.map((t) => [id, t] as const),
  );

  it.each(cases)('%s from "%s"', (id, raw) => {
    expect(factorsOf(raw)).toContain(id);
  });

  it('reads "sidecarless to cut overhead" as one need: sidecarless, not low overhead', () => {
    const found = factorsOf('we want something sidecarless to cut overhead');
    expect(found).toContain('sidecarless');
    expect(found).not.toContain('low-overhead');
  });

  it('reads "lowest overhead per pod" as low overhead', () => {
    expect(factorsOf('the lowest overhead per pod matters most')).toContain('low-overhead');
  });

  it('keeps both when sidecarless and a strong overhead need are stated separately', () => {
    const found = factorsOf('no sidecars, and the lowest overhead per pod');
    expect(found).toEqual(expect.arrayContaining(['sidecarless', 'low-overhead']));
  });

  it('keeps both when sidecarless and an overhead need are said in sentences of their own', () => {
    const found = factorsOf('no sidecars for us. separately, our nodes are short on memory and run hot');
    expect(found).toEqual(expect.arrayContaining(['sidecarless', 'low-overhead']));
  });

  it.each([
    ['l7-traffic', 'send 2% of the users to the new release first'],
    ['l7-traffic', 'we want to inject 300ms delays on one route'],
    ['l7-traffic', 'route each tenant based on the x-tenant header'],
    ['multi-cluster', 'we want the eu and us clusters joined into one mesh'],
    ['multi-cluster', 'a second cluster in asia has to be part of the same mesh'],
    ['egress-gateway', 'calls to partners must exit through one dedicated gateway'],
    ['simple-operations', 'there are no dedicated ops people here'],
    ['low-overhead', 'the proxy has to be featherweight'],
    ['low-overhead', 'the nodes are nearly full on memory already'],
    ['sidecarless', 'sidecars are a no-go in our pods'],
    ['mid-migration', 'we are in the middle of switching meshes'],
    ['multi-cluster', 'basically one mesh stretched over both data centres'],
    ['multi-cluster', 'if a region goes down we want traffic to fail over to the other cluster'],
    ['simple-operations', 'it has to be easy to stand up and then forget'],
    ['simple-operations', 'zero dedicated platform engineers on staff'],
    ['fast-mtls-metrics', 'success rates per route right out of the gate'],
    ['fine-grained-authz', 'deny-all, then an explicit allow per route'],
    ['low-overhead', 'it must be light enough for 80 pods per node'],
    ['low-overhead', 'our p99 is already very tight'],
  ] as const)('%s from "%s" (session 14 wordings)', (id, raw) => {
    expect(factorsOf(raw)).toContain(id);
  });

  it.each([
    ['l7-traffic', "we don't do mirroring or header routing"],
    ['simple-operations', 'ease of use honestly is not a factor for us'],
    ['multi-cluster', 'there are no plans at all to go multi-cluster'],
    ['multi-cluster', 'one region, not planning multicluster'],
  ] as const)('rules %s out in "%s"', (id, raw) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it('finds several factors in one sentence', () => {
    const found = factorsOf('small team, want mTLS by default, and multi-cluster later');
    expect(found).toEqual(
      expect.arrayContaining(['simple-operations', 'fast-mtls-metrics', 'multi-cluster']),
    );
  });

  it('returns each factor at most once', () => {
    const found = factorsOf('multi-cluster, multi cluster, across clusters, several clusters');
    expect(found).toEqual(['multi-cluster']);
  });

  it.each([
    'the quarterly report is due on monday',
    'our office has a nice coffee machine',
    'how do I rename a git branch',
    '',
  ])('finds no factor in an unrelated sentence: %j', (raw) => {
    expect(factorsOf(raw)).toEqual([]);
  });
});

describe('needs ruled out are not needs', () => {
  it.each([
    ["we don't need fancy routing or canaries, just mtls by default", 'l7-traffic'],
    ['traffic mirroring is not a requirement for us', 'l7-traffic'],
    ['no need for multi-cluster, we have one cluster', 'multi-cluster'],
    ['we do not care about wasm plugins', 'proxy-extensions'],
    ["an egress gateway isn't needed", 'egress-gateway'],
    ["we're single cluster, multi-cluster isn't on the roadmap", 'multi-cluster'],
    // Negated inside the words that name it, or "not going to".
    ["egress doesn't need to pass through a central gateway", 'egress-gateway'],
    ['we are never going to span regions with it', 'multi-cluster'],
    // Context, not the need: an audit trail, or another tool's chaos testing.
    ['security wants an audit trail of who calls whom', 'fine-grained-authz'],
    // Put off, hedged, handed off or dropped (session 29's wordings).
    ['egress gw is next year. istio or linkerd?', 'egress-gateway'],
    ['Multi-cluster is a 2027 thing.', 'multi-cluster'],
    ['Header routing: not sure we need it yet, maybe once mobile v2 ships.', 'l7-traffic'],
    ['Wasm: we said no to that already, too much to maintain.', 'proxy-extensions'],
    ['Lowest possible latency would be nice but we can live with a few ms.', 'low-overhead'],
    ['Argo Rollouts + nginx do our canaries, we need nothing L7 from the mesh.', 'l7-traffic'],
    ['Reason for the move was a wasm plugin idea that has since been dropped.', 'proxy-extensions'],
    ['Saw a talk about wasm plugins, just curious, not something we would use.', 'proxy-extensions'],
    ['- NICE (skip if hard): lua filter for legacy header munging', 'proxy-extensions'],
    ['- R3 (removed in v2 of the RFP): traffic mirroring', 'l7-traffic'],
    ['multi-cluster is explicitly ruled out by architecture', 'multi-cluster'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it('keeps the needs stated in the same message', () => {
    const found = factorsOf("we don't need fancy routing or canaries, just mtls by default");
    expect(found).toContain('fast-mtls-metrics');
  });

  it('a turn ("but") ends the negation', () => {
    const found = factorsOf("we don't need multi-cluster but we do need canaries");
    expect(found).toContain('l7-traffic');
    expect(found).not.toContain('multi-cluster');
  });

  it('a negation reaches 80 characters, not a whole long clause', () => {
    const far = `we don't need ${'anything from the long list of extras in the vendor brochure, '.repeat(2)}but canaries`;
    expect(factorsOf(far)).toContain('l7-traffic');
    const long = `we don't need ${'x'.repeat(100)} canaries`;
    expect(factorsOf(long)).toContain('l7-traffic');
    expect(factorsOf(`we don't need ${'x'.repeat(40)} canaries`)).not.toContain('l7-traffic');
  });

  it('the last need word before the need decides', () => {
    expect(factorsOf('we never want to lose traffic, so we need traffic mirroring')).toContain('l7-traffic');
    expect(factorsOf("we need mtls by default and don't need canaries")).not.toContain('l7-traffic');
  });

  it('a negation in another sentence does not reach the need', () => {
    expect(factorsOf("we don't need sso. we need traffic mirroring for tests")).toContain('l7-traffic');
  });

  it.each([
    ["we don't want sidecars at all", 'sidecarless'],
    ["we don't want to babysit the mesh", 'simple-operations'],
    ["we don't have a dedicated platform team, low maintenance is key", 'simple-operations'],
    ["it shouldn't eat half our nodes in proxy memory", 'low-overhead'],
  ] as const)('a burden to avoid is still a need: "%s" names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });
});

describe('who runs it and what was dropped', () => {
  it.each(['solo platform eng here, istio or linkerd?', "i'm the only k8s eng, which mesh?"])(
    'a team of one, abbreviated: "%s"',
    (raw) => {
      expect(read(raw)).toContain('simple-operations');
    },
  );

  it('"two of us ran envoy before" says experience, not the size of a team of 8', () => {
    expect(read('team of 8, two of us ran envoy at a previous job. istio or linkerd?')).not.toContain(
      'simple-operations',
    );
    expect(read('two of us look after the clusters. istio or linkerd?')).toContain('simple-operations');
  });

  it.each([
    'we need canaries, but the product team dropped that last month. istio or linkerd?',
    'my lead wants canaries but we are not doing that this year. istio or linkerd?',
  ])('a need dropped by someone or put off after "but": "%s"', (raw) => {
    expect(read(raw)).not.toContain('l7-traffic');
  });

  it.each([
    'we tried ambient in a sandbox and decided against it. 3 of us. istio or linkerd?',
    'we looked at the sidecar-free modes and dont need them. 3 of us. istio or linkerd?',
  ])('an option looked at and turned down in the same sentence is no need: "%s"', (raw) => {
    expect(read(raw)).not.toContain('sidecarless');
    expect(read(raw)).toContain('simple-operations');
  });

  it('a sentence turning down what it names itself leaves the sentence before it alone', () => {
    const raw =
      'p99 has to stay under 2ms with the proxy in the path. we evaluated ambient and dont need it. which mesh?';
    expect(read(raw)).toContain('low-overhead');
    expect(read(raw)).not.toContain('sidecarless');
    // A sentence that only waves away the one before it still does.
    expect(read('we need header canaries. we dont do that anymore though. which mesh?')).not.toContain(
      'l7-traffic',
    );
  });
});

describe('checklists and forms', () => {
  it('an unticked box beside ticked needs is no need', () => {
    const got = read(
      '- [x] mtls by default, no policy to write\n- [ ] fault injection\n- [ ] span clusters\nwhich one?',
    );
    expect(got).toContain('fast-mtls-metrics');
    expect(got).not.toContain('l7-traffic');
    expect(got).not.toContain('multi-cluster');
  });

  it('where the ticks mark points settled, the open boxes are the needs (acceptance criteria)', () => {
    const got = read(
      '- [x] one region only, multi-cluster not needed\n- [ ] all egress through one audited exit\nwhich mesh?',
    );
    expect(got).toContain('egress-gateway');
    expect(got).not.toContain('multi-cluster');
  });

  it.each([
    'we want an egress gateway, but that is next FY. 2 of us. which mesh?',
    'egress gateway: not for this project. 2 of us. which mesh?',
  ])('a need put off to the next fiscal year or out of this project: "%s"', (raw) => {
    expect(read(raw)).not.toContain('egress-gateway');
    expect(read(raw)).toContain('simple-operations');
  });
});

describe('notes comparing the meshes, pasted before the ask', () => {
  it('what a mesh is or has in a pros-and-cons list is no need of the team', () => {
    const q =
      'pros and cons from our spike:\n- istio: ambient mode, wasm plugins, egress gateways, steep learning curve\n- linkerd: tiny proxy, mtls on by default\nwhat we need: weighted canaries for the checkout svc. istio or linkerd?';
    expect(read(q)).toEqual(['l7-traffic']);
  });

  it("the same words as the team's own need still count", () => {
    expect(read('we need wasm plugins and egress gateways. istio or linkerd?')).toEqual(
      expect.arrayContaining(['proxy-extensions', 'egress-gateway']),
    );
  });

  it('a described item that speaks of the team keeps its need: "for our chaos days"', () => {
    const q =
      'pros/cons we wrote down:\n- istio: fault injection for our chaos days, heavier\n- linkerd: lighter. which one?';
    expect(read(q)).toContain('l7-traffic');
  });

  it('without notes of that kind, a sentence about a mesh is read as before', () => {
    expect(read('istio has wasm plugins, which we need for our auth filter. istio or linkerd?')).toContain(
      'proxy-extensions',
    );
  });
});

describe('a move of something other than a mesh is not mid-migration', () => {
  it.each([
    "we're moving off VMs this year",
    'we are migrating to kubernetes from bare metal',
    'the team is switching to EKS next quarter',
  ])('"%s"', (raw) => {
    expect(factorsOf(raw)).not.toContain('mid-migration');
  });

  it('a move between the meshes still is', () => {
    expect(factorsOf("we're moving off VMs, and also moving from istio to linkerd")).toContain(
      'mid-migration',
    );
  });
});

describe('a need taken back at once is not a need', () => {
  it.each([
    ['wasm filters? nah, the gateway does that for us. small team', 'proxy-extensions'],
    ['we need multi-cluster... actually no, one cluster this year', 'multi-cluster'],
    ['egress gateway? no, outbound goes through the nat', 'egress-gateway'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it('a word between the question mark and the no still takes it back', () => {
    expect(factorsOf('sidecarless? honestly no, sidecars are fine')).not.toContain('sidecarless');
  });

  it('"don\'t need:" rules out the list after the colon; "need:" keeps it', () => {
    const f = factorsOf("need: the simplest mesh to run. don't need: wasm, egress gateway, authz policies.");
    expect(f).toContain('simple-operations');
    expect(f).not.toContain('proxy-extensions');
    expect(f).not.toContain('egress-gateway');
    expect(f).not.toContain('fine-grained-authz');
    expect(factorsOf('we need: traffic mirroring and wasm')).toEqual(
      expect.arrayContaining(['l7-traffic', 'proxy-extensions']),
    );
  });

  it('a "don\'t need" section of a pasted list rules out its items, up to the next section', () => {
    const f = factorsOf(
      "must have - rules per path for the admin api don't need - anything spanning clusters - wasm nice to have - mtls out of the box",
    );
    expect(f).toContain('fine-grained-authz');
    expect(f).toContain('fast-mtls-metrics');
    expect(f).not.toContain('multi-cluster');
    expect(f).not.toContain('proxy-extensions');
  });

  it('a need given up ("we\'d drop it in a heartbeat") or a burden accepted is ruled out', () => {
    expect(factorsOf('the lua plugin is nice but we would drop it for a lighter proxy')).not.toContain(
      'proxy-extensions',
    );
    expect(factorsOf("we'll accept a steep learning curve for per-path authz")).not.toContain(
      'simple-operations',
    );
    expect(factorsOf('a steep learning curve scares us')).toContain('simple-operations');
  });

  it('"nobody cares about" a need rules it out', () => {
    expect(
      factorsOf('nobody here cares about custom code in the proxy, we just want it simple'),
    ).not.toContain('proxy-extensions');
  });

  it('"move on to linkerd" weighs a move; it is not one under way', () => {
    expect(factorsOf('give istio another shot or move on to linkerd?')).not.toContain('mid-migration');
  });

  it('"? no X, no Y" lists what is not needed; it does not take back the need before it', () => {
    const f = factorsOf('all we want is mtls by default? no fancy routing, no authz rules');
    expect(f).toContain('fast-mtls-metrics');
    expect(f).not.toContain('l7-traffic');
  });

  it('plans and work ruled out are not needs', () => {
    const f = factorsOf("not planning any multi-cluster setup, and we won't be writing custom envoy filters");
    expect(f).not.toContain('multi-cluster');
    expect(f).not.toContain('proxy-extensions');
  });

  it('a question mark alone does not take a need back', () => {
    expect(factorsOf('do we need an egress gateway? security says yes')).toContain('egress-gateway');
    expect(factorsOf('multi-cluster? yes, three regions')).toContain('multi-cluster');
  });
});

describe('needs said in other words', () => {
  it.each([
    ['encrypt all pod to pod traffic', 'fast-mtls-metrics'],
    ['we want mtls everywhere', 'fast-mtls-metrics'],
    ['something we can install in an afternoon', 'simple-operations'],
    ['upgrades should be boring', 'simple-operations'],
    ["i'm the only infra person here", 'simple-operations'],
    ['the sidecar memory is doubling our node bill', 'low-overhead'],
    ['we need traffic shadowing for the new backend', 'l7-traffic'],
    ['authorization rules on jwt claims per path', 'fine-grained-authz'],
    ['every outbound connection has to go through one gateway security can log', 'egress-gateway'],
    ['a sidecar-free data plane', 'sidecarless'],
    ['proxy memory per pod matters', 'low-overhead'],
    ['proxy cpu/mem per pod also needs to be tiny', 'low-overhead'],
    ['every mb the proxy takes per pod hurts', 'low-overhead'],
    ["the proxy's latency needs to be as close to zero as we can get", 'low-overhead'],
    ['per-pod latency overhead is a big deal', 'low-overhead'],
    ['what we care about most is proxy memory', 'low-overhead'],
    ['security wants per-path allow/deny rules on who can call /admin', 'fine-grained-authz'],
    ['deny rules by service account and method', 'fine-grained-authz'],
    ['we want the data plane at node level', 'sidecarless'],
    ['we kinda hate the idea of a sidecar in every pod', 'sidecarless'],
    ["we're moving all our clusters to linkerd this quarter", 'mid-migration'],
    ['the proxy has to be as lean as possible', 'low-overhead'],
    ['something light on resources', 'low-overhead'],
    ['everything leaving the cluster must be logged at one central gateway', 'egress-gateway'],
    ['compliance wants a single audited exit', 'egress-gateway'],
    ['per-node proxies instead of sidecars', 'sidecarless'],
    ['dashboards that show up without us configuring anything', 'fast-mtls-metrics'],
    ['the lightest mesh possible', 'low-overhead'],
    ['the easiest mesh to operate', 'simple-operations'],
    ['mtls between all our services from hour one', 'fast-mtls-metrics'],
    ['no policy files to maintain, please', 'fast-mtls-metrics'],
    ['security wants encryption between services', 'fast-mtls-metrics'],
    ['metrics the moment it is installed, zero tuning', 'fast-mtls-metrics'],
    ['we are halfway through a mid-migration between the meshes', 'mid-migration'],
    ['replacing linkerd with istio one namespace at a time', 'mid-migration'],
    ['we went istio -> linkerd on half the clusters', 'mid-migration'],
    ['active-active across two regions, one cluster in each', 'multi-cluster'],
    ['both clusters have to be one mesh', 'multi-cluster'],
    ['allow requests only when the jwt tenant claim matches', 'fine-grained-authz'],
    ['the service should only accept post from checkout', 'fine-grained-authz'],
    ['qa wants to inject 503s and delays into the payment calls', 'l7-traffic'],
    ['we want an easy install', 'simple-operations'],
    ['our nodes are running hot already', 'low-overhead'],
    ['we care a lot about the overhead each proxy adds', 'low-overhead'],
    ["we can't afford a heavy proxy", 'low-overhead'],
    ['a latency-sensitive trading api', 'low-overhead'],
    ['every millisecond counts on this path', 'low-overhead'],
    ['we have to route all outbound calls via an egress gateway', 'egress-gateway'],
    // Needs said as measurable constraints and situations.
    ['the api has a 12 ms p95 target end to end', 'low-overhead'],
    ['our p99 slo leaves the proxy about 2ms', 'low-overhead'],
    ['whatever is lighter on ram, we are squeezed', 'low-overhead'],
    ['no cpu headroom left on the workers', 'low-overhead'],
    ['another 50 MiB per pod would mean buying more nodes', 'low-overhead'],
    ['we bill customers per vCPU so every millicore matters', 'low-overhead'],
    ['the mesh gets maybe four hours a week of my time', 'simple-operations'],
    ['it will be run part-time by one developer', 'simple-operations'],
    ['there is no time to tune yet another system', 'simple-operations'],
    ['me and one junior, that is the whole ops team', 'simple-operations'],
    ['request latency and success rates per service with no extra work', 'fast-mtls-metrics'],
    ['dashboards without instrumenting a single service', 'fast-mtls-metrics'],
    ['encryption has to be on as soon as the mesh is installed', 'fast-mtls-metrics'],
    ['premium tenants get sent to the new version by a header', 'l7-traffic'],
    ['we want to replay production traffic against a staging build', 'l7-traffic'],
    ['timeouts and 500s injected by the mesh during game days', 'l7-traffic'],
    ['rules on who may call which endpoint', 'fine-grained-authz'],
    ['only the ledger service account may call the payouts api', 'fine-grained-authz'],
    ['one mesh spanning our three regional clusters', 'multi-cluster'],
    ['the platform rejects anything that adds extra containers to pods', 'sidecarless'],
    ['all calls between services must be encrypted', 'fast-mtls-metrics'],
    ['error and latency metrics visible right away for every team', 'fast-mtls-metrics'],
    ['it has to work from day 1', 'fast-mtls-metrics'],
    ['we are a tiny platform team', 'simple-operations'],
    ['something with sane defaults and very little to tune', 'simple-operations'],
    ['my main concern is the latency each hop adds', 'low-overhead'],
    ['every ms on this path matters to us', 'low-overhead'],
    ['the mesh must not add latency to the checkout path', 'low-overhead'],
    ['we cannot spend much memory on proxies', 'low-overhead'],
    ['the nodes sit at 90% utilisation', 'low-overhead'],
    ["the security lead doesn't want sidecars in any pod", 'sidecarless'],
    ['we want the proxy outside the application pod', 'sidecarless'],
    // Session 17: numbers and constraints, and list items.
    ['on-call is literally just me', 'simple-operations'],
    ['one volunteer handles the ops on weekends', 'simple-operations'],
    ['every pod runs with a 96Mi memory limit', 'low-overhead'],
    ['the api has to respond in under 4ms end to end', 'low-overhead'],
    ['3,000 pods packed onto 20 nodes', 'low-overhead'],
    ['the mesh tax must stay in single digits', 'low-overhead'],
    ['the vendor operator forbids adding containers to its pods', 'sidecarless'],
    ['nothing gets injected, we cannot touch pod specs', 'sidecarless'],
    ['a shared proxy on each node is fine', 'sidecarless'],
    ['outbound calls only through 2 static NAT IPs', 'egress-gateway'],
    ['internet-bound requests funneled through one box with logs', 'egress-gateway'],
    ['which service accounts may hit which endpoints', 'fine-grained-authz'],
    ['every call checked against our policy service first', 'fine-grained-authz'],
    ['requests with x-canary: 1 should land on the new build', 'l7-traffic'],
    ['flip 15% of users to the redesign', 'l7-traffic'],
    ['abort 5% of calls to the cart service in drills', 'l7-traffic'],
    ['clusters in three regions calling each other', 'multi-cluster'],
    ['our homegrown module loaded in the data plane', 'proxy-extensions'],
    ['pod traffic encrypted by next friday', 'fast-mtls-metrics'],
    ['encryption plus error dashboards', 'fast-mtls-metrics'],
    ['we are mid-cutover between meshes', 'mid-migration'],
    // Needs implied by what hurts today.
    ['our cloud bill jumped 30% once the sidecars were injected', 'low-overhead'],
    ['the proxy we tested added over a millisecond per hop', 'low-overhead'],
    ['the pen test found that traffic between namespaces is unencrypted', 'fast-mtls-metrics'],
    ["on-call can't tell which service is failing during an outage", 'fast-mtls-metrics'],
    ['every release is big-bang and it hurts', 'l7-traffic'],
    ['marketing wants the new page in front of 3% of visitors first', 'l7-traffic'],
    ['the ledger accepts calls from any workload today', 'fine-grained-authz'],
    ['outbound calls leave from random node IPs nobody can trace', 'egress-gateway'],
    ["the vendor's pod breaks whenever we add containers to it", 'sidecarless'],
    ['the second cluster in the other region has to talk to the first', 'multi-cluster'],
    ['two people with no mesh background will run it', 'simple-operations'],
    // Needs given as priorities and trade-offs.
    ['the team has zero kubernetes experience', 'simple-operations'],
    ['1) proxy footprint 2) canaries', 'low-overhead'],
    ['edge nodes with 2GB of RAM', 'low-overhead'],
    ['traffic encrypted right away, please', 'fast-mtls-metrics'],
    ['allow only GET on /status and call ext_authz for the rest', 'fine-grained-authz'],
    ['the sidecars eat 25% of node memory', 'low-overhead'],
    ['we keep hitting max pods on the nodes', 'low-overhead'],
    ['injecting sidecars keeps breaking our jobs', 'sidecarless'],
    ['half our apps on linkerd and half on istio since we began switching over', 'mid-migration'],
    ['the dublin services cannot reach the ones in the paris cluster', 'multi-cluster'],
  ] as const)('"%s" names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });
});

describe('qualities ruled out, and burdens that stay needs', () => {
  it.each([
    ["we don't need the simplest option", 'simple-operations'],
    ["ease of operation isn't a priority for us", 'simple-operations'],
    ["we don't care about the lowest overhead", 'low-overhead'],
    ["we don't really care much about overhead", 'low-overhead'],
    ["no multi-cluster, it's a single cluster", 'multi-cluster'],
    ['no sidecarless requirement, sidecars are fine', 'sidecarless'],
    ['we mirror traffic to v2 for a week before the cutover', 'mid-migration'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it.each([
    ["we can't babysit another system", 'simple-operations'],
    ["we don't want a steep learning curve", 'simple-operations'],
    ['memory on our nodes is already tight', 'low-overhead'],
    ["the proxy can't add more than a millisecond", 'low-overhead'],
    ["nodes are at 85% memory, we can't afford fat sidecars", 'low-overhead'],
    ['our platform team is just me', 'simple-operations'],
    ['no sidecars please', 'sidecarless'],
  ] as const)('"%s" names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });
});

describe('needs said in short, everyday words', () => {
  it.each([
    ['a/b tests keyed on a header', 'l7-traffic'],
    ['we match on headers to pick the backend', 'l7-traffic'],
    ['we split traffic between v1 and v2', 'l7-traffic'],
    ['rollouts by weight', 'l7-traffic'],
    ['rbac per route', 'fine-grained-authz'],
    ['block requests unless the token carries the admin role', 'fine-grained-authz'],
    ['allow by path and by caller', 'fine-grained-authz'],
    ['an egress gw for the pci namespace', 'egress-gateway'],
    ["outbound leaves via one NAT'd gateway", 'egress-gateway'],
    ['no per-pod proxies please', 'sidecarless'],
    ['no proxy containers in our pods', 'sidecarless'],
    ['zero sidecars inside workload pods', 'sidecarless'],
    ['the proxy should barely touch cpu', 'low-overhead'],
    ['near-zero latency overhead', 'low-overhead'],
    ['needs to be cheap on ram', 'low-overhead'],
    ['high-density nodes', 'low-overhead'],
    ['keep it simple and light.', 'low-overhead'],
    ['ram is tight on these nodes', 'low-overhead'],
    ['the nodes have little headroom', 'low-overhead'],
    ['each proxy must stay under 15 MiB', 'low-overhead'],
    ['the mesh may add at most 2ms of latency', 'low-overhead'],
    ['we have no SRE', 'simple-operations'],
    ['there is one devops engineer', 'simple-operations'],
    ['upgrades have to be painless', 'simple-operations'],
    ['easy day-2 ops', 'simple-operations'],
    ['upgradable in under an hour', 'simple-operations'],
    ['installs in one command', 'simple-operations'],
    ['upgrades without a runbook', 'simple-operations'],
    ['no dedicated mesh owner', 'simple-operations'],
    ['it has to be boring to operate', 'simple-operations'],
    ['instant mtls for everything', 'fast-mtls-metrics'],
    ['encryption + dashboards', 'fast-mtls-metrics'],
    ['metrics w/o config', 'fast-mtls-metrics'],
    ['automatic mtls for every namespace', 'fast-mtls-metrics'],
    ['RED metrics per service with zero setup', 'fast-mtls-metrics'],
    ["we're mid-way through the rollout of the new mesh", 'mid-migration'],
    ['the istio to linkerd cutover is half done', 'mid-migration'],
    ['one service mesh across both regions', 'multi-cluster'],
    ['phased rollouts for the checkout api', 'l7-traffic'],
    ['an 80/20 split between versions', 'l7-traffic'],
    ['we tee prod requests to the staging build', 'l7-traffic'],
    ['dark launches of new features', 'l7-traffic'],
    ['cookie-based routing to the beta', 'l7-traffic'],
    ['per-endpoint permissions', 'fine-grained-authz'],
    ['checks on jwt claims', 'fine-grained-authz'],
    ['every call goes through OPA', 'fine-grained-authz'],
    ['envoy filters written by us', 'proxy-extensions'],
    ['we bring our own filter chain', 'proxy-extensions'],
    ['the mesh must span two networks', 'multi-cluster'],
    ['services across on-prem and gcp', 'multi-cluster'],
    ['outbound calls through one choke point', 'egress-gateway'],
    ['a centralized egress proxy', 'egress-gateway'],
    ["we don't want proxies injected in our pods", 'sidecarless'],
    ['slim sidecars', 'low-overhead'],
    ['something resource-thrifty', 'low-overhead'],
    ["a p99 we can't miss", 'low-overhead'],
    ['we are short-staffed', 'simple-operations'],
    ['a tiny ops crew', 'simple-operations'],
    ['limited kubernetes experience', 'simple-operations'],
    ['up and running in minutes', 'simple-operations'],
    ['auto-mtls', 'fast-mtls-metrics'],
    ['part-way off linkerd', 'mid-migration'],
    ['cutting over to istio', 'mid-migration'],
    ['mid istio-to-linkerd move', 'mid-migration'],
    // Said as what goes into (or stays out of) the pods.
    ['we want nothing injected into the app pods', 'sidecarless'],
    ['no extra proxies living inside our pods, please', 'sidecarless'],
    ['please stop adding proxies to every pod', 'sidecarless'],
    ['we would ditch the per-pod proxies if we could', 'sidecarless'],
    ['the app teams refuse to allow sidecars in their pods', 'sidecarless'],
    ['outbound calls go via one audited hop', 'egress-gateway'],
    ['a single controlled way out for outbound traffic', 'egress-gateway'],
    ['per-route allow and deny between services', 'fine-grained-authz'],
    ['the clusters in both regions must call each other across the mesh', 'multi-cluster'],
    ['our pods are cpu-starved already', 'low-overhead'],
    ['a tight memory budget on each node', 'low-overhead'],
    ['day-2 work should be a non-event', 'simple-operations'],
    ['it is just me and a freelancer', 'simple-operations'],
    ['no one here has ever operated a service mesh', 'simple-operations'],
    ['our whole team is new to service meshes', 'simple-operations'],
    ['mtls plus request latency graphs', 'fast-mtls-metrics'],
    ['encryption from the moment we install it', 'fast-mtls-metrics'],
    ['injecting delays into some calls during game days', 'l7-traffic'],
    ['percentage-based routing for new builds', 'l7-traffic'],
    ['our services run across four aws regions', 'multi-cluster'],
    ['geo-redundant deployments', 'multi-cluster'],
    ['token-based permissions on each api', 'fine-grained-authz'],
    ['allowlists between namespaces', 'fine-grained-authz'],
    ['route-level access rules', 'fine-grained-authz'],
    ['one dedicated outbound egress proxy', 'egress-gateway'],
    ['proxyless workloads', 'sidecarless'],
    ['we just want the sidecars gone', 'sidecarless'],
    ['the leanest proxy around', 'low-overhead'],
    ['our nodes use dense packing', 'low-overhead'],
    ['frugal on memory', 'low-overhead'],
    ['something easy-to-operate', 'simple-operations'],
    ['quick to pick up for new hires', 'simple-operations'],
    ['a low-ops setup', 'simple-operations'],
    ['an afternoon to get it running', 'simple-operations'],
    ['we are a skeleton crew', 'simple-operations'],
    ['there is only one sre here', 'simple-operations'],
    ['easy operations matter to us', 'simple-operations'],
    ['we are mid-flight on a switch between meshes', 'mid-migration'],
    // Terse and non-native wordings.
    ['move users to the new version gradually', 'l7-traffic'],
    ['send 5% requests to v2 first', 'l7-traffic'],
    ['route testers by cookie', 'l7-traffic'],
    ['add latency to a few calls for testing', 'l7-traffic'],
    ['break some requests on purpose', 'l7-traffic'],
    ['control who calls whom', 'fine-grained-authz'],
    ['per-api permissions', 'fine-grained-authz'],
    ['allow by role from the token', 'fine-grained-authz'],
    ['our own logic inside the proxy', 'proxy-extensions'],
    ['a plugin for envoy', 'proxy-extensions'],
    ['internet traffic must leave through a single box', 'egress-gateway'],
    ['all external calls must exit from a fixed place', 'egress-gateway'],
    ['outbound thru one gateway', 'egress-gateway'],
    ['clusters across 3 regions', 'multi-cluster'],
    ['stretch the mesh over both dcs', 'multi-cluster'],
    ['proxy on each node', 'sidecarless'],
    ['proxies at the host level', 'sidecarless'],
    ['no injected sidecars', 'sidecarless'],
    ['ram very limited on the edge', 'low-overhead'],
    ['cpu usage of the proxies', 'low-overhead'],
    ['p99 must be really low', 'low-overhead'],
    ['memory cost multiplies with every pod', 'low-overhead'],
    ['easy to keep running', 'simple-operations'],
    ['running in one afternoon', 'simple-operations'],
    ['least ops work possible', 'simple-operations'],
    ['dont have time to learn it', 'simple-operations'],
    ['no dedicated ops guy', 'simple-operations'],
    ['none of us knows envoy', 'simple-operations'],
    ['team is small', 'simple-operations'],
    ['metrics out of box', 'fast-mtls-metrics'],
    ['service-to-service tls', 'fast-mtls-metrics'],
    ['in process of swap linkerd out for istio', 'mid-migration'],
  ] as const)('"%s" names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });
});

describe('requirements lists', () => {
  it.each([
    ['Requirements: - multi-cluster: not needed - small footprint', 'multi-cluster'],
    ['must haves:\n* canaries / weighted routing: out of scope\n* mtls on by default', 'l7-traffic'],
    ['constraints\n- egress gateway = n/a\n- easy to run', 'egress-gateway'],
    ['- wasm filters: none needed\n- two clusters in one mesh', 'proxy-extensions'],
    ['- overhead per pod: not a concern, the nodes are huge', 'low-overhead'],
  ] as const)('"%s" rules out %s after its name', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it('keeps the next item of the list out of the one before it', () => {
    // "- no ..." starts an item of its own: it does not rule out the clusters before it.
    expect(factorsOf('needs:\n- one mesh over the tokyo and osaka clusters\n- no sidecars')).toEqual(
      expect.arrayContaining(['multi-cluster', 'sidecarless']),
    );
  });

  it('reads overhead in an item of its own as a need beside sidecarless', () => {
    expect(factorsOf('- no proxies inside app pods\n- must add under 1ms to p99')).toEqual(
      expect.arrayContaining(['sidecarless', 'low-overhead']),
    );
    // In one item, the overhead is why they want no sidecars: one need.
    expect(factorsOf('- sidecarless, to cut overhead')).toEqual(['sidecarless']);
  });

  it('a turn makes overhead a need of its own beside sidecarless', () => {
    expect(factorsOf('no sidecars but lightweight')).toEqual(
      expect.arrayContaining(['sidecarless', 'low-overhead']),
    );
  });
});

describe('needs implied by a situation (session 18 wordings)', () => {
  it.each([
    ['staff get routed to the new build when they carry a canary cookie', 'l7-traffic'],
    ['steer requests with an x-region header to the eu deployment', 'l7-traffic'],
    ['keep v1 for most and split the remaining traffic 95/5', 'l7-traffic'],
    ['we want to tee live requests into the shadow stack', 'l7-traffic'],
    ['route calls to separate upstreams based on the tenant claim', 'l7-traffic'],
    ['a tiny script in the sidecar should strip the old session header', 'proxy-extensions'],
    ['the vendor binary is closed, so the check has to run inside the proxy', 'proxy-extensions'],
    ['all traffic to the internet must leave from one fixed ip that audit can trace', 'egress-gateway'],
    ['outbound calls should go only through a gateway the firewall team controls', 'egress-gateway'],
    ['requests going out to partners must exit through a dedicated, logged pool of nodes', 'egress-gateway'],
    ['our workers hit the internet from any node ip, nobody knows which app did it', 'egress-gateway'],
    ['ops wants the injected proxy containers removed from every pod', 'sidecarless'],
    ['this time the mesh should live outside the app pods', 'sidecarless'],
    ['only the ledger service may post to the payouts api', 'fine-grained-authz'],
    ['deny everything else between namespaces', 'fine-grained-authz'],
    ['an audit showed cleartext calls between pods', 'fast-mtls-metrics'],
    ['honestly we are blind to error rates per service', 'fast-mtls-metrics'],
    ['encryption, per-route success rates and that is it', 'fast-mtls-metrics'],
    ['the padlock and dashboards from rollout day', 'fast-mtls-metrics'],
    ['we are tight on memory across the board', 'low-overhead'],
    ['the sidecar cannot use more than 40mb each', 'low-overhead'],
    ['our nodes sit near their memory limit all week', 'low-overhead'],
    ['the ingest nodes run extremely dense', 'low-overhead'],
    ['the per-hop budget is half a millisecond', 'low-overhead'],
    ['ram is the first thing we run out of', 'low-overhead'],
    ['the cluster is looked after by one engineer', 'simple-operations'],
    ["i'd be the only person who would look after it", 'simple-operations'],
    ['we want something low-effort to operate', 'simple-operations'],
    ['half the services are still on the old sidecars during the switch', 'mid-migration'],
    ['the mesh must not use more than a couple of millicores per pod', 'low-overhead'],
    ['the previous mesh blew up our memory by a third', 'low-overhead'],
    ['each proxy within 1ms, please', 'low-overhead'],
    ['one mesh to connect our on-prem and azure clusters', 'multi-cluster'],
    ['apps live in a paris cluster and a madrid cluster', 'multi-cluster'],
    ['teams will not accept anything injected beside their app', 'sidecarless'],
    ['right now nothing checks who is calling the admin endpoints', 'fine-grained-authz'],
    ['last year a compromised build pod could reach the ledger', 'fine-grained-authz'],
    ['product wants %-based rollouts for the app', 'l7-traffic'],
    ['today every pod can talk directly to the internet', 'egress-gateway'],
    ['we need dashboards that show up right after install', 'fast-mtls-metrics'],
    ['it has to be light on our 900 pods', 'low-overhead'],
    ['nobody wants yet another container injected into the pods', 'sidecarless'],
    ['game days need artificial delays on checkout', 'l7-traffic'],
    ['duplicate live requests to the new search build', 'l7-traffic'],
    ['two aws accounts have to act as one mesh', 'multi-cluster'],
    ['the platform team shrank to two this year', 'simple-operations'],
    ['half the namespaces moved to linkerd last month and the rest still run istio', 'mid-migration'],
    ['release the new search to 10% of users first', 'l7-traffic'],
    ['point staff at v2 using an x-staff header', 'l7-traffic'],
    ['we want the data plane out of the app pods', 'sidecarless'],
    ['cronjobs never finish because the sidecar keeps running after the app exits', 'sidecarless'],
    ['both meshes run today and we are consolidating onto istio', 'mid-migration'],
    ['memory per pod is strictly budgeted', 'low-overhead'],
    ['the sidecar cannot cost more than the app itself', 'low-overhead'],
    ['in the trial the proxies ate a quarter of node memory', 'low-overhead'],
    ['calls to external apis must go out through one locked-down, logged exit', 'egress-gateway'],
    ['today traffic leaves straight from 30 nodes', 'egress-gateway'],
    ['we want it done in the proxy layer with our own code', 'proxy-extensions'],
    // Session 19 wordings.
    ['injecting sidecars was banned after the init-container mess', 'sidecarless'],
    ['each proxy would have to run per node', 'sidecarless'],
    ['the mesh must cost close to nothing in cpu', 'low-overhead'],
    ['memory use near zero, that is the bar', 'low-overhead'],
    ['just me running the cluster on weekends', 'simple-operations'],
    ['only one engineer would ever touch it', 'simple-operations'],
    ['we would like traffic between pods encrypted', 'fast-mtls-metrics'],
    ['success/latency numbers per route from the start', 'fast-mtls-metrics'],
    ['our pods are really tiny', 'low-overhead'],
    ['most workloads request 30m cpu', 'low-overhead'],
    ['a greedy proxy would double our footprint', 'low-overhead'],
    ['memory is already our bottleneck', 'low-overhead'],
    ['the apps run at 90% of their memory limits', 'low-overhead'],
    ['proxy bloat gets us oomkilled', 'low-overhead'],
    ['we cannot lose a millisecond per call', 'low-overhead'],
    ['under 15mb of memory per pod for the proxy', 'low-overhead'],
    ['our ops team is one contractor on tuesdays', 'simple-operations'],
    ['a junior should be able to install it', 'simple-operations'],
    ['nobody here has experience with a service mesh', 'simple-operations'],
    ['the workloads hit the internet directly from any node', 'egress-gateway'],
    ['we cannot prove what left the cluster', 'egress-gateway'],
    ['all calls to the internet go through our squid proxies', 'egress-gateway'],
    ['outbound traffic must use static ips', 'egress-gateway'],
    ['anything bound to the internet goes via a single monitored host', 'egress-gateway'],
    ['nothing prevents the batch jobs from calling the billing api', 'fine-grained-authz'],
    ['rules for who-can-call-what', 'fine-grained-authz'],
    ['access down to path level', 'fine-grained-authz'],
    ['calls with no valid jwt must be rejected at the mesh', 'fine-grained-authz'],
    ['pick the backend based on a request header', 'l7-traffic'],
    ['send 5% of users to the new version first', 'l7-traffic'],
    ['shift 5% -> 25% -> 100% traffic over a day', 'l7-traffic'],
    ['split traffic 80/20 during the release', 'l7-traffic'],
    ['we want to extend it with our own filters', 'proxy-extensions'],
    ['rewrite request headers inside the proxy', 'proxy-extensions'],
    ['we cannot run a proxy in every pod', 'sidecarless'],
    ['every proxy upgrade means we restart the whole fleet', 'sidecarless'],
    ['half of our services run linkerd and the other half istio', 'mid-migration'],
    ['one mesh with the two clusters in 1 mesh', 'multi-cluster'],
    // Needs in plain business words (picks31 and picks32's style).
    ['a new hire should be able to run it after a day with the docs', 'simple-operations'],
    ['it needs to basically run itself', 'simple-operations'],
    ['we have no budget to hire a platform engineer', 'simple-operations'],
    ['there are only a handful of us', 'simple-operations'],
    ['we cannot give it much care and feeding', 'simple-operations'],
    ['we would like the proxy to run on the node', 'sidecarless'],
    ['pods wait for the sidecar to come up every time', 'sidecarless'],
    ['sidecar injection breaks our init containers', 'sidecarless'],
    ['a mesh that adds nothing at all to the pods', 'sidecarless'],
    ['we want no helper containers in the app pods', 'sidecarless'],
    ['we work with a strict memory budget per node', 'low-overhead'],
    ['a sidecar eating 80mb in each pod is too much', 'low-overhead'],
    ['it should put basically no weight on our pods', 'low-overhead'],
    ['whatever we add cannot slow requests down', 'low-overhead'],
    ['we still have no mtls or dashboards', 'fast-mtls-metrics'],
    ['encryption and request stats per service', 'fast-mtls-metrics'],
    ['apps call external apis directly from their pods', 'egress-gateway'],
    ['one place where outbound traffic is logged', 'egress-gateway'],
    ['every call to outside vendors goes through one checkpoint', 'egress-gateway'],
    ['services in the berlin cluster cannot reach the ones in paris', 'multi-cluster'],
    ['the clusters in three countries must work as one system', 'multi-cluster'],
    ['could the proxy run our signing code for us', 'proxy-extensions'],
    ['a small module loaded directly into the proxy', 'proxy-extensions'],
    ['show the new page to 10% of visitors first', 'l7-traffic'],
    ['anyone carrying a beta cookie gets the new build', 'l7-traffic'],
    ['roll new versions out to a small group of users first', 'l7-traffic'],
    ['deliberately add delays to see what breaks', 'l7-traffic'],
    ['block some http methods on some paths', 'fine-grained-authz'],
    ['rules limiting which services can call the ledger', 'fine-grained-authz'],
    ['records services only accept calls from approved services', 'fine-grained-authz'],
    ['only the settlement service should be allowed to call the ledger', 'fine-grained-authz'],
    // picks33 and picks34's wordings.
    ['there are no latency numbers and nothing is encrypted', 'fast-mtls-metrics'],
    ['right now we are flying blind', 'fast-mtls-metrics'],
    ['the only person who knows kubernetes is away a lot', 'simple-operations'],
    ['it has to be helm install and done', 'simple-operations'],
    ['junior devs will run it', 'simple-operations'],
    ['i will be the only person maintaining it', 'simple-operations'],
    ['it has to be low-maintainance', 'simple-operations'],
    ['pick the one least likely to page us at 3am', 'simple-operations'],
    ['apps call the payment provider from random node ips', 'egress-gateway'],
    ['the firewall team cannot allowlist anything', 'egress-gateway'],
    ['every call our apps make to outside vendors must go through one logged hop', 'egress-gateway'],
    ['all traffic leaving the cluster must go through one box', 'egress-gateway'],
    ['the sidecar we run has to be tiny', 'low-overhead'],
    ['it has a 10ms response promise and cannot get any slower', 'low-overhead'],
    ['the new service cannot afford any extra drag', 'low-overhead'],
    ['the mesh cannot hog resources', 'low-overhead'],
    ['every millisecond we add shows up in complaints', 'low-overhead'],
    ['the payroll api must only accept gets from hr', 'fine-grained-authz'],
    ['reporting service can only read from the ledger', 'fine-grained-authz'],
    ['the claims api can only be called by two services', 'fine-grained-authz'],
    ['only named services should be able to reach the refund operation', 'fine-grained-authz'],
    ['a token with the right role is needed for writes', 'fine-grained-authz'],
    ['state which services can call which operations', 'fine-grained-authz'],
    ['an allowlist of identities for every call', 'fine-grained-authz'],
    ['beta tenants go to a separate version of the api', 'l7-traffic'],
    ['try new releases on a slice of real customers', 'l7-traffic'],
    ['move users to the new engine a percentage at a time', 'l7-traffic'],
    ['deliberately make services slow in staging', 'l7-traffic'],
    ['send only our employees to the new build first', 'l7-traffic'],
    ['our own code sat in the network path and stamped every request', 'proxy-extensions'],
    ['run a little program on every request', 'proxy-extensions'],
    ['add it inside the proxy with a small plugin', 'proxy-extensions'],
    ['security will not let anything extra run inside the application pods', 'sidecarless'],
    ['we want to avoid per-pod proxies altogether', 'sidecarless'],
    ['adding anything inside the pods is off the table', 'sidecarless'],
    ['we cannot change the pod definitions the vendor ships', 'sidecarless'],
    ['the sre lead banned adding extra containers to pods', 'sidecarless'],
    ['each cluster is its own island today', 'multi-cluster'],
    ['nothing could fail over to eu-central', 'multi-cluster'],
    ['our data centres need to act as one system', 'multi-cluster'],
    ['shared services must be reachable from both sides', 'multi-cluster'],
    ['the acquired cluster has to join ours', 'multi-cluster'],
    ['web moved already and the rest is still on linkerd', 'mid-migration'],
    ['70 services are on linkerd and 50 are still on istio', 'mid-migration'],
    // picks35 and picks36's wordings.
    ['the platform team bans injected proxy containers', 'sidecarless'],
    ['app teams should never see an injected container', 'sidecarless'],
    ['avoid putting any helper container inside the pods', 'sidecarless'],
    ['run something once on each machine instead', 'sidecarless'],
    ['the proxy should live on each node', 'sidecarless'],
    ['flip the api between two full stacks', 'l7-traffic'],
    ['5% of calls should fail on purpose', 'l7-traffic'],
    ['send beta-header traffic to the new build', 'l7-traffic'],
    ['shift a percentage of traffic to new releases', 'l7-traffic'],
    ['send staff to the new version based on a request flag', 'l7-traffic'],
    ['on small nodes every 50mb matters', 'low-overhead'],
    ['memory is our biggest bill line', 'low-overhead'],
    ['p99 has to stay under 25 ms end to end', 'low-overhead'],
    ['the memory graphs doubled in the trial', 'low-overhead'],
    ['our pods have to stay lean', 'low-overhead'],
    ['we would rather not move to bigger nodes for a mesh', 'low-overhead'],
    ['a heavy mesh is not an option', 'low-overhead'],
    ['we want success rates right away', 'fast-mtls-metrics'],
    ['switch it on and immediately see what fails', 'fast-mtls-metrics'],
    ['only the ledger svc may call the transfer api', 'fine-grained-authz'],
    ['only the backoffice service account should reach it', 'fine-grained-authz'],
    ['let only the billing service call the ledger', 'fine-grained-authz'],
    ['an explicit list of who may call each service', 'fine-grained-authz'],
    ['checks on fields inside our login tokens', 'fine-grained-authz'],
    ['some decisions handed off to our policy engine', 'fine-grained-authz'],
    ['paths blocked for everyone except the admin service', 'fine-grained-authz'],
    ['our pods can call any internet host directly', 'egress-gateway'],
    ['we cannot prove which workload talked to what', 'egress-gateway'],
    ['all traffic to third parties leaves through one point', 'egress-gateway'],
    ['every call leaving our network must pass through one logged box', 'egress-gateway'],
    ['two regions as one connected mesh', 'multi-cluster'],
    ['a service in frankfurt cannot call one in virginia', 'multi-cluster'],
    ['they want one fabric across all clusters', 'multi-cluster'],
    ['compile our rate limiter and load it into the mesh proxies', 'proxy-extensions'],
    ['customers plug their own checks into the request path', 'proxy-extensions'],
    ['half the namespaces are on linkerd and the rest still run istio', 'mid-migration'],
    // A comma that does not lead into a reason parts two needs.
    ['no sidecars, p99 under 5ms added', 'low-overhead'],
    // picks37, picks38 and picks41's wordings (session 20).
    ['deny calls based on the token scopes', 'fine-grained-authz'],
    ['validate bearer tokens per route', 'fine-grained-authz'],
    ['gate the admin routes on the role claim in the jwt', 'fine-grained-authz'],
    ['each service restricted to specific callers', 'fine-grained-authz'],
    ['the tenant is stored inside the login token', 'fine-grained-authz'],
    ['the audit service may only read from the reports endpoint', 'fine-grained-authz'],
    ['an allow-list of which svc calls which path', 'fine-grained-authz'],
    ['token scope checks on every route', 'fine-grained-authz'],
    [
      'deny the admin path unless the caller role is admin; rules on every path on who can call',
      'fine-grained-authz',
    ],
    ['we want to inject 300ms delays in staging', 'l7-traffic'],
    ['roll the new search out by percentage', 'l7-traffic'],
    ['try the new checkout on 5% of users', 'l7-traffic'],
    ['copy live traffic onto the staging stack', 'l7-traffic'],
    ['send a small slice of orders to the new version', 'l7-traffic'],
    ['v3 should only get people with the beta cookie', 'l7-traffic'],
    ['rollout 5% -> 25% -> 100%', 'l7-traffic'],
    ['it has to be light on our cluster', 'low-overhead'],
    ['we run 4 vcpu nodes', 'low-overhead'],
    ['the mesh cannot take a big bite of memory', 'low-overhead'],
    ['it must not add noticeable latency', 'low-overhead'],
    ['adding more than a millisecond per hop is a non-starter', 'low-overhead'],
    ['we pack pods densely', 'low-overhead'],
    ['90 pods on every node', 'low-overhead'],
    ['2gb of ram per node', 'low-overhead'],
    ['memory per pod matters a lot', 'low-overhead'],
    ['every request must finish under 30 ms', 'low-overhead'],
    ['someone hand-rolls tls certs for each service', 'fast-mtls-metrics'],
    ['traffic gets encrypted automatically', 'fast-mtls-metrics'],
    ['latency graphs on day1', 'fast-mtls-metrics'],
    ['another container added to their pods breaks the jobs', 'sidecarless'],
    ['the mesh should run on the node instead', 'sidecarless'],
    ['one agent per machine, nothing in the pods', 'sidecarless'],
    ['we dont want anything injected in our pods', 'sidecarless'],
    ['a vendor plug-in has to run inside the network proxy', 'proxy-extensions'],
    ['hook our own code into the data path', 'proxy-extensions'],
    ['outbound calls must leave from one place', 'egress-gateway'],
    ['partner calls must pass one box with a fixed ip', 'egress-gateway'],
    ["i'm the only sre", 'simple-operations'],
    ['we have a single volunteer sysadmin', 'simple-operations'],
    ['the ops team cannot manage complicated things', 'simple-operations'],
    // picks39's wordings.
    ['need 80/20 rollouts', 'l7-traffic'],
    ['a cookie-based beta route', 'l7-traffic'],
    [
      'qa pins their requests to the candidate with a header while everyone else stays on stable',
      'l7-traffic',
    ],
    ['we cannot prove what data left the network', 'egress-gateway'],
    ['upgrades that do not need a war room', 'simple-operations'],
    ['an hmac signature attached to every outgoing request', 'proxy-extensions'],
    ['the mesh cannot take meaningful memory per pod', 'low-overhead'],
    ['we cannot buy more hardware this year', 'low-overhead'],
    ['ram per pod is precious', 'low-overhead'],
    ['p99 slo of 8ms', 'low-overhead'],
    // picks40's wordings.
    ['shift a small percent of traffic to new builds', 'l7-traffic'],
    ['route users to different versions by app version', 'l7-traffic'],
    ['try the new service on a small slice of traffic', 'l7-traffic'],
    ['visitors with a cookie see a different version', 'l7-traffic'],
    ['only our billing service be allowed to call the invoices api', 'fine-grained-authz'],
    ['access spelled out endpoint by endpoint', 'fine-grained-authz'],
    ['nothing reachable unless a rule says so', 'fine-grained-authz'],
    ['block any service except the gateway from the admin api', 'fine-grained-authz'],
    ['rules per endpoint and per http method', 'fine-grained-authz'],
    ['traffic flows to the other regions as if it were one system', 'multi-cluster'],
    ["he'd rather have one shared proxy per machine than a proxy inside every pod", 'sidecarless'],
    ['we would prefer not to have a proxy container inside every pod', 'sidecarless'],
    ['a setup without a proxy stuck into every pod', 'sidecarless'],
    ['newer setups can skip the extra container', 'sidecarless'],
    ['they cannot take on a long learning project', 'simple-operations'],
    ["we have half an engineer's time for it", 'simple-operations'],
    ['something one person can install and upgrade', 'simple-operations'],
    ['zero infrastructure people until now', 'simple-operations'],
    ["it cannot eat a chunk of every pod's memory", 'low-overhead'],
    ['the memory each pod spends on the mesh matters a lot', 'low-overhead'],
    ['every extra megabyte per pod costs us', 'low-overhead'],
    ['the whole call chain has to finish in about 15 ms', 'low-overhead'],
    ['per-service error and timing dashboards immediately', 'fast-mtls-metrics'],
    ['run a bit of our own code inside the traffic proxy', 'proxy-extensions'],
  ] as const)('"%s" names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });

  it.each([
    // A burden said to be none: "an extra container in each pod is fine with us".
    ['we do not mind: an extra container in each pod is fine with us', 'sidecarless'],
    // A plan never to write a plugin rules the plugin out.
    ['we will never write custom plugin for the proxy', 'proxy-extensions'],
    // A migration's state, not a traffic split.
    ['the move is roughly a 50/50 split now', 'l7-traffic'],
    // A need left to the apps in a requirements list.
    ['authz: handled in the apps', 'fine-grained-authz'],
    // A header added by a filter "based on the path" is not routing by header.
    ['a wasm module adds a header based on the request path', 'l7-traffic'],
    // Outbound traffic that already leaves through a proxy is the setup, not a need.
    ['outbound traffic goes through a corporate gateway already', 'egress-gateway'],
    // A certificate cutover is not a move between meshes.
    ['will old and new certs trust each other during the cutover?', 'mid-migration'],
    // A move weighed, proposed or long finished is not one under way.
    ['we run istio today. stay or move to linkerd?', 'mid-migration'],
    ['a colleague proposes moving to istio next year', 'mid-migration'],
    ['we migrated to linkerd two years ago', 'mid-migration'],
    ['does moving to istio make sense for us?', 'mid-migration'],
    ['moving to something kubernetes-native soon', 'mid-migration'],
    // Needs of a sentence the next one dismisses are past.
    [
      'we picked istio for the mirroring and weighted splits. we do not do either of those anymore.',
      'l7-traffic',
    ],
    ['we thought we needed the lightest proxy, but our pods are huge jvms', 'low-overhead'],
    ['per-pod overhead is irrelevant to us', 'low-overhead'],
    // A need said not to be on the table.
    ['spanning clusters is not on the table for us', 'multi-cluster'],
    // Who may talk to whom, said of what network policies already do, is not a need.
    ['our network policies already decide who can talk to whom', 'fine-grained-authz'],
    // A team named after its field is not the need.
    ['our performance team wrote a caching trick', 'low-overhead'],
    // A code extension run without touching the apps is not the day-one need.
    ['run our own code in front of every service without touching the apps', 'fast-mtls-metrics'],
    // A need a later clause dismisses after a semicolon.
    ['someone pitched one mesh across several regions; we do not need that', 'multi-cluster'],
    // "Without touching the code" beside chaos testing is not the day-one need.
    ['add delays between services without touching app code', 'fast-mtls-metrics'],
    // A section headed "NOT required:" rules its items out.
    ['needs: - mtls by default. not required: - spanning clusters', 'multi-cluster'],
    // "no" reaches over "or" to the next need.
    ['no gradual rollouts or traffic splitting needed', 'l7-traffic'],
    // "Nothing to configure" said of the dashboards is the day-one need, not ease of running.
    ['golden metrics dashboards with nothing to configure', 'simple-operations'],
    // A comma that leads into the reason for going sidecarless: one need, not two.
    ['no sidecars, to keep the overhead low', 'low-overhead'],
    // A need another tool already covers is not asked of the mesh.
    ['no fancy routing - canaries are handled by our cd tool', 'l7-traffic'],
    // Access rules kept in the application are not asked of the mesh.
    ['access rules live in the app code, so no policy in the mesh', 'fine-grained-authz'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it('a negation inside a parenthesis does not reach the need after it', () => {
    expect(
      factorsOf(
        'no extra containers (they do not want to touch pod specs), and all outbound calls must leave through one audited exit',
      ),
    ).toContain('egress-gateway');
  });
});

describe('session 21 wordings', () => {
  it.each([
    ['each app may only be allowed to call the exact endpoints it uses', 'fine-grained-authz'],
    ['the billing service can call only POST on the invoices api', 'fine-grained-authz'],
    ['only approved callers should get through to each api', 'fine-grained-authz'],
    ['ops will not allow anything extra inside the pods', 'sidecarless'],
    ['our platform lead vetoed any helper container in the app pods', 'sidecarless'],
    ['last quarter a bad deploy hit 100% of customers at once', 'l7-traffic'],
    ['we want to pretend the search service is down for a few calls', 'l7-traffic'],
    ['requests from staff should hit the new build while customers keep the current one', 'l7-traffic'],
    ['return 503 on 5 percent of calls to checkout', 'l7-traffic'],
    ['we want to put our own code into the proxy itself', 'proxy-extensions'],
    ['calls to third-party payment vendors must go via one fixed-ip box', 'egress-gateway'],
    ['webhooks to partners should leave from one fixed ip', 'egress-gateway'],
    ['we have never touched a mesh and can spare one afternoon a week', 'simple-operations'],
    ['each proxy can add maybe 1ms, not more', 'low-overhead'],
    ['every hop must stay under half a millisecond', 'low-overhead'],
    ["we're ~60% of the way off linkerd", 'mid-migration'],
  ] as const)('"%s" names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });

  it.each([
    ['we dont care abt proxy cpu/mem at all, we need header routing', 'low-overhead'],
    ["we don't care about having the lightest mesh, we need wasm", 'low-overhead'],
    ['multi region we are not needing, one cluster is plenty', 'multi-cluster'],
    ["being simple to run isn't something we need, we have a big team", 'simple-operations'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });
});

describe('session 21 wordings, second round', () => {
  it.each([
    ['the platform team wants the proxy moved out of the pod, to a per-node component', 'sidecarless'],
    ['we want a mesh where nothing gets added to our pods', 'sidecarless'],
    ['the audit service may only read from /v2/ledger', 'fine-grained-authz'],
    ["the batch job can only call the reports api's GET endpoints", 'fine-grained-authz'],
    ["eu went down and we couldn't fail over, the mesh there is a separate island", 'multi-cluster'],
    ['the mesh must be very light per pod', 'low-overhead'],
    ['half our apps are on istio and half on linkerd since we started the move', 'mid-migration'],
  ] as const)('"%s" names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });
});

describe('session 22 rule-outs', () => {
  it.each([
    ['ease of use is not a criterion for us, we have a 12-person platform team', 'simple-operations'],
    ["spanning many clusters we don't need, is only one cluster", 'multi-cluster'],
  ] as const)('"%s" rules out %s after its name', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it('"we don\'t need" rules out only what it ends on, not the need named before it', () => {
    expect(factorsOf("we need multi cluster, we don't need canaries")).toEqual(['multi-cluster']);
  });
});

describe('session 22 wordings', () => {
  it.each([
    ['throw fake 503s and delays for chaos tests', 'l7-traffic'],
    ['we need fake slow responses in staging', 'l7-traffic'],
    ['a mesh without stuffing another container into every single pod', 'sidecarless'],
    ['please do not cram an extra sidecar container into each pod', 'sidecarless'],
    ['the injected proxy container never exits so our batch jobs hang', 'sidecarless'],
  ] as const)('"%s" names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });
});

describe('session 23 wordings', () => {
  it.each([
    ['try new pricing logic on staff first by spotting a flag in their requests', 'l7-traffic'],
    ['copy live orders to the new version to compare results', 'l7-traffic'],
    ['throw 500s and 3-second delays at the booking service on purpose', 'l7-traffic'],
    ['run the new tax version for a handful of client companies before switching everyone', 'l7-traffic'],
    ['send ppl w/ cookie beta=1 to the new checkout', 'l7-traffic'],
    ['only tokens with role=admin may POST to /grades', 'fine-grained-authz'],
    ['very granular access rules per record type', 'fine-grained-authz'],
    ['every byte leaving the cluster has to pass a single proxy we control', 'egress-gateway'],
    ['calls to the outside world leave through one controlled, logged doorway', 'egress-gateway'],
    ['the services in all three sites must act as one connected system', 'multi-cluster'],
    ['they need to call each other as if they were one', 'multi-cluster'],
    ['memory per pod really matters on these small machines', 'low-overhead'],
    ['each internal hop gets a 5 ms allowance at most', 'low-overhead'],
    ['every extra megabyte per pod shows up on the cloud bill', 'low-overhead'],
    ['pods went from 40MB to 150MB and we would be out of headroom', 'low-overhead'],
    ['per-service error rates on a screen without anyone writing config', 'fast-mtls-metrics'],
    ['pen testers flagged plain HTTP between pods', 'fast-mtls-metrics'],
    ['halfway through moving our shop services from one mesh to the other', 'mid-migration'],
    [
      'security cannot tell whether calls are encrypted and devs have no idea how often endpoints fail',
      'fast-mtls-metrics',
    ],
    ['encrypted hops + success-rate graphs right after install', 'fast-mtls-metrics'],
    ['what the mesh adds per pod really matters', 'low-overhead'],
    [
      'only users with the beta toggle on reach the new service, everyone else staying on the old one',
      'l7-traffic',
    ],
    ['per-route whitelists, e.g. only wallet-svc can hit /withdraw', 'fine-grained-authz'],
    ["whatever mesh we add, they don't want one more container per pod", 'sidecarless'],
    ['we do not want any proxy inside the pods', 'sidecarless'],
    ['every call to outside labs must leave through one gate we can log', 'egress-gateway'],
    ['show a new search page to half the visitors and the old one to the rest', 'l7-traffic'],
    ['each proxy must stay <15MB RSS', 'low-overhead'],
  ] as const)('"%s" names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });

  it.each([
    ['we copy the database to the new version of postgres', 'l7-traffic'],
    ['only admins can read the wiki', 'fine-grained-authz'],
    ["some more memory per pod genuinely doesn't matter to us", 'low-overhead'],
    ["we don't need the regions to act as one system", 'multi-cluster'],
    ['error rates went up after the deploy, and the encrypted backups failed', 'fast-mtls-metrics'],
    ['we are a team of 3 but an extra container per pod is fine', 'sidecarless'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });
});

describe('session 24 wordings', () => {
  it.each([
    ['the claims-service may only GET on /policies and everything else must be denied', 'fine-grained-authz'],
    ['only crew-app workload can call crew-roster, others denied by path', 'fine-grained-authz'],
    ['only the partner-portal may DELETE on /documents', 'fine-grained-authz'],
    ['we are halfway through ripping out istio for linkerd', 'mid-migration'],
    ['a lighter footprint would be nice', 'low-overhead'],
    ['easy ops would be nice too', 'simple-operations'],
  ] as const)('"%s" names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });

  it.each([
    // Ruled out after the name.
    ['fancy per-URL access rules are not on our list', 'fine-grained-authz'],
    ['staged releases run on argo rollouts, so that part is covered', 'l7-traffic'],
    ['canaries r already done by argo rollouts', 'l7-traffic'],
    ['we never used the gradual traffic-shifting features', 'l7-traffic'],
    ["there's no requirement to force outbound calls through a gateway", 'egress-gateway'],
    // Put off or waved away.
    ['splitting traffic between versions might matter later, not now', 'l7-traffic'],
    ['a lighter footprint would be nice but we can live without it', 'low-overhead'],
    ["simplicity would be nice but it's not a must, we'll hire if needed", 'simple-operations'],
    ['per-path access rules would be a bonus at most', 'fine-grained-authz'],
    ['one exit point for outbound traffic would be nice-to-have, not required', 'egress-gateway'],
    ['low latency would be great but we have headroom so not really a concern', 'low-overhead'],
    ['- cross-cluster? maybe in 2027, not now', 'multi-cluster'],
    ['4. weighted rollouts - nice to have, not required', 'l7-traffic'],
    // Not what the words seem to say.
    ['the mesh can only get a few hours a month', 'fine-grained-authz'],
    ['moving off per pod proxies is required by the platform team', 'mid-migration'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it('a move under way is not put off by "not yet" for its remaining half', () => {
    expect(
      factorsOf('we started the switch from istio to linkerd, half the namespaces moved, half not yet'),
    ).toContain('mid-migration');
  });
});

describe('session 25 wordings', () => {
  it.each([
    // Raised by someone, then turned down.
    ['multi-region came up at the offsite but nobody wants to pay for it', 'multi-cluster'],
    ['someone mentioned an egress gateway, but our NAT already does that', 'egress-gateway'],
    ['the CTO brought up wasm filters; we will not go there', 'proxy-extensions'],
    ['someone asked for an egress gateway, but the firewall covers it, so skip that part', 'egress-gateway'],
    // Ruled out after the name, with a word between or in other terms.
    ['per-pod memory is not really a worry, the nodes are huge', 'low-overhead'],
    ['proxy overhead per pod is not a worry for us', 'low-overhead'],
    ["added p99 latency isn't critical for this batch workload", 'low-overhead'],
    ['multi-cluster is out of scope, one cluster for now', 'multi-cluster'],
    ['traffic splitting stays in our api gateway', 'l7-traffic'],
    ['canary releases would be cool, but flagger handles those already', 'l7-traffic'],
    ['canaries: our CD tool already does that', 'l7-traffic'],
    ['header routing would be nice but is not must', 'l7-traffic'],
    ['encryption and metrics come from our ebpf agent, so that is not a factor', 'fast-mtls-metrics'],
    ['a light sidecar would be great but the nodes have plenty of headroom, so whatever', 'low-overhead'],
    ['multi-region: not for 2026', 'multi-cluster'],
    ['wasm plugins. no.', 'proxy-extensions'],
    ['the wasm filters we had were nice but we can drop them', 'proxy-extensions'],
    // Sections that rule out what follows.
    ['non-goals: wasm filters, egress lockdown. we need mtls on day one', 'proxy-extensions'],
    ['non-goals: wasm filters, egress lockdown. we need mtls on day one', 'egress-gateway'],
    ['must have: tiny proxies. not needed - canaries, traffic shifting', 'l7-traffic'],
    // A move talked about, and a capability asked about.
    ['we keep talking about moving to linkerd, nothing started yet', 'mid-migration'],
    ['does linkerd do traffic mirroring? just curious', 'l7-traffic'],
    ['can istio inject faults? asking for a friend', 'l7-traffic'],
    ['does istio do traffic mirroring? just curious, not something we need', 'l7-traffic'],
    // Second round of session 25.
    ['which way would you lean, istio or linkerd?', 'low-overhead'],
    ['people keep bringing up multi-cluster but we have one cluster and no plans for more', 'multi-cluster'],
    ["someone suggested we'd also want canary releases, but honestly that's not needed now", 'l7-traffic'],
    ['simple would be nice but honestly we can live without it', 'simple-operations'],
    ["we're not doing canaries anytime soon", 'l7-traffic'],
    [
      'mtls and dashboards would be nice too but we already get that from cert-manager and our APM',
      'fast-mtls-metrics',
    ],
    ["we also want jwt-based authz but that'll be done in the app, not the mesh", 'fine-grained-authz'],
    ['sidecar-free would be nice but we can live with sidecars if they are small', 'sidecarless'],
    ['wasm plugins and the like are explicitly out of scope', 'proxy-extensions'],
    // Third round of session 25.
    ['our nodes are tiny. (does linkerd do traffic mirroring btw? just curious)', 'l7-traffic'],
    ['p99 budget is tight. side question, does linkerd do traffic mirroring? just curious', 'l7-traffic'],
    ["canaries we already do at the ingress layer, so that's off the table for the mesh", 'l7-traffic'],
    ['multi-cluster will come up later but not this year', 'multi-cluster'],
    ['jwt validation already happens in our api gateway', 'fine-grained-authz'],
    ["per-path authz rules might be nice eventually but that's a later problem", 'fine-grained-authz'],
    ["we'd love header routing too but honestly we already do that in the app", 'l7-traffic'],
    [
      "mTLS and golden metrics out of the box? we don't need the mesh for that, our service lib covers it",
      'fast-mtls-metrics',
    ],
    [
      'must haves: fault injection. nice to have but we can live without it: simple day-2 ops',
      'simple-operations',
    ],
    ["we're moving to progressive delivery next quarter", 'mid-migration'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it.each([
    [
      'does linkerd do egress gateways? asking because security wants one exit for all outbound calls',
      'egress-gateway',
    ],
    ['can linkerd run wasm? we have to run our own wasm filter in the proxy', 'proxy-extensions'],
    ['nodes are tiny so whatever proxy we add has to be super light', 'low-overhead'],
    ['multi-region came up in planning and we need it by q3', 'multi-cluster'],
    ['must have: tiny proxies. not needed - canaries, traffic shifting', 'low-overhead'],
    ['requirements: multi-cluster: not needed - mtls with zero setup', 'fast-mtls-metrics'],
    // A burden is not waved away by the next sentence's "fine", nor a need by another's ruling-out.
    ["the mesh hop can't add more than 0.5ms. sidecars are fine. istio or linkerd?", 'low-overhead'],
    [
      "we are three people and can't afford a steep learning curve, and multi-cluster isn't on the table",
      'simple-operations',
    ],
    ['about 30% of our services are already on linkerd, the rest still on istio sidecars', 'mid-migration'],
    ['do we finish the move to linkerd or go back to istio?', 'mid-migration'],
    ['the analytics namespace must be blocked from calling the export api', 'fine-grained-authz'],
    [
      'every request to the HR API must be checked against the department claim in the JWT',
      'fine-grained-authz',
    ],
    ['today we hand-patch the proxy config to do per-tenant rate limits', 'proxy-extensions'],
    ['memory per pod is the whole game for us', 'low-overhead'],
    ['we need beta users with the x-beta header to go to v2', 'l7-traffic'],
    ['must haves: fault injection. nice to have but we can live without it: simple day-2 ops', 'l7-traffic'],
  ] as const)('"%s" still names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });
});

describe('session 26 wordings', () => {
  it.each([
    // A numbered item inside a sentence is still governed by the words before it.
    ["we don't need 1) canaries or 2) mirroring, team of 2. istio or linkerd?", 'l7-traffic'],
    // Sections of a requirements doc, with newlines gone: MoSCoW headers, tables, bullets.
    ["must 1. mtls on day one should 2. simple won't (for now) 3. multi-cluster - phase 2", 'multi-cluster'],
    [
      'hard requirements • one mesh for us • a team of 3 can run it not needed • wasm / lua • egress gateway',
      'egress-gateway',
    ],
    ["| must | mtls on day one | | won't | wasm plugins | | won't | egress gateway |", 'proxy-extensions'],
    ['*non-goals (q3)* - multi-cluster - canary routing', 'l7-traffic'],
    // Put off, vetoed or handled elsewhere.
    ['wasm plugins are a phase 2 thing', 'proxy-extensions'],
    ['multi-cluster, revisit 2027', 'multi-cluster'],
    ['multi-cluster was on the list but got pushed to 2027', 'multi-cluster'],
    ['multi-cluster and egress gateway are both next-year problems', 'egress-gateway'],
    ['someone wants wasm plugins too, which I am vetoing', 'proxy-extensions'],
    ["canaries: argo rollouts handles those, the mesh doesn't have to", 'l7-traffic'],
    ["my manager wants header routing but honestly we don't use it", 'l7-traffic'],
    ["multi-cluster isn't a thing for us", 'multi-cluster'],
    ["nobody's asking for multi-cluster", 'multi-cluster'],
    ['3 engineers and nothing multi-cluster', 'multi-cluster'],
    ['argo rollouts handles canaries and opa at the gateway handles authz', 'fine-grained-authz'],
    ["4 clusters, but they don't talk to each other and never will", 'multi-cluster'],
    // Raised by someone else, then settled by the asker.
    [
      "my architect keeps pushing ambient mode and fault injection but we don't care about either",
      'sidecarless',
    ],
    ["> we'll need ambient mode eventually\nyeah no, we're fine with sidecars. team of 3", 'sidecarless'],
    ['> we need multi-cluster\nwe have one cluster and no plans for a second, so no', 'multi-cluster'],
    // Second round of session 26.
    ['egress gateway later once compliance asks', 'egress-gateway'],
    ['wasm maybe next yr', 'proxy-extensions'],
    ['one cluster per env and we keep it that way, so multi-cluster is out', 'multi-cluster'],
    ['canaries go through argo rollouts, authz stays in the app', 'l7-traffic'],
    ['traffic splitting: no, we do blue/green at the lb', 'l7-traffic'],
    ['authz: handled by the api gateway', 'fine-grained-authz'],
    ['canaries / mirroring: argo rollouts handles it', 'l7-traffic'],
    ['sidecarless: nah, sidecars fine', 'sidecarless'],
    ['overhead: not a concern, nodes are at 30% memory', 'low-overhead'],
    ["our CTO wants multi-cluster 'someday', but we don't care about either right now", 'multi-cluster'],
    ['multi-cluster: out of scope - traffic splitting: handled by argo rollouts', 'multi-cluster'],
    // Third round of session 26.
    [
      "as i said, canaries are done by argo rollouts, the mesh doesn't have to do any traffic splitting",
      'l7-traffic',
    ],
    ['scratch the mirroring part from my earlier msg, QA dropped it. we need mtls', 'l7-traffic'],
    ['multi-cluster also dropped, we are staying single-cluster', 'multi-cluster'],
    ['mirroring was one of the reasons but we have since dropped that', 'l7-traffic'],
    [
      "my manager keeps bringing up ambient mode but we don't care about sidecar vs no sidecar",
      'sidecarless',
    ],
    ['wasm: nope was würdet ihr empfehlen', 'proxy-extensions'],
    ['fault injection? are not needed. team of 3', 'l7-traffic'],
    [
      "everything else (traffic splitting, mirroring, fault injection) we either don't need or do in the app",
      'l7-traffic',
    ],
    [
      'traffic splitting, egress gateways, multi-cluster - none of that is needed. team of 3',
      'egress-gateway',
    ],
    ['stuff nobody needs: wasm, egress gateways, ambient. which one?', 'sidecarless'],
    ['metrics and mtls we already get from our current setup, that is not the point', 'fast-mtls-metrics'],
    ['multi-cluster: não qual mesh vocês indicariam', 'multi-cluster'],
    // Round 12 of session 26.
    ["billing is still migrating to the new postgres operator, that's tracked separately", 'mid-migration'],
    ['multi-cluster is out for this year, we have one prod cluster', 'multi-cluster'],
    ["fault injection came up in planning and we agreed it's not needed", 'l7-traffic'],
    ['my lead asked about wasm plugins, we said no.', 'proxy-extensions'],
    ['product asked for mesh canaries, we said no - we do blue/green at the lb', 'l7-traffic'],
    ["what we need: allow/deny by identity. what we don't: • canaries • egress gateway", 'egress-gateway'],
    ['• multi-cluster - no istio or linkerd?', 'multi-cluster'],
    ['authz is done at our api gateway already', 'fine-grained-authz'],
    ["we need mtls asap, team of 3. fault injection etc. isn't needed", 'l7-traffic'],
    ['traffic splitting, mirroring, fault injection: none of it is needed. which mesh?', 'l7-traffic'],
    ['we would trade every l7 feature for a smaller footprint', 'l7-traffic'],
    ['i was going to add egress gateway too but we decided egress stays on the firewall', 'egress-gateway'],
    [
      'we also said we need an egress gateway earlier but that was never actually required, ignore it',
      'egress-gateway',
    ],
    ['need traffic mirroring for a db migration next month', 'mid-migration'],
    ["my coworker wants wasm plugins but i told him that's not happening", 'proxy-extensions'],
    ['- sidecarless: indifferent - multi-cluster: no', 'sidecarless'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it.each([
    ['we need 1) canaries 2) low latency. istio or linkerd?', 'l7-traffic'],
    ['we need 1) canaries 2) low latency. istio or linkerd?', 'low-overhead'],
    ['requirements:\n1) mirroring\n2) a team of 2 can run it', 'l7-traffic'],
    [
      "must 1. mtls on day one should 2. simple won't (for now) 3. multi-cluster - phase 2",
      'fast-mtls-metrics',
    ],
    ['hard requirements • one mesh across two clusters • tiny proxies not needed • wasm', 'multi-cluster'],
    ["| must | mtls on day one | | won't | wasm plugins | | won't | egress gateway |", 'fast-mtls-metrics'],
    [
      'one exit point for outbound traffic would be nice, not required • we need tiny proxies',
      'low-overhead',
    ],
    ["we're fine with sidecars, but the mesh hop can't add more than 0.5ms", 'low-overhead'],
    ['we have one cluster today and a second one next month, and they must call each other', 'multi-cluster'],
    ['we run 100 pods/node and memory per pod is a top concern', 'low-overhead'],
    ['1,100 pods on nodes that are at 88%', 'low-overhead'],
    ["we're memory-constrained, ~1,200 pods on 15 nodes", 'low-overhead'],
    [
      'ambient / node-level proxies not required - all egress through a dedicated egress gateway',
      'egress-gateway',
    ],
    ['we care most about footprint (tight nodes, lots of small pods)', 'low-overhead'],
    ['our own plugin in the data plane (we already have a C++ module)', 'proxy-extensions'],
    [
      "we need path + method level authz between services. canaries are handled by argo rollouts, we don't need the mesh for that.",
      'fine-grained-authz',
    ],
    ['auditors flagged plaintext between svcs, fastest path to mtls?', 'fast-mtls-metrics'],
    ['raspberry pis with 4GB each, memory is super tight', 'low-overhead'],
    [
      "what we need: allow/deny by identity. what we don't: • canaries • egress gateway",
      'fine-grained-authz',
    ],
    [
      'a custom EnvoyFilter patch that adds a header-based rate-limit key, so our own filters in the proxy are a must',
      'proxy-extensions',
    ],
  ] as const)('"%s" still names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });
});

describe('session 28 wordings', () => {
  it.each([
    ["authz isn't the mesh's job, our gateway already enforces it", 'fine-grained-authz'],
    ['*authz:* app-level, entitlements service', 'fine-grained-authz'],
    ['authz we do in the app. which mesh?', 'fine-grained-authz'],
    ['egress gateway - probably later, not this year.', 'egress-gateway'],
    ["we'd rather have mtls on by default than write per-service policy", 'fine-grained-authz'],
    ["5. WON'T multi-cluster (single region)", 'multi-cluster'],
    ["egress gateway: won't, the NAT gateway covers it", 'egress-gateway'],
    ["| multi-cluster | won't |", 'multi-cluster'],
    ['multi-cluster: parked till the 2nd region', 'multi-cluster'],
    ['egress gw too? nope, the firewall team owns egress', 'egress-gateway'],
    ['rollouts are done at the lb with blue/green', 'l7-traffic'],
    ['no time to write policies for that part, team of 8', 'simple-operations'],
    ['we finished moving from istio to linkerd in march, istio is fully uninstalled', 'mid-migration'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it.each([
    [
      'the security review asks for two things: encryption between services and egress logs',
      'fast-mtls-metrics',
    ],
    ["an intern's debug pod was able to hit the payroll service", 'fine-grained-authz'],
    ["the reports svc shouldn't be able to read from users", 'fine-grained-authz'],
    ['only the billing svc may talk to the ledger', 'fine-grained-authz'],
    ["last week's release went to everyone at once and broke login", 'l7-traffic'],
    ['if eu-west dies, us-east should just take over', 'multi-cluster'],
    ['orders in us-east needs to call stock in us-west', 'multi-cluster'],
    ["we're halfway through moving from linkerd to istio", 'mid-migration'],
    ['no time for anything complicated, 2 of us run it all', 'simple-operations'],
  ] as const)('"%s" still names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });
});

describe('session 28 wordings, second round', () => {
  it.each([
    ['we want a simple dashboard of which services fail', 'simple-operations'],
    ['we need 3 things: authz, mirroring and low latency. actually scratch the mirroring', 'l7-traffic'],
    ['someone suggested ambient to avoid sidecars but we talked it through and said no', 'sidecarless'],
    ['sidecars are fine. team of 3, which mesh?', 'sidecarless'],
    ['canaries handled by argo rollouts, not the mesh', 'l7-traffic'],
    ['they asked if it can do fault injection but that was just curiosity', 'l7-traffic'],
    ['we need header routing - nvm, the ingress does that', 'l7-traffic'],
    ['the lightest mesh possible... wait no, that was last quarter', 'low-overhead'],
    ['we doubled the node pool last month', 'low-overhead'],
    ['not needed by either team: multi-cluster (postponed to next year)', 'multi-cluster'],
    ["multi-cluster keeps coming up but it's realistically 2028", 'multi-cluster'],
    ['no time to author policy, we need mtls now', 'simple-operations'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it.each([
    ['the reader wants zero sidecars', 'sidecarless'],
    ['our nodes are close to full on memory', 'low-overhead'],
    ['calls between our gke and eks clusters', 'multi-cluster'],
    ["i'm the only developer here", 'simple-operations'],
    ['i have maybe an hour a week for infra', 'simple-operations'],
    ['canaries done by the mesh itself, please', 'l7-traffic'],
  ] as const)('"%s" still names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });
});

describe('session 28 wordings, third round', () => {
  it.each([
    ['wasm plugins were proposed by one team, leadership said no', 'proxy-extensions'],
    ['my manager ask me to also look at fault injection, but we discussed and we said no', 'l7-traffic'],
    ['egress lives in kong, so not a factor', 'egress-gateway'],
    ["canaries are argo rollouts' job", 'l7-traffic'],
    ['canary releases we do with argo rollouts', 'l7-traffic'],
    ['> multi-cluster?\n• @paul: no, vetoed', 'multi-cluster'],
    ['traffic moving to the other side when one cluster dies', 'mid-migration'],
    [
      'in 2023 we started moving from istio to linkerd, then rolled all of them back to istio. nothing half-done',
      'mid-migration',
    ],
    ["we migrated from istio to linkerd in 2022 (finished, istio's long gone)", 'mid-migration'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it.each([
    ['our nodes have basically zero headroom', 'low-overhead'],
    ['the memory on the nodes is already critical', 'low-overhead'],
    ['mgmt wants the mesh to span our on-prem cluster and the aks one', 'multi-cluster'],
    ['i am alone to manage our edge clusters', 'simple-operations'],
    ['we are halfway through moving from istio to linkerd', 'mid-migration'],
  ] as const)('"%s" still names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });
});

describe('session 28 wordings, fourth round', () => {
  it.each([
    ['no: egress gateway, our nat flow logs satisfy the auditors', 'egress-gateway'],
    ['multi-cluster: put off until after the 2026 assessment', 'multi-cluster'],
    ["multi-cluster also came up, that's next budget cycle at the earliest", 'multi-cluster'],
    ['authz we do in the app with opa so leave that out', 'fine-grained-authz'],
    ["fault injection we already do with chaos mesh, so that's covered", 'l7-traffic'],
    ["we're staying on sidecars", 'sidecarless'],
    ["pick istio now so we don't have to migrate later", 'mid-migration'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it.each([
    ['only ledger-api can hit delete on /accounts, the rest gets a 403', 'fine-grained-authz'],
    ["we can't give each pod another 50-100mb", 'low-overhead'],
    ['gold and silver tiers need routing by subscriber tier header', 'l7-traffic'],
    ['we moved 3 clusters from istio to linkerd last quarter and are doing the other 3 now', 'mid-migration'],
    ['our own plugin in the data plane (we already have a c++ module)', 'proxy-extensions'],
  ] as const)('"%s" still names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });
});

describe('needs said in session 29 wordings', () => {
  it.each([
    ['we never want sidecars in app pods again, node-level proxies only', 'sidecarless'],
    ['solo, k3s on 3 raspberry pis with 2GB ram each, memory is nearly gone', 'low-overhead'],
    ["all calls to the carriers' APIs going out through a single gateway we can log", 'egress-gateway'],
  ] as const)('"%s" names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });
});

describe('session 30 wordings', () => {
  it.each([
    ['memory usage sits around 90% on most nodes', 'low-overhead'],
    ['ram is always high on the worker pool', 'low-overhead'],
    ['cpu is already the bottleneck on our edge nodes', 'low-overhead'],
    ['the half-rollout paged everyone because we had no traffic splitting', 'l7-traffic'],
  ] as const)('"%s" names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });

  it.each([
    ['memory usage dropped to 75% after the cleanup', 'low-overhead'],
    ['the multi-cluster requirement is gone, the second region was cancelled', 'multi-cluster'],
    ['whoever wanted envoyfilter patches left, that requirement is gone', 'proxy-extensions'],
    ['the jwt authz piece moves to our api gateway, not the mesh', 'fine-grained-authz'],
    ['canaries: parked until the next planning cycle', 'l7-traffic'],
    [
      'we talked about an egress gateway, but the firewall does that so the mesh does not need to do it',
      'egress-gateway',
    ],
    ['traffic mirroring: cut, replay tests cover it', 'l7-traffic'],
    ['not requirements: - multi-cluster (one region) - wasm plugins', 'multi-cluster'],
    ['dropped - wasm filter later - multi-cluster', 'proxy-extensions'],
    ['dropped - wasm filter later - multi-cluster', 'multi-cluster'],
    ['removed since the first draft: canary releases and the lua filter', 'l7-traffic'],
    [
      'you suggested istio for the header routing and mirroring. both are gone now: product dropped them',
      'l7-traffic',
    ],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });

  it.each([
    ['dropped - wasm filter. added - mtls between every service', 'fast-mtls-metrics'],
    [
      'both are gone now: wasm, mirroring. what is left: - 2 of us run it - mtls by default',
      'fast-mtls-metrics',
    ],
    [
      'a lot got cut: - mirroring: cut - per-path authz: kept, only billing may call refunds',
      'fine-grained-authz',
    ],
  ] as const)('"%s" still names %s', (raw, id) => {
    expect(factorsOf(raw)).toContain(id);
  });
});

describe('session 30 wordings, second round: threads and lists', () => {
  it.each([
    [
      "> @ana: we need an egress gateway for the auditors\n> @bo: no we don't, that contract ended",
      'egress-gateway',
    ],
    ['> @ana: and fault injection?\n> @bo: those stay in our chaos tooling', 'l7-traffic'],
    ['authz we will keep in the apps, they already check tokens', 'fine-grained-authz'],
    ["what we don't need from the mesh:\n- canaries\n- egress", 'l7-traffic'],
    ['- authz: stays in app code, not in the mesh', 'fine-grained-authz'],
    ['the architect wanted lua filters and we told him no', 'proxy-extensions'],
    ["my lead keeps bringing up wasm plugins, we've said no to that", 'proxy-extensions'],
    ["i wondered about multi-cluster but we run one cluster and won't need it", 'multi-cluster'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(linesAsSentences(raw))).not.toContain(id);
  });

  it.each([
    ['app teams were promised nothing will be added into their pods', 'sidecarless'],
    ['whatever we pick has to live outside the pods', 'sidecarless'],
    ['cpu usage hovers near 85% all day', 'low-overhead'],
  ] as const)('"%s" names %s', (raw, id) => {
    expect(factorsOf(linesAsSentences(raw))).toContain(id);
  });
});

describe('session 30 wordings, third round', () => {
  it.each([
    ["need: per-path authz / priority: won't need", 'fine-grained-authz'],
    ['egress: we could do without a mesh egress gateway, the firewall does it', 'egress-gateway'],
    ['cross cluster is handled by cilium so the service mesh doesnt need to do that part', 'multi-cluster'],
    ['no appetite for writing authz policies right now', 'fine-grained-authz'],
    ['the init container ordering keeps breaking their migration jobs', 'mid-migration'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(raw)).not.toContain(id);
  });
});

describe('session 31 wordings', () => {
  it.each([
    ['we are migrating from circleci to buildkite this quarter, which mesh?', 'mid-migration'],
    ['the kafka migration is owned by another team', 'mid-migration'],
    ['please do not tell me to "just migrate", it took us a year last time', 'mid-migration'],
    ['we finished our move from linkerd to istio in march', 'mid-migration'],
    ['we run linkerd today. is header routing reason enough to move to istio?', 'mid-migration'],
    ['there is a thread about moving to linkerd because it looks simpler', 'mid-migration'],
    ['P2 - multi-cluster - cut from scope', 'multi-cluster'],
    ['P2 - canary rollouts, will drop', 'l7-traffic'],
    ['no sidecars: 3, we would drop it', 'sidecarless'],
    [
      'our architect floated a wasm filter for tenant ids. we discussed it and decided against it.',
      'proxy-extensions',
    ],
    ['1. a lua filter for old headers... actually scratch that, the app does it now', 'proxy-extensions'],
    ['not wanted: egress gateway (the firewall team has it), lua extensions', 'proxy-extensions'],
    ["egress gateway is a 'maybe 2027' item", 'egress-gateway'],
  ] as const)('"%s" does not name %s', (raw, id) => {
    expect(factorsOf(normalizeText(linesAsSentences(raw)))).not.toContain(id);
  });

  it.each([
    ['we are half way through migrating from linkerd to istio, finish or roll back?', 'mid-migration'],
    ['we started moving to istio last month, should we keep going?', 'mid-migration'],
    ['for game days we want 5% of requests to return a 503', 'l7-traffic'],
    ['we want to add 2s of delay to the cart service in staging', 'l7-traffic'],
    ['whatever we run has to be cheap per pod, we have 4,000 of them', 'low-overhead'],
  ] as const)('"%s" names %s', (raw, id) => {
    expect(factorsOf(normalizeText(linesAsSentences(raw)))).toContain(id);
  });
});

describe('session 31: needs pasted as structured text, and answers in a Q&A', () => {
  it.each([
    [
      '```yaml\nreqs:\n  multi_cluster: false\n  canary_rollouts: true\n```\nistio or linkerd?',
      ['l7-traffic'],
    ],
    ['{"team_size": 3, "egress_gateway": "required", "wasm": null}', ['egress-gateway', 'simple-operations']],
    [
      '```\nneed                | answer\nheader routing      | no\nper-pod overhead    | YES, 3,000 pods\n```',
      ['low-overhead'],
    ],
    ['# reqs\n#  - ext authz: no\n#  - lua filter: YES', ['proxy-extensions']],
    [
      'cluster setup:\n  clusters: 3   # one mesh across them, failover\n  mtls_day_one: true',
      ['fast-mtls-metrics', 'multi-cluster'],
    ],
    ['checklist:\nrouting - no\nauthz - no\nmemory - yes, nodes at 90%', ['low-overhead']],
    ['canaries? no. sidecars? no way. mtls? yes', ['sidecarless']],
    ["who runs it? → 'you + me'", ['simple-operations']],
  ] as const)('%j reads as %j', (raw, ids) => {
    expect([...read(raw)].sort()).toEqual([...ids].sort());
  });
});

describe('session 31: asks collected from teams, and needs taken back', () => {
  it.each([
    [
      '- data → egress gateway — *not ours*, the network team owns NAT\n- SRE → 85% cpu on nodes — *committing*',
      'egress-gateway',
    ],
    [
      '4. mobile: wasm plugin for signing → rejected, they do it in the app\n5. security: mTLS day one',
      'proxy-extensions',
    ],
    [
      '- payments: per-path authz for /payouts - security said that lives in the svc code, so not a mesh thing',
      'fine-grained-authz',
    ],
    [
      "- mobile: multi-cluster for the EU launch - that's the infra team's call, out of scope for us",
      'multi-cluster',
    ],
    ['what I have said no to: wasm plugins (mobile), multi-cluster (data)', 'proxy-extensions'],
    ['authz we do in-app. p99 budget 40ms, which mesh?', 'fine-grained-authz'],
    ['honestly no idea if we need authz, security has not said. istio or linkerd?', 'fine-grained-authz'],
    ['authz? no idea if we need it, we will see. istio or linkerd?', 'fine-grained-authz'],
    ['*multi-cluster*: CTO mentioned it, we said not before 2027', 'multi-cluster'],
    ["> we will need multi-cluster soon\nwe won't, we are consolidating to one cluster", 'multi-cluster'],
    ['we would like to drop sidecars eventually -- actually no, ambient is off the table', 'sidecarless'],
    ['Nomad + Consul today, moving to 2 GKE clusters over Q3. one mesh across both', 'mid-migration'],
  ] as const)('%j does not name %s', (raw, id) => {
    expect(read(raw)).not.toContain(id);
  });
  it.each([
    ['stuck halfway between istio and linkerd, which one do we land on?', 'mid-migration'],
    ['i think we want to drop sidecars entirely? ...yeah no, we do. which mesh?', 'sidecarless'],
  ] as const)('%j names %s', (raw, id) => {
    expect(read(raw)).toContain(id);
  });
});

describe('session 37: a team that never ran a mesh', () => {
  it.each([
    'our team of two is picking one, never used a mesh before',
    'we never ran a service mesh',
    'a team that has never operated envoy',
  ])('%j states simple-operations', (q) => {
    expect(factorsOf(q)).toContain('simple-operations');
  });

  it('a need said never to be used is still ruled out', () => {
    expect(factorsOf('we never use canaries')).not.toContain('l7-traffic');
    expect(factorsOf('we never used wasm plugins and never will')).not.toContain('proxy-extensions');
  });
});

describe('session 37: a ruling-out whose subject is another topic', () => {
  it.each([
    ['delay/abort injection for game days, mtls not a concern', 'l7-traffic'],
    ['canaries; cost is not a concern', 'l7-traffic'],
  ] as const)('%j keeps %s', (q, id) => {
    expect(factorsOf(q)).toContain(id);
  });

  it('the need itself said to be no concern is still ruled out', () => {
    expect(factorsOf('canary releases, honestly not a concern')).not.toContain('l7-traffic');
    expect(factorsOf('multi-cluster, not a concern')).not.toContain('multi-cluster');
  });
});

describe('session 38: a need said as the ask inside a yes/no question on a mesh', () => {
  it.each([
    'is linkerd the right call over istio if our only real ask is mtls on day 1 and a grafana w/ success rates?',
    'is istio overkill if our main priority is mtls on day one and golden metrics?',
  ])('%j states fast-mtls-metrics', (q) => {
    expect(factorsOf(q)).toContain('fast-mtls-metrics');
  });

  it('a capability only asked about is still no need', () => {
    expect(factorsOf('does linkerd do mtls on day 1 with success rates in grafana?')).not.toContain(
      'fast-mtls-metrics',
    );
  });
});

describe('session 38: a number closing parentheses is a value, not a list marker', () => {
  it('"(header `x-beta: 1`) to v2" still routes by header', () => {
    expect(factorsOf('send beta testers (header `x-beta: 1`) to v2 and everyone else to v1')).toContain(
      'l7-traffic',
    );
  });

  it('a numbered list still splits its items', () => {
    expect(factorsOf("needs: 1) canaries 2) we don't need multi-cluster")).toEqual(['l7-traffic']);
  });
});
