/** Everything the targets read about one year, loaded once and shared by all targets of a plan. */
import type { DB } from '../db/open.ts';
import { listUnits } from '../db/units.ts';
import { unitRatings } from '../db/ratings.ts';
import { indicatorValues } from '../db/figures.ts';
import { committeeMembers, type CommitteeMember } from '../db/committee.ts';
import { OrgTree } from '../org/tree.ts';

export interface TargetYearData {
  year: number;
  tree: OrgTree;
  ratings: Map<number, { scale: string; level: string }>;
  /** Members admitted in the year (indicator ket_nap_moi); a missing figure is absent, not zero. */
  admitted: Map<number, number>;
  committee: Map<number, CommitteeMember[]>;
}

export function loadTargetYear(db: DB, year: number): TargetYearData {
  const committee = new Map<number, CommitteeMember[]>();
  for (const m of committeeMembers(db, year)) {
    let list = committee.get(m.unitId);
    if (!list) committee.set(m.unitId, (list = []));
    list.push(m);
  }
  return {
    year,
    tree: new OrgTree(listUnits(db, year)),
    ratings: new Map(unitRatings(db, year).map((r) => [r.unitId, { scale: r.scale, level: r.level }])),
    admitted: indicatorValues(db, year, 'ket_nap_moi'),
    committee,
  };
}
