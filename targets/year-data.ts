/** Everything the targets read about one year, loaded once and shared by all targets of a plan. */
import type { DB } from '../db/open.ts';
import { unitRatings } from '../db/ratings.ts';
import { indicatorValues } from '../db/figures.ts';
import { committeeMembersOf, type CommitteeMember } from '../db/committee.ts';
import type { OrgTree } from '../org/tree.ts';
import { orgTreeOf } from '../org/year-tree.ts';
import { memoYear } from '../db/cache.ts';

export interface TargetYearData {
  year: number;
  tree: OrgTree;
  ratings: Map<number, { scale: string; level: string }>;
  /** Members admitted in the year (indicator ket_nap_moi); a missing figure is absent, not zero. */
  admitted: ReadonlyMap<number, number>;
  /**
   * Committee members of the cells loaded so far (loadCommittee), not of the whole year: a
   * province year has 75.000 of them, and targets count them in SQL, loading only those shown.
   */
  committee: Map<number, CommitteeMember[]>;
}

/** Each part kept per version of the table it comes from (db/cache.ts): an edit of a figure keeps the ratings and the members loaded. */
export function loadTargetYear(db: DB, year: number): TargetYearData {
  return {
    year,
    tree: orgTreeOf(db, year),
    ratings: memoYear(
      db,
      year,
      'target-ratings',
      () => new Map(unitRatings(db, year).map((r) => [r.unitId, { scale: r.scale, level: r.level }])),
      ['unit_rating'],
    ),
    admitted: indicatorValues(db, year, 'ket_nap_moi'),
    committee: memoYear(db, year, 'committee-loaded', () => new Map<number, CommitteeMember[]>(), ['committee_member']),
  };
}

/** Loads the committee members of these cells into data.committee (those not loaded yet). */
export function loadCommittee(db: DB, data: TargetYearData, unitIds: Iterable<number>): void {
  const missing = [...new Set(unitIds)].filter((id) => !data.committee.has(id));
  for (const id of missing) data.committee.set(id, []);
  for (const m of committeeMembersOf(db, data.year, missing)) data.committee.get(m.unitId)!.push(m);
}
