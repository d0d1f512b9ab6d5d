/**
 * Needs and asks written in Russian or Ukrainian around English mesh terms ("нас трое, память на
 * нодах на пределе, мультикластер не нужен. Istio или Linkerd?", "команда з 2 людей, потрібні
 * канаркові релізи"). Like glossary-cjk.ts for Chinese, Japanese and Korean: the words that carry a
 * need, a ruling, a team size, the ask and the common topics are put into English, word for word, for
 * the rules and the ranker, which read English. These languages inflect, so most words are matched
 * by their stem and any ending ("кластер", "кластера", "кластеров", "кластерами"). Words the table
 * lacks are left out. Longer phrases come before the words they contain.
 */

import { glossWith, type Table } from './glossary-cjk.js';

/** A stem (or several) with any ending, as a whole word. */
const stem = (...stems: string[]) => new RegExp(`(?<![\\p{L}'])(?:${stems.join('|')})[\\p{L}']*`, 'gu');
/** Whole words or phrases, as written. */
const word = (...words: string[]) => new RegExp(`(?<![\\p{L}'])(?:${words.join('|')})(?![\\p{L}'])`, 'gu');

const SMALL: Readonly<Record<string, string>> = {
  двое: '2',
  двоє: '2',
  трое: '3',
  троє: '3',
  четверо: '4',
  пятеро: '5',
  "п'ятеро": '5',
};

const TABLE: Table = [
  // The ask.
  [
    word(
      'что (?:бы )?(?:вы |ты )?(?:лучше )?(?:выбрать|выбрали|выбрал|посоветуете|посоветуешь|порекомендуете|порекомендуешь|возьмете|возьмёте|взяли бы)',
      'какой (?:mesh |меш |из них |из двух )?(?:выбрать|лучше|посоветуете|порекомендуете|брать)',
      'посоветуйте',
      'порекомендуйте',
      'подскажите,? что (?:выбрать|лучше)',
      'що (?:б )?(?:ви |ти )?(?:краще )?(?:обрати|обрали|порадите|порадиш|рекомендуєте|візьмете|взяли б)',
      'який (?:mesh |меш |з них |з двох )?(?:обрати|краще|порадите|рекомендуєте|брати)',
      'порадьте',
      'порекомендуйте',
      'підкажіть,? що (?:обрати|краще)',
    ),
    ' which would you recommend? ',
  ],
  [word('или', 'або', 'чи'), ' or '],
  [word('и', 'і', 'та'), ' and '],
  // Who runs it.
  [word('я один', 'я одна', 'только я', 'я сам', 'тільки я', 'лише я', 'я сама'), ' just me '],
  [
    /(?<![\p{L}])нас (\d+|двое|трое|четверо|пятеро|двоє|троє|п'ятеро)(?![\p{L}])/gu,
    (_: string, n: string) => ` ${SMALL[n] ?? n} of us `,
  ],
  [word('двое', 'двоє', 'два человека', 'двое людей', 'дві людини', 'двоє людей'), ' 2 people '],
  [word('трое', 'троє', 'три человека', 'три людини'), ' 3 people '],
  [
    /(\d+)\s*(?:человек[\p{L}]*|людей|люди|людини|осіб|особи|чел\.?|инженер[\p{L}]*|інженер[\p{L}]*)(?![\p{L}])/gu,
    ' $1 people ',
  ],
  [stem('платформенн\\p{L}* команд', 'платформн\\p{L}* команд'), ' platform team '],
  [stem('команд'), ' team '],
  [word('нет опыта', 'без опыта', 'немає досвіду', 'без досвіду', 'нет никакого опыта'), ' no experience '],
  [stem('опыт', 'досвід'), ' experience '],
  [stem('прост', 'проще'), ' simple '],
  [stem('сложн', 'складн'), ' complex '],
  [
    stem('поддержива', 'сопровожд', 'эксплуатац', 'обслужива', 'підтриму', 'обслуговув', 'експлуатаці'),
    ' operate ',
  ],
  // Rulings.
  [
    /(?<![\p{L}])(?:не нужн[\p{L}]*|не нужен|не требуется|не надо|не обязател[\p{L}]*|не потрібн[\p{L}]*|не треба|не обов'язков[\p{L}]*)/gu,
    ' not needed ',
  ],
  [word('не сейчас', 'не зараз'), ' not now '],
  [word('позже', 'потом', 'пізніше', 'потім', 'в будущем', 'в майбутньому'), ' later '],
  [word('в следующем году', 'на следующий год', 'наступного року', 'у наступному році'), ' next year '],
  [word('уже', 'вже'), ' already '],
  // The needs.
  [stem('канареечн', 'канарейк', 'канарк', 'канарков'), ' canary '],
  [stem('релиз', 'реліз', 'выкатк', 'викатк'), ' releases '],
  [stem('маршрутизац', 'маршрутизаці'), ' routing '],
  [stem('заголовк', 'хедер'), ' header '],
  [
    /(?<![\p{L}])(?:внедрени[\p{L}]*|инъекци[\p{L}]*|впровадженн[\p{L}]*|ін'єкці[\p{L}]*) (?:сбо[\p{L}]*|ошиб[\p{L}]*|задерж[\p{L}]*|збо[\p{L}]*|помил[\p{L}]*|затрим[\p{L}]*)/gu,
    ' fault injection ',
  ],
  [stem('зеркалир', 'дзеркал'), ' mirroring '],
  [stem('авторизац', 'авторизаці'), ' authorization '],
  [word('контроль доступа', 'контроль доступу', 'разграничение доступа'), ' access control '],
  [stem('политик', 'політик'), ' policy '],
  [
    stem('по пут', 'по шлях', 'по эндпоинт', 'по ендпоінт', 'для кажд\\p{L}* пут', 'для кожн\\p{L}* шлях'),
    ' per path ',
  ],
  [stem('детальн', 'гранулярн'), ' fine grained '],
  [stem('плагин', 'плагін'), ' plugins '],
  [
    word('единую точку выхода', 'единая точка выхода', 'єдину точку виходу', 'єдина точка виходу'),
    ' one egress point ',
  ],
  [stem('исходящ', 'вихідн'), ' outbound '],
  [stem('шлюз'), ' gateway '],
  [stem('аудит'), ' audit '],
  [stem('внешн', 'зовнішн'), ' external '],
  [
    stem(
      'мультикластер',
      'мультиклас',
      'нескольк\\p{L}* кластер',
      'кільк\\p{L}* кластер',
      'декільк\\p{L}* кластер',
      'между кластер',
      'між кластер',
    ),
    ' multi-cluster ',
  ],
  [stem('кластер'), ' cluster '],
  [stem('отказоустойчив', 'відмовостійк'), ' failover '],
  [stem('без сайдкар', 'без sidecar'), ' no sidecars '],
  [stem('сайдкар'), ' sidecar '],
  [word('без'), ' without '],
  [stem('памят', "пам'ят"), ' memory '],
  [stem('задержк', 'латентн', 'затримк'), ' latency '],
  [stem('накладн\\p{L}* расход', 'накладн\\p{L}* витрат', 'оверхед'), ' overhead '],
  [stem('легковесн', 'легк', 'лёгк'), ' lightweight '],
  [stem('ресурс'), ' resources '],
  [stem('нод', 'узл', 'вузл'), ' nodes '],
  [word('поды', 'подов', 'подах', 'подам', 'подами', 'поди', 'подів'), ' pods '],
  [word('на пределе', 'впритык', 'не хватает', 'не вистачає', 'на межі', 'впритул'), ' tight '],
  [stem('шифрован', 'шифруван'), ' encryption '],
  [stem('метрик'), ' metrics '],
  [word('сразу', 'одразу', 'відразу', 'с первого дня', 'з першого дня'), ' right away '],
  [stem('мониторинг', 'моніторинг'), ' monitoring '],
  [
    word(
      'в процессе миграции',
      'посередине миграции',
      'на полпути',
      'наполовину',
      'в процесі міграції',
      'на півдорозі',
      'наполовину',
    ),
    ' halfway through migration ',
  ],
  [stem('миграц', 'міграці', 'переезд', 'переїзд', 'переходим', 'переходимо'), ' migration '],
  [stem('микросервис', 'мікросервіс', 'сервис', 'сервіс'), ' services '],
  [stem('трафик', 'трафік'), ' traffic '],
  [
    /(?<![\p{L}])(?:куда|куди) (?:деплоить|деплоїти|ставить|ставити|класть|класти|заводить|заводити)(?![\p{L}])/gu,
    ' where should they go ',
  ],
  [word('куда', 'куди'), ' where '],
  [stem('нов'), ' new '],
  // Topics of a how-to or a comparison.
  [word('что такое', 'що таке'), ' what is '],
  [word('как', 'як'), ' how '],
  [stem('настро', 'налашту'), ' configure '],
  [stem('сертификат', 'сертифікат'), ' certificate '],
  [stem('обновлени', 'обновить', 'обновля', 'оновлен', 'оновит', 'апгрейд'), ' upgrade '],
  [stem('установ', 'встанов', 'инсталл'), ' install '],
  [stem('разниц', 'різниц', 'сравн', 'порівн', 'отлича', 'відрізня'), ' compare '],
  [stem('стоимост', 'вартіст'), ' cost '],
  [stem('ошибк', 'помилк'), ' error '],
  [stem('трассировк', 'трасуван'), ' tracing '],
  [stem('ретра', 'повторн'), ' retries '],
  [stem('таймаут', 'тайм-аут'), ' timeout '],
  [stem('балансировк', 'балансуван'), ' load balancing '],
  [stem('ингресс', 'вхідн', 'входящ'), ' ingress '],
  [stem('лицензи', 'ліцензі'), ' license '],
  [word('по умолчанию', 'за замовчуванням'), ' default '],
  [stem('безопасност', 'безпек'), ' security '],
  [stem('производительност', 'продуктивніст'), ' performance '],
  // Topics of a how-to or a question about the projects (session 33, from the i18n dev set's misses).
  [word('что нового', 'що нового'), ' what is new '],
  [stem('верси'), ' version '],
  [stem('свеж', 'последн', 'новейш', 'останн'), ' latest '],
  [stem('компани', 'компані'), ' companies '],
  [stem('сообществ', 'спільнот', 'комьюнити'), ' community '],
  [stem('истори', 'історі'), ' history '],
  [stem('произнос', 'вимовля'), ' pronounce '],
  [stem('взялся', 'взявся', 'появился', "з'явився"), ' origin '],
  [stem('грабл', 'подводн', 'підводн', 'типичн\\p{L}* ошибк', 'типов\\p{L}* помилк'), ' pitfalls '],
  [stem('внедрен', 'впровадж'), ' adopt '],
  [stem('прокси', 'проксі'), ' proxy '],
  [stem('лимит', 'ліміт', 'ограничить rps', 'обмежити rps'), ' rate limiting '],
  [stem('наружу', 'назовні', 'интернет', 'інтернет'), ' internet egress '],
  [stem('разреш', 'дозвол'), ' allow '],
  [stem('домен'), ' domains '],
  [stem('запрет', 'заборон', 'блокир', 'блоку'), ' block '],
  [stem('бюджет'), ' budget '],
  [stem('освоить', 'изучить', 'опанувати', 'вивчити'), ' learn '],
  [word('сколько времени', 'скільки часу'), ' how long '],
  [stem('компонент'), ' components '],
  [word('это что', 'що це', 'что это'), ' what is '],
  [stem('альтернатив', 'переехать', 'переїхати', 'замен', 'замін'), ' alternative switch '],
  [stem('функц', 'функці'), ' features '],
  [stem('оба', 'обидва', 'вместе', 'разом'), ' both together '],
  [stem('соединени', "з'єднанн"), ' connection '],
  [stem('висит', 'висить', 'зависа'), ' hang '],
  [word('раньше приложения', 'раніше застосунку', 'порядок запуска', 'порядок запуску'), ' startup order '],
  [stem('баз\\p{L}* данн', 'баз\\p{L}* дан'), ' database '],
  [stem('очеред', 'черг'), ' queue '],
  [stem('перезапуск'), ' restart '],
  [stem('токен'), ' token '],
  [stem('аутентификац', 'автентифікац'), ' authentication '],
  [stem('нужн', 'нужен', 'надо', 'требуется', 'потрібн', 'треба'), ' need '],
  [word('хотим', 'хочется', 'хочемо', 'хотелось бы', 'хотілося б', 'хочу'), ' want '],
  [word('мы', 'ми', 'нам', 'нас'), ' we '],
];

/** Any Cyrillic letter. */
export const CYRILLIC = /\p{Script=Cyrillic}/u;
const CYRILLIC_WORD = /[\p{Script=Cyrillic}'][\p{Script=Cyrillic}\p{M}']*/gu;

/**
 * The text (normalised: lower case, NFKC) with its Russian or Ukrainian words put into English as
 * glossEnglish() needs them, those the table lacks left out. Unchanged if it has no Cyrillic letter.
 */
export function glossCyrillic(normalized: string): string {
  if (!CYRILLIC.test(normalized)) return normalized;
  return glossWith(normalized.replace(/ё/g, 'е').replace(/[’ʼ]/g, "'"), TABLE, CYRILLIC_WORD);
}
