import { eq } from 'drizzle-orm';
import type { Conn } from '../db/client.ts';
import { catalogue, catalogueRoutes, houses, organisations, streets } from '../db/schema.ts';

export type CachedItem = typeof catalogue.$inferSelect & { routes: ReadonlyMap<number, number> };
export type CachedHouse = { id: number; number: string; lat: number | null; lon: number | null; manager: number | null; districtId: number | null; street: string };
export type CachedOrg = typeof organisations.$inferSelect;

type Entry<T> = { at: number; value: T | null };

/**
 * The reference data every registration reads — catalogue items with their district routes,
 * houses, executor organisations — kept in the process for `ttlMs`. Changes made through this
 * process clear it at once; changes made by another process are seen within `ttlMs`.
 * Bounded: an entry count above `max` empties the map (houses can run to millions nationally).
 */
export class ReferenceCache {
  private readonly items = new Map<string, Entry<CachedItem>>();
  private readonly houses = new Map<number, Entry<CachedHouse>>();
  private readonly orgs = new Map<number, Entry<CachedOrg>>();
  constructor(
    private readonly ttlMs = 30_000,
    private readonly max = 100_000,
  ) {}

  private async get<K, T>(map: Map<K, Entry<T>>, key: K, load: () => Promise<T | null>): Promise<T | null> {
    const hit = map.get(key);
    const now = Date.now();
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = await load();
    if (map.size >= this.max) map.clear();
    map.set(key, { at: now, value });
    return value;
  }

  item(conn: Conn, by: { id: number } | { code: string }): Promise<CachedItem | null> {
    const key = 'id' in by ? `#${by.id}` : by.code;
    return this.get(this.items, key, async () => {
      const [row] = await conn.select().from(catalogue).where('id' in by ? eq(catalogue.id, by.id) : eq(catalogue.code, by.code));
      if (!row) return null;
      const routes = await conn.select({ d: catalogueRoutes.districtId, e: catalogueRoutes.executorId }).from(catalogueRoutes).where(eq(catalogueRoutes.itemId, row.id));
      return { ...row, routes: new Map(routes.map((r) => [r.d, r.e])) };
    });
  }

  house(conn: Conn, id: number): Promise<CachedHouse | null> {
    return this.get(this.houses, id, async () => {
      const [h] = await conn
        .select({ id: houses.id, number: houses.number, lat: houses.lat, lon: houses.lon, manager: houses.managerOrgId, districtId: streets.districtId, street: streets.nameRu })
        .from(houses)
        .innerJoin(streets, eq(streets.id, houses.streetId))
        .where(eq(houses.id, id));
      return h ?? null;
    });
  }

  organisation(conn: Conn, id: number): Promise<CachedOrg | null> {
    return this.get(this.orgs, id, async () => {
      const [o] = await conn.select().from(organisations).where(eq(organisations.id, id));
      return o ?? null;
    });
  }

  invalidate(): void {
    this.items.clear();
    this.houses.clear();
    this.orgs.clear();
  }
}
