/** The headline numbers of a year, as the first lines of every report state them. */
import type { DB } from '../db/open.ts';
import { indicatorValues } from '../db/figures.ts';
import { orgTreeOf } from '../org/year-tree.ts';

export interface Headline {
  year: number;
  baseOrgs: number;
  baseCommittees: number;
  baseCells: number;
  subCommittees: number;
  cells: number;
  members: number;
  probationary: number;
  admitted: number;
}

export function headline(db: DB, year: number): Headline {
  const tree = orgTreeOf(db, year);
  const count = (kind: string) => tree.units.filter((u) => u.kind === kind).length;
  const total = (indicator: string) => {
    const sums = tree.rollup(indicatorValues(db, year, indicator));
    return tree.units.filter((u) => u.parentId === null).reduce((s, u) => s + (sums.get(u.id) ?? 0), 0);
  };
  const baseCommittees = count('baseCommittee');
  const baseCells = count('baseCell');
  return {
    year,
    baseOrgs: baseCommittees + baseCells,
    baseCommittees,
    baseCells,
    subCommittees: count('subCommittee'),
    cells: count('cell'),
    members: total('dang_vien'),
    probationary: total('du_bi'),
    admitted: total('ket_nap_moi'),
  };
}
