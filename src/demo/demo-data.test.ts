import { describe, it, expect } from 'vitest';
import { CRITICALITIES } from '../domain/types.ts';
import { demoCatalogue, type DemoCatalogueNode } from './catalogue-data.ts';
import { DEMO_BBOX, DEMO_DISTRICTS, DEMO_SUPERVISORS, LIFT_SERVICE_DISTRICTS, demoOrganisations, demoStreets } from './city-data.ts';
import { DEMO_STAFF, MOBILE_PREFIXES, appealText, fictionalCitizen, fictionalIin, fictionalPhone, mulberry32 } from './people-data.ts';

const orgs = demoOrganisations();
const orgByCode = new Map(orgs.map((o) => [o.code, o]));
const districtCodes = new Set(DEMO_DISTRICTS.map((d) => d.code));
const supervisorLogins = new Set(DEMO_SUPERVISORS.map((s) => s.login));
const streets = demoStreets();
const catalogue = demoCatalogue();
const byCode = new Map(catalogue.map((n) => [n.code, n]));
const items = catalogue.filter((n) => n.level === 'item');

const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;
const duplicates = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

/** IIN check digit, written independently of people-data.ts. */
function iinValid(iin: string): boolean {
  if (!/^\d{12}$/.test(iin)) return false;
  const d = iin.split('').map((c) => Number(c));
  const sum = (weights: number[]) => weights.reduce((acc, w, i) => acc + w * (d[i] ?? 0), 0) % 11;
  let check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (check === 10) check = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  if (check === 10) return false;
  return check === d[11];
}

describe('demo organisations', () => {
  it('are the 212 executors of iKOMEK 109 with the real mix of types', () => {
    expect(orgs).toHaveLength(212);
    const counts: Record<string, number> = {};
    for (const o of orgs) counts[o.type] = (counts[o.type] ?? 0) + 1;
    expect(counts).toEqual({ city_body: 17, subordinate: 27, regional_body: 23, housing_coop: 52, lift_service: 2, school: 91 });
  });

  it('have unique codes and names in three languages', () => {
    expect(duplicates(orgs.map((o) => o.code))).toEqual([]);
    for (const o of orgs) {
      expect(o.name.ru.trim(), o.code).not.toBe('');
      expect(o.name.kk.trim(), o.code).not.toBe('');
      expect(o.name.en.trim(), o.code).not.toBe('');
    }
  });

  it('refer only to existing parents, districts and supervisors', () => {
    for (const o of orgs) {
      if (o.parent !== undefined) {
        expect(orgByCode.has(o.parent), `${o.code} → ${o.parent}`).toBe(true);
        expect(o.parent).not.toBe(o.code);
      }
      if (o.district !== undefined) expect(districtCodes.has(o.district), `${o.code} → ${o.district}`).toBe(true);
      if (o.supervisor !== undefined) expect(supervisorLogins.has(o.supervisor), `${o.code} → ${o.supervisor}`).toBe(true);
    }
  });

  it('are deterministic', () => {
    expect(demoOrganisations()).toEqual(orgs);
  });
});

describe('demo city', () => {
  it('has unique district, street and house codes', () => {
    expect(unique(DEMO_DISTRICTS.map((d) => d.code))).toBe(true);
    expect(duplicates(streets.map((s) => s.code))).toEqual([]);
    for (const s of streets) expect(duplicates(s.houses.map((h) => h.number)), s.code).toEqual([]);
  });

  it('puts every street in a district and every house inside the city bbox', () => {
    const inBox = (lat: number, lon: number) =>
      lat >= DEMO_BBOX.minLat && lat <= DEMO_BBOX.maxLat && lon >= DEMO_BBOX.minLon && lon <= DEMO_BBOX.maxLon;
    for (const d of DEMO_DISTRICTS) expect(inBox(d.centre.lat, d.centre.lon), d.code).toBe(true);
    for (const s of streets) {
      expect(districtCodes.has(s.district), s.code).toBe(true);
      expect(s.houses.length, s.code).toBeGreaterThan(0);
      for (const h of s.houses) expect(inBox(h.lat, h.lon), `${s.code} ${h.number}`).toBe(true);
    }
  });

  it('gives apartment buildings a housing cooperative as manager', () => {
    let apartments = 0;
    for (const s of streets) {
      for (const h of s.houses) {
        if (h.manager === undefined) continue;
        expect(h.apartmentBuilding).toBe(true);
        expect(orgByCode.get(h.manager)?.type, `${s.code} ${h.number}`).toBe('housing_coop');
      }
      apartments += s.houses.filter((h) => h.apartmentBuilding).length;
    }
    expect(apartments).toBeGreaterThan(100);
  });

  it('splits the districts between the lift services', () => {
    expect(Object.keys(LIFT_SERVICE_DISTRICTS).sort()).toEqual([...districtCodes].sort());
    for (const lift of Object.values(LIFT_SERVICE_DISTRICTS)) expect(orgByCode.get(lift)?.type).toBe('lift_service');
  });

  it('generates the same streets every time', () => {
    expect(demoStreets()).toEqual(streets);
  });
});

describe('demo catalogue', () => {
  const children = (code: string) => catalogue.filter((n) => n.parent === code);

  it('has unique, well-formed codes with parents listed before children', () => {
    expect(duplicates(catalogue.map((n) => n.code))).toEqual([]);
    const seen = new Set<string>();
    for (const n of catalogue) {
      if (n.parent !== undefined) expect(seen.has(n.parent), `${n.code} before ${n.parent}`).toBe(true);
      seen.add(n.code);
      const re = { sphere: /^S\d{2}$/, category: /^S\d{2}\.C\d{2}$/, item: /^S\d{2}\.C\d{2}\.I\d{3}$/ }[n.level];
      expect(n.code).toMatch(re);
      if (n.parent !== undefined) expect(n.code.startsWith(`${n.parent}.`)).toBe(true);
    }
  });

  it('is a three-level tree: spheres → categories → items', () => {
    const spheres = catalogue.filter((n) => n.level === 'sphere');
    const categories = catalogue.filter((n) => n.level === 'category');
    expect(spheres.length).toBeGreaterThanOrEqual(15);
    for (const s of spheres) {
      expect(s.parent).toBeUndefined();
      expect(children(s.code).length, s.code).toBeGreaterThanOrEqual(2);
    }
    for (const c of categories) {
      expect(byCode.get(c.parent ?? '')?.level, c.code).toBe('sphere');
      expect(children(c.code).length, c.code).toBeGreaterThanOrEqual(1);
    }
    for (const i of items) {
      const category = byCode.get(i.parent ?? '');
      expect(category?.level, i.code).toBe('category');
      expect(byCode.get(category?.parent ?? '')?.level, i.code).toBe('sphere');
      expect(children(i.code)).toEqual([]);
    }
  });

  it('has more than 1000 items (R5)', () => {
    expect(items.length).toBeGreaterThanOrEqual(1000);
  });

  it('gives every item a criticality, a valid deadline and an existing executor (R6, R7)', () => {
    for (const i of items) {
      expect(CRITICALITIES, i.code).toContain(i.criticality);
      const d = i.deadline;
      expect(d, i.code).toBeDefined();
      if (!d) continue;
      expect(Number.isInteger(d.amount) && d.amount > 0, i.code).toBe(true);
      expect(['hours', 'days']).toContain(d.unit);
      expect(['calendar', 'working']).toContain(d.mode);
      expect(orgByCode.has(i.executor ?? ''), `${i.code} → ${i.executor}`).toBe(true);
    }
  });

  it('keeps item-only fields off spheres and categories', () => {
    for (const n of catalogue.filter((x) => x.level !== 'item')) {
      expect(n.criticality, n.code).toBeUndefined();
      expect(n.deadline, n.code).toBeUndefined();
      expect(n.executor, n.code).toBeUndefined();
      expect(n.executorByDistrict, n.code).toBeUndefined();
      expect(n.routeToHouseManager, n.code).toBeUndefined();
    }
  });

  it('routes by district only to existing districts and organisations', () => {
    const split = items.filter((i) => i.executorByDistrict);
    expect(split.length).toBeGreaterThan(0);
    for (const i of split) {
      for (const [district, org] of Object.entries(i.executorByDistrict ?? {})) {
        expect(districtCodes.has(district), `${i.code}: ${district}`).toBe(true);
        expect(orgByCode.has(org), `${i.code}: ${org}`).toBe(true);
      }
    }
    const lifts = items.filter((i) => /лифт/i.test(i.name.ru) && i.executorByDistrict);
    expect(lifts.length).toBeGreaterThan(5);
    for (const i of lifts) expect(i.executorByDistrict).toEqual(LIFT_SERVICE_DISTRICTS);
  });

  it('sends common property of apartment buildings to the house manager, with a fallback executor', () => {
    const house = items.filter((i) => i.routeToHouseManager);
    expect(house.length).toBeGreaterThan(50);
    for (const i of house) expect(orgByCode.has(i.executor ?? ''), i.code).toBe(true);
  });

  it('spreads items across at least 40 executors', () => {
    expect(new Set(items.map((i) => i.executor)).size).toBeGreaterThanOrEqual(40);
  });

  it('has names in ru/kk/en, unique within each parent', () => {
    const groups = new Map<string, DemoCatalogueNode[]>();
    for (const n of catalogue) {
      const key = n.parent ?? '';
      groups.set(key, [...(groups.get(key) ?? []), n]);
      for (const lang of ['ru', 'kk', 'en'] as const) {
        expect(n.name[lang].trim(), `${n.code} ${lang}`).not.toBe('');
        expect(n.name[lang]).toBe(n.name[lang].trim());
        expect(n.name[lang], `${n.code} ${lang}`).not.toMatch(/[{}|]/);
      }
    }
    for (const [parent, siblings] of groups) {
      for (const lang of ['ru', 'kk', 'en'] as const) {
        expect(duplicates(siblings.map((s) => s.name[lang].toLowerCase())), `${parent} ${lang}`).toEqual([]);
      }
    }
  });

  it('has real Kazakh, not a copy of the Russian', () => {
    const differs = items.filter((i) => i.name.kk !== i.name.ru).length;
    expect(differs / items.length).toBeGreaterThanOrEqual(0.9);
    const kazakhLetters = items.filter((i) => /[әғқңөұүһі]/i.test(i.name.kk)).length;
    expect(kazakhLetters / items.length).toBeGreaterThanOrEqual(0.7);
    // Latin letters only where the Russian has them too (eGov, NCALayer, Kundelik): no transliteration.
    for (const i of items) if (/[a-z]/i.test(i.name.kk)) expect(i.name.ru, i.code).toMatch(/[a-z]/i);
  });

  it('makes urgent dangers calendar hours and questions 15 working days', () => {
    const find = (ru: RegExp) => {
      const found = items.find((i) => ru.test(i.name.ru));
      expect(found, String(ru)).toBeDefined();
      return found as DemoCatalogueNode;
    };
    expect(find(/^Открыт канализационный люк$/)).toMatchObject({ criticality: 'critical', deadline: { amount: 4, unit: 'hours', mode: 'calendar' } });
    expect(find(/^Не работает светофор на перекрёстке$/)).toMatchObject({ criticality: 'critical', deadline: { amount: 4, unit: 'hours', mode: 'calendar' } });
    expect(find(/^Прорыв водопровода$/)).toMatchObject({ criticality: 'critical', deadline: { amount: 6, unit: 'hours', mode: 'calendar' } });
    expect(find(/^Нет отопления в квартире$/)).toMatchObject({ criticality: 'high', deadline: { amount: 24, unit: 'hours', mode: 'calendar' } });
    expect(find(/^Застряли люди в лифте$/)).toMatchObject({ criticality: 'critical', deadline: { amount: 1, unit: 'hours', mode: 'calendar' } });
    expect(find(/^Яма на проезжей части$/)).toMatchObject({ criticality: 'medium', deadline: { amount: 10, unit: 'days', mode: 'working' } });
    expect(find(/^Не горит фонарь на улице$/)).toMatchObject({ criticality: 'low', deadline: { amount: 5, unit: 'days', mode: 'working' }, executor: 'gorsvet' });
    expect(find(/^Получение ЭЦП$/)).toMatchObject({ deadline: { amount: 15, unit: 'days', mode: 'working' }, executor: 'con' });
    for (const i of items.filter((x) => x.deadline?.unit === 'hours')) expect(i.deadline?.mode, i.code).toBe('calendar');
    for (const i of items.filter((x) => x.deadline?.unit === 'days')) expect(i.deadline?.mode, i.code).toBe('working');
    for (const i of items.filter((x) => x.criticality === 'critical')) expect(i.deadline?.unit, i.code).toBe('hours');
  });

  it('gives colloquial synonyms to common problems', () => {
    const pothole = items.find((i) => i.name.ru === 'Яма на проезжей части');
    expect(pothole?.synonyms).toEqual(expect.arrayContaining(['яма', 'ойық']));
  });

  it('is deterministic', () => {
    expect(demoCatalogue()).toEqual(catalogue);
  });
});

describe('demo people', () => {
  it('mulberry32 is deterministic for a seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it('generates the same citizens for the same seed', () => {
    const gen = (seed: number) => {
      const rand = mulberry32(seed);
      return Array.from({ length: 50 }, () => fictionalCitizen(rand));
    };
    expect(gen(7)).toEqual(gen(7));
    expect(gen(7)).not.toEqual(gen(8));
  });

  it('generates valid phones and IINs', () => {
    const rand = mulberry32(2024);
    let withIin = 0;
    for (let i = 0; i < 500; i++) {
      const c = fictionalCitizen(rand);
      expect(c.fullName.split(' ')).toHaveLength(3);
      expect(c.phone).toMatch(/^\+7\d{10}$/);
      expect(MOBILE_PREFIXES).toContain(c.phone.slice(2, 5));
      expect(['ru', 'kk', 'en']).toContain(c.lang);
      if (c.iin !== undefined) {
        withIin++;
        expect(iinValid(c.iin), c.iin).toBe(true);
      }
    }
    expect(withIin).toBeGreaterThan(50);
    for (let i = 0; i < 200; i++) {
      const iin = fictionalIin(rand, { year: 1950 + (i % 60), month: 1 + (i % 12), day: 1 + (i % 28) }, i % 2 ? 'f' : 'm');
      expect(iinValid(iin), iin).toBe(true);
      expect(iin.slice(0, 2)).toBe(String((1950 + (i % 60)) % 100).padStart(2, '0'));
      expect(fictionalPhone(rand)).toMatch(/^\+7\d{10}$/);
    }
  });

  it('the independent IIN check rejects a wrong check digit', () => {
    const iin = fictionalIin(mulberry32(1), { year: 1985, month: 6, day: 15 }, 'm');
    const wrong = iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10);
    expect(iinValid(iin)).toBe(true);
    expect(iinValid(wrong)).toBe(false);
  });

  it('writes appeal texts of 60–400 characters in both languages', () => {
    const rand = mulberry32(109);
    const sample = items.filter((_, i) => i % 5 === 0);
    expect(sample.length).toBeGreaterThan(200);
    for (const item of sample) {
      for (const lang of ['ru', 'kk'] as const) {
        for (const address of ['', lang === 'kk' ? 'Алтынсарин көшесі, 110' : 'ул. Алтынсарина, 110']) {
          const text = appealText(rand, item, address, lang);
          expect(text.length, `${item.code} ${lang}: ${text}`).toBeGreaterThanOrEqual(60);
          expect(text.length, `${item.code} ${lang}: ${text}`).toBeLessThanOrEqual(400);
        }
      }
    }
  });

  it('staff logins are unique, orgs exist and supervisors agree with the city', () => {
    expect(duplicates(DEMO_STAFF.map((s) => s.login))).toEqual([]);
    for (const s of DEMO_STAFF) if (s.org !== undefined) expect(orgByCode.has(s.org), `${s.login} → ${s.org}`).toBe(true);
    for (const sup of DEMO_SUPERVISORS) {
      const staff = DEMO_STAFF.find((s) => s.login === sup.login);
      expect(staff, sup.login).toMatchObject({ fullName: sup.fullName, role: 'supervisor' });
    }
  });
});
