import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { importCatalogueCsv } from './app/catalogue.ts';
import { LIVE_KIND, warmClassifier } from './app/classify.ts';
import { samplesFromCsv, trainFromCsv } from './app/classify-csv.ts';
import { CalendarService } from './app/calendar-service.ts';
import { ReferenceCache } from './app/reference-cache.ts';
import { isEmpty, prepareDatabase } from './app/bootstrap.ts';
import { importOrganisationsCsv } from './app/organisations-csv.ts';
import { ConfigError, loadConfig, type Config } from './config/config.ts';
import { DataDirLockedError, openDatabase, type Database } from './db/client.ts';
import { DEMO_PASSWORD, loadDemoCity } from './demo/load-demo.ts';
import { AppError } from './domain/errors.ts';
import { buildApp } from './http/app.ts';
import { errorMessage } from './i18n/i18n.ts';
import { createLogger } from './logger.ts';
import { openBlobStore } from './storage/blob-store.ts';
import { MODEL_KINDS, type ModelKind } from './text/classifier.ts';
import { evaluate } from './text/evaluate.ts';
import { checkStats, rebuildStats } from './app/stats.ts';

const HELP: Record<string, string> = {
  '': `Jauap — citizens' appeals and multi-line support desk.

Usage: npm run cli -- <command> [options]

Commands:
  serve     run the HTTP server (what \`npm start\` does)
  migrate   apply database migrations and exit
  demo      load the demo city (Kostanay) into an empty database
  import    import a catalogue or organisations CSV
  classify-eval   measure the text classifier on a labelled CSV (one JSON line)
  classify-train  train the live classifier with a labelled CSV added to the catalogue and history
  stats-check  compare the wallboard's counters with a recount of the appeals (--fix rebuilds them)

Run \`npm run cli -- <command> --help\` for a command's options.
The database is PostgreSQL when DATABASE_URL is set, else the embedded PGlite in DATA_DIR (./data).`,
  serve: `Usage: npm run cli -- serve

Runs the HTTP server on PORT (8080). Migrates the database first. On an empty database it
creates the administrator from ADMIN_LOGIN/ADMIN_PASSWORD, and loads the demo city when DEMO=1
(the default on the embedded database outside production).`,
  migrate: `Usage: npm run cli -- migrate

Applies pending migrations to the database (DATABASE_URL, or the embedded one in DATA_DIR) and exits.`,
  demo: `Usage: npm run cli -- demo [--appeals N]

Loads the demo city modelled on Kostanay: 212 organisations, a catalogue of 1,000+ items,
streets and houses, staff users (password "demo") and about 30,000 appeals over 18 months.
Refused on a database that already has organisations or appeals, and when NODE_ENV=production.

Options:
  --appeals N   how many appeals to generate (default DEMO_APPEALS, 30000)`,
  'stats-check': `Usage: npm run cli -- stats-check [--fix]

Recounts every wallboard and rating counter from the appeals and compares it with the counters
the database keeps up to date. Prints one JSON line {"ok", "tables", "rows", "differences"} and
exits 1 when they differ. With --fix, rebuilds the counters from the appeals (writers wait
meanwhile) and checks again.`,
  import: `Usage: npm run cli -- import <catalogue|organisations> FILE.csv

Imports a CSV file, all rows or none (every bad row is reported with its line number).
  catalogue      columns as GET /api/v1/catalogue/export.csv writes them:
                 code, level, parent_code, name_ru, name_kk, name_en, …, executor_code, district_executors
  organisations  columns: code, type, name_ru, name_kk, name_en, parent_code, district_code, supervisor_login, phone`,
  'classify-eval': `Usage: npm run cli -- classify-eval --csv FILE --text COLUMN --label COLUMN [--test-share 0.2] [--seed 42] [--model centroid|nb|linear]

Measures the text classifier on your own labelled appeals, without a database: HTML is
stripped, exact-duplicate texts removed, the rest split reproducibly by --seed, a model trained
on the train part only, and one JSON line printed:
  {"n_train", "n_test", "labels", "top1", "top3", "macro_f1", "ms_per_text_p95"}
(calibration figures go to stderr). --model picks the model (default: the live one, ${LIVE_KIND}).`,
  'classify-train': `Usage: npm run cli -- classify-train --csv FILE --text COLUMN --label COLUMN [--executor COLUMN]

Adds the file's labelled texts to what the live classifier learns from (kept in the database, in
place of an earlier file; later retraining keeps them), retrains it on the catalogue, the
history and the file, and stores it. A label names a catalogue item by code or by its name in
any language; --executor names a column with the executor organisation's code or name.`,
};

function help(cmd: string): void {
  console.log(HELP[cmd] ?? HELP['']);
}

async function withDatabase<T>(config: Config, fn: (db: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(config);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function serve(config: Config): Promise<void> {
  const log = createLogger(config.logLevel);
  const started = Date.now();
  const database = await openDatabase(config);
  await prepareDatabase(database, config, { info: (m) => log.info(m), warn: (m) => log.warn(m) });
  if (config.demo && (await isEmpty(database.db))) {
    log.info('Empty database: loading the demo city (Kostanay)…');
    const r = await loadDemoCity(database.db, { appeals: config.demoAppeals, now: new Date(), prefix: config.appealNumberPrefix, copyCsv: database.copyCsv });
    log.info(`Demo city loaded: ${r.organisations} organisations, ${r.items} catalogue items, ${r.houses} houses, ${r.appeals} appeals, ${r.kbArticles} articles, ${r.kenesConversations} chatbot conversations in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  const calendar = new CalendarService();
  const blobs = await openBlobStore(config);
  const app = await buildApp({ database, db: database.db, config, calendar, refs: new ReferenceCache(), blobs, now: () => new Date(), logger: log });
  const close = async (signal: string) => {
    log.info(`${signal}: shutting down`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  log.info(`Jauap is serving ${url} (API docs ${url}/api/docs) on ${database.describe}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  void warmClassifier(database.db, { info: (m) => log.info(m) }).catch((err: unknown) => log.warn(`Classifier: ${String(err)}`));
  if (config.demo) console.log(`Demo users (password "${DEMO_PASSWORD}"): admin, operator, inspector, executor, supervisor, analyst, editor (knowledge base)`);
}

function classifyEval(values: Record<string, string | boolean | undefined>): number {
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const [csv, text, label] = [str('csv'), str('text'), str('label')];
  if (!csv || !text || !label) {
    help('classify-eval');
    return 2;
  }
  const testShare = Number(str('test-share') ?? '0.2');
  const seed = Number(str('seed') ?? '42');
  const model = (str('model') ?? LIVE_KIND) as ModelKind;
  if (!(testShare > 0 && testShare < 1)) throw new ConfigError('--test-share takes a number between 0 and 1');
  if (!Number.isInteger(seed)) throw new ConfigError('--seed takes a whole number');
  if (!MODEL_KINDS.includes(model)) throw new ConfigError(`--model takes one of ${MODEL_KINDS.join(', ')}`);
  const samples = samplesFromCsv(fs.readFileSync(csv, 'utf8'), text, label);
  const d = evaluate(samples, { testShare, seed, kind: model });
  console.log(JSON.stringify(d.result));
  console.error(`model ${model}; calibration: ECE ${d.ece}; confident on ${(d.confidentShare * 100).toFixed(1)}% of the test texts, right on ${(d.confidentPrecision * 100).toFixed(1)}% of those`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [cmd = '', ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      appeals: { type: 'string' },
      fix: { type: 'boolean' },
      csv: { type: 'string' },
      text: { type: 'string' },
      label: { type: 'string' },
      executor: { type: 'string' },
      'test-share': { type: 'string' },
      seed: { type: 'string' },
      model: { type: 'string' },
    },
  });
  if (!cmd || cmd === 'help' || cmd === '--help' || cmd === '-h' || values.help) {
    help(cmd.startsWith('-') || cmd === 'help' ? '' : cmd);
    return 0;
  }
  if (cmd === 'classify-eval') return classifyEval(values);
  const config = loadConfig();
  switch (cmd) {
    case 'serve':
      await serve(config);
      return -1; // keeps running
    case 'migrate':
      await withDatabase(config, async (d) => {
        await d.migrate();
        console.log(`Migrated ${d.describe}.`);
      });
      return 0;
    case 'demo': {
      if (config.env === 'production') throw new ConfigError('The demo city is refused when NODE_ENV=production.');
      const appeals = values.appeals === undefined ? config.demoAppeals : Number(values.appeals);
      if (!Number.isInteger(appeals) || appeals < 0) throw new ConfigError('--appeals takes a whole number');
      return withDatabase(config, async (d) => {
        await prepareDatabase(d, config, { info: console.log, warn: console.warn });
        if (!(await isEmpty(d.db))) {
          console.error('The database already has organisations or appeals: the demo city loads only into an empty database.');
          return 1;
        }
        const r = await loadDemoCity(d.db, { appeals, now: new Date(), prefix: config.appealNumberPrefix, copyCsv: d.copyCsv });
        console.log(`Loaded the demo city into ${d.describe}: ${JSON.stringify(r)}`);
        return 0;
      });
    }
    case 'import': {
      const [what, file] = positionals;
      if ((what !== 'catalogue' && what !== 'organisations') || !file) {
        help('import');
        return 2;
      }
      const text = fs.readFileSync(file, 'utf8');
      return withDatabase(config, async (d) => {
        await prepareDatabase(d, config, { info: console.log, warn: console.warn });
        const r = what === 'catalogue' ? await importCatalogueCsv({ db: d.db, actorId: null }, text) : await importOrganisationsCsv({ db: d.db, actorId: null }, text);
        console.log(`Imported ${file}: ${JSON.stringify(r)}`);
        return 0;
      });
    }
    case 'stats-check':
      return withDatabase(config, async (d) => {
        await prepareDatabase(d, config, { info: console.error, warn: console.error });
        if (values.fix) await rebuildStats(d.db);
        const r = await checkStats(d.db);
        console.log(JSON.stringify({ ...r, differences: r.differences.slice(0, 50) }));
        return r.ok ? 0 : 1;
      });
    case 'classify-train': {
      const { csv, text, label, executor } = values;
      if (!csv || !text || !label) {
        help('classify-train');
        return 2;
      }
      const content = fs.readFileSync(csv, 'utf8');
      return withDatabase(config, async (d) => {
        await prepareDatabase(d, config, { info: console.log, warn: console.warn });
        const r = await trainFromCsv({ db: d.db, now: () => new Date() }, content, { text, label, ...(executor && { executor }) });
        const m = r.models;
        console.log(
          JSON.stringify({ rows: r.rows, imported: r.imported, unmatched: r.unmatched, unmatched_labels: r.unmatchedLabels, version: m?.version ?? null, items: m?.items.labels.length ?? 0, executors: m?.executors?.labels.length ?? 0, samples: m?.samples ?? null }),
        );
        return m ? 0 : 1;
      });
    }
    default:
      console.error(`Unknown command "${cmd}".\n`);
      help('');
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof DataDirLockedError) console.error(err.message);
    else if (err instanceof AppError) console.error(`${err.code}: ${errorMessage('en', err.code, err.params)}\n${JSON.stringify(err.details, null, 2)}`);
    else console.error(err);
    process.exit(1);
  },
);
