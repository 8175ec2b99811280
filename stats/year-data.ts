/** A year held in memory for counting: its tree, members rolled up, ratings, and the scale they are in. */
import type { DB } from '../db/open.ts';
import { indicatorValues } from '../db/figures.ts';
import { unitRatings } from '../db/ratings.ts';
import { memoYear } from '../db/cache.ts';
import { unitScaleFor } from '../org/ratings.ts';
import type { OrgTree } from '../org/tree.ts';
import { orgTreeOf } from '../org/year-tree.ts';

export interface YearData {
  tree: OrgTree;
  members: Map<number, number>;
  ratings: Map<number, string>;
  scale: string;
  /** Leaf values of another indicator; a restated year (stats/restate.ts) supplies its own. */
  leafValues?: (indicator: string) => Map<number, number>;
}

/**
 * A year's tree with its members and ratings, once per data version (db/cache.ts), read-only; a
 * caller that already holds a tree of its own passes it and gets it computed for that tree.
 */
export function loadYear(db: DB, year: number, tree?: OrgTree): YearData {
  const compute = (t: OrgTree): YearData => {
    const members = t.rollup(indicatorValues(db, year, 'dang_vien'));
    const ratings = new Map(unitRatings(db, year).map((r) => [r.unitId, r.level]));
    return { tree: t, members, ratings, scale: unitScaleFor(year) };
  };
  return tree ? compute(tree) : memoYear(db, year, 'year', () => compute(orgTreeOf(db, year)), ['unit_year', 'figure', 'unit_rating']);
}
