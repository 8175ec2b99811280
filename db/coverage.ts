/**
 * What a year lacks, counted in SQL: every breakdown, comparison and plan evaluation asks, and a
 * province year has 25.000 units (loading its tree to count would double a breakdown's time).
 * A leaf is a unit of the year with no unit under it; the committee itself is not rated.
 */
import type { DB } from './open.ts';
import { prep } from './statements.ts';

const LEAF = `NOT EXISTS (SELECT 1 FROM unit_year c WHERE c.year = y.year AND c.parent_id = y.unit_id)`;
const HAS_FIGURES = `EXISTS (SELECT 1 FROM figure f WHERE f.year = y.year AND f.indicator = 'dang_vien' AND f.unit_id = y.unit_id)`;
const RATED = `EXISTS (SELECT 1 FROM unit_rating r WHERE r.year = y.year AND r.unit_id = y.unit_id)`;
const MEMBERS_RATED = `(EXISTS (SELECT 1 FROM member_rating m WHERE m.year = y.year AND m.unit_id = y.unit_id)
  OR EXISTS (SELECT 1 FROM member_unrated m WHERE m.year = y.year AND m.unit_id = y.unit_id))`;
const IS_CELL = `y.kind IN ('cell', 'baseCell')`;

export interface FigureCounts {
  leaves: number;
  leavesWithoutFigures: number;
}
export interface RatingCounts {
  rated: number;
  withoutRating: number;
  cells: number;
  cellsWithoutMemberRatings: number;
}

/** Leaves and those without figures: what every breakdown asks, so the cheapest query. */
export function figureCounts(db: DB, year: number): FigureCounts {
  return prep(
    db,
    `
    SELECT count(*) AS leaves, coalesce(sum(NOT ${HAS_FIGURES}), 0) AS leavesWithoutFigures
    FROM unit_year y WHERE y.year = ? AND y.kind <> 'committee' AND ${LEAF}`,
  ).get(year) as FigureCounts;
}

export function ratingCounts(db: DB, year: number): RatingCounts {
  return prep(
    db,
    `
    SELECT count(*) AS rated, coalesce(sum(NOT ${RATED}), 0) AS withoutRating,
           coalesce(sum(${IS_CELL}), 0) AS cells, coalesce(sum(${IS_CELL} AND NOT ${MEMBERS_RATED}), 0) AS cellsWithoutMemberRatings
    FROM unit_year y WHERE y.year = ? AND y.kind <> 'committee'`,
  ).get(year) as RatingCounts;
}

export interface MissingRow {
  unitId: number;
  code: string;
  name: string;
  parent: string | null;
}

const MISSING: Record<'figures' | 'ratings' | 'memberRatings', string> = {
  figures: `${LEAF} AND NOT ${HAS_FIGURES}`,
  ratings: `NOT ${RATED}`,
  memberRatings: `${IS_CELL} AND NOT ${MEMBERS_RATED}`,
};

/** The first `limit` units missing one kind of input, in the order the tree lists them among their siblings. */
export function missingUnits(db: DB, year: number, what: keyof typeof MISSING, limit: number): MissingRow[] {
  if (limit <= 0) return [];
  return prep(
    db,
    `
    SELECT y.unit_id AS unitId, u.code, y.name, p.name AS parent
    FROM unit_year y JOIN unit u ON u.id = y.unit_id
    LEFT JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
    WHERE y.year = ? AND y.kind <> 'committee' AND ${MISSING[what]}
    ORDER BY y.sort, y.unit_id LIMIT ?`,
  ).all(year, limit) as MissingRow[];
}
