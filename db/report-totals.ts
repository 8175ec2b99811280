/**
 * The totals a document prints, counted in SQL (issue 17): at province scale, walking the year's
 * 25.000 units and 93.000 member-rating rows in TypeScript made the rating source about 400 ms of
 * a document. Base organizations are found as db/aggregates.ts finds them (the unit itself, its
 * parent or its grandparent: org/operations builds nothing deeper), and units come in tree order
 * (sort, then id) wherever the order is printed.
 */
import type { DB } from './open.ts';
import { prep } from './statements.ts';
import { memoYear } from './cache.ts';
import { BASE, groupCase, KINDS, POPULATION, type SqlUnitFilter } from './aggregates.ts';

/** How many units of each kind the year has. */
export function unitKindCounts(db: DB, year: number): Map<string, number> {
  const rows = prep(db, 'SELECT kind, count(*) AS n FROM unit_year WHERE year = ? GROUP BY kind').all(year) as {
    kind: string;
    n: number;
  }[];
  return new Map(rows.map((r) => [r.kind, r.n]));
}

export interface GroupLevelCount {
  /** Index of the first matching group, -1 for none. */
  group: number;
  /** The rating level's code; null: not rated. */
  level: string | null;
  n: number;
}

export interface BaseOrgRatingCount {
  baseId: number;
  name: string;
  scale: string;
  level: string;
  n: number;
}

export interface RatingTotals {
  /** The cells (chi bộ trực thuộc and chi bộ cơ sở) by group and by their own rating level. */
  cells: GroupLevelCount[];
  /** Members rated at each level, summed over the cells of each group (ratings entered on other units are not a cell's). */
  members: (GroupLevelCount & { level: string })[];
  /** Members rated at each level within each base organization, the organizations in tree order. */
  baseOrgs: BaseOrgRatingCount[];
}

const ALL_KINDS = "('committee','baseCommittee','baseCell','subCommittee','cell')";

/**
 * A year's rating totals for a document in one query: the units, their groups and base
 * organizations are found once; the member ratings (93.000 rows of a province year) are read once
 * and summed by group and by base organization. Without `members`, only the cells.
 */
export function ratingTotals(db: DB, year: number, groups: SqlUnitFilter[], members: boolean): RatingTotals {
  // Kept per year (db/cache.ts): the rating report compares with the year before, which an edit of this year leaves as it was.
  const tables = ['unit_year', 'unit_rating', ...(members ? ['member_rating'] : [])];
  return memoYear(db, year, `rating-totals:${members}:${JSON.stringify(groups)}`, () => countRatings(db, year, groups, members), tables);
}

function countRatings(db: DB, year: number, groups: SqlUnitFilter[], members: boolean): RatingTotals {
  const params: Record<string, unknown> = { year };
  const key = groupCase(groups, params);
  // CROSS JOIN keeps mr outside: the planner otherwise scans mr once per unit of the year.
  const memberParts = members
    ? `UNION ALL
       SELECT 'm', grp, level, sum(n), NULL, NULL, NULL FROM mr WHERE cell GROUP BY grp, level
       UNION ALL
       SELECT 'q', b.unit_id, mr.level, sum(mr.n), mr.scale, b.name, b.sort
       FROM mr CROSS JOIN unit_year b ON b.year = @year AND b.unit_id = mr.base_id GROUP BY b.unit_id, mr.scale, mr.level`
    : '';
  const rows = prep(
    db,
    `WITH u AS MATERIALIZED (SELECT pop.id, pop.kind IN ${KINDS.cells} AS cell, pop.base_id, ${key} AS grp FROM (${POPULATION(ALL_KINDS)}) pop),
     mr AS MATERIALIZED (
       SELECT u.cell, u.grp, u.base_id, m.scale, m.level, sum(m.count) AS n
       FROM u CROSS JOIN member_rating m ON m.year = @year AND m.unit_id = u.id ${members ? '' : 'AND 0'}
       GROUP BY 1, 2, 3, 4, 5)
     SELECT 'c' AS part, u.grp AS k, r.level AS level, count(*) AS n, NULL AS scale, NULL AS name, NULL AS sort
     FROM u LEFT JOIN unit_rating r ON r.year = @year AND r.unit_id = u.id WHERE u.cell GROUP BY 2, 3
     ${memberParts}`,
  ).all(params) as {
    part: 'c' | 'm' | 'q';
    k: number;
    level: string | null;
    n: number;
    scale: string | null;
    name: string | null;
    sort: number | null;
  }[];
  const of = (part: string) => rows.filter((r) => r.part === part);
  return {
    cells: of('c').map((r) => ({ group: r.k, level: r.level, n: r.n })),
    members: of('m').map((r) => ({ group: r.k, level: r.level!, n: r.n })),
    baseOrgs: of('q')
      .sort((a, b) => a.sort! - b.sort! || a.k - b.k)
      .map((r) => ({ baseId: r.k, name: r.name!, scale: r.scale!, level: r.level!, n: r.n })),
  };
}

/** The cells rated at one level, in tree order, each with its base organization's name when that is not itself. */
export function cellsRatedAt(db: DB, year: number, level: string): { name: string; baseName: string | null }[] {
  return prep(
    db,
    `SELECT y.name AS name,
       CASE WHEN y.kind IN ${BASE} THEN NULL WHEN p.kind IN ${BASE} THEN p.name WHEN g.kind IN ${BASE} THEN g.name END AS baseName
     FROM unit_year y
     JOIN unit_rating r ON r.year = y.year AND r.unit_id = y.unit_id AND r.level = ?
     LEFT JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
     LEFT JOIN unit_year g ON g.year = y.year AND g.unit_id = p.parent_id
     WHERE y.year = ? AND y.kind IN ${KINDS.cells}
     ORDER BY y.sort, y.unit_id`,
  ).all(level, year) as { name: string; baseName: string | null }[];
}
