/**
 * The totals a document prints, counted in SQL (issue 17): at province scale, walking the year's
 * 25.000 units and 93.000 member-rating rows in TypeScript made the rating source about 400 ms of
 * a document. Base organizations are found as db/aggregates.ts finds them (the unit itself, its
 * parent or its grandparent: org/operations builds nothing deeper), and units come in tree order
 * (sort, then id) wherever the order is printed.
 */
import type { DB } from './open.ts';
import { prep } from './statements.ts';
import { BASE, groupCase, KINDS, POPULATION, type SqlUnitFilter } from './aggregates.ts';

/** How many units of each kind the year has. */
export function unitKindCounts(db: DB, year: number): Map<string, number> {
  const rows = prep(db, 'SELECT kind, count(*) AS n FROM unit_year WHERE year = ? GROUP BY kind').all(year) as { kind: string; n: number }[];
  return new Map(rows.map((r) => [r.kind, r.n]));
}

export interface GroupLevelCount {
  /** Index of the first matching group, -1 for none. */
  group: number;
  /** The rating level's code; null: not rated. */
  level: string | null;
  n: number;
}

/**
 * The year's cells (chi bộ trực thuộc and chi bộ cơ sở) by group and by their own rating level,
 * and, with `members`, the members rated at each level summed over the cells of each group
 * (ratings entered on other units are not a cell's). The cells and their groups are found once
 * for both counts.
 */
export function ratingsByGroup(
  db: DB,
  year: number,
  groups: SqlUnitFilter[],
  members: boolean,
): { cells: GroupLevelCount[]; members: (GroupLevelCount & { level: string })[] } {
  const params: Record<string, unknown> = { year };
  const key = groupCase(groups, params);
  const memberPart = members
    ? `UNION ALL
       SELECT 'm', c.grp, m.level, sum(m.count) FROM cells c JOIN member_rating m ON m.year = @year AND m.unit_id = c.id GROUP BY 2, 3`
    : '';
  const rows = prep(
    db,
    `WITH cells AS MATERIALIZED (SELECT pop.id, ${key} AS grp FROM (${POPULATION(KINDS.cells)}) pop)
     SELECT 'c' AS part, c.grp AS "group", r.level AS level, count(*) AS n
     FROM cells c LEFT JOIN unit_rating r ON r.year = @year AND r.unit_id = c.id GROUP BY 2, 3
     ${memberPart}`,
  ).all(params) as (GroupLevelCount & { part: 'c' | 'm' })[];
  const pick = (part: 'c' | 'm') => rows.filter((r) => r.part === part).map(({ group, level, n }) => ({ group, level, n }));
  return { cells: pick('c'), members: pick('m') as (GroupLevelCount & { level: string })[] };
}

export interface BaseOrgQuotaCount {
  baseId: number;
  name: string;
  excellent: number;
  good: number;
}

/**
 * Members rated xuất sắc and tốt within each base organization that has a rating row at either
 * level, in tree order. `excellent` and `good` are "scale level" pairs: which levels of each
 * scale count as which (targets/levels.ts's mapping). Summed per unit first: 93.000 rows of a
 * province year, then 23.000 units looked up to their base organization.
 */
export function memberQuotaByBaseOrg(db: DB, year: number, excellent: string[], good: string[]): BaseOrgQuotaCount[] {
  return prep(
    db,
    `WITH r AS (
       SELECT unit_id,
         sum(CASE WHEN scale || ' ' || level IN (SELECT value FROM json_each(@excellent)) THEN count ELSE 0 END) AS excellent,
         sum(CASE WHEN scale || ' ' || level IN (SELECT value FROM json_each(@good)) THEN count ELSE 0 END) AS good
       FROM member_rating
       WHERE year = @year AND (scale || ' ' || level IN (SELECT value FROM json_each(@excellent))
                            OR scale || ' ' || level IN (SELECT value FROM json_each(@good)))
       GROUP BY unit_id)
     SELECT b.unit_id AS baseId, b.name AS name, sum(r.excellent) AS excellent, sum(r.good) AS good
     FROM r
     JOIN unit_year y ON y.year = @year AND y.unit_id = r.unit_id
     LEFT JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
     LEFT JOIN unit_year g ON g.year = y.year AND g.unit_id = p.parent_id
     JOIN unit_year b ON b.year = y.year AND b.unit_id =
       CASE WHEN y.kind IN ${BASE} THEN y.unit_id WHEN p.kind IN ${BASE} THEN p.unit_id WHEN g.kind IN ${BASE} THEN g.unit_id END
     GROUP BY b.unit_id
     ORDER BY b.sort, b.unit_id`,
  ).all({ year, excellent: JSON.stringify(excellent), good: JSON.stringify(good) }) as BaseOrgQuotaCount[];
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
