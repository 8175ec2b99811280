/** The organization of a year as a tree, built once per version of that year's units and shared by every reader (db/cache.ts). */
import type { DB } from '../db/open.ts';
import { memoYear } from '../db/cache.ts';
import { listUnits } from '../db/units.ts';
import { OrgTree } from './tree.ts';

/**
 * A province year is 25.000 units: listing them and building the tree took about 200 ms, and a
 * document built it three times (structure, ratings, targets). Scopes are cached on the tree
 * (targets/scopes.ts), so they last as long as it does.
 */
export function orgTreeOf(db: DB, year: number): OrgTree {
  // Its figures do not change it: an edit of a figure keeps the tree and the scopes cached on it.
  return memoYear(db, year, 'tree', () => new OrgTree(listUnits(db, year)), ['unit_year']);
}
