// Shared vocabulary of the domain. String-literal unions, never enums.

export const LANGS = ['ru', 'kk', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Localized = { ru: string; kk: string; en: string };

export const ROLES = ['operator', 'inspector', 'executor', 'supervisor', 'analyst', 'kb_editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who acts on appeals: a staff role, or `channel` — the service account of a public channel
 * (the portal, an Open311 client) that registers citizens' appeals and passes on their rating,
 * reopening and replies. Channel accounts never sign in.
 */
export const ACTOR_ROLES = [...ROLES, 'channel'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const ORG_TYPES = [
  'city_body', // акимат и его отделы
  'subordinate', // подведомственные и подрядные организации
  'regional_body', // областные и республиканские органы
  'housing_coop', // ПКСК / ПКТК
  'lift_service',
  'school',
  'it_developer',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const CHANNELS = [
  'phone',
  'email',
  'portal',
  'mobile_app',
  'telegram',
  'whatsapp',
  'instagram',
  'website',
  'chatbot',
  'walk_in',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const APPEAL_KINDS = ['complaint', 'request', 'question', 'suggestion', 'gratitude', 'it_ticket'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];

export const CRITICALITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Criticality = (typeof CRITICALITIES)[number];

export const CATALOGUE_LEVELS = ['sphere', 'category', 'item'] as const;
export type CatalogueLevel = (typeof CATALOGUE_LEVELS)[number];

/** How long an item may take: e.g. 4 calendar hours, or 15 working days. */
export type DeadlineRule = {
  amount: number;
  unit: 'hours' | 'days';
  mode: 'calendar' | 'working';
};

/** A day that differs from the ordinary Mon–Fri week: a holiday, or a moved working day. */
export type CalendarException = {
  date: string; // YYYY-MM-DD, local date (UTC+5)
  kind: 'holiday' | 'workday';
  name: Localized;
};

export type CalendarSettings = {
  /** Offset of local time from UTC, minutes. Kazakhstan: +300 since 1 March 2024. */
  utcOffsetMinutes: number;
  /** Working day window, minutes after local midnight. */
  workStartMinute: number;
  workEndMinute: number;
};
