import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { catalogue, districts, houses, streets } from '../db/schema.ts';
import type { Lang } from '../domain/types.ts';
import { listCatalogue } from './catalogue.ts';

const pick = (r: { nameRu: string; nameKk: string; nameEn: string }, lang: Lang) => (lang === 'kk' ? r.nameKk : lang === 'en' ? r.nameEn : r.nameRu) || r.nameRu;

/** Problem types a citizen can choose, by type-ahead: the item and the category it sits in. */
export async function publicCatalogue(db: Db, q: string, limit: number, lang: Lang) {
  const items = await listCatalogue(db, { q, level: 'item', active: true, limit, offset: 0 });
  const parentIds = [...new Set(items.map((i) => i.parentId).filter((x): x is number => x !== null))];
  const parents = parentIds.length ? await db.select().from(catalogue).where(inArray(catalogue.id, parentIds)) : [];
  return items.map((i) => {
    const p = parents.find((x) => x.id === i.parentId);
    return { id: i.id, code: i.code, name: pick(i, lang), category: p ? pick(p, lang) : null, description: (lang === 'kk' ? i.descriptionKk : lang === 'en' ? i.descriptionEn : i.descriptionRu) ?? null };
  });
}

/**
 * The city drawn from our own address register instead of map tiles (no tile server is
 * reachable): every house as a point, with its street, and the districts. The portal draws it
 * and turns a tap into the nearest house.
 */
export async function publicMap(db: Db, lang: Lang) {
  const ds = await db.select().from(districts).orderBy(asc(districts.id));
  const hs = await db
    .select({ id: houses.id, lat: houses.lat, lon: houses.lon, number: houses.number, streetId: houses.streetId, districtId: streets.districtId })
    .from(houses)
    .innerJoin(streets, eq(streets.id, houses.streetId))
    .where(and(isNotNull(houses.lat), isNotNull(houses.lon)));
  const ss = await db.select({ id: streets.id, nameRu: streets.nameRu, nameKk: streets.nameKk, nameEn: streets.nameEn }).from(streets);
  let minLat = Infinity, maxLat = -Infinity, minLon = Infinity, maxLon = -Infinity;
  for (const h of hs) {
    minLat = Math.min(minLat, h.lat!); maxLat = Math.max(maxLat, h.lat!);
    minLon = Math.min(minLon, h.lon!); maxLon = Math.max(maxLon, h.lon!);
  }
  return {
    bounds: hs.length ? { minLat, maxLat, minLon, maxLon } : null,
    districts: ds.map((d) => ({ id: d.id, name: pick(d, lang), lat: d.lat, lon: d.lon })),
    streets: ss.map((s) => ({ id: s.id, name: pick(s, lang) })),
    // Compact rows: [houseId, lat, lon, streetId, number, districtId].
    houses: hs.map((h) => [h.id, Math.round(h.lat! * 1e5) / 1e5, Math.round(h.lon! * 1e5) / 1e5, h.streetId, h.number, h.districtId]),
  };
}
