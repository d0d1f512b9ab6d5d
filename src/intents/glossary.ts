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

import { LiteralGuard } from './literal-guard.js';

const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
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
  saída: 'exit point',
  // numbers
  zwei: 'two',
  drei: 'three',
  deux: 'two',
  trois: 'three',
  tres: 'three',
  dois: 'two',
  três: 'three',
};

const WORD = /[\p{L}\p{M}]+/gu;

/** The text with the need-carrying words of other languages put into English (unchanged if none). */
export function glossEnglish(normalized: string): string {
  let out = normalized;
  // Only the phrases whose required words occur are run; after a replacement the text is looked at
  // again, so that a phrase can still read what an earlier one wrote.
  let may = PHRASE_GUARD.possible(out);
  PHRASES.forEach(([pattern, english], i) => {
    if (!may[i]) return;
    const next = out.replace(pattern, english);
    if (next === out) return;
    out = next;
    may = PHRASE_GUARD.possible(out);
  });
  return out.replace(WORD, (w) => (Object.hasOwn(WORDS, w) ? (WORDS[w] as string) : w));
}

const PHRASE_GUARD = new LiteralGuard(PHRASES.map(([pattern]) => pattern));
