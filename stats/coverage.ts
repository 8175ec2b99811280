/**
 * How complete a year is. A breakdown of a year with 4 of 294 cells entered is a breakdown of
 * those 4: every result that reads figures or ratings carries this, so that none looks whole.
 */
import type { DB } from '../db/open.ts';
import { listUnits } from '../db/units.ts';
import { indicatorValues } from '../db/figures.ts';
import { memberRatings, memberUnrated, unitRatings } from '../db/ratings.ts';
import { CELL_KINDS } from '../org/catalog.ts';
import { OrgTree } from '../org/tree.ts';
import type { UnitRow } from '../db/units.ts';
import { formatInt } from '../format/vi.ts';

export interface MissingUnit { unitId: number; code: string; name: string; parent: string | null }

export interface YearCoverage {
  year: number;
  leaves: number;
  leavesWithFigures: number;
  leavesWithoutFigures: number;
  rated: number;
  withoutRating: number;
  cells: number;
  cellsWithoutMemberRatings: number;
  complete: boolean;
  text: string | null;
  missingFigures: MissingUnit[];
  missingRatings: MissingUnit[];
  missingMemberRatings: MissingUnit[];
}

export interface CoverageSummary { year: number; leaves: number; leavesWithoutFigures: number; withoutRating: number; complete: boolean; text: string | null }

const LISTED = 200;

/** Figures are entered where there are no children: the cells, and a unit that has none yet. */
export function yearCoverage(db: DB, year: number, listed = LISTED): YearCoverage {
  const tree = new OrgTree(listUnits(db, year));
  const members = indicatorValues(db, year, 'dang_vien');
  const rated = new Set(unitRatings(db, year).map((r) => r.unitId));
  const memberRated = new Set([...memberRatings(db, year).map((r) => r.unitId), ...memberUnrated(db, year).map((r) => r.unitId)]);
  const view = (u: UnitRow): MissingUnit => ({ unitId: u.id, code: u.code, name: u.name, parent: u.parentId === null ? null : (tree.byId.get(u.parentId)?.name ?? null) });
  const ordered = tree.ordered().map((o) => o.unit);
  const leaves = ordered.filter((u) => tree.isLeaf(u.id) && u.kind !== 'committee');
  const noFigures = leaves.filter((u) => !members.has(u.id));
  const ratable = ordered.filter((u) => u.kind !== 'committee');
  const noRating = ratable.filter((u) => !rated.has(u.id));
  const cells = ordered.filter((u) => CELL_KINDS.includes(u.kind));
  const noMemberRatings = cells.filter((u) => !memberRated.has(u.id));
  const complete = leaves.length > 0 && noFigures.length === 0 && noRating.length === 0 && noMemberRatings.length === 0;
  const parts: string[] = [];
  if (leaves.length === 0) parts.push(`năm ${year} chưa có chi bộ nào`);
  if (noFigures.length) parts.push(`${formatInt(noFigures.length)}/${formatInt(leaves.length)} chi bộ (đơn vị cơ sở) chưa có số liệu`);
  if (noRating.length) parts.push(`${formatInt(noRating.length)}/${formatInt(ratable.length)} tổ chức đảng chưa xếp loại`);
  if (noMemberRatings.length) parts.push(`${formatInt(noMemberRatings.length)}/${formatInt(cells.length)} chi bộ chưa nhập số đảng viên theo mức xếp loại`);
  return {
    year,
    leaves: leaves.length,
    leavesWithFigures: leaves.length - noFigures.length,
    leavesWithoutFigures: noFigures.length,
    rated: ratable.length,
    withoutRating: noRating.length,
    cells: cells.length,
    cellsWithoutMemberRatings: noMemberRatings.length,
    complete,
    text: parts.length ? `Năm ${year} chưa đủ: ${parts.join('; ')}.` : null,
    missingFigures: noFigures.slice(0, listed).map(view),
    missingRatings: noRating.slice(0, listed).map(view),
    missingMemberRatings: noMemberRatings.slice(0, listed).map(view),
  };
}

/**
 * What a result built on the year's figures (and, with `ratings`, its ratings) says about them:
 * complete when nothing it reads is missing.
 */
export function coverageSummary(db: DB, year: number, opts: { ratings?: boolean } = {}): CoverageSummary {
  const c = yearCoverage(db, year, 0);
  const figuresMissing = c.leaves === 0 || c.leavesWithoutFigures > 0;
  const ratingsMissing = opts.ratings === true && c.withoutRating > 0;
  const parts: string[] = [];
  if (c.leaves === 0) parts.push(`năm ${year} chưa có chi bộ nào`);
  else if (c.leavesWithoutFigures) parts.push(`còn ${formatInt(c.leavesWithoutFigures)}/${formatInt(c.leaves)} chi bộ (đơn vị cơ sở) chưa có số liệu`);
  if (ratingsMissing) parts.push(`${formatInt(c.withoutRating)}/${formatInt(c.rated)} tổ chức đảng chưa xếp loại`);
  return {
    year,
    leaves: c.leaves,
    leavesWithoutFigures: c.leavesWithoutFigures,
    withoutRating: c.withoutRating,
    complete: !figuresMissing && !ratingsMissing,
    text: parts.length ? `Năm ${year} chưa đủ số liệu: ${parts.join('; ')}; các số dưới đây chỉ tính trên phần đã nhập.` : null,
  };
}
