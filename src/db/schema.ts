import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Every table of the product. Changes go through `npm run db:generate`, which writes
// an SQL migration into src/db/migrations; migrations run at start-up on both engines.

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const created = () => ts('created_at').notNull().defaultNow();
const updated = () => ts('updated_at').notNull().defaultNow();

export const districts = pgTable('districts', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameRu: text('name_ru').notNull(),
  nameKk: text('name_kk').notNull(),
  nameEn: text('name_en').notNull(),
  lat: doublePrecision('lat'),
  lon: doublePrecision('lon'),
});

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    login: text('login').notNull(),
    passwordHash: text('password_hash').notNull(),
    fullName: text('full_name').notNull(),
    role: text('role').notNull(),
    organisationId: integer('organisation_id').references((): AnyPgColumn => organisations.id),
    locale: text('locale').notNull().default('ru'),
    active: boolean('active').notNull().default(true),
    createdAt: created(),
    lastLoginAt: ts('last_login_at'),
  },
  (t) => [uniqueIndex('users_login_lower').on(sql`lower(${t.login})`)],
);

export const organisations = pgTable(
  'organisations',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    type: text('type').notNull(),
    nameRu: text('name_ru').notNull(),
    nameKk: text('name_kk').notNull(),
    nameEn: text('name_en').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => organisations.id),
    districtId: integer('district_id').references(() => districts.id),
    supervisorId: integer('supervisor_id').references((): AnyPgColumn => users.id),
    phone: text('phone'),
    active: boolean('active').notNull().default(true),
    createdAt: created(),
  },
  (t) => [index('organisations_supervisor').on(t.supervisorId)],
);

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: created(),
  expiresAt: ts('expires_at').notNull(),
});

export const apiTokens = pgTable('api_tokens', {
  id: serial('id').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: created(),
  lastUsedAt: ts('last_used_at'),
  revokedAt: ts('revoked_at'),
});

export const streets = pgTable('streets', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameRu: text('name_ru').notNull(),
  nameKk: text('name_kk').notNull(),
  nameEn: text('name_en').notNull(),
  districtId: integer('district_id').references(() => districts.id),
});

export const houses = pgTable(
  'houses',
  {
    id: serial('id').primaryKey(),
    streetId: integer('street_id')
      .notNull()
      .references(() => streets.id),
    number: text('number').notNull(),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    apartmentBuilding: boolean('apartment_building').notNull().default(false),
    managerOrgId: integer('manager_org_id').references(() => organisations.id),
  },
  (t) => [uniqueIndex('houses_street_number').on(t.streetId, t.number)],
);

export const catalogue = pgTable(
  'catalogue',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    level: text('level').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => catalogue.id),
    nameRu: text('name_ru').notNull(),
    nameKk: text('name_kk').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionRu: text('description_ru'),
    descriptionKk: text('description_kk'),
    descriptionEn: text('description_en'),
    synonyms: text('synonyms').notNull().default(''),
    criticality: text('criticality'),
    deadlineAmount: integer('deadline_amount'),
    deadlineUnit: text('deadline_unit'),
    deadlineMode: text('deadline_mode'),
    executorId: integer('executor_id').references(() => organisations.id),
    routeToHouseManager: boolean('route_to_house_manager').notNull().default(false),
    active: boolean('active').notNull().default(true),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('catalogue_parent').on(t.parentId)],
);

export const catalogueRoutes = pgTable(
  'catalogue_routes',
  {
    itemId: integer('item_id')
      .notNull()
      .references(() => catalogue.id, { onDelete: 'cascade' }),
    districtId: integer('district_id')
      .notNull()
      .references(() => districts.id),
    executorId: integer('executor_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.districtId] })],
);

export const calendarExceptions = pgTable('calendar_exceptions', {
  date: date('date', { mode: 'string' }).primaryKey(),
  kind: text('kind').notNull(),
  nameRu: text('name_ru').notNull(),
  nameKk: text('name_kk').notNull(),
  nameEn: text('name_en').notNull(),
});

export const citizens = pgTable(
  'citizens',
  {
    id: serial('id').primaryKey(),
    fullName: text('full_name'),
    phone: text('phone'),
    iin: text('iin'),
    email: text('email'),
    lang: text('lang').notNull().default('ru'),
    preferredChannel: text('preferred_channel'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('citizens_phone').on(t.phone), index('citizens_iin').on(t.iin)],
);

export const appeals = pgTable(
  'appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    channel: text('channel').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    citizenId: integer('citizen_id').references(() => citizens.id),
    address: text('address'),
    houseId: integer('house_id').references(() => houses.id),
    districtId: integer('district_id').references(() => districts.id),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    description: text('description').notNull(),
    catalogueItemId: integer('catalogue_item_id').references(() => catalogue.id),
    criticality: text('criticality').notNull(),
    executorId: integer('executor_id').references(() => organisations.id),
    responsibleUserId: integer('responsible_user_id').references(() => users.id),
    registeredById: integer('registered_by_id').references(() => users.id),
    dueAt: ts('due_at').notNull(),
    deadlineMode: text('deadline_mode').notNull(),
    /** While on hold: the deadline time that was left, in minutes of deadlineMode. */
    slaRemainingMinutes: integer('sla_remaining_minutes'),
    holdFromStatus: text('hold_from_status'),
    extendedDays: integer('extended_days').notNull().default(0),
    duplicateOfId: uuid('duplicate_of_id').references((): AnyPgColumn => appeals.id),
    resolution: text('resolution'),
    itTicket: jsonb('it_ticket'),
    idempotencyKey: text('idempotency_key').unique(),
    requestHash: text('request_hash'),
    rating: smallint('rating'),
    ratingComment: text('rating_comment'),
    reopenCount: integer('reopen_count').notNull().default(0),
    firstContact: boolean('first_contact').notNull().default(false),
    /** The citizen agreed to show the appeal (without personal data) on the public list and map. */
    public: boolean('public').notNull().default(false),
    createdAt: created(),
    updatedAt: updated(),
    answeredAt: ts('answered_at'),
    closedAt: ts('closed_at'),
    version: integer('version').notNull().default(1),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('russian', coalesce(number, '') || ' ' || coalesce(address, '') || ' ' || coalesce(description, ''))`,
    ),
  },
  (t) => [
    index('appeals_created').on(t.createdAt.desc(), t.id.desc()),
    index('appeals_status').on(t.status),
    index('appeals_executor_created').on(t.executorId, t.createdAt.desc()),
    index('appeals_citizen').on(t.citizenId),
    index('appeals_item').on(t.catalogueItemId),
    index('appeals_open_due').on(t.dueAt).where(sql`status not in ('closed', 'rejected', 'duplicate', 'on_hold')`),
    index('appeals_search').using('gin', t.search),
    index('appeals_public_created').on(t.createdAt.desc(), t.id.desc()).where(sql`public`),
  ],
);

export const appealEvents = pgTable(
  'appeal_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    appealId: uuid('appeal_id')
      .notNull()
      .references(() => appeals.id),
    at: ts('at').notNull().defaultNow(),
    actorId: integer('actor_id').references(() => users.id),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    visibility: text('visibility').notNull(),
    comment: text('comment'),
    data: jsonb('data'),
    /** Set when an action was requested with an Idempotency-Key: a retry finds it and does nothing. */
    idempotencyKey: text('idempotency_key'),
    /** Hash of the request that carried the key: the same key with another body is refused. */
    requestHash: text('request_hash'),
  },
  (t) => [
    index('appeal_events_appeal').on(t.appealId, t.id),
    uniqueIndex('appeal_events_idempotency').on(t.idempotencyKey).where(sql`idempotency_key is not null`),
  ],
);

/**
 * Photos, videos and documents of an appeal: the citizen's evidence, or what staff attach to an
 * answer. The bytes live in the blob store under `storageKey` (content-addressed by SHA-256, so
 * a retried upload stores nothing twice); a citizen's evidence is public only if they chose so.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    appealId: uuid('appeal_id')
      .notNull()
      .references(() => appeals.id),
    /** The timeline event that carried it (an answer), if any. */
    eventId: bigint('event_id', { mode: 'number' }).references(() => appealEvents.id),
    purpose: text('purpose').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    /** Image renditions without metadata (EXIF, GPS): a preview and a thumbnail. */
    previewKey: text('preview_key'),
    thumbKey: text('thumb_key'),
    width: integer('width'),
    height: integer('height'),
    public: boolean('public').notNull().default(false),
    uploadedById: integer('uploaded_by_id').references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('attachments_appeal').on(t.appealId, t.createdAt), uniqueIndex('attachments_appeal_sha').on(t.appealId, t.sha256, t.purpose)],
);

/** Keys of the Open311 API: each is tied to a channel and registers as its own service account. */
export const open311Keys = pgTable('open311_keys', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  channel: text('channel').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id),
  createdAt: created(),
  lastUsedAt: ts('last_used_at'),
  revokedAt: ts('revoked_at'),
});

/**
 * What an Open311 client sent besides the appeal itself: which key registered it, the token its
 * reply carried (GET tokens/{token}), the media_url link (kept as given, never fetched) and the
 * answers to the service definition's attributes. One row per appeal registered through Open311.
 */
export const open311Requests = pgTable(
  'open311_requests',
  {
    appealId: uuid('appeal_id')
      .primaryKey()
      .references(() => appeals.id),
    keyId: integer('key_id')
      .notNull()
      .references(() => open311Keys.id),
    token: text('token').notNull().unique(),
    mediaUrl: text('media_url'),
    attributes: jsonb('attributes'),
    createdAt: created(),
  },
  (t) => [index('open311_requests_key').on(t.keyId)],
);

// ——— Counters for the wallboard and the ratings ———
// Maintained by a trigger on `appeals` in the same transaction as every change (see migration
// 0007 and src/app/stats.ts): each row's contribution is subtracted as it was and added as it
// is, so the sums always equal a recount, and reading them costs the same at any size. Every
// table has a `shard` (the connection's pid modulo 8) so concurrent writers do not queue on one
// hot row; readers sum the shards.

/** Appeals by current status (since the start), and how many of them closed on first contact. */
export const statsState = pgTable('stats_state', {
  status: text('status').notNull(),
  shard: smallint('shard').notNull(),
  n: bigint('n', { mode: 'number' }).notNull().default(0),
  firstContact: bigint('first_contact', { mode: 'number' }).notNull().default(0),
}, (t) => [primaryKey({ columns: [t.status, t.shard] })]);

/** Per local day: registered (by their day) and closed (by the day they closed), by channel and criticality. */
export const statsDay = pgTable('stats_day', {
  day: date('day', { mode: 'string' }).notNull(),
  channel: text('channel').notNull(),
  criticality: text('criticality').notNull(),
  shard: smallint('shard').notNull(),
  registered: integer('registered').notNull().default(0),
  firstContact: integer('first_contact').notNull().default(0),
  closed: integer('closed').notNull().default(0),
  closeMinutes: bigint('close_minutes', { mode: 'number' }).notNull().default(0),
  ratingSum: integer('rating_sum').notNull().default(0),
  ratingN: integer('rating_n').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.day, t.channel, t.criticality, t.shard] })]);

/** Per month and executor: closed appeals that had its answer, how many answered on time, how many extended. */
export const statsExecutorMonth = pgTable('stats_executor_month', {
  month: date('month', { mode: 'string' }).notNull(),
  executorId: integer('executor_id').notNull(),
  shard: smallint('shard').notNull(),
  closed: integer('closed').notNull().default(0),
  onTime: integer('on_time').notNull().default(0),
  extended: integer('extended').notNull().default(0),
  ratingSum: integer('rating_sum').notNull().default(0),
  ratingN: integer('rating_n').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.month, t.executorId, t.shard] })]);

/** Per month of registration: appeals by catalogue category (and its sphere). 0 = no category. */
export const statsCategoryMonth = pgTable('stats_category_month', {
  month: date('month', { mode: 'string' }).notNull(),
  categoryId: integer('category_id').notNull(),
  sphereId: integer('sphere_id').notNull(),
  shard: smallint('shard').notNull(),
  registered: integer('registered').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.month, t.categoryId, t.shard] })]);

/** Open appeals whose deadline runs, by executor (0 = none yet) and local due day: overdue without a scan. */
export const statsOpen = pgTable('stats_open', {
  executorId: integer('executor_id').notNull(),
  dueDay: date('due_day', { mode: 'string' }).notNull(),
  shard: smallint('shard').notNull(),
  n: integer('n').notNull().default(0),
}, (t) => [
  primaryKey({ columns: [t.executorId, t.dueDay, t.shard] }),
  // Rows that fell back to zero stay (cheaper than deleting on every change); reads skip them.
  index('stats_open_live').on(t.dueDay).where(sql`n <> 0`),
]);

/**
 * Analytics (migration 0012): per period — `grain` 'm' a local month, 'w' an ISO week from Monday —
 * the appeals registered in it and those closed in it, by district, catalogue item, executor
 * (0 = none) and channel. Category, sphere and sector are the item's and the executor's as they
 * are now, joined when read, so moving a catalogue node or a supervisor needs no recount.
 */
export const statsAnalytics = pgTable('stats_analytics', {
  grain: text('grain').notNull(),
  period: date('period', { mode: 'string' }).notNull(),
  districtId: integer('district_id').notNull(),
  itemId: integer('item_id').notNull(),
  executorId: integer('executor_id').notNull(),
  channel: text('channel').notNull(),
  shard: smallint('shard').notNull(),
  registered: integer('registered').notNull().default(0),
  closed: integer('closed').notNull().default(0),
  closeMinutes: bigint('close_minutes', { mode: 'number' }).notNull().default(0),
  ratingSum: integer('rating_sum').notNull().default(0),
  ratingN: integer('rating_n').notNull().default(0),
  /** Closed with the executor's answer: the base of the on-time rate (as the executors' rating). */
  counted: integer('counted').notNull().default(0),
  onTime: integer('on_time').notNull().default(0),
  extended: integer('extended').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.grain, t.period, t.districtId, t.itemId, t.executorId, t.channel, t.shard] })]);

/**
 * The same figures summed further (migration 0014), so that the common reads touch a few hundred
 * rows whatever the size: by catalogue item, executor and district (breakdowns by item, category,
 * sphere, executor, sector, district; the supervisor's scope; repeated problems by district), and by district and channel (those breakdowns, and
 * trends). stats_analytics answers the rest (filters across both).
 */
export const statsAnalyticsItem = pgTable('stats_analytics_item', {
  grain: text('grain').notNull(),
  period: date('period', { mode: 'string' }).notNull(),
  itemId: integer('item_id').notNull(),
  executorId: integer('executor_id').notNull(),
  /** Since migration 0015: repeated problems by district and district × item filters read this table too. */
  districtId: integer('district_id').notNull().default(0),
  shard: smallint('shard').notNull(),
  registered: integer('registered').notNull().default(0),
  closed: integer('closed').notNull().default(0),
  closeMinutes: bigint('close_minutes', { mode: 'number' }).notNull().default(0),
  ratingSum: integer('rating_sum').notNull().default(0),
  ratingN: integer('rating_n').notNull().default(0),
  counted: integer('counted').notNull().default(0),
  onTime: integer('on_time').notNull().default(0),
  extended: integer('extended').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.grain, t.period, t.itemId, t.executorId, t.districtId, t.shard] })]);

export const statsAnalyticsPlace = pgTable('stats_analytics_place', {
  grain: text('grain').notNull(),
  period: date('period', { mode: 'string' }).notNull(),
  districtId: integer('district_id').notNull(),
  channel: text('channel').notNull(),
  shard: smallint('shard').notNull(),
  registered: integer('registered').notNull().default(0),
  closed: integer('closed').notNull().default(0),
  closeMinutes: bigint('close_minutes', { mode: 'number' }).notNull().default(0),
  ratingSum: integer('rating_sum').notNull().default(0),
  ratingN: integer('rating_n').notNull().default(0),
  counted: integer('counted').notNull().default(0),
  onTime: integer('on_time').notNull().default(0),
  extended: integer('extended').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.grain, t.period, t.districtId, t.channel, t.shard] })]);

/** Proof-of-work challenges already used: each solution is accepted once, across processes. */
export const usedChallenges = pgTable('used_challenges', {
  nonce: text('nonce').primaryKey(),
  expiresAt: ts('expires_at').notNull(),
});

// ---------------------------------------------------------------------------
// Knowledge base. An article is one subject (key, audience, tags, catalogue links); each of its
// languages is a translation with its own revisions. Saving writes a new revision (history is
// never rewritten); publishing points the translation at a revision. What readers and search
// see is only the published revision; editors see the newer draft too.

export const kbArticles = pgTable('kb_articles', {
  id: serial('id').primaryKey(),
  /** Stable slug: public links are /portal/kb/<key>. */
  key: text('key').notNull().unique(),
  audience: text('audience').notNull().default('public'),
  tags: jsonb('tags').$type<string[]>().notNull().default([]),
  createdById: integer('created_by_id').references(() => users.id),
  createdAt: created(),
  updatedAt: updated(),
  version: integer('version').notNull().default(1),
});

export const kbArticleItems = pgTable('kb_article_items', {
  articleId: integer('article_id').notNull().references(() => kbArticles.id, { onDelete: 'cascade' }),
  catalogueItemId: integer('catalogue_item_id').notNull().references(() => catalogue.id),
}, (t) => [primaryKey({ columns: [t.articleId, t.catalogueItemId] }), index('kb_article_items_item').on(t.catalogueItemId)]);

export const kbRevisions = pgTable('kb_revisions', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  articleId: integer('article_id').notNull().references(() => kbArticles.id, { onDelete: 'cascade' }),
  lang: text('lang').notNull(),
  /** 1, 2, 3… per article and language. */
  number: integer('number').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  paraphrases: jsonb('paraphrases').$type<string[]>().notNull().default([]),
  /** The editor's note on what changed. */
  note: text('note'),
  authorId: integer('author_id').references(() => users.id),
  createdAt: created(),
  /** When this revision was published (it may have been replaced since). */
  publishedAt: ts('published_at'),
}, (t) => [uniqueIndex('kb_revisions_number').on(t.articleId, t.lang, t.number)]);

export const kbTranslations = pgTable('kb_translations', {
  articleId: integer('article_id').notNull().references(() => kbArticles.id, { onDelete: 'cascade' }),
  lang: text('lang').notNull(),
  /** What readers see; null while never published or after unpublishing. */
  publishedRevisionId: bigint('published_revision_id', { mode: 'number' }).references(() => kbRevisions.id),
  /** The newest revision (equal to the published one when there is no pending draft). */
  latestRevisionId: bigint('latest_revision_id', { mode: 'number' }).notNull().references(() => kbRevisions.id),
  updatedAt: updated(),
}, (t) => [primaryKey({ columns: [t.articleId, t.lang] })]);

/** Pictures and documents of an article; bytes in the blob store like appeals' files. */
export const kbAttachments = pgTable('kb_attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  articleId: integer('article_id').notNull().references(() => kbArticles.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  storageKey: text('storage_key').notNull(),
  previewKey: text('preview_key'),
  thumbKey: text('thumb_key'),
  width: integer('width'),
  height: integer('height'),
  uploadedById: integer('uploaded_by_id').references(() => users.id),
  createdAt: created(),
}, (t) => [uniqueIndex('kb_attachments_sha').on(t.articleId, t.sha256)]);

// ---------------------------------------------------------------------------
// Kenes, the chatbot (src/kenes, src/app/kenes.ts). A conversation is reached by the citizen's
// unguessable token (only its SHA-256 is kept); its messages are the transcript with the bot's
// decisions; kenes_stats_day holds the metrics, written in the same transaction as the messages.

export const kenesConversations = pgTable('kenes_conversations', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull().unique(),
  /** web, telegram, whatsapp… (the channel the citizen writes from). */
  channel: text('channel').notNull().default('web'),
  lang: text('lang').notNull(),
  /** bot → waiting (handed off) → operator (taken) → closed. */
  status: text('status').notNull().default('bot'),
  /** The dialogue engine's state (language, misses, offered options). */
  state: jsonb('state').$type<Record<string, unknown>>().notNull(),
  handoffReason: text('handoff_reason'),
  handoffAt: ts('handoff_at'),
  suggestedItemId: integer('suggested_item_id').references(() => catalogue.id),
  takenById: integer('taken_by_id').references(() => users.id),
  takenAt: ts('taken_at'),
  closedAt: ts('closed_at'),
  appealId: uuid('appeal_id').references(() => appeals.id),
  /** Local (UTC+5) day it began: its deflection counts on that day. */
  day: date('day', { mode: 'string' }).notNull(),
  questions: integer('questions').notNull().default(0),
  answered: integer('answered').notNull().default(0),
  thumbsUp: integer('thumbs_up').notNull().default(0),
  thumbsDown: integer('thumbs_down').notNull().default(0),
  /** Asked at least one question, never handed off, no 👎: counted in kenes_stats_day.deflected. */
  deflected: boolean('deflected').notNull().default(false),
  /** Messages so far (the next one's seq is this + 1). */
  seq: integer('seq').notNull().default(0),
  /** When the texts were erased after KENES_RETENTION_DAYS (the figures behind the counters stay). */
  erasedAt: ts('erased_at'),
  createdAt: created(),
  updatedAt: updated(),
}, (t) => [index('kenes_conversations_queue').on(t.status, t.handoffAt), index('kenes_conversations_retention').on(t.updatedAt).where(sql`erased_at is null`)]);

export const kenesMessages = pgTable('kenes_messages', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  conversationId: uuid('conversation_id').notNull().references(() => kenesConversations.id, { onDelete: 'cascade' }),
  seq: integer('seq').notNull(),
  /** citizen, bot, operator. */
  role: text('role').notNull(),
  authorId: integer('author_id').references(() => users.id),
  text: text('text').notNull(),
  lang: text('lang'),
  /** The bot's turn kind: answer, clarify, miss, handoff, smalltalk, offtopic… */
  kind: text('kind'),
  /** Article shown, options offered, the decision's scores, the hand-off. */
  data: jsonb('data').$type<Record<string, unknown>>(),
  /** The sender's own message id: a retried post returns the first one's reply. */
  clientId: text('client_id'),
  feedback: text('feedback'),
  feedbackAt: ts('feedback_at'),
  createdAt: created(),
}, (t) => [
  uniqueIndex('kenes_messages_seq').on(t.conversationId, t.seq),
  uniqueIndex('kenes_messages_client').on(t.conversationId, t.role, t.clientId).where(sql`client_id is not null`),
]);

/** Kenes's metrics per local day (sharded like the appeals' counters). */
export const kenesStatsDay = pgTable('kenes_stats_day', {
  day: date('day', { mode: 'string' }).notNull(),
  shard: smallint('shard').notNull(),
  conversations: integer('conversations').notNull().default(0),
  questions: integer('questions').notNull().default(0),
  answered: integer('answered').notNull().default(0),
  handedOff: integer('handed_off').notNull().default(0),
  deflected: integer('deflected').notNull().default(0),
  thumbsUp: integer('thumbs_up').notNull().default(0),
  thumbsDown: integer('thumbs_down').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.day, t.shard] })]);

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: ts('at').notNull().defaultNow(),
  actorId: integer('actor_id').references(() => users.id),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  action: text('action').notNull(),
  data: jsonb('data'),
});

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});
