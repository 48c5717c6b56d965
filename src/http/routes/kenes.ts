import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { channelActor } from '../../app/channel-accounts.ts';
import { classifyText } from '../../app/classify.ts';
import { kbArticle, kbSearch } from '../../app/kb-index.ts';
import {
  appealFromChatInput,
  appealFromConversation,
  closeConversation,
  eraseOldTranscripts,
  feedbackInput,
  getForStaff,
  giveFeedback,
  kenesMetrics,
  listQueue,
  messageInput,
  operatorReply,
  operatorReplyInput,
  postCitizenMessage,
  readConversation,
  startConversation,
  startInput,
  takeConversation,
  type KenesDeps,
} from '../../app/kenes.ts';
import { THRESHOLDS } from '../../kenes/engine.ts';
import type { App } from '../app.ts';
import { actorCtx } from '../auth.ts';

const MINUTE = 60_000;
const tokenParam = z.object({ token: z.string().min(1).max(100) });
const idParam = z.object({ id: z.string().min(1).max(64) });

/**
 * Kenes, the chatbot: the channel-neutral conversation API (the portal's widget uses it; the
 * messaging channels will too) and the operators' queue of handed-off conversations.
 */
export const kenesRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { services } = fastify as unknown as App;
  const { config } = services;
  const reads = { rateLimit: { max: config.publicRateLimit, timeWindow: MINUTE } };
  // A conversation is a few messages a minute; starting many is what a script does.
  const starts = { rateLimit: { max: Math.max(config.publicSubmitLimit, 10), timeWindow: MINUTE } };

  // Retention: old transcripts are erased a minute after the start, then every six hours (any
  // process may run it: each batch takes the rows it locks, the others skip them).
  if (config.kenesRetentionDays > 0) {
    const log = services.logger || undefined;
    const erase = () =>
      void eraseOldTranscripts(services, config.kenesRetentionDays)
        .then((n) => n > 0 && log?.info(`Kenes: erased the texts of ${n} conversations older than ${config.kenesRetentionDays} days.`))
        .catch((err: unknown) => log?.warn(`Kenes retention: ${String(err)}`));
    const first = setTimeout(erase, 60_000).unref();
    const every = setInterval(erase, 6 * 3_600_000).unref();
    fastify.addHook('onClose', async () => {
      clearTimeout(first);
      clearInterval(every);
    });
  }

  const deps = async (): Promise<KenesDeps> => {
    const kb = await kbSearch(services);
    const bot = await channelActor(services.db, 'channel:kenes', 'Kenes');
    return {
      kb,
      operatorHours: { hours: config.kenesOperatorHours, calendar: () => services.calendar.get(services.db) },
      article: async (id, lang) => {
        const a = await kbArticle(services, id, lang);
        // Only public articles, ever: the index is searched for them only; this guards the text too.
        return a && a.audience === 'public' ? { articleId: a.articleId, key: a.key, lang: a.lang, title: a.title, body: a.body } : null;
      },
      classify: async (text, lang) => {
        const c = await classifyText({ ...services, actor: bot }, { text, lang }, lang);
        const top = c.items[0];
        return c.confident && top && top.confidence >= THRESHOLDS.problemConfidence ? { itemId: top.id, code: top.code, name: top.name, confidence: top.confidence } : null;
      },
    };
  };

  // --- the citizen's side (no account: the token is the key) ---

  fastify.post(
    '/kenes/conversations',
    { config: starts, schema: { tags: ['kenes'], summary: 'Start a conversation with Kenes', description: 'Answers with the conversation’s `token` (keep it: it is the only key to the conversation) and the bot’s welcome.', body: startInput } },
    async (req, reply) => {
      const res = await startConversation(services, req.body);
      return reply.status(201).header('cache-control', 'no-store').send({ token: res.token, ...res.conversation });
    },
  );

  fastify.get(
    '/kenes/conversations/:token',
    {
      config: reads,
      schema: { tags: ['kenes'], summary: 'The conversation (messages after `after`, for polling)', params: tokenParam, querystring: z.object({ after: z.coerce.number().int().min(0).max(2_147_483_647).default(0) }).strict() },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return readConversation(services.db, req.params.token, req.query.after);
    },
  );

  fastify.post(
    '/kenes/conversations/:token/messages',
    {
      config: reads,
      schema: {
        tags: ['kenes'],
        summary: 'The citizen’s message and the bot’s reply',
        description:
          'Idempotent by `clientId`: a retry returns the first reply (200) and changes nothing. `action: "handoff"` is the "talk to a person" button; `action: "option"` with `option` 1…3 picks from the last "did you mean". While an operator has the conversation the bot stays silent and the reply comes from the operator (poll GET).',
        params: tokenParam,
        body: messageInput,
      },
    },
    async (req, reply) => {
      const res = await postCitizenMessage(services, await deps(), req.params.token, req.body);
      return reply.status(res.replayed ? 200 : 201).header('cache-control', 'no-store').send(res);
    },
  );

  fastify.post(
    '/kenes/conversations/:token/feedback',
    { config: reads, schema: { tags: ['kenes'], summary: '👍/👎 on an answer (the first vote stands)', params: tokenParam, body: feedbackInput } },
    async (req) => giveFeedback(services, req.params.token, req.body),
  );

  // --- the operators' side ---

  fastify.get(
    '/kenes/queue',
    { schema: { tags: ['kenes'], summary: 'Handed-off conversations: waiting, mine, active (taken), closed', querystring: z.object({ filter: z.enum(['waiting', 'mine', 'active', 'closed']).default('waiting') }).strict() } },
    async (req) => ({ items: await listQueue(actorCtx(services, req), req.query.filter, req.lang) }),
  );

  fastify.get('/kenes/queue/:id', { schema: { tags: ['kenes'], summary: 'A conversation with its transcript and the bot’s decisions', params: idParam } }, async (req) =>
    getForStaff(actorCtx(services, req), req.params.id, req.lang),
  );

  fastify.post('/kenes/queue/:id/take', { schema: { tags: ['kenes'], summary: 'Take a waiting conversation', params: idParam } }, async (req) => {
    const ctx = actorCtx(services, req);
    await takeConversation(ctx, req.params.id);
    return getForStaff(ctx, req.params.id, req.lang);
  });

  fastify.post('/kenes/queue/:id/reply', { schema: { tags: ['kenes'], summary: 'Reply to the citizen (idempotent by clientId)', params: idParam, body: operatorReplyInput } }, async (req) => {
    const ctx = actorCtx(services, req);
    await operatorReply(ctx, req.params.id, req.body);
    return getForStaff(ctx, req.params.id, req.lang);
  });

  fastify.post('/kenes/queue/:id/close', { schema: { tags: ['kenes'], summary: 'End the conversation', params: idParam } }, async (req) => {
    const ctx = actorCtx(services, req);
    await closeConversation(ctx, req.params.id);
    return getForStaff(ctx, req.params.id, req.lang);
  });

  fastify.post(
    '/kenes/queue/:id/appeal',
    {
      schema: {
        tags: ['kenes'],
        summary: 'Register an appeal from the conversation (channel chatbot)',
        description: 'The citizen gets its number and tracking code in the chat. Idempotent: a second call returns the same appeal.',
        params: idParam,
        body: appealFromChatInput,
      },
    },
    async (req, reply) => {
      const res = await appealFromConversation(actorCtx(services, req), req.params.id, req.body);
      if (!res.replayed) services.metrics.appealsRegistered.inc({ channel: 'chatbot' });
      return reply.status(res.replayed ? 200 : 201).send(res);
    },
  );

  fastify.get('/kenes/metrics', { schema: { tags: ['kenes'], summary: 'Questions, answered, deflected, handed off, 👍/👎: today and this month' } }, async (req) => kenesMetrics(actorCtx(services, req)));
};
