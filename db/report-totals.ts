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

/** The year's cells (chi bộ trực thuộc and chi bộ cơ sở) by group and by their own rating level. */
export function cellRatingsByGroup(db: DB, year: number, groups: SqlUnitFilter[]): GroupLevelCount[] {
  const params: Record<string, unknown> = { year };
  const key = groupCase(groups, params);
  return prep(
    db,
    `SELECT ${key} AS "group", r.level AS level, count(*) AS n
     FROM (${POPULATION(KINDS.cells)}) pop
     LEFT JOIN unit_rating r ON r.year = @year AND r.unit_id = pop.id
     GROUP BY 1, 2`,
  ).all(params) as GroupLevelCount[];
}

/** Members rated at each level, summed over the cells of each group (ratings entered on other units are not a cell's). */
export function memberRatingsByGroup(db: DB, year: number, groups: SqlUnitFilter[]): (GroupLevelCount & { level: string })[] {
  const params: Record<string, unknown> = { year };
  const key = groupCase(groups, params);
  return prep(
    db,
    `SELECT ${key} AS "group", m.level AS level, sum(m.count) AS n
     FROM (${POPULATION(KINDS.cells)}) pop
     JOIN member_rating m ON m.year = @year AND m.unit_id = pop.id
     GROUP BY 1, 2`,
  ).all(params) as (GroupLevelCount & { level: string })[];
}

export interface BaseOrgRatingCount {
  baseId: number;
  name: string;
  scale: string;
  level: string;
  n: number;
}

/** Members rated at each level within each base organization, the organizations in tree order. */
export function memberRatingsByBaseOrg(db: DB, year: number): BaseOrgRatingCount[] {
  return prep(
    db,
    `SELECT b.unit_id AS baseId, b.name AS name, m.scale AS scale, m.level AS level, sum(m.count) AS n
     FROM member_rating m
     JOIN unit_year y ON y.year = m.year AND y.unit_id = m.unit_id
     LEFT JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
     LEFT JOIN unit_year g ON g.year = y.year AND g.unit_id = p.parent_id
     JOIN unit_year b ON b.year = y.year AND b.unit_id =
       CASE WHEN y.kind IN ${BASE} THEN y.unit_id WHEN p.kind IN ${BASE} THEN p.unit_id WHEN g.kind IN ${BASE} THEN g.unit_id END
     WHERE m.year = ?
     GROUP BY b.unit_id, m.scale, m.level
     ORDER BY b.sort, b.unit_id`,
  ).all(year) as BaseOrgRatingCount[];
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
