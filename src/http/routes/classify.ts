import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canTrainInWorker, classifyInput, classifyText } from '../../app/classify.ts';
import { startClassifierRetraining } from '../../app/classify-retrain.ts';
import type { App } from '../app.ts';
import { actorCtx } from '../auth.ts';

const suggestion = z.object({ id: z.number().int(), code: z.string(), name: z.string(), confidence: z.number() });

const classification = z.object({
  language: z.enum(['ru', 'kk', 'en']),
  items: z.array(suggestion),
  executors: z.array(suggestion),
  confident: z.boolean(),
});

/**
 * Suggestions for a free text (the operator's intake as they type, the bot). This plugin also
 * runs the classifier's retraining in the serving process: it hears registrations and reroutes
 * on the change feed (src/app/classify-retrain.ts).
 */
export const classifyRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { services } = fastify as unknown as App;
  if (services.changes && services.config.classifierRetrainHours > 0) {
    const log = services.logger || undefined;
    const retraining = startClassifierRetraining(services, {
      inWorker: canTrainInWorker(),
      minIntervalMs: services.config.classifierRetrainHours * 3_600_000,
      ...(log && { log: { info: (m) => log.info(m), warn: (m) => log.warn(m) } }),
    });
    fastify.addHook('onClose', async () => retraining.stop());
  }

  fastify.post(
    '/classify',
    {
      schema: {
        tags: ['appeals'],
        summary: 'Suggest catalogue items and executors for a free text',
        description:
          'The three most probable catalogue items and executors with calibrated probabilities (`confidence`, 0–1), from a model trained on the catalogue (names, descriptions, synonyms in ru/kk/en) and the labelled history. `confident` is false when the first item is not sure enough to suggest: show nothing then. `address` (free text naming one house of the register) or `houseId` lets the district and house routing rank the executors. For those who may register appeals.',
        body: classifyInput,
        response: { 200: classification },
      },
    },
    async (req) => classifyText(actorCtx(services, req), req.body, req.lang),
  );
};
