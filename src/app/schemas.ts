import { z } from 'zod';

// Shared input shapes whose limits come from the database: a value past them would reach
// PostgreSQL and fail there (a 500) instead of being refused here (a 400).

const INT4_MAX = 2_147_483_647;

/** A row id (PostgreSQL `integer`). */
export const dbId = z.number().int().positive().max(INT4_MAX);
/** A row id from a path or a query string. */
export const dbIdParam = z.coerce.number().int().positive().max(INT4_MAX);
/** A small integer stored in an `integer` column. */
export const int4 = z.number().int().min(-INT4_MAX).max(INT4_MAX);

const inRange = (d: Date) => d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 2200;
/** A date (YYYY-MM-DD) in the years any appeal, holiday or report can have. */
export const civilDate = z.iso.date().refine((s) => inRange(new Date(`${s}T00:00:00Z`)), { message: 'date_range' });
/** An instant with its offset, in the same years. */
export const civilDateTime = z.iso.datetime({ offset: true }).refine((s) => inRange(new Date(s)), { message: 'date_range' });
export { inRange as inCivilRange };
