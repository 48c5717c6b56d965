import { AppError } from '../../domain/errors.ts';

/**
 * At most `max` hits per `windowMs` for each key of an Open311 client (creating requests). The
 * key is known only once the body is read (it may come in a form field), which is why this is
 * not the route's rate-limit hook; that one limits every route per address. In-process, like
 * the rate-limit plugin's own store: with several processes each allows `max`.
 */
export class FixedWindow {
  private readonly windows = new Map<number, { start: number; count: number }>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  hit(key: number): void {
    const now = this.clock();
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      // Keys are few (one per integration); the map is emptied anyway if it ever grows.
      if (this.windows.size > 10_000) this.windows.clear();
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count += 1;
    if (w.count > this.max) throw new AppError('RATE_LIMITED');
  }
}
