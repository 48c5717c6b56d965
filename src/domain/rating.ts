// The executors' and supervisors' rating, as pure rules (documented in README, "Ratings").
//
// - Who counts: an appeal closed in the month, that the executor answered (consultations on
//   first contact, rejections and duplicates are no executor's work). It counts for the
//   executor it was with when it closed, in the month it closed.
// - On time: the executor's final answer came no later than the deadline in force — a lawful
//   extension (with its reason, up to the limit) moves the deadline; the number of extended
//   appeals is shown beside the rate.
// - Reopened: a reopened appeal no longer counts as closed; when it closes again it counts in
//   that month, judged against the deadline set at reopening.
// - Rate: on time ÷ counted, in per cent with one decimal.
// - Ranked: only with at least MIN_RATED counted appeals (a rate of 1 of 1 says nothing).
// - Ties: the higher rate first; at an equal rate, more counted appeals first; equal in both,
//   the same rank (1, 2, 2, 4), listed by name.
// - Movement: last month's rank minus this month's (positive = up), null if not ranked then.
// - Supervisors: the sums of the executors in their sector (organisations' supervisor today).

export const MIN_RATED = 5;

export type RatingRow = { id: number; name: string; closed: number; onTime: number; extended: number };
export type Rated = RatingRow & { rate: number | null; rank: number | null; movement: number | null };

function rateOf(r: RatingRow): number | null {
  // Multiplied before dividing: 201 of 400 is 50.3 %, not 50.2 % from a binary fraction.
  return r.closed > 0 ? Math.round((r.onTime * 1000) / r.closed) / 10 : null;
}

function ranks(rows: RatingRow[], lang: string): Map<number, number> {
  const eligible = rows.filter((r) => r.closed >= MIN_RATED);
  const ordered = order(eligible, lang);
  const out = new Map<number, number>();
  ordered.forEach((r, i) => {
    const prev = ordered[i - 1];
    const same = prev && prev.onTime * r.closed === r.onTime * prev.closed && prev.closed === r.closed;
    out.set(r.id, same ? out.get(prev.id)! : i + 1);
  });
  return out;
}

const collators = new Map<string, Intl.Collator>();

function order(rows: RatingRow[], lang: string): RatingRow[] {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang === 'kk' ? 'kk' : lang === 'en' ? 'en' : 'ru')));
  // Compared as fractions (a·d vs c·b), never through rounded per cents.
  return [...rows].sort((a, b) => b.onTime * a.closed - a.onTime * b.closed || b.closed - a.closed || collator.compare(a.name, b.name));
}

/** This month's rows ranked, with movement against last month's; unranked ones last. */
export function rankRating(current: RatingRow[], previous: RatingRow[], lang: string): Rated[] {
  const now = ranks(current, lang);
  const before = ranks(previous, lang);
  const rated = order(current, lang).map((r) => {
    const rank = now.get(r.id) ?? null;
    const was = before.get(r.id);
    return { ...r, rate: rateOf(r), rank, movement: rank !== null && was !== undefined ? was - rank : null };
  });
  return [...rated.filter((r) => r.rank !== null), ...rated.filter((r) => r.rank === null)];
}

export type PeriodCounters = { registered: number; closed: number; firstContact: number; firstContactShare: number | null };

/** Kenes, the chatbot, over a period (README "Kenes" defines each figure). */
export type KenesCounters = { conversations: number; questions: number; answered: number; deflected: number; handedOff: number; thumbsUp: number; thumbsDown: number };

/** The board as GET /api/v1/wallboard and its stream send it; the screen reads the same type. */
export type Wallboard = {
  generatedAt: string;
  month: string;
  counters: { today: PeriodCounters; month: PeriodCounters; total: PeriodCounters & { inWork: number; onHold: number; overdue: number } };
  executors: Rated[];
  supervisors: Rated[];
  leader: Rated | null;
  topCategories: { id: number; name: string; sector: string | null; count: number; previous: number }[];
  topSectors: { id: number; name: string; count: number; previous: number }[];
  channels: { channel: string; count: number; share: number }[];
  satisfaction: { average: number | null; count: number };
  closeTime: { criticality: string; averageHours: number | null; count: number }[];
  overdueByExecutor: { id: number; name: string; overdue: number }[];
  kenes: { today: KenesCounters; month: KenesCounters };
};
