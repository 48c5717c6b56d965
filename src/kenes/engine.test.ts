import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../domain/types.ts';
import { demoKb } from './demo-kb.test-helper.ts';
import { decide, excerpt, initialState, respond, type EngineDeps, type KenesState, type ProblemGuess } from './engine.ts';
import { loose, pickedOption, recognise, soundsLikeProblem } from './intents.ts';
import { kt } from './messages.ts';

// Dialogue tests against the demo city's real knowledge base (src/demo/kb), searched by the
// same engine as in production (src/kb/search.ts).

let deps: EngineDeps;
let idOf: (key: string) => number;
let bodyOf: (key: string, lang: Lang) => string;

beforeAll(async () => {
  const demo = await demoKb();
  idOf = demo.idOf;
  bodyOf = (key, lang) => demo.docs.find((d) => d.key === key && d.lang === lang)!.body;
  // 15:00 in Astana (UTC+5) on Monday 2 March 2026.
  deps = { kb: demo.kb, article: demo.article, now: new Date('2026-03-02T10:00:00Z') };
});

/** Runs a dialogue: each message in turn, the state carried over. */
async function talk(messages: (string | { text: string; option?: number; handoff?: true })[], opts: { lang?: Lang; classify?: EngineDeps['classify'] } = {}) {
  let state: KenesState = initialState(opts.lang ?? 'ru');
  const turns = [];
  for (const m of messages) {
    const input = typeof m === 'string' ? { text: m } : { text: m.text, ...(m.option ? { action: { kind: 'option' as const, n: m.option } } : m.handoff ? { action: { kind: 'handoff' as const } } : {}) };
    const r = await respond(state, input, { ...deps, ...(opts.classify && { classify: opts.classify }) });
    turns.push(r.turn);
    state = r.state;
  }
  return { turns, state, last: turns[turns.length - 1]! };
}

describe('Kenes answers from the knowledge base', () => {
  it('answers a clear question with the article’s own text, a link to it and a request for 👍/👎', async () => {
    const { last, state } = await talk(['Как получить справку о месте жительства?']);
    expect(last.kind).toBe('answer');
    expect(last.lang).toBe('ru');
    expect(last.article!.key).toBe('address-certificate-egov');
    expect(last.askFeedback).toBe(true);
    expect(last.question && last.answered).toBe(true);
    // Only curated text: the excerpt is the start of the article's body, word for word.
    expect(bodyOf('address-certificate-egov', 'ru').startsWith(last.article!.excerpt.slice(0, 200))).toBe(true);
    expect(last.text).toContain(last.article!.title);
    expect(last.text).toContain('/portal/kb/address-certificate-egov?lang=ru');
    expect(last.decision!.coverage).toBeGreaterThanOrEqual(0.8);
    expect(state.lastArticleId).toBe(idOf('address-certificate-egov'));
  });

  it('answers in Kazakh, also typed without Kazakh letters', async () => {
    for (const q of ['Мекенжай анықтамасын қайдан аламын?', 'мекенжай аныктамасын кайдан аламын', 'лифт истемейди']) {
      const { last } = await talk([q], { lang: 'ru' });
      expect(last.kind, q).toBe('answer');
      expect(last.lang, q).toBe('kk');
      expect(last.article!.lang).toBe('kk');
      expect(last.text).toContain(kt('kk', 'bot.ask_feedback'));
    }
    expect((await talk(['лифт истемейди'], { lang: 'ru' })).last.article!.key).toBe('lift-breakdown');
  });

  it('a greeting in front of a question does not hide the question', async () => {
    const { last } = await talk(['Здравствуйте, как оформить АСП?']);
    expect(last.kind).toBe('answer');
    expect(last.article!.key).toBe('targeted-social-assistance');
  });
});

describe('Kenes asks "did you mean" when unsure', () => {
  it('offers up to three articles when two are equally good, and the citizen picks one by number', async () => {
    const { turns, last } = await talk(['когда отключат горячую воду', '2']);
    const clarify = turns[0]!;
    expect(clarify.kind).toBe('clarify');
    expect(clarify.options!.length).toBeGreaterThanOrEqual(2);
    expect(clarify.options!.length).toBeLessThanOrEqual(3);
    expect(clarify.options!.map((o) => o.articleId)).toEqual(expect.arrayContaining([idOf('no-hot-water'), idOf('hot-water-summer-shutdown')]));
    expect(clarify.decision!.margin).toBeLessThan(0.25);
    expect(clarify.text).toContain(`1. ${clarify.options![0]!.title}`);
    expect(last.kind).toBe('answer');
    expect(last.article!.articleId).toBe(clarify.options![1]!.articleId);
  });

  it('and by a button', async () => {
    const { turns, last } = await talk(['когда отключат горячую воду', { text: 'x', option: 1 }]);
    expect(last.kind).toBe('answer');
    expect(last.article!.articleId).toBe(turns[0]!.options![0]!.articleId);
  });

  it('"none of these" is a miss', async () => {
    const { last, state } = await talk(['когда отключат горячую воду', 'ничего из этого']);
    expect(last.kind).toBe('miss');
    expect(state.misses).toBe(1);
  });

  it('asks when the best-scoring article is not the one whose own paraphrase the question repeats', () => {
    const hit = (articleId: number, score: number, paraphrase: string) => ({ articleId, key: `a${articleId}`, lang: 'en' as const, title: `Article ${articleId}`, audience: 'public' as const, score, coverage: 1, snippet: '', paraphrase });
    const question = 'how do I register a newborn baby';
    // Clear lead in score (margin 0.3), but the runner-up was written for this very question.
    const hits = [hit(1, 10, 'register a newborn at the polyclinic'), hit(2, 7, 'how do I register a newborn baby'), hit(3, 2, 'bus routes')];
    const disputed = decide(hits, question);
    expect(disputed.verdict).toBe('clarify');
    expect(disputed.chosen.map((h) => h.articleId)).toEqual([1, 2]);
    // The same scores without the rival paraphrase: answered.
    const clear = decide([hits[0]!, { ...hits[1]!, paraphrase: 'polyclinic opening hours' }, hits[2]!], question);
    expect(clear.verdict).toBe('answer');
    expect(clear.chosen.map((h) => h.articleId)).toEqual([1]);
  });
});

describe('Kenes hands off to a person', () => {
  const requests: [string, Lang][] = [
    ['оператор', 'ru'],
    ['Позовите живого человека', 'ru'],
    ['аператор пожалуйста', 'ru'],
    ['соедините с оператором', 'ru'],
    ['адаммен сөйлескім келеді', 'kk'],
    ['адаммен сойлескым келеди', 'kk'],
    ['операторға қосыңыз', 'kk'],
    ['human', 'en'],
    ['I want to talk to a person', 'en'],
    ['operater please', 'en'],
  ];
  it.each(requests)('on request: %s', async (text, lang) => {
    const { last } = await talk([text], { lang: 'ru' });
    expect(last.kind).toBe('handoff');
    expect(last.handoff).toEqual({ reason: 'request' });
    expect(last.lang).toBe(lang);
    expect(last.text).toBe(kt(lang, 'bot.handoff.request'));
  });

  it('by the button', async () => {
    const { last } = await talk([{ text: 'Связаться с оператором', handoff: true }]);
    expect(last.handoff).toEqual({ reason: 'request' });
  });

  it('after two misses in a row', async () => {
    const { turns } = await talk(['квантовая хромодинамика глюонов', 'синхрофазотрон кварков']);
    expect(turns[0]!.kind).toBe('miss');
    expect(turns[0]!.text).toBe(kt('ru', 'bot.miss'));
    expect(turns[1]!.kind).toBe('handoff');
    expect(turns[1]!.handoff).toEqual({ reason: 'misses' });
  });

  it('an answer in between resets the count', async () => {
    const { turns } = await talk(['квантовая хромодинамика глюонов', 'как оформить асп', 'синхрофазотрон кварков']);
    expect(turns.map((t) => t.kind)).toEqual(['answer', 'answer', 'miss'].map((k, i) => (i === 0 ? 'miss' : k)));
  });

  it('a described problem goes to a person with its category', async () => {
    const guess: ProblemGuess = { itemId: 7, code: 'S04.C03.I001', name: 'Детская площадка', confidence: 0.83 };
    // A knowledge base with nothing on it (the demo's keeps growing: a swing has an article now).
    const empty = { search: () => [], put: () => undefined, remove: () => undefined, size: 0 };
    const r = await respond(initialState('ru'), { text: 'во дворе сломали качели, дети могут пораниться' }, { ...deps, kb: empty, classify: async () => guess });
    const last = r.turn;
    expect(last.kind).toBe('handoff');
    expect(last.handoff).toEqual({ reason: 'problem', item: guess });
    expect(last.text).toBe(kt('ru', 'bot.handoff.problem', { category: 'Детская площадка' }));
  });

  it('a problem the articles may cover is shown them first; "none of these" hands it off with its category', async () => {
    const asked: string[] = [];
    const guess: ProblemGuess = { itemId: 9, code: 'S09.C01.I001', name: 'Уличное освещение', confidence: 0.7 };
    // Two equally good articles, whatever is asked: the bot must ask which.
    const hit = (articleId: number, score: number) => ({ articleId, key: `a${articleId}`, lang: 'ru' as const, title: `Статья ${articleId}`, audience: 'public' as const, score, coverage: 1, snippet: '' });
    const kb = { search: () => [hit(1, 10), hit(2, 9.8)], put: () => undefined, remove: () => undefined, size: 2 };
    const article = async (id: number) => ({ articleId: id, key: `a${id}`, lang: 'ru' as const, title: `Статья ${id}`, body: 'Текст.' });
    const classify = async (text: string) => {
      asked.push(text);
      return guess;
    };
    const problem = 'во дворе не горят фонари';
    const first = await respond(initialState('ru'), { text: problem }, { ...deps, kb, article, classify });
    expect(first.turn.kind).toBe('clarify');
    expect(asked).toEqual([]);
    const second = await respond(first.state, { text: 'ничего из этого' }, { ...deps, kb, article, classify });
    expect(second.turn.handoff).toEqual({ reason: 'problem', item: guess });
    expect(asked).toEqual([problem]);
  });

  it('an unsure classifier is not enough', async () => {
    const { last } = await talk(['квантовая хромодинамика глюонов'], { classify: async () => ({ itemId: 7, code: 'x', name: 'x', confidence: 0.2 }) });
    expect(last.kind).toBe('miss');
  });
});

describe('Kenes small talk and off-topic questions', () => {
  it.each([
    ['Здравствуйте!', 'ru', 'bot.greeting'],
    ['Сәлеметсіз бе', 'kk', 'bot.greeting'],
    ['салем', 'kk', 'bot.greeting'],
    ['Hi there', 'en', 'bot.greeting'],
    ['спасибо большое', 'ru', 'bot.thanks'],
    ['рахмет', 'kk', 'bot.thanks'],
    ['пока', 'ru', 'bot.bye'],
    ['ты бот?', 'ru', 'bot.who'],
  ] as const)('%s', async (text, lang, key) => {
    const { last } = await talk([text], { lang: 'ru' });
    expect(last.kind).toBe('smalltalk');
    expect(last.lang).toBe(lang);
    expect(last.text).toBe(kt(lang, key));
    expect(last.question).toBe(false);
  });

  it('tells the time and the date in Astana', async () => {
    expect((await talk(['Который час?'])).last.text).toBe(kt('ru', 'bot.time', { time: '15:00' }));
    expect((await talk(['Сағат неше?'])).last.text).toBe(kt('kk', 'bot.time', { time: '15:00' }));
    expect((await talk(['what time is it'])).last.text).toBe(kt('en', 'bot.time', { time: '15:00' }));
    const date = (await talk(['какое сегодня число'])).last;
    expect(date.kind).toBe('time');
    expect(date.text).toMatch(/2 марта 2026/);
  });

  it('"how long does it take" is a question, not the time', async () => {
    expect(recognise('сколько времени занимает оформление паспорта').kind).toBe('question');
  });

  it.each([
    ['Как перевести деньги с карты на карту?', 'ru', 'bank'],
    ['картадан картаға ақша аудару', 'kk', 'bank'],
    ['how to transfer money between cards', 'en', 'bank'],
    ['какая завтра погода', 'ru', 'weather'],
    ['как пополнить баланс телефона', 'ru', 'telecom'],
    ['расскажи анекдот', 'ru', 'other'],
    ['в подъезде пахнет газом', 'ru', 'emergency'],
  ] as const)('points elsewhere, politely: %s', async (text, lang, topic) => {
    const { last } = await talk([text], { lang: 'ru' });
    expect(last.kind).toBe('offtopic');
    expect(last.topic).toBe(topic);
    expect(last.lang).toBe(lang);
    expect(last.text).toBe(kt(lang, `bot.offtopic.${topic}`));
    expect(last.handoff).toBeUndefined();
  });
});

describe('Kenes speaks the citizen’s language', () => {
  it('switches language mid-conversation, message by message', async () => {
    const { turns } = await talk(['Как получить справку о месте жительства?', 'АӘК қалай алуға болады?', 'How do I get an EDS?', 'спасибо']);
    expect(turns.map((t) => t.lang)).toEqual(['ru', 'kk', 'en', 'ru']);
    expect(turns.slice(0, 3).map((t) => t.article?.lang)).toEqual(['ru', 'kk', 'en']);
    expect(turns.slice(0, 3).map((t) => t.article?.key)).toEqual(['address-certificate-egov', 'targeted-social-assistance', 'eds-get-new']);
  });

  it('a message without words keeps the language', async () => {
    const { turns } = await talk(['Сәлем', '👍'], { lang: 'ru' });
    expect(turns[1]!.lang).toBe('kk');
  });
});

describe('Kenes feedback', () => {
  it('a typed 👍 or 👎 is feedback; 👎 counts towards the hand-off', async () => {
    const { turns, state } = await talk(['как оформить асп', '👎']);
    expect(turns[1]!.kind).toBe('feedback');
    expect(turns[1]!.feedback).toBe('down');
    expect(turns[1]!.text).toBe(kt('ru', 'bot.feedback_down'));
    expect(state.misses).toBe(1);
    const next = await talk(['как оформить асп', '👎', 'квантовая хромодинамика глюонов']);
    expect(next.last.handoff).toEqual({ reason: 'misses' });
  });
});

describe('Kenes text helpers', () => {
  it('an answer is the article’s first section, cut at a paragraph', () => {
    const body = 'Intro para.\n\n1. step\n2. step\n\n## Details\n\nMore.';
    expect(excerpt(body)).toEqual({ text: 'Intro para.\n\n1. step\n2. step', truncated: true });
    expect(excerpt('Short.')).toEqual({ text: 'Short.', truncated: false });
    const long = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} ${'x'.repeat(60)}`).join('\n\n');
    const ex = excerpt(long);
    expect(ex.truncated).toBe(true);
    expect(ex.text.length).toBeLessThanOrEqual(900);
    expect(long.startsWith(ex.text)).toBe(true);
  });

  it('options are picked by number, ordinal or refused', () => {
    expect(pickedOption('2', 3)).toBe(2);
    expect(pickedOption('№ 3', 3)).toBe(3);
    expect(pickedOption('4', 3)).toBe(null);
    expect(pickedOption('второй', 3)).toBe(2);
    expect(pickedOption('жоқ', 3)).toBe('none');
    expect(pickedOption('0', 3)).toBe('none');
    expect(pickedOption(kt('kk', 'bot.clarify_none'), 3)).toBe('none');
  });

  it('the words of a complaint', () => {
    expect(soundsLikeProblem('у нас во дворе неделю не горят фонари')).toBe(true);
    expect(soundsLikeProblem('Аулада шам жанбайды')).toBe(true);
    expect(soundsLikeProblem('the street light is broken')).toBe(true);
    expect(soundsLikeProblem('как получить справку')).toBe(false);
  });

  it('loose matching folds Kazakh letters and punctuation', () => {
    expect(loose('Адаммен сөйлескім келеді!')).toBe(loose('адаммен сойлескым келеди'));
  });
});
