import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { actOnAppeal } from '../src/app/act-on-appeal.ts';
import { registerAppeal } from '../src/app/register-appeal.ts';
import { checkStats, rebuildStats } from '../src/app/stats.ts';
import { updateCatalogueNode } from '../src/app/catalogue.ts';
import { catalogue } from '../src/db/schema.ts';
import { availableActions, type AppealAction, type Status } from '../src/domain/appeal-status.ts';
import { AppError } from '../src/domain/errors.ts';
import { describeEngines } from './engines.ts';
import { makeCtx, manualClock, seedWorld, type World } from './fixtures.ts';

const HOUR = 3_600_000;

describeEngines('wallboard counters', (getDb) => {
  let w: World;
  const clock = manualClock(new Date('2026-03-02T10:00:00+05:00'));
  const ctx = () => ({ ...makeCtx(getDb(), clock), actor: w.actors.admin });

  beforeAll(async () => {
    w = await seedWorld(getDb().db);
  });

  function inputFor(action: AppealAction, pick: number, others: string[], self: string): Record<string, unknown> {
    switch (action) {
      case 'route':
        return { executorId: [w.orgs.roads.id, w.orgs.water.id, w.orgs.coop.id][pick % 3] };
      case 'decline': case 'return_for_rework': case 'hold': case 'reject': case 'reopen':
        return { reason: 'причина' };
      case 'answer': case 'comment':
        return { text: 'ответ' };
      case 'consult':
        return { answer: 'консультация' };
      case 'extend':
        return { days: 1 + (pick % 5), reason: 'нужны материалы' };
      case 'mark_duplicate':
        return { duplicateOf: others.find((o) => o !== self) ?? self };
      case 'assign':
        return { userId: w.staff.admin.id };
      case 'rate':
        return { rating: 1 + (pick % 5) };
      default:
        return {};
    }
  }

  // One step of a centre's life: a new appeal, an action on one, or time passing.
  const step = fc.oneof(
    fc.record({ kind: fc.constant('register' as const), item: fc.nat(3), house: fc.nat(2), channel: fc.constantFrom('phone', 'portal', 'telegram'), consult: fc.boolean() }),
    fc.record({ kind: fc.constant('act' as const), which: fc.nat(), action: fc.nat(), pick: fc.nat() }),
    fc.record({ kind: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 24 * 20 }) }),
  );

  it('equal a recount from the appeals after any sequence of changes (property)', async () => {
    const ids: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 40 }), async (steps) => {
        for (const s of steps) {
          if (s.kind === 'wait') {
            clock.advance(s.hours * HOUR);
          } else if (s.kind === 'register') {
            const item = [w.items.manhole, w.items.pothole, w.items.roof, null][s.item];
            const r = await registerAppeal(ctx(), {
              channel: s.channel as 'phone',
              kind: 'complaint',
              description: 'Проверка счётчиков',
              public: false,
              ...(item && { catalogueItemId: item.id }),
              // The house sets the district (analytics by district): the centre's, the north's, or none.
              ...(item === w.items.roof ? { houseId: w.houses.central.id } : s.house < 2 && { houseId: [w.houses.central, w.houses.north][s.house]!.id }),
              ...(s.consult && { consultation: { answer: 'Разъяснено' } }),
            });
            ids.push(r.id);
          } else if (ids.length) {
            const id = ids[s.which % ids.length]!;
            const rows = (await getDb().db.execute(sql`select status, hold_from_status from appeals where id = ${id}`)) as unknown as { rows: { status: Status }[] };
            const actions = availableActions(rows.rows[0]!.status);
            const action = actions[s.action % actions.length]!;
            try {
              await actOnAppeal(ctx(), id, action, inputFor(action, s.pick, ids, id) as never);
            } catch (err) {
              // Refusals the rules allow (a reopening too late, an extension over the limit…).
              if (!(err instanceof AppError) || err.status >= 500) throw err;
            }
          }
        }
        const check = await checkStats(getDb().db);
        expect(check.differences).toEqual([]);
      }),
      { numRuns: 12 },
    );
    expect(ids.length).toBeGreaterThan(10);
    // The analytics rollup was exercised across districts, weeks and months, not only checked empty.
    const seen = (await getDb().db.execute(
      sql`select count(distinct district_id)::int as d, count(distinct period) filter (where grain = 'w')::int as w, sum(closed) filter (where grain = 'm')::int as c from stats_analytics`,
    )) as unknown as { rows: { d: number; w: number; c: number }[] };
    expect(seen.rows[0]!.d).toBeGreaterThan(1);
    expect(seen.rows[0]!.w).toBeGreaterThan(1);
  });

  it('still equal a recount after a category moves to another sphere and an item to another category', async () => {
    const [sphere2] = await getDb().db.insert(catalogue).values({ code: 'S2', level: 'sphere', nameRu: 'Дороги', nameKk: 'Жолдар', nameEn: 'Roads' }).returning();
    const [cat2] = await getDb().db.insert(catalogue).values({ code: 'S2.C1', level: 'category', parentId: sphere2!.id, nameRu: 'Ямы', nameKk: 'Шұңқырлар', nameEn: 'Potholes' }).returning();
    await registerAppeal(ctx(), { channel: 'phone', kind: 'complaint', description: 'До переноса', public: false, catalogueItemId: w.items.pothole.id });
    await updateCatalogueNode(ctx(), w.items.category.id, { parentId: sphere2!.id });
    expect((await checkStats(getDb().db)).differences).toEqual([]);
    await updateCatalogueNode(ctx(), w.items.pothole.id, { parentId: cat2!.id });
    expect((await checkStats(getDb().db)).differences).toEqual([]);
    await registerAppeal(ctx(), { channel: 'phone', kind: 'complaint', description: 'После переноса', public: false, catalogueItemId: w.items.pothole.id });
    expect((await checkStats(getDb().db)).differences).toEqual([]);
  });

  it('a damaged counter is found, and a rebuild repairs it', async () => {
    await getDb().db.execute(sql`update stats_state set n = n + 5 where status = (select status from stats_state limit 1)`);
    const broken = await checkStats(getDb().db);
    expect(broken.ok).toBe(false);
    expect(broken.differences[0]!.table).toBe('stats_state');
    await rebuildStats(getDb().db);
    expect((await checkStats(getDb().db)).ok).toBe(true);
  });
});
