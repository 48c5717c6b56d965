import { clockText, localClock } from '../domain/local-time.ts';
import { LOCALE } from '../i18n/numbers.ts';
import type { Lang } from '../domain/types.ts';
import type { KbHit, KbSearch } from '../kb/types.ts';
import { analyze } from '../text/analyzer.ts';
import { detectLanguage } from '../text/language.ts';
import { KAZAKH_LETTERS } from '../text/normalize.ts';
import { pickedOption, recognise, soundsLikeProblem, type Intent } from './intents.ts';
import { kt, type BotKind, type KenesKey } from './messages.ts';

// Kenes's dialogue engine: one citizen message and the conversation's state in, one bot turn and
// the next state out. No database and no clock of its own: the knowledge base, the article texts
// and the problem classifier are passed in, so every channel (the web widget, Telegram, WhatsApp)
// and every test drives the same decisions. The bot never composes prose: a turn's text is a
// catalogue template (src/kenes/messages.ts) or an article's own curated text.

/**
 * How sure the bot must be, on the search's `coverage` (the IDF-weighted share of the question's
 * meaningful words the article holds, comparable across questions) and on the relative margin of
 * the best score over the runner-up's. README "Kenes" says why these values.
 */
export const THRESHOLDS = {
  /** Answer at once: the best article covers at least this much of the question… */
  answerCoverage: 0.8,
  /** …and scores this much (relatively) above the runner-up. */
  answerMargin: 0.25,
  /**
   * …or, when scores are close, the question is this close (Dice over stems) to one of the
   * article's own paraphrases…
   */
  answerParaphrase: 0.6,
  /** …and that much closer than the runner-up's paraphrase. */
  paraphraseLead: 0.2,
  /** Below this coverage an article is not offered at all. */
  clarifyCoverage: 0.45,
  /** Offered as "did you mean" only when scoring at least this share of the best. */
  clarifyShare: 0.35,
  /** Misses in a row before the conversation goes to a person. */
  missesToHandoff: 2,
  /** A classified problem is handed off with its category when the classifier is at least this sure. */
  problemConfidence: 0.3,
} as const;

export type KenesState = {
  /** The language the bot last spoke (a message without letters keeps it). */
  lang: Lang;
  /** Questions in a row the bot found nothing for. */
  misses: number;
  /** Articles offered by the last "did you mean", in order (the citizen answers 1…3). */
  options: number[];
  /** The article last answered (feedback refers to it). */
  lastArticleId: number | null;
  /** The question the options were offered for: "none of these" classifies it, not the refusal. */
  question?: string;
};

export const initialState = (lang: Lang): KenesState => ({ lang, misses: 0, options: [], lastArticleId: null });

export type ArticleText = { articleId: number; key: string; lang: Lang; title: string; body: string };

export type ProblemGuess = { itemId: number; code: string; name: string; confidence: number };

export type EngineDeps = {
  kb: KbSearch;
  /** The published text of an article in a language, or null when it has none. */
  article: (articleId: number, lang: Lang) => Promise<ArticleText | null>;
  /** The most probable catalogue item of a problem described in free text (optional). */
  classify?: (text: string, lang: Lang) => Promise<ProblemGuess | null>;
  now: Date;
};

export type HandoffReason = 'request' | 'misses' | 'problem';

export type Decision = {
  /** The best hits as the bot saw them (for the operators' transcript and for tuning). */
  hits: { articleId: number; key: string; lang: Lang; score: number; coverage: number; paraphrase?: number }[];
  coverage: number;
  margin: number;
};

/** Dice similarity of two texts' stem sets: 1 when they say the same words. */
export function paraphraseSimilarity(a: string, b: string | undefined): number {
  if (!b) return 0;
  const x = new Set(analyze(a).stems);
  const y = new Set(analyze(b).stems);
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const s of x) if (y.has(s)) common++;
  return (2 * common) / (x.size + y.size);
}

export type BotTurn = {
  lang: Lang;
  kind: BotKind;
  /** Which small talk, off-topic subject or hand-off reason. */
  topic?: string;
  /** The whole reply as plain text (for channels without buttons). */
  text: string;
  article?: ArticleText & { url: string; excerpt: string; truncated: boolean };
  options?: { n: number; articleId: number; title: string }[];
  /** Ask 👍/👎 for this turn. */
  askFeedback: boolean;
  handoff?: { reason: HandoffReason; item?: ProblemGuess };
  decision?: Decision;
  /** The message was a question for the knowledge base (counted in the metrics). */
  question: boolean;
  /** …and it was answered with an article. */
  answered: boolean;
  /** Feedback carried by the message itself (a typed 👍). */
  feedback?: 'up' | 'down';
};

export type CitizenInput = {
  text: string;
  /** A button: the hand-off, or the n-th option of the last "did you mean". */
  action?: { kind: 'handoff' } | { kind: 'option'; n: number };
};

export function articleUrl(key: string, lang: Lang): string {
  return `/portal/kb/${encodeURIComponent(key)}?lang=${lang}`;
}

/** The language of one message: a matched phrase's, else detected; too little text keeps the last one. */
export function messageLang(text: string, intent: Intent, previous: Lang): Lang {
  if ('lang' in intent && intent.lang) return intent.lang;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 3) return previous;
  // Cyrillic without Kazakh letters is ambiguous when short: keep Kazakh if that is what we speak.
  if (previous === 'kk' && !KAZAKH_LETTERS.test(text.toLowerCase()) && letters < 25 && /[\u0400-\u04ff]/.test(text)) return 'kk';
  return detectLanguage(text, previous);
}

/**
 * The article's curated text as the bot gives it: its first section (up to the second heading)
 * and at most ~900 characters cut at a paragraph, with the link to the whole article when cut.
 */
export function excerpt(body: string, max = 900): { text: string; truncated: boolean } {
  const lines = body.replace(/\r\n/g, '\n').trim().split('\n');
  let cut = lines.length;
  let headings = 0;
  for (let i = 0; i < lines.length; i++) {
    if (/^#{1,6}\s/.test(lines[i]!)) {
      headings++;
      if (headings === 2 || (headings === 1 && i > 0)) {
        cut = i;
        break;
      }
    }
  }
  let text = lines.slice(0, cut).join('\n').trim();
  let truncated = cut < lines.length;
  if (text.length > max) {
    const paras = text.split(/\n\s*\n/);
    let acc = '';
    for (const p of paras) {
      if (acc && acc.length + p.length + 2 > max) break;
      acc = acc ? `${acc}\n\n${p}` : p;
    }
    // One huge paragraph: cut at the last line break (a list item) that fits.
    if (acc.length > max) acc = acc.slice(0, acc.lastIndexOf('\n', max) > 0 ? acc.lastIndexOf('\n', max) : max);
    text = acc.trim();
    truncated = true;
  }
  return { text, truncated };
}

function timeText(lang: Lang, now: Date): string {
  const d = localClock(now);
  return kt(lang, 'bot.time', { time: clockText(d.getUTCHours() * 60 + d.getUTCMinutes()) });
}

function dateText(lang: Lang, now: Date): string {
  const date = new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(localClock(now));
  return kt(lang, 'bot.date', { date });
}

const simple = (lang: Lang, kind: BotTurn['kind'], key: KenesKey, topic?: string, params?: Record<string, string | number>): BotTurn => ({
  lang,
  kind,
  ...(topic && { topic }),
  text: kt(lang, key, params),
  askFeedback: false,
  question: false,
  answered: false,
});

/** The decision on a list of hits (best first): answer, clarify with ≤ 3 options, or nothing. */
export function decide(hits: KbHit[], query = ''): { verdict: 'answer' | 'clarify' | 'miss'; chosen: KbHit[]; decision: Decision } {
  const [first, second] = hits;
  const coverage = first?.coverage ?? 0;
  const margin = first && second && first.score > 0 ? (first.score - second.score) / first.score : first ? 1 : 0;
  const para = hits.slice(0, 5).map((h) => paraphraseSimilarity(query, h.paraphrase));
  const runnerUpPara = Math.max(0, ...para.slice(1));
  const paraphraseWins = para[0]! >= THRESHOLDS.answerParaphrase && para[0]! - runnerUpPara >= THRESHOLDS.paraphraseLead;
  const decision: Decision = {
    hits: hits.slice(0, 5).map((h, i) => ({ articleId: h.articleId, key: h.key, lang: h.lang, score: round(h.score), coverage: round(h.coverage), ...(para[i] && { paraphrase: round(para[i]) }) })),
    coverage: round(coverage),
    margin: round(margin),
  };
  if (!first || coverage < THRESHOLDS.clarifyCoverage) return { verdict: 'miss', chosen: [], decision };
  const candidates = hits.filter((h) => h.coverage >= THRESHOLDS.clarifyCoverage && h.score >= first.score * THRESHOLDS.clarifyShare).slice(0, 3);
  // The signals disagree: another candidate's own paraphrase is closer to the question than the
  // best-scoring article's. Asking is better than a confident wrong answer.
  const rival = Math.max(0, ...candidates.slice(1).map((h) => para[hits.indexOf(h)] ?? 0));
  const disputed = rival >= THRESHOLDS.answerParaphrase && rival > para[0]!;
  if (coverage >= THRESHOLDS.answerCoverage && !disputed && (margin >= THRESHOLDS.answerMargin || candidates.length === 1 || paraphraseWins)) return { verdict: 'answer', chosen: [first], decision };
  return { verdict: 'clarify', chosen: candidates, decision };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** One turn of the conversation. */
export async function respond(state: KenesState, input: CitizenInput, deps: EngineDeps): Promise<{ turn: BotTurn; state: KenesState }> {
  const intent: Intent = input.action?.kind === 'handoff' ? { kind: 'handoff' } : input.action ? { kind: 'question' } : recognise(input.text);
  const lang = input.action ? state.lang : messageLang(input.text, intent, state.lang);
  const { question: _asked, ...rest } = state;
  const next: KenesState = { ...rest, lang, options: [] };

  // An answer to "did you mean": a button, a number, or "none of these".
  if (state.options.length) {
    const picked = input.action?.kind === 'option' ? input.action.n : intent.kind === 'question' ? pickedOption(input.text, state.options.length) : null;
    if (typeof picked === 'number' && picked >= 1 && picked <= state.options.length) {
      const turn = await answerWith(state.options[picked - 1]!, lang, deps, null);
      if (turn) return { turn, state: { ...next, misses: 0, lastArticleId: turn.article!.articleId } };
    }
    if (picked === 'none') return miss(next, lang, state.question ?? input.text, deps, { hits: [], coverage: 0, margin: 0 });
  }
  if (input.action?.kind === 'option') return { turn: simple(lang, 'empty', 'bot.greeting'), state: next };

  switch (intent.kind) {
    case 'none':
      return { turn: simple(lang, 'empty', 'bot.greeting'), state: next };
    case 'handoff':
      return { turn: { ...simple(lang, 'handoff', 'bot.handoff.request', 'request'), handoff: { reason: 'request' } }, state: next };
    case 'feedback':
      return {
        turn: { ...simple(lang, 'feedback', intent.value === 'up' ? 'bot.feedback_up' : 'bot.feedback_down'), feedback: intent.value },
        state: intent.value === 'down' ? { ...next, misses: state.misses + 1 } : next,
      };
    case 'smalltalk':
      return { turn: simple(lang, 'smalltalk', `bot.${intent.which === 'how_are_you' ? 'how_are_you' : intent.which}`, intent.which), state: next };
    case 'time':
      return { turn: { ...simple(lang, 'time', 'bot.time', 'time'), text: timeText(lang, deps.now) }, state: next };
    case 'date':
      return { turn: { ...simple(lang, 'time', 'bot.date', 'date'), text: dateText(lang, deps.now) }, state: next };
    case 'offtopic':
      return { turn: simple(lang, 'offtopic', `bot.offtopic.${intent.which}`, intent.which), state: next };
    case 'question':
      break;
  }

  // A question for the knowledge base: in the citizen's language first, then in any.
  let replyLang = lang;
  let d = decide(deps.kb.search(input.text, { lang, audience: 'public', limit: 5 }), input.text);
  if (d.verdict === 'miss') {
    const any = deps.kb.search(input.text, { audience: 'public', limit: 5 });
    const da = decide(any, input.text);
    if (da.verdict !== 'miss') {
      d = da;
      // Kazakh typed without its letters reads as Russian; the article it matched tells.
      if (lang === 'ru' && any[0]!.lang === 'kk' && !KAZAKH_LETTERS.test(input.text.toLowerCase())) replyLang = 'kk';
    }
  }
  if (replyLang !== lang) next.lang = replyLang;

  if (d.verdict === 'answer') {
    const turn = await answerWith(d.chosen[0]!.articleId, replyLang, deps, d.decision, d.chosen[0]!.lang);
    if (turn) return { turn: { ...turn, question: true }, state: { ...next, misses: 0, lastArticleId: turn.article!.articleId } };
  }
  if (d.verdict === 'clarify' || d.verdict === 'answer') {
    const options = [];
    for (const h of d.chosen) {
      const a = (await deps.article(h.articleId, replyLang)) ?? { title: h.title };
      options.push({ n: options.length + 1, articleId: h.articleId, title: a.title });
    }
    if (options.length) {
      const lines = options.map((o) => `${o.n}. ${o.title}`).join('\n');
      return {
        turn: {
          lang: replyLang,
          kind: 'clarify',
          text: `${kt(replyLang, 'bot.clarify')}\n${lines}\n0. ${kt(replyLang, 'bot.clarify_none')}`,
          options,
          askFeedback: false,
          decision: d.decision,
          question: true,
          answered: false,
        },
        // A problem the articles may help with is shown them first; "none of these" then hands it off.
        state: { ...next, options: options.map((o) => o.articleId), question: input.text },
      };
    }
  }
  return miss(next, replyLang, input.text, deps, d.decision);
}

async function answerWith(articleId: number, lang: Lang, deps: EngineDeps, decision: Decision | null, fallbackLang?: Lang): Promise<BotTurn | null> {
  const a = (await deps.article(articleId, lang)) ?? (fallbackLang && fallbackLang !== lang ? await deps.article(articleId, fallbackLang) : null) ?? (await deps.article(articleId, 'ru'));
  if (!a) return null;
  const ex = excerpt(a.body);
  const url = articleUrl(a.key, a.lang);
  const text = [a.title, ex.text, kt(lang, 'bot.read_more', { url }), kt(lang, 'bot.ask_feedback')].join('\n\n');
  return {
    lang,
    kind: 'answer',
    text,
    article: { ...a, url, excerpt: ex.text, truncated: ex.truncated },
    askFeedback: true,
    ...(decision && { decision }),
    question: true,
    answered: true,
  };
}

async function problemHandoff(next: KenesState, lang: Lang, text: string, deps: EngineDeps, decision: Decision): Promise<{ turn: BotTurn; state: KenesState } | null> {
  // Both the words of a complaint and a sure classifier: a question it cannot place is not a problem.
  if (!deps.classify || !soundsLikeProblem(text)) return null;
  const guess = await deps.classify(text, lang).catch(() => null);
  if (!guess || guess.confidence < THRESHOLDS.problemConfidence) return null;
  return {
    turn: { ...simple(lang, 'handoff', 'bot.handoff.problem', 'problem', { category: guess.name }), handoff: { reason: 'problem', item: guess }, decision, question: true },
    state: { ...next, misses: 0 },
  };
}

/** Nothing found: a described problem goes to a person with its category; else a miss, the second in a row hands off. */
async function miss(next: KenesState, lang: Lang, text: string, deps: EngineDeps, decision: Decision): Promise<{ turn: BotTurn; state: KenesState }> {
  const problem = await problemHandoff(next, lang, text, deps, decision);
  if (problem) return problem;
  const misses = next.misses + 1;
  if (misses >= THRESHOLDS.missesToHandoff) {
    return { turn: { ...simple(lang, 'handoff', 'bot.handoff.misses', 'misses'), handoff: { reason: 'misses' }, decision, question: true }, state: { ...next, misses: 0 } };
  }
  return { turn: { ...simple(lang, 'miss', 'bot.miss'), decision, question: true }, state: { ...next, misses } };
}
