import { EXACT_FLOOR, exactLimit, type LimitMember } from './exact-limit.js';
import { createSizeLevels } from './size-levels.js';

/**
 * The budget of exact-limit.ts kept up to date while one fold reads its rows,
 * so that the maps never hold much more than the budget: each map reports
 * when it gains entries, and the limit falls as soon as the maps no longer
 * fit. A map larger than the limit leaves for its grid when it next grows
 * (or when the fold finishes); its memory was counted within the budget
 * until then. Every map of the fold's stores takes part; the totals built at
 * the end are added by the rule applied to the finished table.
 *
 * The limit is always at least the final L* of the whole run (fewer rows,
 * fewer entries), so no map leaves for the grid that one pass would keep.
 */
export interface ExactBudget {
  /** the budget in bytes */
  readonly bytes: number;
  /** a map with more entries belongs on its grid (Infinity while every map fits) */
  readonly limit: number;
  /**
   * A map of `bytes` per entry went from `from` to `to` entries; false when it
   * is now larger than the limit and must move to its grid.
   */
  grow(from: number, to: number, bytes: number): boolean;
  /** An exact map of `entries` moved to its grid for another reason (it took in a map already on one). */
  toGrid(entries: number, bytes: number): void;
}

export function createExactBudget(bytes: number): ExactBudget {
  let limit = Infinity;
  // Σ bytes·min(d, limit) over the maps, a map on a grid counting as d = limit
  let total = 0;
  // per size d ≤ limit: bytes per entry summed over the exact maps of that size
  const levels = createSizeLevels();
  let gridBytes = 0;

  /** The first limit: the rule over the maps as they are; the maps above it count as on their grid. */
  const start = () => {
    const members: LimitMember[] = levels.entries().map(([entries, b]) => ({ entries, bytes: b }));
    if (gridBytes > 0) members.push({ entries: Infinity, bytes: gridBytes });
    limit = exactLimit(members, bytes);
    if (limit === Infinity) return;
    total = 0;
    for (const [d, b] of levels.entries()) {
      if (d <= limit) total += b * d;
      else gridBytes += levels.take(d);
    }
    total += gridBytes * limit;
  };

  /** One entry at a time: each step takes `bytes` off every map at the limit, and those maps leave for their grid. */
  const lower = () => {
    while (total > bytes && limit > EXACT_FLOOR) {
      const atLimit = levels.take(limit);
      total -= gridBytes + atLimit;
      gridBytes += atLimit;
      limit -= 1;
    }
  };

  return {
    bytes,
    get limit() {
      return limit;
    },
    grow(from, to, b) {
      if (from > limit) return false;
      levels.add(from, -b);
      if (to > limit) {
        gridBytes += b;
        total += b * (limit - from);
      } else {
        levels.add(to, b);
        total += b * (to - from);
      }
      if (limit === Infinity && total > bytes) start();
      lower();
      return to <= limit;
    },
    toGrid(entries, b) {
      if (entries > limit) return;
      levels.add(entries, -b);
      gridBytes += b;
      if (limit === Infinity) start();
      else total += b * (limit - entries);
      lower();
    },
  };
}
