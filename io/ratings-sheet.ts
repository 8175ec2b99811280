/**
 * The "Xếp loại" sheet: per unit its level (any of the usual spellings), its score where given, and
 * per cell its members by level. Checked with the same rules as the entry screen (org/rating-entry.ts).
 */
import type { DB } from '../db/open.ts';
import { RatingChecker, type CheckedRatings, type MemberCountsInput } from '../org/rating-entry.ts';
import { columnLabel, Issues } from './issues.ts';
import { findHeaderRow, foldHeader, headerTexts } from './headers.ts';
import type { Table } from './table.ts';
import { cellText, isBlank, parseCount } from './values.ts';
import { UnitMatcher } from './unit-match.ts';
import { sheetUnit } from './sheet-unit.ts';
import type { YearTree } from './year-tree.ts';
import { formatInt } from '../format/vi.ts';

export const RATINGS_SHEET = 'Xếp loại';
export const RATING_HEADERS = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Xếp loại',
  'Điểm',
  'ĐV hoàn thành xuất sắc',
  'ĐV hoàn thành tốt',
  'ĐV hoàn thành',
  'ĐV không hoàn thành',
  'ĐV chưa đánh giá',
] as const;

type Field = 'code' | 'name' | 'level' | 'score' | 'htxs' | 'htt' | 'ht' | 'khtnv' | 'unrated';
const FIELDS: Field[] = ['code', 'name', 'level', 'score', 'htxs', 'htt', 'ht', 'khtnv', 'unrated'];
const BY_HEADER = new Map<string, Field>(RATING_HEADERS.map((h, i) => [foldHeader(h), FIELDS[i]!]));
for (const [h, f] of [
  ['ma', 'code'],
  ['ten', 'name'],
  ['muc xep loai', 'level'],
  ['diem danh gia', 'score'],
] as const)
  BY_HEADER.set(h, f);
const COUNT_FIELDS = ['htxs', 'htt', 'ht', 'khtnv', 'unrated'] as const;
const SHOWN_WARNINGS = 5;

export interface RatingsPlan {
  issues: Issues;
  units: CheckedRatings['units'];
  members: MemberCountsInput[];
}

/** "87,5" and 87.5 both read as 87,5 points; anything else is refused with the cell's text. */
function parseScore(text: string | null, raw: unknown): number | null | undefined {
  if (text === null) return null;
  if (typeof raw === 'number') return raw;
  const s = text.replace(/\s/g, '');
  if (!/^\d+([.,]\d+)?$/.test(s)) return undefined;
  return Number(s.replace(',', '.'));
}

export function planRatings(db: DB, table: Table, year: number, tree: YearTree, members: Map<number, number> | undefined): RatingsPlan {
  const issues = new Issues(table.sheet);
  const h = findHeaderRow(table.rows, (f) => BY_HEADER.get(f), 3);
  if (h < 0) {
    issues.error(
      table.rows[0]?.row ?? 1,
      null,
      `Không tìm thấy dòng tiêu đề của trang "${RATINGS_SHEET}": cần các cột ${RATING_HEADERS.map((x) => `"${x}"`).join(', ')}.`,
    );
    return { issues, units: [], members: [] };
  }
  const headerRow = table.rows[h]!;
  const headers = headerTexts(headerRow);
  const cols = new Map<Field, number>();
  headers.forEach((t, i) => {
    const f = t ? BY_HEADER.get(foldHeader(t)) : undefined;
    if (t && !f) issues.warn(headerRow.row, columnLabel(i, t), `Cột "${t}" không nhận ra; bỏ qua.`);
    if (f && !cols.has(f)) cols.set(f, i);
  });
  if (!cols.has('code') && !cols.has('name')) issues.error(headerRow.row, null, 'Thiếu cột "Mã đơn vị" hoặc "Tên đơn vị".');
  if (!issues.ok) return { issues, units: [], members: [] };
  const label = (f: Field) => columnLabel(cols.get(f) ?? 0, headers[cols.get(f) ?? 0]);
  const check = new RatingChecker(db, year, tree.units, members);
  const matcher = new UnitMatcher(tree.units);
  const units: CheckedRatings['units'] = [];
  const counts: MemberCountsInput[] = [];
  const seen = new Map<number, number>();
  for (const r of table.rows.slice(h + 1)) {
    const cell = (f: Field) => (cols.has(f) ? (r.cells[cols.get(f)!] ?? null) : null);
    const text = (f: Field) => cellText(cell(f));
    const code = text('code');
    const name = text('name');
    const anyValue = (['level', 'score', ...COUNT_FIELDS] as const).some((f) => !isBlank(cell(f)));
    if (!code && !name) {
      if (anyValue) issues.error(r.row, null, 'Dòng có xếp loại nhưng không có mã hay tên đơn vị.');
      continue;
    }
    if (!anyValue) continue;
    const where = code ? label('code') : label('name');
    const u = sheetUnit(db, matcher, tree.fromYear ?? year, code, name, issues, r.row, where);
    if (!u) continue;
    const dup = seen.get(u.id);
    if (dup !== undefined) {
      issues.error(r.row, where, `Đơn vị "${u.name}" đã có ở dòng ${dup}; mỗi đơn vị một dòng.`);
      continue;
    }
    seen.set(u.id, r.row);
    const levelText = text('level');
    const scoreText = text('score');
    const score = parseScore(scoreText, cell('score'));
    if (score === undefined) {
      issues.error(r.row, label('score'), `${u.name}: điểm "${scoreText}" không phải số (ví dụ 87,5).`);
      continue;
    }
    const before = check.errors.length;
    if (levelText !== null || score !== null) {
      const v = check.unitRating(u, levelText, score, { row: r.row, column: label('level') }, { row: r.row, column: label('score') });
      if (v) units.push({ unitId: u.id, ...v });
    }
    if (COUNT_FIELDS.some((f) => !isBlank(cell(f)))) {
      const c: Record<string, number> = {};
      let bad = false;
      for (const f of COUNT_FIELDS) {
        const p = parseCount(cell(f));
        if (!p.ok) {
          issues.error(r.row, label(f), `${u.name}: ${p.reason}`);
          bad = true;
          continue;
        }
        c[f] = p.value ?? 0;
      }
      const mc = { unitId: u.id, htxs: c.htxs!, htt: c.htt!, ht: c.ht!, khtnv: c.khtnv!, unrated: c.unrated! };
      if (!bad && check.memberCounts(u, mc, { row: r.row, column: label('htxs') })) counts.push(mc);
    }
    for (const e of check.errors.slice(before)) issues.error(e.row, e.column, e.message);
  }
  // A year's sheet often leaves the excused out of every cell: one line for them, not a line per cell.
  for (const kind of ['short', 'unchecked'] as const) {
    const list = check.warnings.filter((w) => w.kind === kind);
    if (list.length <= SHOWN_WARNINGS) for (const w of list) issues.warn(w.row, w.column, w.message);
    else {
      const rows = list
        .slice(0, SHOWN_WARNINGS)
        .map((w) => w.row)
        .join(', ');
      issues.warn(
        null,
        null,
        kind === 'short'
          ? `${formatInt(list.length)} chi bộ có số đảng viên theo mức xếp loại ít hơn số đảng viên của chi bộ (dòng ${rows}, …); người miễn hoặc chưa đánh giá ghi vào cột "ĐV chưa đánh giá".`
          : `${formatInt(list.length)} chi bộ chưa có số đảng viên năm ${year} nên chưa đối chiếu được số đảng viên theo mức xếp loại (dòng ${rows}, …).`,
      );
    }
  }
  return { issues, units, members: counts };
}
