import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  analyticsScope,
  breakdown,
  breakdownQuery,
  monthlyReport,
  repeated,
  repeatedQuery,
  reportQuery,
  trends,
  trendsQuery,
  type Format,
} from '../../app/analytics.ts';
import { breakdownTable, repeatedTable, reportPdf, toCsv, toXlsx, trendsTable, type Table } from '../../app/analytics-export.ts';
import type { Lang } from '../../domain/types.ts';
import { t } from '../../i18n/i18n.ts';
import type { App } from '../app.ts';
import { actorCtx, requireUser } from '../auth.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** JSON, or the same table as a CSV or XLSX download. */
async function send<T>(reply: FastifyReply, format: Format, data: T, table: () => Table, file: string): Promise<T | FastifyReply> {
  if (format === 'json') return data;
  const tb = table();
  if (format === 'csv') return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file}.csv"`).send(toCsv(tb));
  return reply.type(XLSX).header('content-disposition', `attachment; filename="${file}.xlsx"`).send(await toXlsx(tb));
}

/**
 * Analytics for analysts, supervisors (their sector) and admins: breakdowns, trends, repeated
 * problems, each also as CSV or XLSX (`?format=`), and the monthly management report as PDF.
 * The role is checked before the query, so others get 403 whatever they ask.
 */
export const analyticsRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { services } = fastify as unknown as App;
  const allowed = async (req: FastifyRequest) => {
    analyticsScope(requireUser(req));
  };
  const langOf = (req: FastifyRequest, q: { lang?: Lang | undefined }): Lang => q.lang ?? req.lang;

  fastify.get(
    '/analytics/breakdown',
    {
      preValidation: allowed,
      schema: {
        tags: ['analytics'],
        summary: 'Figures of a period by district, sector, sphere, category, item, executor or channel',
        description:
          'From the rollup the counters trigger keeps: registered and closed in the period, on time among closed appeals the executor answered, satisfaction (1–5), hours to close. Each row has `drill`: the appeals list queries behind it. `format=csv|xlsx` downloads the table.',
        querystring: breakdownQuery,
      },
    },
    async (req, reply) => {
      const lang = langOf(req, req.query);
      const data = await breakdown(actorCtx(services, req), req.query, lang);
      return send(reply, req.query.format, data, () => breakdownTable(data, lang), `breakdown-${data.dimension}-${data.from}`);
    },
  );

  fastify.get(
    '/analytics/trends',
    { preValidation: allowed, schema: { tags: ['analytics'], summary: 'Figures month by month or week by week (the last 12 by default)', querystring: trendsQuery } },
    async (req, reply) => {
      const lang = langOf(req, req.query);
      const data = await trends(actorCtx(services, req), req.query);
      return send(reply, req.query.format, data, () => trendsTable(data, lang), `trends-${data.grain}-${data.from}`);
    },
  );

  fastify.get(
    '/analytics/repeated',
    {
      preValidation: allowed,
      schema: {
        tags: ['analytics'],
        summary: 'Frequently repeated problems: one catalogue item at least minCount times at one house (or in one district)',
        description: 'House level: the last 30 days by default, at most 92, with the appeals\' numbers. District level: whole months or weeks from the rollup.',
        querystring: repeatedQuery,
      },
    },
    async (req, reply) => {
      const lang = langOf(req, req.query);
      const data = await repeated(actorCtx(services, req), req.query, lang);
      return send(reply, req.query.format, data, () => repeatedTable(data, lang), `repeated-${data.level}-${data.from}`);
    },
  );

  fastify.get(
    '/analytics/report.pdf',
    {
      preValidation: allowed,
      schema: { tags: ['analytics'], summary: 'The monthly management report (PDF): totals against last month, on time and satisfaction by executor and sector, top categories, repeated problems', querystring: reportQuery },
    },
    async (req, reply) => {
      const ctx = actorCtx(services, req);
      const user = requireUser(req);
      const lang = langOf(req, req.query);
      const data = await monthlyReport(ctx, req.query.month, lang);
      const scope = analyticsScope(ctx.actor).kind === 'sector' ? t(lang, 'report.scope_sector', { name: user.fullName }) : t(lang, 'report.scope_all');
      const pdf = await reportPdf(data, lang, scope, ctx.now());
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="report-${req.query.month}-${lang}.pdf"`).send(pdf);
    },
  );
};
