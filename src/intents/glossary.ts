/**
 * Needs said partly in another language. Engineers in international teams mix their own language
 * into an English question ("120 pods pro Node, jedes MB RAM zählt", "necesitamos algo ligero",
 * "sans config dès le premier jour", "bina config ke"). The decision-factor rules read English, so
 * the words that carry a need in German, Spanish, Portuguese, French and romanised Hindi are put
 * into English here, and the rules read this gloss beside the text itself (never instead of it).
 *
 * Only words that are not English words are glossed ("sin", "me", "log", "dos" and "will" are left
 * alone), so an
 * English question reads the same. Phrases come before the single words they contain.
 */

import { BRAHMIC, glossBrahmic } from './glossary-brahmic.js';
import { CJK, glossCjk } from './glossary-cjk.js';
import { CYRILLIC, glossCyrillic } from './glossary-cyrillic.js';
import { VIETNAMESE_INDONESIAN } from './glossary-vi-id.js';
import { LiteralGuard } from './literal-guard.js';

const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  // Brazilian Portuguese "a gente não precisa de X" (before the shorter "não precisa" below).
  [/\b(?:a gente|nós|nos) (?:não|nao) precisa(?:mos)?(?: de)?\b/g, 'we do not need'],
  // Italian "sono da solo" before the shorter "solo a" below.
  [/(?<![\p{L}])sono (?:da solo|da sola|solo io|l'unico|l'unica)(?![\p{L}])/gu, 'just me'],
  // Needs said as whole phrases.
  [/\bjedes (?:mb|megabyte) (?:ram |speicher )?zählt\b/g, 'every mb of memory matters'],
  [
    /\bcada (?:mb|megabyte) (?:de )?(?:ram |memoria |memória )?(?:cuenta|conta)\b/g,
    'every mb of memory matters',
  ],
  [/\bchaque (?:mo|mb) (?:de )?(?:ram |mémoire )?compte\b/g, 'every mb of memory matters'],
  [/\b(?:que )?no (?:dé|de) guerra\b/g, 'easy to run'],
  [/\bpas le temps pour (?:un truc|quelque chose) (?:de )?compliqué\b/g, 'no time for anything complicated'],
  [/\bdès le (?:premier|1er) jour\b/g, 'from day one'],
  [/\bdesde el (?:primer|1er) día\b/g, 'from day one'],
  [/\bdesde o primeiro dia\b/g, 'from day one'],
  [/\bab tag (?:eins|1)\b/g, 'from day one'],
  [/\bpehle din se\b/g, 'from day one'],
  [/\b(?:un seul|un solo|um só|um único|ein(?:em|en)? einzige[nms]?) mesh\b/g, 'a single mesh'],
  [/\bals ein (?:einziges )?mesh\b/g, 'as one mesh'],
  [/\b(?:einen|ein) (?:zentralen|festen|einzigen) ausgang\b/g, 'one central exit point'],
  [
    /\bsa(?:ia|ir|iam|em) (?:por|através de|via) (?:um|uma) (?:único|única|só|so) (?:ponto|saída)\b/g,
    'leave through one exit point',
  ],
  [/\bxtra\b/g, 'extra'],
  [/\bune seule sortie\b/g, 'one exit point'],
  [/\buna (?:sola|única) salida\b/g, 'one exit point'],
  [/\buma (?:só|única) saída\b/g, 'one exit point'],
  [/\b(?:ek hi|ek) (?:exit|raasta|rasta)\b/g, 'one exit point'],
  [/\bwer darf welche[nms]? (?:path|pfad)\b/g, 'who may call which path'],
  [/\bkaun (?:call kar sakta hai|kar sakta hai call)\b/g, 'who can call'],
  [/\bkoi extra container nahi chahiye\b/g, 'no extra container'],
  [/\b(?:kein|keine|keinen) (?:extra |zusätzliche[nr]? )?(?:container|sidecars?)\b/g, 'no extra container'],
  [/\b(?:ningún|ningun|sin) (?:container|contenedor) extra\b/g, 'no extra container'],
  [/\bsans (?:container|conteneur) (?:en plus|supplémentaire)\b/g, 'no extra container'],
  [/\bno meio da (?:troca|migração|mudança)\b/g, 'in the middle of moving'],
  [/\ben (?:medio|mitad) de la (?:migración|migracion|mudanza)\b/g, 'in the middle of moving'],
  [/\bau milieu de la migration\b/g, 'in the middle of moving'],
  [/\bmitten in der migration\b/g, 'in the middle of moving'],
  [/\bde (istio|linkerd) (?:para|a|à|vers) (istio|linkerd)\b/g, 'from $1 to $2'],
  [/\bvon (istio|linkerd) (?:zu|auf|nach) (istio|linkerd)\b/g, 'from $1 to $2'],
  [/\b(istio|linkerd) se (istio|linkerd) (?:pe|par)\b/g, 'from $1 to $2'],
  [/\b(istio|linkerd) (?:ya|oder|ou|o|of) (istio|linkerd)\b/g, '$1 or $2'],
  [/\b(?:pro|por|par|per) (?:node|nodo|knoten|nœud|noeud|nó)\b/g, 'per node'],
  [/\b(?:pro|por|par) pod\b/g, 'per pod'],
  [/\b(?:ins|zum) internet\b/g, 'to the internet'],
  [/\bmit fester ip\b/g, 'with a fixed ip'],
  [/\b(?:con|com|avec) (?:una |uma |une )?ip fij[ao]\b/g, 'with a fixed ip'],
  [/\bip fixe\b/g, 'fixed ip'],
  [/\b(?:the )?infra team es solo\b/g, 'the infra team is only'],
  // Team sizes said as people: "hum 4 log hain", "nur zu zweit", "só 3 pessoas", "moi + une alternante".
  [/\bhum (?:sirf |bas |only |just )?(\d+) (?:log|logon|bande|jan[ae])\b/g, 'we are $1 people'],
  [/\bhum (?:sirf |bas |only |just )?do (?:log|logon|bande|jan[ae])\b/g, 'we are 2 people'],
  [/\bhum (?:sirf |bas |only |just )?teen (?:log|logon|bande|jan[ae])\b/g, 'we are 3 people'],
  [/\bhum (?:sirf |bas |only |just )?cha?ar (?:log|logon|bande|jan[ae])\b/g, 'we are 4 people'],
  [/\b(?:nur |bloß )?zu zweit\b/g, 'only two of us'],
  [/\b(?:nur |bloß )?zu dritt\b/g, 'only three of us'],
  [/\b(?:nur |bloß )?zu viert\b/g, 'only four of us'],
  [/\b(?:só|somente|apenas) (\d+) pessoas(?![\p{L}])/gu, 'only $1 people'],
  [/\b(?:só|somente|apenas) eu e (?:o|a) [\p{L}]+/gu, 'just me and one other person'],
  [/\bmoi (?:\+|et) (?:un|une|1) [\p{L}-]+/gu, 'me and one other person'],
  [
    /\b(?:on est|somos|sind wir|wir sind|hum) (?:une équipe de|un equipo de|uma equipe de|ein team von|ek team of)? ?(\d+)\b/g,
    'we are $1',
  ],
  [
    /\b(?:équipe|equipo|equipe|das team) (?:de |von |ist |es |é )?(?:nur |solo |seulement |só |apenas )?(\d+)\b/g,
    'team of $1',
  ],
  [/\bcopier le (?:prod )?tra(?:f|ff)ic\b/g, 'copy the traffic'],
  [/\bcopiar el tráfico\b/g, 'copy the traffic'],
  [/\bcopiar o tráfego\b/g, 'copy the traffic'],
  [/\b(?:rollout|despliegue|implantação) gradual\b/g, 'gradual rollout'],
  [/\bdéploiement progressif\b/g, 'gradual rollout'],
  [/\bschrittweise[rn]? (?:rollout|ausrollen)\b/g, 'gradual rollout'],
  [/\b(?:só|solo|seulement|nur) (?:o|a|el|la|le|der|die|das) \b/g, 'only the '],
  [/\bhar (?:api )?(path|route|endpoint)s? pe\b/g, 'every $1 on'],
  [/\bmemory bahut tight\b/g, 'memory is very tight'],
  [
    /\bpas le temps de gérer (?:un truc|quelque chose) (?:de )?compliqué\b/g,
    'no time to run anything complicated',
  ],
  [/\bsans rien configurer\b/g, 'without any config'],
  [/\bentre (?:les )?pods\b/g, 'between pods'],
  [/\b(?:eigene|unsere eigene) logik (?:direkt )?im proxy\b/g, 'our own code in the proxy'],
  [
    /\b(?:rodar|correr|ejecutar) (?:código|codigo) (?:nosso|nuestro|propio|próprio) (?:dentro do|dentro del|no|en el) (?:envoy|proxy)\b/g,
    'run our own code in the proxy',
  ],
  [/\binjecter notre propre module (?:compilé )?dans le proxy\b/g, 'run our own module in the proxy'],
  [
    /\bbloquear (?:a )?saída (?:pra|para a|para) internet exceto por um ponto só\b/g,
    'all outbound traffic through one exit point',
  ],
  [/\bbahut tight\b/g, 'very tight'],
  [/\beigene[nr]? (?:[\w]+-)?code (?:direkt )?im (?:envoy|proxy)\b/g, 'our own code in the proxy'],
  [/\b(?:envoy|proxy) ke andar apna (?:khud ka )?code\b/g, 'our own code inside the proxy'],
  [
    /\b(?:koi|no) (?:extra )?containers? (?:pods? ke andar|pods? mein) (?:nahi|nahin)\b/g,
    'no extra containers in the pods',
  ],
  [/\bek hi\b/g, 'one single'],
  [
    /\b(?:código|codigo) (?:propio|próprio|nuestro|nosso) (?:corriendo|rodando|ejecutándose|dentro) (?:en|no|del|do) (?:el )?(?:envoy|proxy)\b/g,
    'our own code running in the proxy',
  ],
  [/\b(?:por|pro) (?:método|metodo|methode|ruta|rota|pfad)\b/g, 'per method'],
  [/\bnaya version\b/g, 'new version'],
  [/\b(?:spiegeln|spiegelt|gespiegelt)\b/g, 'mirror'],
  [/\bin einem (?:einzigen )?mesh\b/g, 'in one mesh'],
  [/\bmehrere cluster\b/g, 'several clusters'],
  [/\b(?:mit )?(?:fixer|fixe|fester|feste|statischer|statische) ip\b/g, 'with a fixed ip'],
  [/\b(?:einen|ein) ausgang\b/g, 'one exit point'],
  [
    /\b(?:einen|ein) (?:zentralen|festen|einzigen) (?:egress|ausgangs)[\s-]?punkt\b/g,
    'one central exit point',
  ],
  [/\bab dem (?:ersten|1\.) tag\b/g, 'from day one'],
  [/\bvanaf dag (?:één|een|1)\b/g, 'from day one'],
  [/\bdal primo giorno\b/g, 'from day one'],
  [/\bohne (?:konfigurationsaufwand|konfiguration)\b/g, 'with zero config'],
  [/\bzonder (?:zelf )?(?:policies|config) te (?:schrijven|maken)\b/g, 'without writing policies'],
  [/\b(?:ist|sind) (?:jetzt )?(?:schon )?knapp\b/g, 'is already tight'],
  [/\btut weh\b/g, 'hurts'],
  [/\b(?:overhead|sobrecarga) baix[oa]\b/g, 'low overhead'],
  [/\b(?:não ter|sem) (?:nenhum )?sidecar(?: nenhum)?\b/g, 'no sidecar'],
  [
    /\b(?:zero|keine|nessuna|ninguna|nenhuma|aucune) (?:erfahrung|esperienza|experiencia|experiência|expérience)\b/g,
    'zero experience',
  ],
  [/\bwat raden jullie aan\b/g, 'what do you recommend'],
  [/\b(?:cosa )?(?:mi |ci )?consigliate\b/g, 'what do you recommend'],
  // A need put off or handled elsewhere: "multi-cluster talvez no ano que vem, agora não".
  [
    /\b(?:talvez|quizás|quizas|tal vez|forse|vielleicht|misschien|peut-être) (?:no ano que vem|el año que viene|el próximo año|l'anno prossimo|nächstes jahr|volgend jaar|l'année prochaine)\b/g,
    'maybe next year',
  ],
  [
    /\b(?:no ano que vem|el año que viene|l'anno prossimo|nächstes jahr|volgend jaar|l'année prochaine)\b/g,
    'next year',
  ],
  [/\b(?:agora não|ahora no|nu nog niet|jetzt noch nicht|pas maintenant|non ora|non adesso)\b/g, 'not now'],
  [
    /\b(?:è|sono|ist|es|é|est) (?:una cosa da|ein thema für|cosa de|coisa da|un truc pour la) fase 2\b/g,
    'is a phase 2 thing',
  ],
  [/\bo mesh não precisa (?:cuidar disso|fazer isso)\b/g, "the mesh doesn't have to"],
  [/\b(?:il|el) mesh no(?:n)? (?:deve|tiene que|debe) (?:farlo|hacerlo)\b/g, "the mesh doesn't have to"],
  [/\blo gestisce già\b/g, 'already handles it'],
  [/\bdoet ([\w ]{1,25}?) al\b/g, 'is already handled by $1'],
  [/\b(?:zit|zitten) in onze\b/g, 'stays in our'],
  // A mesh already chosen, and a how-to ask: "ya elegimos linkerd", "¿cómo hago que ...?".
  [
    /\b(?:ya elegimos|ya escogimos|já escolhemos|on a (?:déjà )?choisi|abbiamo (?:già )?scelto|we hebben gekozen voor)(?: (?:o|a|el|la|le|il|lo))?\b/g,
    'we chose',
  ],
  [/\bwir haben uns (?:für|fuer) (istio|linkerd) entschieden\b/g, 'we chose $1'],
  [/\b(?:a gente|nós|nos) já escolhe(?:u|mos)(?: (?:o|a))?\b/g, 'we chose'],
  [/\b(istio|linkerd) final ho gaya(?: hai)?\b/g, '$1 is final'],
  [
    /\b(?:no estoy preguntando|je ne demande pas|não estou perguntando|ich frage nicht) (?:cuál|lequel|qual|welches) (?:elegir|choisir|escolher|nehmen)\b/g,
    'not asking which to pick',
  ],
  [/\bkeine (?:mesh-)?grundsatzdiskussion(?: bitte)?\b/g, 'no debate please'],
  // Session 28: asks for a pick, needs and rulings in French, Spanish, Portuguese and German.
  [
    /\blequel (?:vous |tu )?(?:prendriez|choisiriez|recommandez|conseillez|prendrais|choisirais|recommanderiez)(?![\p{L}])/gu,
    'which would you pick',
  ],
  [/\b(?:vous|tu) (?:recommandez|recommandes|conseillez|conseilles) quoi\b/g, 'what do you recommend'],
  [
    /\b(?:(?:vous|tu) (?:choisiriez|choisirais|prendriez|prendrais) quoi|qu'est-ce que (?:vous|tu) (?:conseilleriez|conseillerais|conseillez|conseilles|recommanderiez|recommanderais|choisiriez|choisirais|prendriez|prendrais))(?![\p{L}])/gu,
    'which would you pick',
  ],
  [/\bon hésite entre\b/g, 'we are choosing between'],
  [
    /(?:¿\s*)?\bcu[aá]l (?:me |nos )?(?:recomend[aá]is|recomiendas|recomiendan|recomendar[ií]as|elegir[ií]ais|elegir[ií]as|elegir[ií]an|escoger[ií]ais)(?![\p{L}])/gu,
    'which do you recommend',
  ],
  [/\btenemos que elegir\b/g, 'we have to choose'],
  [
    /\b(?:o que|qual) (?:vocês |voces )?(?:escolheriam|recomendam|indicam|indicariam|recomendariam)\b/g,
    'which would you pick',
  ],
  [/\bpreciso de uma recomenda(?:ção|cao)(?![\p{L}])/gu, 'i need a recommendation'],
  [
    /\b(?:was|welches) (?:nehmen wir|würdet ihr nehmen|sollen wir nehmen|empfehlt ihr)(?![\p{L}])/gu,
    'which should we pick',
  ],
  [
    /\bsal(?:gan|en|ga|ir) (?:por|a través de) (?:un|una) (?:gateway|puerta de enlace|punto|salida) (?:dedicad[oa]|únic[oa]|central)(?![\p{L}])/gu,
    'leave through one dedicated egress gateway',
  ],
  [/\bdespliegues? por porcentaje\b/g, 'percentage based rollouts'],
  [
    /\b(?:os )?nós (?:já )?(?:estão )?(?:bem |muito )?apertados de (?:cpu|memória|memoria)(?![\p{L}])/gu,
    'tight nodes',
  ],
  [/\bsomos (?:só|so|apenas) (\d+)(?![\p{L}])/gu, 'we are only $1'],
  [
    /\bnenhum de nós tem experiência com(?: o| um)? (?:service )?mesh\b/g,
    'none of us has experience with a mesh',
  ],
  [
    /\b(?:o )?overhead de (?:cpu|memória|cpu\/memória) por pod importa muito\b/g,
    'per pod overhead matters a lot',
  ],
  [/\bnão precisa(?: ser o mesh)?(?![\p{L}])/gu, 'is not needed'],
  [/\bjá (?:faz|cuida d)isso(?: pra gente| para nós)?(?![\p{L}])/gu, 'already handles that'],
  [
    /\bnur ich und (?:ein|eine) (?:werkstudent(?:in)?|praktikant(?:in)?|azubi|student(?:in)?)\b/g,
    'just me and an intern',
  ],
  [/\bohne konfig(?:uration)?(?:s)?[\s-]?aufwand\b/g, 'with zero config'],
  [/\bdas muss das mesh nicht (?:können|machen|leisten)(?![\p{L}])/gu, "the mesh doesn't have to do it"],
  [
    /\b(?:main|mai) akela (?:sambhalta|sambhalti|chalata|chalati|dekhta|dekhti) (?:hoon|hu|hun)\b/g,
    'i am the only one running it',
  ],
  [/\bmesh ka (?:zero|koi nahi|koi bhi nahi) experience\b/g, 'zero mesh experience'],
  [/\bkaunsa (?:lu|loon|lein|le|choose karu|pick karu)\b/g, 'which should i pick'],
  [/\btenemos los nodos al (\d+) ?% de (?:memoria|cpu)\b/g, 'our nodes are at $1% memory'],
  [/\bno hay presupuesto para más(?: nodos)?(?![\p{L}])/gu, 'no budget for more nodes'],
  [/\bm[ée]tricas de tasa de [ée]xito y latencia\b/g, 'success rate and latency metrics'],
  [/\bsin escribir pol[ií]ticas\b/g, 'without writing policy'],
  [/\bsiamo in (?:due|2) a gestire\b/g, 'only two of us run'],
  [/\bsiamo in (?:tre|3) a gestire\b/g, 'only three of us run'],
  [/\bci serve\b/g, 'we need'],
  [/\bda subito\b/g, 'from day one'],
  [/\bstiamo migrando da (istio|linkerd) a (istio|linkerd)\b/g, 'we are migrating from $1 to $2'],
  [
    /\bich bin der einzige,? der (?:hier )?(?:kubernetes|k8s|die plattform|den cluster) betreut\b/g,
    'i am the only one running kubernetes',
  ],
  [/\bmesh-erfahrung (?:hab|habe) ich keine\b/g, 'i have no mesh experience'],
  [/\bwas w[üu]rdest du (?:mir |uns )?empfehlen\b/g, 'what would you recommend'],
  [/\bgeen sidecars in (?:onze|de) pods\b/g, 'no sidecars in our pods'],
  [/\bwat (?:zouden )?jullie (?:ons )?(?:aanraden|adviseren)\b/g, 'what would you recommend'],
  [/\bwat (?:zou|raad) (?:jij|je|u) (?:ons |me )?(?:aan(?:raden)?|adviseren)\b/g, 'what would you recommend'],
  [/\bwelke (?:raad|adviseer) (?:je|jij|u) (?:ons |me )?aan\b/g, 'which would you recommend'],
  [
    /\bwelke (?:service ?)?mesh (?:kiezen we|zou (?:jij|je|u) kiezen|moeten we kiezen|raad (?:je|jij|u) aan)\b/g,
    'which mesh would you pick',
  ],
  [/\bwelke zou (?:jij|je|u) kiezen\b/g, 'which would you pick'],
  [/\bzo laag mogelijk\b/g, 'as low as possible'],
  [
    /\b(?:não|nao|no|pas|nicht) (?:sobre|sur|darum|über) (?:qual|cuál|cual|lequel|welches)(?: (?:escolher|elegir|choisir|nehmen))?\b/g,
    'not about which to pick',
  ],
  [/\bsans vouloir (?:choisir|trancher)\b/g, 'not asking which to pick'],
  [/\b(?:humne|hamne) (istio|linkerd) final kar liya(?: hai)?\b/g, 'we chose $1'],
  [
    /\b(?:la décision est prise|la decisión está tomada|a decisão está tomada|die entscheidung (?:ist gefallen|steht))\b/g,
    'the decision is made',
  ],
  [/\bon passe (?:sur|à) (istio|linkerd)\b/g, 'we are going with $1'],
  [/\b(?:cómo|como) (?:hago|hacemos|puedo|podemos|faço|fazemos|posso|podemos)\b/g, 'how do i'],
  [/\bcomment (?:faire|je peux|on peut|puis-je|est-ce qu'on)\b/g, 'how do i'],
  [/\bcomo (?:eu|a gente|nós)\b/g, 'how do i'],
  [
    /\bwie (?:kann ich|können wir|mache ich|machen wir|bekomme ich|richte ich|richten wir|konfiguriere ich|setze ich|nehme ich)\b/g,
    'how do i',
  ],
  [/\b(?:kaise (?:karu|karun|kare|karein|kar sakte|setup karu))\b/g, 'how do i'],
  // Session 39: Spanish from two dev sets written for it (tests/fixtures/eval-es-picks-dev*.jsonl).
  [/\blo preguntó alguien pero lo descartamos\b/g, 'came up but we ruled it out'],
  [/\bpero (?:solo |sólo )?por curiosidad\b/g, 'but only out of curiosity'],
  [/\b(?:el )?gateway de salida no (?:lo )?necesitamos\b/g, 'we do not need an egress gateway'],
  [
    /(?:¿\s*)?\bqu[eé] (?:malla|mesh|service mesh|malla de servicios) (?:me |nos )?(?:recomend[aá]is|recomiendas|recomiendan|recomendar[ií]as|recomendar[ií]a|recomienda|pillo|agarro|elijo|escojo|uso)(?![\p{L}])/gu,
    'which mesh do you recommend',
  ],
  [
    /(?:¿\s*)?\bcu[aá]l (?:mesh|malla) (?:pillo|agarro|elijo|escojo|uso)(?![\p{L}])/gu,
    'which mesh should i pick',
  ],
  [/\bcon cu[aá]l nos quedamos\b/g, 'which should we pick'],
  [
    /\b(?:pase|pasen|salga|salgan) por un (?:único|unico|solo) (?:punto|gateway)(?![\p{L}])/gu,
    'go through one exit point',
  ],
  [/\bsalga(?:n)? por un punto (?:controlado|auditado|central)(?![\p{L}])/gu, 'leave through one exit point'],
  [/\bgateway de salida\b/g, 'egress gateway'],
  [/\bcada milisegundo(?: de latencia)? cuenta\b/g, 'every millisecond of latency matters'],
  [/\bcada milicore cuenta\b/g, 'every millicore counts'],
  [/\b(?:al|en el) límite de (?:memoria|cpu)\b/g, 'at the memory limit'],
  [/\b(?:muy |bastante )?justos de (?:cpu|memoria)\b/g, 'tight on cpu'],
  [/\bla latencia (?:agregada|añadida) tiene que ser mínima\b/g, 'added latency must be minimal'],
  [
    /\bsi (?:se )?cae (?:una|la|uno|un clúster|una región)(?: región)?\b/g,
    'failover if one cluster goes down',
  ],
  [/\bllamadas entre clústeres\b/g, 'cross-cluster calls'],
  [/\bpolíticas por método y ruta\b/g, 'policies per method and path'],
  [/\btasa de éxito\b/g, 'success rate'],
  [/\bcifrado mutuo\b/g, 'mtls'],
  [/\bsin (?:tocar nada|mover un dedo|inventar nada)\b/g, 'with zero config'],
  [/\bsomos (?:solo|sólo) (\d+)(?![\p{L}])/gu, 'we are only $1'],
  [/\bsomos (?:solo|sólo) dos(?![\p{L}])/gu, 'we are only 2'],
  [/\b(?:es )?yo y otra persona\b/g, 'just me and one other person'],
  [/\bnos encargamos (?:solo|sólo) (?:cuatro|4) personas\b/g, 'only 4 people run it'],
  [
    /\bninguna tiene experiencia con (?:mallas|meshes|service mesh)(?: de servicio)?\b/g,
    'none of us has mesh experience',
  ],
  [/\bnadie sabe de (?:mesh|mallas|service mesh)\b/g, 'nobody knows meshes'],
  [/\bcon los sidecars no tenemos ningún problema\b/g, "we're fine with sidecars"],
  [/\b(?:eso )?no es (?:un )?requisito\b/g, 'that is not a requirement'],
  [/\bno es un criterio\b/g, 'is not a requirement'],
  [/\bno es que lo necesitemos\b/g, 'not that we need it'],
  [/\b(?:solo |sólo )?por curiosidad\b/g, 'just curious'],
  [/\bno requerimos\b/g, 'we do not need'],
  [/\bno aplica\b/g, 'is not needed'],
  [/\bnada de (?:routing|enrutamiento) sofisticado\b/g, 'no fancy routing'],
  [/\blo (?:resuelve|gestiona)n? (?:el|la|los) /g, 'is handled by the '],
  [/\bya hace(?:n)? los canaries\b/g, 'already handles the canaries'],
  [/\b(?:le|les) dijimos que no\b/g, 'we said no'],
  [/\bpero lo descartamos\b/g, 'but we ruled it out'],
  [/\blo dejamos para\b/g, 'we put it off until'],
  [/\bno queremos que se hablen entre sí(?![\p{L}])/gu, 'they never talk to each other'],
  [/\bpero independientes\b/g, 'and they are independent'],
  [/(?:¿\s*)?\b(istio|linkerd) soporta\b/g, 'does $1 support'],
  [/\bplugins wasm\b/g, 'wasm plugins'],
  [/\bsali(?:ó|eron) en (?:la conversación|una reunión|la reunión)(?![\p{L}])/gu, 'came up in a meeting'],
  [/\bdel año que viene\b/g, 'next year'],
  // Polish and Turkish: "istio czy linkerd", "linkerd mi istio mu", "zespół 3 osób", "ekip 3 kişi".
  [/\b(istio|linkerd) (?:czy|mı|mi|mu|mü) (istio|linkerd)(?: (?:mı|mi|mu|mü))?\b/g, '$1 or $2'],
  [/\b(?:co polecacie|co byście wybrali|hangisini önerirsiniz|ne önerirsiniz)\b/g, 'what do you recommend'],
  [/\bzespół (?:jest mały\W+)?(?:ma |to )?(\d+)(?: osób| osoby)?\b/g, 'team of $1'],
  [/\b(?:ekip|takım) (\d+) kişi\b/g, 'team of $1'],
  [/\b(\d+) (?:osoby|osób) na całą infr\w*\b/g, 'only $1 people for all infra'],
  [
    /\b(?:nikt z nas nie ma doświadczenia|mesh tecrübemiz yok|hiç mesh tecrübemiz yok)\b/g,
    'zero experience with a mesh',
  ],
  [/\b(?:nam na tym nie zależy|umurumuzda değil)\b/g, "we don't care about it"],
  [/\bmesh nie musi\b/g, "the mesh doesn't have to"],
  [/\b(?:her ms önemli|każda ms się liczy)\b/g, 'every millisecond matters'],
  [/\bhiç config yazmadan\b/g, 'without writing any config'],
  [/\b(?:node'lar|nodelar) zaten dolu\b/g, 'nodes are already full'],
  [/\bfazla ram veremeyiz\b/g, "can't spare much memory"],
  [/\b(?:potrzebujemy|istiyoruz|ihtiyacımız var)(?![\p{L}])/gu, 'we need'],
  // Polish, more generally: team sizes, migrations, overhead, asks, things ruled out.
  [
    /\bzesp[oó]ł(?: [\p{L}-]+){0,2}? (?:to |ma |liczy )?(\d+) (?:osob[yaó]?|ludzi)(?![\p{L}])/gu,
    'team of $1 people',
  ],
  [/\bmamy (\d+) (?:osob[yaó]?|ludzi) w zespole(?![\p{L}])/gu, 'team of $1 people'],
  [/\b(?:we|w) (?:dwóch|dwoje|dwie|dwójkę|dwójkę)(?![\p{L}])/gu, 'two of us'],
  [/\b(?:we|w) (?:trzech|troje|trójkę)(?![\p{L}])/gu, 'three of us'],
  [/\b(\d+) (?:osoby|osób)(?![\p{L}])/gu, '$1 people'],
  [
    /(?<![\p{L}])(?:żadn[aey]|nikt)(?: z nas)? (?:nie )?(?:miała?|mieli|ma|mamy)? ?(?:styczności|doświadczeni[ae])(?: z)?(?: service)? ?(?:mesh\w*)?/gu,
    'none of us has experience with a mesh',
  ],
  [/\bw (?:połowie|trakcie|środku) migracji(?![\p{L}])/gu, 'in the middle of moving'],
  [/\bmigracj[aiię] z (istio|linkerd) na (istio|linkerd)\b/g, 'moving from $1 to $2'],
  [
    /\b(?:jak najmniejszy(?:m)?|minimalny(?:m)?|jak najniższy(?:m)?) narzut(?:em)?(?![\p{L}])/gu,
    'lowest overhead',
  ],
  [/\bnarzut(?:u|em)?(?![\p{L}])/gu, 'overhead'],
  [/\b(\d+) ?% pamięci(?![\p{L}])/gu, '$1% memory'],
  [/\bpamię(?:ci|ć)(?![\p{L}])/gu, 'memory'],
  [/\bwęzł(?:y|ach|ów|ami)(?![\p{L}])/gu, 'nodes'],
  [/\b(?:przepełnione|ciasne|zapchane)(?![\p{L}])/gu, 'tight'],
  [/\bbez sidecar(?:ów|a|y)?(?![\p{L}])/gu, 'without sidecars'],
  [/\b(?:nie potrzebujemy|nie jest nam potrzebn[ey]|nie jest potrzebn[ey])(?![\p{L}])/gu, 'we do not need'],
  [/\b(?:to )?odpada(?![\p{L}])/gu, 'is not needed'],
  [/\bna razie nie(?![\p{L}])/gu, 'not now'],
  [/\bzdecydowaliśmy,? że nie(?![\p{L}])/gu, 'we said no'],
  [/\bogarnia (?:u nas |nam )?/g, 'already handles it: '],
  [
    /\b(?:co wybrać|co polecasz|co rekomendujesz|który (?:mesh )?(?:byś|byście) wybrał(?:a|i)?|który wybrać)(?![\p{L}])/gu,
    'which should we pick',
  ],
  [/\bjeden punkt wyjścia\b/g, 'one exit point'],
  [/\bruch wychodzący\b/g, 'outbound traffic'],
  [/\bklastr(?:y|ów|ach|ami)(?![\p{L}])/gu, 'clusters'],
  [/\bkanar(?:y|ek)\b/g, 'canary'],
  // Turkish: team sizes, migrations, asks, things ruled out.
  [/\b(\d+) kişilik (?:ekip|takım)(?![\p{L}])/gu, 'team of $1 people'],
  [/\b(\d+) kişi(?:yiz|yle|den ibaret)?(?![\p{L}])/gu, '$1 people'],
  [
    /\b(istio|linkerd)'?(?:den|dan|ten|tan) (istio|linkerd)'?(?:ye|ya|e|a) geç\p{L}*/gu,
    'moving from $1 to $2',
  ],
  [/\bgeçişin (?:tam )?ortasındayız(?![\p{L}])/gu, 'we are in the middle of moving'],
  [/\bsidecar'?lar (?:bizim için )?sorun değil(?![\p{L}])/gu, "we're fine with sidecars"],
  [/(?<![\p{L}])şart değil(?![\p{L}])/gu, 'is not required'],
  [/\b(?:ihtiyacımız yok|gerek yok|beklemiyoruz)(?![\p{L}])/gu, 'is not needed'],
  [/\bzaten (?:[\p{L}+]+ ){0,4}hallediyor(?![\p{L}])/gu, 'already handles it'],
  [/\bmesh'?ten anlayan yok(?![\p{L}])/gu, 'zero experience with a mesh'],
  [/\bpod başına\b/g, 'per pod'],
  [
    /\b(?:hangisini seçelim|hangisi(?:ni)? seçmeli(?:yiz)?|hangisinde kalırdın|ne önerirsin|öneriyorsun(?:uz)?|önerirsin)(?![\p{L}])/gu,
    'which should we pick',
  ],
  // Indonesian: "tim kami cuma 3 orang", "kami butuh mTLS", "istio atau linkerd, mending yang mana?".
  [/\b(istio|linkerd) atau (istio|linkerd)\b/g, '$1 or $2'],
  [
    /\btim(?: kami| kita| platform(?: kami)?)? (?:cuma |hanya |cuman |cuma ada |ada )?(\d+) orang\b/g,
    'team of $1 people',
  ],
  [/\b(?:cuma|hanya|cuman) (\d+) orang\b/g, 'only $1 people'],
  [/\b(?:kami|kita) (?:cuma |hanya )?ber(dua|tiga)\b/g, 'only $1 of us'],
  [/\b(\d+) orang\b/g, '$1 people'],
  [/\b(?:tidak|tdk|nggak|ngga|gak|ga|enggak) (?:perlu|butuh)\b/g, 'we do not need'],
  [/\bbelum (?:perlu|butuh)\b/g, 'not needed yet'],
  [/\b(?:kami|kita) (?:butuh|perlu|membutuhkan|memerlukan)\b/g, 'we need'],
  [/\b(?:butuh|perlu)\b/g, 'need'],
  [
    /\b(?:belum|tidak|gak|nggak|ga) (?:ada |punya )?(?:yang )?(?:pengalaman|pernah pakai)(?: (?:dengan|pakai|di) (?:service )?mesh)?\b/g,
    'none of us has experience with a mesh',
  ],
  [
    /\b(?:(?:pilih|mending|sebaiknya|lebih baik) (?:pilih )?yang mana|yang mana yang (?:lebih )?(?:cocok|bagus|baik)|rekomendasinya (?:apa|yang mana)|saran(?:nya)? (?:pilih )?(?:apa|yang mana))\b/g,
    'which should we pick',
  ],
  [/\btanpa sidecar\w*\b/g, 'without sidecars'],
  [/\bmemori(?:nya)?\b/g, 'memory'],
  [/\bnode(?:nya)? (?:udah|sudah) (?:penuh|mepet)\b/g, 'nodes are already full'],
  [/\b(?:seringan mungkin|hemat resource|overhead(?:nya)? (?:harus )?kecil)\b/g, 'minimal overhead'],
  [
    /\b(?:lagi|sedang) migrasi dari (istio|linkerd) ke (istio|linkerd)\b/g,
    'in the middle of moving from $1 to $2',
  ],
  [/\bmigrasi dari (istio|linkerd) ke (istio|linkerd)\b/g, 'moving from $1 to $2'],
  [/\b(?:sudah|udah) di-?handle (?:oleh|sama)\b/g, 'already handled by'],
  [/\btahun depan\b/g, 'next year'],
  // Vietnamese: "team chỉ có 2 người", "không cần multi-cluster", "nên chọn istio hay linkerd?".
  [/\b(istio|linkerd) hay (istio|linkerd)\b/g, '$1 or $2'],
  [/\bteam (?:mình |chúng tôi |em )?(?:chỉ )?(?:có |gồm )?(\d+) người(?![\p{L}])/gu, 'team of $1 people'],
  [/\bchỉ có (\d+) người(?![\p{L}])/gu, 'only $1 people'],
  [/\b(\d+) người(?![\p{L}])/gu, '$1 people'],
  [/(?<![\p{L}])(?:không|ko|k|chưa) (?:cần|yêu cầu)(?![\p{L}])/gu, 'we do not need'],
  [/(?<![\p{L}])(?:chúng tôi|bọn mình|team mình|mình|em|bên mình) (?:rất )?cần(?![\p{L}])/gu, 'we need'],
  [/(?<![\p{L}])cần(?![\p{L}])/gu, 'need'],
  [
    /(?<![\p{L}])(?:chưa|không) (?:ai )?(?:có )?kinh nghiệm(?: (?:với|về) (?:service )?mesh)?(?![\p{L}])/gu,
    'none of us has experience with a mesh',
  ],
  [
    /(?<![\p{L}])(?:nên chọn cái nào|chọn cái nào|nên dùng cái nào|cái nào (?:tốt|phù hợp) hơn|nên chọn gì)(?![\p{L}])/gu,
    'which should we pick',
  ],
  [/(?<![\p{L}])(?:không (?:muốn|dùng|có)|bỏ) sidecar\w*/gu, 'no sidecars'],
  [/(?<![\p{L}])bộ nhớ(?![\p{L}])/gu, 'memory'],
  [/(?<![\p{L}])độ trễ(?![\p{L}])/gu, 'latency'],
  [/(?<![\p{L}])(?:nhẹ nhất|càng nhẹ càng tốt)(?![\p{L}])/gu, 'as light as possible'],
  [/(?<![\p{L}])nhẹ(?![\p{L}])/gu, 'lightweight'],
  [
    /(?<![\p{L}])đang (?:chuyển|migrate) từ (istio|linkerd) sang (istio|linkerd)(?![\p{L}])/gu,
    'in the middle of moving from $1 to $2',
  ],
  [/(?<![\p{L}])(?:ngay )?từ ngày đầu(?![\p{L}])/gu, 'from day one'],
  [/(?<![\p{L}])năm sau(?![\p{L}])/gu, 'next year'],
  // Tagalog and Taglish: "dalawa lang kami", "hindi namin kailangan", "alin ang mas okay?".
  [/\b(dalawa|tatlo|apat|\d+) lang kami\b/g, 'only $1 of us'],
  [/\bkami lang (dalawa|tatlo|apat|\d+)\b/g, 'only $1 of us'],
  [/\b(?:hindi|di) (?:namin |natin )?kailangan\b/g, 'we do not need'],
  [/\bkailangan (?:namin|natin)\b/g, 'we need'],
  [/\bkailangan\b/g, 'need'],
  [
    /\b(?:wala (?:pa )?(?:kaming|kahit isa sa amin ang may)|walang) (?:experience|karanasan)(?: sa (?:service )?mesh)?\b/g,
    'none of us has experience with a mesh',
  ],
  [
    /\b(?:alin ang (?:mas )?(?:maganda|okay|ok|better|bagay)|ano ang (?:mas )?(?:maganda|okay|recommend mo)|anong (?:mas )?(?:maganda|okay|bagay)|alin sa dalawa|ano (?:ang )?pipiliin)\b/g,
    'which should we pick',
  ],
  [/\b(?:walang|ayaw (?:namin )?ng) sidecar\w*\b/g, 'no sidecars'],
  [/\bmagaan\b/g, 'lightweight'],
  [/\b(?:hindi pa ngayon|saka na)\b/g, 'not now'],
  [/\bsa susunod na taon\b/g, 'next year'],
  // Portuguese (Brazil): "a gente precisa", "time de 3 pessoas", "qual vocês recomendam?".
  [/\ba gente precisa(?: de)?\b/g, 'we need'],
  [/\b(?:time|equipe) de (\d+) pessoas\b/g, 'team of $1 people'],
  [
    /\bqual (?:vocês|voces|você|voce|vc|vcs) (?:recomenda(?:m|ria|riam)?|escolheria(?:m)?|usaria(?:m)?)\b/g,
    'which would you recommend',
  ],
  [/\bqual (?:escolher|devemos escolher|a gente escolhe)\b/g, 'which should we pick'],
  [/\bmigrando d[oea] (istio|linkerd) (?:para|pro|pra) (?:o )?(istio|linkerd)\b/g, 'moving from $1 to $2'],
  // Session 30, round 9: "só eu", "somos 2 no time", "mình em", "istio apa linkerd", half-way moves,
  // "continue or go back".
  [/\b(?:sou |é )?só eu\b/g, 'just me'],
  [/\bsomos (\d+)(?: no time| na equipe| no infra| pessoas)\b/g, 'team of $1 people'],
  [/(?<![\p{L}])(?:chỉ có )?mình (?:em|tôi|anh)(?![\p{L}])/gu, 'just me'],
  [/\b(istio|linkerd) apa (istio|linkerd)\b/g, '$1 or $2'],
  [
    /\b(?:lagi |sedang )?setengah jalan migrasi dari (istio|linkerd) ke (istio|linkerd)\b/g,
    'in the middle of moving from $1 to $2',
  ],
  [
    /\bmeio migrados? d[eoa] (istio|linkerd) (?:p\/|para|pro|pra) (istio|linkerd)\b/g,
    'in the middle of moving from $1 to $2',
  ],
  [
    /\b(?:lanjut|tuloy|sigo|continuo|seguimos)\b[^.?!]{0,30}\b(?:atau|or|o|ou) (?:balik|volto|voltamos|bumalik)\b/g,
    'should we continue or go back',
  ],
  // Swedish, Danish, Norwegian and Finnish: "istio eller linkerd?", "vi är bara tre", "kumpi
  // kannattaa valita, istio vai linkerd?", "det er bare meg", "uden sidecars er et krav".
  [/\b(istio|linkerd),? (?:eller|vai|tai) (?:ska vi ta |skal vi ta )?(istio|linkerd)\b/g, '$1 or $2'],
  [
    /(?<![\p{L}])(?:eller|vai) (cilium|consul|kuma|något annat|noget andet|noe annet|jokin muu)(?![\p{L}])/gu,
    'or $1',
  ],
  [
    /(?<![\p{L}])(?:vilken|hvilken|vilket|hvilket|vilka|hvilke)(?: service)?(?: mesh\w*)? (?:skulle|ville|bör|bør|ska|skal|skall|burde) (?:du|ni|vi|dere|i) (?:välja|vælge|velge|valgt|valt|valgt|ta|tage|anbefale|rekommendera)(?![\p{L}])/gu,
    'which mesh should we pick',
  ],
  [
    /(?<![\p{L}])(?:vad|hva|hvad) (?:skulle |ville |vil |kan )?(?:du|ni|dere|i) (?:rekommendera|anbefale)(?![\p{L}])/gu,
    'what do you recommend',
  ],
  [
    /(?<![\p{L}])(?:vad|hva|hvad|vilken|hvilken|vilket|hvilket)(?: service)?(?: mesh\w*)? (?:rekommenderar|anbefaler|föreslår|foreslår) (?:du|ni|dere|i)(?![\p{L}])/gu,
    'what do you recommend',
  ],
  [
    /(?<![\p{L}])(?:vi (?:ska|skal|skall) (?:välja|vælge|velge)|(?:vi )?(?:håller på att|holder på å|er ved at) (?:välja|vælge|velge))(?![\p{L}])/gu,
    'we have to pick',
  ],
  [
    /(?<![\p{L}])(?:jag|jeg|vi) (?:vill|vil) (?:gärna )?(?:ha|have|høre|höra) (?:en |din |dere?s |er )?(?:rekommendation|anbefaling|råd)(?![\p{L}])/gu,
    'i would like your recommendation',
  ],
  [
    /(?<![\p{L}])(?:kumpi|kumman)(?: mesh\p{L}*)?(?: meidän)? (?:kannattaa valita|kannattaa|valita|valitsisit|valitsisitte|valitsemme|suosittelet|suosittelisit)(?![\p{L}])/gu,
    'which should we pick',
  ],
  [
    /(?<![\p{L}])(?:mitä|minkä) (?:suosittelet|suosittelisit|suosittelette|valitsisit|valitsisitte)(?![\p{L}])/gu,
    'what do you recommend',
  ],
  [
    /(?<![\p{L}])(?:haluaisin kuulla suosituksesi|tarvitsisin suosituksen|tarvitsen suosituksen|suosituksesi)(?![\p{L}])/gu,
    'i would like your recommendation',
  ],
  [/(?<![\p{L}])olemme valitsemassa(?![\p{L}])/gu, 'we are choosing'],
  [/(?<![\p{L}])kumpi(?![\p{L}])/gu, 'which'],
  // Team sizes and experience.
  [
    /(?<![\p{L}])(?:vi er|det er) (?:bare |kun )?to(?= (?:personer|stykker|mand|i|som|der|på)(?![\p{L}]))/gu,
    'we are only two',
  ],
  [
    /(?<![\p{L}])(?:vi er|det er) (?:bare |kun )?fire(?= (?:personer|stykker|mand|i|som|der|på)(?![\p{L}]))/gu,
    'we are only four',
  ],
  [
    /(?<![\p{L}])(?:vi är|vi er|meitä on|olemme) (?:bara |kun |bare |vain |vaan |endast )?(två|to|tre|fyra|fire|kaksi|kolme|neljä|\d+)(?: (?:personer|personar|stykker|henkeä|ihmistä|hlöä))?(?![\p{L}])/gu,
    'we are only $1 people',
  ],
  [
    /(?<![\p{L}])(?:bara|kun|bare|vain|vaan|endast) (två|to|tre|fyra|fire|kaksi|kolme|neljä|\d+) (?:personer|stykker|henkeä|ihmistä|som|jotka)(?![\p{L}])/gu,
    'only $1 people',
  ],
  [/(?<![\p{L}])(\d+) (?:hengen|henkilön) (?:\p{L}*tiimi\p{L}*)(?![\p{L}])/gu, 'team of $1 people'],
  [
    /(?<![\p{L}])(?:det är bara jag|det er bare meg|det er kun mig|det er bare mig|bara jag|bare meg|kun mig|vain minä|pelkästään minä|minä yksin)(?![\p{L}])/gu,
    'just me',
  ],
  [
    /(?<![\p{L}])ingen(?: af os| av oss| av oss| i teamet| här| her)? (?:har|hade|havde) (?:erfarenhet|erfaring|kört|kørt|kjørt|prøvet|prøvd|provat|använt|brugt|brukt)(?: med| af| av)?(?: en| et| ett)?(?: service)?(?: mesh\p{L}*)?(?: förut| før| tidigere| tidigare| innan)?(?![\p{L}])/gu,
    'none of us has experience with a mesh',
  ],
  [
    /(?<![\p{L}])(?:eikä |ei )?(?:kenelläkään|kummallakaan|kellään|meistä kenelläkään)(?: meistä)? (?:ole )?(?:mesh-)?kokemusta(?: meshistä| mesheistä)?(?![\p{L}])/gu,
    'none of us has experience with a mesh',
  ],
  // Moving from one mesh to the other.
  [/(?<![\p{L}])(?:fra|från) (istio|linkerd) (?:til|till) (istio|linkerd)(?![\p{L}])/gu, 'from $1 to $2'],
  [
    /(?<![\p{L}])(istio|linkerd)(?:sta|lta) (istio|linkerd)(?:iin|in|hin|ihin|ille)(?![\p{L}])/gu,
    'from $1 to $2',
  ],
  [
    /(?<![\p{L}])(?:vi )?(?:håller på att|holder på å|er i gang med at|er i gang med å|är mitt i att|er midt i at|er midt i å) (?:migrera|flytta|migrere|flytte|gå over|byta|skifte|skifta)(?![\p{L}])/gu,
    'we are in the middle of moving',
  ],
  [
    /(?<![\p{L}])(?:mitt i|midt i) (?:en |et |ett )?(?:migrering\p{L}*|migration\p{L}*|flytt\p{L}*|skift\p{L}*)(?![\p{L}])/gu,
    'in the middle of moving',
  ],
  [
    /(?<![\p{L}])(?:olemme )?kesken (?:siirtymää|siirtymän|siirron|migraation|migraatiota)(?![\p{L}])/gu,
    'in the middle of moving',
  ],
  // Needs, and needs ruled out or put off.
  [
    /(?<![\p{L}])(?:vi )?(?:behöver inte|behövs inte|har inte behov av|har ikke brug for|behøver ikke|trenger ikke|emme tarvitse|ei tarvita|ei ole tarpeen|inget behov av|ikke behov for)(?![\p{L}])/gu,
    'we do not need',
  ],
  [
    /(?<![\p{L}])(?:är|er) (?:inte|ikke|ikkje) (?:aktuell\p{L}*|relevant\p{L}*|nødvendig\p{L}*|nödvändig\p{L}*|et krav|ett krav|noget krav|något krav)(?![\p{L}])/gu,
    'is not needed',
  ],
  [
    /(?<![\p{L}])(?:ei ole|eivät ole) (?:ajankohtai\p{L}*|tarpeen|vaatimus|tärkeä\p{L}*)(?![\p{L}])/gu,
    'is not needed',
  ],
  [/(?<![\p{L}])(?:är|er) (?:inget|intet|ikke noe|ikke et|inte ett) krav(?![\p{L}])/gu, 'is not required'],
  [
    /(?<![\p{L}])(?:vi )?(?:behöver|trenger|tarvitaan|tarvitsemme|tarvitsen|har brug for|har behov for|skal have|vill ha|vil ha|vil have|haluamme|halutaan)(?![\p{L}])/gu,
    'we need',
  ],
  [
    /(?<![\p{L}])(?:är|er) (?:helt |ganske )?(?:okej|ok|fint|greit|greitt|fine?|i orden)(?: för oss| for oss| for os)?(?![\p{L}])/gu,
    'are fine with us',
  ],
  [
    /(?<![\p{L}])(?:ovat|on) (?:meille )?(?:täysin |ihan )?(?:ok|okei|kunnossa)(?![\p{L}])/gu,
    'are fine with us',
  ],
  [/(?<![\p{L}])(?:kan vänta|kan vente|voi odottaa|får vänta|må vente)(?![\p{L}])/gu, 'can wait'],
  [
    /(?<![\p{L}])(?:skubbet|skudt|udskudt|skjøvet|utsatt|skjutit upp|skjutit|skjutits|lykätty|siirretty) (?:til|till|ensi|tuleville)(?![\p{L}])/gu,
    'put off to',
  ],
  [
    /(?<![\p{L}])(?:yhden |yhteisen )?egress-(?:pisteen|gatewayn|yhdyskäytävän) kautta(?![\p{L}])/gu,
    'through one egress point',
  ],
  [/(?<![\p{L}])(?:inte nu|ikke nå|ikke nu|ikkje no|ei nyt)(?![\p{L}])/gu, 'not now'],
  [
    /(?<![\p{L}])(?:nästa år|næste år|neste år|ensi vuonna|till nästa år|til næste år|til neste år)(?![\p{L}])/gu,
    'next year',
  ],
  [
    /(?<![\p{L}])(?:har vi (?:redan|allerede)|har vi jo) (?:med|via|i|gennom|gjennom)(?![\p{L}])/gu,
    'are already handled by',
  ],
  [
    /(?<![\p{L}])(?:hoitaa jo|hoitavat jo|sköter redan|klarar redan|håndterer allerede|tar seg allerede av)(?![\p{L}])/gu,
    'already handles',
  ],
  [
    /(?<![\p{L}])(?:fra dag ét|fra dag et|fra dag én|fra dag en|från dag ett|från första dagen|fra første dag|ensimmäisestä päivästä)(?![\p{L}])/gu,
    'from day one',
  ],
  [
    /(?<![\p{L}])(?:ett krav|et krav|vaatimus)(?: hos oss| hos os| for oss| för oss)?(?![\p{L}])/gu,
    'a requirement',
  ],
  [
    /(?<![\p{L}])(?:helst|mieluiten|mieluummin) (?:slippe|slippa|undgå|undvika|unngå|ilman)(?![\p{L}])/gu,
    'preferably without',
  ],
  [/(?<![\p{L}])(?:ei|ingen|inga) sidecar\p{L}*(?![\p{L}])/gu, 'no sidecars'],
  [/(?<![\p{L}])sidecar(?:eja|eita|it|ien|eille|ia|en|ene|erne|arna)(?![\p{L}])/gu, 'sidecars'],
  [
    /(?<![\p{L}])(?:viktad|vægtet|vektet|vektede|vægtede|viktade|painotettu\p{L}*) (?:trafik\p{L}*|canary\p{L}*|liikenne\p{L}*)/gu,
    'weighted traffic canary',
  ],
  [
    /(?<![\p{L}])(?:på tvärs av|på tværs af|på tvers av|tvärs över) (?:alla |alle )?(?:två |to |tre )?/gu,
    'across ',
  ],
  [/(?<![\p{L}])(?:pr\.|pr) (pod|node|tjeneste|tjänst|hop)(?![\p{L}])/gu, 'per $1'],
  [/(?<![\p{L}])(?:podia|noodia|solmua) kohden(?![\p{L}])/gu, 'per pod'],
  [
    /(?<![\p{L}])(?:utgående|udgående|lähtevä|ulos lähtevä) (?:trafik\p{L}*|liikenne)(?![\p{L}])/gu,
    'outbound traffic',
  ],
  [
    /(?<![\p{L}])(?:yhden meshin|ett enda mesh|ett mesh|ét mesh|et mesh|ett enda nät)(?![\p{L}])/gu,
    'one mesh',
  ],
  // Italian and Dutch: "siamo in due", "istio o linkerd, cosa consigliate?", "met z'n drieën", "welke
  // mesh raad je ons aan?", "a metà della migrazione", "midden in de overstap van istio naar linkerd".
  [
    /(?<![\p{L}])(?:siamo|saremo) (?:solo |soltanto )?in (due|tre|quattro|\d+)(?: (?:nel|in) team\p{L}*| persone)?(?![\p{L}])/gu,
    'we are only $1 people',
  ],
  [
    /(?<![\p{L}])(?:siamo )?(?:io e un(?:a)? collega|io e un altro|solo io e \p{L}+)(?![\p{L}])/gu,
    'only two of us',
  ],
  [/(?<![\p{L}])solo io(?![\p{L}])/gu, 'just me'],
  [
    /(?<![\p{L}])(?:il )?team(?: piattaforma| di piattaforma| infra)? (?:è |e )?(?:di|da) (\d+) persone(?![\p{L}])/gu,
    'team of $1 people',
  ],
  [
    /(?<![\p{L}])(?:we zijn |wij zijn )?met z'?n (tweeën|tweeen|drieën|drieen|vieren|\d+)(?![\p{L}])/gu,
    'only $1 of us',
  ],
  [
    /(?<![\p{L}])(?:we|wij) zijn (?:maar |slechts |alleen )?(?:met )?(twee|drie|vier|\d+)(?: (?:man|mensen|personen))?(?![\p{L}])/gu,
    'we are only $1 people',
  ],
  [/(?<![\p{L}])(?:ik ben de enige|alleen ik|ik doe het alleen)(?![\p{L}])/gu, 'just me'],
  [/(?<![\p{L}])team van (\d+) (?:mensen|personen|man)(?![\p{L}])/gu, 'team of $1 people'],
  [
    /(?<![\p{L}])nessuno (?:di noi )?(?:ha (?:mai )?(?:usato|gestito|esperienza con)|conosce)(?: un| i| il)?(?: service)?(?: mesh)?(?![\p{L}])/gu,
    'none of us has experience with a mesh',
  ],
  [
    /(?<![\p{L}])niemand (?:van ons )?heeft (?:ooit )?(?:ervaring met|gewerkt met|gedraaid met)(?: een)?(?: service)?(?: mesh)?(?![\p{L}])/gu,
    'none of us has experience with a mesh',
  ],
  [/(?<![\p{L}])(?:da|dal) (istio|linkerd) (?:a|al|verso) (istio|linkerd)(?![\p{L}])/gu, 'from $1 to $2'],
  [/(?<![\p{L}])van (istio|linkerd) naar (istio|linkerd)(?![\p{L}])/gu, 'from $1 to $2'],
  [
    /(?<![\p{L}])(?:siamo )?a metà (?:della|di una|del) (?:migrazione|passaggio)(?![\p{L}])/gu,
    'in the middle of moving',
  ],
  [/(?<![\p{L}])(?:stiamo|sto) (?:passando|migrando)(?![\p{L}])/gu, 'we are in the middle of moving'],
  [
    /(?<![\p{L}])(?:we zitten |zitten we )?(?:nu )?midden in (?:de|een) (?:overstap|migratie|verhuizing)(?![\p{L}])/gu,
    'in the middle of moving',
  ],
  [
    /(?<![\p{L}])(?:we zijn bezig met|bezig met) (?:de |een )?(?:overstap|migratie)(?![\p{L}])/gu,
    'in the middle of moving',
  ],
  [/(?<![\p{L}])(?:niente|senza|nessun) sidecar\p{L}*(?![\p{L}])/gu, 'no sidecars'],
  [/(?<![\p{L}])geen sidecars?(?![\p{L}])/gu, 'no sidecars'],
  [
    /(?<![\p{L}])(?:per ora|adesso|ora) non (?:serve|servono|ci serve|ci servono)(?![\p{L}])/gu,
    'not needed for now',
  ],
  [
    /(?<![\p{L}])(?:non mi (?:serve|servono)(?: più)?|non è necessari\p{L}|non sono necessari\p{L})(?![\p{L}])/gu,
    'is not needed',
  ],
  [
    /(?<![\p{L}])(?:hebben we niet nodig|is niet nodig|zijn niet nodig|niet nodig)(?![\p{L}])/gu,
    'is not needed',
  ],
  [
    /(?<![\p{L}])(?<!\bnon )(?:ci serve|mi serve|ci servono|ci occorre|abbiamo bisogno di|serve però|serve)(?![\p{L}])/gu,
    'we need',
  ],
  [
    /(?<![\p{L}])(?:vogliamo|vorremmo|we willen|wij willen|we hebben nodig|we moeten)(?![\p{L}])/gu,
    'we want',
  ],
  [/(?<![\p{L}])(?:(?:magari )?(?:fra|tra) un anno|l'anno prossimo|volgend jaar)(?![\p{L}])/gu, 'next year'],
  [/(?<![\p{L}])(?:magari|misschien)(?![\p{L}])/gu, 'maybe'],
  [/(?<![\p{L}])(?:niet nu|non ora|non adesso)(?![\p{L}])/gu, 'not now'],
  [/(?<![\p{L}])(?:li|la|lo|le) fa già(?![\p{L}])/gu, 'already handles them:'],
  [/(?<![\p{L}])(?:fa già|gestisce già|doet al|regelt al)(?![\p{L}])/gu, 'already handles'],
  [
    /(?<![\p{L}])(?:dal primo giorno|dal giorno (?:uno|1)|vanaf dag (?:één|een|1)|vanaf de eerste dag)(?![\p{L}])/gu,
    'from day one',
  ],
  [/(?<![\p{L}])metriche d'oro(?![\p{L}])/gu, 'golden metrics'],
  [/(?<![\p{L}])chi può chiamare cosa(?![\p{L}])/gu, 'who may call what'],
  [/(?<![\p{L}])(?:tutto )?negato di default(?![\p{L}])/gu, 'deny by default'],
  [/(?<![\p{L}])(?:un unico|un solo|één|een enkel) mesh(?![\p{L}])/gu, 'a single mesh'],
  [/(?<![\p{L}])(?:traffico in uscita|uitgaand verkeer)(?![\p{L}])/gu, 'outbound traffic'],
  [
    /(?<![\p{L}])(?:via |door )?(?:één|een enkele|één centrale) (?:uitgang|egress-punt|uitgangspunt)(?![\p{L}])/gu,
    'through one exit point',
  ],
  [/(?<![\p{L}])(?:un unico|un solo) gateway(?![\p{L}])/gu, 'a single gateway'],
  [/(?<![\p{L}])(?:verkeer spiegelen|spiegelen van verkeer)(?![\p{L}])/gu, 'mirror traffic'],
  [/(?<![\p{L}])al (\d+) ?%(?![\p{L}])/gu, 'at $1%'],
  [
    /(?<![\p{L}])(?:(?:voi )?(?:cosa|quale|che cosa|quale mesh)(?: ci| mi)? (?:consigli|consigliate|consiglieresti|consigliereste|scegliereste|sceglieresti|suggerite|suggerisci))(?![\p{L}])/gu,
    'what do you recommend',
  ],
  [
    /(?<![\p{L}])(?:welke(?: service)?(?: mesh)? (?:raad je(?: ons)? aan|raden jullie(?: ons)? aan|zou je kiezen|zouden jullie kiezen|moeten we(?: dan)? nemen|moeten we kiezen|adviseer je|adviseren jullie)|wat (?:adviseer je|adviseren jullie|raad je(?: ons)? aan|raden jullie aan|zou je kiezen))(?![\p{L}])/gu,
    'which mesh should we pick',
  ],
  [
    /(?<![\p{L}])(?:(?:ha senso )?andare avanti o tornare indietro|andiamo avanti o torniamo indietro|andare avanti o torniamo indietro)(?![\p{L}])/gu,
    'should we continue or go back',
  ],
  [
    /(?<![\p{L}])doorzetten(?: met (istio|linkerd))? of (?:toch )?terug(?: naar (istio|linkerd))?(?![\p{L}])/gu,
    'should we continue or go back',
  ],
  // French: "on n'est que deux", "déploiements canary pondérés".
  [/\bon n'est que (deux|trois|2|3)\b/g, 'only $1 of us'],
  [/\b(?:déploiements?|releases?) canary pondérés?\b/g, 'weighted canary rollouts'],
  [/\bod razu\b/g, 'right away'],
  [/\b(?:ni de broma|ni loco|de ninguna manera|de jeito nenhum|auf keinen fall|hors de question)\b/g, 'no'],
  [/\b(?:más adelante|mais tarde|más tarde|plus tard|più avanti|später)\b/g, 'later'],
  [/\bdos clusters\b/g, 'two clusters'],
  [/\bse tienen que llamar entre sí\b/g, 'have to call each other'],
  [/\b(?:wspominał|wspomniał|wspominała) o\b/g, 'mentioned'],
  [/\bale (honestly|szczerze)\b/g, 'but honestly'],
  [/\b(?:precisamos|necesitamos) de\b/g, 'we need'],
  [/\bsem escrever (?:policy|política|config)(?: nenhuma)?\b/g, 'without writing any policy'],
  [/\b(?:cosa )?scegliereste\b/g, 'what would you choose'],
  // Hinglish: "multi-cluster ka koi plan nahi", "abhi nahi, shayad next year".
  [/\b(?:ka|ki|ke) koi plan (?:nahi|nahin)\b/g, 'is not planned'],
  [/\babhi (?:nahi|nahin)\b/g, 'not now'],
  [/\bshayad\b/g, 'maybe'],
  [/\b(?:already )?handle kar (?:raha|rahi|rahe) hai\b/g, 'already handles it'],
  [/\b(?:nahi|nahin) (?:karni|karna|karne) hai\b/g, 'is not needed'],
  [/\b(?:nahi|nahin) karni\b/g, 'is not needed'],
  [/\bmemory (?:already )?tight hai\b/g, 'memory is already tight'],
  [/\bmigração pela metade\b/g, 'halfway through the migration'],
  [/\bmigración a medias\b/g, 'halfway through the migration'],
  // A need ruled out: "multi-cluster n'est pas nécessaire", "overhead pro pod ist uns egal".
  [/\b(?:n'est pas|ne sont pas) (?:nécessaires?|requis|important)\b/g, 'is not needed'],
  [/\b(?:no es|no son) (?:necesari[oa]s?|importantes?)\b/g, 'is not needed'],
  [/\b(?:não é|não são) (?:necessári[oa]s?|importantes?)\b/g, 'is not needed'],
  [/\b(?:ist|sind) (?:uns |mir )?(?:egal|nicht (?:nötig|notwendig|wichtig))\b/g, 'does not matter'],
  [/\bbrauchen wir nicht\b/g, 'is not needed'],
  [/\b(?:pas besoin d[e'])\s*/g, 'no need for '],
  [/\b(?:no necesitamos|não precisamos(?: de)?)\b/g, 'we do not need'],
  [
    /\b(?:non ci serv(?:e|ono)|no l[oa]s? necesitamos|não (?:os |as )?precisamos|niet nodig|nicht nötig)\b/g,
    'are not needed',
  ],
  [/\b(?:ça |cela )?ne nous intéresse(?:nt)? pas\b/g, "we don't care about it"],
  [/\b(?:a noi )?(?:sinceramente )?non (?:ci )?interessa\b/g, "we don't care about it"],
  [/\bis no (?:topic|thema|tema) (?:for|für|para|per) (?:us|uns|nós|noi)\b/g, 'is not needed'],
  [/\b(?:nahi|nahin) chahiye\b/g, 'is not needed'],
  [/\b(?:ki )?(?:zaroorat|jarurat) (?:nahi|nahin)(?: hai)?\b/g, 'is not needed'],
];

const WORDS: Readonly<Record<string, string>> = {
  // without / only / every
  ohne: 'without',
  sans: 'without',
  sem: 'without',
  bina: 'without',
  nur: 'only',
  só: 'only',
  seulement: 'only',
  apenas: 'only',
  sirf: 'only',
  jeder: 'every',
  jede: 'every',
  jedes: 'every',
  jeden: 'every',
  alle: 'all',
  tous: 'all',
  har: 'every',
  // people and team
  leute: 'people',
  personen: 'people',
  personas: 'people',
  personnes: 'people',
  pessoas: 'people',
  // needs
  verschlüsselung: 'encryption',
  verschlüsselt: 'encrypted',
  cifrado: 'encryption',
  encriptación: 'encryption',
  criptografia: 'encryption',
  criptografía: 'encryption',
  chiffrement: 'encryption',
  chiffré: 'encrypted',
  métriques: 'metrics',
  métricas: 'metrics',
  metriken: 'metrics',
  sofort: 'right away',
  turant: 'right away',
  immédiatement: 'right away',
  inmediatamente: 'right away',
  imediatamente: 'right away',
  ligero: 'lightweight',
  ligeros: 'lightweight',
  ligera: 'lightweight',
  ligeras: 'lightweight',
  leves: 'lightweight',
  légers: 'lightweight',
  léger: 'lightweight',
  leicht: 'lightweight',
  leichtgewichtig: 'lightweight',
  leve: 'lightweight',
  halka: 'lightweight',
  compliqué: 'complicated',
  complicado: 'complicated',
  kompliziert: 'complicated',
  acceso: 'access',
  acesso: 'access',
  zugriff: 'access',
  règles: 'rules',
  reglas: 'rules',
  regras: 'rules',
  regeln: 'rules',
  darf: 'may',
  puede: 'can',
  pode: 'can',
  peut: 'can',
  llamar: 'call',
  chamar: 'call',
  appeler: 'call',
  aufrufen: 'call',
  callen: 'call',
  vers: 'to',
  ausgang: 'exit point',
  sortie: 'exit point',
  salida: 'exit point',
  malla: 'mesh',
  pero: 'but',
  extensiones: 'extensions',
  mallas: 'meshes',
  independientes: 'independent',
  nodos: 'nodes',
  saída: 'exit point',
  // Swedish, Danish, Norwegian, Finnish
  eller: 'or',
  vai: 'or',
  utan: 'without',
  uden: 'without',
  uten: 'without',
  ilman: 'without',
  bara: 'only',
  endast: 'only',
  vain: 'only',
  minne: 'memory',
  minnet: 'memory',
  hukommelse: 'memory',
  hukommelsen: 'memory',
  muisti: 'memory',
  muistia: 'memory',
  muistin: 'memory',
  noderna: 'nodes',
  noderne: 'nodes',
  nodene: 'nodes',
  noder: 'nodes',
  solmut: 'nodes',
  solmuissa: 'nodes',
  nodet: 'nodes',
  latenssi: 'latency',
  viive: 'latency',
  tusindvis: 'thousands',
  tusentals: 'thousands',
  tusenvis: 'thousands',
  tuhansia: 'thousands',
  kluster: 'clusters',
  klustren: 'clusters',
  klynger: 'clusters',
  clustere: 'clusters',
  klusteria: 'clusters',
  klusterit: 'clusters',
  klusteri: 'cluster',
  trafik: 'traffic',
  trafikk: 'traffic',
  liikenne: 'traffic',
  liikenteen: 'traffic',
  tung: 'heavy',
  tunga: 'heavy',
  tunge: 'heavy',
  lätt: 'lightweight',
  lättviktig: 'lightweight',
  lett: 'lightweight',
  kevyt: 'lightweight',
  heti: 'right away',
  direkt: 'right away',
  säännöt: 'rules',
  regler: 'rules',
  regel: 'rule',
  krav: 'requirement',
  kravene: 'requirements',
  kraven: 'requirements',
  kravet: 'requirement',
  vaatimus: 'requirement',
  tjänster: 'services',
  tjenester: 'services',
  palvelua: 'services',
  palveluiden: 'services',
  mellan: 'between',
  mellem: 'between',
  mellom: 'between',
  välille: 'between',
  // Italian, Dutch
  gestire: 'running',
  gestisco: 'i run',
  gestiamo: 'we run',
  beheren: 'running',
  beheer: 'run',
  piattaforma: 'platform',
  platformteam: 'platform team',
  niente: 'no',
  nessuno: 'nobody',
  zonder: 'without',
  migrazione: 'migration',
  migratie: 'migration',
  overstap: 'move',
  metriche: 'metrics',
  latenza: 'latency',
  memoria: 'memory',
  geheugen: 'memory',
  nodi: 'nodes',
  autorizzazione: 'authorization',
  autorisatie: 'authorization',
  traffico: 'traffic',
  verkeer: 'traffic',
  vertragingen: 'delays',
  vertraging: 'delay',
  injecteren: 'inject',
  iniettare: 'inject',
  ritardi: 'delays',
  poi: 'then',
  subito: 'right away',
  meteen: 'right away',
  servizi: 'services',
  requisiti: 'requirements',
  requisito: 'requirement',
  eisen: 'requirements',
  eis: 'requirement',
  leggero: 'lightweight',
  licht: 'lightweight',
  // numbers
  två: 'two',
  fyra: 'four',
  kaksi: 'two',
  kolme: 'three',
  neljä: 'four',
  zwei: 'two',
  drei: 'three',
  deux: 'two',
  trois: 'three',
  tres: 'three',
  tre: 'three',
  quattro: 'four',
  twee: 'two',
  drie: 'three',
  vier: 'four',
  tweeën: 'two',
  tweeen: 'two',
  drieën: 'three',
  drieen: 'three',
  dois: 'two',
  três: 'three',
};

const WORD = /[\p{L}\p{M}]+/gu;

/** The text with the need-carrying words of other languages put into English (unchanged if none). */
export function glossEnglish(normalized: string): string {
  // Chinese, Japanese and Korean (glossary-cjk.ts), Russian and Ukrainian (glossary-cyrillic.ts),
  // Hindi and Thai (glossary-brahmic.ts) first: what they leave is English and Latin script.
  let out = glossCyrillic(glossCjk(glossBrahmic(normalized)));
  // Only the phrases whose required words occur are run (most texts let one or two of the 325
  // through, so the loops look at nothing else); after a replacement the text is looked at again, so
  // that a phrase can still read what an earlier one wrote.
  let may = phraseGuard().possible(out);
  for (let i = 0; i < PHRASES.length; i++) {
    if (!may[i]) continue;
    const [pattern, english] = PHRASES[i] as (typeof PHRASES)[number];
    const next = out.replace(pattern, english);
    if (next === out) continue;
    out = next;
    may = phraseGuard().possible(out);
  }
  // Vietnamese and Indonesian words the phrases above leave (the topics of a how-to above all:
  // "cách bật mTLS", "cara rotasi sertifikat"), in the table's order.
  const viId = viIdGuard().possible(out);
  for (let i = 0; i < VIETNAMESE_INDONESIAN.length; i++) {
    if (!viId[i]) continue;
    const [pattern, english] = VIETNAMESE_INDONESIAN[i] as (typeof VIETNAMESE_INDONESIAN)[number];
    out = out.replace(pattern, english as (match: string, ...groups: string[]) => string);
  }
  // Single words from WORDS; the text is rebuilt only when one occurs (in English text, mostly none).
  let glossed = '';
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(out); m !== null; m = WORD.exec(out)) {
    const w = m[0];
    if (!Object.hasOwn(WORDS, w)) continue;
    glossed += out.slice(last, m.index) + (WORDS[w] as string);
    last = m.index + w.length;
  }
  return last === 0 ? out : glossed + out.slice(last);
}

let phraseGuardBuilt: LiteralGuard | undefined;
/** The guard over the phrases, built on first use like factorGuard() (Matcher.warm() builds both). */
export function phraseGuard(): LiteralGuard {
  phraseGuardBuilt ??= new LiteralGuard(PHRASES.map(([pattern]) => pattern));
  viIdGuard();
  return phraseGuardBuilt;
}

let viIdGuardBuilt: LiteralGuard | undefined;
/** The same over the Vietnamese and Indonesian table (glossary-vi-id.ts); phraseGuard() builds it too. */
function viIdGuard(): LiteralGuard {
  viIdGuardBuilt ??= new LiteralGuard(VIETNAMESE_INDONESIAN.map(([pattern]) => pattern));
  return viIdGuardBuilt;
}

/**
 * Whether a message is written mostly in a script the matcher reads only through the glossary
 * (Chinese, Japanese, Korean, Cyrillic, Devanagari, Thai): a fifth or more of its letters, and at
 * least four. Such a message is read in the glossary's English only (Matcher.inOtherScript).
 */
export function mostlyOtherScript(text: string): boolean {
  return otherScriptOf(text) !== null;
}

/**
 * Which of those scripts a message is mostly written in (as mostlyOtherScript), by the larger of
 * the two families: 'brahmic' (Devanagari, Thai) or 'cjk' (Chinese, Japanese, Korean and Cyrillic).
 * Their glossaries read differently sure (Matcher's answer thresholds for each).
 */
export function otherScriptOf(text: string): 'brahmic' | 'cjk' | null {
  if (!CJK.test(text) && !CYRILLIC.test(text) && !BRAHMIC.test(text)) return null;
  let other = 0;
  let brahmic = 0;
  let letters = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (!OTHER_SCRIPT.test(ch)) continue;
    other++;
    if (BRAHMIC.test(ch)) brahmic++;
  }
  if (!(other >= 4 && other * 5 >= letters)) return null;
  return brahmic * 2 > other ? 'brahmic' : 'cjk';
}
const LETTER = /\p{L}/u;
const OTHER_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Devanagari}\p{Script=Thai}]/u;
