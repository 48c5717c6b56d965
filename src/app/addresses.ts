import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { escapeLike } from '../db/like.ts';
import { houses, streets } from '../db/schema.ts';

export const searchAddressesQuery = z.object({ q: z.string().trim().min(2).max(100), limit: z.coerce.number().int().min(1).max(30).default(10) }).strict();

/**
 * Address autocomplete over the register: "байтур 11" finds Baitursynov street, houses 11, 110,
 * 112…; street words match any of the three languages, a trailing number matches house numbers.
 */
export async function searchAddresses(db: Db, q: z.infer<typeof searchAddressesQuery>) {
  const m = /^(.*?)[\s,]+(\d+[\p{L}]?(?:\/\d+)?)$/u.exec(q.q);
  const streetPart = (m ? m[1] : q.q)?.replace(/^(ул\.?|улица|пр\.?|проспект|к-сі|көшесі)\s+/iu, '').trim() ?? '';
  const housePart = m?.[2];
  const where: SQL[] = [];
  if (streetPart) {
    const like = `%${escapeLike(streetPart)}%`;
    where.push(or(ilike(streets.nameRu, like), ilike(streets.nameKk, like), ilike(streets.nameEn, like)) as SQL);
  }
  if (housePart) where.push(ilike(houses.number, `${escapeLike(housePart)}%`));
  return db
    .select({ houseId: houses.id, number: houses.number, streetRu: streets.nameRu, streetKk: streets.nameKk, streetEn: streets.nameEn, districtId: streets.districtId, lat: houses.lat, lon: houses.lon })
    .from(houses)
    .innerJoin(streets, eq(streets.id, houses.streetId))
    .where(and(...where))
    .orderBy(asc(streets.nameRu), sql`length(${houses.number})`, asc(houses.number))
    .limit(q.limit);
}
