/**
 * Finds the decision-table factors a free-text question names ("small team, want mTLS by
 * default, which mesh?"). Patterns run on normalised text, before synonyms, because the
 * synonym map folds words such as "fast" that matter here.
 */

import { LiteralGuard } from './literal-guard.js';
import { recent } from './memo.js';
import { allMatches, hasMatch } from './regex.js';

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
    /\b(?:roll\w*|releas\w*|deploy\w*|shift\w*|canar\w*|traffic)\b[^.?!]{0,25}?\b\d{1,2} ?%,? (?:then|->|→|>|to|and then) \d{1,3} ?%|\b(?:send|route|shift|expose|give|reach|releas\w*|roll\w* out|go)\w*\b[^.?!]{0,30}?\b\d{1,2} ?% of\b[^.?!]{0,50}?\b(?:then|first)\b[^.?!]{0,15}?\b(?:ramp\w*|grow\w*|increas\w*|widen\w*|everyone|more|the rest|100 ?%)|\b\d+ ?% of (?:the |all |our )?(?:calls|requests|traffic)\b[^.?!]{0,40}?\b(?:return|fail|error|get)\w*\s+(?:a\s+|an\s+)?(?:5\d\d|4\d\d|errors?)\b|\badd(?:ing)?\s+\d+(?:\.\d+)?\s*(?:ms|s|secs?|seconds?)\s+(?:of\s+)?(?:delays?|latency)\b|\b(?:wants?|needs?|would like|plan(?:s|ning)?) to (?:do |run )?chaos (?:testing|tests|experiments?|engineering|days?)\b[^.?!]{0,20}\b(?:through|with|via|in|using) the mesh\b|\brout\w* by (?:[\w-]+ ){0,3}headers?\b|\bl7 (?:routing|traffic)|\blayer[\s-]?7\b|\badvanced (?:routing|traffic)|\btraffic (?:management|mirroring|shaping|control)|\bmirror\w*|\bfault[\s-]?injection|\bheader[\s-]based(?! on\b| rate[\s-]?limit| auth)|\bcanar(?:y|ies)\b|\bblue[\s/-]?green\b|\bprogressive (?:delivery|rollouts?)\b|\bsophisticated routing\b|\bcomplex routing\b|\bshadow\w*|\broute (?:on|by) (?:request )?headers?\b|\bheader[\s-]?(?:routing|match\w*)\b|\b(?:staged|gradual|phased|incremental|percentage|percent(?:age)?[\s-]based) (?:rollouts?|releases?|deploy\w*|traffic|splits?|routing)\b|(?<!\b(?:roughly|about|around|approximately|maybe|nearly) (?:a )?)\b\d+\s*\/\s*\d+ (?:\w+ )?splits?\b|\btee\w*\b[^.?!]{0,30}\b(?:requests|traffic|calls)\b|\bdark[\s-]?launch\w*|\b(?:cookie|header|user|query)[\s-](?:param\w*[\s-])?(?:based )?rout\w*|\bper[\s-](?:cookie|header|user) rout\w*|\bred[\s/-]black\b|\bduplicat\w*\b[^.?!]{0,30}\btraffic\b|\bmatch\w* on (?:request |http )?headers?\b|\ba\/b\b|\bby header\b|\btraffic[\s-]split\w*|\bsplit\w* (?:the )?traffic\b|\bby weight\b|\binject\w* (?:\d{3}s?|http \d{3}s?|errors?|faults?|delays?|latency|aborts?|failures?)\b|\b(?:rout\w*|send\w*|sent|steer\w*|split\w*|reach\w*|direct\w*|pin\w*|shift\w*)\b[^.?!]{0,40}\bby (?:sending |setting |adding |passing )?(?:a |an |the )?(?:http |request |custom |special )?header\b|\b(?:replay\w*|copy|copies|duplicat\w*)\b[^.?!]{0,30}\b(?:live|prod\w*|real) (?:requests|traffic|calls)\b|\b(?:\d{3}s?|errors?|delays?|faults?|latency|aborts?)\b[^.?!]{0,30}\binjected\b|\binject\w* (?:\d+ ?(?:ms|s|seconds?|milliseconds?|%) )?(?:delays?|latency|aborts?|errors?|faults?)\b|\b(?:send|sending|sent|shift\w*|rout\w*|give|giving|get|move|moving|steer\w*|expos\w*|want|put\w*|flip\w*|switch\w*|roll\w*|bring\w*)\b[^.?!]{0,40}\b\d+(?:\.\d+)? ?% of (?:the |our |all )?(?:\w+ )?(?:traffic|users|requests|calls)\b|\bramp\w* (?:it )?up by weight\b|\bweighted (?:routing|rollouts?|canar\w*|traffic)\b|\b(?:rout\w*|send\w*|steer\w*|split\w*|direct\w*)\b[^.?!]{0,15}\bbased on\b[^.?!]{0,40}\bheaders?\b|\b(?:requests?|traffic|calls?) (?:carrying|with|that (?:has|have|carry|carries)) (?:the |a |an )?(?:header|cookie|\S+ (?:header|cookie))\b[^.?!]{0,60}\b(?:go|goes|land|lands|hit|hits|reach\w*|routed|sent|end up)\b|\b(?:delay|latency|fault|error|abort)s? injection\b|\b(?:gradual\w*|slowly|step by step|bit by bit)\b[^.?!]{0,40}\b(?:new version|v\d|rollout|release|traffic)\b|\b(?:shift|move|switch)\w* (?:\w+ ){0,2}(?:traffic|users|requests)\b[^.?!]{0,30}\bgradual\w*|\bshift\w* traffic\b|\b\d+ ?% (?:of )?(?:(?:the|our|live|prod) )?(?:traffic|requests|users)\b[^.?!]{0,30}\b(?:to|on|onto) (?:the )?(?:new|next|canary|v\d)\b|\broute\w*\b[^.?!]{0,30}\bby (?:cookie|header|user[\s-]?agent)s?\b|\badd\w* (?:a |some )?(?:delays?|latency|errors?|faults?)\b[^.?!]{0,30}\b(?:to|on|into|for) (?:some |the |a few )?(?:calls|requests|traffic)\b|\bbreak\w* (?:some )?(?:calls|requests)\b[^.?!]{0,20}\bon purpose\b|\b(?:force|forcing|forced|trigger\w*|throw\w*|return\w*|simulat\w*)\b[^.?!]{0,15}\b(?:\d{3}s?|errors?|failures?|faults?|delays?|timeouts?)\b[^.?!]{0,20}\b(?:on purpose|deliberately|intentionally)\b|\b\d+(?:\.\d+)? ?% of (?:the |our )?[\w-]+(?: traffic)? (?:to|onto) (?:the )?(?:new|next|canary|v\d|beta)\b|\bx-[a-z][\w-]*\b[^.?!]{0,60}\b(?:go|goes|land|lands|hit|hits|routed|sent|end up|ends up)\b[^.?!]{0,10}\b(?:to|on|at)\b|\bsend\w* (?:\w+ ){0,2}users to (?:v\d|the new|a new|new)\b|\b(?:switch|shift|move|roll)\w*\b[^.?!]{0,25}\b(?:new version|v\d)\b[^.?!]{0,10}\bgradual\w*|\bbased on (?:the )?x-[\w-]+|\bby (?:the )?(?:x-[\w-]+|cookies?)\b|\babort\w* \d+(?:\.\d+)? ?% of (?:the )?(?:calls|requests|traffic)\b|\bsplit\w* \d+\s*\/\s*\d+\b|\brout\w* (?:people|users|customers|testers|staff|employees)\b[^.?!]{0,40}\bto (?:a |the )?(?:new|beta|next|canary)\b|\bon \d+(?:\.\d+)? ?% of (?:the |our )?(?:users|traffic|requests|shoppers|customers)\b|\bin front of \d+(?:\.\d+)? ?% of\b|\b(?:all[\s-]or[\s-]nothing|big[\s-]bang)\b[^.?!]{0,20}\b(?:deploy|release|rollout)s?\b|\b(?:deploy|release|rollout)s?\b[^.?!]{0,20}\b(?:is|are) (?:all[\s-]or[\s-]nothing|big[\s-]bang)\b|\b(?:\d{3}s|errors?|delays?|aborts?)\b[^.?!]{0,30}\bfor \d+(?:\.\d+)? ?% of (?:the )?(?:calls|requests|traffic)\b|\b(?:send|rout|steer|direct)\w* (?:the )?(?:traffic|requests) (?:from|of) (?:our )?(?:internal )?(?:testers|staff|employees|beta users)\b|\b(?:send|shift|rout)\w* (?:only |just )?(?:a |some )?(?:slice|portion|fraction|sliver) of\b[^.?!]{0,30}\b(?:traffic|requests|users)\b|\b(?:send|sends|sending|route|routes|routing|steer\w*|direct|directing|pin|pinning|forward\w*)\b (?:(?:all |the |our |some )?(?:users?|requests?|traffic|calls?|clients?|customers?|testers?|people|folks|employees|staff|beta users) )(?:with|carrying|having|that (?:have|send|carry)|who (?:have|send|carry)) (?:a |an |the |our )?(?:[\w=:-]+ )?(?:cookie|header|x-[\w-]+|flag)s?\b|\bsplit (?:the rest|the remaining|remaining|the traffic|traffic|requests|users|it|calls)\b[^.?!]{0,20}\b\d{1,2}\s*(?:\/|-|:)\s*\d{1,2}\b|\b(?:route|routes|routing|send|sending|steer\w*|direct\w*)\b[^.?!]{0,50}\b(?:to|between) (?:different|separate|specific|other|the right|per[\s-]tenant) (?:backends?|versions?|services?|pools?|deployments?|upstreams?)\b[^.?!]{0,40}\bbased on\b|\b(?:route|routes|routing)\b[^.?!]{0,40}\bbased on (?:the |a |that |this |its )?(?:value|header|cookie|tenant|user|claim|path|query)|(?:%|\bpercent(?:age)?)[\s-]?based (?:rollouts?|routing|splits?|traffic|releases?|canar\w*)|\b(?:artificial|fake|synthetic) (?:delays?|latency|errors?|5\d\ds?|5xxs?|slow responses|timeouts?|failures?)\b|\bduplicat\w* (?:live |prod\w* |real )?(?:queries|requests|traffic|calls)\b|\b(?:to|for) (?:\d{1,2}|a few) ?% of (?:users|traffic|requests|customers|clients|sessions)\b|\b(?:send|route|steer|direct|point)\w*\b[^.?!]{0,40}\b(?:via|using|by|with) (?:an? |the )?x-[\w-]+(?: header)?\b|\bbased on (?:a |the )?(?:request |http |custom )?(?:headers?|flags?|cookies?)\b|\b(?:send|shift|move|route|switch|give|push)\w* (?:only |just |about |~)?\d+(?:\.\d+)? ?% (?:of (?:the )?(?:traffic|users|requests|customers|calls) )?to (?:the )?new (?:version|ver|build|release|deployment)\b|\bshift\w* (?:\d+(?:\.\d+)? ?%(?:\s*(?:→|->|>|to|,|then))?\s*){2,}(?:of )?(?:the )?traffic\b|\b(?:switch|split|shift|send)\w* (?:the )?traffic \d{1,2} ?\/ ?\d{1,2}\b|\b(?:to|then) (?:only )?\d+(?:\.\d+)? ?% of (?:the )?(?:visitors|users|customers|shoppers|traffic|requests|people|players|clients|accounts)\b|\b(?:carrying|carries|with|has|have|sends?) a (?:beta|canary|test|feature|special|preview) (?:cookie|header|flag)\b|\broll\w* (?:out )?(?:new (?:versions|features|releases|builds)|changes|features|updates) (?:out )?to (?:a small|a few|a subset|some|a group|a percentage|a fraction)\b|\broll\w* (?:\w+ )?(?:out )?to a (?:percentage|fraction|subset|slice|portion) of (?:the )?(?:users|customers|traffic|requests)\b|\bshift\w* traffic\b[^.?!]{0,30}\b(?:gradual\w*|by percentage|percent\w*|incremental\w*|step by step)\b|\b(?:send|route|steer|direct)\w*\b[^.?!]{0,30}\bto (?:a |the )?new (?:version|build|release)\b[^.?!]{0,15}\bbased on\b|\b(?:deliberately|intentionally|on purpose|artificially) (?:add|inject|introduce)\w* (?:delays?|latency|errors?|faults?|failures?)\b|\b(?:add|inject|introduce)\w* (?:\d+ ?(?:s|ms) )?(?:delays?|latency) and (?:errors?|failures?|aborts?|faults?|5\d\ds?)\b|\b(?:go|goes|sent|routed|directed|send|route) to (?:a|the) (?:separate|different|new|second) version\b|\bon a (?:slice|subset|fraction|percentage|small group|small share) of (?:real )?(?:customers|users|traffic|shoppers|requests)\b|\bto a small (?:percentage|share|fraction|slice|group) of\b|\bdeliberately (?:make|let) (?:services|things|calls|it|them) (?:slow|fail)\b|\ba (?:percentage|percent|slice) at a time\b|\b(?:employees|staff|internal users|testers)(?:'|'s)? (?:requests|traffic)\b[^.?!]{0,15}\b(?:to|first)\b|\bsend\w* only (?:our )?(?:own )?(?:employees|staff|testers|internal users)\b|\bflip\w* (?:the )?[\w\s-]{0,20}\bbetween (?:two|2) (?:full |complete |parallel )?(?:stacks|versions|environments|deployments)\b|\bfail on purpose\b|\b(?:fail|error) (?:deliberately|intentionally)\b|\b(?:send|route|steer)\w* [\w-]+[\s-]header traffic\b|\bshift (?:a|some) (?:percentage|share|fraction|slice) of (?:the )?traffic\b|\b(?:add|inject\w*|introduc\w*|simulat\w*)\b[^.?!]{0,12}\b\d+ ?ms delays?\b|\b(?:delays?|latency)\b[^.?!]{0,6}(?:\+|and|&|plus) (?:some )?(?:5\d\d|50x|5xx)s?\b|\broll\w* (?:\w+ ){0,3}out by (?:percent(?:age)?|weight|%)\b|\bon \d+ ?% of (?:visitors|users|traffic|customers|requests|sessions)\b|\bcopy (?:\w+ ){0,3}traffic (?:on ?to|into|to|over to)\b|\bsend (?:a |an )?(?:small |tiny |thin )?(?:slice|share|portion|fraction|sliver|trickle) of\b[^.?!]{0,40}\bnew version\b|\bonly (?:our )?(?:beta|internal|pilot|early[\s-]access|flagged|selected) (?:customers|users|testers)\b[^.?!]{0,60}\b(?:reach|see|get|hit|use|routed to)\b[^.?!]{0,15}\bnew (?:services?|versions?|builds?)\b|\b(?:users|ppl|people|customers|requests|traffic)\b[^.?!]{0,30}\b(?:routed|sent|go|goes) to v\d+\b|\b(?:shd|should|must) only get (?:ppl|people|users|requests|traffic|customers)\b|\b(?:rest|everyone else|everybody else|the others) stays? on v\d+\b|\b\d+ ?% ?(?:→|->|>|to|then) ?\d+ ?% ?(?:→|->|>|to|then) ?\d+ ?%|\b(?:send|route|sending|routing)\b[^.?!]{0,40}\bto (?:the |a )?new version first\b|\b\d+\s*\/\s*\d+ (?:rollouts?|canar\w*|releases?|deploys?|deployments?)\b|\bcookie[\s-]based (?:beta |canary )?rout\w*\b|\b(?:everyone|everybody|all) else stays? on (?:stable|the stable|the old (?:version|build|release)|prod|v\d+)\b|\bpin\w* (?:their |our |its |the )?(?:requests|traffic|calls)\b[^.?!]{0,30}\bwith a header\b|\bshift (?:a )?(?:small |tiny )?(?:percent(?:age)?|share|slice|portion|fraction|bit) of (?:the |our )?traffic\b|\broute (?:users|requests|traffic|customers|people) to different versions\b|\bon a (?:small |tiny |thin )?(?:slice|share|portion|fraction|sliver|percentage) of (?:the |our |live |real )?(?:traffic|users|requests|customers|visitors)\b|\bsee a different version\b|\b(?:hit|hits|ships?|shipped|went|goes|go|reached|rolled out) (?:out )?to 100 ?% (?:of (?:the )?(?:users|customers|traffic|people) )?at once\b|\b(?:flipped|switched|moved|shipped) everyone (?:over )?at once\b|\b(?:went|shipped|rolled out) (?:out )?to (?:every(?:one|body)?|all)\b[^.?!]{0,25}\b(?:at once|in one go|in one shot|simultaneously)\b|\bpretend\w*\b[^.?!]{0,40}\b(?:is|was|are|were) down\b|\b(?:everyone|everybody|all) else stays? on the (?:old|current|stable|existing) one\b|\b(?:customers|users|everyone else|everybody else|the rest) (?:keep|stay on|remain on) the (?:current|old|stable|existing) (?:one|version|build|release|ui)\b|\b(?:staff|employees|testers|internal users)\b[^.?!]{0,30}\b(?:hit|reach|see|get) the new\b|\breturn\w* (?:a )?5\d\d(?:s)? (?:on|for) \d+ ?(?:%|percent) of\b|\b(?:hit|hits|reached|reaches|took out|broke) 100 ?% of (?:the |our )?(?:users|customers|traffic|people) at once\b|\b(?:by|on|from|based on|with) (?:spotting |reading |checking |matching |looking at )?(?:a |the |their |its )?(?:flag|tag|marker|field|(?:\w+ )?id|(?:country |region |client |user )?code)\b[^.?!]{0,25}\b(?:in|on|with|of) (?:their |the |each |every |its )?(?:requests?|calls?)\b|\b(?:copy|copies|copying|duplicate|duplicates|duplicating|clone|cloning)\b (?:of )?(?:[\w-]+ ){0,3}(?:traffic|requests|orders|purchases|calls|transactions|events|payments|bookings)\b[^.?!]{0,40}\b(?:to|into) (?:the |a |our )?new\b|\b(?:throw|throwing|inject|injecting|return|returning|add|adding)\b[^.?!]{0,20}\b(?:\d{3}s|errors|delays|faults|timeouts)\b[^.?!]{0,40}\bon purpose\b|\bdeliberately (?:break|breaking|fail|failing|slow|slowing|delay|delaying)\b|\bon (?:the |our )?(?:beta[\s-]?testers|beta users|internal (?:users|staff)|staff|employees) (?:only|first)\b|\b(?:a handful of|a few|some|select|selected) (?:\w+ )?(?:clients?|customers|users|companies|tenants|accounts|stores|vehicles)\b[^.?!]{0,40}\bbefore (?:switching|moving|rolling|giving|releasing|everyone)\b|\b(?:move|moving|shift|shifting|send|sending|route|routing|give|giving|expose|exposing)\b[^.?!]{0,20}\b\d+ ?% of (?:the |our )?(?:traffic|users|requests|customers|people|players)\b|\b(?:send|sending|route|routing)\b[^.?!]{0,30}\b(?:with|w\/|via) (?:a |the )?(?:cookie|header)\b|\bvia (?:a |the )?(?:cookie|header)\b|\b(?:everyone|everybody) else (?:staying|remaining|kept|keeps?) on (?:the )?(?:old|current|stable|existing)\b|\bbeta (?:toggle|flag|switch)\b|\bto half (?:the |of the |our )?(?:visitors|users|customers|traffic|requests|shoppers|players)\b|\bthe old (?:one|version|page) to the rest\b|\broute\b[^.?!]{0,30}\bby (?:cookie|header|user group|tenant)\b|\b(?:header|cookie)s?\b[^.?!]{0,50}\b(?:to|on|onto|hit|hits|reach\w*) (?:the )?(?:v\d+|canary|new version|beta)\b/,
  'fine-grained-authz':
    /\b(?:the )?(?:rest|everyone else|everything else|others?|anyone else) gets? (?:a )?403s?\b|\b(?:fine[\s-]?grained|granular|detailed|advanced|complex|strict)\b[\w\s-]{0,20}\b(?:authz|authori[sz]ation|access control|polic(?:y|ies))|\bauthori[sz]ation polic|\bauthz\b|\brbac\b|\bopa\b|\bper[\s-](?:url|route|path|endpoint|method|service|api) (?:access|permissions?|rules?|polic\w*|rbac|authz|allow|deny)\b|\b(?:access|permissions?) (?:rules? |checks? )?(?:per[\s-](?:url|route|path|endpoint|method)|based on (?:token|jwt) claims?)\b|\b(?:token|jwt) claims?\b|\bjwt[\s-](?:gated|protected|validation|checks?)\b|\b(?:get|post|put|delete) (?:vs|or|and|\/) (?:get|post|put|delete)\b|\bzero[\s-]?trust\b(?![^.?!]{0,90}?\b(?:encrypt\w*|mtls|mutual tls)\b)|\bexternal auth|\b(?:authori[sz]ation|authz|access) (?:rules?|polic(?:y|ies)|checks?) (?:on|based on|by|per|for each)\b|\b(?:jwt[\s-]?claims?|per[\s-](?:route|path|method|endpoint)|path[\s-]based|identity[\s-]based|claims?[\s-]based)\b[\w\s-]{0,25}\b(?:authori[sz]ation|authz|access control|(?:allow|deny)(?:\/(?:allow|deny))? rules?|polic(?:y|ies))\b|\b(?:authori[sz]ation|authz)\b[\w\s-]{0,30}\b(?:jwt|claims?|per[\s-](?:route|path|method)|http methods?)\b|\bjwt\b[^.?!]{0,40}\bclaims?\b|\b(?:allow|deny|accept|reject)\w*\b[^.?!]{0,40}\bbased on\b[^.?!]{0,20}\bclaims?\b|\bonly (?:accept|allow)\w* (?:get|post|put|delete|patch)\b|\b(?:who|which (?:services?|service accounts?|workloads?|identit(?:y|ies)|callers?|apps?|teams?)) (?:can|may|is allowed to|are allowed to) (?:call|hit|reach|access|talk to) (?:which|what)\b|\bjwt (?:groups?|roles?|scopes?|audiences?)\b|\b(?:call[\s-]?out|check\w*|ask\w*|consult\w*)\b[^.?!]{0,25}\b(?:policy|authz|authori[sz]ation|permissions?|entitlements?) (?:service|server|engine|api|endpoint)\b|\b(?:allow|deny)(?:\/(?:allow|deny))? (?:rules?|polic(?:y|ies))\b|\bonly (?:the )?[\w-]+(?: service)?(?: account)? (?:may|can) (?:call|access|reach)\b|\b(?:get|post|put|delete|patch) \/|\b(?:allow|deny)\w*\b[^.?!]{0,20}\bper[\s-](?:path|route|method|endpoint)\b|\bdeny[\s-](?:all|by[\s-]default)\b|\b(?:deny|allow|block|reject)\w*\b[^.?!\n]{0,60}\b(?:unless|only if)\b[^.?!\n]{0,40}\b(?:jwt|token|identity|caller|service account|claims?|role)\b|\b(?:allow|deny)(?:\/(?:allow|deny))? (?:by|on|based on|per) (?:http )?(?:paths?|methods?|routes?|identity|caller|claims?)\b|\bcaller(?:'s)? identity\b|\bdefault[\s-]deny\b|\b(?:identity|service[\s-]account|spiffe|workload|jwt|token|claims?)[\s-]based\b[^.?!]{0,20}\b(?:allow\w*|deny\w*|access|polic\w*|rules?|permissions?|authz)\b|\ballow[\s-]?lists? (?:between|per|by) (?:namespaces?|services?|paths?|identit\w*)\b|\b(?:method|path|route|endpoint|url)[\s-]level (?:access|authz|authori[sz]ation|polic\w*|rules?|permissions?|allow\w*)\b|\b(?:allow\w*|restrict\w*|control\w*|limit\w*)\b[^.?!]{0,20}\bwho calls whom\b|\ballow\w* by (?:user )?roles?\b|\b(?:polic(?:y|ies)|rules?|permissions?|access)\b[^.?!]{0,10}\bper (?:path|route|method|endpoint|http verb|verb)\b|\bper[\s-]caller (?:permissions?|rules?|access|polic\w*)\b|\b(?:who is calling|the caller|calling service)\b[^.?!]{0,30}\b(?:http )?(?:method|verb)\b|\bgrant\w*\b[^.?!]{0,30}\bonly to\b|\btokens? with (?:the |a )?[`'"]?[\w-]+[`'"]? (?:role|claim|scope)\b|\bblock everything (?:else )?by default\b|\bonly (?:the )?[\w-]+(?: app| service)? should (?:reach|call|access|hit)\b|\bonly with (?:get|post|put|delete|patch)\b|\b(?:any|every) (?:service|workload|pod)\b[^.?!]{0,30}\bcan (?:hit|call|reach|access)\b|\b(?:answers?|accepts?|serves?)\b[^.?!]{0,15}\bfrom any (?:workload|service|pod|caller)\b|\b(?:get|post|put|delete|patch)\b[^.?!]{0,40}\b(?:blocked|allowed|denied)\b[^.?!]{0,30}\bexcept\b|\b(?:limited|restricted) to (?:tokens|callers|services)\b|\b(?:tenant|role|group|scope) claims?\b|\bonly [\w-]+ (?:may|can) (?:post|get|put|delete|patch)\b|\bonly (?:on|for) read(?:[\s-]only)? (?:paths|routes|endpoints)\b|\bext[_\s-]?authz\b|\ballow\w* only (?:get|post|put|delete|patch)\b|\b(?:deny|allow)\w* by (?:spiffe|identity|service account|caller)\b|\bdeny (?:any|every|all) requests?\b[^.?!]{0,40}\btoken\b|\btokens? with the right (?:audi[ae]nce|claims?|scopes?|roles?)\b|\baccess rules (?:between|for|per|on) (?:services|endpoints|paths|routes|methods|apis)\b|\b(?:everything|all|anything) else (?:is |gets )?(?:denied|blocked|rejected)\b|\bdeny (?:everything|all|anything) else\b|\bonly (?:the )?[\w-]+ (?:service |app |pod )?(?:may|can|is allowed to|should be able to) (?:post|get|put|patch|delete|call|write to|read from)\b|\bper[\s-](?:path|route|method|endpoint|api) (?:jwt |claim |token )?(?:rules?|checks?|polic\w*)\b|\bnothing (?:checks|verifies|controls|stops|limits|restricts) (?:who(?:'s| is)? (?:calling|can call)|which (?:service|pod|workload)s? (?:can )?call)\b|\b(?:a|one|any) (?:compromised|hacked|rogue|malicious) (?:\w+ )?(?:pod|service|workload|container) (?:could|can|was able to) (?:call|reach|hit|access)\b|\bnothing (?:stops|prevents|blocks|restricts|limits)\b[^.?!]{0,40}\b(?:call\w*|reach\w*|hit\w*|access\w*)\b|\b(?:was|were) able to (?:call|reach|hit)\b[^.?!]{0,40}\b(?:admin|internal|private)\b|\b(?:was|were) able to (?:call|reach|hit|access|read from|talk to)\b[^.?!]{0,30}\b(?:svc|service|api|db|database)\b|\b(?:shouldn't|should not|must not|mustn't) be able to (?:read|call|reach|hit|access|talk to|write to)\b|\bwho-can-(?:call|talk-to|reach)-(?:what|whom|who)\b|\b(?:rules?|polic\w*|control) (?:on|for|about|over) who can (?:call|talk to|reach) (?:what|whom|who)\b|\bdown to (?:the )?(?:path|method|route|endpoint)[\s-]?level\b|\b(?:path|method|route|endpoint)[\s-]level (?:rules|access|authz|permissions|policies|control)\b|\b(?:without|no|missing|invalid) (?:a )?(?:valid )?(?:jwts?|tokens?)\b[^.?!]{0,30}\b(?:rejected|denied|blocked|refused|dropped)\b|\bdeny (?:calls|requests|access|traffic) to \/\w+|\b(?:block|allow|deny|restrict)\w*\b[^.?!]{0,20}\b(?:http )?methods\b[^.?!]{0,20}\bpaths?\b|\bdepending on who(?:'s| is) calling\b|\b(?:check|inspect|look at|read)\w*\b[^.?!]{0,25}\b(?:login |auth |access |id |jwt )?tokens?\b[^.?!]{0,30}\b(?:before|to (?:allow|reach|access))\b|\b(?:rules?|polic(?:y|ies))\b[^.?!]{0,20}\b(?:limit\w*|restrict\w*|control\w*|decid\w*) (?:which|what|who) (?:services?|apps?|workloads?|callers?) (?:can|may|are allowed to) (?:call|reach|talk to|access)\b|\bonly (?:the )?[\w-]+ (?:service|app) (?:should be|is|may be|will be) (?:allowed|able|permitted) to (?:call|reach|hit|access|post)\b|\bonly accept\w* (?:gets?|posts?|puts?|deletes?|patch(?:es)?)\b|\bonly accept\w* (?:tokens?|jwts?|requests?) (?:with|that have|carrying)\b|\ballow[\s-]?list of (?:identities|services|callers|service accounts)\b|\b[\w-]+ service can only (?:read|call|reach|access|get|talk to)\b|\bonly (?:named|specific|certain|approved|listed|known|specified) services (?:should|can|may|must) (?:be able to )?(?:reach|call|access|talk to)\b|\bonly when they (?:carry|have|present|send) (?:the |a )?(?:right|valid|correct)\b|\bcan only be (?:called|reached|accessed|used) by\b|\b(?:only )?accept\w* (?:calls|requests|traffic) (?:only )?from (?:(?:an? )?(?:explicit |approved |fixed )?(?:list|set) of|specific|approved|certain|known|allowed|listed|particular)\b|\bonly (?:be able to )?call (?:the )?(?:operations|endpoints|apis|methods) (?:they're|they are) (?:approved|allowed|permitted)\b|\btokens? (?:carrying|with) the right (?:role|scope|claims?|permissions?)\b|\b(?:let )?only (?:the )?[\w-]+ (?:service|svc|app) (?:may |can |should |must )?(?!be\b)(?:call|reach|access|hit|post|trigger|write|read|talk to)\w*|\bonly the [\w-]+ service account\b|\bwhich services (?:can|may|are allowed to) call\b|\bdown to the (?:individual )?(?:url|path|method|verb|endpoint)\b|\b(?:explicit |a )?list of who (?:may|can) call\b|\bcarry a valid token\b|\brules (?:about|on|for) which services? can\b|\bchecks? on (?:fields|claims) (?:inside|in) (?:our |the )?(?:login |auth |access )?tokens?\b|\bhand\w* (?:off )?to (?:the |a |our )?policy engine\b|\bblocked for everyone except\b|\b(?:based on|by|on|per|checks? (?:on|of)) (?:the )?(?:token|jwt|oauth) (?:scopes?|claims?|roles?|groups?)\b|\b(?:validat|verif|check|inspect)\w*\b[^.?!]{0,15}\b(?:bearer|jwt|access|oauth) tokens?\b[^.?!]{0,15}\bper[\s-](?:route|path|endpoint|api|url)\b|\b(?:role|scope|group|tenant)s? (?:field|claim|attribute)s? (?:in|of|on) the (?:bearer |jwt |access |oauth )?tokens?\b|\b(?:gated|gate|gating|restricted|locked)\b[^.?!]{0,30}\b(?:in|of|on|from) the (?:bearer |jwt |access |oauth )tokens?\b|\b(?:get|post|put|patch) (?:is )?(?:ok|fine|allowed)\b[^.?!]{0,10}\b(?:delete|post|put|patch) only\b|\b(?:restrict\w*|limit\w*|lock\w*(?: down)?) (?:each|every|a|the) service to (?:the )?(?:specific|certain|named|known|approved|exact|allowed) callers\b|\b(?:limited|restricted|locked(?: down)?) to (?:the )?(?:exact|specific|certain|named|approved|allowed) callers\b|\b(?:stored|carried|kept|held|encoded|listed) (?:inside|in) (?:the|their|each|our) (?:login |bearer |access |auth |jwt |id |session )?tokens?\b|\b(?:may|can) only (?:read|call|write|get|post) (?:from |to )?(?:the )?(?:\w+ )?(?:endpoint|path|route|api)s?\b|\ballow[\s-]?list of (?:which|who)\b[^.?!]{0,30}\bcalls?\b|\btoken (?:scope|claim|role)s? checks?\b|\b(?:per|every|each|on every|on each) (?:api )?(?:path|route|endpoint|url)\b[^.?!]{0,20}\bwho (?:can|may) call\b|\bwho (?:can|may) call\b[^.?!]{0,30}\b(?:rules?|polic(?:y|ies))\b|\bonly (?:our |the )?[\w-]+ (?:service|svc|app|api) (?:be |is |should be |to be )?allowed to call\b|\bendpoint[\s-]by[\s-]endpoint\b|\bnothing (?:is |should be )?reachable unless\b|\bblock (?:any|every|all) (?:services?|callers?) except\b|\bper (?:endpoint|path|route|url) and per (?:http )?method\b|\bwhich callers are allowed\b|\b(?:only|just) (?:be )?allowed to (?:call|reach|hit|use) (?:the )?(?:specific |exact |particular )?(?:endpoints?|apis?|paths?|routes?|methods?)\b|\bcan (?:call|use|reach) only (?:get|post|put|delete|patch)\b|\bonly (?:approved|allowed|listed|known|named|specific|certain|authori[sz]ed) callers?\b|\b(?:white|allow)[\s-]?listed per (?:calling )?(?:service|caller)\b|\bblock\w* everything except\b|\btokens? carr(?:y|ies|ying) the right\b|\bmay only (?:read|write|call|post|get) (?:from|to) \/|\b(?:may|can) only call\b[^.?!\n]{0,30}\b(?:get|post|put|delete|patch)\b|\bonly\b[^.?!]{0,40}\b(?:may|can|should be able to|are allowed to) (?:get|post|put|delete|patch|call|read|write)\b[^.?!]{0,30}\/|\btokens? (?:with|carrying|that (?:have|carry)) (?:a |the )?(?:role|claim|scope|group)\b|\b(?:fine[\s-]?grained|granular|detailed|strict)\b[\w\s-]{0,20}\baccess rules?\b|\bper[\s-](?:route|path|endpoint) (?:whitelists?|allow[\s-]?lists?|blocklists?)\b|\bonly\b[^.?!]{0,40}\bcan (?:hit|reach|access)\b[^.?!]{0,10}\/|\b(?:may|can|should|must) only (?:do |send |make |use )?(?:gets?|posts?|puts?|patch|deletes?)\b(?=\s*(?:on|to|against|requests?|calls?|\/|from|[.,;)]|$))|\bonly (?:the )?[\w-]+(?: app| workload| service| pod)? (?:may|can|should) (?:do |send |make )?(?:gets?|posts?|puts?|patch|deletes?)\b(?=\s*(?:on|to|against|requests?|calls?|\/|from|[.,;)]|$))|\b(?:others?|everyone else|everybody else|the rest) (?:are |is |get |gets )?(?:denied|blocked|refused)(?: by (?:path|method|route|endpoint))?\b|\bdenied by (?:path|method|route|endpoint)\b|\bdeny (?:calls|requests|traffic) by (?:service )?(?:identity|method|path)\b|\bblock (?:specific |certain )?(?:rest |api |http )?(?:paths|endpoints|methods|routes) per (?:calling )?(?:service|caller|workload)\b|\b(?:reachable|callable) only (?:from|by)\b|\bonly (?:reachable|callable) (?:from|by)\b|\b(?:can|may|must|should) never call\b|\bnever (?:be )?(?:able|allowed) to call\b|\bwhich (?:[\w-]+ ){0,2}(?:may|can) call which\b|\b(?:may|can) only call\b|\bonly (?:be )?(?:allowed|permitted) to call\b|\b(?:be |are |is |get |gets )?(?:blocked|barred|forbidden|denied|prevented|stopped) from (?:calling|reaching|hitting|accessing)\b|\bclaims? (?:in|of|from) the (?:jwt|token)\b|\b(?:checked|check|match\w*|allow\w*|den(?:y|ied|ies)) (?:against|on|by) (?:the |a |their |its )?\S+ claims?\b/,
  'proxy-extensions':
    /\bwasm\b|\benvoy (?:plugins?|extensions?|filters?|lua)\b|\b(?:own|custom) filter chains?\b|\bpatch\w* (?:the )?envoy\b|\bwebassembly\b|\bwasm ?plugins?\b|\btraffic ?extensions?\b|\benvoy ?filters?\b|\blua\b|\bext[_\s-]?proc\b|\bcustom (?:envoy |proxy )?(?:filters?|plugins?|logic|code|modules?)\b|\bproxy (?:plugins?|extensions?|extensibility)\b|\bextend (?:the )?(?:proxy|proxies|data plane|envoy)\b|\bprogrammab\w* (?:proxy|data plane)\b|\b(?:own|custom) (?:code|logic|modules?)\b[^.?!]{0,30}\b(?:in|inside|into) (?:the )?(?:envoy|proxy|proxies|data plane|request path)\b|\bplugins? (?:in|for|inside) (?:the )?(?:envoy|proxy)\b|\b(?:own|custom|in[\s-]house|homegrown|home[\s-]grown|compiled)\b[^.?!]{0,30}\b(?:module|plugin|filter|extension|code|logic)s?\b[^.?!]{0,50}\b(?:in|inside|into) (?:the )?(?:mesh )?(?:proxy|proxies|data plane|envoy)\b|\b(?:logic|code|module|plugin|filter|extension)s?\b[^.?!]{0,50}\b(?:running |runs |run |loaded |living )(?:in|inside|into) (?:the )?(?:mesh )?(?:proxy|proxies|data plane|envoy)\b|\b(?:extension|plugin|filter|module)s? (?:compiled |built |written )?(?:for|against) (?:envoy|the proxy)\b|\b(?:extension|plugin|filter|module)s? (?:that )?(?:we|you|i) (?:compile|wrote|write|built|build|maintain)\b[^.?!]{0,50}\b(?:in|inside|into) (?:the )?(?:mesh )?(?:proxy|proxies|data plane|envoy)\b|\b(?:extension|plugin|filter|module)s?\b[^.?!]{0,40}\benvoy'?s? (?:c\+\+ |wasm |lua )?api\b|\b(?:logic|script|code)\b[^.?!]{0,20}\b(?:to )?live in (?:the )?(?:mesh )?proxy\b|\bloaded into (?:every|each|the) prox(?:y|ies)\b|\bprox(?:y|ies) to run (?:our )?(?:own |custom )?(?:code|logic|scripts?|modules?)\b|\b(?:own|custom) hooks? (?:running |run )?(?:in|inside) (?:the )?(?:mesh )?proxy\b|\b(?:script|scripts|plugin|plugins|filter|filters|hook|hooks|module|modules|snippet|snippets|logic)\b[^.?!]{0,20}\b(?:in|inside|within|into) (?:the |each |every )?(?:mesh )?(?:proxy|proxies|sidecar|sidecars|envoy|data plane)\b|\b(?:has|have|had|needs?|will have|would have) to (?:happen|run|live|be done|be implemented|be added|sit) (?:in|inside|at|within) (?:the )?(?:mesh )?(?:proxy|proxies|sidecar|sidecars|envoy|data plane)\b|\b(?:in|inside|into) (?:the )?(?:mesh )?(?:proxy|proxies|sidecar|envoy|data plane)(?: layer)?\b[^.?!]{0,30}\b(?:our own|custom|in[\s-]house|homegrown) (?:code|logic|modules?|plugins?|filters?)\b|\bextend\w*\b[^.?!]{0,20}\b(?:own|custom) (?:filters?|plugins?|code|modules?)\b|\b(?:modify|change|rewrite|mutate|transform)\w* (?:the )?(?:requests?|headers?|payloads?|bodies|body)\b[^.?!]{0,10}\b(?:inside|in|within) (?:the )?prox(?:y|ies)\b|\bprox(?:y|ies)\b (?:to )?run (?:that|this|our|the|custom|own) (?:\w+ )?(?:code|logic)\b|\b(?:plugin|module|filter|extension)s?\b (?:right |directly )?(?:in|inside|into) (?:the )?prox(?:y|ies)\b|\b(?:loaded|load|plugged|compiled) (?:it |them )?(?:directly |right )?(?:in|into|inside) (?:the )?(?:mesh'?s? )?prox(?:y|ies)\b|\b(?:module|plugin|filter|code|logic|step)\b[^.?!]{0,80}\b(?:run|runs|running|live|lives|sit|sits) (?:right |directly )?(?:in|inside|within) (?:the )?(?:mesh'?s? )?prox(?:y|ies)\b|\b(?:our own|custom|in-house|piece of (?:our own )?code|program of ours|logic|code|themselves|ourselves)\b[^.?!]{0,60}\b(?:in the network (?:path|layer)|in front of every service)\b|\brun (?:a |our |their )?(?:little |small )?(?:program|code|logic|script)\b[^.?!]{0,20}\bon every request\b|\b(?:in|inside|into) the proxy with (?:a |our )?(?:small |little |custom )?(?:plugin|module|filter|extension|code)\b|\b(?:scripting|scripts?|code|logic|plugins?|lua)\b[^.?!]{0,60}\b(?:move|put|load|run)\w* (?:it |them )?(?:into|in|inside) the (?:mesh'?s? )?prox(?:y|ies)\b|\brun(?:ning)? (?:their|our|custom|own|the customer'?s?) (?:own )?(?:code|logic|checks?|scripts?) (?:inside|in|within) the (?:mesh'?s? )?prox(?:y|ies)\b|\bplug (?:their|our|in) (?:own )?(?:checks?|code|logic)\b[^.?!]{0,20}\b(?:request path|proxy|data path)\b|\bhook (?:our|my|their|some) own (?:code|logic)\b[^.?!]{0,20}\b(?:data[\s-]?path|proxy|proxies|request path)\b|\b(?:strip|rewrite|append|add|sign)\w*\b[^.?!]{0,40}\bon every request\b[^.?!]{0,30}\bapps? can(?:'t|not| not) be (?:changed|touched|modified)\b|\bplug[\s-]?ins?\b[^.?!]{0,40}\b(?:inside|in|into) the (?:\w+ )?(?:proxy|proxies)\b|\b(?:run|runs|running|load|loaded|drop|dropped|compile\w*|put)\b[^.?!]{0,40}\binside (?:the |each |every )?(?:mesh's |network |sidecar |mesh |traffic )?(?:proxy|proxies)\b|\b(?:hmac|signature)\b[^.?!]{0,50}\b(?:attached|added|appended) to (?:every|each|all) (?:outgoing |outbound |incoming )?requests?\b|\bdo (?:this|that|it) in the proxy\b|\b(?:put|run|load|compile|drop)\w* (?:that|this|our|the|some|a) (?:own )?(?:code|logic|module|plugin|filter) (?:in|into|inside) the proxy\b|\b(?:custom|own|our|in-house|bespoke) (?:[\w-]+ ){0,2}(?:code|logic|filters?|plugins?|scripts?) (?:at|in|inside|into|on) (?:the )?(?:proxy|proxies|sidecars?|envoy|data plane)\b|\b(?:hand[\s-]?)?patch\w* (?:the )?(?:proxy|envoy|sidecar)(?:'s)? (?:config\w*|settings)\b/,
  'egress-gateway':
    /\b(?:prove|show|tell|know|audit|log)\w* which (?:pod|service|svc|workload)s? (?:made|sent|hit|called|reached|opened)\b[^.?!]{0,40}\b(?:calls?|requests?|outbound|psps?|providers?|apis?|externals?|internet|third[\s-]part\w*)\b|\b(?:go(?:es|ing)?|exit\w*|leav\w*|pass\w*) (?:out )?(?:through|via) (?:a |one )?(?:single|one|central) (?:\w+ )?(?:gateway|exit|egress point|choke ?point)\b|\begress (?:gateways?|gws?)\b|\b(?:single|central\w*|one|dedicated|audited|controlled|common) (?:(?:audited|logged|controlled) )?(?:(?:egress|exit|outbound) )+(?:point|gateway|path|node|hop|proxy)s?\b|\ball (?:outbound|egress|outgoing) traffic (?:goes |go |must go |should go |to go )?(?:through|thru|via)\b|\b(?:egress|outbound|outgoing|leav\w*)\b[^.?!]{0,60}\b(?:one|single|dedicated|central\w*|common)\b[\w\s'’-]{0,20}\b(?:gateway|exit point|exit|choke ?point)\b|\b(?:single|one|dedicated|central\w*) (?:audited |logged |controlled |monitored |locked[\s-]?down |firewalled |whitelisted |allow[\s-]?listed )?(?:exit|egress)\b|\b(?:outbound|egress|outgoing|internet[\s-]bound|external)\b[^.?!]{0,40}\b(?:through|thru|via|from) (?:a |one |a single |\d+ |two |a fixed set of |fixed |static )(?:static |fixed |nat |egress |known |whitelisted )*(?:ips?|ip address\w*|nat (?:gateways?|ips?)|addresses)\b|\b(?:egress|outbound|outgoing)\b[^.?!]{0,60}\bchoke[\s-]?points?\b|\bchoke[\s-]?points?\b[^.?!]{0,30}\b(?:egress|outbound|outgoing)\b|\bcentrali[sz]ed (?:outbound|egress|exit) (?:proxy|gateway|point)\b|\b(?:out of|leaving|leave|going out of) the (?:cluster|vpc|vnet|mesh|network)\b[^.?!]{0,50}\b(?:one|single|dedicated|central\w*) (?:place|point|gateway|exit)\b|\b(?:all|every|force|forcing|route|routing|funnel\w*)\b[^.?!]{0,12}\b(?:egress|outbound|outgoing)\b[^.?!]{0,30}\b(?:through|thru|via)\b[^.?!]{0,20}\b(?:gateway|exit)\b|\b(?:exit|leave|go out)\w* (?:via|through) (?:a |one |the )?(?:single|one|dedicated|central\w*|common)\b[^.?!]{0,20}\b(?:gateway|exit|point|proxy)\b|\b(?:egress|outbound|outgoing)\b[^.?!]{0,60}\b(?:through|thru|via)\s+(?:a |the )?(?:one|single|central\w*|dedicated|common)\s+(?:\w+ )?(?:place|point|hop|path|proxy|node|box|host)\b|\b(?:single|one|dedicated|central\w*),? (?:audited,? |logged,? |controlled,? |monitored,? )?(?:path|way) out\b|\b(?:external|internet|3rd[\s-]party|third[\s-]party) (?:calls?|traffic|requests|apis?)\b[^.?!]{0,50}\b(?:one|single|dedicated|central\w*|controlled|audited)\b[\w\s,-]{0,25}\b(?:gateway|exit|point|choke ?point|node|box|hop|proxy)\b|\b(?:calls?|traffic) to (?:the )?internet\b[^.?!]{0,50}\b(?:one|single|dedicated|central\w*)\b[\w\s-]{0,20}\b(?:gateway|exit|point|node|box|hop|proxy)\b|\b(?:all|every) (?:outbound|egress|outgoing|external) (?:traffic|calls?|requests) (?:must |has to |should |needs? to )?(?:leave|exit|go out)\b|\b(?:outbound|egress|outgoing|external|internet[\s-]bound)\b[^.?!]{0,40}\b(?:via|through|thru) (?:a |one |the )?(?:(?:single|monitored|audited|logged|controlled|dedicated|central)[, ]+)+(?:exit|gateway|proxy|door|box|node|host|point|place)\b|\b(?:internet[\s-]bound|outbound|egress|outgoing|external)\b[^.?!]{0,20}\b(?:calls?|traffic|requests)\b[^.?!]{0,20}\b(?:funnel\w*|routed|forced|go|goes|leave|leaves|pass\w*)\b[^.?!]{0,15}\b(?:through|thru|via) (?:one|a single|a|the) (?:single |central |dedicated )?(?:box|node|host|proxy|gateway|exit|door|point|place)\b|\b(?:outbound|egress|outgoing)\b[^.?!]{0,20}\bone (?:door|exit|way out|gate)\b|\b(?:single|one) (?:logged |audited |controlled |monitored )?path for (?:all )?(?:outbound|egress|outgoing)\b|\b(?:outbound|egress|outgoing|external|internet|outside world)\b[^.?!]{0,50}\b(?:from|via) (?:random|different|many|each node'?s?|every node'?s?|any node'?s?|its own) (?:node )?ips?\b|\bout from (?:its|their) own ips?\b|\b(?:outbound|egress|outgoing|external|third[\s-]party|3rd[\s-]party|internet[\s-]bound)\b[^.?!]{0,80}\b(?:through|via|thru) (?:a |one |a single )(?:\w+ )?(?:exit|choke ?point|place)\b|\bone place (?:all |every )?(?:outbound|egress|outgoing|external)\b|\b(?:outbound|egress)\b[^.?!]{0,20}\bpass(?:es)? through\b|\b(?:outbound|outgoing|egress|internet|third[\s-]party|3rd[\s-]party)\b(?![^.?!]{0,80}\b(?:ingress|inbound|incoming|internet[\s-]facing)\b)[^.?!]{0,60}\b(?:single|one|central\w*|dedicated|controlled|audited|logged|monitored|fixed|watched|inspected) (?:[\w-]+ ){0,2}(?:point|place|spot|nat|gateway|exit|door|hop|ip|box|host|machine|vm|node|prox(?:y|ie)|checkpoint)s?\b|\b(?:outbound|outgoing|egress|internet[\s-]bound)\b(?: (?:traffic|calls?|requests))?(?: (?:only|must|has to|should|needs? to|to))*(?: (?:go|goes|leave|leaves|exit|exits|pass|passes|flow|flows))? (?:only )?(?:through|thru|via) (?:a|an|one|a single) (?:[\w-]+ )?(?:gateway|exit)\b(?![^.?!]{0,20}\balready\b)|\b(?:going out|outbound|outgoing|egress|leaving)\b[^.?!]{0,60}\b(?:exit|exits|leave|leaves|go|goes|pass|passes)\b (?:through|thru|via) (?:a |one |the )?(?:(?:single|dedicated|controlled|audited|logged|monitored|central|fixed|known)[, ]+)+(?:(?:set|pool|group) of )?(?:nodes?|hosts?|ips?|gateways?|proxies|exits?|points?|boxes)\b|\b(?:audited|logged|controlled|locked[\s-]down|monitored) (?:egress|outbound)\b(?! (?:is|are) (?:fine|enough|not))|\ball (?:calls|traffic|requests|connections) (?:out )?to the internet\b[^.?!]{0,40}\b(?:through|thru|via)\b|\b(?:outbound|egress|outgoing|internet)\b[^.?!]{0,60}\bstatic (?:egress )?ips?\b|\b(?:heading|going|bound|headed|sent) (?:out )?to the internet\b[^.?!]{0,40}\b(?:through|thru|via) (?:a |one )?(?:single|one|central\w*|dedicated|fixed|controlled|monitored)\b|\b(?:one|1|a single|single) (?:audited|controlled|logged|central|monitored|watched|inspected) (?:exit|egress)\b|\b(?:one|a single|single) (?:place|point|spot)\b[^.?!]{0,20}\b(?:outbound|egress|outgoing) traffic\b|\b(?:every|all) (?:calls?|requests?|traffic|connections?) (?:[\w']+ ){0,3}?to (?:(?:outside|external|third[\s-]party|3rd[\s-]party) (?:vendors|services|apis|parties|partners)|third[\s-]parties)\b[^.?!]{0,30}\b(?:through|thru|via) (?:one|a single|a central|a dedicated)\b|\ball traffic leaving\b[^.?!]{0,30}\b(?:through|thru|via)\b|\b(?:every|all) (?:calls?|requests?|traffic|connections?) leaving (?:our|the) (?:network|cluster|vpc)\b[^.?!]{0,30}\b(?:through|thru|via)\b|\bnothing (?:is allowed to|may|can|should) (?:call|reach|hit|talk to) the internet directly\b|\brouted (?:through|via) one (?:place|point|spot|door|exit|gateway)\b|\b(?:leave|leaves|exit|exits|go out|goes out|pass|passes|pass through|go through|goes through) (?:from |through |via )?(?:one|1|a single) (?:fixed[\s-]?ip )?(?:place|point|ip|spot|door|box|gateway|choke ?(?:pt|point))\b|\bvia (?:one|1|a single) (?:fixed[\s-]?ip )?choke ?(?:pt|point)\b|\b(?:calls?|traffic|requests?|connections?) to (?:[\w-]+ ){0,4}(?:saas|vendors?|third[\s-]part\w*|external|partners?|stripe|twilio)\b[^.?!]{0,40}\b(?:via|through|from) (?:one|a single|1) (?:nat'?d |fixed[\s-]ip |egress |central |audited )?(?:proxy|box|ip|point|gateway|exit)\b|\bleave\w* from one (?:fixed |static )?ip\b|\b(?:leav\w*|outbound|outgoing|egress)\b[^.?!]{0,40}\b(?:a single|one|one central|a central) (?:proxy|gateway|exit)\b|\b(?:leav\w*|outbound|outgoing|outside world)\b[^.?!]{0,60}\b(?:one|single|dedicated|central\w*|common)\b[\w\s,'’-]{0,25}\b(?:door(?:way)?|gate|point|checkpoint)s?\b/,
  'multi-cluster':
    /\bmulti[\s-]?clusters?\b|\bmultiple clusters\b|\bmesh (?:to |that |which |should |must |would |has to )?span\b[^.?!]{0,40}\bclusters?\b|\b(?:calls?|traffic|requests) between (?:our |the )?[\w-]+ and (?:our |the )?[\w-]+ clusters\b|\b(?:should|must|needs? to|has to|have to|would|to) (?:just |automatically )?(?:take over|pick up (?:the |its |their |\w+'s )?(?:load|traffic|requests))\b[^.?!]{0,30}\b(?:automatic\w*|if|when|next time)\b|\bif (?:[\w-]+ )?(?:dies|goes down|fails|is down)\b[^.?!]{0,40}\b(?:should|must|will|has to) (?:just )?(?:take over|pick up)\b|\bin (?:us|eu|ap|ca|sa|me|af)-[a-z]+(?:-\d)?\b[^.?!]{0,30}\b(?:needs? to|has to|must|should) (?:call|reach|talk to)\b[^.?!]{0,30}\bin (?:us|eu|ap|ca|sa|me|af)-[a-z]+|\bnowhere (?:else )?to send (?:the )?(?:traffic|requests|users)\b|\bseveral clusters\b|\bmany clusters\b|\bcross[\s-]?cluster|\bacross clusters\b|\bmulti[\s-]?(?:mesh|network|region|cloud)\b|\bfederat\w*|\bboth clusters\b|\b(?:one|a single|single) (?:service )?mesh (?:across|over|spanning|stretched|spread|that spans)\b|\bclusters? (?:need|needs|have|has) to be (?:in )?one mesh\b|\bactive[\s-]active\b[^.?!]{0,60}\bregions?\b|\bclusters\b[^.?!]{0,20}\bas one mesh\b|\b(?:clusters|regions|(?:second|another|other|new|remote) (?:\w+ ){0,2}cluster)\b[^.?!]{0,120}\b(?:(?:one|a single|single|the same|same) mesh|join\w*\b[^.?!]{0,30}\bmesh)\b|\b(?:one|a single|single|the same|same) mesh\b[^.?!]{0,80}\b(?:clusters|regions)\b|\bfail\w* ?over\b[^.?!]{0,40}\b(?:regions?|clusters?)\b|\b(?:regions?|clusters?)\b[^.?!]{0,60}\bfail\w* ?over\b|\bspan(?:s|ning)?\b[^.?!]{0,60}\b(?:clusters|networks|regions|clouds|datacenters|data centers|vpcs)\b|\bacross (?:on[\s-]?prem\w*|clouds|regions|datacenters|data centers|vpcs)\b|\bhybrid[\s-]cloud\b|\bcross[\s-]?region\b|\bclusters\b[^.?!]{0,80}\b(?:call|talk to|reach)\w* (?:each other|one another) across\b|\bacross (?:\d+|two|three|four|five|six|several|multiple|many) (?:\w+ )?(?:regions|clusters|clouds|datacenters|data centers)\b|\bgeo[\s-]?(?:distributed|redundant|replicated)\b|\bclusters? (?:in|across|over) (?:\d+|two|three|four|several|multiple) (?:regions|datacenters|data centers|dcs|clouds)\b|\bover (?:\d+|two|three|four|several|multiple) (?:dcs|datacenters|data centers|regions)\b|\bstretch\w* (?:the |a |one |our )?mesh\b|\b(?:it all|all of (?:it|them|these)|everything|all (?:three|four|five|\d+)) (?:needs? to|must|has to|have to|should) (?:be|act as|behave as|behave like|work as) (?:one|a single) (?:service )?(?:mesh|network)\b|\b(?:as|into) (?:one|a single) mesh\b|\b(?:clusters?|regions?|sites?|dcs|data cent(?:er|re)s)\b[^.?!]{0,60}\b(?:calling|call|talk\w*|reach\w*|discover\w*|route to|routing to) (?:each other|one another)\b|\b(?:reach|call|talk to)\w* (?:the ones |those |services |workloads )?in (?:the |our |another |a different )?[\w-]+ (?:cluster|region|dc)\b|\b(?:third|fourth|extra|additional) cluster\b[^.?!]{0,40}\bjoin\w*\b[^.?!]{0,20}\bmesh\b|\b(?:second|another|other) cluster\b[^.?!]{0,50}\b(?:talk to|reach|call)\b|\bclusters\b[^.?!]{0,20}\b(?:behave|act|work) (?:like|as) (?:one|a single) (?:network|mesh)\b|\bspan\w*\b[^.?!]{0,40}\bcluster\b[^.?!]{0,15}\band\b[^.?!]{0,25}\bcluster\b|\bshared mesh across\b|\b(?:span\w*|cover\w*|stretch\w* (?:over|across)|unif\w*|join\w*|connect\w*) (?:both |all |each of )?(?:of )?(?:our |the |these |those )?(?:[\w-]+ (?:and|\+|&) )?(?:[\w-]+ )?clusters\b|\ban? [\w-]+ cluster and an? [\w-]+ cluster\b|\b(?:\d+|two|three|four|several|multiple) (?:aws )?(?:accounts|vpcs|vnets|networks|clouds)\b[^.?!]{0,40}\bone mesh\b|\bclusters? in (?:1|one|a single|the same) mesh\b|\b(?:in|on) the [\w-]+ cluster can(?:'t|not| not) (?:reach|talk to|call|see|connect to)\b|\bclusters\b[^.?!]{0,40}\b(?:work|act|behave|function|operate) as (?:one|a single) (?:system|mesh|network|platform|cluster)\b|\beach cluster is (?:its own|an) island\b|\bclusters? (?:are|is) (?:isolated )?islands?\b|\bfail[\s-]?over (?:to|from|between|across) (?:us|eu|ap|asia|europe|na|sa)-[a-z]+|\b(?:clusters|data[\s-]?cent(?:er|re)s|regions|dcs|sites|clouds)\b[^.?!]{0,60}\b(?:work|act|behave|function|operate|talk to each other|see each other) as (?:if (?:they were |it were )?)?(?:one|a single) (?:system|mesh|network|platform)\b|\breachable from both (?:sides|clusters|regions)\b|\bto join (?:ours|our (?:cluster|mesh))\b|\bregions? as (?:one|a single) (?:connected )?(?:mesh|system|network)\b|\bservice in [\w-]+ can(?:'t|not| not) (?:easily )?(?:call|reach|talk to)\b|\bone fabric across\b|\bas if (?:it|they) (?:were|was) (?:one|a single) (?:system|cluster|mesh|network)\b|\bcould(?:n't|nt| not) fail ?over\b|\b(?:separate|seperate) islands?\b|\bcall each other as if (?:they )?(?:lived|were|sat|ran) in one place\b|\bstitch\w* (?:\w+ ){0,3}(?:clusters|environments|regions)\b|\b(?:act|acts|behave|behaves|work|works|function|functions|operate|operates|run|runs) as (?:one|a single) (?:connected |unified |joined )?(?:system|network|platform)(?: of services)?\b|\bas (?:if|though) they were (?:one|a single)\b|\b(?:clusters?|sites?|regions?|data ?cent(?:er|re)s?|dcs?|plants?|clouds?|locations?|countries)\b[^.?!]{0,80}\b(?:be|become|form|act as|work as|behave as|join) (?:one|1|a single|one big|the same) (?:logical |shared |big )?mesh\b/,
  sidecarless:
    /\bside[\s-]?cars?\s*[?:]\s*(?:no|nope|nah|never|hell no|absolutely not)\b(?!\s+(?:problem|issue|worries|big deal|concern|preference|opinion)\b)|\bside[\s-]?car[\s-]?less\b|\b(?:never|no longer) (?:want|need|allow|accept)\w* (?:any )?side[\s-]?cars?\b|\b(?:zero|0) side[\s-]?cars?\b|\bwithout (?:a |the )?side[\s-]?cars?\b|\bno[\s-]side[\s-]?cars?\b|\bambient\b|\bdrop (?:the )?side[\s-]?cars?\b|\bget rid of (?:the )?side[\s-]?cars?\b|\bnot (?:run|use|have|want) (?:any )?side[\s-]?cars?\b|\bno more side[\s-]?cars?\b|\bside[\s-]?cars? (?:are|is|r) (?:a |an )?(?:absolute |hard |total )?(?:no[\s-]?go|non[\s-]?starter|deal[\s-]?breaker|show[\s-]?stopper|not an option)\b|\bavoid(?:ing)? (?:the )?side[\s-]?cars?\b|\bwithout (?:any )?side[\s-]?cars?\b|\b(?:don't|dont|do not|doesn't|doesnt|does not|won't|wont) (?:want|need|like|allow) (?:any |the )?(?:side[\s-]?cars?|prox(?:y|ies) (?:injected|(?:in|inside|within) (?:our |the )?pods))\b|\bside[\s-]?car[\s-]?free\b|\bper[\s-]node (?:proxies|proxy)\b|\bno (?:proxy|sidecar) containers?\b|\b(?:no|without|zero) (?:extra )?(?:prox(?:y|ies)|sidecars?)(?: containers?)? (?:injected )?(?:in|inside|within|into) (?:the |our |any )?(?:app\w* |application |workload )?(?:pods?|workloads?)\b|\b(?:no|without|zero) (?:any )?(?:per[\s-](?:pod|workload)|in[\s-]pod) (?:proxies|proxy|sidecars?)\b|\b(?:get\w*|take|taking|move|moving|keep\w*) (?:the )?(?:prox(?:y|ies)|sidecars?) out of (?:the |our |their )?(?:app\w* )?pods?\b|\bnothing (?:gets|is|can be|may be|will be) injected\b|\b(?:can't|cannot|can not|not allowed to|may not) (?:touch|modify|change|edit) (?:the |their |our )?pod specs?\b|\b(?:won't|will not|wont|don't|do not|refuse to) (?:accept|allow|tolerate|want) (?:anything|any \w+|extra \w+) (?:added|injected|inserted) (?:to|into|in) (?:the |our |their )?(?:app\w* )?pods?\b|\b(?:mesh|prox(?:y|ies)|data plane) (?:running |run )?as a daemon(?:set)? (?:on|per) (?:the |each |every )?nodes?\b|\b(?:instead of|rather than) (?:a |the )?side[\s-]?cars?\b|\b(?:isn't|is not|not) a side[\s-]?car\b|\bproxy (?:out of|outside(?: of)?) (?:the |our )?(?:app\w* )?pods?\b|\b(?:data plane|proxies|proxy) (?:at|on|per) (?:the )?(?:node|host)[\s-]?level\b|\bnode[\s-]level (?:proxies|proxy|data plane)\b|\b(?:hate|dislike|allergic to)\b[^.?!]{0,30}\bside[\s-]?cars?\b|\b(?:nothing|no|zero|not have|stop (?:putting|injecting|adding)|without)\b(?: \w+){0,2}? (?:inject\w*|prox(?:y|ies)|sidecars?)\b[^.?!]{0,20}\b(?:(?:in|into|inside|within) (?:the |our |their |any |every |each )?|to (?:every|each|all|our|the) )(?:app\w* )?pods?\b|\b(?:drop|ditch|remove|get rid of|eliminate)\w* (?:the |all |our )?(?:per[\s-]pod|in[\s-]pod) (?:prox(?:y|ies)|sidecars?)\b|\brefus\w* (?:to (?:have|allow|accept) )?(?:anything|sidecars?|prox(?:y|ies))\b[^.?!]{0,20}\b(?:in|into|inside) (?:the |our |their )?(?:app\w* )?pods?\b|\bproxy[\s-]?less\b|\bside[\s-]?cars? (?:gone|removed)\b|\bprox(?:y|ies) (?:(?:has|have|needs?|would have|will have) to (?:live|run|sit|be) |(?:must|should|can only|could) (?:live|run|sit|be) )?(?:per|on each|on every) node\b|\bno (?:injected|extra) (?:prox(?:y|ies)|sidecars?)\b|\b(?:can't|cannot|can not|not allowed to|no) (?:add|adding|inject\w*) (?:a |any )?(?:second|extra|additional|another|sidecar) containers?\b|\b(?:shared )?prox(?:y|ies) on (?:each|every|the) (?:host|node)s?\b|\b(?:zero|no) injected containers?\b|\b(?:can't|cannot|can not|not allowed to) inject anything\b|\bprox(?:y|ies)\b[^.?!]{0,20}\bdaemon[\s-]?set\b|\bsingle[\s-]container\b|\bnode[\s-]local prox(?:y|ies)\b|\b(?:inside|in) the pods?\b[^.?!]{0,10}\bis a non[\s-]?starter\b|\b(?:won't|will not|doesn't|does not|can't) (?:accept|allow|support|tolerate) (?:a |any )?(?:modified|changed|mutated|patched) pod ?specs?\b|\bnothing can be added (?:next to|alongside|beside) it\b|\b(?:break|breaks|broke|crash\w*)\b[^.?!]{0,30}\b(?:touch|modify|change|add)\w* (?:\w+ )?(?:to )?(?:its|their|the) pod(?: spec)?\b|\b(?:break|breaks|broke|crash\w*)\b[^.?!]{0,20}\b(?:if|when|whenever) we add (?:\w+ )?containers?\b|\b(?:don't|dont|do not|doesn't|won't) (?:want|need|like|allow) (?:an? |any )?(?:extra |additional )?(?:proxy |sidecar )containers?\b|\b(?:don't|dont|do not|no) (?:want )?(?:one|proxies|a proxy|anything) next to (?:our |the )?app\w*\b|\binject\w* (?:the )?(?:sidecars?|prox(?:y|ies))\b[^.?!]{0,20}\b(?:break\w*|crash\w*|kill\w*)\b|\b(?:per[\s-]pod |sidecar |injected )?proxy containers?\b[^.?!]{0,20}\b(?:gone|removed|dropped|eliminated|go away|to go)\b|\b(?:no|without) (?:per[\s-]pod )?proxy containers?\b|\b(?:remove|drop|kill|lose|ditch|eliminate) (?:the |those |all )?(?:per[\s-]pod )?proxy containers?\b|\b(?:mesh|proxy|proxies)\b(?: (?:to|should|must|would|could|can|will|needs? to))?(?: (?:live|run|sit|be|stay))? outside (?:the |our |of the |of our )?(?:app )?pods?\b|\b(?:data plane|proxy|proxies|mesh)\b[^.?!]{0,12}\bout of (?:the |our )?(?:app(?:lication)? )?pods\b|\bside[\s-]?cars? (?:are|is|was|were|got|have been|has been) (?:banned|forbidden|prohibited|not allowed|disallowed|off the table)\b|\b(?:bann?\w*|forbid\w*|prohibit\w*|disallow\w*|outlaw\w*)\b[^.?!]{0,15}\bside[\s-]?cars?\b|\b(?:cannot|can't|can not|don't want to|do not want to) (?:have|run|put) (?:a |the )?prox(?:y|ies) in (?:each|every|all|the) pods?\b|\bprox(?:y|ies) (?:to |would |could |should |must |can )?(?:live|run|sit|be) (?:on|at) (?:the|each|every) node\b|\bon the node instead of (?:in )?(?:the |each )?pods?\b|\b(?:no|zero|without) (?:adding |putting |injecting )?(?:a |an |any )?(?:extra|additional|helper) (?:containers?|proxies)\b|\bnothing (?:at all |extra )?(?:gets |is |being )?(?:added|injected|put|running|extra) (?:to|in|into|inside) (?:the |our )?(?:app |application )?pods\b|\b(?:don't|do not|doesn't|does not|never|without) (?:put|add|inject)\w* anything (?:in|into|inside|to) (?:the |our )?(?:app |application )?pods?\b|\b(?:adds?|puts?|injects?) nothing (?:at all |extra )?(?:to|in|into|inside) (?:the |our )?(?:app |application )?pods\b|\bstop (?:running|injecting|using) (?:a |the )?(?:proxy|sidecar) containers?\b|\b(?:won't|will not|can't|cannot|don't|do not) let anything (?:extra )?(?:run|go|live) (?:inside|in|into) (?:the )?(?:app |application )?pods\b|\b(?:avoid\w*|no|without|drop|ditch|get rid of) per[\s-]pod prox(?:y|ies)\b|\badding anything (?:inside|in|into|to) (?:the )?pods is (?:off the table|not an option|a no[\s-]go|not allowed)\b|\bno prox(?:y|ies) (?:living|running|sitting) (?:inside|in) (?:the )?(?:app |application )?pods\b|\b(?:never|no|without|not) (?:see |have |get )?(?:an? |any )?injected (?:proxy )?containers?\b|\bavoid\w* (?:putting|adding|injecting) (?:any |a |an )?(?:helper|extra|sidecar|proxy) containers?\b|\bonce on each (?:machine|node|host)\b|\banything extra added inside (?:them|the pods|our pods)\b|\b(?:another|an extra|any extra) containers? (?:stuck|put|added|injected) (?:in|into)\b|\b(?:won't|wont|will not|doesn't|does not|don't|do not|not) (?:allow|permit|accept|want|tolerate) anything (?:extra|else|additional) (?:in|inside|into) (?:the |our |their )?pods\b|\bveto\w*\b[^.?!]{0,20}\b(?:helper|extra|additional|sidecar|proxy) containers?\b|\b(?:stop|avoid|not|quit) (?:having|stuff\w*|putting|running) a proxy (?:living |running |sitting )?(?:in|inside|into) (?:every|each)(?: single)? pod\b|\bpods? (?:don't|dont|do not|won't|wont|never) get an? (?:extra|additional|second|injected) container\b|\b(?:proxy|proxies|sidecars?) (?:moved|taken|pulled|kept) out of the pods?\b|\bper[\s-]node (?:component|agent|daemon)\b|\bnothing (?:gets? |is )?(?:added|injected|put) (?:to|into|in) (?:our |the |their )?pods\b|\bget rid of (?:the )?(?:proxy|sidecar) containers?\b|\b(?:remove|drop|ditch|eliminate) (?:the )?(?:proxy|sidecar) containers? (?:in|from) (?:each|every) pod\b|\b(?:don't|dont|do not) want (?:any )?(?:prox(?:y|ies)|sidecars?)\b[^.?!]{0,25}\b(?:in|inside) (?:every|each|all|our|the) pods?\b/,
  'low-overhead':
    /\b(?:sidecar|proxy)\b[^.?!]{0,20}\b(?:mem|memory|cpu|footprint|overhead)\b[^.?!]{0,10}?\b(?:keep (?:it |them )?)?(?:minimal|as low as possible|tiny)\b|\bheadroom\b\W{0,4}(?:almost |basically |practically |pretty much |close to )?(?:none|zero|nil|nothing|0)\b|\bcheap(?:er|est)? (?:per|for each|on each|in each) (?:pod|node|workload)\b|\b(?:memory|ram|mem)(?:'s| is| are) (?:nearly|almost|basically|practically) (?:gone|full|maxed(?: out)?|exhausted|used up)\b|\bcan(?:'t|not| not) (?:give|spare|afford)\b[^.?!]{0,25}\b(?:another|extra|more) \d+(?:\s*-\s*\d+)?\s*(?:mb|mi|mib|m)\b|\b(?:zero|no|basically zero|almost no|hardly any|barely any) (?:spare )?headroom\b|\b(?:memory|ram|cpu)\b[^.?!]{0,25}\b(?:is|are) (?:already )?(?:critical|at the limit|at its limit)\b|\bnodes?\b[^.?!]{0,30}\b(?:close to|nearly|almost|basically|practically) (?:full|maxed(?: out)?)\b|\bnodes? (?:are |is )?(?:already )?maxed(?: out)?\b|\bfull on (?:memory|ram|cpu)\b|(?<!\b(?:don't|dont|do not|doesn't|doesnt|not|never|nobody|no one) (?:really |much |even )?)\b(?:care|cares) (?:most |a lot |mostly |deeply )?about (?:the |our )?footprint\b|\btight nodes\b|\b(?:low|lower|lowest|minimal|minimum|small|smaller|smallest|tiny|less|least|little|near[\s-]?zero|negligible|barely any|hardly any|almost no)\b[\w\s-]{0,15}\b(?:overhead|footprint|latency|resource\w*|memory|mem|ram|cpu)\b|\b(?:light|feather)[\s-]?weight\b|\blight enough\b|\b(?:\d+|lots of|many|a lot of)\s(?:\w+\s)?pods ?(?:\/|per|a) ?node\b|\btight (?:p9\d|latency)\b|\b(?:p9\d|latency)(?: budget| slo)? (?:is|are) (?:\w+ ){0,2}tight\b|\bdensely packed\b|\bpod density\b|\b(?:overhead|footprint|memory|mem|ram|cpu|latency)\b[\w\s/-]{0,30}\b(?:tiny|small|minimal|low|lowest|little)\b|\b(?:proxy|proxy's|sidecar|sidecar's|per[\s-]pod|per[\s-]workload)\b[^.?!]{0,20}\b(?:memory|mem|ram|cpu|latency|overhead|footprint|resources?)\b[^.?!]{0,30}\b(?:matters?|counts?|hurts?|(?:is|are) a (?:big|huge|real) (?:deal|concern|worry)|as close to zero)\b|\b(?:care about|matters?) most\b[^.?!]{0,15}\b(?:proxy|sidecar|per[\s-]pod)\b[^.?!]{0,10}\b(?:memory|mem|ram|cpu|latency|overhead|footprint)\b|\bhigh[\s-](?:pod counts?|density)\b|\bbarely (?:touch\w*|uses?|adds?|costs?)\b[^.?!]{0,20}\b(?:cpu|memory|mem|ram|resources|latency)\b|(?<!\b(?:you|we|i|would|should|to|way|do|they)\s)\b(?:lean|light(?:er|est)?)\s*(?:[.,;:!?+&]|$|and\b|mesh\b|option\b|please\b|pls\b|if possible\b|ideally\b)|\bperformance\b(?! (?:team|testing|tests?|engineers?|engineering|reviews?|lab|folks|people|group)\b)|\bfast(?:est)? proxy\b|\b(?:lean|light|tiny|small|slim|thin)(?:er|est)? (?:possible )?(?:proxy|proxies|data plane|sidecars?|footprint)\b|\btiny resource\w*|\bresource[\s-]thrifty\b|\bthrifty\b|\bp9\d\b[^.?!]{0,20}\b(?:can't|cannot|can not|won't) (?:blow|miss|break|exceed)\b|\bas (?:lean|light|small) as possible\b|\b(?:light|cheap|easy|gentle)(?:er|est)? on (?:the )?(?:resources|memory|mem|cpu|ram|nodes|vcpus?)\b|\blatency (?:budget|slos?|slas?)\b|\bper[\s-]pod (?:cpu|memory|mem|ram|latency|footprint|overhead|cost|hit|resources?)\b|\blight(?:er|est)? (?:mesh|option|one|possible)\b|\bevery (?:extra |additional |single )?(?:µs|μs|microsecond|millisecond|ms|millicore|mib|mb|megabyte|cpu cycle|core)s?\b[^.?!]{0,30}\b(?:we can|counts|matters|hurts)\b|\blatency[\s-]sensitive\b|\b(?:add\w*|overhead|latency|p9\d|per[\s-]hop)\b[^.?!\n]{0,30}\b(?:under|below|less than|at most|max(?:imum)?|no more than|<=?)\s*~?\d+(?:\.\d+)? ?(?:ms|µs|μs|us|milliseconds?)\b|\b(?:proxy|proxies|sidecars?|per[\s-]pod|each pod|data[\s-]?plane)\b[^.?!\n]{0,30}\b(?:under|below|less than|at most|max(?:imum)?|no more than|<=?)\s*~?\d+(?:\.\d+)? ?(?:m|mi?b|gi?b|millicores?|mcpu|vcpus?|cpu)\b|\bp9\d (?:latency )?(?:budget|slos?|slas?|target)\b|\b(?:added|extra) (?:p9\d|latency)\b|\bpay (?:per|by the) (?:vcpu|cpu|core)\b|\b(?:eats?|uses?|adds?|costs?) the least\b|\b\d+(?:\.\d+)? ?ms\b[^.?!]{0,40}\b(?:p9\d|slo|sla|latency budget)\b|\b(?:p9\d|slo|sla|latency budget)\b[^.?!]{0,25}\b\d+(?:\.\d+)? ?ms\b|\b(?:main|biggest|only|top|number one|first) (?:worry|concern|priority|thing|requirement)\b[^.?!]{0,10}\b(?:overhead|latency|footprint|memory|cpu)\b|\blean(?:er|est) (?:mesh|option|one|proxy|data plane)\b|\bdense (?:nodes|packing)\b|\bfrugal\b|\b(?:cpu|memory|mem|ram|resource) (?:cost|usage|use|overhead|footprint) of (?:the )?(?:prox(?:y|ies)|sidecars?)\b|\b(?:resource|memory|cpu|ram) usage (?:small|low|minimal|tiny)\b|\bkeep (?:the )?(?:resource|memory|cpu|ram) usage (?:small|low|minimal|tiny)\b|\b(?:p9\d|latency)\b[^.?!]{0,15}\b(?:super|very|really|extremely) low\b|\b\d+(?:\.\d+)? ?(?:ms|µs|μs|us|milliseconds?)\b[^.?!]{0,25}\b(?:per hop|to spend|for the (?:mesh|proxy|sidecar)|on the (?:mesh|proxy|sidecar)|mesh hop)\b|\b(?:answer|respond|reply|complete|return)\w* (?:with)?in (?:under |less than |below )?\d+(?:\.\d+)? ?(?:ms|milliseconds?)\b|\blatency (?:kept |stays? |staying )?(?:tight|low|minimal)\b|\b(?:crammed|packed|squeezed|stuffed)\b[^.?!]{0,20}\b(?:onto|on|into) (?:\d+|a few|few) (?:\w+ )?nodes\b|\bnodes?\b[^.?!]{0,30}\b\d+ pods each\b|\b(?:micro|milli)seconds? matter\b|\bsub[\s-]?millisecond\b|\b\d+ pods on each\b|\b(?:per[\s-]request )?(?:delay|latency) matters\b|\b(?:mesh|proxy|sidecar) tax\b|\b(?:next to|almost|close to) nothing\b[^.?!]{0,20}\b(?:latency|response times?|overhead|memory|cpu)\b|\b(?:bill|costs?|spend)\b[^.?!]{0,40}\b(?:went up|jumped|grew|rose|doubled|increased|spiked)\b[^.?!]{0,60}\b(?:prox(?:y|ies)|sidecars?|injection)\b|\b(?:cost|bill|spend)\w*\b[^.?!]{0,60}\bafter the (?:prox(?:y|ies)|sidecars?|mesh) went in\b|\bprox(?:y|ies)\b[^.?!]{0,30}\badd(?:ed|s)? (?:almost |nearly |about |over |more than )?(?:a|one|\d+(?:\.\d+)?) ?(?:ms|millisecond)s?\b|\b\d+(?:\.\d+)? ?ms (?:end[\s-]to[\s-]end |latency |total )?budget\b|\b(?:prox(?:y|ies)|sidecars?)\b[^.?!]{0,20}\b(?:doubled|tripled|bloated|inflated)\b[^.?!]{0,30}\b(?:memory|cpu|requests|footprint|bill)\b|\bprox(?:y|ies)\b[^.?!]{0,30}\bused? more (?:memory |cpu |ram )?than the (?:app|application|service|workload)\b|\b(?:can't|cannot|can not) spare\b[^.?!]{0,20}\b(?:memory|cpu|ram|resources)\b|\b(?:heavy|fat|big|bloated) (?:per[\s-]pod )?(?:prox(?:y|ies)|sidecars?|footprint)\b[^.?!]{0,30}\b(?:off the table|non[\s-]?starter|no[\s-]go|would force|not an option)\b|\b(?:cram|crams|cramming|pack|packs|packing)\b[^.?!]{0,20}\b(?:onto|on|into) (?:each|every|a|one|the|\d+|a few|few) (?:\w+ )?nodes?\b|\b(?:hundreds|dozens) of pods (?:per|on each|on every|a) node\b|\bevery (?:extra |additional )?(?:ms|millisecond)\b[^.?!]{0,30}\bshows up\b|\bcheap(?:er|est)?\b[^.?!]{0,15}\bresource[\s-]wise\b|\b(?:cpu|memory|ram)\b[^.?!]{0,20}\bper (?:proxy|sidecar|pod)\b[^.?!]{0,30}\bbill\w*\b|\bnodes?\b[^.?!]{0,20}\b[1-4] ?(?:gb|gi) (?:of )?(?:ram|memory)\b|\b[1-4] ?(?:gb|gi)(?: ram| memory)? nodes\b|\badds? (?:under|less than|below) (?:a|one|\d+(?:\.\d+)?) ?(?:ms|millisecond)s?\b|\bprox(?:y|ies)\b[^.?!]{0,40}\b(?:uses?|using) ~?\d+ ?(?:mb|mi|mib)\b|\b(?:proxy|sidecar|mesh) overhead,? (?:a |the )?(?:distant |close )?(?:second|third|fourth|last)\b|(?:^|[.:]\s+)(?:low |minimal |tiny |small )?(?:proxy |sidecar |mesh )(?:overhead|footprint)\s*(?:[.,;]|$)|\bskinn(?:y|ier|iest) (?:proxy|proxies|sidecars?|data plane)\b|\b(?:hit\w*|at|reach\w*) (?:the )?max(?:imum)? pods\b|\bpod limits (?:are|is) maxed\b|\bnodes? (?:are|is) (?:\w+ )?(?:tiny|small|little)\b|\b(?:close to|almost|nearly|basically|next to|practically|essentially|near)[\s-](?:zero|nothing|free)\b[^.?!]{0,25}\b(?:cpu|memory|mem|ram|overhead|resources?|latency)\b|\b(?:cpu|memory|mem|ram|overhead|resources?|latency)\b[^.?!]{0,25}\b(?:close to|almost|nearly|basically|next to|practically|essentially|near)[\s-](?:zero|nothing|free)\b|\b(?:memory|mem|ram|cpu|latency|overhead|footprint)\b (?:per|for each|on each|of each|added to each|in each) (?:pod|app|service|container|workload)\b[^.?!]{0,25}\b(?:really |truly )?(?:matters?|counts?|tiny|small|minimal|closely|close to zero)\b|\bextra (?:memory|ram|cpu|latency|delay)\b[^.?!]{0,40}\b(?:tiny|minimal|close to zero|near zero)\b|\bevery (?:extra )?(?:megabyte|mb|millicore|millisecond|ms|byte)\b[^.?!]{0,40}\b(?:counts?|matters?|bill|costs?)\b|\b(?:per|each|every) (?:internal |network |service )?hop\b[^.?!]{0,30}\b\d+(?:\.\d+)? ?ms\b|\b(?:get|gets|grow|grows|getting) fatter\b|\b(?:proxy|proxies|mesh|sidecars?) (?:must|has to|have to|needs? to|should) be (?:super|very|really|ultra|extremely) light\b|\bwatch\w* (?:the )?(?:memory|ram|cpu)\b[^.?!]{0,20}\bclosely\b|\bout of (?:memory |cpu |resource )?headroom\b|\bevery (?:bit of |last )?(?:cpu|memory|ram|mb|megabyte|millicore)\b[^.?!]{0,30}\b(?:accounted for|counts?|matters?)\b|\b(?:adds?|costs?|takes?) per pod\b[^.?!]{0,20}\bmatters?\b|\bevery pod's (?:memory|cpu|ram|footprint)\b|\bprox(?:y|ies)\b[^.?!]{0,25}(?:<|under|below|less than) ?\d+ ?mb\b|\b(?:one|a single|every|each) (?:extra |additional )?(?:ms|millisecond)\b[^.?!]{0,30}\b(?:notice|notices|noticing|noticed|feel|feels|hurts?)\b|\bprox(?:y|ies)\b[^.?!]{0,30}\b(?:push|pushes|pushing|drive|drives|spike|spikes)\b[^.?!]{0,20}\b(?:cpu|memory|ram)\b|\bper[\s-]pod (?:proxy )?(?:cost|overhead|footprint)\b[^.?!]{0,20}\b(?:stays?|be|remains?) (?:tiny|small|low|minimal)\b|\b(?:memory|ram|cpu|overhead|footprint|latency)(?: per pod)?\b[^.?!]{0,25}\b(?:is|are) (?:the whole game|everything|all that matters|what matters most|the (?:main|top|big|biggest) (?:thing|concern|issue|priority))\b/,
  'simple-operations':
    /\bsimpl(?:e|est|er|icity)\b(?! (?:dashboards?|views?|ui|graphs?|pages?|tables?|lists?|overview|answers?|questions?|http|rest|crud|grpc|services?|apps?|stateless)\b)|\beas(?:y|iest|ier)[\s-]to[\s-](?:run|operate|install|learn|use|manage|set up|stand up|deploy|maintain|get running|keep (?:running|up|alive))\b|\b(?:a |one |our )?(?:junior|new hire|newcomer|intern|new joiner|new grads?|graduates?|generalists?)(?: devs?| engineers?)?\b[^.?!]{0,20}\b(?:can|could|will|would|should be able to|is able to|would be able to) (?:run|operate|manage|handle|own|install|set up|maintain|upgrade)\b|\blow (?:complexity|maintenance)\b|\bless (?:complex|to learn|to run)\b|\bminimal ops\b|\b(?:least|less|little|minimal) (?:pain|effort|work|toil|maintenance)\b|\bease of (?:use|operation|operations|install\w*|management)\b|\beas(?:y|iest|ier)\b[\w\s-]{0,15}\bto (?:run|operate|install|learn|use|manage|set up|maintain)\b|\beasiest (?:install|setup|option)\b|\beas(?:y|ier|iest) (?:install|setup|set-up|upgrades?)\b|\bpart[\s-]?time\b|\b(?:easy|simple)\s*(?:[+&]|\?|$|mesh\b)|\b(?:short|under)[\s-]?staffed\b|\bgentle (?:ramp|learning)\w*|\b(?:install\w*|set ?up|up and running)\b[^.?!]{0,10}\bin minutes\b|\blimited (?:k8s |kubernetes |mesh |ops )?(?:experience|expereince|skills?|bandwidth)\b|\b(?:boring|trivial) to (?:run|operate|upgrade|maintain|install)\b|\b(?:install\w*|upgrad\w*|set ?up|stand\w* (?:it )?up|deploy\w*)\b[^.?!\n]{0,25}\bin (?:an? |one |under an? |less than an? )(?:afternoon|morning|hour|day|command)\b|\bin (?:one|a single) command\b|\bone[\s-]command (?:install\w*|upgrades?|setup)\b|\bwithout (?:a |any )?runbooks?\b|\bpainless\b|\bhassle[\s-]?free\b|\b(?:easy|painless|smooth|simple|boring) (?:day[\s-]?(?:2|two)|day[\s-]to[\s-]day|ops|operations)\b|\b(?:\d+|one|two|three|four|five|six|eight|ten|a few|few|a couple of|an) ?(?:h|hrs?|hours?) (?:a|per|each|every) (?:week|month|sprint)\b|\b(?:a|one|two|\d+) days? (?:a|per|each) (?:month|quarter|sprint)\b|\bno time (?:to|for)\b(?! (?:writ\w* |author\w* |any |the )?(?:polic\w*|rules|config\w* (?:policies|rules)))|\bme (?:\+|and|plus) (?:one|1|a|an) (?:intern|junior|other|colleague)\b|(?<!\b(?:dashboards?|metrics|encrypt\w*|mtls|graphs|success[\s-]rates?)\b[^.?!,;]{0,40})\b(?:little|nothing|not much|very little) to (?:tune|configure|maintain|babysit|learn)\b|\b(?:sane|good|right|safe) defaults\b|\bdefaults are (?:right|good|sane|safe)\b|\bmost boring to (?:run|operate)\b|\b(?:upgrades?|day[\s-]?(?:2|two)|operations|ops)\b[^.?!]{0,20}\bnon[\s-]?events?\b|\b(?:quick|fast) to (?:learn|pick up)\b|\blow[\s-]ops\b|\b(?:half a day|an afternoon|a day|an hour|a morning) to (?:set (?:it )?up|install|get (?:it )?running)\b|\bquick (?:install\w*|to install)\b|\b(?:up|running|live) (?:and running )?in (?:an? |one |1 |half an? )(?:afternoon|morning|hour|day)\b|\b(?:install\w*|set ?up|setup)\b[^.?!]{0,15}\bin (?:1|one) day\b|\bleast (?:ops|operational) (?:work|effort|burden|overhead)\b|\b(?:learn|pick up|master|gets? through)\w* (?:it |them )?in (?:a|one|an?|\d+) (?:week|day|afternoon|hour)s?\b|\bnever (?:seen|run|operated) a (?:service )?mesh\b|\b(?:single|one|1|lone) on[\s-]?call (?:person|engineer)\b|\bdedicated (?:specialist|expert|person|engineer|team)\b[^.?!]{0,20}\b(?:never hired|we don't have|we lack|can't afford)\b|\bnobody\b[^.?!]{0,20}\bhas (?:the )?time to (?:learn|run|operate|manage|maintain|babysit)\b|\b(?:can't|cannot|can not|don't want to|no time to) (?:spend|waste) (?:weeks|months)\b[^.?!]{0,20}\blearn\w*\b|\bno (?:mesh|k8s|kubernetes|istio|envoy) (?:background|experience)\b|\b(?:zero|no|little|limited) (?:mesh|k8s|kubernetes|istio|envoy) (?:experience|background|expertise|knowledge)\b|\bjuniors? can (?:operate|run|manage|handle|own)\b|\b(?:don't|do not|dont) want to read\b[^.?!]{0,30}\bdocs\b|\b(?:small|low|light|minimal) (?:ops|operational|maintenance) (?:burden|load|overhead|cost)\b|\b(?:never|not ever) (?:touched|used|run|ran|operated) (?:one|a mesh|a service mesh|a mesh before|one before)\b|\bspare (?:only )?(?:one|an|a|half an?|a single) (?:afternoon|day|morning|hour|few hours)\b[^.?!]{0,15}\b(?:a|per|each|every) (?:week|month|sprint)\b|\beasy to live with\b/,
  'fast-mtls-metrics':
    /\bmtls (?:on )?by default\b|\bfast(?:est)? (?:path|way|route) to (?:mtls|mutual tls|encryption)\b|\b(?:(?:every|all|each) (?:[\w-]+ )?(?:calls?|traffic|requests?|connections?|hops?)|everything)\b (?:between|among|inside|across) (?:[\w-]+ ){0,2}(?:services|svcs|pods|apps|workloads|microservices|the cluster)\b (?:is |are |gets? |be |being )?(?:\w+ )?encrypted\b|\binternal traffic (?:is |be |gets )?encrypted\b|\b(?:with )?no polic(?:y|ies)[\s-]writing\b|\bmutual tls (?:on )?by default\b|\bzero[\s-]?config|\b(?:mtls|mutual tls|encrypt\w*|metrics|dashboards?|success[\s-]rates?|golden signals)\b[^.?!]{0,40}\bout of (?:the )?(?:box|gate)\b|\bgolden (?:metrics|signals)\b|\btime to value\b|\bday (?:one|1)\b|\bquick(?:ly)? (?:start|win|setup|to set up)\b|\b(?:wants?|needs?|requires?) (?:mtls|mutual tls|encryption|encrypted traffic)\b|\b(?:asks?|asking|asked) for (?:two|2|three|3|a few) things: (?:mtls|mutual tls|encryption|encrypted traffic)\b|\bmtls\b[\w\s]{0,20}\bdefault\b|\bencrypt\w* everything\b|\bencrypt\w*\b[\w\s]{0,40}\bby default\b|\b(?:little|minimal|no) config\w*\b|\b(?:mtls|mutual tls|encryption|tls)\s*(?:\+|and|&|plus)\s*(?:metrics|dashboards?|observability|visibility|golden)\b|\b(?:metrics|dashboards?|observability|visibility)\s*(?:\+|and|&|plus)\s*(?:mtls|mutual tls|encryption)\b|\binstant\w* (?:mtls|mutual tls|encryption|tls|metrics|dashboards?|observability|visibility)\b|\bw\/o (?:any )?(?:config\w*|set[\s-]?up|tuning|yaml)\b|\bencrypt\w*\b[\w\s-]{0,30}\b(?:pod|service)[\s-]to[\s-](?:pod|service)\b|\b(?:pod|service)[\s-]to[\s-](?:pod|service)\b[\w\s-]{0,30}\b(?:encrypt\w*|mtls|tls|plain[\s-]?text)\b|\bmtls (?:everywhere|between (?:everything|all))\b|\bwithout (?:us |any |having to )?(?:configur\w*|config\w*|set(?:ting)?[\s-]?up|writing (?:any )?(?:polic\w*|config\w*|yaml))\b|\bmtls (?:between|for|on) (?:every|all)\b|\b(?:from|on) (?:minute|hour) (?:one|1|zero)\b|\bno (?:polic(?:y|ies)|config\w*|yaml)(?: files?)? to (?:write|maintain)\b|\bzero tuning\b|\bauto[\s-]?(?:mtls|mutual tls|encryption)\b|\b(?:mtls|mutual tls|encryption)\b[^.?!\n]{0,40}\bautomatic\w*|\bautomatic\w* (?:mtls|mutual tls|encryption)\b|\b(?:zero|no|without) (?:extra |additional |any |per[\s-]service )?(?:config\w*|setup|set-up|tuning)\b|\bwithout touching (?:\w+ (?:or|and) )?(?:the |any )?config\w*\b|\bwithout (?:us )?writing (?:any )?dashboards\b|\bred metrics\b|\bright after install\w*\b|\bwithout (?:any )?tuning\b|\b(?:the moment|as soon as|right when) (?:(?:the mesh|it|they|linkerd|istio)(?:'s|'re)? )?(?:(?:is|are|gets|get) )?installed\b|\bsuccess rates?\b[^.?!]{0,50}\b(?:latenc\w*|p9\d|p50)\b|\b(?:latenc\w*|p9\d|p50)\b[^.?!]{0,50}\bsuccess rates?\b|\b(?=without )(?<=\b(?:mtls|mutual tls|encrypt\w*|metrics|dashboards?|tls|observability|visibility|telemetry|success[\s-]rates?|golden|latency (?:numbers|graphs|stats))\b[^.?!]{0,80})without (?:instrument\w*|touching (?:the )?(?:apps?|app code|code)|(?:any )?code changes?|changing (?:the )?(?:apps?|code))\b|\bwithout (?:instrument\w*|touching (?:the )?(?:apps?|app code|code)|(?:any )?code changes?|changing (?:the )?(?:apps?|code))\b(?=[^.?!]{0,80}\b(?:mtls|mutual tls|encrypt\w*|metrics|dashboards?|tls|observability|visibility|telemetry|success[\s-]rates?|golden|latency (?:numbers|graphs|stats))\b)|\b(?:traffic|connections?|calls?|everything|requests)\b[^.?!]{0,40}\b(?:must|has to|have to|should|needs? to) be encrypted\b|\bfrom (?:the )?(?:first|1st) day\b|\b(?:latency|errors?|success)\b[\w/ -]{0,15}\bmetrics\b[^.?!]{0,40}\b(?:visible|out of the box|from the start|right away|immediately)\b|\b(?:mtls|mutual tls|encryption|tls)\s*(?:\+|and|&|plus)\s*(?:[\w-]+ ){1,2}(?:metrics|dashboards?|graphs?)\b|\bthe (?:day|moment|minute) (?:we|it|they)(?:'s|'re| is| are)? (?:roll|install|deploy|turn|switch|inject)\w*\b|\bencrypt\w*\b[^.?!]{0,15}\b(?:and|plus|\+|&)\b[^.?!]{0,30}\b(?:charted|charts?|graphed|dashboards?)\b|\b(?:mtls|mutual tls|encrypt\w*|tls)\b[^.?!]{0,30}\bby (?:next |this |the end of (?:the |this |next )?)?(?:friday|monday|tuesday|wednesday|thursday|week|month|sprint|eow|eod|tomorrow)\b|\b(?:mtls|mutual tls|encrypt\w*|tls)\b(?: [\w-]+){0,3}\s*(?:\+|and|&|plus)\s*(?:[\w-]+[\s-]){0,3}(?:metrics|dashboards?|graphs?)\b|\b(?:traffic|calls|connections)\b[^.?!]{0,40}\b(?:is|are) (?:still )?(?:plain[\s-]?text|unencrypted|in the clear|not encrypted)\b|\b(?:can't|cannot|couldn't|could not|no way to|unable to) (?:tell|see|know)\b[^.?!]{0,20}\bwhich service\b[^.?!]{0,30}\b(?:fail\w*|erroring|slow\w*|errors?|error rate|broken|down)\b|\bthe (?:day|week|moment) (?:the mesh|it) (?:goes in|lands|is installed)\b|\bthe week (?:we|it) (?:install|roll|deploy)\w*\b|\bno cert(?:ificate)?s? (?:wrangling|management|work|hassle|juggling|rotation work)\b|\bwithout wiring (?:anything|it|things|stuff) up\b|\bencrypted (?:right away|immediately|from day one|out of the box|instantly)\b|\b(?:on|from) (?:install|installation|rollout|deploy|go[\s-]live) day\b|\b(?:mtls|mutual tls|encryption|tls)\b[^.?!]{0,15},\s*(?:[\w-]+ ){0,2}(?:success rates?|golden (?:metrics|signals)|red metrics)\b|\b(?:straight|right|just|immediately) (?:after|on|at) (?:the )?install\w*\b|\b(?:appeared|show(?:ed|s)? up|were there) (?:right )?(?:on|after|at) install\w*\b|\b(?:calls|traffic|requests|connections|hops)\b (?:between|among) (?:services|pods|apps|workloads|microservices) encrypted\b|\bsuccess[\s-]?(?:rates?)?\s?(?:\/|and|&|\+) ?latency (?:numbers|metrics|graphs|dashboards|per)\b|\bencrypt\w*\b[^.?!]{0,60}\b(?:health|success|error|request|latency) (?:numbers|stats|charts|graphs|metrics|rates)\b|\b(?:just work|be there|show up|be on) (?:the moment|as soon as|right after|from the moment|straight after) (?:the thing |it |we |they )?(?:is |are )?(?:installed|install|turn it on|deploy\w*)\b|\bsuccess rates?\b[^.?!]{0,40}\b(?:right away|immediately|from day one|from the (?:first|start))\b|\bencrypted from the (?:first install|start|first day|get-go)\b|\b(?:switch|turn) it on and (?:immediately |instantly |right away )?see\b|\bencrypted automatically\b|\b(?:with )?no custom dashboards\b|\bfrom the (?:minute|moment|second|day) (?:the mesh|it) (?:goes in|is installed|is switched on|is turned on|lands)\b|\b(?:on|from) day ?1\b|\b(?:error|latency|timing|health)\b[^.?!]{0,25}\b(?:dashboards?|graphs?|metrics|numbers) (?:immediately|right away|instantly|from the start|from day one)\b|\bwithout (?:anyone|anybody|someone|us|a person|people) (?:writing|touching|doing|setting up) (?:any )?(?:config\w*|yaml|policies|setup)\b|\b(?:encrypt\w*|mtls|mutual tls)\b[^.?!]{0,100}\b(?:success[\s/-]?(?:rates?|latency|figures|graphs|numbers|metrics)|request success|error[\s-]?rates?|(?:latency|p99|response[\s-]times?) (?:figures|graphs|numbers|metrics|dashboards?|stats|per service)|p99 per service|golden (?:signals|metrics)|red metrics|request (?:metrics|stats)|how often (?:\w+ ){0,3}fail)/,
  'mid-migration':
    /\b(?:stuck|halfway|half[\s-]way|caught|sitting|living) (?:\w+ )?between (?:istio|linkerd) and (?:istio|linkerd)\b|\bmigrat\w*|\bmoving (?:from|off|to)\b|\bswitching (?:from|to)\b|\bin (?:the )?(?:middle|process) of (?:a |the )?(?:move|moving|swap\w*|switch\w*|migrat\w*)\b|\btransition\w* (?:from|to|between)\b|\b(?:mov|migrat|switch|port|transition)\w* (?!on to\b)(?:\w+ ){0,3}(?:from|off|to|onto) (?:istio|linkerd)\b|\bcut[\s-]?over (?:is )?(?:in progress|under ?way|ongoing|half[\s-]done)\b|\bmid[\s-]?(?:switch|migration|move|way through)\b|\bmid (?:[\w-]+ ){0,2}(?:switch|migration|move|cut[\s-]?over)\b|\bpart[\s-]?way (?:off|through|from)\b|\bcut(?:ting)?[\s-]?over (?:to|from) (?:istio|linkerd)\b|\b(?:off|from) (?:istio|linkerd) (?:onto|to) (?:istio|linkerd)\b|\b(?:istio|linkerd)[\s-]to[\s-](?:istio|linkerd)[\s-](?:swap|switch\w*|move|migration|cut[\s-]?over|transition)\b|\b(?:istio|linkerd) (?:to|->|→|=>) (?:istio|linkerd) (?:swap|switch\w*|move|migration|cut[\s-]?over|transition)\b|\breplac\w* (?:istio|linkerd) with (?:istio|linkerd)\b|\b(?:istio|linkerd) ?(?:->|→|=>) ?(?:istio|linkerd)\b|\bmid[\s-]?flight\b[^.?!]{0,30}\b(?:swap|switch|mov|migrat)\w*|\b(?:swapp?ing|switching|changing) (?:the |our )?meshes\b|\bswap\w* (?:istio|linkerd) (?:out )?for (?:istio|linkerd)\b|\b(?:old|previous|legacy) mesh\b[^.?!]{0,40}\b(?:move|moving|migrat\w*|switch\w*)\b|\bmov\w* onto the new (?:one|mesh)\b|\bmid[\s-]?cut[\s-]?over\b|\bhalf (?:of )?(?:our |the )?(?:\w+ )?on (?:istio|linkerd) and (?:the other )?half on (?:istio|linkerd)\b|\b(?:began|started) (?:switching|moving|migrating) over\b|\b(?:during|mid|halfway through|partway through|part way through|in the middle of) (?:the |our )?(?:switch|switchover|swap|changeover)\b|\bconsolidat\w* (?:onto|on|to) (?:istio|linkerd)\b|\bhalf (?:of )?(?:our |the )?(?:namespaces|services|workloads|apps|clusters|pods) (?:are )?(?:already )?(?:on|in|run(?:ning)?) (?:istio|linkerd)\b[^.?!]{0,40}\bhalf\b|\b(?:we're|we are) (?:in the middle of )?switching over\b|\bthe rest (?:is |are )?still (?:on|run|runs|running|in) (?:istio|linkerd)\b|\b\d+ (?:services|namespaces|apps|teams|workloads) (?:are )?(?:already )?on (?:istio|linkerd) and \d+ (?:are )?still on (?:istio|linkerd)\b|\b\d+ ?% of the way (?:off|from|out of|onto|to|through)\b|\bhalf (?:of )?(?:our |the )?(?:services|apps|workloads|namespaces) (?:are )?(?:still )?on (?:istio|linkerd) and (?:the other )?half on (?:istio|linkerd)\b|\b(?:since|after) (?:we )?start(?:ed)? the (?:move|migration|switch)\b|\b(?:moving|migrating|switching|porting) (?:[\w-]+ ){1,4}from (?:one mesh|linkerd|istio) to\b|\b(?:ripp|tear|pull|phas)\w* (?:out )?(?:istio|linkerd) (?:out )?(?:for|in favou?r of) (?:istio|linkerd)\b|\b(?:already |now )?on (?:istio|linkerd)(?: already| now)?\b[^.?!]{0,40}\bstill on (?:the old )?(?:istio|linkerd)(?: sidecars?| install\w*| mesh)?\b|\bfinish\w*\b[^.?!]{0,30}\bor (?:go|going|roll|rolling) back\b/,
};

/**
 * Needs said as burdens to avoid ("a small team", "we can't babysit it", "memory is tight"). A
 * negation before them does not rule the need out ("we don't want to babysit it" is the need), but
 * for "care about overhead", which is a need word: "we don't care much about overhead" is not.
 */
const BURDENS: Partial<Record<FactorId, RegExp>> = {
  'low-overhead':
    /\b(?:memory|mem|ram|cpu)\b(?:(?!\b(?:not|never|isn't|wasn't|fine|ok|okay|low|dropped|down|fell|fallen|reduced|lowered|only|from)\b)[^.?!%\d\n]){0,25}?\(?~?(?:[7-9]\d|100) ?%|\b(?:memory|mem|ram|cpu)(?:'s| is| are)? (?:already |always |constantly |usually |basically |clearly )?(?:the|our) (?:main |biggest |real |hard )?(?:bottleneck|constraint|limit)\b|\b(?:memory|mem|ram)(?: usage)? (?:is |are )?(?:always|constantly|already|permanently|chronically) (?:very |really |quite |so )?(?:high|tight|scarce)\b|\b(?:memory|mem|ram|cpu|nodes?) (?:(?:that|which) )?(?:is |are )?(?:already |now |currently )?(?:at|sitting at|running at) ~?(?:[7-9]\d|100) ?%|\b(?:memory|cpu|ram|resource)[\s-]constrained\b|\b(?:cloud |aws |gcp |azure |compute )?bill is (?:mostly|mainly|largely|dominated by) (?:compute|nodes|cpu|memory)\b|\bfewer,? (?:and )?smaller nodes\b|\b(?:nodes?|cluster) (?:is |are )?(?:already )?at (?:the |their )?limit\b|\bper[\s-]pod (?:proxy |sidecar |mesh )?cost\b|\b(?:compute|node|cloud) bill is (?:already )?(?:way |far |much )?too high\b|(?<!\b(?:we|they|i|we've|we just|just|since)\s)\b(?:eat|eats|eating|ate|burn|burns|burning|burned|burnt|double|doubles|doubling|doubled|took)\b[\w\s%-]{0,25}\b(?:nodes?|memory|cpu|ram|(?:node|cloud|aws|gcp|azure) bill)\b|\b(?:sidecar|proxy)(?:'s)? (?:memory|cpu|ram)\b|\b(?:memory|mem|ram|cpu|resources?|nodes?|capacity) (?:is |are )?(?:already |really |very |super |extremely |pretty |so |quite )?tight\b|\b(?:can't|cannot|can not|shouldn't|mustn't|must not) add (?:much|more than|a lot)\b|\b(?:can't|cant|cannot) afford\b[^.?!]{0,30}\b(?:sidecars?|prox(?:y|ies)|overhead|memory|cpu)\b|\b(?:fat|heavy|big|bloated) (?:sidecars?|prox(?:y|ies))\b|\b(?:[7-9]\d|100) ?% (?:memory|cpu|mem|ram)\b|\b(?:memory|cpu) (?:is |are )?(?:at|sitting at) (?:[7-9]\d|100) ?%|\b(?:running|run|runs) hot\b|\bmemory pressure\b|(?<!\b(?:don't|dont|do not|not|never|doesn't|doesnt|does not) (?:\w+ )?)\b(?:care|worried|worry)\b[\w\s]{0,15}\babout (?:the )?overhead\b|\boverhead (?:each|every|per) (?:proxy|sidecar|pod)\b|\b(?:p9\d|latency) budget\b[^.?!]{0,20}\btight\b|\b(?:no|little|limited|not much|very little|tight) (?:memory |cpu |resource )?headroom\b|\bnodes?\b[^.?!]{0,40}\b(?:packed|maxed|at capacity|full on (?:cpu|memory|ram))\b|\b(?:buy|buying|add|adding) more nodes\b|\b\d+ ?(?:mi?b|gi?b|millicores?)\b[^.?!]{0,25}\b(?:per|each|every) (?:pod|sidecar|proxy|container)\b|\b\d+ ?(?:mi?b|gi?b) (?:proxy|sidecar)\b|\b\d+ ?(?:mi|mib|mb|gi|gib|gb|m) (?:(?:memory|mem|ram|pod|cpu) )?limits?\b|\b(?:not|no|without|avoid\w*|never) add(?:ing|s)? (?:\w+ )?(?:latency|overhead|memory|cpu)\b|\b(?:can't|cannot|can not) (?:spend|use|afford) (?:much|more|a lot)\b[^.?!]{0,15}\b(?:cpu|memory|ram|resources)\b|\b\d+ ?% (?:utili[sz]\w*|full|used)\b|\b(?:memory|cpu|ram)[\s-]starved\b|\bstarved (?:for|of) (?:memory|cpu|ram)\b|\btight (?:memory|cpu|ram|resource) budget\b|\b(?:memory|cpu|ram) budget (?:per|for each|of each) pod\b|\b(?:memory|mem|ram|cpu|resources?) (?:is |are )?(?:very |really |quite |so |super |extremely )?(?:limited|scarce|constrained)\b|\b(?:overhead|memory|cpu|mb|cost)\b[^.?!]{0,20}\bmultipl(?:y|ies)\b|\btight (?:on )?(?:memory|mem|ram|cpu|resources|node resources)\b|\btiny nodes\b|\b(?:memory|ram|cpu)\b[^.?!]{0,20}\b(?:the (?:thing|resource|first thing) we run out of|what we run out of|runs? out first)\b|\bsqueez\w* (?:about |around |~)?\d+ pods\b|\bper[\s-]hop (?:latency )?budget\b|\b(?:nodes?|cluster|clusters) (?:run|are|is|runs) (?:very |really |super |extremely )?dense\b|\b(?:near|close to|at) (?:their |the |our )?(?:memory|ram|cpu) limits?\b|\bevery (?:mb|megabyte|mib|millicore)\b|\b(?:can't|cannot|can not|mustn't|must not|shouldn't)\b[^.?!]{0,10}\b(?:eat|use|take|cost|add|consume|need)\b (?:more than |over |up )?(?:a few|a couple of|\d+(?:\.\d+)?)\s?(?:millicores?|mcpu|mb|mi|mib|gb|megs|ms|milliseconds?)\b|\b(?:blew|blown|blows|blow) up (?:our |the )?(?:memory|ram|cpu|resource)\w*\b|\b(?:memory|ram|cpu)(?: usage| use)? (?:went up|jumped|grew|spiked|rose|ballooned|doubled|exploded)\b|\bprox(?:y|ies) (?:under|below|<|less than|within) \d+(?:\.\d+)?\s?ms\b|\bbarely registers\b|\b(?:prox(?:y|ies)|sidecars?) that eats? \d+\s?(?:mb|mi|mib)\b[^.?!]{0,30}\b(?:non[\s-]?starter|no[\s-]go|too much|unacceptable)\b|\blight on (?:our )?(?:memory|ram|cpu|resources|(?:~|about )?\d+ pods)\b|\b(?:memory|ram|cpu)(?: per pod)? (?:is )?(?:tightly|strictly|carefully) (?:budgeted|capped|limited)\b|\b(?:proxy|sidecar)\b[^.?!]{0,20}\b(?:can't|cannot|mustn't|shouldn't) (?:weigh|cost|use|take|be) (?:more|bigger|heavier) than the app\b|\b(?:pods|workloads|containers|services) (?:are|is) (?:all |mostly |really |very )?(?:tiny|small|minuscule)\b|\btiny (?:pods|workloads|containers)\b|\b(?:pods?|workloads?) (?:request(?:ing)?|with|of|at) (?:only |just |about |~)?\d+m (?:of )?cpu\b|\b(?:double|doubles|doubling|doubled|triple\w*)\b[\w\s%-]{0,25}\bfootprint\b|\b(?:memory|mem|ram|cpu) (?:is|was|are) (?:already |always |our |the |a )*(?:bottleneck|constraint|limiting factor|scarce)\b|\b\d+% of (?:their|our|the|its) (?:memory|cpu|mem|ram)(?: limits?)?\b|\boom[\s-]?kill\w*\b|\b(?:proxy|sidecar) bloat\b|\b(?:lose|add|spend|cost)\b (?:more than |over )?(?:a |one |half a )?(?:millisecond|ms)\b|(?:<|under|below|less than|at most|no more than)\s*\d+(?:\.\d+)?\s*(?:mb|mib|mi)\b[^.?!]{0,25}\bper (?:pod|workload|sidecar|proxy|container|service)\b|\b(?:only|just|a) few (?:mb|mib|megabytes)\b|\b(?:strict|tight|hard|fixed|limited|small) (?:memory|cpu|ram|resource) budgets?\b|\b(?:eat|eats|eating|ate|burn\w*|us(?:e|es|ing)|tak(?:e|es|ing))\b[\w\s%-]{0,25}\b\d+ ?(?:mb|mib|mi|gb)\b[^.?!]{0,15}\b(?:each|per|every)\b|\b(?:no|little|zero|minimal|hardly any|barely any) (?:extra )?weight on (?:our |the )?(?:pods|nodes|cluster)\b|\b(?:has to|must|should|can) (?:only )?cost (?:microseconds|almost nothing|next to nothing)\b|\b(?:hard|tight|strict) (?:[\w-]+ )?(?:timing|time) budget\b|\b(?:can't|cannot|mustn't|must not|shouldn't) slow (?:requests |things |calls |us |traffic )?down\b|\blatency is (?:\w+ )?capped at\b|\b(?:per pod|prox(?:y|ies)|sidecars?)\b[^.?!]{0,25}\b(?:has to|must|should|needs to) be (?:tiny|small|minimal|light|lean|negligible)\b|\bcan(?:'t|not| not) get (?:any )?slower\b|\b\d+ ?ms (?:response[\s-]time |response |latency )?(?:promise|target|sla|budget|guarantee)\b|\bcan(?:'t|not| not) afford (?:any )?(?:extra |added |more )?(?:drag|latency|overhead|slowdown)\b|\brespond in under \d+ ?ms\b|\bcan(?:'t|not| not) hog\b|\bhog\w* (?:resources|memory|cpu)\b|\bsmallest nodes\b|\bevery millisecond (?:we add |added )?(?:counts|matters|shows up|hurts)\b|\b(?:doesn't|does not|won't|will not|mustn't|must not|shouldn't) slow (?:down )?(?:our |the )?(?:api|requests|things|calls|us|traffic|app)\b|\bevery \d+ ?(?:mb|mib|ms|millicores?|m) (?:matters|counts)\b|\b(?:memory|ram|cpu) is (?:our |the )?(?:biggest|largest|main|top|major)\b[^.?!]{0,15}\b(?:bill|cost|expense|spend|line item|line)\b|\b(?:99th percentile|p99|p95|latency)\b[^.?!]{0,20}\b(?:has to|must|needs to) stay (?:under|below)\b|\b(?:a few |any )?extra (?:ms|milliseconds) per hop\b|\bmemory (?:graphs? |usage |use )?(?:doubled|tripled|spiked|jumped)\b|\btiny (?:workers|jobs)\b|\bpods? (?:also )?(?:have|has|need) to stay (?:lean|small|light|tiny)\b|\b(?:each |pods? )?capped at \d+ ?(?:mb|mib|mi)\b|\bcost per pod\b|\bthin (?:compute |cpu |memory )?margins\b|\bpods on a tight budget\b|\b(?:not|never|without) (?:move|moving|go|going|upgrad\w*) to bigger (?:nodes|instances|machines)\b|\bheavy mesh is (?:not an option|a no[\s-]go|out)\b|\bcan(?:'t|not) (?:afford|run|take) a heavy mesh\b|\b(?:light|easy|gentle) on (?:our |the )?(?:\d[\d,]*[\s-]pods? )?(?:clusters?|nodes?|resources|cpu|memory|ram)\b|\bwon't add (?:much|a lot of|lots of) (?:cpu|memory|ram|latency|overhead)\b|\b\d+(?:\.\d+)? ?v?cpus? nodes\b|\bcan(?:'t|not| not) take (?:a )?(?:big|large|huge|real) bite\b|\b(?:smallest|least|small|tiny|minimal) bite\b|\b(?:add|adds|adding) (?:any )?(?:noticeable|measurable|significant|visible|real) (?:delay|latency|lag|overhead)\b|\b(?:adding|adds|add) more than (?:a couple(?: of)?|a few|a|one|half a|\d+(?:\.\d+)?) ?(?:milli ?seconds?|ms)\b|\bpack\w* (?:our |the )?pods (?:very |really |quite )?(?:densely|tightly)\b|\b(?:has|have|needs?|must) to (?:stay|be|remain|run) (?:light|lean|small)\b|\b\d+ (?:\w+ )?pods (?:on|in) (?:every|each|a|one|per) node\b|\b~?\d+(?:\.\d+)? ?(?:gb|gib|mb|mib) (?:of )?(?:ram|memory) (?:per|a|on each|on every) node\b|\b(?:memory|ram|cpu|resources?|overhead)(?: per (?:pod|node|container))? (?:really |very much |a lot )?matters?\b|\b(?:must|has to|have to|needs? to|should) (?:finish|complete|return|respond|come back|answer) (?:in |within |under |below )(?:about |around |roughly )?(?:\d+|a few|one|two) ?(?:ms|milli ?seconds?)\b|\bcan(?:'t|not| not) take (?:a )?(?:meaningful|much|significant|real|noticeable|any real) (?:memory|ram|cpu)\b|\bcan(?:'t|not| not) buy (?:more|new|bigger|extra) (?:hardware|nodes|machines|servers)\b|\b(?:ram|memory|cpu)(?: per (?:pod|node))? is (?:precious|scarce|at a premium)\b|\bp9\d (?:latency )?(?:slo|sla|slos|target|goal)s? (?:of |is |at )?(?:<|under|below|within)? ?\d+(?:\.\d+)? ?ms\b|\beats? a (?:chunk|lot|big chunk|slice) of (?:every |each )?(?:pod's |node's )?(?:memory|ram|cpu)\b|\b(?:memory|ram|cpu)\b[^.?!]{0,40}\bmatters? (?:a lot|a great deal|hugely|enormously)\b|\bevery (?:extra )?(?:megabyte|mb|mib|gb)\b[^.?!]{0,15}\b(?:costs?|counts?|matters?)\b|\b(?:proxy|proxies|mesh|hop|sidecar) can (?:only )?add (?:maybe |at most |max |up to |about |~)?\d+(?:\.\d+)? ?(?:ms|milliseconds?|µs|us|microseconds?)\b|\b(?:every|each|per) hop (?:must|has to|should|needs to) (?:stay|be|remain) (?:under|below|within)\b|\bthe lightest (?:thing|option|one|mesh)(?: possible)?\b|\b(?:has to|must|needs? to) be (?:very |super |really )?light per pod\b/,
  'simple-operations':
    /\bwho (?:runs|operates|owns|maintains|will run|would run)\b[^.?!]{0,25}?[?:]\W*(?:you|u|me) ?(?:\+|and|&) ?(?:you|u|me|him|her)\b|\b(?:small|tiny|little|lean) (?:infra |platform |ops |sre |devops )?(?:team|crew)\b|\bkeep(?:ing)? (?:the )?(?:ops|operational|operations|maintenance|on-?call) (?:burden|load|overhead|work|toil) (?:low|down|small|minimal)\b|\bfew (?:people|engineers)\b|\b(?:no|zero) (?:dedicated |real |full[\s-]time )?(?:platform|ops|sre|devops|infra) (?:team|people|person|engineers?|staff|guys?|gals?|folks|admins?)\b|\b(?:no |without (?:an? |any )?)(?:dedicated |real |full[\s-]time )?(?:sres?|ops|devops)\b|\bnobody (?:here )?(?:who )?(?:has|have) (?:ever )?(?:run|operated) a (?:service )?mesh\b|\bno (?:dedicated |full[\s-]time )?(?:service )?mesh (?:specialists?|owners?|experts?|admins?|team|people|person)\b|(?<!\b(?:accept|tolerate|live with|fine with|ok with|okay with|mind|happy with|take on) (?:a |the )?(?:\w+ )?)\blearning curve\b|\bbabysit\w*|\bfull[\s-]?time (?:person|engineer|job|hire)\b|\binstall\w* (?:it )?in an? (?:afternoon|morning|hour|day)\b|\bboring (?:upgrades|operations|ops)\b|\bupgrades?\b[\w\s]{0,20}\bboring\b|\b(?:only|sole|solo|lone|single|one|1|just one|only one) (?:infra|ops|platform|devops|sre|k8s|kubernetes) (?:person|engineer|eng|guy|gal|admin)\b|\bme and (?:one|two|a couple of) other\b|\bone[\s-](?:person|man|woman) (?:team|ops|platform)\b|\b(?:platform|infra|ops|devops|sre) team is (?:just |only )?(?:me|one person|one guy)\b|\b(?:can't|cant|cannot) be on[\s-]?call for\b|\bme (?:\+|and|plus) (?:one|1|a|an) (?:contractor|consultant|freelancer|part[\s-]?timer|teammate|co-?worker|dev|engineer|person)\b|\b(?:nobody|no ?one|none of us)\b[^.?!]{0,20}\b(?:has|have)\b(?: \w+){0,2} (?:run|operated|used|managed)\b[^.?!]{0,10}\b(?:(?:a |any )?(?:service )?mesh|envoy|istio|linkerd)\b|\b(?:ops|on[\s-]?call(?: rotation)?|oncall|infra|(?:the )?platform) (?:is|=) (?:literally |basically |just |only )*(?:me|one (?:person|guy|gal|volunteer|engineer))\b|\bone (?:volunteer|person|engineer|guy|gal|dev)\b[^.?!]{0,15}\b(?:does|doing|runs|running|handles|handling|owns|covers) (?:the |all (?:the )?)?(?:ops|infra|platform|on[\s-]?call)\b|\bnew to (?:service )?mesh(?:es)?\b|\b(?:can't|cannot|shouldn't|mustn't) be (?:too )?hard to (?:learn|run|operate)\b|\bskeleton (?:crew|staff|team)\b|\b(?:only |just )?(?:one|a single) (?:sre|devops engineer|ops engineer|platform engineer)\b(?! team)|\b(?:don't|dont|do not|no|nobody (?:has|have)) (?:have )?(?:the )?time (?:to )?(?:learn|run|operate|manage|maintain|babysit)\b|\bteam (?:that|which|who) (?:has )?never (?:used|run|operated)\b|\b(?:nobody|no ?one|none of us)\b[^.?!]{0,15}\bknows? (?:envoy|istio|linkerd|meshes|service meshes)\b|\bteam (?:is )?(?:small|tiny)\b|\b(?:maintained|run|owned|looked after|managed|operated|handled) by (?:just |only )?(?:one|a single|1) (?:person|engineer|dev|developer|sre|guy|gal|admin)\b|\b(?:i'm|i am|i'd be|i would be|i'll be|i will be) the only (?:one|person|engineer|developer|dev|sre|techie)\b|\b(?:i'm|i am) alone (?:to|in|for|on) (?:manage|managing|run|running|operate|operating|maintain|maintaining|look after|the)\b|\bthe only (?:one|person|engineer) (?:who|that)(?:'d| would| will| can)? (?:look after|run|maintain|own|operate|manage|handle|babysit)\b|\blow[\s-]effort (?:to (?:run|operate|maintain|own|look after)|ops|operations)\b|\b(?:team|we|platform|crew|ops|sre|staff)\b[^.?!]{0,20}\b(?:shrank|shrunk|is down|are down|went down|got cut|was cut|reduced) to (?:\d(?:\.\d)?|one|two|three|four|just|only)\b|\b(?:only|just) (?:one|1|a single) (?:person|engineer|dev|sre|admin|human|operator)\b|\b(?:it's|its|it is) (?:just|only) me\b|\bjust me (?:running|looking after|maintaining|on|operating|owning|babysitting)\b|\bsolo (?:operator|engineer|admin|sre|dev|ops)\b|\bone[\s-](?:person|man|woman|human) (?:team|show|band|ops)\b|\bone person (?:runs|would run|to run|running|maintains|to maintain|owns|to own|on)\b|\bteam is (?:just |only )?(?:one|1|a single|a) (?:part[\s-]time )?(?:contractor|person|engineer|dev|developer|sre|admin|freelancer|consultant)\b|\b(?:one|a single|1) (?:part[\s-]time )?(?:contractor|freelancer|consultant) (?:\w+ )?(?:two|2|one|1|three|3|a few) days a week\b|\b(?:no|(?:nobody|no one|none of us)(?: here)? (?:has|have)) (?:any )?(?:prior |real )?(?:experience|expertise|knowledge) (?:with|in|of|running) (?:a |any )?(?:service )?mesh(?:es)?\b|\b(?:needs? to|has to|should|must) (?:basically |just |pretty much )?run (?:by )?itself\b|\b(?:no|don't have|do not have|without) (?:the )?budget (?:to|for) (?:hire|hiring|a)\b[^.?!]{0,20}\b(?:platform|ops|sre|devops|infra)\b|\bend up being the (?:ops|platform|infra|sre) \w+|\b(?:ops|operations|platform|infra) is (?:just |only )(?:me|one person|two people|a contractor)\b|\b(?:only |just )?a handful of (?:us|people|engineers)\b|\bcare and feeding\b|\bthe (?:one|only) (?:person|engineer|guy|one|sre) who knows\b|\b(?:helm install|install) and done\b|\b(?:be |am |i'm )?the only (?:person|one|engineer) (?:maintaining|running|looking after|operating|on)\b|\blow[\s-]maint\w*|\b(?:least likely to|won't|doesn't|not) page us\b|\bpage us at (?:\d|\w+) ?am\b|\b(?:don't|dont|do not) have anyone to spare\b|\bburn\w* sprints\b|\b(?:i'm|i am|im|he's|she's|they're) the only (?:sre|ops|devops|platform|infra|k8s|kubernetes)(?: engineer| person| guy| admin)?\b|\b(?:a single|one|a lone|a sole|only one|just one) (?:volunteer |part[\s-]time |overworked )?(?:sysadmin|admin|ops person|sre|devops (?:engineer|person))\b|\bcan(?:not|'t| not) (?:manage|handle|run|operate|maintain) (?:a |anything |something |any )?(?:complicated|complex)\b|\b(?:upgrades?|operations|day[\s-]?2)\b[^.?!]{0,15}\b(?:don't|doesn't|do not|does not|never|won't) (?:need|require|take) a war[\s-]?room\b|\bcan(?:'t|not| not) take on (?:a |any )?(?:long |big |major )?(?:learning|training) (?:project|curve|effort)\b|\bhalf an? (?:engineer|person|sre|fte|admin)(?:'s)? time\b|\bone person can (?:install|run|operate|upgrade|maintain|look after|manage)\b|\b(?:no|zero) infrastructure (?:people|engineers|team|staff)\b/,
  sidecarless:
    /\bnothing (?:will |would |can |may )?(?:be |get |gets )?(?:added|injected|put) (?:in|into|to) (?:their|the|our|app|any|application) pods\b|\b(?:has|have|needs?) to (?:live|run|sit) outside (?:of )?(?:the |their |our |app )?(?:pods|them)\b|\b(?:inject\w*|add\w*) (?:any )?(?:extra|additional|more) containers?\b|\bextra containers? (?:in|into|to)\b|\binjection is a no[\s-]?go\b|\b(?:extra|additional|more) containers? (?:injected|added)\b|\b(?:forbid\w*|prohibit\w*|not allow\w*|won't allow|can't have|refus\w*)\b[^.?!]{0,15}\b(?:adding|injecting|extra|additional)\b[^.?!]{0,10}\bcontainers?\b|\b(?:refus\w*|won't|will not|can't|cannot|don't want|do not want|not allowed)\b[^.?!]{0,20}\b(?:anything|something|stuff|things) injected\b|\binjected next to (?:their|our|the) (?:containers?|apps?)\b|\b(?:another|an extra|a second|one more|yet another) container injected\b|\bwithout a proxy (?:per|in each|in every|inside each) pod\b|\b(?:jobs?|cronjobs?)\b[^.?!]{0,20}\bnever (?:finish|complete|exit)\w*\b[^.?!]{0,60}\b(?:proxy|sidecar|injected container)\b|\b(?:proxy|sidecar)(?: container)? keeps running after\b|\b(?:upgrad\w*|updat\w*|bump\w*) (?:the |a |our )?(?:proxy|proxies|sidecars?|mesh)\b[^.?!]{0,40}\brestart\w*\b|\b(?:proxy|sidecar|mesh) (?:upgrade|update|bump)s?\b[^.?!]{0,40}\brestart\w*\b|\brestart\w* (?:all |every |each )?(?:the |our )?(?:\d+ )?pods\b[^.?!]{0,40}\b(?:proxy|proxies|sidecars?)\b|\bwait\w* (?:for|on) (?:the |a |each )?(?:sidecar|proxy)\b[^.?!]{0,20}\b(?:come up|start|be ready|get ready)\b|\b(?:sidecar|proxy) injection (?:breaks|broke|slows|delays|doubles|messes)\b|\bdoubl\w* (?:the |our )?pod start(?:up)? times?\b|\bcan(?:'t|not| not) (?:change|touch|modify) (?:the )?pod (?:definitions|specs?|manifests|templates)\b|\bbann?\w*\b[^.?!]{0,15}\b(?:adding|inject\w*|extra|additional|helper|proxy|sidecar)\b[^.?!]{0,10}\bcontainers?\b|\bextra containers? (?:get |gets |are |is )?(?:injected|added)\b|\bper[\s-]pod (?:proxies|proxy|sidecars?) (?:are|is) (?:out|a no[\s-]?go|off the table|not an option)\b|\binjected (?:container|proxy|sidecar)s? (?:keeps?|kept) running\b|\b(?:another|an extra|extra|additional|a second|more) containers? (?:added|injected|stuck|put) (?:to|into|in|inside)\b|\b(?:live|run|runs|sit|sits|be|stay) on (?:the|each|every) (?:node|machine|host)s? instead\b|\b(?:live|run|runs|sit|sits|stay) outside (?:their|the|our) pods\b|\bwithout (?:putting|adding|injecting|placing) anything (?:in|into|inside) (?:each|every|the|our|their) pods?\b|\bone (?:shared )?(?:agent|proxy|daemon|process) per (?:machine|node|host|server)\b|\bcan(?:'t|not| not) add containers? to (?:the |our |their )?pods\b|\b(?:has|have|needs?) to run (?:per|on each|on every) (?:machine|node|host)\b|\bwon't accept (?:another|an extra|extra|any extra|a second) containers?\b|\banything injected (?:in|into) (?:our |the |their )?pods\b|\b(?:rather (?:have|run)|prefer)\b[^.?!]{0,40}\bthan (?:a |one )?(?:proxy|sidecar) (?:inside|in) (?:every|each) pod\b|\bnot (?:to )?have (?:a |any )?(?:proxy|sidecar|extra) containers? (?:inside|in) (?:every|each|our|the) pods?\b|\b(?:doesn't|does not|don't|do not|won't) need anything injected (?:into|in)\b|\bwithout a (?:proxy|sidecar|container) (?:stuck|injected|put|added) (?:into|in)\b|\bskip the (?:extra|additional|injected) containers?\b|\b(?:injected|sidecar|proxy) (?:proxy |sidecar )?(?:container )?never (?:exits?|terminates?|stops|shuts down|finishes)\b|\b(?:stuff\w*|cram\w*|bolt\w*|shov\w*|jam\w*|inject\w*|add\w*|put\w*) (?:an? |another |one more |a second |an extra |extra )(?:\w+ )?containers? (?:in|into|inside|onto|to) (?:every|each|all|our|the)(?: single)? pods?\b|\b(?:one more|another|an extra|any extra) (?:helper |sidecar |proxy )?containers? (?:per|in each|in every|inside each|inside every|in the|into each|into every) pods?\b/,
  // Pains that imply the need: "the pen test found plaintext traffic between services", "we have no
  // idea what our error rates are".
  'fast-mtls-metrics':
    /\b(?:plain[\s-]?text|cleartext|clear[\s-]text|unencrypted|non[\s-]?encrypted)\b[^.?!]{0,30}\b(?:traffic|calls?|connections?|requests|between (?:services|svcs|pods|apps)|service[\s-]to[\s-]service|inside the cluster|in the cluster|east[\s-]west)\b|\b(?:no idea|not sure|can't see|cant see|cannot see|can't tell|cant tell|cannot tell|no visibility (?:into|on)|blind (?:to|on)|no way to (?:see|tell|know))\b[^.?!]{0,40}\b(?:error rates?|success rates?|failure rates?|golden (?:signals|metrics)|red metrics|which (?:calls|requests|services) (?:fail|error)\w*)\b|\b(?:still )?(?:have |got )?no (?:mtls|encryption|mutual tls)(?: or| and| nor)? (?:dashboards|metrics|visibility|graphs)\b|\bno (?:latency|success|error|request) (?:numbers|metrics|stats|graphs|rates)\b|\bnothing (?:is )?encrypted\b|\bflying blind\b|\bhand[\s-]?(?:rolls?|rolling|make|makes|craft\w*|build\w*|manag\w*)\b[^.?!]{0,10}\b(?:tls|ssl|x509) certs?\b|\b(?:builds?|building|hand[\s-]?build\w*)\b[^.?!]{0,15}\b(?:grafana|dashboards?|panels?)\b[^.?!]{0,25}\b(?:error rates?|latency|success rates?|golden)\b|\bis (?:the |our )?traffic encrypted\b[^.?!]{0,6}[?']?[^.!]{0,40}\berror rate\b|\bplain http\b[^.?!]{0,30}\b(?:between|inside|within|across)\b/,
  // "any node can talk straight to the internet": nobody can say which workload called out.
  'egress-gateway':
    /\b(?:any|every) (?:node|pod|service|workload|app) can (?:talk|go|call|reach|connect) (?:straight |directly )?(?:(?:out )?to )?the internet\b|\b(?:leaves|leave|exits|goes out|go out)\b (?:the cluster )?(?:straight |directly )?from (?:\d+|all|every|each|many|random|any) (?:of (?:our|the) )?nodes?\b|\b(?:pods?|services?|workloads?|apps?)\b[^.?!]{0,15}\b(?:reach|reaches|hit|hits|call|calls|talk to|talks to|go out to|goes out to) the internet (?:directly|straight)\b|\b(?:prove|know|tell|see|audit|trace)\b[^.?!]{0,15}\bwhat (?:left|leaves|goes out of|went out of) the cluster\b|\b(?:pods?|services?|workloads?|apps?)\b[^.?!]{0,15}\b(?:reach|reaches|hit|hits|call|calls|talk to|talks to) (?:random |arbitrary |any )?(?:external|outside|public|internet) (?:ips|hosts?|apis|endpoints|services|addresses)(?: directly)?\b|\b(?:directly )?from (?:random|any|arbitrary|whatever|many|all) (?:node |worker )?ips\b|\bcan(?:'t|not| not) (?:allowlist|whitelist|allow-list)\b|\b(?:prove|know|tell|see)\b[^.?!]{0,10}\bwhich (?:workload|pod|service|app) (?:talked|talks|called|calls|went) (?:to )?(?:what|where)\b|\bcan(?:'t|not| not) prove (?:what|which)\b[^.?!]{0,25}\b(?:left|leaves|went out|goes out|leaving)\b/,
};

/**
 * "We don't need fancy routing" names a need only to rule it out. Before a factor's words, in the
 * same clause: a need negated ("don't need", "no need for", "not interested in"); after them, in the
 * same clause: "is not needed", "isn't a requirement". The burdens above are not ruled out by a
 * negation (only by a list's "X: not needed" after them), and sidecarless only when named plainly
 * ("no sidecarless requirement"): "no sidecars" is the need.
 */
const NOT_NEEDED = String.raw`\b(?:do not|don't|dont|does not|doesn't|doesnt|won't|wont|will not|never|no longer|not) (?:really |actually |even |currently )?(?:need|needs|want|wants|care (?:much |a lot |too much )?(?:about|abt|for)|require|requires|do|use|used|plan (?:on|to)|planning(?: on| to| for)?(?: any| to| on)?|write|build|be (?:writing|using|running|doing|needing)|doing|using|running)\b|\bno (?:need|plans?|requirements?|reason) (?:whatsoever |at all |yet )?(?:for|of|to)\b|\bnot (?:interested in|looking for|after|a fan of)\b|\bno (?:appetite|apetite|stomach|bandwidth) for\b|\b(?:could|can) (?:easily |happily )?(?:do|live) without\b|\balready (?:handles?|handled|does|covers?|covered|takes? care of|gives? us|provides?|enforces?|enforced)\b|\b(?:the )?[\w-]+ team (?:owns|handles|runs)\b|\b(?:done|handled|happens?) (?:at|on|in|by|via) (?:the |our )?(?:lb|load ?balancers?|argo\w*|flagger|spinnaker|ci|cd|pipeline|gateway|api gateway)\b(?: with)?|\bthan (?:to )?(?:write|writing|maintain|maintaining|hand[\s-]?writ\w*|(?:having|have) to (?:write|maintain))\b|\bnot to (?:worry|care) (?:about|abt)\b|\b(?:don't|dont|do not|no need to|never) worry (?:about|abt)\b|\b(?:nobody|no ?one|none of us) (?:here |on the team )?(?:cares?|needs?|wants?|asked) (?:about |for )?|\b(?:not|never) (?:ever )?going to\b|\bnothing fancy\b|\b(?:nobody|no ?one)(?:'s| is) (?:asking|pushing) (?:for|about)\b|(?<!\bor[\s-])\bnothing(?=\s*$)|\b(?:we'd|we would|happy to|willing to|we can|we could) (?:happily )?(?:trade|give up|sacrifice|drop) (?:every |all |any |the )?$|\b(?:doesn't|does not|don't|do not|won't|shouldn't) (?:have|need) to (?:do|handle|provide|care about)(?: any(?: of)?| the)?\b|\b(?:scratch|strike|forget) (?:the |that |my |our )?$|\bnone of (?:the |these |those |his |her |their |our )?[\w' ]{0,40}\([^)]*$|\b(?:argo(?: rollouts)?|flagger|kong|opa|hubble|cilium|our (?:api )?gateway|the (?:api )?gateway|our cni|the cni)\b[^.,;!?]{0,25}\b(?:handles|gives us|covers|owns|does|takes care of)\b|\b(?:argo(?: rollouts)?|flagger|spinnaker)\b[^.,;!?]{0,25}\b(?:do|run|handle|cover)s? (?:all )?(?:our|the)\b|\bskip (?:it |this |that )?if (?:it's |its |it is )?(?:hard|complicated|costly|expensive|painful|it complicates(?: things| anything)?)\b|\b(?:need|want) nothing\b`;
const NEEDED = String.raw`\b(?:need|needs|want|wants|require|requires|must|care about|looking for)\b`;
/**
 * The need words before a factor, ruled out or not ("don't need" before "need": tried first). The
 * last one decides: "we never want to lose traffic, so we need mirroring" needs mirroring.
 */
const NEED_WORDS = new RegExp(`(${NOT_NEEDED})|${NEEDED}`, 'g');
/**
 * A need negated within the words of a factor's match (those that reach over a few words), or said
 * not to matter there ("memory per pod genuinely doesn't matter").
 */
const NEGATED_INSIDE = new RegExp(
  String.raw`${NOT_NEEDED}|\b(?:doesn't|doesnt|does not|don't|dont|do not|won't|wont|will not|never) (?:\w+ )?matters?\b`,
);

/** A team's lack of experience, which the words of NOT_NEEDED would read as a need ruled out. */
const NEVER_RAN_ONE = /\b(?:never|not ever) (?:touched|used|run|ran|operated)\b/;

function ruledOutBefore(before: string): boolean {
  // "no multi-cluster", "no fancy canaries": "no" right before the need (one word may sit between).
  if (
    /(?:^|\W)(?:no|nor)\s+(?:\w+\s+)?$/.test(before) &&
    // "the 10% rollout hit everyone since we had no traffic splitting": a lack that hurt, a need.
    !/\b(?:since|because|cause|coz|as) (?:we|they|there) (?:had|have|was|were|has) no\s+(?:\w+\s+)?$/.test(
      before,
    )
  )
    return true;
  // "5. WON'T multi-cluster": a requirements list's won't, right before the need.
  if (/(?:^|\W)(?:won't|wont)\s+$/.test(before)) return true;
  // "no gradual rollouts or traffic splitting": "no" reaches over "or" to the next need.
  if (/(?:^|\W)no\s+(?:[\w-]+\s+){1,3}(?:or|nor)\s+(?:[\w-]+\s+)?$/.test(before)) return true;
  // "honestly no idea if we need authz": a need nobody has asked for.
  if (
    /\b(?:no idea|not sure|unsure|(?:don't|dont|do not) know|no clue|undecided|unclear) (?:if|whether) (?:we|i|they|you) (?:\w+ )?(?:need|want|require)\s+(?:[\w-]+\s+){0,2}$/.test(
      before,
    )
  )
    return true;
  // "we thought we needed the lightest proxy, but...": a past belief, not a need.
  if (/\b(?:thought|assumed|believed|figured) (?:that )?(?:we|i) (?:needed|wanted|required)\b/.test(before))
    return true;
  let last = false;
  for (const m of allMatches(NEED_WORDS, before)) last = m[1] !== undefined;
  return last;
}
/**
 * What a need is called when it is ruled out: "not needed", "not a priority", "not a big concern".
 * Shared by the two ways a need is ruled out after its name (NOT_NEEDED_AFTER, RULED_OUT_AS_LABEL).
 */
const NOT_NEEDED_NAME =
  "(?:needed|required|necessary|relevant|important|critical|crucial|the mesh(?:'s|s) (?:job|problem|concern|responsibility|business)|a thing (?:for us|here)|an? (?:\\w+ )?(?:requirement|priority|concern|must|need|factor|big deal|problem|issue|criterion|consideration|worry|goal))";
const NOT_NEEDED_AFTER = new RegExp(
  String.raw`^\W*(?:[\w-]+\W+){0,4}?(?:and|but) (?:we |i )?(?:(?:don't|do not|dont|didn't|did not) (?:need|want) (?:it|them|that|those|any of (?:it|them))|decided against (?:it|them)|passed on (?:it|them)|(?:rejected|dropped|ruled out) (?:it|them))\b(?! to\b)|^\W*(?:[\w-]+\W+){0,3}?(?:we |i )?already (?:get|got|do|handle|cover)\b|^\W*(?:[\w-]+\W+){0,2}?(?:also |was |got |is |are |were )?(?:dropped|shelved|scrapped)\b|^\W*(?:[\w-]+\W+){0,2}?(?:is |are |was |were |got |we )?(?:explicitly |deliberately |already )?(?:ruled out|excluded)\b|^\W*(?:[\w-]+\W+){0,2}?that (?:has|have|had|was|were) (?:since |now |already )?(?:been )?(?:dropped|shelved|scrapped|abandoned|killed)\b|^[^.!?\n]{0,40}?\bnot something (?:we'd|we would|we'll|we will|we) (?:ever )?(?:use|need|want)\b|^\W*(?:[\w-]+\W+){0,2}?(?:covers|handles|owns) (?:policy|policies|authz|authori[sz]ation|canaries|rollouts|egress|retries)\b|^\W*(?:[\w/-]+\W+){0,2}?(?:at|on|via) (?:the|our) (?:lb|load ?balancers?)\b|^\W*(?:[\w-]+\W+){0,2}?(?:is|are) out(?=\s*(?:[.,;!?)]|$|for (?:this|the) year\b|for now\b))|^\W*(?:[\w-]+\W+){0,2}?(?:go|goes|run|runs|happen|happens|are done|is done) (?:through|via|with|in) (?:argo\w*|flagger|our (?:ci|cd|pipeline|deploy\w*|ingress|api gateway|gateway|lb|load balancer))\b|^\W*(?:\w+\W+){0,4}?(?:is|are)?\s*(?:not|n't|isn't|isnt|aren't|arent) (?:really |actually |exactly |particularly |even |that much of |much of )?${NOT_NEEDED_NAME}\b|^\W*(?:\w+\W+){0,5}?(?:is|are) (?:\w+ )?out of scope\b|\bhandled elsewhere\b|^\W*(?:[\w-]+ )?(?:requirement|need|ask|piece|item|request|idea|wish|part|bit) (?:is|are|was|were|has been|got) (?:now |since |also |totally |completely |just )?(?:gone|dead|withdrawn|dropped|removed|cut|descoped|de-scoped|off the table|history)\b|^[^.!?;\n]{0,50}?\b(?:that|this|the|which|our|their) (?:[\w-]+ )?(?:requirement|need|ask|piece|item|request|idea|wish) (?:is|are|was|were|has been|got) (?:now |since |also |totally |completely |just )?(?:gone|dead|withdrawn|dropped|removed|cut|descoped|de-scoped|off the table|history)\b|^\W*(?:[\w-]+\W+){0,3}?(?:moves?|moved|goes|went|is moving|are moving|got moved) (?:over )?to (?:our|the) (?:[\w-]+ ){0,3}?(?:gateway|cni|firewall|apps?|ingress|lb|load balancer|team|waf|cdn|proxy)\b|,\s*not (?:in )?the mesh\b|^[^.!?\n]{0,40}?\bleave (?:that|it|this|them) out\b|^\W*(?:[\w-]+\W+){0,2}?(?:is|are) (?:argo\w*|flagger|spinnaker|kong|opa)(?:'s| rollouts') (?:job|thing|problem)\b|^\W*(?:[\w-]+\W+){0,2}?(?:lives?|sits?|stays?) (?:in|at|with) (?:kong|apigee|tyk|opa|envoy gateway|the apps?|our apps?|the app code)\b|^\W*(?:[\w-]+\W+){0,2}?(?:we'll|we will|we) (?:keep|leave|handle) (?:it |that |them |those )?(?:in|at) (?:the |our )?(?:apps?|app code|application|code|services|api gateway|gateway)\b|^\W*(?:[\w-]+\W+){0,2}?(?:we )?do (?:with|via|through|in) (?:argo\w*|flagger|spinnaker)\b|^\W*(?:[\w-]+\W+){0,2}?(?:are |is )?(?:handled|done|covered) (?:by|in|at|via) (?:argo\w*|flagger|spinnaker|gremlin|litmus|(?:our|the) (?!mesh\b|service mesh\b|proxy\b|proxies\b|sidecars?\b)[\w-]+)\b|^[^.!?\n]{0,60}?\b(?:(?:was|is) )?just (?:curiosity|curious)\b|^[^.!?\n]{0,60}?\b(?:nobody|no one|noone) (?:actually |really )?needs? (?:it|that|them|this)\b|^\W*(?:[\w-]+\W+){0,2}?(?:we|they) (?:do|handle|enforce) (?:it |that |them |this )?(?:in|at) (?:the |our )?(?:apps?|application|code|api gateway|gateway|edge|lb)\b|^\W*(?:\w+\W+){0,3}?(?:is |are )?(?:already )?(?:off the table|happens? (?:in|at|on) (?:our|the) (?:api gateway|gateway|ingress|apps?|code|edge|load ?balancer))\b|^\W*(?:[\w-]+\W+){0,2}?(?:stays?|remains?|lives?) (?:in|at|with|on) (?:our|the) (?:api gateway|gateway|ingress|apps?|code|ci|cd|pipelines?|load ?balancers?|lbs?|firewall|cdn|argo\w*|flagger)\b|^\W*(?:\w+\W+){0,2}?(?:we|i) (?:don't|dont|do not) (?:need|want|care about)(?: (?:it|that|this|them))?\s*(?:[.,;!?]|$)|^\W*(?:\w+\W+){0,3}?(?:doesn't|doesnt|does not|don't|dont|do not) matter\b|^\W*(?:\w+\W+){0,3}?(?:is|are)?\s*(?:not|n't|isn't|isnt|aren't|arent) (?:on (?:the|our) (?:roadmap|radar|table|cards|list|wish ?list|agenda|plate|must[\s-]haves?)|planned|in scope)\b|^\W*(?:\w+\W+){0,3}?(?:is|are) (?:irrelevant|no longer (?:needed|used|required|a thing))\b|^\W*(?:\w+\W+){0,3}?(?:is|are)(?:n't| not) used any ?more\b|^\W*(?:\w+\W+){0,2}?(?:is|are|r) (?:already )?(?:handled|covered|done|taken care of|solved) (?:by|in|with|via|through|at) (?:our|the|argo|flagger|a|an)\b|^\W*(?:[\w-]+\W+){0,6}?(?:so )?(?:that(?: part)?|this(?: part)?|those|these) (?:is|are|r) (?:already )?(?:covered|handled|sorted|solved|taken care of)\b|^\W*(?:\w+\W+){0,3}?(?:we |i )?(?:is|are|am)(?:n't| not) (?:needing|something (?:we|i) need)\b`,
);
/**
 * A need ruled out the way a requirements list does it, right after its name (a few words may
 * follow the name before the colon): "- multi-cluster: not needed", "canaries / traffic
 * splitting: out of scope", "wasm filters: none needed", "egress gateway = n/a".
 */
const RULED_OUT_AS_LABEL = new RegExp(
  String.raw`^(?:\s*\/?\s*[\w-]+){0,4}?\s*(?:[:=—–?|→]|\s-|->|=>)\s*['"‘“]?(?:(?:(?:is|are) )?not ${NOT_NEEDED_NAME}|(?:we )?(?:do not|don't|dont) need\b|none(?: needed)?|nope\b|nah\b|(?:won't|wont)\b(?! (?:need|be|have|work|scale|fit|cut it)\b)|indifferent\b|no preference\b|won'?t need\b(?! to)|later\b|(?:we )?(?:could|can) (?:do|live) without\b|stays? (?:in|at|with) (?:the )?(?:apps?|app code|application|code)\b|not in (?:the )?mesh\b|(?:cut|dropped|removed|descoped|de-scoped|withdrawn|scrapped|killed|vetoed|struck)\b|whatever\b|(?:no|não|nao|nein|non|nee)(?=\s+(?:[\w/*_-]+\s){0,3}?(?:-|:|→|->|=)\s|\s*(?:[.,;!(]|$|[-•*]\s|\b(?:qual|which|what|istio|linkerd|so|thanks|thx|pls|ask|question|q)\b))|n\/a\b|app[\s-]level\b|(?:done |handled )?in[\s-](?:the[\s-])?app\b|out of scope|irrelevant|optional|nice[\s-]to[\s-]have|don't care|dont care|(?:already )?(?:handled|covered|done) (?:in|by|at|through|via) (?:the |our )?[\w-]+|(?:the |our )?[\w -]{0,30}\b(?:already )?(?:handles|does|covers|owns|takes care of) (?:it|that|this|them|those)\b)`,
);
/** A list's header that rules out what follows it: "no:", "won't:", "out of scope:". */
const NO_HEADER_BEFORE = /(?:^|[^\w\s']\s*)(?:no|won't|wont|not needed|out of scope|non[\s-]goals?)\s*:\s*$/;
/** A list item's hedge right before the need: "nice to have, skip if it complicates things -". */
const SKIP_IF_BEFORE =
  /(?:\bskip (?:it |this |that )?if [^.!?\n:]{0,30}?|\((?:removed|dropped|cut|descoped|deferred|struck|deleted)\b[^()\n]{0,30}\)|\b(?:decided|agreed|chose) to (?:drop|skip|cut|leave out)|\bwe(?:'ve| have)? dropped)[)*]*\s*[:.\-\u2013\u2014]\s*$/;
/** How far after a factor's words its taking back is looked for (in characters). */
const RETRACTION_REACH = 50;
/**
 * A need named and then taken back at once: "egress gateway? nah, NAT handles it", "multi-cluster...
 * actually no, one cluster for now".
 */
/** Taken back at once: "we'd like to get rid of sidecars eventually -- actually no, ...". */
const TAKEN_BACK_AFTER =
  /^(?:\s*[\w-]+){0,2}\s*[-—–,.]+\s*(?:actually,? no|no wait|wait,? no|nvm|never ?mind|scratch that)\b/;
const RETRACTED_AFTER =
  /^[^.!?\n]{0,40}?(?:[.!?>]|\s)\s*(?:(?:no|nope|nah),? )?(?:we|you|u) (?:won't|wont|will not|don't|dont|do not)(?: need (?:it|that|them))?\s*[,.;!]|^(?:\s*[\w-]+){0,2}\s*[-—–,.]+\s*(?:actually,? no|no wait|wait,? no|nvm|never ?mind|scratch that)\b|^\s*[-—–,.]*\s*(?:nvm|never ?mind|scratch that|wait,? no)\b|^[^.!?\n]{0,40}?[.!?>]\s*(?:@?[\w.-]+\s*:\s*)?(?:no|nope|nah),? (?:we|you|u) (?:don't|dont|do not)\b|^\s*\?\s*>?\s*(?:@?[\w.-]+\s*:\s*)?(?:those|that|it|they|them) (?:stay|stays|remain|remains|live|lives|are done|is done) (?:in|with|on|via|through)\b|^[^.!?\n]{0,30}?\b(?:but )?(?:that|it) (?:was|is) (?:just|only|purely) (?:out of )?curiosity\b|^[^.!?\n]{0,40}?\b(?:just|only|purely) curious\s*[,;]\s*not\b|^(?:\s+[\w-]+){0,2}\s*[.:]\s*(?:no|nope|nah)\s*(?:[.!]|$|(?=(?:istio|linkerd|which|what|so|thanks|thx)\b))|^[^.!\n]{0,30}?(?:\?\s*(?:[-•*;.]\s*)*(?:@?\w+:?,?\s+)?(?:no|nah|nope)\b(?!\s+(?!(?:we|i|not|never|thanks|need|needed)\b)[a-z])|(?:\.\.\.|…|,|-|—)\s*(?:but |so )?(?:actually,? no|scratch that|nah|nope|wait,? no|nvm|never ?mind)\b)/;
/** A need put off to later: "maybe next year", "maybe in 2027". */
const MAYBE_LATER = String.raw`maybe (?:next (?:year|yr)|later|in 20\d\d|one day|some ?day)`;
/** A need kept only as a wish: "nice-to-have, not required", "a bonus, not a must". */
const NICE_NOT_REQUIRED = String.raw`(?:nice[\s-]to[\s-]have|a bonus|nice|optional)(?: at most)?,? (?:but )?not (?:a )?(?:required|must|requirement|needed|essential|blocker)`;
/** How far after a factor's words, inside its sentence, a putting off is looked for (in characters). */
const DEFERRAL_REACH = 100;
/**
 * A need named and then put off or played down in the same sentence: "splitting traffic might
 * matter later, not now", "a second region maybe, but not this year", "a lighter footprint would be
 * nice but we can live without it", "simplicity would be nice but it's not a must", "low latency
 * would be great but we have headroom, so not really a concern". A plain "nice to have" is still a
 * need; only its taking back is not.
 */
const DEFERRED_AFTER = new RegExp(
  String.raw`^(?:\s*\?)?[^.!?;\n]{0,90}?(?:${[
    // "a phase-2 thing", "revisit 2025", "got pushed to 2026", "next-year problems", "which I'm vetoing"
    String.raw`\bphase[\s-]?(?:2|two|ii)\b|\b(?:is|are) (?:a |an )?['"‘“]?(?:maybe |probably |possibly )?(?:next[\s-]year|20\d\d|later|future)['"’”]?(?: (?:thing|problem|item|topic|project|concern))?(?=\s*(?:[.,;!?)]|$))|\bnot sure (?:if )?(?:we|i) (?:really |even |actually )?(?:need|want|use)(?: (?:it|that|them|this|those))?(?: yet)?\b|\bwe (?:already )?said no(?: to (?:that|it|this|them))?\b|\bbut only if (?:it's|its|it is) (?:cheap|free|easy|trivial)\b|\bcan keep doing (?:them|it|those|that)\b|\brevisit(?:ing)? (?:it |that |them )?(?:in )?(?:20\d\d|later|next (?:year|quarter)|q[1-4])\b|\b(?:got |was |been |is |are )?(?:pushed|punted|bumped|deferred) (?:out )?(?:to|until|till) (?:20\d\d|next (?:year|quarter)|later|phase|v2)\b|\bnext[\s-]year (?:problems?|things?|items?|topics?)\b|\b(?:i'm|i am|we're|we are) vetoing\b|\bvetoed\b`,
    // "egress gateway later once compliance asks", "multi-cluster someday" (a bare "later" is still
    // a need: "we'd like our own module in the data plane later")
    String.raw`^\s*(?:is |are )?(?:later (?:once|if|when)|someday|some day)\b`,
    // "canaries: Argo Rollouts handles those, the mesh doesn't have to"
    String.raw`\b(?:the |our )?mesh (?:doesn't|doesnt|does not|dont|don't|shouldn't|should not|won't|will not) (?:have|need) to\b`,
    // "header routing / canaries: parked until next year, not part of this decision"
    String.raw`\b(?:parked|postponed|on hold|on ice|put off)\b|\bnot (?:part|in scope) of (?:this|the|our) (?:decision|choice|evaluation|rfp|project)\b`,
    // "nice-to-have, not required", "a bonus at most"
    String.raw`\b${NICE_NOT_REQUIRED}\b|\ba bonus at most\b|\bat most a bonus\b`,
    // "but flagger handles those already", "our CD tool already does that"
    String.raw`\b(?:handles?|covers?|does|takes? care of) (?:those|that|it|them|this)(?: for us)? already\b|\balready (?:handles?|covers?|does|takes? care of) (?:those|that|it|them|this)\b`,
    // "maybe next year", "might matter later", "nobody is asking for it now", "ignore that for now",
    // "so whatever", "so skip that part"
    String.raw`\b${MAYBE_LATER}\b|\bso whatever(?=\s*(?:[.,;!?)]|$))|\b(?:so )?skip (?:that|this|it)(?: part| one| bit)?\b|\b(?:might|may|could|will) (?:happen|come(?: up)?|be needed|matter)\b[^.!?;\n]{0,30}\b(?:next year|later|one day|some ?day|eventually|in 20\d\d)\b|\bnobody(?:'s| is) asking for (?:it|them|that|this) (?:now|yet)\b|\b(?:so )?ignore (?:that|it|this)(?: for now)?\b`,
    // "CTO mentioned it, we said not before 2027", "no idea if we need it, we'll see"
    String.raw`\bnot (?:before|until) (?:20\d\d|next year|q[1-4])\b|\b(?:no idea|not sure|unsure|(?:don't|dont|do not) know|no clue) (?:if|whether) (?:we|i) (?:\w+ )?(?:need|want) (?:it|that|them|this)\b`,
    // "not now", "not on this year's roadmap", "can wait", "next FY, not this project"
    String.raw`\bnot (?:now|today|this (?:year|quarter|sprint))(?=\s*(?:[.,;!?)]|$|\b(?:but|and|so|though|anyway)\b))|\bnot on (?:this|next) (?:year|quarter)'s roadmap\b|\bcan wait\b|\bat the earliest\b|\bnext (?:budget|planning|fiscal) (?:cycle|year)\b|\bnext fy\b|\bnot (?:for |in |part of )?this (?:project|rollout|round|phase)\b|\b(?:it's|its|it is|that's|thats) (?:realistically |probably |likely |more like )(?:a )?20\d\d\b`,
    // "but we can live without it", "but it's not a must", "but probably not", "not sure", "so not really a concern"
    String.raw`\b(?:but|though|so),? (?:honestly |really |frankly |tbh )?(?:we |i )?(?:can|could) live without (?:it|that|them|one)\b|\b(?:but|though),? (?:we |i )?(?:can|could) (?:happily )?live with (?:sidecars?|them|it|that|some complexity|a few|a bit|a little|\d)|\b(?:but|though),? (?:that|it|this|those)(?:'ll| will| would| is| are)? (?:be )?(?:done|handled|solved) (?:in|by) (?:the |our )?(?:apps?|application|code|gateway|api gateway|services)\b|\bso no big deal\b|\b(?:that's|that is|it's) (?:off the table|a (?:later|future|next[\s-]year)(?: problem| thing| concern)?)\b|\b(?:but|though),? (?:honestly |really |tbh )?we already (?:get|have|do) (?:that|it|this|those|them)\b|\b(?:we|i) (?:can|could) (?:easily )?live without(?=\s*(?:[.,;!?)]|$))|\b(?:but|though|so),? (?:it's |it is |is |that's |that is |they're |they are |its |thats |this is |this's )?(?:not|isn't|isnt|aren't|arent) (?:really )?(?:a must|must|a must[\s-]have|required|essential|critical|a requirement|a blocker|a dealbreaker|needed|a (?:big )?(?:concern|priority|worry|factor|criterion|consideration|issue|problem))\b|\b(?:but|though),? probably not(?=\s*(?:[.,;!?)]|$))|\b(?:is |it's |its )?not sure(?=\s*(?:[.,;!?)]|$))|\bso not (?:really |much of )?a (?:concern|priority|worry|big deal)\b`,
    // "but honestly we don't care about that", "and no, we don't"
    String.raw`\b(?:but|though),? (?:[\w ]{0,25} )?(?:honestly |really |frankly |tbh )?(?:we|i) (?:honestly |really )?(?:don't|dont|do not) (?:really |actually )?(?:need|care about|want|use|want to sign up for) (?:that|it|this|them|those)\b|\b(?:but|though),? (?:we've |we have |we |they |(?:the |our )?[\w-]+ (?:[\w-]+ )?)?(?:since |now |already )?(?:dropped|shelved|scrapped|cut|killed) (?:that|it|this|them|those)\b|\b(?:but|though),? (?:we're|we are|were|we|i'm|i am) not (?:doing|building|adding|taking on) (?:that|it|this|them|those)\b|\b(?:that|it) (?:was|is) never (?:actually |really )?(?:required|needed|a requirement)\b|\b(?:and|but) no,? (?:we|i) (?:don't|dont|do not|won't|wont)\b`,
  ].join('|')})`,
);
/**
 * A list item's need put off right after its name, in the next breath: "cross-cluster? maybe in
 * 2027, not now", "weighted rollouts - nice to have, not required".
 */
const DEFERRED_AS_LABEL = new RegExp(
  String.raw`^\s*[?.:(\-\u2013\u2014]\s*(?:(?:deferred|parked|on hold|on ice|backlogged|postponed|put off)\b|maybe\b[^.!?;\n]{0,30}?\bnot (?:now|this year)\b|${MAYBE_LATER}\b|${NICE_NOT_REQUIRED}\b|(?:(?:probably|likely|prob) )?(?:not now|later|not this year|not for 20\d\d)\s*(?:[.,;!?]|$)|not (?:for|in|before) 20\d\d\b)`,
);
/** A need named and then given up in a trade: "the wasm idea is cool but we'd drop it for a lighter proxy". */
const GIVEN_UP_AFTER =
  /^[^.!?\n]{0,40}?\b(?:we'd|we would|we'll|we will|we can|we could|happy to|willing to|could)\s+(?:\w+\s+)?(?:drop|give up|sacrifice|skip|lose|ditch)\s+(?:it|that|them|this)\b|^(?:\s+[\w-]+){0,4}?\s*[,:.(\-\u2013\u2014\u2192]\s*(?:\d+\s*,\s*)?(?:(?:was |got |been )?(?:cut|dropped|removed|descoped|de-scoped|scrapped|struck|rejected|declined|turned down)(?: (?:from|out of) (?:the )?scope)?|(?:(?:we|i)(?:'d|'ll| would| will| can| could) |will |would |can |could )(?:probably |happily )?(?:drop|skip|ditch|cut)(?: it| that| this)?|droppable|out of scope(?: for us)?|no|nope|nah|not needed|not really|not ours|not our (?:problem|job|call|scope))\s*(?:[.,;!?)]|$)|^(?:\s+[\w-]+){0,3}?\s*[,:.(\-\u2013\u2014\u2192]\s*(?:(?:that's|that is|it's|it is)\s+)?(?:owned by|handled by|not a mesh (?:thing|problem|concern)|(?:the )?[\w-]+ team(?:'s|s)? (?:call|job|problem))\b|^[^.!?\n]{0,120}?,\s*so (?:no|not a mesh thing|not ours|not needed)\s*(?:[.!?]|$)|^[^.!?\n]{0,60}[.!?]\s+(?:that's|that is|it's|it is|this is|(?:[\w-]+ )?said (?:that|it)|so)\b[^.!?\n]{0,80}?\b(?:not a mesh (?:thing|problem|concern)|not ours|[\w-]+ team(?:'s|s)? (?:call|job|problem)|out of scope)\b|^\s*(?:we (?:do|handle|keep|solve|enforce)|is (?:done|handled|enforced)|are (?:done|handled)|lives|stays)\s+(?:it |that |them )?(?:in[\s-]app|in the apps?|in[\s-]code|app[\s-]side|in (?:our|the) (?:code|services|sdk|middleware))\b/;
/**
 * Where a clause ends: sentence punctuation, a new line, or a turn ("but", "just mtls"). A colon
 * ends one too, except right after a need word: "don't need: authz, wasm" rules out the list.
 */
const CLAUSE_END =
  /[.!?;\n)]|(?<!\b(?:need|needs|want|wants|require|requires)\s*):|\b(?:but|however|though|although|whereas|just|only|instead|rather)\b/g;

/** How far before and after a factor's words a negation is looked for (in characters). */
const NEGATION_REACH = 80;

/** The clause breaks of the text, in order, as flat [start, end) pairs. */
function clauseEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of allMatches(CLAUSE_END, text)) ends.push(m.index ?? 0, (m.index ?? 0) + m[0].length);
  return ends;
}

/** The first break i (of `ends`' pairs) for which `after(i)` holds, or the count; `after` must be monotone. */
function firstBreak(ends: readonly number[], after: (start: number, end: number) => boolean): number {
  let lo = 0;
  let hi = ends.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(ends[2 * mid] as number, ends[2 * mid + 1] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The text before and after [from, to) within its clause, at most NEGATION_REACH either side. */
function clauseAround(text: string, ends: readonly number[], from: number, to: number) {
  // The clause starts after the last break ending at or before `from` and ends at the first break
  // starting at or after `to` (binary searches, so long texts stay linear).
  const i = firstBreak(ends, (_, end) => end > from);
  const start = i > 0 ? (ends[2 * i - 1] as number) : 0;
  const j = firstBreak(ends, (begin) => begin >= to);
  const end = j < ends.length / 2 ? (ends[2 * j] as number) : text.length;
  return {
    before: text.slice(Math.max(start, from - NEGATION_REACH), from),
    after: text.slice(to, Math.max(to, Math.min(end, to + NEGATION_REACH))),
  };
}

const SAYS_NO_SIDECARS =
  /^(?:no|without|not|don't|dont|do not|avoid|drop|get rid|instead|rather|isn't|is not|never|no longer)\b/;

/** Each factor's pattern, for finding every match (matchAll needs the g flag). */
const EVERY_MATCH = Object.fromEntries(
  Object.entries(PATTERNS).map(([id, p]) => [id, new RegExp(p.source, 'g')]),
) as Record<FactorId, RegExp>;

const EVERY_BURDEN = Object.fromEntries(
  Object.entries(BURDENS).map(([id, p]) => [id, new RegExp(p.source, 'g')]),
) as Partial<Record<FactorId, RegExp>>;

/**
 * A text's factor patterns and burdens, run only where they may match: one pass of a LiteralGuard
 * over the literals their alternatives require tells which alternatives could match, and only those
 * are run.
 */
interface Possible {
  /** Every match of the factor's pattern. */
  pattern(id: FactorId): RegExpExecArray[];
  /** Every match of the factor's burden (none when it has none). */
  burden(id: FactorId): RegExpExecArray[];
  /** Whether the factor's pattern or burden matches at all. */
  any(id: FactorId): boolean;
}
const PATTERN_IDS = Object.keys(PATTERNS) as FactorId[];
const BURDEN_IDS = Object.keys(BURDENS) as FactorId[];
/** The factor patterns, then the burdens, as the guard knows them (exported for its tests). */
export const GUARDED_PATTERNS: readonly RegExp[] = [
  ...PATTERN_IDS.map((id) => EVERY_MATCH[id]),
  ...BURDEN_IDS.map((id) => EVERY_BURDEN[id] as RegExp),
];
let factorGuardBuilt: LiteralGuard | undefined;
/**
 * The guard over GUARDED_PATTERNS, built on first use (about 0.15-0.3 s: the patterns are parsed and
 * their literals worked out), so that loading the module does not hold up start-up; the server
 * builds it in Matcher.warm() right after it is ready.
 */
export function factorGuard(): LiteralGuard {
  factorGuardBuilt ??= new LiteralGuard(GUARDED_PATTERNS);
  return factorGuardBuilt;
}
/** Each factor's place in GUARDED_PATTERNS: its pattern, and its burden when it has one. */
const PATTERN_AT = new Map(PATTERN_IDS.map((id, i) => [id, i]));
const BURDEN_AT = new Map(BURDEN_IDS.map((id, i) => [id, PATTERN_IDS.length + i]));
/** A text's scan, kept for the last few texts: the factor rules ask about one text several times. */
const possible = recent(8, scanOf);
function scanOf(text: string): Possible {
  const scan = factorGuard().scan(text);
  const found = new Map<number, RegExpExecArray[]>();
  const matches = (i: number | undefined) => {
    if (i === undefined) return [];
    let m = found.get(i);
    if (m === undefined) {
      m = scan.matches(i);
      found.set(i, m);
    }
    return m;
  };
  const test = (i: number | undefined) => i !== undefined && scan.test(i);
  return {
    pattern: (id) => matches(PATTERN_AT.get(id)),
    burden: (id) => matches(BURDEN_AT.get(id)),
    any: (id) => test(PATTERN_AT.get(id)) || test(BURDEN_AT.get(id)),
  };
}

/** A burden not cared about: "we don't care about proxy cpu/mem". */
const CARELESS_BEFORE =
  /\b(?:don't|dont|do not|doesn't|doesnt|never|not) (?:really |much |even )?care (?:much |at all )?(?:about|abt|for) (?:having |getting |using |running )?(?:the |our |a )?$/;

/** A burden said to be no burden: "an extra container in each pod is fine with us". */
const BURDEN_FINE_AFTER =
  /^[^\w.!?;\n]*(?:\w+[^\w.!?;\n]+){0,3}?(?:is|are) (?:totally |perfectly |completely |really |actually )?(?:fine|ok|okay|acceptable|no problem)\b/;

/** The text right after a need's words, where it may be taken back or ruled out as a label. */
function nextWords(text: string, to: number): string {
  return text.slice(to, to + RETRACTION_REACH);
}

/** Whether the text names the factor as a need: some match of its pattern is not ruled out. */
function names(
  id: FactorId,
  text: string,
  ends: () => readonly number[],
  may: Possible = possible(text),
): boolean {
  // A burden stands whatever comes before it, but a list can still rule it out after its name.
  for (const m of may.burden(id)) {
    const at = m.index ?? 0;
    const to = at + m[0].length;
    const next = nextWords(text, to);
    const before = text.slice(Math.max(0, at - 40), at);
    if (
      !RULED_OUT_AS_LABEL.test(next) &&
      !RETRACTED_AFTER.test(next) &&
      !BURDEN_FINE_AFTER.test(next) &&
      !CARELESS_BEFORE.test(before) &&
      // "overhead per pod is not a worry", "sidecar memory doesn't matter, the nodes are huge"
      !ruledOutAfter(id, clauseAround(text, ends(), at, to).after) &&
      !raisedThenTurned(text, at, to)
    )
      return true;
  }
  for (const m of may.pattern(id)) {
    // Sidecarless is mostly said with a negation of its own ("no sidecars"): such a need stands,
    // unless put off right after its words ("no-sidecar mode a bonus at most").
    const at = m.index ?? 0;
    const to = at + m[0].length;
    if (id === 'sidecarless' && SAYS_NO_SIDECARS.test(m[0])) {
      if (
        !putOff(id, text, to) &&
        !raisedThenTurned(text, at, to) &&
        !GIVEN_UP_AFTER.test(text.slice(to, to + 120)) &&
        !TAKEN_BACK_AFTER.test(nextWords(text, to))
      )
        return true;
      continue;
    }
    // "outbound traffic doesn't need to go through any central exit": ruled out inside its own words.
    // Not a team that never ran one ("never used one", "a team that has never operated envoy"): a
    // lack of experience states the need.
    if (
      id !== 'sidecarless' &&
      NEGATED_INSIDE.test(m[0]) &&
      !(id === 'simple-operations' && NEVER_RAN_ONE.test(m[0]))
    )
      continue;
    const next = nextWords(text, to);
    if (
      RETRACTED_AFTER.test(next) ||
      RULED_OUT_AS_LABEL.test(next) ||
      GIVEN_UP_AFTER.test(text.slice(to, to + 120))
    )
      continue;
    const { before, after } = clauseAround(text, ends(), at, to);
    // "would switching to linkerd be saner?" weighs a move; it is not one under way.
    if (
      id === 'mid-migration' &&
      (HYPOTHETICAL_BEFORE.test(before) ||
        OTHER_MOVE_BEFORE.test(before) ||
        (/^migrat/.test(m[0]) && SOMETHING_ELSE_MIGRATED.test(before)) ||
        SAID_ONLY_BEFORE.test(text.slice(Math.max(0, at - 30), at)) ||
        NOT_A_MESH_MOVE.test(next) ||
        namesOnlyOtherThings(text, at) ||
        moveNotUnderWay(text, at, to))
    )
      continue;
    // "no: egress gateway, ...", "won't: wasm": a list's header right before the need (the colon
    // ends the clause, so the header is looked for before it).
    if (NO_HEADER_BEFORE.test(text.slice(Math.max(0, at - 20), at))) continue;
    // "nice to have, skip if it complicates things - wasm filter", "NICE (skip if hard): lua filter"
    if (SKIP_IF_BEFORE.test(text.slice(Math.max(0, at - 50), at))) continue;
    if (
      !ruledOutBefore(before) &&
      !ruledOutAfter(id, after) &&
      !putOff(id, text, to) &&
      !askedIfMeshDoes(text, at, to) &&
      !raisedThenTurned(text, at, to)
    )
      return true;
  }
  return false;
}

/**
 * Whether a need is put off or waved away right after its words, which end at `to`: not when another
 * need is named before the putting off, which then belongs to that one ("route beta users by cookie,
 * multi-region maybe later").
 */
function putOff(id: FactorId, text: string, to: number): boolean {
  if (id === 'mid-migration') return false;
  const ahead = text.slice(to, to + DEFERRAL_REACH);
  if (DEFERRED_AS_LABEL.test(ahead)) return true;
  const m = DEFERRED_AFTER.exec(ahead);
  if (!m) return false;
  const span = m[0];
  return !namesAnother(id, span);
}

/** Whether another factor is named in a span: a ruling-out or putting off at its end is that one's. */
function namesAnother(id: FactorId, span: string): boolean {
  return FACTOR_IDS.some((other) => other !== id && PATTERNS[other].test(span));
}

/**
 * Whether the clause after a need's words rules it out ("multi-cluster is out of scope"): not when
 * another need is named before the ruling-out ("a steep learning curve, and multi-cluster isn't on
 * the table" rules out only multi-cluster).
 */
function ruledOutAfter(id: FactorId, after: string): boolean {
  const m = NOT_NEEDED_AFTER.exec(after);
  return m !== null && !namesAnother(id, m[0]) && !OTHER_SUBJECT.test(m[0]);
}

/**
 * A topic that is no factor of its own, named after a comma as the subject of the ruling-out: "delay
 * injection for game days, mtls not a concern" rules out mTLS, not fault injection.
 */
const OTHER_SUBJECT =
  /[,;]\s*(?:the |our |and )?(?:m?tls|encryption|observability|metrics|dashboards|tracing|security|compliance|costs?|pricing|budget|support|licensing)\s+(?:is\s+|are\s+)?(?:not|n't|isn't|isnt|aren't|arent)\b/;

/** Someone else raised the need, right before its words: "someone mentioned an", "the CTO brought up". */
const RAISED_BEFORE =
  /\b(?:(?:cto|ceo|cio|vp|manager|boss|lead|architect|director|someone|somebody|coworker|co-worker|colleague|teammate) (?:also |really |still )?(?:wants|wanted)|(?:i|we) (?:was|were) going to (?:add|ask for|include|list)|(?:asks?|asked) (?:me|us) to (?:also )?(?:look at|check|consider|evaluate|add|look into))\s+(?:(?:an?|the|that|some|'|")\s*)?(?:[\w'-]+\s+){0,3}$|\b(?:someone|somebody|people|folks|a colleague|a coworker|management|mgmt|the team|[a-z]+) (?:(?:also|now|once|already|keeps?|kept) )?(?:mentioned|mentions|mentioning|raised|raises|raising|brought up|brings up|bring up|bringing up|asked about|asks about|asking about|asked for|asks for|suggested|suggests|suggesting|floated|pitched|proposed|pushing(?: for)?|pushes(?: for)?|pushed(?: for)?|likes|loves|is into|talks about|talking about)\s+(?:(?:an?|the|that|some|'|")\s*)?(?:[\w'-]+\s+){0,3}$/;
/** Right after the need's words: it came up ("multi-cluster came up in planning"). */
const CAME_UP_AFTER =
  /^\W*(?:[\w-]+\W+){0,2}?(?:someone|somebody|people|a colleague|our \w+|the \w+|my \w+) (?:suggested|proposed|floated|pitched|raised|asked for|wanted|mentioned) (?:it|that|this|them)\b|^\W*(?:[\w-]+\W+){0,2}?(?:was|were|got|has been|have been) (?:proposed|suggested|pitched|floated|raised|requested) (?:by|at|in)\b|^\W*(?:[\w-]+\W+){0,3}?(?:came up|comes up|come up|was (?:raised|mentioned|suggested|floated|brought up)|got (?:raised|mentioned|brought up))\b/;
/** The turn that follows: "but", "however", "though", or a semicolon. */
const TURN_AFTER =
  /^[^.!?\n]{0,80}?(?:\b(?:but|however|though)\b|;|\band (?:we |the team )?(?:agreed|decided|concluded)\b|,\s*(?:we|i) said no\b|\b(?:we|i)(?:'ve| have)? (?:\w+ ){0,4}(?:said no|decided against (?:it|that)|rejected (?:it|that|them)|turned (?:it|that|them) down|declined (?:it|that))\b|\b(?:we|i) told (?:him|her|them|the \w+) no\b|,\s*(?:leadership|management|mgmt|security|the cto|our cto|they|the board) (?:said no|vetoed it|rejected it|shot it down)\b|\b(?:don't|do not) weigh (?:that|it|this)\b)/;

/**
 * A need someone raised and the asker then turned down: "multi-cluster came up in planning but
 * it's out of scope this year", "someone mentioned an egress gateway but the site routers already
 * do that", "someone asked about a second region; that's maybe next year".
 */
function raisedThenTurned(text: string, at: number, to: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const after = text.slice(to, to + 200);
  return (
    (RAISED_BEFORE.test(before) || CAME_UP_AFTER.test(after)) &&
    (TURN_AFTER.test(after) || TURNED_DOWN_NEXT.test(after))
  );
}

/** The sentence after turns it down: "our cto floated a wasm plugin. we talked it through and decided against it." */
const TURNED_DOWN_NEXT =
  /^[^.!?\n]{0,80}[.!?]\s+(?:[\w'-]+[,;]?\s+){0,8}?(?:decided against (?:it|that|this)|rejected (?:it|that)|said no|dropped (?:it|that|the idea)|shot (?:it|that) down|vetoed (?:it|that)|ruled (?:it|that) out|killed (?:it|that|the idea)|passed on (?:it|that))\b/;

/** A yes/no question on what a mesh does, up to the factor's words: "does linkerd do traffic mirroring". */
const ASKS_IF_MESH_DOES =
  /(?:^|[.!?;:\n(,]\s*|\b(?:and|also|btw|plus|but|curious|wondering)\s+)(?:does|do|can|could|will|is|are|has|have)\s+(?:istio|linkerd|it|either(?: one| mesh)?|the mesh|each|both|they)\b[^.!?;:\n]*$/;
// "is linkerd the right call if our only real ask is mtls on day 1?": an ask or requirement said
// to be the thing is a need too.
const NEED_IN_SENTENCE =
  /\b(?:need|needs|needed|want|wants|must|require\w*|have to|has to|looking for)\b|\b(?:ask|asks|priority|priorities|must[\s-]haves?)\s+(?:is|are)\b/;

/**
 * A capability asked about, not needed: "does linkerd do traffic mirroring? asking out of
 * curiosity". The factor's words sit in a yes/no question about a mesh, and neither that question
 * nor the sentence after it says a need ("does linkerd do egress gateways? asking because the
 * firewall team wants one exit" needs it).
 */
function askedIfMeshDoes(text: string, at: number, to: number): boolean {
  const start = Math.max(
    text.lastIndexOf('.', at - 1),
    text.lastIndexOf('!', at - 1),
    text.lastIndexOf('?', at - 1),
    text.lastIndexOf(';', at - 1),
    text.lastIndexOf('\n', at - 1),
  );
  const head = text.slice(start + 1, at);
  if (!ASKS_IF_MESH_DOES.test(head)) return false;
  const rest = /^[^.!?;\n]*/.exec(text.slice(to))?.[0] ?? '';
  if (text[to + rest.length] !== '?' || NEED_IN_SENTENCE.test(head + rest)) return false;
  // The next sentence may say why they ask ("asking because the firewall team wants one exit"), or
  // say a need word only to deny it ("just curious, not something we need").
  const next = /^[?\s]*[^.!?;\n]*/.exec(text.slice(to + rest.length))?.[0] ?? '';
  return !NEED_IN_SENTENCE.test(next) || /\b(?:not|no|never)\b|n't\b/.test(next);
}

/** A move of something else: "moving off VMs", "migrating to Kubernetes", "switching to EKS". */
const NOT_A_MESH_MOVE =
  /^\s*(?:jobs?|scripts?|containers?)\b|^\s*(?:(?:\w+\s+){0,2}(?:from|off|to|onto|into)\s+)?(?:the |our |a |an )?(?:other (?:side|region|cluster|dc|datacenter|site)\b|(?:another|a different|the healthy|the surviving|the remaining) (?:region|cluster|side|dc|site)\b|(?:new )?(?:postgres|database|db|mysql|kafka|redis)(?: operator| cluster| version)?\b|(?:home[\s-]?grown|hand[\s-]?rolled|diy|custom|self[\s-]managed|standalone|plain) (?:envoy|nginx|haproxy|proxy|proxies|\w+ setup)\b|vms?|virtual machines|kubernetes|k8s|eks|gke|aks|(?:the )?cloud|aws|gcp|azure|containers|microservices|bare[\s-]metal|on[\s-]?prem\w*|ec2|openshift|terraform|helm|argo\w*|flux|arm(?:64)?|graviton|x86|amd64|(?:new |bigger |smaller )?nodes?|node pools?|instances?|something|anything|consul(?: connect)?|kuma|app ?mesh|osm|open service mesh|cilium|(?:per[\s-]pod |in[\s-]pod )?(?:prox(?:y|ies)|sidecars?)|progressive delivery|canar\w*|gitops|ci\/cd)\b/;

/** Words that put a move in progress: "half the namespaces", "paused halfway", "both running", "finish or go back?". */
const UNDER_WAY =
  /\bthe other \d+ (?:now|next)\b|\b(?:doing|moving|migrating) the (?:other|rest)\b|\b(?:half|halfway|partial\w*|partway|part way|(?:in )?(?:the )?middle of|in progress|under ?way|ongoing|paused|stalled|so far|the rest|remaining|side by side|both (?:meshes )?(?:running|installed)|mixed|cut[\s-]?over|currently|right now|rn|mid|mid[\s-]?(?:way|flight|migration|move|stream)|still|finish\w*|go(?:ing)? back|(?:we're|we are|were) (?:\w+ )?(?:moving|migrating|migratng|switching|swapping|porting))\b/;
/** A move said to be over: "we finished moving", "linkerd is uninstalled", "the migration is done". */
const MOVE_FINISHED =
  /\b(?:finished|completed|wrapped up|done with) (?:moving|migrating|switching|porting|(?:the|our|that) (?:move|migration|switch|cut[\s-]?over))\b|\b(?:finished|completed|wrapped up|done) (?:it |that |the \w+ )?(?:last (?:year|quarter|month|week|spring|summer|autumn|fall|winter)|in (?:20\d\d|q[1-4]|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)|(?:\d+|a few|two|three|several) (?:months?|years?|weeks?) ago)\b|\brolled (?:\w+ ){0,3}back\b|\bnothing (?:is )?half[\s-]done\b|\(\s*(?:finished|done|complete|completed)\b|(?:'s|\bis|\bwas|\bare|\bwere) (?:long |fully |completely |all )?gone\b|\b(?:is|was|got|been) (?:fully |completely |entirely )?(?:uninstalled|decommissioned|ripped out|gone)\b|\b(?:move|migration|switch|cut[\s-]?over) (?:is |was )?(?:fully )?(?:done|complete|completed|finished|over)\b/;
/** What keeps a finished-sounding move going: "half the namespaces", "the rest", "still". */
const STILL_UNDER_WAY =
  /\bthe other \d+\b|(?<!\bnothing (?:is )?)\b(?:half|halfway|partial\w*|partway|the rest|remaining|still|mid[\s-]?way|not yet|isn't|is not|not (?:fully|completely))\b/;
/** A move offered as a bare verb: "move to istio", "switch to linkerd or tune istio". */
const MOVE_OFFERED =
  /^(?:move|migrate|switch|port|go back|go|jump) (?:\w+ ){0,2}?(?:to|onto) (?:istio|linkerd)\b/;
/** A move begun: "we started moving to istio last month". */
const MOVE_BEGUN =
  /\b(?:started|begun|began|kicked off|under ?way|in progress|half\w*|mid[\s-]?\w*|currently|already (?:moved|migrated|switched)|so far)\b/;
/** A move said in the past tense: "we moved to istio 18 months ago". */
const MOVE_DONE = /^(?:moved|migrated|switched|ported|transitioned)\b/;
const LONG_AGO = /\b(?:ago|last (?:year|quarter)|in 20\d\d|years?\b|since)\b/;

/**
 * A move asked about ("stay or move to linkerd?", "does moving to linkerd make sense?"), proposed
 * ("someone proposes moving to istio") or finished long ago ("we moved to istio 18 months ago") is
 * not one under way, unless its sentence says it is ("half the namespaces moved, should we push on?").
 */
function moveNotUnderWay(text: string, at: number, to: number): boolean {
  const start =
    Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), text.lastIndexOf('? ', at)) + 1;
  const ends = [text.indexOf('.', to), text.indexOf('?', to), text.indexOf('\n', to)].filter((i) => i >= 0);
  const end = ends.length > 0 ? Math.min(...ends) + 1 : text.length;
  const sentence = text.slice(start, end);
  // "we finished moving from istio to linkerd in january (istio is fully uninstalled)".
  if (MOVE_FINISHED.test(sentence) && !STILL_UNDER_WAY.test(sentence)) return true;
  if (UNDER_WAY.test(sentence)) return false;
  // Asked: "stay or move to linkerd?", "worth moving to istio?", "does moving to linkerd make sense?".
  const asked =
    /\b(?:or|should|shall|worth|does|do we|would|could|time to|whether|if we)\s+(?:\w+\s+){0,2}$/.test(
      text.slice(Math.max(start, at - 30), at),
    ) || /^\s*(?:\w+\s+){0,3}(?:make sense|or (?:stay|keep|stick|not))\b/.test(text.slice(to, to + 40));
  const proposed =
    /\b(?:propos\w*|suggest\w*|pitch\w*|floated|asks? (?:whether|if|about)|(?:thread|talk|discussion|debate|conversation|chatter|idea|push) (?:about|of|for))\b/.test(
      text.slice(start, at),
    );
  const done = MOVE_DONE.test(text.slice(at, to)) && LONG_AGO.test(sentence);
  // A move weighed in a question of its own: "switch to linkerd or tune istio?", "is that reason
  // enough to move to istio?" (a move begun is under way: "we started moving to istio, finish?").
  const weighed =
    text[end - 1] === '?' && MOVE_OFFERED.test(text.slice(at, end)) && !MOVE_BEGUN.test(sentence);
  return asked || proposed || done || weighed;
}

/**
 * A move whose own clause names where it goes from or to, and names no mesh, proxy or sidecar: "we're
 * migrating from jenkins to github actions", "moving from service fabric to aks took 2 years". A move
 * named by pronouns ("from one to the other", "to the new one") is left to the other tests.
 */
function namesOnlyOtherThings(text: string, at: number): boolean {
  const rest = text.slice(at, at + 90);
  const stop = rest.search(/[.?!;\n]|, (?:and|but|so|which)\b/);
  const clause = stop >= 0 ? rest.slice(0, stop) : rest;
  return NAMED_MOVE_ENDS.test(clause) && !MESH_WORDS.test(clause);
}

const NAMED_MOVE_ENDS =
  /\b(?:from|off(?: of)?|to|onto|into)\s+(?!(?:one|the other|the new|the old|another|it|them|that|this|there|here|ours?|the rest|the remaining|half|all|each|every|some|both|mesh)\b)[a-z0-9][\w.+/-]*/;
const MESH_WORDS =
  /\b(?:istio\w*|linkerd\w*|l5d|mesh\w*|cilium|consul|kuma|kong mesh|osm|envoy|sidecar\w*|ambient|proxy|proxies|ztunnel|waypoints?|mtls)\b/;

/** Words right before a move that make it a thought, not a move in progress. */
/** A move of something else, named right before the word: "a db migration", "the cloud migration". */
const OTHER_MOVE_BEFORE =
  /\b(?:db|database|data|schema|postgres|mysql|cloud|vm|datacenter|data center|k8s|kubernetes|ci)\s+$/;

/** "the snowflake migration", "our sidekiq migration": a migration named by what else it moves. */
const SOMETHING_ELSE_MIGRATED =
  /\b(?:the|a|an|our|their|this|that)\s+(?!(?:big|huge|ongoing|current|whole|actual|planned|half\w*|partial|slow|painful|same|mesh|service mesh|istio|linkerd|l5d|sidecar\w*|ambient|last|first|next|real|live|production|prod|full|final|gradual|incremental|phased)\b)[a-z][\w.-]*\s+$/;
/** A move only quoted: "when you say 'just migrate'". */
const SAID_ONLY_BEFORE =
  /\b(?:say|says|said|saying|tell|tells|told)(?:\s+(?:me|us|him|her|them))?(?:\s+to)?\s+['"‘“](?:\w+\s+)?$/;

const HYPOTHETICAL_BEFORE =
  /\b(?:(?:don't|dont|do not|won't|never) (?:have|need) to|would|should|could|might|if|whether|consider\w*|thinking (?:about|of)|talk\w* (?:about|of)|plan\w*(?: on| to)?|evaluat\w*|worth|lean\w* (?:toward|towards|to))\s+(?:\w+\s+){0,2}$/;

const STRONG_LOW_OVERHEAD = /\b(?:lowest|minimal|minimum|smallest|tiny|least)\b|\bper[\s-]pod\b/;

/** The text's clause breaks, found on first use (most texts name no factor and never need them). */
function lazyClauseEnds(text: string): () => readonly number[] {
  let breaks: number[] | undefined;
  return () => {
    breaks ??= clauseEnds(text);
    return breaks;
  };
}

/**
 * Whether some sentence, or part of one after a turn ("sidecarless but lightweight", "no sidecars,
 * plus a small footprint") or a comma that does not lead into a reason ("no sidecars, p99 under
 * 5ms", but not "no sidecars, to cut overhead"), names low overhead and not sidecarless.
 */
function overheadOnItsOwn(normalized: string): boolean {
  return normalized
    .split(
      /[.!?;\n+&]+|\b(?:but|plus|also|though|although|while|and)\b|,(?!\s*(?:to|for|so|because|since|as|which|that|cutting|saving|reducing|lowering|keeping|meaning|i\.e|ie|e\.g|eg)\b)/,
    )
    .some((sentence) => {
      const ends = lazyClauseEnds(sentence);
      return names('low-overhead', sentence, ends) && !names('sidecarless', sentence, ends);
    });
}

/**
 * List markers of a pasted requirements list, which normalisation leaves inline ("constraints: -
 * no sidecars - p99 under 2ms"): each item is read as a sentence of its own.
 */
export const LIST_ITEM = /(?:^|\s)(?:[-•*▪◦]|\d{1,2}[.)]|\[[ x]?\])\s+/g;

/**
 * A numbered item inside a sentence ("we don't need 1) canaries or 2) mirroring"): the words before
 * it still govern it, so it is not a list item that starts a sentence of its own.
 */
const INLINE_ITEM = /(?<=\b[a-z]+)\s+\(?\d{1,2}\)\s+(?=[a-z])/g;

/**
 * A section of a pasted list that rules its items out ("*Don't need* - anything spanning clusters"),
 * up to the next section header or the end.
 */
const RULED_OUT_SECTION =
  /\b(?<head>(?:(?:(?:don't|dont|do not|won't) need|no need for|out of scope|not in scope|non[\s-]?goals?|nice to have,? but (?:we )?can live without(?: it| them)?|(?<!(?:[:=,]|\b(?:is|are|be|prox(?:y|ies)|side[\s-]?cars?|gateways?|clusters?|routing|canar(?:y|ies)|filters?|plugins?|authz|mtls|mirroring|injection))\s*)not (?:required|needed))\s*[:\-–—•]|not (?:required|needed)\s*:|(?:stuff |things |what )?(?:nobody|no one|none of us) (?:needs?|wants?|cares? about)\s*:|what we (?:don't|dont|do not)(?: need| want)?(?: from (?:the|a|our) mesh)?\s*:|(?<!\b(?:we|i|you|they|it|that|this|he|she|which|who|team|people|got|get|gets|was|were|been|be|is|are|being|lot|later|will|to)\s+)(?<![:=]\s*)(?:not wanted|unwanted|won'?t(?: have| do)?|will not (?:have|do)|non[\s-]?goals?|out of scope|not in scope|deferred|parked|no requisitos|what (?:i|we)(?:'ve| have)? (?:said no to|turned down|rejected|declined)|dropped|removed|cut|later|descoped|de-scoped|withdrawn|postponed|not (?:requirements?|needs?|must[\s-]haves?)|(?:removed|dropped|cut) (?:since|from|after) (?:the |our |my |last )?[\w-]+(?: [\w-]+)?|(?:both|all|these|those|they|all of them|both of them) (?:are |were |r |got |have been )?(?:now )?(?:gone|dropped|cut|out|off the table)(?: now)?)(?:\s*\([^()]{1,25}\))?\s*(?:[:|•]|\d{1,2}[.)](?=\s)|[-–—](?=\s))))\s[\s\S]*?(?=\b(?:must[\s-]haves?|nice[\s-]to[\s-]haves?|needs|requirements|context|also|constraints|wants?|goals?|what's left|what is left|what remains|remaining|still (?:needed|wanted|in|on)|kept|added|new|unchanged|in scope)\s*[:\-–—•]\s|(?<![\w'-]\s*)\|?\s*\b(?:must|should|could|p[0-3])\s*(?:\([^()]{1,25}\)\s*)?(?:[:|•]|\d{1,2}[.)]\s|[-–—]\s)|$)/g;

/**
 * A sentence that dismisses what the one before it said: "We picked istio for the canaries and the
 * mirroring. We don't do either of those anymore." The needs of that earlier sentence are past.
 */
const DISMISSES_BEFORE =
  /^\W*(?:\w+\W+){0,6}?(?:(?:we )?(?:don't|dont|do not) need (?:the |a )?mesh for (?:that|those|this|it|them)\b|(?:we )?(?:don't|dont|do not|no longer|never) (?:really )?(?:do|need|use|want) (?:either of |any of |all of |both of )?(?:that|those|these|it|them|this)\b(?!\s+(?:to|be|for|in|on|at)\b)|(?:so |and )?(?:that's|that is|those are|it's|it is) (?:gone|dead|over|history)\b|(?:both|these|those|they|both of them|all of them) (?:are|were|r|have been|got) (?:now |since |all )?(?:gone|dropped|cut|dead|off the table|history)\b)|\bso (?:that's|that is|those are|it's) (?:gone|dead|over|history)\b|^\W*(?:but |and )?(?:none|neither) of (?:that|those|these|it|them|this) (?:is|are) (?:really |actually )?(?:needed|required|necessary|a (?:need|requirement|must|priority))\b/;

/** The text with each sentence that a later one dismisses blanked out. */
export function withoutDismissed(text: string): string {
  // A list waved away in parentheses: "everything else (traffic splitting, mirroring) we don't need".
  const unlisted = text.replace(DISMISSED_IN_PARENS, ' (.) ').replace(/\betc\./g, 'etc');
  // A dash before a dismissal ends a sentence too: "traffic splitting, egress gateways - none of
  // that is needed".
  const sentences = unlisted.split(/(?<=[.!?;\n])\s+|(?:\s+-|:)\s+(?=(?:but |and )?(?:none|neither) of\b)/);
  if (sentences.length < 2) return unlisted;
  return sentences.map((sentence, i) => (dismissesBefore(sentences[i + 1] ?? '') ? '.' : sentence)).join(' ');
}

/**
 * Whether a sentence dismisses the one before it, and not a need it names itself first ("canaries
 * are handled by Argo Rollouts, we don't need the mesh for that" dismisses only the canaries).
 */
function dismissesBefore(sentence: string): boolean {
  const m = DISMISSES_BEFORE.exec(sentence);
  if (!m) return false;
  // The words before the last of the dismissal's own words: "we looked at sidecarless options and
  // don't need them" names the need it dismisses (the first "we" is not where the dismissal starts).
  let at = 0;
  for (const k of m[0].matchAll(DISMISSAL_WORD)) at = k.index;
  const head = sentence.slice(0, m.index + at);
  return !PATTERN_IDS.some((id) => hasMatch(PATTERNS[id], head));
}

const DISMISSAL_WORD =
  /\b(?:we |don't|dont|do not|no longer|never|so |that's|that is|those|it's|it is|both|these|they|all of)/g;

/** Needs listed in parentheses and then waved away: "(traffic splitting, mirroring) we either don't need". */
const DISMISSED_IN_PARENS =
  /\(([^()]{1,100})\)(?=\s*(?:we |i )?(?:either |really |honestly )?(?:don't|dont|do not) (?:need|want|care about)\b)/g;

/** Every decision factor, in the decision table's order. */
export const FACTOR_IDS = Object.keys(PATTERNS) as readonly FactorId[];

/**
 * A ruled-out section blanked, its header kept: as the value of a label ("multi-cluster: out of
 * scope - ...") it still rules out that label; as a header of its own it starts a sentence, so it
 * does not rule out the item before it ("- upgrades without drama *Not needed* - canaries").
 */
function keepHeader(...m: unknown[]): string {
  const { head } = m.at(-1) as { head: string };
  const before = (m.at(-2) as string).slice(0, m.at(-3) as number).trimEnd();
  return before.endsWith(':') ? ` ${head} . ` : ` . ${head} . `;
}

/**
 * A number that closes parentheses opened in the same sentence ("beta testers (header x-beta: 1) to
 * v2"): a value, not a list's "1)" marker. The closing is set apart from it, so that LIST_ITEM
 * does not end the sentence there.
 */
const NUMBER_IN_PARENS = /\(([^()\n]{0,60}?\s)(\d{1,2})\)/g;

/**
 * A message that pastes what the team found out about the meshes: a pros-and-cons list, a summary,
 * spike or proof-of-concept notes, a table or a scorecard.
 */
const COMPARED_ON_PAPER =
  /\b(?:pros?\s*(?:\/|and|&|n)\s*cons?|summar(?:y|ies|ized|ised|ize|ise)|write-?ups?|wrote (?:up|down)|one-?pager|notes|table|matrix|score-?card|comparison|spike|poc|proof of concept|bake-?off|wiki)\b/;
/**
 * In such a message, what a mesh is, has or does ("istio - big api surface, ambient mode is ga",
 * "linkerd = less to run", "istio has an egress gateway, linkerd doesn't really", "linkerd • tiny
 * proxy • fewer l7 features"): a sentence or clause whose subject is the mesh describes it, and is no
 * need of the team's. Up to the end of the sentence (a list item of the same mesh is one sentence).
 */
const MESH_DESCRIBED =
  /(?<=^|[.!?:;,(]\s*|\s[-\u2013\u2014\u2022>*]\s*)(?:istio|linkerd|cilium|consul|kuma)(?: (?:ambient|sidecars?|multi-?cluster|multi-primary|proxy|mesh))?(?:'s)?(?:\s*[-\u2013\u2014\u2022:=]\s|\s(?:is|are|has|have|does|doesn't|does not|offers|gives|comes with|ships|supports|removes|needs|wins|uses|runs|can|can't|cannot|brings|adds|lacks|only)\b)[^.!?;\n]*/g;

/** A list's separator, captured so that splitting on it keeps it. */
const LIST_SEPARATOR = /(\s[-\u2013\u2014\u2022]\s)/;
/** The team itself in a described clause: "istio: fault injection for our chaos days ✅" weighs a need. */
const FIRST_PERSON = /\b(?:we|we're|we've|our|us|i|i'm|my)\b/;

/** The text without the meshes' descriptions when it pastes notes comparing them (see MESH_DESCRIBED). */
function withoutMeshNotes(text: string): string {
  if (!COMPARED_ON_PAPER.test(text)) return text;
  // Each list item on its own: "- linkerd multicluster: mirroring, worked - resource usage: smaller in
  // our test" drops the first and keeps the second.
  return text.replace(MESH_DESCRIBED, (clause) =>
    clause
      .split(LIST_SEPARATOR)
      .map((item, i) => (i % 2 === 1 || FIRST_PERSON.test(item) ? item : ' '))
      .join(''),
  );
}

/** The decision factors a text names as needs (the last few texts' are kept: see `recent`). */
export const extractFactors = recent(8, readFactors);

function readFactors(text: string): FactorId[] {
  const normalized = withoutDismissed(withoutMeshNotes(text))
    .replace(RULED_OUT_SECTION, keepHeader)
    .replace(INLINE_ITEM, ', ')
    .replace(NUMBER_IN_PARENS, '($1$2 )')
    .replace(LIST_ITEM, '. ');
  const ends = lazyClauseEnds(normalized);
  const may = possible(normalized);
  const found = FACTOR_IDS.filter((id) => names(id, normalized, ends, may));
  // "sidecarless to cut overhead" names one need, not two: the overhead is why they want ambient.
  // Said in sentences of their own ("no sidecars, please. Also our nodes run hot on memory"), they
  // are two.
  // "yeah no, we're fine with sidecars": whoever raised ambient, the asker settles it.
  const scratched = scratchedNeeds(normalized);
  const kept = found.filter((f) => !SETTLED_AGAINST[f]?.test(normalized) && !scratched.has(f));
  if (kept.includes('sidecarless') && kept.includes('low-overhead') && overheadOnlyAsReason(normalized)) {
    return kept.filter((f) => f !== 'low-overhead');
  }
  return kept;
}

/**
 * Needs taken back anywhere in the message, whatever said them before: "we need 3 things: authz,
 * mirroring and low latency. actually scratch the mirroring, QA will replay traffic instead".
 */
const SCRATCHED =
  /\b(?:scratch|strike|forget(?: about)?|ignore) (?:the |that |my |our |what i said about (?:the )?)?([^.,;:!?\n]{3,40})/g;
function scratchedNeeds(normalized: string): Set<FactorId> {
  const out = new Set<FactorId>();
  if (!/\b(?:scratch|strike|forget|ignore)\b/.test(normalized)) return out;
  for (const m of allMatches(SCRATCHED, normalized)) {
    const words = m[1] ?? '';
    for (const f of FACTOR_IDS) if (mentionsFactor(f, words)) out.add(f);
  }
  // "a lua filter to rewrite legacy headers... actually scratch that": the item just before it.
  for (const m of allMatches(SCRATCH_THAT, normalized)) {
    const head = normalized.slice(Math.max(0, (m.index ?? 0) - 120), m.index).replace(/[\s.,;:!?-]+$/, '');
    const item = head.slice(
      Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! ')) + 1,
    );
    for (const f of FACTOR_IDS) if (mentionsFactor(f, item)) out.add(f);
  }
  return out;
}
const SCRATCH_THAT =
  /(?:^|[.,;!?-]\s*|\b(?:actually|wait|hmm|no|oh|ok|okay),?\s+)(?:scratch|strike|forget|ignore) (?:that|this|it)(?: one| last one| part)?\b(?!\s+(?:is|was|we|i)\b)/g;

/**
 * A statement anywhere in the question that settles a need against itself, whoever raised it: "we're
 * fine with sidecars" (no sidecarless), "we have one cluster and no plans for a second", "single
 * cluster forever" (no multi-cluster).
 */
const SETTLED_AGAINST: Partial<Record<FactorId, RegExp>> = {
  sidecarless:
    /\b(?:we're|we are|were|i'm|i am|team is|we'?re (?:totally|perfectly|honestly)) (?:totally |perfectly |honestly |pretty )?(?:fine|ok|okay|happy|good) (?:with|w) (?:the |having |running )?side[\s-]?cars\b|\bside[\s-]?cars (?:are|r) (?:totally |perfectly )?(?:fine|ok|okay) (?:by|with|for) (?:us|me)\b|\bside[\s-]?cars (?:are|r) (?:totally |perfectly |honestly )?(?:fine|ok|okay)(?=\s*(?:[.,;!?]|$|\b(?:for now|so|and|but)\b))|\b(?:we|i) (?:don't|dont|do not) mind (?:the |having )?side[\s-]?cars\b|\b(?:we're|we are|were) (?:staying|sticking) (?:on|with) (?:the )?side[\s-]?cars\b|\b(?:don't|dont|do not) (?:really )?care (?:about|abt|whether|if)\b[^.?!]{0,30}\bside[\s-]?cars?\b|\bside[\s-]?cars (?:don't|dont|do not) bother us\b/,
  'multi-cluster':
    /\bclusters?\b[^.?!]{0,40}\b(?:are|they're|theyre|they are|stay|remain)\s+(?:fully |completely |totally )?(?:independent|separate|isolated)\b(?![^.?!]{0,40}\b(?:but|except|until)\b)|\bclusters?\b[^.?!]{0,40}\b(?:never|don't|dont|do not|won't|wont) (?:need to )?(?:talk|call|reach) (?:to )?each other\b|\b(?:one|a single|single|1) (?:\w+ )?cluster(?:,| and| -)? (?:and )?(?:no plans|forever|for good|that's it|period)\b|\b(?:one|a single|1) cluster,? (?:and|so) (?:we )?(?:won't|will not|don't|do not|never) need (?:it|that|more|another|a second|multi)|\bonly (?:ever )?(?:have |run )?(?:one|a single|1) cluster\b|\bwe (?:only )?(?:have|run|use) (?:only |just )?(?:one|a single|1) (?:eks |gke |aks |k8s |prod )?cluster(?:,| and) (?:no|nothing|never)\b/,
};

/**
 * Whether a text that names sidecarless says overhead only as the reason for it ("sidecarless to
 * cut overhead"): no strong word for overhead and no sentence of its own about it. Then low overhead
 * is not a need of its own, whoever reads it (the rules or the learned reader).
 */
export function overheadOnlyAsReason(normalized: string): boolean {
  return !STRONG_LOW_OVERHEAD.test(normalized) && !overheadOnItsOwn(normalized);
}

/**
 * Whether the text uses a factor's words at all, stated or ruled out: "we don't need canaries" uses
 * l7-traffic's. A learned reader of needs adds no such factor (the rules have read it and decided).
 */
export function mentionsFactor(id: FactorId, text: string): boolean {
  return possible(text).any(id);
}

/**
 * Whether a text settles a need against itself, whoever raised it (SETTLED_AGAINST): the needs
 * reader's needs are held to it too ("2 clusters exist but they're independent and will stay that way").
 */
export function settledAgainst(id: FactorId, normalized: string): boolean {
  return SETTLED_AGAINST[id]?.test(normalized) ?? false;
}

/**
 * Where in a text each of these factors' words occur (its pattern's and burden's matches, stated or
 * ruled out), from the text's one scan: the rules have usually scanned the same text already.
 */
export function mentionsAt(text: string, ids: readonly FactorId[]): Map<FactorId, number[]> {
  const may = possible(text);
  return new Map(ids.map((id) => [id, [...may.pattern(id), ...may.burden(id)].map((m) => m.index ?? 0)]));
}
