/**
 * The "Xếp loại" and "Cấp ủy viên" sheets of the year's input workbook: one header row with the
 * importer's exact headers, then one row per unit (ratings) or per person (committee members,
 * prefilled from the latest earlier year when the year has none yet).
 */
import type ExcelJS from 'exceljs';
import type { DB } from '../db/open.ts';
import { listYears } from '../db/units.ts';
import { committeeEntries } from '../db/committee.ts';
import { unitRatingsWithScores } from '../db/ratings.ts';
import { CELL_KINDS, LEVEL_LABELS } from '../org/catalog.ts';
import type { OrgTree } from '../org/tree.ts';
import { levelName, unitScaleFor } from '../org/ratings.ts';
import { memberCountsOf } from '../org/rating-entry.ts';
import { FONT, headerRow } from './xlsx.ts';
import { guardText } from './guard.ts';
import { RATING_HEADERS, RATINGS_SHEET } from './ratings-sheet.ts';
import { COMMITTEE_HEADERS, COMMITTEE_SHEET } from './committee-sheet.ts';

const ROLE_WORDS = { secretary: 'Bí thư', deputy: 'Phó bí thư', member: 'Cấp ủy viên' } as const;

type Plain = string | number | null;

/**
 * Rows added plainly, styled by column: a province's sheet has 75.000 committee members, and
 * styling each cell (as the figures sheet does) takes a minute and gigabytes there.
 */
function plainRows(ws: ExcelJS.Worksheet, rows: Plain[][], widths: number[], numFmt: Record<number, string> = {}): void {
  // Columns first: a streaming sheet (io/xlsx.ts) writes them out with its first committed row.
  const styles = widths.map((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
    const style = Object.freeze({ font: { name: FONT, size: 12 }, ...(numFmt[i + 1] ? { numFmt: numFmt[i + 1]! } : {}) });
    col.style = style;
    return style;
  });
  for (const r of rows) {
    const row = ws.addRow(r.map((v) => (typeof v === 'string' ? guardText(v) : v)));
    // The column's own style object, not a copy per cell: exceljs renders each style object once.
    row.eachCell((c) => (c.style = styles[Number(c.col) - 1]!));
    row.commit();
  }
}

/** `ownYear` false: the year has no tree yet and `tree` is an earlier year's, so nothing of the year is filled in. */
export function addRatingsSheet(wb: ExcelJS.Workbook, db: DB, year: number, tree: OrgTree, ownYear: boolean): number {
  const ws = wb.addWorksheet(RATINGS_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  headerRow(ws, [...RATING_HEADERS]);
  const scale = unitScaleFor(year);
  const ratings = new Map(ownYear ? unitRatingsWithScores(db, year).map((r) => [r.unitId, r]) : []);
  const counts = ownYear ? memberCountsOf(db, year) : new Map();
  const rows: Plain[][] = [];
  for (const { unit, depth } of tree.ordered()) {
    if (unit.kind === 'committee') continue;
    const r = ratings.get(unit.id);
    const c = counts.get(unit.id);
    const isCell = CELL_KINDS.includes(unit.kind);
    rows.push([
      unit.code,
      `${'    '.repeat(Math.max(0, depth - 1))}${unit.name}`,
      r ? levelName(r.scale === scale ? scale : r.scale, r.level) : null,
      r?.scoreCenti == null ? null : r.scoreCenti / 100,
      ...(isCell && c ? [c.htxs, c.htt, c.ht, c.khtnv, c.unrated] : [null, null, null, null, null]),
    ]);
  }
  plainRows(ws, rows, [16, 44, 30, 10, 14, 14, 14, 14, 14], { 4: '0.00', 5: '#,##0', 6: '#,##0', 7: '#,##0', 8: '#,##0', 9: '#,##0' });
  return rows.length;
}

export function addCommitteeSheet(
  wb: ExcelJS.Workbook,
  db: DB,
  year: number,
  tree: OrgTree,
  ownYear: boolean,
): { rows: number; fromYear: number | null } {
  const ws = wb.addWorksheet(COMMITTEE_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  headerRow(ws, [...COMMITTEE_HEADERS]);
  let members = ownYear ? committeeEntries(db, year) : [];
  let fromYear: number | null = null;
  if (members.length === 0) {
    // Last year's committees, for the units still there: most members stay from one year to the next.
    for (const y of listYears(db)
      .filter((x) => x < year)
      .reverse()) {
      const earlier = committeeEntries(db, y).filter((m) => tree.byId.has(m.unitId));
      if (earlier.length) {
        members = earlier;
        fromYear = y;
        break;
      }
    }
  }
  const order = new Map(tree.ordered().map((o, i) => [o.unit.id, i]));
  members = members.filter((m) => order.has(m.unitId)).sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)!);
  plainRows(
    ws,
    members.map((m) => [
      tree.byId.get(m.unitId)!.code,
      m.fullName,
      ROLE_WORDS[m.role],
      m.gender === 'nu' ? 'Nữ' : m.gender === 'nam' ? 'Nam' : null,
      m.birthYear,
      m.ethnicity,
      m.education ? LEVEL_LABELS[m.education]! : null,
      m.professional ? LEVEL_LABELS[m.professional]! : null,
      m.theory ? LEVEL_LABELS[m.theory]! : null,
      fromYear === null && m.trained ? 'x' : null,
    ]),
    [16, 30, 16, 10, 10, 14, 12, 18, 18, 14],
    { 5: '0' },
  );
  return { rows: members.length, fromYear };
}
