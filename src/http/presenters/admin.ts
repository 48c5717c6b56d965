import type { CatalogueRow } from '../../app/catalogue.ts';
import type { organisations } from '../../db/schema.ts';
import type { Lang } from '../../domain/types.ts';
import { localName, names } from './common.ts';

export function presentCatalogueNode(n: CatalogueRow & { districtExecutors?: { districtId: number; executorId: number }[] }, lang: Lang) {
  return {
    id: n.id,
    code: n.code,
    level: n.level,
    parentId: n.parentId,
    name: localName(n, lang),
    names: names(n),
    descriptions: { ru: n.descriptionRu, kk: n.descriptionKk, en: n.descriptionEn },
    synonyms: n.synonyms,
    criticality: n.criticality,
    deadline: n.deadlineAmount !== null ? { amount: n.deadlineAmount, unit: n.deadlineUnit, mode: n.deadlineMode } : null,
    executorId: n.executorId,
    routeToHouseManager: n.routeToHouseManager,
    districtExecutors: n.districtExecutors ?? [],
    active: n.active,
    position: n.position,
  };
}

export function presentOrganisation(o: typeof organisations.$inferSelect, lang: Lang) {
  return {
    id: o.id,
    code: o.code,
    type: o.type,
    name: localName(o, lang),
    names: names(o),
    parentId: o.parentId,
    districtId: o.districtId,
    supervisorId: o.supervisorId,
    phone: o.phone,
    active: o.active,
  };
}
