import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readWallboard, type Wallboard } from '../../app/wallboard.ts';
import { LANGS, type Lang } from '../../domain/types.ts';
import type { App } from '../app.ts';

const langQuery = z.object({ lang: z.enum(LANGS).optional() }).strict();
const MINUTE = 60_000;
/** A burst of changes is one recomputation: at most one a second, the first within ~250 ms. */
const SETTLE_MS = 250;
const MIN_GAP_MS = 1_000;
/** Overdue grows with time alone: the board refreshes itself at least this often. */
const REFRESH_MS = 30_000;
/** Bytes a viewer may leave unread (a few boards) before it is dropped. */
const MAX_BUFFERED = 1024 * 1024;

/**
 * The wallboard's data, public (it holds no personal data): one JSON read, and a live stream
 * that pushes a fresh board within a second of any change. Every viewer in a language shares
 * one computation.
 */
export const wallboardRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { services } = fastify as unknown as App;
  const reads = { rateLimit: { max: services.config.publicRateLimit, timeWindow: MINUTE } };

  // Requests that arrive while a board is being read share that read (a hall full of screens
  // and a burst of API calls cost one); a request after it reads afresh, so no answer is stale.
  const inFlight = new Map<Lang, Promise<Wallboard>>();
  const compute = (lang: Lang): Promise<Wallboard> => {
    let board = inFlight.get(lang);
    if (!board) {
      board = readWallboard(services.db, services.now(), lang).finally(() => inFlight.delete(lang));
      inFlight.set(lang, board);
    }
    return board;
  };

  // Viewers of the live stream, by language; one timer schedules their next push.
  const viewers = new Map<Lang, Set<(b: Wallboard) => void>>();
  let timer: NodeJS.Timeout | null = null;
  let lastPush = 0;
  const push = async () => {
    timer = null;
    lastPush = Date.now();
    for (const [lang, set] of viewers) {
      if (!set.size) continue;
      const board = await compute(lang).catch(() => null);
      if (board) for (const send of set) send(board);
    }
  };
  const schedule = () => {
    if (timer) return;
    timer = setTimeout(() => void push(), Math.max(SETTLE_MS, lastPush + MIN_GAP_MS - Date.now()));
  };
  const heartbeats = new Set<NodeJS.Timeout>();
  const unsubscribe = services.changes.subscribe(() => schedule());
  const refresher = setInterval(() => schedule(), REFRESH_MS);
  fastify.addHook('onClose', async () => {
    unsubscribe();
    clearInterval(refresher);
    for (const h of heartbeats) clearInterval(h);
    if (timer) clearTimeout(timer);
  });

  fastify.get(
    '/wallboard',
    { config: reads, schema: { tags: ['wallboard'], summary: 'The wallboard: counters, ratings, TOP-10, channels, satisfaction, time to close (public, no personal data)', querystring: langQuery } },
    async (req, reply) => {
      reply.header('cache-control', 'no-cache');
      return compute(req.query.lang ?? req.lang);
    },
  );

  fastify.get(
    '/wallboard/stream',
    {
      config: reads,
      // A compressor would hold events back.
      compress: false,
      schema: { tags: ['wallboard'], summary: 'Server-Sent Events: a `wallboard` event with the whole board at once and within a second of every change', querystring: langQuery },
    },
    async (req, reply) => {
      const lang = req.query.lang ?? req.lang;
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      res.write('retry: 3000\n\n');
      // A screen that stops reading is dropped rather than buffered for without end.
      const write = (chunk: string) => {
        if (res.destroyed) return;
        if (res.writableLength > MAX_BUFFERED) {
          res.destroy();
          return;
        }
        res.write(chunk);
      };
      const send = (b: Wallboard) => write(`event: wallboard\ndata: ${JSON.stringify(b)}\n\n`);
      let set = viewers.get(lang);
      if (!set) viewers.set(lang, (set = new Set()));
      const mine = set;
      const heartbeat = setInterval(() => write(': ping\n\n'), 25_000);
      heartbeats.add(heartbeat);
      // Cleanup is wired before anything is awaited: a viewer may leave during the first read.
      const leave = () => {
        clearInterval(heartbeat);
        heartbeats.delete(heartbeat);
        mine.delete(send);
      };
      res.on('close', leave);
      mine.add(send);
      const first = await compute(lang).catch(() => null);
      if (first) send(first);
    },
  );
};
