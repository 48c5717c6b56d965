// The board as GET /api/v1/wallboard and its stream send it: the server's own type.
export type { PeriodCounters, Rated, Wallboard as Board } from '../../domain/rating.ts';
