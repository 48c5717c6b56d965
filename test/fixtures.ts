import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApiToken } from '../src/app/auth.ts';
import { CalendarService } from '../src/app/calendar-service.ts';
import { ReferenceCache } from '../src/app/reference-cache.ts';
import type { Ctx } from '../src/app/context.ts';
import { loadConfig } from '../src/config/config.ts';
import type { Database, Db } from '../src/db/client.ts';
import { catalogue, catalogueRoutes, districts, houses, organisations, streets, users } from '../src/db/schema.ts';
import type { Actor } from '../src/domain/policy.ts';
import type { Role } from '../src/domain/types.ts';
import { buildApp, type App } from '../src/http/app.ts';
import { createLogger } from '../src/logger.ts';
import { FileBlobStore } from '../src/storage/blob-store.ts';

export const testConfig = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent' });

/** A clock the test moves by hand. */
export function manualClock(start = new Date('2026-03-02T10:00:00+05:00')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    set: (d: Date) => {
      now = d.getTime();
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

export type World = Awaited<ReturnType<typeof seedWorld>>;

/**
 * A small city: two districts, three executors under two supervisors, a house served by a
 * housing coop, and items with each routing rule. Returns ids, actors and API tokens.
 */
export async function seedWorld(db: Db) {
  const [d1, d2] = await db.insert(districts).values([
    { code: 'center', nameRu: 'Центр', nameKk: 'Орталық', nameEn: 'Centre' },
    { code: 'north', nameRu: 'Северный', nameKk: 'Солтүстік', nameEn: 'North' },
  ]).returning();
  const mk = async (login: string, role: Role, organisationId: number | null = null) => {
    const [u] = await db.insert(users).values({ login, passwordHash: 'x', fullName: `${login} user`, role, organisationId }).returning();
    return u!;
  };
  const sup1 = await mk('sup1', 'supervisor');
  const sup2 = await mk('sup2', 'supervisor');
  const [orgA, orgB, coop] = await db.insert(organisations).values([
    { code: 'roads', type: 'city_body', nameRu: 'Отдел дорог', nameKk: 'Жолдар бөлімі', nameEn: 'Roads department', supervisorId: sup1.id },
    { code: 'water', type: 'subordinate', nameRu: 'Водоканал', nameKk: 'Су арнасы', nameEn: 'Water utility', supervisorId: sup2.id },
    { code: 'coop-1', type: 'housing_coop', nameRu: 'ПКСК «Уют»', nameKk: 'ПКТК «Уют»', nameEn: 'Housing coop Uyut', supervisorId: sup1.id },
  ]).returning();
  const [street] = await db.insert(streets).values({ code: 'baitursynov', nameRu: 'ул. Байтурсынова', nameKk: 'Байтұрсынов к-сі', nameEn: 'Baitursynov St', districtId: d1!.id }).returning();
  const [northStreet] = await db.insert(streets).values({ code: 'abai', nameRu: 'пр. Абая', nameKk: 'Абай даңғылы', nameEn: 'Abai Ave', districtId: d2!.id }).returning();
  const [house, northHouse] = await db.insert(houses).values([
    { streetId: street!.id, number: '110', lat: 53.21, lon: 63.62, apartmentBuilding: true, managerOrgId: coop!.id },
    { streetId: northStreet!.id, number: '5А', lat: 53.23, lon: 63.63, apartmentBuilding: false },
  ]).returning();
  const [sphere] = await db.insert(catalogue).values({ code: 'S1', level: 'sphere', nameRu: 'ЖКХ', nameKk: 'ТКШ', nameEn: 'Utilities' }).returning();
  const [cat] = await db.insert(catalogue).values({ code: 'S1.C1', level: 'category', parentId: sphere!.id, nameRu: 'Дороги', nameKk: 'Жолдар', nameEn: 'Roads' }).returning();
  const [manhole, pothole, roof] = await db.insert(catalogue).values([
    { code: 'S1.C1.I1', level: 'item', parentId: cat!.id, nameRu: 'Открытый люк', nameKk: 'Ашық құдық', nameEn: 'Open manhole', criticality: 'critical', deadlineAmount: 4, deadlineUnit: 'hours', deadlineMode: 'calendar', executorId: orgB!.id },
    { code: 'S1.C1.I2', level: 'item', parentId: cat!.id, nameRu: 'Яма на дороге', nameKk: 'Жолдағы шұңқыр', nameEn: 'Pothole', criticality: 'medium', deadlineAmount: 10, deadlineUnit: 'days', deadlineMode: 'working', executorId: orgA!.id },
    { code: 'S1.C1.I3', level: 'item', parentId: cat!.id, nameRu: 'Протекает крыша', nameKk: 'Шатыр ағады', nameEn: 'Leaking roof', criticality: 'high', executorId: orgA!.id, routeToHouseManager: true },
  ]).returning();
  // In the north the pothole goes to the water utility (they dig there): a district route.
  await db.insert(catalogueRoutes).values({ itemId: pothole!.id, districtId: d2!.id, executorId: orgB!.id });

  const staff = {
    operator: await mk('operator', 'operator'),
    inspector: await mk('inspector', 'inspector'),
    executorA: await mk('exec-a', 'executor', orgA!.id),
    executorB: await mk('exec-b', 'executor', orgB!.id),
    supervisor1: sup1,
    supervisor2: sup2,
    analyst: await mk('analyst', 'analyst'),
    admin: await mk('admin', 'admin'),
  };
  const tokens = {} as Record<keyof typeof staff, string>;
  const actors = {} as Record<keyof typeof staff, Actor>;
  for (const [k, u] of Object.entries(staff) as [keyof typeof staff, (typeof staff)['admin']][]) {
    tokens[k] = (await createApiToken(db, u.id, 'test')).token;
    actors[k] = { id: u.id, role: u.role as Role, organisationId: u.organisationId };
  }
  return {
    districts: { center: d1!, north: d2! },
    orgs: { roads: orgA!, water: orgB!, coop: coop! },
    houses: { central: house!, north: northHouse! },
    items: { manhole: manhole!, pothole: pothole!, roof: roof!, category: cat!, sphere: sphere! },
    staff,
    tokens,
    actors,
  };
}

export function makeCtx(database: Database, clock = manualClock(), config = testConfig): Ctx {
  // Each context stores attachments in its own temporary folder.
  const blobs = new FileBlobStore(fs.mkdtempSync(path.join(os.tmpdir(), 'jauap-files-')));
  return { db: database.db, config, calendar: new CalendarService(), refs: new ReferenceCache(), blobs, now: clock.now };
}

export async function makeApp(database: Database, clock = manualClock(), config = testConfig): Promise<App> {
  // Internal errors are logged: a 500 in a test must say why.
  return buildApp({ ...makeCtx(database, clock, config), database, logger: createLogger('error') });
}

/** A thin client for route tests. */
export function client(app: App, token?: string, lang = 'en') {
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await app.inject({
      method,
      url,
      headers: { 'accept-language': lang, ...(token && { authorization: `Bearer ${token}` }), ...headers },
      ...(body !== undefined && { payload: body as Record<string, unknown> }),
    });
    let json: unknown = null;
    try {
      json = res.json();
    } catch {
      /* not JSON: see `text` */
    }
    // Route tests read arbitrary response shapes; the schemas are checked by the assertions.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.statusCode, body: json as any, text: res.body, headers: res.headers };
  };
  return {
    get: (url: string, headers?: Record<string, string>) => call('GET', url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Record<string, string>) => call('POST', url, body ?? {}, headers),
    patch: (url: string, body: unknown) => call('PATCH', url, body),
    put: (url: string, body: unknown) => call('PUT', url, body),
    del: (url: string) => call('DELETE', url),
  };
}

export type UploadPart = { name: string; value: string } | { name: string; fileName: string; data: Buffer; type?: string };

/** A multipart/form-data body as browsers and mobile apps send it. */
export function multipart(parts: UploadPart[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----jauap${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head =
      'data' in p
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.fileName}"\r\nContent-Type: ${p.type ?? 'application/octet-stream'}\r\n\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n`;
    chunks.push(Buffer.from(head), 'data' in p ? p.data : Buffer.from(p.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Real media for upload tests: a JPEG photo with EXIF (camera, GPS), and the start of an MP4. */
export async function samplePhoto(width = 800, height = 600, seed = 0): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp({ create: { width, height, channels: 3, background: { r: 40 + seed, g: 120, b: 200 } } })
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Make: 'TestCam', Model: 'Jauap 1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 12/1 0/1' } })
    .toBuffer();
}

export function sampleVideo(bytes = 200_000): Buffer {
  // An ISO BMFF header (ftyp box, brand isom) followed by payload: what phones record.
  const ftyp = Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')]);
  const body = Buffer.alloc(bytes - ftyp.length);
  for (let i = 0; i < body.length; i++) body[i] = i % 251;
  return Buffer.concat([ftyp, body]);
}
