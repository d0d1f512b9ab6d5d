import { stemmer } from 'stemmer';
import { oneEditApart } from './speller.js';

/** Porter stem, with a few domain words kept whole so they do not collide with others. */
const KEEP_WHOLE = new Set([
  'istio',
  'linkerd',
  'ambient',
  'mtls',
  'envoy',
  'ztunnel',
  'cilium',
  'consul',
  'kuma',
]);

export function stem(token: string): string {
  return KEEP_WHOLE.has(token) ? token : stemmer(token);
}

/**
 * Phrase-level synonyms, applied to normalised text before tokenising, so the index and the
 * queries speak one vocabulary. Order matters: longer phrases first.
 */
const SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bmutual[\s-]*tls\b|\bm-tls\b|\bmtl\b/g, 'mtls'],
  [
    /\bmulti[\s-]*clusters?\b|\bmultiple clusters\b|\bcross[\s-]*clusters?\b|\bacross clusters\b|\bmany clusters\b/g,
    'multicluster',
  ],
  [/\bmulti[\s-]*network\b/g, 'multinetwork'],
  [/\bmulti[\s-]*mesh\b/g, 'multimesh'],
  [/\bmulti[\s-]*tenan(?:t|cy)\b/g, 'multitenant'],
  [
    /\bside[\s-]*car[\s-]*less\b|\bwithout (?:a |the )?side[\s-]*cars?\b|\bno side[\s-]*cars?\b|\bside[\s-]*car[\s-]*free\b/g,
    'sidecarless ambient',
  ],
  [/\bside[\s-]*cars?\b/g, 'sidecar'],
  [/\bk8s\b|\bkube\b/g, 'kubernetes'],
  [/\bauthz\b|\bauthorisation\b|\baccess control\b|\brbac\b/g, 'authorization'],
  [/\bauthn\b/g, 'authentication'],
  [/\blayer[\s-]*7\b/g, 'l7'],
  [/\blayer[\s-]*4\b/g, 'l4'],
  [/\bhttp\/?2\b/g, 'http2'],
  [/\bhttp\/?1(?:\.[01x])?\b/g, 'http1'],
  [/\bo11y\b/g, 'observability'],
  [/\bhead[\s-]*to[\s-]*head\b|\bside[\s-]*by[\s-]*side\b/g, 'headtohead comparison'],
  [/\blinkerd[\s-]*2[\s-]*proxy\b/g, 'linkerd2proxy'],
  [/\bz[\s-]*tunnel\b/g, 'ztunnel'],
  [/\bbuoyant enterprise(?: for linkerd)?\b|\bbel\b/g, 'bel buoyant enterprise'],
  [/\bzero[\s-]*trust\b/g, 'zerotrust'],
  [/\bblue[\s/-]*green\b/g, 'bluegreen'],
  [/\bcanar(?:y|ies)\b/g, 'canary'],
  [/\bgolden[\s-]*(?:signals?|metrics?)\b/g, 'goldenmetrics metrics'],
  [/\bfault[\s-]*injection\b/g, 'faultinjection'],
  [/\btraffic[\s-]*mirror(?:ing)?\b|\bshadow(?:ing)? traffic\b/g, 'mirroring'],
  [/\btraffic[\s-]*split(?:ting|s)?\b/g, 'trafficsplit split traffic'],
  [/\bcircuit[\s-]*break(?:ing|er|ers)?\b/g, 'circuitbreaking'],
  [/\brate[\s-]*limit(?:ing|s)?\b/g, 'ratelimiting'],
  [/\bgateway[\s-]*api\b/g, 'gatewayapi'],
  [/\bservice[\s-]*mesh(?:es)?\b/g, 'servicemesh mesh'],
  [/\bapp[\s-]*mesh\b/g, 'appmesh'],
  [/\bopen[\s-]*service[\s-]*mesh\b|\bosm\b/g, 'openservicemesh'],
  [/\bkong[\s-]*mesh\b/g, 'kongmesh kuma'],
  [/\btraefik[\s-]*mesh\b/g, 'traefikmesh traefik'],
  [/\banthos\b|\btraffic director\b|\bcloud service mesh\b|\bgcsm\b|\basm\b/g, 'googlemesh'],
  [/\bcheap(?:er|est)?\b|\bpric(?:e|es|ing|ey)\b|\bexpensive\b|\bcosts?\b|\bcosting\b|\bspend\b/g, 'cost'],
  [/\bfast(?:er|est)?\b|\bspeed\b|\bslow(?:er|est)?\b|\bperf\b|\bperformant\b/g, 'performance'],
  [/\blight(?:er|est)?[\s-]*weight\b|\blighter\b|\bfootprint\b/g, 'lightweight overhead'],
  [/\bvs\.?\b|\bversus\b|\bcompared? (?:to|with)\b/g, 'vs'],
  [
    /\bset[\s-]*up\b|\bsetup\b|\binstall(?:ing|ation|ed|s)?\b|\bget(?:ting)? started\b|\bonboard(?:ing)?\b/g,
    'install',
  ],
  [/\bupgrad(?:e|es|ing|ed)\b/g, 'upgrade'],
  [/\bup and running\b|\brunning in production\b|\blot of work\b/g, 'install operations'],
  [/\bbesides\b|\bother than\b|\bapart from\b|\baside from\b/g, 'other'],
  [/\bencrypt(?:ed|ion|s|ing)?\b/g, 'encryption'],
  [/\bday[\s-]*2\b|\bday[\s-]*two\b/g, 'day2 operations'],
  [/\bpost[\s-]*quantum\b/g, 'postquantum'],
];

/**
 * British spellings to American ones, so "licence fee" and "license fee" are one term (the stemmer
 * leaves them apart). Word stems, each followed only by the usual endings.
 */
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\blicenc(e|es|ed|ing)\b/g, 'licens$1'],
  [/\b(behavi|fav|col|hon|neighb)our(s|ed|ing|able|ite|ites|hood)?\b/g, '$1or$2'],
  [
    /\b(optim|organ|custom|priorit|util|minim|maxim|standard|author|serial|normal|central|initial|visual|synchron|recogn)is(e|es|ed|ing|ation|ations|er|ers)\b/g,
    '$1iz$2',
  ],
  [/\banalys(e|ed|ing)\b/g, 'analyz$1'],
  [/\b(cent|met|lit)re(s)?\b/g, '$1er$2'],
  [/\bcatalogue(s)?\b/g, 'catalog$1'],
  [/\bdefence\b/g, 'defense'],
];

/**
 * The names the bot is about, and the real words one edit away from them that must stay themselves
 * ("linked", "linker", istiod the control plane, tunnel without its z).
 */
const PRODUCT_NAMES = ['istio', 'linkerd', 'ambient', 'cilium', 'ztunnel'] as const;
const NOT_A_TYPO = new Set(['istiod', 'linked', 'linker', 'linkers', 'ambience']);
const NAME_LIKE = /\b[acilz][a-z]{3,8}\b/g;

/**
 * A product name misspelt by one edit and starting with its first letter ("isito", "linkred",
 * "ciluim") read as the name. Phrasings carry such typos on purpose, which makes them known words
 * that spelling correction leaves alone, yet as typed they lose everything the name's own words
 * and letters say about the question.
 */
export function fixProductNames(text: string): string {
  return text.replace(NAME_LIKE, (w) => {
    if (NOT_A_TYPO.has(w)) return w;
    for (const name of PRODUCT_NAMES) {
      // Cheap checks first: this runs on every training text at start-up.
      if (w[0] !== name[0] || w === name || Math.abs(w.length - name.length) > 1) continue;
      if (oneEditApart(w, name)) return name;
    }
    return w;
  });
}

/**
 * "wich mesh", "whcih one", "wht mesh shoud we use": the question words the pick rules read, which
 * spelling correction never reaches (they are stopwords), and "l5d", Linkerd's short name. Used by
 * the pick rules only, not in training.
 */
export function fixQuestionWords(text: string): string {
  return text
    .replace(/\bl5d\b/g, 'linkerd')
    .replace(/\b(?:wich|whcih|whihc|wihch|whic)\b/g, 'which')
    .replace(/\b(?:wht|waht|whta|wat)\b/g, 'what')
    .replace(/\b(?:shoud|shuold|shold|shoudl|sould|shud)\b/g, 'should');
}

/**
 * Every synonym in one pass: their patterns as the alternatives of one expression, each its own
 * group, so a text is scanned once instead of once per synonym (about 60 scans of every training
 * text at start-up). The leftmost match wins, and of two starting at the same place the one listed
 * first: "cloud service mesh" is read whole, not as "cloud" and "service mesh".
 */
const ANY_SYNONYM = new RegExp(SYNONYMS.map(([re]) => `(${re.source})`).join('|'), 'g');
// Which synonym matched is read from the group's position: a pattern with groups of its own would
// shift every later one.
if ((new RegExp(`${ANY_SYNONYM.source}|`).exec('')?.length ?? 0) - 1 !== SYNONYMS.length) {
  throw new Error('vocabulary: a synonym pattern has a capturing group; use (?:...)');
}

export function applySynonyms(text: string): string {
  let out = fixProductNames(text);
  for (const [pattern, replacement] of SPELLINGS) out = out.replace(pattern, replacement);
  out = out.replace(ANY_SYNONYM, (...groups: unknown[]) => {
    // groups[1..n] are the synonyms' own groups: the one that matched says which synonym it is.
    for (let i = 0; i < SYNONYMS.length; i++) {
      if (groups[i + 1] !== undefined) return ` ${(SYNONYMS[i] as readonly [RegExp, string])[1]} `;
    }
    return groups[0] as string;
  });
  return out.replace(/\s+/g, ' ').trim();
}

/** Words that carry no topic. Question words stay out of the index but feed intent rules. */
export const STOPWORDS = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below between
  both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from
  further had hadn't has hasn't have haven't having he her here hers herself him himself his how i i'd i'll i'm i've
  if in into is isn't it it's its itself let's me more most my myself no nor not of off on once only or ought
  our ours ourselves out over own same she should shouldn't so some such than that that's the their theirs them
  themselves then there there's these they this those through to too under until up very was wasn't we we're we've
  were weren't what what's when where which while who whom why with won't would wouldn't you you're your yours
  yourself yourselves please pls plz hey hi hello thanks thank tell explain know want wanted wants need needs
  needed like just really also us get got gets give gives go going use using used one ones anyone someone something
  anything thing things ok okay yes yeah well much many lot lots way ways kind sort maybe actually basically hmm
  guys folks team our we'd let lets i'd does do done say says said see think thoughts question questions answer
  right good bad better best new current currently today now still yet ever even via per etc vs overall
  intro introduction overview nutshell summary basics eli5 brief terms docs documentation mean meaning define
  definition describe actually exist exists existing kinds kind types situations situation cases case scenarios
  scenario sense quick quickly beat beats exactly briefly thing things win wins prefer someone somebody anybody everyone guys yo hey folks y'all stuff`
    .split(/\s+/)
    .filter(Boolean),
);

/** Terms the knowledge base mentions in passing but that alone never make a question about meshes. */
export const GENERIC_TERMS = new Set(
  `kubernetes cluster clusters pod pods node nodes namespace namespaces container containers deployment deployments
  service services cloud aws azure gcp google amazon microsoft ibm red hat time times day days year years month
  cost free release releases version versions table list compare comparison difference differences option options
  choose choice pick adopt adopting recommend recommendation which fit work works run running
  company companies support supported production prod app apps application applications team small large
  big simple simplest easy easiest hard hardest network networking traffic data plane control feature features
  policy policies rule rules security secure platform engineering engineers developer developers tool tools
  project projects open source helm ingress gateway api apis metric monitoring log logs logging dashboard
  resource resources mode modes default defaults`
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => stem(t)),
);

/** Names of other tools and products: their presence without a mesh term marks a question as off-topic. */
export const FOREIGN_TERMS = new Set(
  `keda hpa vpa helm argo argocd flux fluxcd terraform pulumi ansible jenkins github gitlab docker podman nginx
  haproxy traefikproxy kafka rabbitmq redis postgres postgresql pgbouncer mysql mongodb python java golang rust javascript
  typescript nodejs react angular vue ide vscode intellij vim emacs aws azure gcp eks aks gke openshift
  datadog newrelic splunk grafana prometheus jaeger zipkin elastic elasticsearch kibana loki vault okta jira
  slack zoom excel windows macos linux ubuntu debian kubectl karpenter crossplane backstage spinnaker tekton
  velero rancher k3s minikube kind lambda ec2 s3 heroku vercel netlify cloudflare stripe calico flannel weave antrea
  contour emissary tyk apigee harness kong kyverno gatekeeper digicert honeycomb f5 buildkite circleci harbor
  jfrog artifactory ecr quay launchdarkly unleash flagsmith optimizely envoygateway thanos mimir victoriametrics
  cortex influxdb clickhouse timescaledb apisix nats hashicorp nomad teamcity snyk trivy falco doppler infisical
  pagerduty opsgenie sentry chaosmesh litmuschaos litmus gremlin meshvpn tailscale zerotier netbird
  rke2 talos k0s microk8s cockroachdb cockroach rds aurora dynamodb cassandra scylladb keycloak auth0 zitadel
  authentik kasten cloudcasa portworx longhorn rook ceph minio tempo fluentd fluentbit logstash graylog
  sumologic memcached valkey pulsar kinesis sqs spanner bigquery snowflake sops openvpn wireguard`
    .split(/\s+/)
    .filter(Boolean),
);

const WORD_TOKEN = /[a-z0-9][a-z0-9'.]*[a-z0-9]|[a-z0-9]/g;

/** Splits normalised text into raw word tokens (before stemming). */
export function words(text: string): string[] {
  const found = text.match(WORD_TOKEN);
  if (!found) return [];
  // A possessive's 's off ("linkerd's" is "linkerd"), in place: a replace per word was much of the cost.
  for (let i = 0; i < found.length; i++) {
    const w = found[i] as string;
    if (w.endsWith("'s")) found[i] = w.slice(0, -2);
  }
  return found;
}

/** Content tokens: synonyms applied, stopwords removed, stemmed. Used for the index and for queries. */
export function contentTokens(text: string): string[] {
  return words(applySynonyms(text))
    .filter((w) => !STOPWORDS.has(w) && w.length > 1)
    .map((w) => stem(w.replace(/\.+$/, '')));
}
