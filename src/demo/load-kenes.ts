import { sql } from 'drizzle-orm';
import { closeConversation, giveFeedback, operatorReply, postCitizenMessage, startConversation, takeConversation, type KenesCtx, type KenesDeps } from '../app/kenes.ts';
import { loadKbDocs } from '../app/kb-index.ts';
import { DAY_MS, localClock, localDay, localDayStart } from '../domain/local-time.ts';
import type { Actor } from '../domain/policy.ts';
import type { Lang } from '../domain/types.ts';
import { createKbSearch } from '../kb/search.ts';
import type { KbDoc } from '../kb/types.ts';
import { mulberry32, pick } from './people-data.ts';

// The demo city's chatbot history: the last weeks' conversations with Kenes, each message sent
// through the same functions as the widget's API at its own moment, so every figure (the staff's
// Kenes metrics, the wallboard's panel) and every transcript in the operators' chat queue is what
// the real dialogue made of it. Citizens write the articles' own paraphrases (the questions the
// editors collected), greet, thank, vote, ask for a person, or ask what the knowledge base does not
// cover; operators take the hand-offs, answer and close them — except the last hours' ones, which
// wait in the queue.

const MINUTE = 60_000;
/** Hand-offs of the last hours are left waiting for the operators to take. */
const WAITING_HOURS = 3;

type Script = { text: string; then?: 'vote' | 'pick' }[];

const GREETING: Record<Lang, string[]> = { ru: ['Здравствуйте', 'Добрый день'], kk: ['Сәлеметсіз бе', 'Қайырлы күн'], en: ['Hello', 'Hi'] };
const THANKS: Record<Lang, string[]> = { ru: ['спасибо', 'Спасибо большое!'], kk: ['рахмет', 'Көп рахмет!'], en: ['thanks', 'Thank you!'] };
const PERSON: Record<Lang, string[]> = { ru: ['оператор', 'соедините с живым человеком'], kk: ['адаммен сөйлескім келеді', 'оператор керек'], en: ['human', 'talk to a person'] };
// What a city's knowledge base does not answer: the bot misses twice and hands over.
const UNKNOWN: Record<Lang, string[]> = {
  ru: ['во сколько завтра футбол на центральном стадионе', 'где купить билет на поезд до Астаны', 'сколько стоит аренда двушки в центре', 'какой хороший автосервис рядом с рынком'],
  kk: ['ертең орталық стадионда футбол қашан басталады', 'Астанаға пойыз билетін қайдан аламын', 'базар маңында жақсы автосервис бар ма'],
  en: ['where to buy train tickets to Astana', 'good car repair near the market', 'best restaurant in the city centre'],
};
const OPERATOR_REPLY: Record<Lang, string[]> = {
  ru: ['Здравствуйте! Подскажите, пожалуйста, ваш адрес и номер телефона — я зарегистрирую обращение.', 'Здравствуйте! По вашему вопросу лучше обратиться в ЦОН: там примут документы. Могу ещё чем-то помочь?'],
  kk: ['Сәлеметсіз бе! Мекенжайыңыз бен телефон нөміріңізді жазыңызшы — өтінішті тіркеймін.', 'Сәлеметсіз бе! Бұл сұрақ бойынша ХҚКО-ға жүгінген дұрыс. Тағы көмек керек пе?'],
  en: ['Hello! Please tell me your address and phone number and I will register an appeal.', 'Hello! For this question the Public Service Centre (ЦОН) is the right place. Anything else I can help with?'],
};

function script(rand: () => number, lang: Lang, paraphrase: () => string): Script {
  const x = rand();
  if (x < 0.55) {
    const s: Script = [{ text: paraphrase(), then: 'vote' }];
    if (rand() < 0.2) s.push({ text: paraphrase(), then: 'vote' });
    if (rand() < 0.3) s.push({ text: pick(rand, THANKS[lang]) });
    return s;
  }
  if (x < 0.7) return [{ text: pick(rand, GREETING[lang]) }, { text: paraphrase(), then: 'vote' }];
  if (x < 0.82) return [{ text: paraphrase(), then: 'pick' }, { text: pick(rand, PERSON[lang]) }];
  if (x < 0.92) return [{ text: pick(rand, UNKNOWN[lang]) }, { text: pick(rand, UNKNOWN[lang]) }];
  return [{ text: pick(rand, GREETING[lang]) }, { text: pick(rand, THANKS[lang]) }];
}

/**
 * Conversations of the `days` days up to `now` (about `perDay` a day, fewer at weekends), in
 * Russian, Kazakh and English. Deterministic for a given `now` and `seed`. Returns how many.
 */
export async function loadDemoKenes(ctx: { db: KenesCtx['db'] }, opts: { now: Date; operators: Actor[]; days?: number; perDay?: number; seed?: number }): Promise<number> {
  if (!opts.operators.length) return 0;
  const rand = mulberry32(opts.seed ?? 1414);
  const docs = (await loadKbDocs(ctx.db)).filter((d) => d.audience === 'public');
  if (!docs.length) return 0;
  const byArticle = new Map<string, KbDoc>(docs.map((d) => [`${d.articleId}:${d.lang}`, d]));
  const deps: KenesDeps = {
    kb: createKbSearch(docs),
    article: async (id, lang) => {
      const d = byArticle.get(`${id}:${lang}`);
      return d ? { articleId: d.articleId, key: d.key, lang: d.lang, title: d.title, body: d.body } : null;
    },
  };
  const asked: Record<Lang, string[]> = { ru: [], kk: [], en: [] };
  for (const d of docs) asked[d.lang].push(...d.paraphrases);

  let count = 0;
  let waiting = 0;
  /** One conversation from `start`: the citizen's steps, then the operators' side of a hand-off. */
  const converse = async (start: number, lang: Lang, steps: Script): Promise<void> => {
    let at = start;
    const at$ = (): KenesCtx => ({ db: ctx.db, now: () => new Date(at) });
    const channel = rand() < 0.8 ? 'web' : 'mobile_app';
    const { id, token } = await startConversation(at$(), { lang, channel });
    count++;
    let handedOff = false;
    for (const step of steps) {
      at += (0.3 + rand() * 1.5) * MINUTE;
      const view = await postCitizenMessage(at$(), deps, token, { text: step.text, clientId: `demo-${count}-${at}` });
      const reply = view.messages[view.messages.length - 1];
      if (view.status !== 'bot') {
        handedOff = true;
        break;
      }
      if (!reply || reply.role !== 'bot') continue;
      if (reply.kind === 'answer' && step.then === 'vote' && rand() < 0.55) {
        at += (0.2 + rand()) * MINUTE;
        await giveFeedback(at$(), token, { seq: reply.seq, value: rand() < 0.82 ? 'up' : 'down' });
      } else if (reply.kind === 'clarify' && step.then !== undefined && rand() < 0.7) {
        at += (0.2 + rand()) * MINUTE;
        await postCitizenMessage(at$(), deps, token, { text: '1', clientId: `demo-${count}-${at}` });
      }
    }
    if (!handedOff) return;
    if (at >= opts.now.getTime() - WAITING_HOURS * 60 * MINUTE) {
      waiting++;
      return;
    }
    // Taken within minutes, answered, closed.
    const operator = pick(rand, opts.operators);
    const as = () => ({ ...at$(), actor: operator });
    at += (1 + rand() * 12) * MINUTE;
    await takeConversation(as(), id);
    at += (0.5 + rand() * 2) * MINUTE;
    await operatorReply(as(), id, { text: pick(rand, OPERATOR_REPLY[lang]), clientId: `demo-op-${count}` });
    at += (3 + rand() * 10) * MINUTE;
    await closeConversation(as(), id);
  };
  const language = (): Lang => (rand() < 0.6 ? 'ru' : rand() < 0.85 ? 'kk' : 'en');

  const days = opts.days ?? 21;
  const today = localDay(opts.now);
  for (let back = days - 1; back >= 0; back--) {
    const dayStart = localDayStart(today).getTime() - back * DAY_MS;
    const weekday = localClock(new Date(dayStart)).getUTCDay();
    const n = Math.round((opts.perDay ?? 10) * (weekday === 0 || weekday === 6 ? 0.6 : 1) * (0.7 + rand() * 0.6));
    const starts = Array.from({ length: n }, () => dayStart + (8 + rand() * 14) * 60 * MINUTE).sort((a, b) => a - b);
    for (const start of starts) {
      if (start > opts.now.getTime() - 10 * MINUTE) break;
      const lang = language();
      await converse(start, lang, script(rand, lang, () => pick(rand, asked[lang])));
    }
  }
  // Someone always waits for an operator in the demo's queue: the last hour's requests for a person.
  for (const minutesAgo of [50, 20].slice(0, Math.max(0, 2 - waiting))) {
    const lang = language();
    await converse(opts.now.getTime() - minutesAgo * MINUTE, lang, [{ text: pick(rand, asked[lang]) }, { text: pick(rand, PERSON[lang]) }]);
  }
  await ctx.db.execute(sql`analyze kenes_conversations`);
  return count;
}
