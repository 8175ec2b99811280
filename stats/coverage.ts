/**
 * How complete a year is. A breakdown of a year with 4 of 294 cells entered is a breakdown of
 * those 4: every result that reads figures or ratings carries this, so that none looks whole.
 */
import type { DB } from '../db/open.ts';
import { figureCounts, missingUnits, ratingCounts, type FigureCounts, type RatingCounts } from '../db/coverage.ts';
import { memoYear } from '../db/cache.ts';
import { rowsOf } from '../db/version.ts';
import { DEFAULT_BREAKDOWN, findBreakdown } from './definitions.ts';
import { formatInt } from '../format/vi.ts';

// The shapes are the contract's (coverage.schema.ts): one definition for the domain and the API.
export type { CoverageSummary, MissingUnit, YearCoverage } from './coverage.schema.ts';
import type { CoverageSummary, YearCoverage } from './coverage.schema.ts';

const LISTED = 200;

// Every breakdown and evaluation asks; the answer changes only when the year's units or inputs do.
// Only which rows exist counts here, not their values: a corrected figure keeps the year's coverage.
const figuresOf = (db: DB, year: number): FigureCounts =>
  memoYear(db, year, 'coverage:figures', () => figureCounts(db, year), [rowsOf('unit_year'), rowsOf('figure')]);
const ratingsOf = (db: DB, year: number): RatingCounts =>
  memoYear(
    db,
    year,
    'coverage:ratings',
    () => ratingCounts(db, year),
    ['unit_year', 'unit_rating', 'member_rating', 'member_unrated'].map(rowsOf),
  );

/** Figures are entered where there are no children: the cells, and a unit that has none yet. */
export function yearCoverage(db: DB, year: number, listed = LISTED): YearCoverage {
  const c = { ...figuresOf(db, year), ...ratingsOf(db, year) };
  const complete = c.leaves > 0 && c.leavesWithoutFigures === 0 && c.withoutRating === 0 && c.cellsWithoutMemberRatings === 0;
  const parts: string[] = [];
  if (c.leaves === 0) parts.push(`năm ${year} chưa có chi bộ nào`);
  if (c.leavesWithoutFigures)
    parts.push(`${formatInt(c.leavesWithoutFigures)}/${formatInt(c.leaves)} chi bộ (đơn vị cơ sở) chưa có số liệu`);
  if (c.withoutRating) parts.push(`${formatInt(c.withoutRating)}/${formatInt(c.rated)} tổ chức đảng chưa xếp loại`);
  if (c.cellsWithoutMemberRatings)
    parts.push(`${formatInt(c.cellsWithoutMemberRatings)}/${formatInt(c.cells)} chi bộ chưa nhập số đảng viên theo mức xếp loại`);
  return {
    year,
    ...c,
    leavesWithFigures: c.leaves - c.leavesWithoutFigures,
    complete,
    text: parts.length ? `Năm ${year} chưa đủ: ${parts.join('; ')}.` : null,
    missingFigures: missingUnits(db, year, 'figures', listed),
    missingRatings: missingUnits(db, year, 'ratings', listed),
    missingMemberRatings: missingUnits(db, year, 'memberRatings', listed),
  };
}

/**
 * What a result built on the year's figures (and, with `ratings`, its ratings) says about them:
 * complete when nothing it reads is missing.
 */
export function coverageSummary(db: DB, year: number, opts: { ratings?: boolean } = {}): CoverageSummary {
  const f = figuresOf(db, year);
  const r = ratingsOf(db, year);
  const figuresMissing = f.leaves === 0 || f.leavesWithoutFigures > 0;
  const ratingsMissing = opts.ratings === true && r.withoutRating > 0;
  const parts: string[] = [];
  if (f.leaves === 0) parts.push(`năm ${year} chưa có chi bộ nào`);
  else if (f.leavesWithoutFigures)
    parts.push(`còn ${formatInt(f.leavesWithoutFigures)}/${formatInt(f.leaves)} chi bộ (đơn vị cơ sở) chưa có số liệu`);
  if (ratingsMissing) parts.push(`${formatInt(r.withoutRating)}/${formatInt(r.rated)} tổ chức đảng chưa xếp loại`);
  return {
    year,
    leaves: f.leaves,
    leavesWithoutFigures: f.leavesWithoutFigures,
    withoutRating: r.withoutRating,
    complete: !figuresMissing && !ratingsMissing,
    text: parts.length ? `Năm ${year} chưa đủ số liệu: ${parts.join('; ')}; các số dưới đây chỉ tính trên phần đã nhập.` : null,
  };
}

/** A breakdown by rating reads the ratings too: a year without them is as incomplete as one without figures. */
export function breakdownReadsRatings(db: DB, id: string | undefined): boolean {
  const def = findBreakdown(db, id ?? DEFAULT_BREAKDOWN);
  return def.type === 'field' && def.field === 'rating';
}
