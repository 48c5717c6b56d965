import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { eq, sql } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpen311Key } from '../src/app/open311-keys.ts';
import { loadConfig } from '../src/config/config.ts';
import { appeals, open311Keys, users } from '../src/db/schema.ts';
import { loadDemoCity } from '../src/demo/load-demo.ts';
import type { App } from '../src/http/app.ts';
import { describeEngines } from './engines.ts';
import { client, makeApp, manualClock, multipart, samplePhoto, seedWorld, type World } from './fixtures.ts';

// ——— The shared schemas of the standard, and what the XML answers parse back to ———

// A copy of the workplace's shared schemas (the standard's own), kept in the repository so a
// clean clone validates against them without anything beside it.
const SCHEMAS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'open311-schemas');
const readSchema = (name: string) => JSON.parse(fs.readFileSync(path.join(SCHEMAS, name), 'utf8')) as Record<string, unknown>;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// The swagger definitions use formats of their own.
ajv.addFormat('uid', true);
ajv.addFormat('uint', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= 0 });
ajv.addFormat('double', { type: 'number', validate: () => true });
ajv.addSchema(readSchema('request.json'), 'request.json');
ajv.addSchema(readSchema('service.json'), 'service.json');
const swagger = readSchema('swagger.json') as { definitions: Record<string, object> };
const arrayOf = (items: object) => ({ type: 'array', items });

type Kind = 'services' | 'definition' | 'requests' | 'created' | 'token' | 'discovery' | 'errors';

const schemas: Record<Kind, ValidateFunction> = {
  services: ajv.compile(readSchema('services.json')),
  definition: ajv.compile(readSchema('service-definition.json')),
  requests: ajv.compile(readSchema('requests.json')),
  // POST requests and tokens have no file of their own: the swagger's definitions.
  created: ajv.compile(arrayOf(swagger.definitions.RequestResponse!)),
  token: ajv.compile(arrayOf(swagger.definitions.TokenResponse!)),
  // Discovery and errors as the GeoReport v2 page defines them.
  discovery: ajv.compile({
    type: 'object',
    required: ['changeset', 'contact', 'key_service', 'endpoints'],
    properties: {
      changeset: { type: 'string', format: 'date-time' },
      contact: { type: 'string' },
      key_service: { type: 'string' },
      endpoints: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['specification', 'url', 'changeset', 'type', 'formats'],
          properties: {
            specification: { type: 'string', format: 'uri' },
            url: { type: 'string', format: 'uri' },
            changeset: { type: 'string', format: 'date-time' },
            type: { enum: ['production', 'test'] },
            formats: { type: 'array', items: { enum: ['application/json', 'text/xml'] } },
          },
        },
      },
    },
  }),
  errors: ajv.compile({
    type: 'array',
    minItems: 1,
    items: { type: 'object', required: ['code', 'description'], additionalProperties: false, properties: { code: { type: 'integer' }, description: { type: 'string', minLength: 1 } } },
  }),
};

function valid(kind: Kind, body: unknown): void {
  const v = schemas[kind];
  expect(v(body), JSON.stringify(v.errors)).toBe(true);
}

// XML back to the JSON shape: lists by the standard's element names, booleans, numbers, and an
// empty element as null.
const LISTS: Record<string, string> = { services: 'service', service_requests: 'request', errors: 'error', endpoints: 'endpoint', formats: 'format', attributes: 'attribute', values: 'value' };
const MEMBERS = new Set(Object.values(LISTS));
const BOOLS = new Set(['metadata', 'variable', 'required']);
const NUMBERS = new Set(['lat', 'long', 'order']);
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false, isArray: (name) => MEMBERS.has(name) });

function typed(name: string, v: unknown, kind: Kind): unknown {
  if (name in LISTS) {
    if (v === '' || v === undefined) return [];
    const items = (v as Record<string, unknown[]>)[LISTS[name]!] ?? [];
    return items.map((x) => typed(LISTS[name]!, x, kind));
  }
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typed(k, x, kind)]));
  if (v === '') return null;
  if (BOOLS.has(name)) return v === 'true';
  if (NUMBERS.has(name) || (kind === 'errors' && name === 'code')) return Number(v);
  return v;
}

function fromXml(xml: string, root: string, kind: Kind): unknown {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  const doc = parser.parse(xml) as Record<string, unknown>;
  expect(Object.keys(doc).filter((k) => k !== '?xml')).toEqual([root]);
  return typed(root, doc[root], kind);
}

const ROOTS: Record<Kind, string> = { services: 'services', definition: 'service_definition', requests: 'service_requests', created: 'service_requests', token: 'service_requests', discovery: 'discovery', errors: 'errors' };

type Res = { status: number; body: unknown; type: string };

function form(fields: Record<string, string | number>): string {
  return new URLSearchParams(Object.entries(fields).map(([k, v]): [string, string] => [k, String(v)])).toString();
}

const BASE = '/open311/v2';

describeEngines('Open311 GeoReport v2', (getDb) => {
  let app: App;
  let w: World;
  const clock = manualClock();
  // Generous per-address limits here; the limits have their own app below.
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', PUBLIC_RATE_LIMIT: '100000', PUBLIC_SUBMIT_LIMIT: '100000' });
  let key: string;
  let otherKey: string;

  /** One call in one format; the body is parsed back (XML into the JSON shape) and validated. */
  async function call(method: 'GET' | 'POST', url: string, kind: Kind, opts: { payload?: string | Buffer; headers?: Record<string, string>; lang?: string } = {}): Promise<Res> {
    const res = await app.inject({
      method,
      url,
      headers: { 'accept-language': opts.lang ?? 'en', ...(opts.payload !== undefined && typeof opts.payload === 'string' && { 'content-type': 'application/x-www-form-urlencoded' }), ...opts.headers },
      ...(opts.payload !== undefined && { payload: opts.payload }),
    });
    const type = String(res.headers['content-type']);
    const xml = /\.xml(\?|$)/.test(url);
    expect(type).toBe(xml ? 'text/xml; charset=utf-8' : 'application/json; charset=utf-8');
    const body = xml ? fromXml(res.body, ROOTS[kind], kind) : res.json();
    valid(kind, body);
    return { status: res.statusCode, body, type };
  }
  /** The same call in both formats: they must agree. */
  async function both(method: 'GET' | 'POST', url: string, kind: Kind, opts: Parameters<typeof call>[3] = {}): Promise<Res> {
    const [p = '', q] = url.split('?');
    const json = await call(method, `${p}.json${q ? `?${q}` : ''}`, kind, opts);
    const xml = await call(method, `${p}.xml${q ? `?${q}` : ''}`, kind, opts);
    expect(xml.status).toBe(json.status);
    expect(xml.body).toEqual(json.body);
    return json;
  }
  const errorsOf = (r: Res) => r.body as { code: number; description: string }[];
  const post = (fields: Record<string, string | number>, format: 'json' | 'xml' = 'json', headers: Record<string, string> = {}) =>
    call('POST', `${BASE}/requests.${format}`, fields.api_key === undefined || fields.service_code === undefined || fields.api_key === 'wrong' ? 'errors' : 'created', { payload: form(fields), headers });
  const created = (r: Res) => (r.body as { service_request_id: string; token: string; service_notice: string; jauap_number: string; jauap_tracking_url: string }[])[0]!;
  const requestsOf = (r: Res) => r.body as Record<string, unknown>[];

  beforeAll(async () => {
    w = await seedWorld(getDb().db);
    app = await makeApp(getDb(), clock, config);
    key = (await createOpen311Key({ db: getDb().db, actor: null }, { name: 'City app', channel: 'mobile_app' })).key;
    otherKey = (await createOpen311Key({ db: getDb().db, actor: null }, { name: 'Other app', channel: 'website' })).key;
  });
  afterAll(() => app.close());

  it('discovery names this endpoint and both formats', async () => {
    const r = await both('GET', `${BASE}/discovery`, 'discovery');
    expect(r.status).toBe(200);
    const d = r.body as { endpoints: { url: string; specification: string; formats: string[]; type: string }[] };
    expect(d.endpoints[0]).toMatchObject({ url: 'http://localhost:80/open311/v2', specification: 'http://wiki.open311.org/GeoReport_v2', type: 'test' });
    expect(d.endpoints[0]!.formats.sort()).toEqual(['application/json', 'text/xml']);
  });

  it('services are the catalogue’s active items, with group, keywords and metadata from the catalogue, in the asked language', async () => {
    const r = await both('GET', `${BASE}/services`, 'services');
    expect(r.status).toBe(200);
    const list = r.body as { service_code: string; service_name: string; group: string; metadata: boolean; type: string }[];
    expect(list.map((s) => s.service_code)).toEqual(['S1.C1.I1', 'S1.C1.I2', 'S1.C1.I3']);
    expect(list.every((s) => s.group === 'Roads' && s.type === 'realtime')).toBe(true);
    // The pothole is routed per district and the roof goes to the house's coop: they ask more.
    expect(Object.fromEntries(list.map((s) => [s.service_code, s.metadata]))).toEqual({ 'S1.C1.I1': false, 'S1.C1.I2': true, 'S1.C1.I3': true });
    expect(list[0]!.service_name).toBe('Open manhole');
    const ru = await call('GET', `${BASE}/services.json?locale=ru`, 'services');
    expect((ru.body as { service_name: string }[])[0]!.service_name).toBe('Открытый люк');
    const kk = await call('GET', `${BASE}/services.xml`, 'services', { lang: 'kk-KZ' });
    expect((kk.body as { service_name: string; group: string }[])[0]).toMatchObject({ service_name: 'Ашық құдық', group: 'Жолдар' });
    // An inactive item is no service.
    await getDb().db.execute(sql`update catalogue set active = false where code = 'S1.C1.I1'`);
    const after = await call('GET', `${BASE}/services.json`, 'services');
    expect((after.body as { service_code: string }[]).map((s) => s.service_code)).toEqual(['S1.C1.I2', 'S1.C1.I3']);
    expect((await call('GET', `${BASE}/services/S1.C1.I1.xml`, 'errors')).status).toBe(404);
    await getDb().db.execute(sql`update catalogue set active = true where code = 'S1.C1.I1'`);
  });

  it('service definitions: the districts where the catalogue routes by district, entrance and apartment for apartment buildings', async () => {
    const pothole = await both('GET', `${BASE}/services/S1.C1.I2`, 'definition');
    expect(pothole.status).toBe(200);
    expect(pothole.body).toMatchObject({
      service_code: 'S1.C1.I2',
      attributes: [{ variable: true, code: 'district', datatype: 'singlevaluelist', required: false, order: 1, values: [{ key: 'center', name: 'Centre' }, { key: 'north', name: 'North' }] }],
    });
    const roof = await both('GET', `${BASE}/services/S1.C1.I3`, 'definition');
    expect((roof.body as { attributes: { code: string; datatype: string; order: number }[] }).attributes.map((a) => [a.code, a.datatype, a.order])).toEqual([
      ['entrance', 'string', 1],
      ['apartment', 'string', 2],
    ]);
    const manhole = await both('GET', `${BASE}/services/S1.C1.I1`, 'definition');
    expect(manhole.body).toEqual({ service_code: 'S1.C1.I1', attributes: [] });
    const unknown = await both('GET', `${BASE}/services/NOPE`, 'errors');
    expect(unknown.status).toBe(404);
    expect(errorsOf(unknown)[0]).toMatchObject({ code: 404 });
    // A category is not a service.
    expect((await call('GET', `${BASE}/services/S1.C1.json`, 'errors')).status).toBe(404);
  });

  it('creates a request from form fields with coordinates and an attribute; the answer validates; the request reads back in both formats', async () => {
    const r = await post({ api_key: key, service_code: 'S1.C1.I2', lat: 53.2301, long: 63.6312, description: 'Глубокая яма у остановки, машины объезжают по встречной', 'attribute[district]': 'north', email: 'aigul@example.kz', first_name: 'Айгүл', last_name: 'Серікова' });
    expect(r.status).toBe(201);
    const c = created(r);
    expect(c.service_request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.service_notice).toContain(c.jauap_number);
    expect(c.jauap_tracking_url).toMatch(new RegExp(`^http://localhost:80/track/${c.jauap_number}\\?code=[0-9A-Z]{10}$`));

    const one = await both('GET', `${BASE}/requests/${c.service_request_id}`, 'requests');
    const [req] = requestsOf(one);
    expect(req).toMatchObject({
      service_request_id: c.service_request_id,
      status: 'open',
      service_code: 'S1.C1.I2',
      service_name: 'Pothole',
      description: 'Глубокая яма у остановки, машины объезжают по встречной',
      lat: 53.2301,
      long: 63.6312,
      agency_responsible: 'Roads department',
      jauap_status: 'routed',
      jauap_number: c.jauap_number,
      media_url: null,
    });
    // Without the key it is a public request: no tracking link for strangers.
    expect(req).not.toHaveProperty('jauap_tracking_url');

    // Registered as the key's own channel account, with the key's channel; the attribute is on
    // the staff timeline as an internal note, not in the public text.
    const [row] = await getDb().db.select({ channel: appeals.channel, login: users.login, citizenId: appeals.citizenId }).from(appeals).innerJoin(users, eq(users.id, appeals.registeredById)).where(eq(appeals.id, c.service_request_id));
    const [k] = await getDb().db.select().from(open311Keys).where(eq(open311Keys.name, 'City app'));
    expect(row).toMatchObject({ channel: 'mobile_app', login: `open311:${k!.id}` });
    expect(row!.citizenId).not.toBeNull();
    const card = await client(app, w.tokens.operator).get(`/api/v1/appeals/${c.service_request_id}`);
    const notes = card.body.timeline.filter((e: { action: string }) => e.action === 'comment');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ visibility: 'internal' });
    expect(notes[0].comment).toContain('Район: Северный');
    expect(card.body.channel).toBe('mobile_app');
  });

  it('an XML post with an address of the register gets the house, its coop and its district; entrance and apartment go to staff only', async () => {
    const r = await post({ api_key: key, service_code: 'S1.C1.I3', address_string: 'Байтурсынова 110', 'attribute[entrance]': '2', 'attribute[apartment]': '15Ж', description: 'Течёт крыша над последним этажом' }, 'xml');
    expect(r.status).toBe(201);
    const c = created(r);
    const [req] = requestsOf(await both('GET', `${BASE}/requests/${c.service_request_id}`, 'requests'));
    expect(req).toMatchObject({ address: 'Байтурсынова 110', address_id: String(w.houses.central.id), agency_responsible: 'Housing coop Uyut', lat: 53.21, long: 63.62 });
    expect(JSON.stringify(req)).not.toContain('15Ж');
    const card = await client(app, w.tokens.operator).get(`/api/v1/appeals/${c.service_request_id}`);
    expect(card.body.timeline.find((e: { action: string }) => e.action === 'comment').comment).toBe('Open311 — Подъезд: 2; Квартира: 15Ж');

    // address_id names a house directly; an unknown one is refused.
    const byId = await post({ api_key: key, service_code: 'S1.C1.I2', address_id: w.houses.north.id });
    expect(byId.status).toBe(201);
    const [north] = requestsOf(await call('GET', `${BASE}/requests/${created(byId).service_request_id}.json`, 'requests'));
    // The north's potholes go to the water utility (a district route); no description: the service's name.
    expect(north).toMatchObject({ agency_responsible: 'Water utility', address_id: String(w.houses.north.id), description: 'Pothole' });
    // A JSON body is taken too, attributes as an object.
    const json = await app.inject({ method: 'POST', url: `${BASE}/requests.json`, payload: { api_key: key, service_code: 'S1.C1.I2', lat: 53.2, long: 63.6, attribute: { district: 'center' } } });
    expect(json.statusCode).toBe(201);
    valid('created', json.json());
    const jsonCard = await client(app, w.tokens.operator).get(`/api/v1/appeals/${json.json()[0].service_request_id}`);
    expect(jsonCard.body.timeline.find((e: { action: string }) => e.action === 'comment').comment).toBe('Open311 — Район: Центр');
    const bad = await post({ api_key: key, service_code: 'S1.C1.I2', address_id: 999999 });
    expect(bad.status).toBe(400);
  });

  it('takes photos as multipart `media` parts (shown as a preview without metadata) and media_url as a link it never fetches', async () => {
    const photo = await samplePhoto(1200, 900);
    const { payload, headers } = multipart([
      { name: 'api_key', value: key },
      { name: 'service_code', value: 'S1.C1.I1' },
      { name: 'lat', value: '53.2' },
      { name: 'long', value: '63.6' },
      { name: 'description', value: 'Открыт люк во дворе, рядом детская площадка' },
      { name: 'media', fileName: 'hole.jpg', data: photo, type: 'image/jpeg' },
    ]);
    const r = await call('POST', `${BASE}/requests.xml`, 'created', { payload, headers });
    expect(r.status).toBe(201);
    const [req] = requestsOf(await both('GET', `${BASE}/requests/${created(r).service_request_id}`, 'requests'));
    expect(req!.media_url).toMatch(/^http:\/\/localhost:80\/api\/v1\/public\/attachments\/[0-9a-f-]{36}\/preview$/);
    // The link serves the preview (metadata removed) to anyone.
    const preview = await app.inject({ method: 'GET', url: String(req!.media_url).replace('http://localhost:80', '') });
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('image/webp');

    const link = await post({ api_key: key, service_code: 'S1.C1.I1', lat: 53.2, long: 63.6, description: 'Открыт люк у школы, фото по ссылке', media_url: 'https://cdn.example.kz/photos/1.jpg' });
    expect(link.status).toBe(201);
    const [withLink] = requestsOf(await call('GET', `${BASE}/requests/${created(link).service_request_id}.json`, 'requests'));
    expect(withLink!.media_url).toBe('https://cdn.example.kz/photos/1.jpg');
    const card = await client(app, w.tokens.operator).get(`/api/v1/appeals/${created(link).service_request_id}`);
    expect(card.body.timeline.find((e: { action: string }) => e.action === 'comment').comment).toContain('https://cdn.example.kz/photos/1.jpg');
    // Only http(s) links are taken.
    const js = await post({ api_key: key, service_code: 'S1.C1.I1', lat: 53.2, long: 63.6, media_url: 'javascript:alert(1)' });
    expect(js.status).toBe(400);
    expect(errorsOf(js)[0]!.description).toMatch(/^media_url: /);
  });

  it('answers bad input in the standard’s error format, in both formats: missing service code, bad coordinates, no location, wrong or missing key', async () => {
    const cases: [Record<string, string | number>, number, RegExp][] = [
      [{ api_key: key, lat: 53.2, long: 63.6 }, 400, /^service_code: required$/],
      [{ api_key: key, service_code: 'S1.C1.I2', lat: 91, long: 63.6 }, 400, /^lat: /],
      [{ api_key: key, service_code: 'S1.C1.I2', lat: 'north', long: 63.6 }, 400, /^lat: /],
      [{ api_key: key, service_code: 'S1.C1.I2', lat: 53.2, long: 181 }, 400, /^long: /],
      [{ api_key: key, service_code: 'S1.C1.I2', lat: 53.2 }, 400, /^long: latitude and longitude go together$/],
      [{ api_key: key, service_code: 'S1.C1.I2', description: 'Где-то в городе яма' }, 400, /^lat: give a location/],
      [{ api_key: key, service_code: 'NOPE', lat: 53.2, long: 63.6 }, 400, /service_code.*NOPE/],
      [{ api_key: key, service_code: 'S1.C1.I2', lat: 53.2, long: 63.6, 'attribute[district]': 'mars' }, 400, /^attribute\[district\]: unknown code: mars$/],
      [{ api_key: key, service_code: 'S1.C1.I1', lat: 53.2, long: 63.6, 'attribute[colour]': 'red' }, 400, /^attribute\[colour\]: this service has no attribute colour$/],
      [{ api_key: key, service_code: 'S1.C1.I1', lat: 53.2, long: 63.6, jurisdiction_id: 'almaty.kz' }, 400, /^jurisdiction_id: jurisdiction almaty.kz is not served here$/],
      [{ api_key: key, service_code: 'S1.C1.I1', lat: 53.2, long: 63.6, phone: '12' }, 400, /^phone: /],
      [{ api_key: 'wrong', service_code: 'S1.C1.I2', lat: 53.2, long: 63.6 }, 403, /api_key is missing, unknown or revoked/],
      [{ service_code: 'S1.C1.I2', lat: 53.2, long: 63.6 }, 403, /api_key is missing, unknown or revoked/],
    ];
    for (const [fields, status, text] of cases) {
      for (const format of ['json', 'xml'] as const) {
        const r = await call('POST', `${BASE}/requests.${format}`, 'errors', { payload: form(fields) });
        expect(r.status, JSON.stringify(fields)).toBe(status);
        expect(errorsOf(r)[0]!.code).toBe(status);
        expect(errorsOf(r).map((e) => e.description).join(' | '), JSON.stringify(fields)).toMatch(text);
      }
    }
    // Two problems, two entries; and in the caller's language.
    const two = await call('POST', `${BASE}/requests.json?locale=ru`, 'errors', { payload: form({ api_key: key, lat: 95, long: 63.6 }) });
    expect(errorsOf(two).map((e) => e.description.split(':')[0])).toEqual(['service_code', 'lat']);
    expect(errorsOf(two)[0]!.description).toBe('service_code: обязательное поле');
    const kk = await call('POST', `${BASE}/requests.xml`, 'errors', { payload: form({ api_key: 'wrong', service_code: 'S1.C1.I2', lat: 53.2, long: 63.6 }), lang: 'kk' });
    expect(errorsOf(kk)[0]!.description).toBe('API кілті (api_key) көрсетілмеген, белгісіз немесе кері қайтарылған.');
    // A wrong key on a read is refused too, rather than silently ignored.
    expect((await both('GET', `${BASE}/requests?api_key=wrong`, 'errors')).status).toBe(403);
  });

  it('answers odd values with 400, never 500: attributes that are not text, NUL characters; keeps a link as a valid URI', async () => {
    for (const value of [null, 5, { a: 1 }]) {
      const r = await app.inject({ method: 'POST', url: `${BASE}/requests.json`, payload: { api_key: key, service_code: 'S1.C1.I3', address_id: w.houses.central.id, 'attribute[entrance]': value } });
      expect(r.statusCode, JSON.stringify(value)).toBe(400);
      valid('errors', r.json());
    }
    const nul = await app.inject({ method: 'POST', url: `${BASE}/requests.json`, payload: { api_key: key, service_code: 'S1.C1.I1', lat: 53.2, long: 63.6, first_name: 'Aigul\u0000' } });
    expect(nul.statusCode).toBe(400);
    const made = created(await post({ api_key: key, service_code: 'S1.C1.I1', lat: '53.2', long: '63.6', media_url: 'https://пример.рф/фото 1.jpg' }));
    const back = await call('GET', `${BASE}/requests/${made.service_request_id}.json`, 'requests');
    expect((back.body as { media_url: string }[])[0]!.media_url).toBe('https://xn--e1afmkfd.xn--p1ai/%D1%84%D0%BE%D1%82%D0%BE%201.jpg');
  });

  it('unknown token, request and jurisdiction, and unknown paths answer 404 in the standard’s format', async () => {
    const token = await both('GET', `${BASE}/tokens/no-such-token`, 'errors');
    expect(token.status).toBe(404);
    expect(errorsOf(token)[0]!.code).toBe(404);
    expect((await both('GET', `${BASE}/requests/00000000-0000-4000-8000-000000000000`, 'errors')).status).toBe(404);
    expect((await both('GET', `${BASE}/requests/not-an-id`, 'errors')).status).toBe(404);
    expect((await both('GET', `${BASE}/services?jurisdiction_id=almaty.kz`, 'errors')).status).toBe(404);
    expect((await both('GET', `${BASE}/requests?jurisdiction_id=almaty.kz`, 'errors')).status).toBe(404);
    expect((await both('GET', `${BASE}/services?jurisdiction_id=kostanay.kz`, 'services')).status).toBe(200);
    for (const format of ['json', 'xml']) expect((await call('GET', `${BASE}/nothing.${format}`, 'errors')).status).toBe(404);
    expect((await call('GET', `${BASE}/services/S1.C1.I1.csv`, 'errors')).status).toBe(404);
  });

  it('tokens: the token of a POST resolves to its request id, in both formats', async () => {
    const r = await post({ api_key: key, service_code: 'S1.C1.I1', lat: 53.2, long: 63.6, description: 'Люк без крышки на тротуаре' });
    const c = created(r);
    const t = await both('GET', `${BASE}/tokens/${c.token}`, 'token');
    expect(t.status).toBe(200);
    expect(t.body).toEqual([{ service_request_id: c.service_request_id, token: c.token }]);
  });

  it('an idempotent retry creates no second appeal and returns the same id and token; the same key with another body is refused', async () => {
    const fields = { api_key: key, service_code: 'S1.C1.I2', lat: 53.22, long: 63.61, description: 'Яма на перекрёстке, повтор отправки' };
    const count = async () => (await getDb().db.select({ n: sql<number>`count(*)::int` }).from(appeals))[0]!.n;
    const first = await post(fields, 'json', { 'idempotency-key': 'phone-42-report-7' });
    expect(first.status).toBe(201);
    const before = await count();
    const again = await post(fields, 'xml', { 'idempotency-key': 'phone-42-report-7' });
    expect(again.status).toBe(200);
    expect(created(again).service_request_id).toBe(created(first).service_request_id);
    expect(created(again).token).toBe(created(first).token);
    expect(await count()).toBe(before);
    const reused = await call('POST', `${BASE}/requests.json`, 'errors', { payload: form({ ...fields, description: 'Совсем другая яма в другом месте' }), headers: { 'idempotency-key': 'phone-42-report-7' } });
    expect(reused.status).toBe(400);
    expect(await count()).toBe(before);
    // The key may come as a form field too; keys are scoped per API key: another client's
    // identical key is another request.
    const other = await post({ ...fields, api_key: otherKey, jauap_idempotency_key: 'phone-42-report-7' });
    expect(other.status).toBe(201);
    expect(created(other).service_request_id).not.toBe(created(first).service_request_id);
    expect(await count()).toBe(before + 1);
  });

  it('GET requests: public ones only (plus the key’s own), personal data redacted, with the standard’s filters', async () => {
    const staff = client(app, w.tokens.operator);
    // A staff appeal the citizen did not make public, one they did, and a key's private one.
    const hidden = await staff.post('/api/v1/appeals', { channel: 'phone', description: 'Яма во дворе дома, звонил житель', catalogueItemId: w.items.pothole.id });
    const shown = await staff.post('/api/v1/appeals', { channel: 'phone', description: 'Яма у школы, перезвоните +7 705 123 45 67', catalogueItemId: w.items.pothole.id, public: true });
    const uncategorised = await staff.post('/api/v1/appeals', { channel: 'phone', description: 'Что-то непонятное во дворе', public: true });
    const mine = await post({ api_key: key, service_code: 'S1.C1.I2', lat: 53.2, long: 63.6, description: 'Яма, мой телефон 87051234567', jauap_public: 'false' });
    const mineId = created(mine).service_request_id;

    const all = requestsOf(await both('GET', `${BASE}/requests`, 'requests'));
    const ids = all.map((r) => r.service_request_id);
    expect(ids).toContain(shown.body.id);
    expect(ids).not.toContain(hidden.body.id);
    expect(ids).not.toContain(uncategorised.body.id);
    expect(ids).not.toContain(mineId);
    expect(all.find((r) => r.service_request_id === shown.body.id)!.description).toBe('Яма у школы, перезвоните ***');
    // Newest first.
    const times = all.map((r) => String(r.requested_datetime));
    expect([...times].sort().reverse()).toEqual(times);

    // The key sees its own private request, unredacted, with the citizen's tracking link; others do not.
    const own = requestsOf(await both('GET', `${BASE}/requests?api_key=${key}`, 'requests'));
    expect(own.find((r) => r.service_request_id === mineId)).toMatchObject({ description: 'Яма, мой телефон 87051234567', jauap_tracking_url: expect.stringContaining('/track/') });
    expect(requestsOf(await call('GET', `${BASE}/requests.json?api_key=${otherKey}`, 'requests')).map((r) => r.service_request_id)).not.toContain(mineId);
    expect((await both('GET', `${BASE}/requests/${mineId}`, 'errors')).status).toBe(404);
    expect((await call('GET', `${BASE}/requests/${mineId}.json?api_key=${key}`, 'requests')).status).toBe(200);

    // service_request_id: a comma list that overrides every other filter (also the default 90 days).
    const second = created(await post({ api_key: key, service_code: 'S1.C1.I3', address_id: w.houses.central.id })).service_request_id;
    await post({ api_key: key, service_code: 'S1.C1.I1', lat: 53.2, long: 63.6 });
    const pair = requestsOf(await both('GET', `${BASE}/requests?service_request_id=${shown.body.id},${second}&service_code=NOPE&status=closed`, 'requests'));
    expect(pair.map((r) => r.service_request_id).sort()).toEqual([shown.body.id, second].sort());
    // The human number works as an id too.
    const byNumber = requestsOf(await call('GET', `${BASE}/requests.json?service_request_id=${shown.body.number}`, 'requests'));
    expect(byNumber.map((r) => r.service_request_id)).toEqual([shown.body.id]);

    // service_code (comma list), status.
    const codes = requestsOf(await both('GET', `${BASE}/requests?service_code=S1.C1.I3,S1.C1.I1`, 'requests'));
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes.map((r) => r.service_code))).toEqual(new Set(['S1.C1.I3', 'S1.C1.I1']));
    expect(requestsOf(await both('GET', `${BASE}/requests?status=closed`, 'requests'))).toEqual([]);
    const total = all.length + 2;
    expect(requestsOf(await both('GET', `${BASE}/requests?status=open`, 'requests')).length).toBe(total);
    expect(requestsOf(await both('GET', `${BASE}/requests?status=open,closed`, 'requests')).length).toBe(total);
    const badStatus = await both('GET', `${BASE}/requests?status=pending`, 'errors');
    expect(badStatus.status).toBe(400);
    expect(errorsOf(badStatus)[0]!.description).toMatch(/^status: /);
    const badDate = await both('GET', `${BASE}/requests?start_date=yesterday`, 'errors');
    expect(errorsOf(badDate)[0]!.description).toMatch(/^start_date: a W3C/);
    expect((await both('GET', `${BASE}/requests?start_date=2026-03-05T00:00:00Z&end_date=2026-03-01T00:00:00Z`, 'errors')).status).toBe(400);
  });

  it('dates: 90 days by default, start_date and end_date otherwise', async () => {
    const now = clock.now();
    // A public request of 100 days ago.
    clock.set(new Date(now.getTime() - 100 * 86_400_000));
    const old = await post({ api_key: key, service_code: 'S1.C1.I1', lat: 53.2, long: 63.6, description: 'Старый открытый люк у рынка' });
    clock.set(now);
    const oldId = created(old).service_request_id;
    const ids = async (q: string) => requestsOf(await both('GET', `${BASE}/requests${q}`, 'requests')).map((r) => r.service_request_id);
    expect(await ids('')).not.toContain(oldId);
    const since = new Date(now.getTime() - 101 * 86_400_000).toISOString();
    const withOld = await ids(`?start_date=${encodeURIComponent(since)}`);
    expect(withOld).toContain(oldId);
    expect(withOld.length).toBe((await ids('')).length + 1);
    // An end_date alone means the 90 days before it.
    const until = new Date(now.getTime() - 99 * 86_400_000).toISOString();
    expect(await ids(`?end_date=${encodeURIComponent(until)}`)).toEqual([oldId]);
    // A date without a time is the start of that day (UTC).
    const day = new Date(now.getTime() - 100 * 86_400_000).toISOString().slice(0, 10);
    expect(await ids(`?start_date=${day}&end_date=${encodeURIComponent(until)}`)).toEqual([oldId]);
  });

  it('statuses map from the status machine: open while in work, closed when final; the richer status and the public notes ride along', async () => {
    const r = await post({ api_key: key, service_code: 'S1.C1.I2', lat: 53.2, long: 63.6, description: 'Яма, которую отклонят как дубль' });
    const id = created(r).service_request_id;
    const inspector = client(app, w.tokens.inspector);
    // An internal comment is no status note.
    expect((await inspector.post(`/api/v1/appeals/${id}/comment`, { text: 'Внутренняя заметка для исполнителя', visibility: 'internal' })).status).toBe(200);
    let [req] = requestsOf(await both('GET', `${BASE}/requests/${id}`, 'requests'));
    expect(req).toMatchObject({ status: 'open', jauap_status: 'routed', jauap_status_name: 'Routed to executor', status_notes: null });
    expect(req!.expected_datetime).not.toBeNull();
    const rejected = await inspector.post(`/api/v1/appeals/${id}/reject`, { reason: 'Не относится к городу, звоните 87051234567' });
    expect(rejected.status).toBe(200);
    [req] = requestsOf(await both('GET', `${BASE}/requests/${id}`, 'requests'));
    expect(req).toMatchObject({ status: 'closed', jauap_status: 'rejected', status_notes: 'Не относится к городу, звоните ***', expected_datetime: null });
    expect(req!.updated_datetime).toBe(new Date(rejected.body.closedAt ?? req!.updated_datetime as string).toISOString());
    const closed = requestsOf(await both('GET', `${BASE}/requests?status=closed`, 'requests'));
    expect(closed.map((x) => x.service_request_id)).toEqual([id]);
    const ru = requestsOf(await call('GET', `${BASE}/requests/${id}.json?lang=ru`, 'requests'));
    expect(ru[0]).toMatchObject({ jauap_status_name: 'Отклонено', service_name: 'Яма на дороге' });
  });
});

describeEngines('Open311 keys and limits', (getDb) => {
  let app: App;
  let w: World;
  // Small limits so the tests can cross them.
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', PUBLIC_RATE_LIMIT: '40', PUBLIC_SUBMIT_LIMIT: '3' });

  beforeAll(async () => {
    w = await seedWorld(getDb().db);
    app = await makeApp(getDb(), manualClock(), config);
  });
  afterAll(() => app.close());

  const postForm = (fields: Record<string, string>, url = `${BASE}/requests.json`) =>
    app.inject({ method: 'POST', url, payload: form(fields), headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' }, remoteAddress: '10.0.0.1' });

  it('admins issue keys (shown once, stored as a hash), list and revoke them; a revoked key is refused at once; other roles may not', async () => {
    const admin = client(app, w.tokens.admin);
    const made = await admin.post('/api/v1/open311-keys', { name: 'Smart city app', channel: 'mobile_app' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'Smart city app', channel: 'mobile_app', active: true, lastUsedAt: null });
    const plain: string = made.body.key;
    expect(plain).toMatch(/^o311_[\w-]{32}$/);
    const [stored] = await getDb().db.select().from(open311Keys).where(eq(open311Keys.id, made.body.id));
    expect(stored!.keyHash).not.toContain(plain);
    expect(JSON.stringify(stored)).not.toContain(plain);

    const list = await admin.get('/api/v1/open311-keys');
    expect(list.body.items).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(plain);
    expect(list.body.items[0]).not.toHaveProperty('key');

    const ok = await postForm({ api_key: plain, service_code: 'S1.C1.I1', lat: '53.2', long: '63.6' });
    expect(ok.statusCode).toBe(201);
    expect((await admin.get('/api/v1/open311-keys')).body.items[0].lastUsedAt).not.toBeNull();

    expect((await client(app, w.tokens.operator).post('/api/v1/open311-keys', { name: 'x' })).status).toBe(403);
    expect((await client(app, w.tokens.inspector).get('/api/v1/open311-keys')).status).toBe(403);
    expect((await client(app, w.tokens.operator).del(`/api/v1/open311-keys/${made.body.id}`)).status).toBe(403);
    expect((await client(app).get('/api/v1/open311-keys')).status).toBe(401);
    expect((await admin.post('/api/v1/open311-keys', { name: '', channel: 'fax' })).status).toBe(400);

    expect((await admin.del(`/api/v1/open311-keys/${made.body.id}`)).status).toBe(204);
    expect((await admin.del(`/api/v1/open311-keys/${made.body.id}`)).status).toBe(404);
    expect((await admin.get('/api/v1/open311-keys')).body.items[0]).toMatchObject({ active: false });
    const refused = await postForm({ api_key: plain, service_code: 'S1.C1.I1', lat: '53.2', long: '63.6' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual([{ code: 403, description: 'The api_key is missing, unknown or revoked.' }]);
    // Channel accounts are not staff: never listed among users.
    expect((await admin.get('/api/v1/users')).body.items.map((u: { login: string }) => u.login)).not.toContain(`open311:${made.body.id}`);
  });

  it('limits creation per key (whatever the address) and every route per address; answers 429 in the standard’s format', async () => {
    const { key } = await createOpen311Key({ db: getDb().db, actor: null }, { name: 'Busy app' });
    const fields = { api_key: key, service_code: 'S1.C1.I1', lat: '53.2', long: '63.6' };
    for (let i = 0; i < 3; i++) expect((await postForm(fields)).statusCode).toBe(201);
    const limited = await postForm(fields, `${BASE}/requests.xml`);
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><errors><error><code>429<\/code><description>Too many requests; try again later.<\/description><\/error><\/errors>$/);
    // Another key is not held back by this one.
    const { key: calm } = await createOpen311Key({ db: getDb().db, actor: null }, { name: 'Calm app' });
    expect((await postForm({ ...fields, api_key: calm })).statusCode).toBe(201);

    // Reads: 40 a minute per address; another address is not affected.
    const read = (ip: string) => app.inject({ method: 'GET', url: `${BASE}/services.json`, headers: { 'accept-language': 'en' }, remoteAddress: ip });
    let last = 0;
    for (let i = 0; i < 41; i++) last = (await read('10.0.0.9')).statusCode;
    expect(last).toBe(429);
    const res = await read('10.0.0.9');
    expect(res.json()).toEqual([{ code: 429, description: 'Too many requests; try again later.' }]);
    expect((await read('10.0.0.10')).statusCode).toBe(200);
  });

  it('refuses a form body over 64 KiB (413) and a body type it does not take (415), in the standard’s format', async () => {
    const { key } = await createOpen311Key({ db: getDb().db, actor: null }, { name: 'Big app' });
    const big = await app.inject({
      method: 'POST',
      url: `${BASE}/requests.json`,
      payload: form({ api_key: key, service_code: 'S1.C1.I1', lat: '53.2', long: '63.6', description: 'x'.repeat(70 * 1024) }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' }, remoteAddress: '10.0.0.20',
    });
    expect(big.statusCode).toBe(413);
    expect(big.json()[0].code).toBe(413);
    const longText = await app.inject({
      method: 'POST',
      url: `${BASE}/requests.json`,
      payload: form({ api_key: key, service_code: 'S1.C1.I1', lat: '53.2', long: '63.6', description: 'x'.repeat(4001) }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' }, remoteAddress: '10.0.0.20',
    });
    expect(longText.statusCode).toBe(400);
    const text = await app.inject({ method: 'POST', url: `${BASE}/requests.xml`, payload: 'hello', headers: { 'content-type': 'text/plain' }, remoteAddress: '10.0.0.20' });
    expect(text.statusCode).toBe(415);
    expect(text.body).toContain('<code>415</code>');
  });
});

describeEngines('Open311 in the demo city', (getDb) => {
  let app: App;
  const now = new Date('2026-11-20T12:00:00+05:00');

  beforeAll(async () => {
    await loadDemoCity(getDb().db, { appeals: 200, now, prefix: '109', copyCsv: getDb().copyCsv, kenesDays: 0 });
    app = await makeApp(getDb(), manualClock(now));
  });
  afterAll(() => app.close());

  it('has the key demo-open311-key (Smart Qostanai, mobile app) that creates requests for the catalogue’s services', async () => {
    const services = (await app.inject({ method: 'GET', url: `${BASE}/services.json` })).json() as { service_code: string; metadata: boolean }[];
    expect(services.length).toBeGreaterThanOrEqual(1000);
    valid('services', services);
    const res = await app.inject({
      method: 'POST',
      url: `${BASE}/requests.json`,
      payload: form({ api_key: 'demo-open311-key', service_code: services[0]!.service_code, lat: '53.2144', long: '63.6246', description: 'Проверка канала Open311 демо-города' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(201);
    valid('created', res.json());
    const [row] = await getDb().db.select({ channel: appeals.channel, name: open311Keys.name }).from(appeals).innerJoin(open311Keys, eq(open311Keys.userId, appeals.registeredById)).where(eq(appeals.id, res.json()[0].service_request_id));
    expect(row).toEqual({ channel: 'mobile_app', name: 'Smart Qostanai' });
    const defs = await Promise.all(services.slice(0, 50).map(async (s) => (await app.inject({ method: 'GET', url: `${BASE}/services/${s.service_code}.json` })).json()));
    for (const d of defs) valid('definition', d);
  });
});

describe('Open311 XML', () => {
  it('escapes markup and drops characters XML cannot hold', async () => {
    const { toXml } = await import('../src/channels/open311/format.ts');
    const xml = toXml('service_requests', [{ description: 'a < b & "c"\u0001', lat: null }]);
    expect(xml).toBe('<?xml version="1.0" encoding="utf-8"?><service_requests><request><description>a &lt; b &amp; &quot;c&quot;</description><lat></lat></request></service_requests>');
  });
});
