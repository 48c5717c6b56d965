// The board as GET /api/v1/wallboard and its stream send it (src/app/wallboard.ts, type Wallboard).

export type PeriodCounters = { registered: number; closed: number; firstContact: number; firstContactShare: number | null };

export type Rated = { id: number; name: string; closed: number; onTime: number; extended: number; rate: number | null; rank: number | null; movement: number | null };

export type Board = {
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
};
