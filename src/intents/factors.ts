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
    /\bl7 (?:routing|traffic)|\blayer[\s-]?7\b|\badvanced (?:routing|traffic)|\btraffic (?:management|mirroring|shaping|control)|\bmirror\w*|\bfault[\s-]?injection|\bheader[\s-]based|\bcanar(?:y|ies)\b|\bblue[\s/-]?green\b|\bprogressive (?:delivery|rollouts?)\b|\bsophisticated routing\b|\bcomplex routing\b|\bshadow\w*|\broute (?:on|by) (?:request )?headers?\b|\bheader[\s-]?(?:routing|match\w*)\b|\b(?:staged|gradual|phased|incremental|percentage|percent(?:age)?[\s-]based) (?:rollouts?|releases?|deploy\w*|traffic|splits?|routing)\b|\b\d+\s*\/\s*\d+ (?:\w+ )?splits?\b|\btee\w*\b[^.?!]{0,30}\b(?:requests|traffic|calls)\b|\bdark[\s-]?launch\w*|\b(?:cookie|header|user|query)[\s-](?:param\w*[\s-])?(?:based )?rout\w*|\bper[\s-](?:cookie|header|user) rout\w*|\bred[\s/-]black\b|\bduplicat\w*\b[^.?!]{0,30}\btraffic\b|\bmatch\w* on (?:request |http )?headers?\b|\ba\/b\b|\bby header\b|\btraffic[\s-]split\w*|\bsplit\w* (?:the )?traffic\b|\bby weight\b|\binject\w* (?:\d{3}s?|http \d{3}s?|errors?|faults?|delays?|latency|aborts?|failures?)\b|\b(?:rout\w*|send\w*|sent|steer\w*|split\w*|reach\w*|direct\w*|pin\w*|shift\w*)\b[^.?!]{0,40}\bby (?:sending |setting |adding |passing )?(?:a |an |the )?(?:http |request |custom |special )?header\b|\b(?:replay\w*|copy|copies|duplicat\w*)\b[^.?!]{0,30}\b(?:live|prod\w*|real) (?:requests|traffic|calls)\b|\b(?:\d{3}s?|errors?|delays?|faults?|latency|aborts?)\b[^.?!]{0,30}\binjected\b|\binject\w* (?:\d+ ?(?:ms|s|seconds?|milliseconds?|%) )?(?:delays?|latency|aborts?|errors?|faults?)\b|\b(?:send|sending|sent|shift\w*|rout\w*|give|giving|get|move|moving|steer\w*|expos\w*|want|put\w*|flip\w*|switch\w*|roll\w*|bring\w*)\b[^.?!]{0,40}\b\d+(?:\.\d+)? ?% of (?:the |our |all )?(?:\w+ )?(?:traffic|users|requests|calls)\b|\bramp\w* (?:it )?up by weight\b|\bweighted (?:routing|rollouts?|canar\w*|traffic)\b|\b(?:rout\w*|send\w*|steer\w*|split\w*|direct\w*)\b[^.?!]{0,15}\bbased on\b[^.?!]{0,40}\bheaders?\b|\b(?:requests?|traffic|calls?) (?:carrying|with|that (?:has|have|carry|carries)) (?:the |a |an )?(?:header|\S+ header)\b[^.?!]{0,60}\b(?:go|goes|land|lands|hit|hits|reach\w*|routed|sent|end up)\b|\b(?:delay|latency|fault|error|abort)s? injection\b|\b(?:gradual\w*|slowly|step by step|bit by bit)\b[^.?!]{0,40}\b(?:new version|v\d|rollout|release|traffic)\b|\b(?:shift|move|switch)\w* (?:\w+ ){0,2}(?:traffic|users|requests)\b[^.?!]{0,30}\bgradual\w*|\bshift\w* traffic\b|\b\d+ ?% (?:of )?(?:(?:the|our|live|prod) )?(?:traffic|requests|users)\b[^.?!]{0,30}\b(?:to|on|onto) (?:the )?(?:new|next|canary|v\d)\b|\broute\w*\b[^.?!]{0,30}\bby (?:cookie|header|user[\s-]?agent)s?\b|\badd\w* (?:a |some )?(?:delays?|latency|errors?|faults?)\b[^.?!]{0,30}\b(?:to|on|into|for) (?:some |the |a few )?(?:calls|requests|traffic)\b|\bbreak\w* (?:some )?(?:calls|requests)\b[^.?!]{0,20}\bon purpose\b|\b(?:force|forcing|forced|trigger\w*|throw\w*|return\w*|simulat\w*)\b[^.?!]{0,15}\b(?:\d{3}s?|errors?|failures?|faults?|delays?|timeouts?)\b[^.?!]{0,20}\b(?:on purpose|deliberately|intentionally)\b|\b\d+(?:\.\d+)? ?% of (?:the |our )?[\w-]+(?: traffic)? (?:to|onto) (?:the )?(?:new|next|canary|v\d|beta)\b|\bx-[a-z][\w-]*\b[^.?!]{0,60}\b(?:go|goes|land|lands|hit|hits|routed|sent|end up|ends up)\b[^.?!]{0,10}\b(?:to|on|at)\b|\bsend\w* (?:\w+ ){0,2}users to (?:v\d|the new|a new|new)\b|\b(?:switch|shift|move|roll)\w*\b[^.?!]{0,25}\b(?:new version|v\d)\b[^.?!]{0,10}\bgradual\w*|\bbased on (?:the )?x-[\w-]+|\bby (?:the )?(?:x-[\w-]+|cookies?)\b|\babort\w* \d+(?:\.\d+)? ?% of (?:the )?(?:calls|requests|traffic)\b|\bsplit\w* \d+\s*\/\s*\d+\b/,
  'fine-grained-authz':
    /\b(?:fine[\s-]?grained|granular|detailed|advanced|complex|strict)\b[\w\s-]{0,20}\b(?:authz|authori[sz]ation|access control|polic(?:y|ies))|\bauthori[sz]ation polic|\bauthz\b|\brbac\b|\bopa\b|\bper[\s-](?:url|route|path|endpoint|method|service|api) (?:access|permissions?|rules?|polic\w*|rbac|authz|allow|deny)\b|\b(?:access|permissions?) (?:rules? |checks? )?(?:per[\s-](?:url|route|path|endpoint|method)|based on (?:token|jwt) claims?)\b|\b(?:token|jwt) claims?\b|\bjwt[\s-](?:gated|protected|validation|checks?)\b|\b(?:get|post|put|delete) (?:vs|or|and|\/) (?:get|post|put|delete)\b|\bzero[\s-]?trust\b|\bexternal auth|\b(?:authori[sz]ation|authz|access) (?:rules?|polic(?:y|ies)|checks?) (?:on|based on|by|per|for each)\b|\b(?:jwt[\s-]?claims?|per[\s-](?:route|path|method|endpoint)|path[\s-]based|identity[\s-]based|claims?[\s-]based)\b[\w\s-]{0,25}\b(?:authori[sz]ation|authz|access control|(?:allow|deny)(?:\/(?:allow|deny))? rules?|polic(?:y|ies))\b|\b(?:authori[sz]ation|authz)\b[\w\s-]{0,30}\b(?:jwt|claims?|per[\s-](?:route|path|method)|http methods?)\b|\bjwt\b[^.?!]{0,40}\bclaims?\b|\b(?:allow|deny|accept|reject)\w*\b[^.?!]{0,40}\bbased on\b[^.?!]{0,20}\bclaims?\b|\bonly (?:accept|allow)\w* (?:get|post|put|delete|patch)\b|\b(?:who|which (?:services?|service accounts?|workloads?|identit(?:y|ies)|callers?|apps?|teams?)) (?:can|may|is allowed to|are allowed to) (?:call|hit|reach|access|talk to) (?:which|what)\b|\bjwt (?:groups?|roles?|scopes?|audiences?)\b|\b(?:call[\s-]?out|check\w*|ask\w*|consult\w*)\b[^.?!]{0,25}\b(?:policy|authz|authori[sz]ation|permissions?|entitlements?) (?:service|server|engine|api|endpoint)\b|\b(?:allow|deny)(?:\/(?:allow|deny))? (?:rules?|polic(?:y|ies))\b|\bonly (?:the )?[\w-]+(?: service)?(?: account)? (?:may|can) (?:call|access|reach)\b|\b(?:get|post|put|delete|patch) \/|\b(?:allow|deny)\w*\b[^.?!]{0,20}\bper[\s-](?:path|route|method|endpoint)\b|\bdeny[\s-](?:all|by[\s-]default)\b|\b(?:deny|allow|block|reject)\w*\b[^.?!\n]{0,60}\b(?:unless|only if)\b[^.?!\n]{0,40}\b(?:jwt|token|identity|caller|service account|claims?|role)\b|\b(?:allow|deny)(?:\/(?:allow|deny))? (?:by|on|based on|per) (?:http )?(?:paths?|methods?|routes?|identity|caller|claims?)\b|\bcaller(?:'s)? identity\b|\bdefault[\s-]deny\b|\b(?:identity|service[\s-]account|spiffe|workload|jwt|token|claims?)[\s-]based\b[^.?!]{0,20}\b(?:allow\w*|deny\w*|access|polic\w*|rules?|permissions?|authz)\b|\ballow[\s-]?lists? (?:between|per|by) (?:namespaces?|services?|paths?|identit\w*)\b|\b(?:method|path|route|endpoint|url)[\s-]level (?:access|authz|authori[sz]ation|polic\w*|rules?|permissions?|allow\w*)\b|\b(?:allow\w*|restrict\w*|control\w*|limit\w*)\b[^.?!]{0,20}\bwho calls whom\b|\ballow\w* by (?:user )?roles?\b|\b(?:polic(?:y|ies)|rules?|permissions?|access)\b[^.?!]{0,10}\bper (?:path|route|method|endpoint|http verb|verb)\b|\bper[\s-]caller (?:permissions?|rules?|access|polic\w*)\b|\b(?:who is calling|the caller|calling service)\b[^.?!]{0,30}\b(?:http )?(?:method|verb)\b|\bgrant\w*\b[^.?!]{0,30}\bonly to\b|\btokens? with (?:the |a )?[`'"]?[\w-]+[`'"]? (?:role|claim|scope)\b|\bblock everything (?:else )?by default\b/,
  'proxy-extensions':
    /\bwasm\b|\benvoy (?:plugins?|extensions?|filters?|lua)\b|\b(?:own|custom) filter chains?\b|\bpatch\w* (?:the )?envoy\b|\bwebassembly\b|\bwasm ?plugins?\b|\btraffic ?extensions?\b|\benvoy ?filters?\b|\blua\b|\bext[_\s-]?proc\b|\bcustom (?:envoy |proxy )?(?:filters?|plugins?|logic|code|modules?)\b|\bproxy (?:plugins?|extensions?|extensibility)\b|\bextend (?:the )?(?:proxy|proxies|data plane|envoy)\b|\bprogrammab\w* (?:proxy|data plane)\b|\b(?:own|custom) (?:code|logic|modules?)\b[^.?!]{0,30}\b(?:in|inside|into) (?:the )?(?:envoy|proxy|proxies|data plane|request path)\b|\bplugins? (?:in|for|inside) (?:the )?(?:envoy|proxy)\b|\b(?:own|custom|in[\s-]house|homegrown|home[\s-]grown|compiled)\b[^.?!]{0,30}\b(?:module|plugin|filter|extension|code|logic)s?\b[^.?!]{0,50}\b(?:in|inside|into) (?:the )?(?:mesh )?(?:proxy|proxies|data plane|envoy)\b|\b(?:logic|code|module|plugin|filter|extension)s?\b[^.?!]{0,50}\b(?:running |runs |run |loaded |living )(?:in|inside|into) (?:the )?(?:mesh )?(?:proxy|proxies|data plane|envoy)\b|\b(?:extension|plugin|filter|module)s? (?:compiled |built |written )?(?:for|against) (?:envoy|the proxy)\b|\b(?:extension|plugin|filter|module)s? (?:that )?(?:we|you|i) (?:compile|wrote|write|built|build|maintain)\b[^.?!]{0,50}\b(?:in|inside|into) (?:the )?(?:mesh )?(?:proxy|proxies|data plane|envoy)\b|\b(?:extension|plugin|filter|module)s?\b[^.?!]{0,40}\benvoy'?s? (?:c\+\+ |wasm |lua )?api\b/,
  'egress-gateway':
    /\begress (?:gateways?|gws?)\b|\b(?:single|central\w*|one|dedicated|audited|controlled|common) (?:(?:audited|logged|controlled) )?(?:(?:egress|exit|outbound) )+(?:point|gateway|path|node|hop|proxy)s?\b|\ball (?:outbound|egress|outgoing) traffic (?:goes |go |must go |should go |to go )?(?:through|thru|via)\b|\b(?:egress|outbound|outgoing|leav\w*)\b[^.?!]{0,60}\b(?:one|single|dedicated|central\w*|common)\b[\w\s'’-]{0,20}\b(?:gateway|exit point|exit|choke ?point)\b|\b(?:single|one|dedicated|central\w*) (?:audited |logged |controlled |monitored |locked[\s-]?down |firewalled |whitelisted |allow[\s-]?listed )?(?:exit|egress)\b|\b(?:outbound|egress|outgoing|internet[\s-]bound|external)\b[^.?!]{0,40}\b(?:through|thru|via|from) (?:a |one |a single |\d+ |two |a fixed set of |fixed |static )(?:static |fixed |nat |egress |known |whitelisted )*(?:ips?|ip address\w*|nat (?:gateways?|ips?)|addresses)\b|\b(?:egress|outbound|outgoing)\b[^.?!]{0,60}\bchoke[\s-]?points?\b|\bchoke[\s-]?points?\b[^.?!]{0,30}\b(?:egress|outbound|outgoing)\b|\bcentrali[sz]ed (?:outbound|egress|exit) (?:proxy|gateway|point)\b|\b(?:out of|leaving|leave|going out of) the (?:cluster|vpc|vnet|mesh|network)\b[^.?!]{0,50}\b(?:one|single|dedicated|central\w*) (?:place|point|gateway|exit)\b|\b(?:all|every|force|forcing|route|routing|funnel\w*)\b[^.?!]{0,12}\b(?:egress|outbound|outgoing)\b[^.?!]{0,30}\b(?:through|thru|via)\b[^.?!]{0,20}\b(?:gateway|exit)\b|\b(?:exit|leave|go out)\w* (?:via|through) (?:a |one |the )?(?:single|one|dedicated|central\w*|common)\b[^.?!]{0,20}\b(?:gateway|exit|point|proxy)\b|\b(?:egress|outbound|outgoing)\b[^.?!]{0,60}\b(?:through|thru|via)\s+(?:a |the )?(?:one|single|central\w*|dedicated|common)\s+(?:\w+ )?(?:place|point|hop|path|proxy|node|box|host)\b|\b(?:single|one|dedicated|central\w*),? (?:audited,? |logged,? |controlled,? |monitored,? )?(?:path|way) out\b|\b(?:external|internet|3rd[\s-]party|third[\s-]party) (?:calls?|traffic|requests|apis?)\b[^.?!]{0,50}\b(?:one|single|dedicated|central\w*|controlled|audited)\b[\w\s-]{0,20}\b(?:gateway|exit|point|choke ?point|node|box|hop|proxy)\b|\b(?:calls?|traffic) to (?:the )?internet\b[^.?!]{0,50}\b(?:one|single|dedicated|central\w*)\b[\w\s-]{0,20}\b(?:gateway|exit|point|node|box|hop|proxy)\b|\b(?:all|every) (?:outbound|egress|outgoing|external) (?:traffic|calls?|requests) (?:must |has to |should |needs? to )?(?:leave|exit|go out)\b|\b(?:outbound|egress|outgoing|external|internet[\s-]bound)\b[^.?!]{0,40}\b(?:via|through|thru) (?:a |one |the )?(?:(?:single|monitored|audited|logged|controlled|dedicated|central)[, ]+)+(?:exit|gateway|proxy|door|box|node|host|point|place)\b|\b(?:internet[\s-]bound|outbound|egress|outgoing|external)\b[^.?!]{0,20}\b(?:calls?|traffic|requests)\b[^.?!]{0,20}\b(?:funnel\w*|routed|forced|go|goes|leave|leaves|pass\w*)\b[^.?!]{0,15}\b(?:through|thru|via) (?:one|a single|a|the) (?:single |central |dedicated )?(?:box|node|host|proxy|gateway|exit|door|point|place)\b|\b(?:outbound|egress|outgoing)\b[^.?!]{0,20}\bone (?:door|exit|way out|gate)\b|\b(?:single|one) (?:logged |audited |controlled |monitored )?path for (?:all )?(?:outbound|egress|outgoing)\b/,
  'multi-cluster':
    /\bmulti[\s-]?clusters?\b|\bmultiple clusters\b|\bseveral clusters\b|\bmany clusters\b|\bcross[\s-]?cluster|\bacross clusters\b|\bmulti[\s-]?(?:mesh|network|region|cloud)\b|\bfederat\w*|\bboth clusters\b|\b(?:one|a single|single) (?:service )?mesh (?:across|over|spanning|stretched|spread|that spans)\b|\bclusters? (?:need|needs|have|has) to be (?:in )?one mesh\b|\bactive[\s-]active\b[^.?!]{0,60}\bregions?\b|\bclusters\b[^.?!]{0,20}\bas one mesh\b|\b(?:clusters|regions|(?:second|another|other|new|remote) (?:\w+ ){0,2}cluster)\b[^.?!]{0,120}\b(?:(?:one|a single|single|the same|same) mesh|join\w*\b[^.?!]{0,30}\bmesh)\b|\b(?:one|a single|single|the same|same) mesh\b[^.?!]{0,80}\b(?:clusters|regions)\b|\bfail\w* ?over\b[^.?!]{0,40}\b(?:regions?|clusters?)\b|\b(?:regions?|clusters?)\b[^.?!]{0,60}\bfail\w* ?over\b|\bspan(?:s|ning)?\b[^.?!]{0,60}\b(?:clusters|networks|regions|clouds|datacenters|data centers|vpcs)\b|\bacross (?:on[\s-]?prem\w*|clouds|regions|datacenters|data centers|vpcs)\b|\bhybrid[\s-]cloud\b|\bcross[\s-]?region\b|\bclusters\b[^.?!]{0,80}\b(?:call|talk to|reach)\w* (?:each other|one another) across\b|\bacross (?:\d+|two|three|four|five|six|several|multiple|many) (?:\w+ )?(?:regions|clusters|clouds|datacenters|data centers)\b|\bgeo[\s-]?(?:distributed|redundant|replicated)\b|\bclusters? (?:in|across|over) (?:\d+|two|three|four|several|multiple) (?:regions|datacenters|data centers|dcs|clouds)\b|\bover (?:\d+|two|three|four|several|multiple) (?:dcs|datacenters|data centers|regions)\b|\bstretch\w* (?:the |a |one |our )?mesh\b|\b(?:it all|all of (?:it|them|these)|everything|all (?:three|four|five|\d+)) (?:needs? to|must|has to|have to|should) (?:be|act as|behave as|behave like|work as) (?:one|a single) (?:service )?(?:mesh|network)\b|\b(?:as|into) (?:one|a single) mesh\b|\b(?:clusters?|regions?|sites?|dcs|data cent(?:er|re)s)\b[^.?!]{0,60}\b(?:calling|call|talk\w*|reach\w*|discover\w*|route to|routing to) (?:each other|one another)\b|\b(?:reach|call|talk to)\w* (?:services |workloads )?in (?:the |our |another |a different )?[\w-]+ (?:cluster|region|dc)\b/,
  sidecarless:
    /\bside[\s-]?car[\s-]?less\b|\bwithout (?:a |the )?side[\s-]?cars?\b|\bno[\s-]side[\s-]?cars?\b|\bambient\b|\bdrop (?:the )?side[\s-]?cars?\b|\bget rid of (?:the )?side[\s-]?cars?\b|\bnot (?:run|use|have|want) (?:any )?side[\s-]?cars?\b|\bno more side[\s-]?cars?\b|\bside[\s-]?cars? (?:are|is) (?:a )?no[\s-]?go\b|\bavoid(?:ing)? (?:the )?side[\s-]?cars?\b|\bwithout (?:any )?side[\s-]?cars?\b|\b(?:don't|dont|do not|doesn't|doesnt|does not|won't|wont) (?:want|need|like|allow) (?:any |the )?(?:side[\s-]?cars?|prox(?:y|ies) (?:injected|in (?:our |the )?pods))\b|\bside[\s-]?car[\s-]?free\b|\bper[\s-]node (?:proxies|proxy)\b|\bno (?:proxy|sidecar) containers?\b|\b(?:no|without|zero) (?:extra )?(?:prox(?:y|ies)|sidecars?)(?: containers?)? (?:injected )?(?:in|inside|within|into) (?:the |our |any )?(?:app\w* |application |workload )?(?:pods?|workloads?)\b|\b(?:no|without|zero) (?:any )?(?:per[\s-](?:pod|workload)|in[\s-]pod) (?:proxies|proxy|sidecars?)\b|\b(?:get\w*|take|taking|move|moving|keep\w*) (?:the )?(?:prox(?:y|ies)|sidecars?) out of (?:the |our |their )?(?:app\w* )?pods?\b|\bnothing (?:gets|is|can be|may be|will be) injected\b|\b(?:can't|cannot|can not|not allowed to|may not) (?:touch|modify|change|edit) (?:the |their |our )?pod specs?\b|\b(?:won't|will not|wont|don't|do not|refuse to) (?:accept|allow|tolerate|want) (?:anything|any \w+|extra \w+) (?:added|injected|inserted) (?:to|into|in) (?:the |our |their )?(?:app\w* )?pods?\b|\b(?:mesh|prox(?:y|ies)|data plane) (?:running |run )?as a daemon(?:set)? (?:on|per) (?:the |each |every )?nodes?\b|\b(?:instead of|rather than) (?:a |the )?side[\s-]?cars?\b|\b(?:isn't|is not|not) a side[\s-]?car\b|\bproxy (?:out of|outside(?: of)?) (?:the |our )?(?:app\w* )?pods?\b|\b(?:data plane|proxies|proxy) (?:at|on|per) (?:the )?(?:node|host)[\s-]?level\b|\bnode[\s-]level (?:proxies|proxy|data plane)\b|\b(?:hate|dislike|allergic to)\b[^.?!]{0,30}\bside[\s-]?cars?\b|\b(?:nothing|no|zero|not have|stop (?:putting|injecting|adding)|without)\b(?: \w+){0,2}? (?:inject\w*|prox(?:y|ies)|sidecars?)\b[^.?!]{0,20}\b(?:(?:in|into|inside|within) (?:the |our |their |any |every |each )?|to (?:every|each|all|our|the) )(?:app\w* )?pods?\b|\b(?:drop|ditch|remove|get rid of|eliminate)\w* (?:the |all |our )?(?:per[\s-]pod|in[\s-]pod) (?:prox(?:y|ies)|sidecars?)\b|\brefus\w* (?:to (?:have|allow|accept) )?(?:anything|sidecars?|prox(?:y|ies))\b[^.?!]{0,20}\b(?:in|into|inside) (?:the |our |their )?(?:app\w* )?pods?\b|\bproxy[\s-]?less\b|\bside[\s-]?cars? (?:gone|removed)\b|\bprox(?:y|ies) (?:per|on each|on every) node\b|\bno (?:injected|extra) (?:prox(?:y|ies)|sidecars?)\b|\b(?:can't|cannot|can not|not allowed to|no) (?:add|adding|inject\w*) (?:a |any )?(?:second|extra|additional|another|sidecar) containers?\b|\b(?:shared )?prox(?:y|ies) on (?:each|every|the) (?:host|node)s?\b|\b(?:zero|no) injected containers?\b|\b(?:can't|cannot|can not|not allowed to) inject anything\b|\bprox(?:y|ies)\b[^.?!]{0,20}\bdaemon[\s-]?set\b|\bsingle[\s-]container\b|\bnode[\s-]local prox(?:y|ies)\b/,
  'low-overhead':
    /\b(?:low|lower|lowest|minimal|minimum|small|smaller|smallest|tiny|less|least|little|near[\s-]?zero|negligible|barely any|hardly any|almost no)\b[\w\s-]{0,15}\b(?:overhead|footprint|latency|resource\w*|memory|mem|ram|cpu)\b|\b(?:light|feather)[\s-]?weight\b|\blight enough\b|\b(?:\d+|lots of|many|a lot of)\s(?:\w+\s)?pods ?(?:\/|per|a) ?node\b|\btight (?:p9\d|latency)\b|\b(?:p9\d|latency)(?: budget| slo)? (?:is|are) (?:\w+ ){0,2}tight\b|\bdensely packed\b|\bpod density\b|\b(?:overhead|footprint|memory|mem|ram|cpu|latency)\b[\w\s/-]{0,30}\b(?:tiny|small|minimal|low|lowest|little)\b|\b(?:proxy|proxy's|sidecar|sidecar's|per[\s-]pod|per[\s-]workload)\b[^.?!]{0,20}\b(?:memory|mem|ram|cpu|latency|overhead|footprint|resources?)\b[^.?!]{0,30}\b(?:matters?|counts?|hurts?|(?:is|are) a (?:big|huge|real) (?:deal|concern|worry)|as close to zero)\b|\b(?:care about|matters?) most\b[^.?!]{0,15}\b(?:proxy|sidecar|per[\s-]pod)\b[^.?!]{0,10}\b(?:memory|mem|ram|cpu|latency|overhead|footprint)\b|\bhigh[\s-](?:pod counts?|density)\b|\bbarely (?:touch\w*|uses?|adds?|costs?)\b[^.?!]{0,20}\b(?:cpu|memory|mem|ram|resources|latency)\b|\b(?:lean|light(?:er|est)?)\s*(?:[.,;:!?+&]|$|and\b|mesh\b|option\b|please\b|pls\b|if possible\b|ideally\b)|\bperformance\b|\bfast(?:est)? proxy\b|\b(?:lean|light|tiny|small|slim|thin)(?:er|est)? (?:possible )?(?:proxy|proxies|data plane|sidecars?|footprint)\b|\btiny resource\w*|\bresource[\s-]thrifty\b|\bthrifty\b|\bp9\d\b[^.?!]{0,20}\b(?:can't|cannot|can not|won't) (?:blow|miss|break|exceed)\b|\bas (?:lean|light|small) as possible\b|\b(?:light|cheap|easy|gentle)(?:er|est)? on (?:the )?(?:resources|memory|mem|cpu|ram|nodes|vcpus?)\b|\blatency (?:budget|slos?|slas?)\b|\bper[\s-]pod (?:cpu|memory|mem|ram|latency|footprint|overhead|cost|hit|resources?)\b|\blight(?:er|est)? (?:mesh|option|one|possible)\b|\bevery (?:extra |additional |single )?(?:µs|μs|microsecond|millisecond|ms|millicore|mib|mb|megabyte|cpu cycle|core)s?\b[^.?!]{0,30}\b(?:we can|counts|matters|hurts)\b|\blatency[\s-]sensitive\b|\b(?:add\w*|overhead|latency|p9\d|per[\s-]hop)\b[^.?!\n]{0,30}\b(?:under|below|less than|at most|max(?:imum)?|no more than|<=?)\s*~?\d+(?:\.\d+)? ?(?:ms|µs|μs|us|milliseconds?)\b|\b(?:proxy|proxies|sidecars?|per[\s-]pod|each pod|data[\s-]?plane)\b[^.?!\n]{0,30}\b(?:under|below|less than|at most|max(?:imum)?|no more than|<=?)\s*~?\d+(?:\.\d+)? ?(?:m|mi?b|gi?b|millicores?|mcpu|vcpus?|cpu)\b|\bp9\d (?:latency )?(?:budget|slos?|slas?|target)\b|\b(?:added|extra) (?:p9\d|latency)\b|\bpay (?:per|by the) (?:vcpu|cpu|core)\b|\b(?:eats?|uses?|adds?|costs?) the least\b|\b\d+(?:\.\d+)? ?ms\b[^.?!]{0,40}\b(?:p9\d|slo|sla|latency budget)\b|\b(?:p9\d|slo|sla|latency budget)\b[^.?!]{0,25}\b\d+(?:\.\d+)? ?ms\b|\b(?:main|biggest|only|top|number one|first) (?:worry|concern|priority|thing|requirement)\b[^.?!]{0,10}\b(?:overhead|latency|footprint|memory|cpu)\b|\blean(?:er|est) (?:mesh|option|one|proxy|data plane)\b|\bdense (?:nodes|packing)\b|\bfrugal\b|\b(?:cpu|memory|mem|ram|resource) (?:cost|usage|use|overhead|footprint) of (?:the )?(?:prox(?:y|ies)|sidecars?)\b|\b(?:resource|memory|cpu|ram) usage (?:small|low|minimal|tiny)\b|\bkeep (?:the )?(?:resource|memory|cpu|ram) usage (?:small|low|minimal|tiny)\b|\b(?:p9\d|latency)\b[^.?!]{0,15}\b(?:super|very|really|extremely) low\b|\b\d+(?:\.\d+)? ?(?:ms|µs|μs|us|milliseconds?)\b[^.?!]{0,25}\b(?:per hop|to spend|for the (?:mesh|proxy|sidecar)|on the (?:mesh|proxy|sidecar)|mesh hop)\b|\b(?:answer|respond|reply|complete|return)\w* (?:with)?in (?:under |less than |below )?\d+(?:\.\d+)? ?(?:ms|milliseconds?)\b|\blatency (?:kept |stays? |staying )?(?:tight|low|minimal)\b|\b(?:crammed|packed|squeezed|stuffed)\b[^.?!]{0,20}\b(?:onto|on|into) (?:\d+|a few|few) (?:\w+ )?nodes\b|\bnodes?\b[^.?!]{0,30}\b\d+ pods each\b|\b(?:micro|milli)seconds? matter\b|\bsub[\s-]?millisecond\b|\b\d+ pods on each\b|\b(?:per[\s-]request )?(?:delay|latency) matters\b|\b(?:mesh|proxy|sidecar) tax\b|\b(?:next to|almost|close to) nothing\b[^.?!]{0,20}\b(?:latency|response times?|overhead|memory|cpu)\b/,
  'simple-operations':
    /\bsimpl(?:e|est|er|icity)\b|\beas(?:y|iest|ier)[\s-]to[\s-](?:run|operate|install|learn|use|manage|set up|stand up|deploy|maintain|get running|keep (?:running|up|alive))\b|\b(?:a |one |our )?junior\b[^.?!]{0,20}\b(?:can|could) (?:run|operate|manage|handle|own)\b|\blow (?:complexity|maintenance)\b|\bless (?:complex|to learn|to run)\b|\bminimal ops\b|\b(?:least|less|little|minimal) (?:pain|effort|work|toil|maintenance)\b|\bease of (?:use|operation|operations|install\w*|management)\b|\beas(?:y|iest|ier)\b[\w\s-]{0,15}\bto (?:run|operate|install|learn|use|manage|set up|maintain)\b|\beasiest (?:install|setup|option)\b|\beas(?:y|ier|iest) (?:install|setup|set-up|upgrades?)\b|\bpart[\s-]?time\b|\b(?:easy|simple)\s*(?:[+&]|\?|$|mesh\b)|\b(?:short|under)[\s-]?staffed\b|\bgentle (?:ramp|learning)\w*|\b(?:install\w*|set ?up|up and running)\b[^.?!]{0,10}\bin minutes\b|\blimited (?:k8s |kubernetes |mesh |ops )?(?:experience|expereince|skills?|bandwidth)\b|\b(?:boring|trivial) to (?:run|operate|upgrade|maintain|install)\b|\b(?:install\w*|upgrad\w*|set ?up|stand\w* (?:it )?up|deploy\w*)\b[^.?!\n]{0,25}\bin (?:an? |one |under an? |less than an? )(?:afternoon|morning|hour|day|command)\b|\bin (?:one|a single) command\b|\bone[\s-]command (?:install\w*|upgrades?|setup)\b|\bwithout (?:a |any )?runbooks?\b|\bpainless\b|\bhassle[\s-]?free\b|\b(?:easy|painless|smooth|simple|boring) (?:day[\s-]?(?:2|two)|day[\s-]to[\s-]day|ops|operations)\b|\b(?:\d+|one|two|three|four|five|six|eight|ten|a few|few|a couple of) ?(?:h|hrs?|hours?) (?:a|per|each|every) (?:week|month|sprint)\b|\b(?:a|one|two|\d+) days? (?:a|per|each) (?:month|quarter|sprint)\b|\bno time (?:to|for)\b|\bme (?:\+|and|plus) (?:one|1|a|an) (?:intern|junior|other|colleague)\b|\b(?:little|nothing|not much|very little) to (?:tune|configure|maintain|babysit|learn)\b|\b(?:sane|good|right|safe) defaults\b|\bdefaults are (?:right|good|sane|safe)\b|\bmost boring to (?:run|operate)\b|\b(?:upgrades?|day[\s-]?(?:2|two)|operations|ops)\b[^.?!]{0,20}\bnon[\s-]?events?\b|\b(?:quick|fast) to (?:learn|pick up)\b|\blow[\s-]ops\b|\b(?:half a day|an afternoon|a day|an hour|a morning) to (?:set (?:it )?up|install|get (?:it )?running)\b|\bquick (?:install\w*|to install)\b|\b(?:up|running|live) (?:and running )?in (?:an? |one |1 |half an? )(?:afternoon|morning|hour|day)\b|\b(?:install\w*|set ?up|setup)\b[^.?!]{0,15}\bin (?:1|one) day\b|\bleast (?:ops|operational) (?:work|effort|burden|overhead)\b|\b(?:learn|pick up|master|gets? through)\w* (?:it |them )?in (?:a|one|an?|\d+) (?:week|day|afternoon|hour)s?\b|\bnever (?:seen|run|operated) a (?:service )?mesh\b|\b(?:single|one|1|lone) on[\s-]?call (?:person|engineer)\b/,
  'fast-mtls-metrics':
    /\bmtls (?:on )?by default\b|\bmutual tls (?:on )?by default\b|\bzero[\s-]?config|\bout of (?:the )?(?:box|gate)\b|\bgolden (?:metrics|signals)\b|\btime to value\b|\bday (?:one|1)\b|\bquick(?:ly)? (?:start|win|setup|to set up)\b|\b(?:wants?|needs?|requires?) (?:mtls|mutual tls|encryption|encrypted traffic)\b|\bmtls\b[\w\s]{0,20}\bdefault\b|\bencrypt\w* everything\b|\bencrypt\w*\b[\w\s]{0,40}\bby default\b|\b(?:little|minimal|no) config\w*\b|\b(?:mtls|mutual tls|encryption|tls)\s*(?:\+|and|&|plus)\s*(?:metrics|dashboards?|observability|visibility|golden)\b|\b(?:metrics|dashboards?|observability|visibility)\s*(?:\+|and|&|plus)\s*(?:mtls|mutual tls|encryption)\b|\binstant\w* (?:mtls|mutual tls|encryption|tls|metrics|dashboards?|observability|visibility)\b|\bw\/o (?:any )?(?:config\w*|set[\s-]?up|tuning|yaml)\b|\bencrypt\w*\b[\w\s-]{0,30}\b(?:pod|service)[\s-]to[\s-](?:pod|service)\b|\b(?:pod|service)[\s-]to[\s-](?:pod|service)\b[\w\s-]{0,30}\b(?:encrypt\w*|mtls|tls|plain[\s-]?text)\b|\bmtls (?:everywhere|between (?:everything|all))\b|\bwithout (?:us |any |having to )?(?:configur\w*|config\w*|set(?:ting)?[\s-]?up|writing (?:any )?(?:polic\w*|config\w*|yaml))\b|\bmtls (?:between|for|on) (?:every|all)\b|\b(?:from|on) (?:minute|hour) (?:one|1|zero)\b|\bno (?:polic(?:y|ies)|config\w*|yaml)(?: files?)? to (?:write|maintain)\b|\bzero tuning\b|\bauto[\s-]?(?:mtls|mutual tls|encryption)\b|\b(?:mtls|mutual tls|encryption)\b[^.?!\n]{0,40}\bautomatic\w*|\bautomatic\w* (?:mtls|mutual tls|encryption)\b|\b(?:zero|no|without) (?:extra |additional |any |per[\s-]service )?(?:config\w*|setup|set-up|tuning)\b|\bwithout touching (?:\w+ (?:or|and) )?(?:the |any )?config\w*\b|\bwithout (?:us )?writing (?:any )?dashboards\b|\bred metrics\b|\bright after install\w*\b|\bwithout (?:any )?tuning\b|\b(?:the moment|as soon as|right when) (?:(?:the mesh|it|they|linkerd|istio)(?:'s|'re)? )?(?:(?:is|are|gets|get) )?installed\b|\bsuccess rates?\b[^.?!]{0,50}\b(?:latenc\w*|p9\d|p50)\b|\b(?:latenc\w*|p9\d|p50)\b[^.?!]{0,50}\bsuccess rates?\b|\bwithout (?:instrument\w*|touching (?:the )?(?:apps?|code)|(?:any )?code changes?|changing (?:the )?(?:apps?|code))\b|\b(?:traffic|connections?|calls?|everything|requests)\b[^.?!]{0,40}\b(?:must|has to|have to|should|needs? to) be encrypted\b|\bfrom (?:the )?(?:first|1st) day\b|\b(?:latency|errors?|success)\b[\w/ -]{0,15}\bmetrics\b[^.?!]{0,40}\b(?:visible|out of the box|from the start|right away|immediately)\b|\b(?:mtls|mutual tls|encryption|tls)\s*(?:\+|and|&|plus)\s*(?:[\w-]+ ){1,2}(?:metrics|dashboards?|graphs?)\b|\bthe (?:day|moment|minute) (?:we|it|they)(?:'s|'re| is| are)? (?:roll|install|deploy|turn|switch|inject)\w*\b|\bencrypt\w*\b[^.?!]{0,15}\b(?:and|plus|\+|&)\b[^.?!]{0,30}\b(?:charted|charts?|graphed|dashboards?)\b|\b(?:mtls|mutual tls|encrypt\w*|tls)\b[^.?!]{0,30}\bby (?:next |this |the end of (?:the |this |next )?)?(?:friday|monday|tuesday|wednesday|thursday|week|month|sprint|eow|eod|tomorrow)\b|\b(?:mtls|mutual tls|encrypt\w*|tls)\b(?: [\w-]+){0,3}\s*(?:\+|and|&|plus)\s*(?:[\w-]+[\s-]){0,3}(?:metrics|dashboards?|graphs?)\b/,
  'mid-migration':
    /\bmigrat\w*|\bmoving (?:from|off|to)\b|\bswitching (?:from|to)\b|\bin (?:the )?(?:middle|process) of (?:a |the )?(?:move|moving|swap\w*|switch\w*|migrat\w*)\b|\btransition\w* (?:from|to|between)\b|\b(?:mov|migrat|switch|port|transition)\w* (?!on to\b)(?:\w+ ){0,3}(?:from|off|to|onto) (?:istio|linkerd)\b|\bcut[\s-]?over (?:is )?(?:in progress|under ?way|ongoing|half[\s-]done)\b|\bmid[\s-]?(?:switch|migration|move|way through)\b|\bmid (?:[\w-]+ ){0,2}(?:switch|migration|move|cut[\s-]?over)\b|\bpart[\s-]?way (?:off|through|from)\b|\bcut(?:ting)?[\s-]?over (?:to|from) (?:istio|linkerd)\b|\b(?:off|from) (?:istio|linkerd) (?:onto|to) (?:istio|linkerd)\b|\b(?:istio|linkerd)[\s-]to[\s-](?:istio|linkerd)[\s-](?:swap|switch\w*|move|migration|cut[\s-]?over|transition)\b|\b(?:istio|linkerd) (?:to|->|→|=>) (?:istio|linkerd) (?:swap|switch\w*|move|migration|cut[\s-]?over|transition)\b|\breplac\w* (?:istio|linkerd) with (?:istio|linkerd)\b|\b(?:istio|linkerd) ?(?:->|→|=>) ?(?:istio|linkerd)\b|\bmid[\s-]?flight\b[^.?!]{0,30}\b(?:swap|switch|mov|migrat)\w*|\b(?:swapp?ing|switching|changing) (?:the |our )?meshes\b|\bswap\w* (?:istio|linkerd) (?:out )?for (?:istio|linkerd)\b|\b(?:old|previous|legacy) mesh\b[^.?!]{0,40}\b(?:move|moving|migrat\w*|switch\w*)\b|\bmov\w* onto the new (?:one|mesh)\b|\bmid[\s-]?cut[\s-]?over\b/,
};

/**
 * Needs said as burdens to avoid ("a small team", "we can't babysit it", "memory is tight"). A
 * negation before them does not rule the need out ("we don't want to babysit it" is the need), but
 * for "care about overhead", which is a need word: "we don't care much about overhead" is not.
 */
const BURDENS: Partial<Record<FactorId, RegExp>> = {
  'low-overhead':
    /\b(?:eat|eats|eating|burn|burns|burning|double|doubles|doubling)\b[\w\s-]{0,25}\b(?:nodes?|memory|cpu|(?:node|cloud|aws|gcp|azure) bill)\b|\b(?:sidecar|proxy)(?:'s)? (?:memory|cpu|ram)\b|\b(?:memory|mem|ram|cpu|resources?|nodes?|capacity) (?:is |are )?(?:already |really |very )?tight\b|\b(?:can't|cannot|can not|shouldn't|mustn't|must not) add (?:much|more than|a lot)\b|\b(?:can't|cant|cannot) afford\b[^.?!]{0,30}\b(?:sidecars?|prox(?:y|ies)|overhead|memory|cpu)\b|\b(?:fat|heavy|big|bloated) (?:sidecars?|proxies)\b|\b\d+ ?% (?:memory|cpu|mem|ram)\b|\b(?:memory|cpu) (?:is |are )?(?:at|sitting at) \d+ ?%|\b(?:running|run|runs) hot\b|\bmemory pressure\b|(?<!\b(?:don't|dont|do not|not|never|doesn't|doesnt|does not) (?:\w+ )?)\b(?:care|worried|worry)\b[\w\s]{0,15}\babout (?:the )?overhead\b|\boverhead (?:each|every|per) (?:proxy|sidecar|pod)\b|\b(?:p9\d|latency) budget\b[^.?!]{0,20}\btight\b|\b(?:no|little|limited|not much|very little|tight) (?:memory |cpu |resource )?headroom\b|\bnodes?\b[^.?!]{0,40}\b(?:packed|maxed|at capacity|full on (?:cpu|memory|ram))\b|\b(?:buy|buying|add|adding) more nodes\b|\b\d+ ?(?:mi?b|gi?b|millicores?)\b[^.?!]{0,25}\b(?:per|each|every) (?:pod|sidecar|proxy|container)\b|\b\d+ ?(?:mi?b|gi?b) (?:proxy|sidecar)\b|\b\d+ ?(?:mi|mib|mb|gi|gib|gb|m) (?:(?:memory|mem|ram|pod|cpu) )?limits?\b|\b(?:not|no|without|avoid\w*|never) add(?:ing|s)? (?:\w+ )?(?:latency|overhead|memory|cpu)\b|\b(?:can't|cannot|can not) (?:spend|use|afford) (?:much|more|a lot)\b[^.?!]{0,15}\b(?:cpu|memory|ram|resources)\b|\b\d+ ?% (?:utili[sz]\w*|full|used)\b|\b(?:memory|cpu|ram)[\s-]starved\b|\bstarved (?:for|of) (?:memory|cpu|ram)\b|\btight (?:memory|cpu|ram|resource) budget\b|\b(?:memory|cpu|ram) budget (?:per|for each|of each) pod\b|\b(?:memory|mem|ram|cpu|resources?) (?:is |are )?(?:very |really |quite |so |super |extremely )?(?:limited|scarce|constrained)\b|\b(?:overhead|memory|cpu|mb|cost)\b[^.?!]{0,20}\bmultipl(?:y|ies)\b/,
  'simple-operations':
    /\b(?:small|tiny|little|lean) (?:infra |platform |ops |sre |devops )?(?:team|crew)\b|\bfew (?:people|engineers)\b|\b(?:no|zero) (?:dedicated |real |full[\s-]time )?(?:platform|ops|sre|devops|infra) (?:team|people|person|engineers?|staff|guys?|gals?|folks|admins?)\b|\b(?:no |without (?:an? |any )?)(?:dedicated |real |full[\s-]time )?(?:sres?|ops|devops)\b|\bnobody (?:here )?(?:who )?(?:has|have) (?:ever )?(?:run|operated) a (?:service )?mesh\b|\bno (?:dedicated |full[\s-]time )?(?:service )?mesh (?:specialists?|owners?|experts?|admins?|team|people|person)\b|\blearning curve\b|\bbabysit\w*|\bfull[\s-]?time (?:person|engineer|job|hire)\b|\binstall\w* (?:it )?in an? (?:afternoon|morning|hour|day)\b|\bboring (?:upgrades|operations|ops)\b|\bupgrades?\b[\w\s]{0,20}\bboring\b|\b(?:only|sole|solo|lone|single|one|1|just one|only one) (?:infra|ops|platform|devops|sre|k8s|kubernetes) (?:person|engineer|guy|gal|admin)\b|\bme and (?:one|two|a couple of) other\b|\bone[\s-](?:person|man|woman) (?:team|ops|platform)\b|\b(?:platform|infra|ops|devops|sre) team is (?:just |only )?(?:me|one person|one guy)\b|\b(?:can't|cant|cannot) be on[\s-]?call for\b|\bme (?:\+|and|plus) (?:one|1|a|an) (?:contractor|consultant|freelancer|part[\s-]?timer|teammate|co-?worker|dev|engineer|person)\b|\b(?:nobody|no ?one|none of us)\b[^.?!]{0,20}\b(?:has|have)\b(?: \w+){0,2} (?:run|operated|used|managed)\b[^.?!]{0,10}\b(?:(?:a |any )?(?:service )?mesh|envoy|istio|linkerd)\b|\b(?:ops|on[\s-]?call(?: rotation)?|oncall|infra|(?:the )?platform) (?:is|=) (?:literally |basically |just |only )*(?:me|one (?:person|guy|gal|volunteer|engineer))\b|\bone (?:volunteer|person|engineer|guy|gal|dev)\b[^.?!]{0,15}\b(?:does|doing|runs|running|handles|handling|owns|covers) (?:the |all (?:the )?)?(?:ops|infra|platform|on[\s-]?call)\b|\bnew to (?:service )?mesh(?:es)?\b|\b(?:can't|cannot|shouldn't|mustn't) be (?:too )?hard to (?:learn|run|operate)\b|\bskeleton (?:crew|staff|team)\b|\b(?:only |just )?(?:one|a single) (?:sre|devops engineer|ops engineer|platform engineer)\b(?! team)|\b(?:don't|dont|do not|no|nobody (?:has|have)) (?:have )?(?:the )?time (?:to )?(?:learn|run|operate|manage|maintain|babysit)\b|\bteam (?:that|which|who) (?:has )?never (?:used|run|operated)\b|\b(?:nobody|no ?one|none of us)\b[^.?!]{0,15}\bknows? (?:envoy|istio|linkerd|meshes|service meshes)\b|\bteam (?:is )?(?:small|tiny)\b/,
  sidecarless:
    /\b(?:inject\w*|add\w*) (?:any )?(?:extra|additional|more) containers?\b|\bextra containers? (?:in|into|to)\b|\binjection is a no[\s-]?go\b|\b(?:extra|additional|more) containers? (?:injected|added)\b|\b(?:forbid\w*|prohibit\w*|not allow\w*|won't allow|can't have|refus\w*)\b[^.?!]{0,15}\b(?:adding|injecting|extra|additional)\b[^.?!]{0,10}\bcontainers?\b/,
};

/**
 * "We don't need fancy routing" names a need only to rule it out. Before a factor's words, in the
 * same clause: a need negated ("don't need", "no need for", "not interested in"); after them, in the
 * same clause: "is not needed", "isn't a requirement". The burdens above are not ruled out by a
 * negation (only by a list's "X: not needed" after them), and sidecarless only when named plainly
 * ("no sidecarless requirement"): "no sidecars" is the need.
 */
const NOT_NEEDED = String.raw`\b(?:do not|don't|dont|does not|doesn't|doesnt|won't|wont|will not|never|no longer|not) (?:really |actually |even |currently )?(?:need|needs|want|wants|care (?:much |a lot |too much )?(?:about|for)|require|requires|do|use|plan (?:on|to)|planning(?: on| to| for)?(?: any| to| on)?|be (?:writing|using|running|doing|needing))\b|\bno (?:need|plans?) (?:whatsoever |at all |yet )?(?:for|of|to)\b|\bnot (?:interested in|looking for|after|a fan of)\b|\b(?:not|never) (?:ever )?going to\b|\bnothing fancy\b`;
const NEEDED = String.raw`\b(?:need|needs|want|wants|require|requires|must|care about|looking for)\b`;
/**
 * The need words before a factor, ruled out or not ("don't need" before "need": tried first). The
 * last one decides: "we never want to lose traffic, so we need mirroring" needs mirroring.
 */
const NEED_WORDS = new RegExp(`(${NOT_NEEDED})|${NEEDED}`, 'g');
/** A need negated within the words of a factor's match (those that reach over a few words). */
const NEGATED_INSIDE = new RegExp(NOT_NEEDED);

function ruledOutBefore(before: string): boolean {
  // "no multi-cluster", "no fancy canaries": "no" right before the need (one word may sit between).
  if (/(?:^|\W)(?:no|nor)\s+(?:\w+\s+)?$/.test(before)) return true;
  let last = false;
  for (const m of before.matchAll(NEED_WORDS)) last = m[1] !== undefined;
  return last;
}
const NOT_NEEDED_AFTER =
  /^\W*(?:\w+\W+){0,3}?(?:is|are)?\s*(?:not|n't|isn't|isnt|aren't|arent) (?:needed|required|necessary|important|a (?:requirement|priority|concern|must|need|factor|big deal|problem|issue))\b|^\W*(?:\w+\W+){0,3}?(?:doesn't|doesnt|does not|don't|dont|do not) matter\b|^\W*(?:\w+\W+){0,3}?(?:is|are)?\s*(?:not|n't|isn't|isnt|aren't|arent) (?:on (?:the|our) (?:roadmap|radar)|planned|in scope)\b/;
/**
 * A need ruled out the way a requirements list does it, right after its name (a few words may
 * follow the name before the colon): "- multi-cluster: not needed", "canaries / traffic
 * splitting: out of scope", "wasm filters: none needed", "egress gateway = n/a".
 */
const RULED_OUT_AS_LABEL =
  /^(?:\s*\/?\s*[\w-]+){0,4}?\s*[:=—–]\s*(?:not (?:needed|required|necessary|relevant|important|a (?:\w+ )?(?:concern|requirement|priority|factor|must|need))|none(?: needed)?|no(?:pe)?(?=\s*(?:[.,;!]|$))|n\/a\b|out of scope|irrelevant|optional|nice[\s-]to[\s-]have|don't care|dont care)/;
/**
 * A need named and then taken back at once: "egress gateway? nah, NAT handles it", "multi-cluster...
 * actually no, one cluster for now".
 */
/** How far after a factor's words its taking back is looked for (in characters). */
const RETRACTION_REACH = 50;
const RETRACTED_AFTER =
  /^[^.!\n]{0,30}?(?:\?\s*(?:\w+,?\s+)?(?:no|nah|nope)\b(?!\s+(?!(?:we|i|not|never|thanks|need|needed)\b)[a-z])|(?:\.\.\.|…|,|-|—)\s*(?:actually,? no|scratch that|nah|nope)\b)/;
/**
 * Where a clause ends: sentence punctuation, a new line, or a turn ("but", "just mtls"). A colon
 * ends one too, except right after a need word: "don't need: authz, wasm" rules out the list.
 */
const CLAUSE_END =
  /[.!?;\n]|(?<!\b(?:need|needs|want|wants|require|requires)\s*):|\b(?:but|however|though|although|whereas|just|only|instead|rather)\b/g;

/** How far before and after a factor's words a negation is looked for (in characters). */
const NEGATION_REACH = 80;

/** The clause breaks of the text, in order, as flat [start, end) pairs. */
function clauseEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(CLAUSE_END)) ends.push(m.index ?? 0, (m.index ?? 0) + m[0].length);
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
  /^(?:no|without|not|don't|dont|do not|avoid|drop|get rid|instead|rather|isn't|is not)\b/;

/** Each factor's pattern, for finding every match (matchAll needs the g flag). */
const EVERY_MATCH = Object.fromEntries(
  Object.entries(PATTERNS).map(([id, p]) => [id, new RegExp(p.source, 'g')]),
) as Record<FactorId, RegExp>;

const EVERY_BURDEN = Object.fromEntries(
  Object.entries(BURDENS).map(([id, p]) => [id, new RegExp(p.source, 'g')]),
) as Partial<Record<FactorId, RegExp>>;

/** The text right after a need's words, where it may be taken back or ruled out as a label. */
function nextWords(text: string, to: number): string {
  return text.slice(to, to + RETRACTION_REACH);
}

/** Whether the text names the factor as a need: some match of its pattern is not ruled out. */
function names(id: FactorId, text: string, ends: () => readonly number[]): boolean {
  // A burden stands whatever comes before it, but a list can still rule it out after its name.
  for (const m of EVERY_BURDEN[id] ? text.matchAll(EVERY_BURDEN[id]) : []) {
    if (!RULED_OUT_AS_LABEL.test(nextWords(text, (m.index ?? 0) + m[0].length))) return true;
  }
  for (const m of text.matchAll(EVERY_MATCH[id])) {
    // Sidecarless is mostly said with a negation of its own ("no sidecars"): such a need stands.
    if (id === 'sidecarless' && SAYS_NO_SIDECARS.test(m[0])) return true;
    // "outbound traffic doesn't need to go through any central exit": ruled out inside its own words.
    if (id !== 'sidecarless' && NEGATED_INSIDE.test(m[0])) continue;
    const at = m.index ?? 0;
    const to = at + m[0].length;
    const next = nextWords(text, to);
    if (RETRACTED_AFTER.test(next) || RULED_OUT_AS_LABEL.test(next)) continue;
    const { before, after } = clauseAround(text, ends(), at, to);
    // "would switching to linkerd be saner?" weighs a move; it is not one under way.
    if (id === 'mid-migration' && (HYPOTHETICAL_BEFORE.test(before) || NOT_A_MESH_MOVE.test(next))) continue;
    if (!ruledOutBefore(before) && !NOT_NEEDED_AFTER.test(after)) return true;
  }
  return false;
}

/** A move of something else: "moving off VMs", "migrating to Kubernetes", "switching to EKS". */
const NOT_A_MESH_MOVE =
  /^\s*(?:(?:\w+\s+){0,2}(?:from|off|to|onto|into)\s+)?(?:the |our |a |an )?(?:vms?|virtual machines|kubernetes|k8s|eks|gke|aks|(?:the )?cloud|aws|gcp|azure|containers|microservices|bare[\s-]metal|on[\s-]?prem\w*|ec2|openshift|terraform|helm|argo\w*|flux|arm(?:64)?|graviton|x86|amd64|(?:new |bigger |smaller )?nodes?|node pools?|instances?)\b/;

/** Words right before a move that make it a thought, not a move in progress. */
const HYPOTHETICAL_BEFORE =
  /\b(?:would|should|could|might|if|whether|consider\w*|thinking (?:about|of)|plan\w*(?: on| to)?|evaluat\w*|worth)\s+(?:\w+\s+){0,2}$/;

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
 * plus a small footprint"), names low overhead and not sidecarless.
 */
function overheadOnItsOwn(normalized: string): boolean {
  return normalized.split(/[.!?;\n+&]+|\b(?:but|plus|also|though|although|while|and)\b/).some((sentence) => {
    const ends = lazyClauseEnds(sentence);
    return names('low-overhead', sentence, ends) && !names('sidecarless', sentence, ends);
  });
}

/**
 * List markers of a pasted requirements list, which normalisation leaves inline ("constraints: -
 * no sidecars - p99 under 2ms"): each item is read as a sentence of its own.
 */
const LIST_ITEM = /(?:^|\s)(?:[-•*▪◦]|\d{1,2}[.)]|\[[ x]?\])\s+/g;

/**
 * A section of a pasted list that rules its items out ("*Don't need* - anything spanning clusters"),
 * up to the next section header or the end.
 */
const RULED_OUT_SECTION =
  /\b(?:(?:don't|dont|do not|won't) need|no need for|out of scope|not in scope)\s*[:\-–—]\s[\s\S]*?(?=\b(?:must[\s-]haves?|nice[\s-]to[\s-]haves?|needs|requirements|context|also|constraints|wants?|goals?)\s*[:\-–—]\s|$)/g;

export function extractFactors(text: string): FactorId[] {
  const normalized = text.replace(RULED_OUT_SECTION, ' ').replace(LIST_ITEM, '. ');
  const ends = lazyClauseEnds(normalized);
  const found = (Object.keys(PATTERNS) as FactorId[]).filter((id) => names(id, normalized, ends));
  // "sidecarless to cut overhead" names one need, not two: the overhead is why they want ambient.
  // Said in sentences of their own ("no sidecars, please. Also our nodes run hot on memory"), they
  // are two.
  if (
    found.includes('sidecarless') &&
    found.includes('low-overhead') &&
    !STRONG_LOW_OVERHEAD.test(normalized) &&
    !overheadOnItsOwn(normalized)
  ) {
    return found.filter((f) => f !== 'low-overhead');
  }
  return found;
}
