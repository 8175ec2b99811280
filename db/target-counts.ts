/**
 * A plan's targets counted over several years at once, in SQL (issue 17): a conference report
 * charts targets met per year for five years, and judging each year on its own tree cost a
 * province about 200 ms a year (the tree, the scopes walked, the committee counted). Here the
 * cells of every year are read once, each scope a column, and the committee members once; the
 * counts are the ones targets/tally.ts takes from a year's tree, and what each count means stays
 * with the measures (targets/measures.ts): cell tests are handed in as the ratings or the
 * admissions that pass, member tests as db/committee.ts's MemberTest.
 */
import type { DB } from './open.ts';
import { BASE, KINDS, type SqlUnitFilter } from './aggregates.ts';
import { inList, passSql, type MemberTest } from './committee.ts';

export type CellTest = { ratings: { scale: string; level: string }[] } | { admittedAtLeast: number };

export interface TargetCount {
  /** The scope's filters: a cell is in it when any filter matches (stats/breakdown.ts's matches). */
  scope: SqlUnitFilter[];
  cells?: CellTest;
  members?: MemberTest;
}

/** A filter on the cell columns below; an empty list matches nothing, a missing one everything. */
function filterSql(f: SqlUnitFilter, params: unknown[]): string {
  const and: string[] = [];
  if (f.kind) and.push(inList('kind', f.kind, params));
  if (f.sector) and.push(inList('sector', f.sector, params));
  if (f.baseSector) and.push(inList('base_sector', f.baseSector, params));
  if (f.unitType) and.push(inList('unit_type', f.unitType, params));
  return and.length ? and.join(' AND ') : '1';
}

const flag = (cond: string) => `CASE WHEN ${cond} THEN 1 ELSE 0 END`;

/** Per year, per target (in the order given): how many items it counts and how many pass. */
export function targetCountsOverYears(db: DB, years: number[], targets: TargetCount[]): Map<number, { whole: number; part: number }[]> {
  const out = new Map<number, { whole: number; part: number }[]>();
  if (years.length === 0 || targets.length === 0) return out;
  // Placeholders are positional: each piece pushes its parameters as it is written, in text order.
  const params: unknown[] = [];
  const scopeCols = targets.map((t, i) => `${flag(t.scope.map((f) => `(${filterSql(f, params)})`).join(' OR ') || '0')} AS s${i}`);
  params.push(JSON.stringify(years));
  const cells = `
    SELECT year, id, rating, admitted, ${scopeCols.join(', ')} FROM (
      SELECT y.year, y.unit_id AS id, y.kind, y.sector, y.unit_type,
        CASE WHEN y.kind IN ${BASE} THEN y.sector WHEN p.kind IN ${BASE} THEN p.sector WHEN g.kind IN ${BASE} THEN g.sector END AS base_sector,
        r.scale || ' ' || r.level AS rating, f.value AS admitted
      FROM unit_year y
      LEFT JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
      LEFT JOIN unit_year g ON g.year = y.year AND g.unit_id = p.parent_id
      LEFT JOIN unit_rating r ON r.year = y.year AND r.unit_id = y.unit_id
      LEFT JOIN figure f ON f.year = y.year AND f.indicator = 'ket_nap_moi' AND f.unit_id = y.unit_id
      WHERE y.year IN (SELECT value FROM json_each(?)) AND y.kind IN ${KINDS.cells})`;
  const cellCols = targets.map((t, i) => {
    if (!t.cells) return `0 AS w${i}, 0 AS p${i}`;
    let pass: string;
    if ('ratings' in t.cells) {
      params.push(JSON.stringify(t.cells.ratings.map((r) => `${r.scale} ${r.level}`)));
      pass = 'c.rating IN (SELECT value FROM json_each(?))';
    } else {
      params.push(t.cells.admittedAtLeast);
      pass = 'c.admitted >= ?';
    }
    return `sum(c.s${i}) AS w${i}, sum(${flag(`c.s${i} AND ${pass}`)}) AS p${i}`;
  });
  const memberCols = targets.map((t, i) => {
    if (!t.members) return '0, 0';
    // The member columns (role, rating_scale, …) are named only in committee_member: no alias needed.
    const roles = () => (t.members!.roles ? inList('role', t.members!.roles, params) : '1');
    const counted = `sum(${flag(`c.s${i} AND ${roles()}`)})`;
    return `${counted}, sum(${flag(`c.s${i} AND ${roles()} AND ${passSql(t.members, params)}`)})`;
  });
  const sql = `WITH c AS MATERIALIZED (${cells})
    SELECT 'c' AS part, c.year AS year, ${cellCols.join(', ')} FROM c GROUP BY c.year
    UNION ALL
    SELECT 'm', m.year, ${memberCols.join(', ')} FROM committee_member m JOIN c ON c.year = m.year AND c.id = m.unit_id GROUP BY m.year`;
  const rows = db
    .prepare(sql)
    .raw()
    .all(...params) as (string | number | null)[][];
  for (const r of rows) {
    const year = r[1] as number;
    let counts = out.get(year);
    if (!counts) out.set(year, (counts = targets.map(() => ({ whole: 0, part: 0 }))));
    targets.forEach((_, i) => {
      counts![i]!.whole += (r[2 + 2 * i] as number | null) ?? 0;
      counts![i]!.part += (r[3 + 2 * i] as number | null) ?? 0;
    });
  }
  return out;
}
