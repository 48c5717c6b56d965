/**
 * Function words that carry no topic, per language. Negations are kept on purpose (не, нет,
 * ни, без; жоқ, емес; no, not, without): "света нет" and "свет есть" must not look alike.
 * The lists hold normalised forms (lower case, ё → е).
 */

const RU = `а ах бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его ее ей если есть еще же за здесь и из или им их к как ко когда кто ли либо мне мной мы на над нам нас наш наша наше наши него нее ним них но ну о об обо он она они оно от очень по под при про с со так также такой там те тем то того тоже той только том ту у уже хотя чего чем что чтобы чье эта эти это этого этой этом этот я
  меня мой моя мое мои свой своя свое свои себя себе сам сама сами который которая которое которые которых котором
  будет будут был есть может можно нужно просим прошу пожалуйста здравствуйте добрый день уважаемые уважаемый спасибо`;

const KK = `және мен бен пен да де та те ал бірақ немесе не әлде ма ме ба бе па пе мы ми бы би пы пи ғой қой ғана қана тек
  мен сен сіз ол біз сендер сіздер олар менің сенің сіздің оның біздің олардың маған саған сізге оған бізге оларға
  бұл осы сол мына ана әр барлық бәрі өз өзі үшін туралы арқылы сияқты дейін кейін бойынша қарай дегенмен
  еді екен болып болды болады бар сәлеметсіз сәлем рахмет өтінемін`;

const EN = `a an the and or but if of at by for with about against between into through during before after above below to from up down in out on off over under again further then once here there when where why how all any both each few more most other some such only own same so than too very s t can will just should now i me my myself we our ours you your yours he him his she her it its they them their what which who whom this that these those am is are was were be been being have has had having do does did doing would could please hello dear thanks thank`;

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const STOP_WORDS: Readonly<Record<'ru' | 'kk' | 'en', ReadonlySet<string>>> = { ru: set(RU), kk: set(KK), en: set(EN) };

/** Negation words, kept whatever a list says (the lists above hold none of them). */
export const NEGATIONS: ReadonlySet<string> = new Set(['не', 'нет', 'ни', 'без', 'жоқ', 'емес', 'no', 'not', 'without', 'never', 'nothing']);

/** A stop word in any of the three languages (a text can mix them). */
export function isStopWord(word: string): boolean {
  if (NEGATIONS.has(word)) return false;
  return STOP_WORDS.ru.has(word) || STOP_WORDS.kk.has(word) || STOP_WORDS.en.has(word);
}
