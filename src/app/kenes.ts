import { createHash, randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gt, gte, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Conn, Db } from '../db/client.ts';
import { retryOnConflict } from '../db/client.ts';
import { appeals, catalogue, kenesConversations, kenesMessages, kenesStatsDay, users } from '../db/schema.ts';
import { AppError, notFound } from '../domain/errors.ts';
import type { Actor } from '../domain/policy.ts';
import type { KenesCounters } from '../domain/rating.ts';
import { LANGS, type Lang } from '../domain/types.ts';
import { articleUrl, initialState, respond, type BotTurn, type CitizenInput, type EngineDeps, type KenesState } from '../kenes/engine.ts';
import { LOCALE } from '../i18n/numbers.ts';
import { kt } from '../kenes/messages.ts';
import { renderMarkdown } from '../kb/markdown.ts';
import type { ActorCtx, Ctx } from './context.ts';
import { findByIdempotencyKey, phoneSchema, registerAppeal } from './register-appeal.ts';
import { dbId } from './schemas.ts';
import { trackingCode, trackingSecret } from './tracking.ts';
import type { WorkingCalendar } from '../domain/calendar.ts';
import { clockText, DAY_MS, localClock, localDay } from '../domain/local-time.ts';
import { nextOpening, type OperatorHours } from '../domain/operator-hours.ts';
import { monthStart } from './wallboard.ts';

// Kenes's conversations: the citizens' side (by token, no account), the operators' queue, and
// the metrics. Every change to a conversation, its messages and the day's counters is one
// transaction, so the counters always equal a recount (kenesRecount) and the wallboard reads
// them without a scan. The bot's decisions come from the pure engine in src/kenes.

export type ConversationStatus = 'bot' | 'waiting' | 'operator' | 'closed';
export type KenesDeps = Omit<EngineDeps, 'now'> & {
  /** When operators answer hand-offs (KENES_OPERATOR_HOURS) and the calendar of working days; absent: round the clock. */
  operatorHours?: { hours: OperatorHours; calendar: () => Promise<Pick<WorkingCalendar, 'isWorkingDay'>> };
};

/** Said after a hand-off outside the operators' hours: their hours and when one will answer. */
export async function afterHoursNote(deps: KenesDeps, lang: Lang, now: Date): Promise<string | null> {
  const oh = deps.operatorHours;
  if (!oh || oh.hours.kind === 'always') return null;
  const opens = nextOpening(oh.hours, now, await oh.calendar());
  if (!opens) return null;
  const when = new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(localClock(opens));
  const hours = kt(lang, oh.hours.workdaysOnly ? 'bot.hours.workdays' : 'bot.hours.daily', { from: clockText(oh.hours.from), to: clockText(oh.hours.to) });
  return kt(lang, 'bot.after_hours', { hours, opens: when });
}

/** What the conversation's steps need: the database and the clock (the demo replays them at past moments). */
export type KenesCtx = Pick<Ctx, 'db' | 'now'>;
export type KenesActorCtx = KenesCtx & Pick<ActorCtx, 'actor'>;

type ConvRow = typeof kenesConversations.$inferSelect;
type MsgRow = typeof kenesMessages.$inferSelect;

const QUEUE_ROLES = new Set(['operator', 'inspector', 'admin']);
const METRIC_ROLES = new Set(['operator', 'inspector', 'admin', 'supervisor', 'analyst']);

export function assertQueueRole(actor: Actor): void {
  if (!QUEUE_ROLES.has(actor.role)) throw new AppError('FORBIDDEN_ROLE');
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// --- inputs -------------------------------------------------------------------------------

export const startInput = z.object({ lang: z.enum(LANGS).default('ru'), channel: z.enum(['web', 'telegram', 'whatsapp', 'mobile_app']).default('web') }).strict();

export const messageInput = z
  .object({
    text: z.string().trim().min(1).max(2_000),
    /** The sender's own id of this message: a retry with it returns the first reply. */
    clientId: z.string().trim().min(1).max(100),
    /** A button: `handoff`, or `option` with its number (1…3) from the last "did you mean". */
    action: z.enum(['handoff', 'option']).optional(),
    option: z.number().int().min(1).max(3).optional(),
  })
  .strict()
  .refine((v) => (v.action === 'option') === (v.option !== undefined), { message: 'option_with_action', path: ['option'] });

export const feedbackInput = z.object({ seq: dbId, value: z.enum(['up', 'down']) }).strict();

export const operatorReplyInput = z.object({ text: z.string().trim().min(1).max(4_000), clientId: z.string().trim().min(1).max(100) }).strict();

export const appealFromChatInput = z
  .object({
    description: z.string().trim().min(10).max(5_000),
    catalogueItemId: dbId.optional(),
    catalogueCode: z.string().trim().min(1).max(64).optional(),
    address: z.string().trim().min(3).max(300).optional(),
    citizen: z.object({ fullName: z.string().trim().min(1).max(200).optional(), phone: phoneSchema.optional() }).strict().optional(),
  })
  .strict();

// --- views --------------------------------------------------------------------------------

export type MessageView = {
  seq: number;
  role: 'citizen' | 'bot' | 'operator';
  text: string;
  lang: Lang | null;
  kind: string | null;
  at: string;
  article?: { articleId: number; key: string; title: string; html: string; url: string; truncated: boolean };
  options?: { n: number; articleId: number; title: string }[];
  askFeedback?: boolean;
  feedback?: 'up' | 'down' | null;
};

/** What the citizen sees of one message: the bot's decision scores and staff ids stay inside. */
function citizenMessage(m: MsgRow): MessageView {
  const d = (m.data ?? {}) as { article?: MessageView['article'] & { excerpt?: string }; options?: MessageView['options']; askFeedback?: boolean };
  return {
    seq: m.seq,
    role: m.role as MessageView['role'],
    text: m.text,
    lang: (m.lang as Lang | null) ?? null,
    kind: m.kind,
    at: m.createdAt.toISOString(),
    ...(d.article && { article: { articleId: d.article.articleId, key: d.article.key, title: d.article.title, html: renderMarkdown(d.article.excerpt ?? ''), url: d.article.url, truncated: !!d.article.truncated } }),
    ...(d.options && { options: d.options }),
    ...(d.askFeedback && { askFeedback: true, feedback: (m.feedback as 'up' | 'down' | null) ?? null }),
  };
}

export type ConversationView = { status: ConversationStatus; lang: Lang; messages: MessageView[]; appealNumber: string | null };

// --- counters -----------------------------------------------------------------------------

type Delta = Partial<Record<'conversations' | 'questions' | 'answered' | 'handedOff' | 'deflected' | 'thumbsUp' | 'thumbsDown', number>>;

/** Adds to a day's counters (one row per day and connection shard: no hot row). */
async function bump(tx: Conn, day: string, delta: Delta): Promise<void> {
  if (!Object.values(delta).some((v) => v)) return;
  const v = { conversations: 0, questions: 0, answered: 0, handedOff: 0, deflected: 0, thumbsUp: 0, thumbsDown: 0, ...delta };
  const add = (c: keyof typeof v) => sql.raw(`kenes_stats_day.${snake(c)} + excluded.${snake(c)}`);
  await tx
    .insert(kenesStatsDay)
    .values({ day, shard: sql`(pg_backend_pid() % 8)`, ...v })
    .onConflictDoUpdate({
      target: [kenesStatsDay.day, kenesStatsDay.shard],
      set: { conversations: add('conversations'), questions: add('questions'), answered: add('answered'), handedOff: add('handedOff'), deflected: add('deflected'), thumbsUp: add('thumbsUp'), thumbsDown: add('thumbsDown') },
    });
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Asked something, never handed off, no 👎. */
const isDeflected = (c: Pick<ConvRow, 'questions' | 'handoffAt' | 'thumbsDown'>) => c.questions > 0 && !c.handoffAt && c.thumbsDown === 0;

/**
 * Writes a conversation's new figures and the counters' difference in the caller's transaction.
 * The conditional update on `seq` makes concurrent writers of one conversation retry.
 */
async function saveConversation(tx: Conn, before: ConvRow, after: Partial<ConvRow>, now: Date, extraDelta: Delta = {}): Promise<boolean> {
  const merged = { ...before, ...after };
  const deflected = isDeflected(merged);
  const [row] = await tx
    .update(kenesConversations)
    .set({ ...after, deflected, updatedAt: now })
    .where(and(eq(kenesConversations.id, before.id), eq(kenesConversations.seq, before.seq)))
    .returning({ id: kenesConversations.id });
  if (!row) return false;
  const day = localDay(now);
  const delta: Delta = { ...extraDelta };
  if (deflected !== before.deflected) await bump(tx, before.day, { deflected: deflected ? 1 : -1 });
  await bump(tx, day, delta);
  return true;
}

/** Another writer changed the conversation first: retried; after five tries, a 409 to the caller. */
class Lost extends AppError {
  constructor() {
    super('STALE_VERSION');
  }
}

// --- the citizen's side -------------------------------------------------------------------

export async function startConversation(ctx: KenesCtx, input: z.infer<typeof startInput>): Promise<{ id: string; token: string; conversation: ConversationView }> {
  const token = randomBytes(24).toString('base64url');
  const now = ctx.now();
  const state = initialState(input.lang);
  const day = localDay(now);
  const id = await ctx.db.transaction(async (tx) => {
    const [c] = await tx
      .insert(kenesConversations)
      .values({ tokenHash: hashToken(token), channel: input.channel, lang: input.lang, status: 'bot', state, day, seq: 1, createdAt: now, updatedAt: now })
      .returning({ id: kenesConversations.id });
    await tx.insert(kenesMessages).values({ conversationId: c!.id, seq: 1, role: 'bot', text: kt(input.lang, 'bot.welcome'), lang: input.lang, kind: 'welcome', createdAt: now });
    await bump(tx, day, { conversations: 1 });
    return c!.id;
  });
  return { id, token, conversation: await readConversation(ctx.db, token, 0) };
}

async function byToken(conn: Conn, token: string): Promise<ConvRow> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw notFound('conversation');
  const [c] = await conn.select().from(kenesConversations).where(eq(kenesConversations.tokenHash, hashToken(token)));
  // Erased after the retention period: for its citizen the conversation no longer exists.
  if (!c || c.erasedAt) throw notFound('conversation');
  return c;
}

async function appealNumber(conn: Conn, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [a] = await conn.select({ number: appeals.number }).from(appeals).where(eq(appeals.id, id));
  return a?.number ?? null;
}

/** The conversation as its citizen sees it, messages after `after` (for polling). */
export async function readConversation(db: Db, token: string, after: number): Promise<ConversationView> {
  const c = await byToken(db, token);
  const msgs = await db.select().from(kenesMessages).where(and(eq(kenesMessages.conversationId, c.id), gt(kenesMessages.seq, after))).orderBy(asc(kenesMessages.seq)).limit(500);
  return { status: c.status as ConversationStatus, lang: c.lang as Lang, messages: msgs.map(citizenMessage), appealNumber: await appealNumber(db, c.appealId) };
}

/**
 * One message from the citizen and what the bot says back (nothing while a person has the
 * conversation: the operator answers). A retry with the same clientId returns the first reply
 * and changes nothing.
 */
export async function postCitizenMessage(ctx: KenesCtx, deps: KenesDeps, token: string, input: z.infer<typeof messageInput>): Promise<ConversationView & { replayed: boolean }> {
  for (let attempt = 0; ; attempt++) {
    const c = await byToken(ctx.db, token);
    const [prior] = await ctx.db.select({ seq: kenesMessages.seq, text: kenesMessages.text }).from(kenesMessages).where(and(eq(kenesMessages.conversationId, c.id), eq(kenesMessages.role, 'citizen'), eq(kenesMessages.clientId, input.clientId)));
    if (prior) {
      // The same id for another text is a client's bug, not a retry.
      if (prior.text !== input.text) throw new AppError('IDEMPOTENCY_KEY_REUSED');
      return { ...(await replyTo(ctx.db, c, prior.seq)), replayed: true };
    }
    if (c.status === 'closed') throw new AppError('CONVERSATION_CLOSED');
    const now = ctx.now();
    const cin: CitizenInput = { text: input.text, ...(input.action === 'handoff' ? { action: { kind: 'handoff' } } : input.action === 'option' ? { action: { kind: 'option', n: input.option! } } : {}) };
    const withBot = c.status === 'bot';
    const result = withBot ? await respond(c.state as KenesState, cin, { ...deps, now }) : null;
    if (result?.turn.handoff) {
      const note = await afterHoursNote(deps, result.turn.lang, now);
      if (note) result.turn = { ...result.turn, text: `${result.turn.text}\n\n${note}` };
    }
    try {
      await retryOnConflict(() =>
        ctx.db.transaction(async (tx) => {
          const seq = c.seq + 1;
          const turn = result?.turn;
          await tx.insert(kenesMessages).values({ conversationId: c.id, seq, role: 'citizen', text: input.text, lang: result?.state.lang ?? null, clientId: input.clientId, createdAt: now });
          if (!turn || !result) {
            if (!(await saveConversation(tx, c, { seq }, now))) throw new Lost();
            return;
          }
          await tx.insert(kenesMessages).values({ conversationId: c.id, seq: seq + 1, role: 'bot', text: turn.text, lang: turn.lang, kind: turn.kind, data: turnData(turn), createdAt: now });
          const after: Partial<ConvRow> = { seq: seq + 1, state: result.state, lang: turn.lang, questions: c.questions + (turn.question ? 1 : 0), answered: c.answered + (turn.answered ? 1 : 0) };
          const delta: Delta = { questions: turn.question ? 1 : 0, answered: turn.answered ? 1 : 0 };
          if (turn.handoff) {
            Object.assign(after, { status: 'waiting', handoffReason: turn.handoff.reason, handoffAt: now, suggestedItemId: turn.handoff.item?.itemId ?? null });
            delta.handedOff = 1;
          }
          if (turn.feedback) {
            const fb = await setFeedback(tx, c, null, turn.feedback, now);
            if (fb) {
              after.thumbsUp = c.thumbsUp + fb.up;
              after.thumbsDown = c.thumbsDown + fb.down;
              delta.thumbsUp = fb.up;
              delta.thumbsDown = fb.down;
            }
          }
          if (!(await saveConversation(tx, c, after, now, delta))) throw new Lost();
        }),
      );
    } catch (err) {
      // Another message of this conversation won the race (or the same one, retried at once).
      if ((err instanceof Lost || isUniqueViolation(err)) && attempt < 4) continue;
      throw err;
    }
    return { ...(await replyTo(ctx.db, c, c.seq + 1)), replayed: false };
  }
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/** The citizen's message at `seq` and the bot's reply to it, with the conversation's status. */
async function replyTo(db: Db, c: ConvRow, seq: number): Promise<ConversationView> {
  const [now] = await db.select().from(kenesConversations).where(eq(kenesConversations.id, c.id));
  const msgs = await db.select().from(kenesMessages).where(and(eq(kenesMessages.conversationId, c.id), gte(kenesMessages.seq, seq))).orderBy(asc(kenesMessages.seq)).limit(2);
  const mine = msgs.filter((m, i) => i === 0 || m.role === 'bot');
  return { status: now!.status as ConversationStatus, lang: now!.lang as Lang, messages: mine.map(citizenMessage), appealNumber: await appealNumber(db, now!.appealId) };
}

function turnData(turn: BotTurn): Record<string, unknown> {
  return {
    ...(turn.topic && { topic: turn.topic }),
    ...(turn.article && { article: { articleId: turn.article.articleId, key: turn.article.key, lang: turn.article.lang, title: turn.article.title, excerpt: turn.article.excerpt, url: turn.article.url, truncated: turn.article.truncated } }),
    ...(turn.options && { options: turn.options }),
    ...(turn.askFeedback && { askFeedback: true }),
    ...(turn.decision && { decision: turn.decision }),
    ...(turn.handoff && { handoff: turn.handoff }),
    question: turn.question,
    answered: turn.answered,
  };
}

/**
 * Records 👍/👎 on a bot answer (`seq`, or the latest answer when null). Returns the counters'
 * difference.
 */
async function setFeedback(tx: Conn, c: ConvRow, seq: number | null, value: 'up' | 'down', now: Date): Promise<{ up: number; down: number } | null> {
  const [m] = await tx
    .select()
    .from(kenesMessages)
    .where(and(eq(kenesMessages.conversationId, c.id), eq(kenesMessages.role, 'bot'), seq === null ? eq(kenesMessages.kind, 'answer') : eq(kenesMessages.seq, seq)))
    .orderBy(desc(kenesMessages.seq))
    .limit(1);
  if (!m) {
    if (seq === null) return null;
    throw notFound('message', seq);
  }
  if (!(m.data as { askFeedback?: boolean } | null)?.askFeedback) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'seq', message: 'invalid' }]);
  // The first vote stands: a repeated or changed one changes nothing (so each day's counts stay exact).
  if (m.feedback) return { up: 0, down: 0 };
  // Two votes at once: only the one that finds it still empty counts.
  const [won] = await tx
    .update(kenesMessages)
    .set({ feedback: value, feedbackAt: now })
    .where(and(eq(kenesMessages.id, m.id), isNull(kenesMessages.feedback)))
    .returning({ id: kenesMessages.id });
  if (!won) return { up: 0, down: 0 };
  return { up: value === 'up' ? 1 : 0, down: value === 'down' ? 1 : 0 };
}

/** 👍/👎 on an answer. A 👎 offers the person (the widget shows the button) and counts as a miss. */
export async function giveFeedback(ctx: KenesCtx, token: string, input: z.infer<typeof feedbackInput>): Promise<ConversationView> {
  for (let attempt = 0; ; attempt++) {
    const c = await byToken(ctx.db, token);
    const now = ctx.now();
    try {
      await ctx.db.transaction(async (tx) => {
        // Votes on two answers at once: the second waits here and starts again from the first's figures.
        const [locked] = await tx.select({ seq: kenesConversations.seq, thumbsUp: kenesConversations.thumbsUp, thumbsDown: kenesConversations.thumbsDown }).from(kenesConversations).where(eq(kenesConversations.id, c.id)).for('update');
        if (!locked || locked.seq !== c.seq || locked.thumbsUp !== c.thumbsUp || locked.thumbsDown !== c.thumbsDown) throw new Lost();
        const fb = await setFeedback(tx, c, input.seq, input.value, now);
        if (!fb || (fb.up === 0 && fb.down === 0)) return;
        const after: Partial<ConvRow> = { thumbsUp: c.thumbsUp + fb.up, thumbsDown: c.thumbsDown + fb.down };
        if (c.status === 'bot') {
          const state = c.state as KenesState;
          const lang = state.lang ?? (c.lang as Lang);
          const seqAfter = c.seq + 1;
          await tx.insert(kenesMessages).values({ conversationId: c.id, seq: seqAfter, role: 'bot', text: kt(lang, input.value === 'up' ? 'bot.feedback_up' : 'bot.feedback_down'), lang, kind: 'feedback', data: { question: false, answered: false }, createdAt: now });
          after.seq = seqAfter;
          if (input.value === 'down') after.state = { ...state, misses: (state.misses ?? 0) + 1 };
        } else after.seq = c.seq;
        if (!(await saveConversation(tx, c, after, now, { thumbsUp: fb.up, thumbsDown: fb.down }))) throw new Lost();
      });
    } catch (err) {
      if (err instanceof Lost && attempt < 4) continue;
      throw err;
    }
    // From the voted answer on: the widget sees its feedback recorded and the bot's thanks.
    return readConversation(ctx.db, token, input.seq - 1);
  }
}

// --- the operators' side ------------------------------------------------------------------

export type QueueFilter = 'waiting' | 'mine' | 'active' | 'closed';

export type QueueItem = {
  id: string;
  status: ConversationStatus;
  lang: Lang;
  channel: string;
  handoffReason: string | null;
  handoffAt: string | null;
  takenBy: { id: number; name: string } | null;
  suggested: { id: number; code: string; name: string } | null;
  preview: string;
  messages: number;
  appealNumber: string | null;
  updatedAt: string;
  /** When its texts were erased after the retention period (null: kept). */
  erasedAt: string | null;
};

const nameIn = (r: { nameRu: string; nameKk: string; nameEn: string }, lang: Lang) => (lang === 'kk' ? r.nameKk : lang === 'en' ? r.nameEn : r.nameRu);

function selectQueue(db: Db) {
  return db
    .select({ c: kenesConversations, taker: { id: users.id, name: users.fullName }, item: { id: catalogue.id, code: catalogue.code, nameRu: catalogue.nameRu, nameKk: catalogue.nameKk, nameEn: catalogue.nameEn }, number: appeals.number })
    .from(kenesConversations)
    .leftJoin(users, eq(users.id, kenesConversations.takenById))
    .leftJoin(catalogue, eq(catalogue.id, kenesConversations.suggestedItemId))
    .leftJoin(appeals, eq(appeals.id, kenesConversations.appealId));
}

type QueueRow = Awaited<ReturnType<ReturnType<typeof selectQueue>['execute']>>[number];

function queueItem({ c, taker, item, number }: QueueRow, lang: Lang, preview: string): QueueItem {
  return {
    id: c.id,
    status: c.status as ConversationStatus,
    lang: c.lang as Lang,
    channel: c.channel,
    handoffReason: c.handoffReason,
    handoffAt: c.handoffAt?.toISOString() ?? null,
    takenBy: taker?.id ? { id: taker.id, name: taker.name } : null,
    suggested: item?.id ? { id: item.id, code: item.code, name: nameIn(item, lang) } : null,
    preview: preview.slice(0, 200),
    messages: c.seq,
    appealNumber: number ?? null,
    updatedAt: c.updatedAt.toISOString(),
    erasedAt: c.erasedAt?.toISOString() ?? null,
  };
}

export async function listQueue(ctx: ActorCtx, filter: QueueFilter, lang: Lang): Promise<QueueItem[]> {
  assertQueueRole(ctx.actor);
  const where =
    filter === 'waiting'
      ? eq(kenesConversations.status, 'waiting')
      : filter === 'mine'
        ? and(eq(kenesConversations.status, 'operator'), eq(kenesConversations.takenById, ctx.actor.id))
        : filter === 'active'
          ? eq(kenesConversations.status, 'operator')
          : and(eq(kenesConversations.status, 'closed'), sql`${kenesConversations.handoffAt} is not null`);
  const rows = await selectQueue(ctx.db)
    .where(where)
    .orderBy(filter === 'closed' ? desc(kenesConversations.updatedAt) : asc(kenesConversations.handoffAt))
    .limit(100);
  const ids = rows.map((r) => r.c.id);
  // The citizen's latest words, as the list's preview.
  const lasts = ids.length
    ? await ctx.db
        .selectDistinctOn([kenesMessages.conversationId], { id: kenesMessages.conversationId, text: kenesMessages.text })
        .from(kenesMessages)
        .where(and(inArray(kenesMessages.conversationId, ids), eq(kenesMessages.role, 'citizen')))
        .orderBy(kenesMessages.conversationId, desc(kenesMessages.seq))
    : [];
  const last = new Map(lasts.map((f) => [f.id, f.text]));
  return rows.map((r) => queueItem(r, lang, last.get(r.c.id) ?? ''));
}

export type StaffMessage = MessageView & { author: string | null; decision?: unknown; topic?: string };

export async function getForStaff(ctx: ActorCtx, id: string, lang: Lang): Promise<QueueItem & { transcript: StaffMessage[] }> {
  assertQueueRole(ctx.actor);
  const c = await byId(ctx.db, id);
  const [row] = await selectQueue(ctx.db).where(eq(kenesConversations.id, c.id));
  const msgs = await ctx.db
    .select({ m: kenesMessages, author: users.fullName })
    .from(kenesMessages)
    .leftJoin(users, eq(users.id, kenesMessages.authorId))
    .where(eq(kenesMessages.conversationId, c.id))
    .orderBy(asc(kenesMessages.seq));
  return {
    ...queueItem(row!, lang, ''),
    transcript: msgs.map(({ m, author }) => {
      const d = (m.data ?? {}) as { decision?: unknown; topic?: string };
      return { ...citizenMessage(m), author: author ?? null, ...(d.decision !== undefined && { decision: d.decision }), ...(d.topic && { topic: d.topic }) };
    }),
  };
}

async function byId(conn: Conn, id: string): Promise<ConvRow> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound('conversation', id);
  const [c] = await conn.select().from(kenesConversations).where(eq(kenesConversations.id, id));
  if (!c) throw notFound('conversation', id);
  return c;
}

/** Runs `fn` on the conversation in a transaction, again if another writer changed it meanwhile. */
async function withConversation<T>(ctx: KenesActorCtx, id: string, fn: (tx: Conn, c: ConvRow, now: Date) => Promise<T>): Promise<T> {
  assertQueueRole(ctx.actor);
  for (let attempt = 0; ; attempt++) {
    const c = await byId(ctx.db, id);
    try {
      const out = await ctx.db.transaction((tx) => fn(tx, c, ctx.now()));
      return out;
    } catch (err) {
      if ((err instanceof Lost || isUniqueViolation(err)) && attempt < 4) continue;
      throw err;
    }
  }
}

async function botSays(tx: Conn, c: ConvRow, seq: number, text: string, kind: string, now: Date, data: Record<string, unknown> = {}): Promise<void> {
  await tx.insert(kenesMessages).values({ conversationId: c.id, seq, role: 'bot', text, lang: c.lang, kind, data: { question: false, answered: false, ...data }, createdAt: now });
}

/** An operator takes a waiting conversation (again by the same operator: nothing changes). */
export async function takeConversation(ctx: KenesActorCtx, id: string): Promise<void> {
  await withConversation(ctx, id, async (tx, c, now) => {
    if (c.status === 'closed') throw new AppError('CONVERSATION_CLOSED');
    if (c.status === 'operator') {
      if (c.takenById === ctx.actor.id) return;
      throw new AppError('CONVERSATION_TAKEN');
    }
    const seq = c.seq + 1;
    await botSays(tx, c, seq, kt(c.lang as Lang, 'bot.operator_joined'), 'operator_joined', now);
    // Taken from the bot directly (the operator saw it before a hand-off): that is a hand-off too.
    const handoff = c.handoffAt ? {} : { handoffAt: now, handoffReason: 'operator' };
    if (!(await saveConversation(tx, c, { status: 'operator', takenById: ctx.actor.id, takenAt: now, seq, ...handoff }, now, c.handoffAt ? {} : { handedOff: 1 }))) throw new Lost();
  });
}

/** The operator's reply, shown in the citizen's widget. Idempotent by clientId. */
export async function operatorReply(ctx: KenesActorCtx, id: string, input: z.infer<typeof operatorReplyInput>): Promise<void> {
  await withConversation(ctx, id, async (tx, c, now) => {
    const [prior] = await tx.select({ id: kenesMessages.id }).from(kenesMessages).where(and(eq(kenesMessages.conversationId, c.id), eq(kenesMessages.role, 'operator'), eq(kenesMessages.clientId, input.clientId)));
    if (prior) return;
    if (c.status === 'closed') throw new AppError('CONVERSATION_CLOSED');
    if (c.status === 'operator' && c.takenById !== ctx.actor.id) throw new AppError('CONVERSATION_TAKEN');
    let seq = c.seq;
    const after: Partial<ConvRow> = {};
    let delta: Delta = {};
    if (c.status !== 'operator') {
      seq += 1;
      await botSays(tx, c, seq, kt(c.lang as Lang, 'bot.operator_joined'), 'operator_joined', now);
      Object.assign(after, { status: 'operator', takenById: ctx.actor.id, takenAt: now, ...(!c.handoffAt && { handoffAt: now, handoffReason: 'operator' }) });
      if (!c.handoffAt) delta = { handedOff: 1 };
    }
    seq += 1;
    await tx.insert(kenesMessages).values({ conversationId: c.id, seq, role: 'operator', authorId: ctx.actor.id, text: input.text, lang: c.lang, clientId: input.clientId, createdAt: now });
    if (!(await saveConversation(tx, c, { ...after, seq }, now, delta))) throw new Lost();
  });
}

export async function closeConversation(ctx: KenesActorCtx, id: string): Promise<void> {
  await withConversation(ctx, id, async (tx, c, now) => {
    if (c.status === 'closed') return;
    if (c.status === 'operator' && c.takenById !== ctx.actor.id && ctx.actor.role !== 'admin') throw new AppError('CONVERSATION_TAKEN');
    const seq = c.seq + 1;
    await botSays(tx, c, seq, kt(c.lang as Lang, 'bot.closed'), 'closed', now);
    if (!(await saveConversation(tx, c, { status: 'closed', closedAt: now, seq }, now))) throw new Lost();
  });
}

/**
 * Registers an appeal from the conversation (channel `chatbot`, by the operator, who checked
 * the description, category and contacts the bot pre-filled) and tells the citizen its number
 * and tracking code in the chat. Idempotent: a second call returns the same appeal.
 */
export async function appealFromConversation(ctx: ActorCtx, id: string, input: z.infer<typeof appealFromChatInput>): Promise<{ number: string; trackingCode: string; replayed: boolean }> {
  assertQueueRole(ctx.actor);
  const c = await byId(ctx.db, id);
  if (c.status === 'operator' && c.takenById !== ctx.actor.id) throw new AppError('CONVERSATION_TAKEN');
  // One conversation, one appeal, whoever asks: the key is the conversation's, not the caller's.
  const key = `kenes:${c.id}`;
  const existing = async (appealId: string): Promise<{ number: string; trackingCode: string; replayed: boolean }> => ({
    number: (await appealNumber(ctx.db, appealId))!,
    trackingCode: trackingCode(await trackingSecret(ctx.db), appealId),
    replayed: true,
  });
  if (c.appealId) return existing(c.appealId);
  const citizen = input.citizen && { ...(input.citizen.fullName && { fullName: input.citizen.fullName }), ...(input.citizen.phone && { phone: input.citizen.phone }), lang: c.lang as Lang };
  const res = await registerAppeal(
    ctx,
    {
      channel: 'chatbot',
      kind: 'complaint',
      description: input.description,
      ...(input.catalogueItemId !== undefined && { catalogueItemId: input.catalogueItemId }),
      ...(input.catalogueCode !== undefined && { catalogueCode: input.catalogueCode }),
      ...(input.address && { address: input.address }),
      ...(citizen && (citizen.fullName || citizen.phone) && { citizen }),
      public: false,
    },
    key,
    { sharedKey: true },
  ).catch(async (err: unknown) => {
    // Another operator registered it a moment ago with other details: theirs is the appeal.
    const prior = err instanceof AppError && err.code === 'IDEMPOTENCY_KEY_REUSED' ? await findByIdempotencyKey(ctx.db, key) : undefined;
    if (!prior) throw err;
    return { id: prior.id, replayed: true, row: undefined };
  });
  const number = res.row?.appeal.number ?? (await appealNumber(ctx.db, res.id))!;
  const code = trackingCode(await trackingSecret(ctx.db), res.id);
  if (!c.appealId) {
    await withConversation(ctx, id, async (tx, cur, now) => {
      if (cur.appealId) return;
      const seq = cur.seq + 1;
      const url = `/track/${number}?code=${code}`;
      await botSays(tx, cur, seq, kt(cur.lang as Lang, 'bot.appeal_registered', { number, code, url }), 'appeal', now, { appeal: { number, url } });
      if (!(await saveConversation(tx, cur, { appealId: res.id, seq }, now))) throw new Lost();
    });
  }
  return { number, trackingCode: code, replayed: res.replayed };
}

// --- metrics ------------------------------------------------------------------------------

export type { KenesCounters };
export type KenesMetrics = { today: KenesCounters; month: KenesCounters };

const zero = (): KenesCounters => ({ conversations: 0, questions: 0, answered: 0, deflected: 0, handedOff: 0, thumbsUp: 0, thumbsDown: 0 });

/** The SQL the wallboard embeds: this month's counters by 'today' / 'month'. */
export function kenesMetricsQuery(today: string) {
  return sql`select case when day = ${today}::date then 'today' else 'month' end as period,
    sum(conversations) as conversations, sum(questions) as questions, sum(answered) as answered, sum(deflected) as deflected,
    sum(handed_off) as "handedOff", sum(thumbs_up) as "thumbsUp", sum(thumbs_down) as "thumbsDown"
    from kenes_stats_day where day >= ${monthStart(today)}::date group by 1`;
}

/** Rows of kenesMetricsQuery → today's and this month's figures (the month includes today). */
export function kenesMetricsFrom(rows: ({ period: string } & Record<keyof KenesCounters, unknown>)[]): KenesMetrics {
  const out = { today: zero(), month: zero() };
  for (const r of rows) {
    for (const k of Object.keys(out.month) as (keyof KenesCounters)[]) {
      const v = Number(r[k] ?? 0);
      out.month[k] += v;
      if (r.period === 'today') out.today[k] += v;
    }
  }
  return out;
}

export async function kenesMetrics(ctx: ActorCtx): Promise<KenesMetrics> {
  if (!METRIC_ROLES.has(ctx.actor.role)) throw new AppError('FORBIDDEN_ROLE');
  const res = (await ctx.db.execute(kenesMetricsQuery(localDay(ctx.now())))) as unknown as { rows: ({ period: string } & Record<keyof KenesCounters, unknown>)[] };
  return kenesMetricsFrom(res.rows);
}

/**
 * kenes_stats_day recounted from the conversations and messages, one row per local day: what
 * stats-check compares and the rebuild writes. A conversation counts on the day it started (and
 * so does its being deflected), a question and its answer on the bot's reply's day, a hand-off on
 * its day, feedback on the day it was given.
 */
// --- retention ----------------------------------------------------------------------------

/** Conversations erased per transaction (each locks its rows for a moment). */
const ERASE_BATCH = 500;

/**
 * Erases the texts of conversations nobody has touched for `days` days — closed ones and those
 * left with the bot (which it closes): the citizens' and operators' words, the bot's replies (an
 * appeal's tracking code among them) and the dialogue's state. What the counters are recounted
 * from stays (which replies were questions and answered, the votes, the hand-off, the days), so
 * the metrics and stats-check are unchanged. Conversations waiting for or with an operator are
 * left alone. `seq` moves on, so a writer that read the conversation before retries and finds it
 * closed. For the citizen an erased conversation no longer exists; staff see when it was erased.
 * Returns how many were erased.
 */
export async function eraseOldTranscripts(ctx: KenesCtx, days: number): Promise<number> {
  if (!(days > 0)) return 0;
  const now = ctx.now();
  const before = new Date(now.getTime() - days * DAY_MS);
  let total = 0;
  for (;;) {
    const res = (await ctx.db.execute(sql`
      with picked as (
        select id from kenes_conversations
        where erased_at is null and updated_at < ${before} and status in ('closed', 'bot')
        order by updated_at limit ${ERASE_BATCH} for update skip locked),
      messages as (update kenes_messages set text = '' where conversation_id in (select id from picked) and text <> '')
      update kenes_conversations k set erased_at = ${now}, state = '{}'::jsonb, status = 'closed', closed_at = coalesce(k.closed_at, ${now}), seq = k.seq + 1
      from picked where k.id = picked.id
      returning k.id`)) as unknown as { rows: unknown[] };
    total += res.rows.length;
    if (res.rows.length < ERASE_BATCH) return total;
  }
}

export const KENES_BY_DAY = `with
  c as (select day, count(*) as n from kenes_conversations group by 1),
  q as (select jauap_local_day(created_at) as day, count(*) filter (where (data->>'question')::boolean) as questions,
          count(*) filter (where (data->>'answered')::boolean) as answered from kenes_messages where role = 'bot' group by 1),
  h as (select jauap_local_day(handoff_at) as day, count(*) as n from kenes_conversations where handoff_at is not null group by 1),
  d as (select day, count(*) as n from kenes_conversations k where handoff_at is null
          and exists (select 1 from kenes_messages m where m.conversation_id = k.id and m.role = 'bot' and (m.data->>'question')::boolean)
          and not exists (select 1 from kenes_messages m where m.conversation_id = k.id and m.feedback = 'down') group by 1),
  f as (select jauap_local_day(feedback_at) as day, count(*) filter (where feedback = 'up') as up, count(*) filter (where feedback = 'down') as down
          from kenes_messages where feedback is not null group by 1),
  days as (select day from c union select day from q union select day from h union select day from d union select day from f)
  select days.day, coalesce(c.n, 0)::int as conversations, coalesce(q.questions, 0)::int as questions, coalesce(q.answered, 0)::int as answered,
    coalesce(h.n, 0)::int as handed_off, coalesce(d.n, 0)::int as deflected, coalesce(f.up, 0)::int as thumbs_up, coalesce(f.down, 0)::int as thumbs_down
  from days left join c using (day) left join q using (day) left join h using (day) left join d using (day) left join f using (day)`;

/** Today's and this month's figures recounted from the conversations and messages (tests). */
export async function kenesRecount(conn: Conn, now: Date): Promise<KenesMetrics> {
  const today = localDay(now);
  const res = (await conn.execute(
    sql`select case when day = ${today}::date then 'today' else 'month' end as period,
      sum(conversations) as conversations, sum(questions) as questions, sum(answered) as answered, sum(deflected) as deflected,
      sum(handed_off) as "handedOff", sum(thumbs_up) as "thumbsUp", sum(thumbs_down) as "thumbsDown"
      from (${sql.raw(KENES_BY_DAY)}) k where day >= ${monthStart(today)}::date group by 1`,
  )) as unknown as { rows: ({ period: string } & Record<keyof KenesCounters, unknown>)[] };
  return kenesMetricsFrom(res.rows);
}

export { articleUrl };
