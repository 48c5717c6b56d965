import { describe, expect, it } from 'vitest';
import { MIN_RATED, rankRating, type RatingRow } from './rating.ts';

const row = (id: number, name: string, closed: number, onTime: number, extended = 0): RatingRow => ({ id, name, closed, onTime, extended });

describe('the executors’ rating', () => {
  it('ranks by the share done on time, in per cent with one decimal', () => {
    const r = rankRating([row(1, 'Водоканал', 10, 9), row(2, 'Отдел дорог', 8, 8), row(3, 'ЖКХ', 20, 10)], [], 'ru');
    expect(r.map((x) => [x.id, x.rate, x.rank])).toEqual([
      [2, 100, 1],
      [1, 90, 2],
      [3, 50, 3],
    ]);
  });

  it('at an equal share, more appeals rank first; equal in both share the rank and go by name', () => {
    const r = rankRating([row(1, 'Б', 10, 8), row(2, 'А', 5, 4), row(3, 'В', 10, 8), row(4, 'Г', 6, 3)], [], 'ru');
    expect(r.map((x) => [x.name, x.rank])).toEqual([
      ['Б', 1],
      ['В', 1],
      ['А', 3],
      ['Г', 4],
    ]);
  });

  it('compares shares exactly, not through rounded per cents', () => {
    // 2/3 = 66.67 % and 667/1000 = 66.7 %: both show 66.7, but 667/1000 is the higher.
    const r = rankRating([row(1, 'a', 3 * MIN_RATED, 2 * MIN_RATED), row(2, 'b', 1000, 667)], [], 'en');
    expect(r.map((x) => x.id)).toEqual([2, 1]);
    expect(r[0]!.rank).toBe(1);
    expect(r[1]!.rank).toBe(2);
  });

  it(`ranks only those with at least ${MIN_RATED} appeals; the rest are listed after, unranked`, () => {
    const r = rankRating([row(1, 'few', MIN_RATED - 1, MIN_RATED - 1), row(2, 'enough', MIN_RATED, 1)], [], 'en');
    expect(r.map((x) => [x.id, x.rank])).toEqual([
      [2, 1],
      [1, null],
    ]);
  });

  it('shows the movement since last month: up is positive; none when not ranked then', () => {
    const before = [row(1, 'a', 10, 10), row(2, 'b', 10, 9), row(3, 'c', 10, 8)];
    const now = [row(1, 'a', 10, 7), row(2, 'b', 10, 9), row(3, 'c', 10, 10), row(4, 'd', 10, 1)];
    const r = rankRating(now, before, 'en');
    expect(Object.fromEntries(r.map((x) => [x.name, x.movement]))).toEqual({ c: 2, b: 0, a: -2, d: null });
  });
});
