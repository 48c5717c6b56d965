import { eq, sql } from 'drizzle-orm';
import type { Config } from '../config/config.ts';
import type { Database, Db } from '../db/client.ts';
import { calendarExceptions, settings, users } from '../db/schema.ts';
import { KZ_CALENDAR_2024_2027 } from '../domain/kz-calendar.ts';
import { ensureStats } from './stats.ts';
import { createUser } from './users.ts';

type Log = { info: (msg: string) => void; warn: (msg: string) => void };

/** Holidays are seeded once; later edits by admins (including deletions) are never undone. */
export async function seedCalendar(db: Db): Promise<void> {
  const [done] = await db.select().from(settings).where(eq(settings.key, 'calendar_seeded'));
  if (done) return;
  await db.transaction(async (tx) => {
    await tx
      .insert(calendarExceptions)
      .values(KZ_CALENDAR_2024_2027.map((e) => ({ date: e.date, kind: e.kind, nameRu: e.name.ru, nameKk: e.name.kk, nameEn: e.name.en })))
      .onConflictDoNothing();
    await tx.insert(settings).values({ key: 'calendar_seeded', value: { source: 'KZ 2024-2027' } }).onConflictDoNothing();
  });
}

export async function isEmpty(db: Db): Promise<boolean> {
  const r = (await db.execute(sql`select (select count(*) from organisations)::int + (select count(*) from appeals)::int as n`)) as unknown as { rows: { n: number }[] };
  return Number(r.rows[0]?.n) === 0;
}

/** Migrations, the calendar, and the first administrator from ADMIN_LOGIN / ADMIN_PASSWORD. */
export async function prepareDatabase(database: Database, config: Config, log: Log): Promise<void> {
  await database.migrate();
  await seedCalendar(database.db);
  if (await ensureStats(database.db)) log.info('Counted the existing appeals for the wallboard.');
  if (config.adminLogin && config.adminPassword) {
    const [existing] = await database.db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.login})`, config.adminLogin.toLowerCase()));
    if (!existing) {
      await createUser({ db: database.db, actor: null }, { login: config.adminLogin, password: config.adminPassword, fullName: 'Administrator', role: 'admin' });
      log.info(`Created the administrator "${config.adminLogin}".`);
    }
  }
}
