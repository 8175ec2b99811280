/**
 * The figures sheet of an input workbook (template-xlsx) or a hand-made sheet with the same headers:
 * one row per unit, one column per indicator. Checked here; written with the other sheets (input-import.ts).
 */
import type { DB } from '../db/open.ts';
import { figuresForYear, listIndicators, type Indicator } from '../db/figures.ts';
import { foldForSearch, formatInt } from '../format/vi.ts';
import { columnLabel, Issues } from './issues.ts';
import { findHeaderRow, foldHeader, headerTexts } from './headers.ts';
import { readNotes, type Cell, type Table } from './table.ts';
import { cellText, isBlank, parseCount } from './values.ts';
import { UnitMatcher } from './unit-match.ts';
import { checkFigureWrite } from '../figures/write.ts';
import type { YearTree } from './year-tree.ts';

type Column = { kind: 'code' } | { kind: 'name' } | { kind: 'base' } | { kind: 'ignore' } | { kind: 'indicator'; ind: Indicator };

const FIXED: Record<string, Column['kind']> = {
  'ma don vi': 'code',
  ma: 'code',
  'ma to chuc': 'code',
  'ma chi bo': 'code',
  'ten don vi': 'name',
  'don vi': 'name',
  'ten to chuc': 'name',
  'ten chi bo': 'name',
  'to chuc dang': 'name',
  'chi bo': 'name',
  thuoc: 'base',
  'truc thuoc': 'base',
  'dang bo co so': 'base',
  'thuoc dang bo': 'base',
  stt: 'ignore',
  tt: 'ignore',
  'so tt': 'ignore',
  loai: 'ignore',
  cap: 'ignore',
  'ghi chu': 'ignore',
};

function recognizer(indicators: Indicator[]): (folded: string) => Column | undefined {
  const byName = new Map<string, Indicator>();
  for (const ind of indicators) {
    byName.set(foldHeader(ind.name), ind);
    byName.set(foldHeader(ind.code), ind);
    byName.set(ind.code, ind);
  }
  return (h) => {
    const fixed = FIXED[h];
    if (fixed === 'indicator') return undefined;
    if (fixed) return { kind: fixed } as Column;
    const ind = byName.get(h) ?? byName.get(h.replace(/^so\s+/, '')) ?? byName.get(`dang vien ${h}`);
    return ind ? { kind: 'indicator', ind } : undefined;
  };
}

export type { FigureChange } from './import-result.schema.ts';
import type { FigureChange } from './import-result.schema.ts';

const TOTAL_ROW = /^(tong|tong cong|cong|tong so)$/;

/** What the figures sheet would change; `issues` holds its errors, and nothing is written here. */
export interface FiguresPlan {
  issues: Issues;
  changes: FigureChange[];
  counts: { rows: number; values: number; changed: number; unchanged: number };
  /** Members of each unit as they would be after the import (entered or incoming), for the ratings sheet's checks. */
  members: Map<number, number>;
}

export function planFigures(db: DB, table: Table, year: number, tree: YearTree): FiguresPlan {
  const empty = { changes: [], counts: { rows: 0, values: 0, changed: 0, unchanged: 0 }, members: new Map<number, number>() };
  const issues = new Issues(table.sheet);
  readNotes(table).forEach((n) => issues.warn(null, null, n));
  const indicators = listIndicators(db);
  const recognize = recognizer(indicators);
  const h = findHeaderRow(table.rows, (f) => recognize(f), 2);
  if (h < 0) {
    issues.error(
      table.rows[0]?.row ?? 1,
      null,
      'Không tìm thấy dòng tiêu đề: cần cột "Mã đơn vị" hoặc "Tên đơn vị" và ít nhất một cột chỉ tiêu ' +
        `(${indicators
          .slice(0, 6)
          .map((i) => `"${i.name}"`)
          .join(', ')}, …) trong 20 dòng đầu. Hãy dùng mẫu nhập liệu của chương trình (tochuc template-xlsx).`,
    );
    return { issues, ...empty };
  }
  const headerRow = table.rows[h]!;
  const headers = headerTexts(headerRow);
  const columns = headers.map((t) => (t ? recognize(foldHeader(t)) : undefined));
  headers.forEach((t, i) => {
    if (t && !columns[i]) issues.warn(headerRow.row, columnLabel(i, t), `Cột "${t}" không phải chỉ tiêu nào đã biết; bỏ qua.`);
  });
  const col = (k: Column['kind']) => columns.findIndex((c) => c?.kind === k);
  const codeCol = col('code');
  const nameCol = col('name');
  const baseCol = col('base');
  const indCols = columns.flatMap((c, i) => (c?.kind === 'indicator' ? [{ i, ind: c.ind }] : []));
  if (codeCol < 0 && nameCol < 0)
    issues.error(headerRow.row, null, 'Thiếu cột "Mã đơn vị" hoặc "Tên đơn vị": không biết mỗi dòng là của đơn vị nào.');
  if (indCols.length === 0) issues.error(headerRow.row, null, 'Không có cột chỉ tiêu nào (ví dụ "Đảng viên", "Đảng viên nữ").');
  const seenInd = new Map<string, number>();
  for (const { i, ind } of indCols) {
    const prev = seenInd.get(ind.code);
    if (prev !== undefined)
      issues.error(
        headerRow.row,
        columnLabel(i, headers[i]),
        `Chỉ tiêu "${ind.name}" có hai cột (${columnLabel(prev, headers[prev])} và cột này).`,
      );
    seenInd.set(ind.code, i);
  }
  if (!issues.ok) return { issues, ...empty };

  const matcher = new UnitMatcher(tree.units);
  const incoming = new Map<string, { unitId: number; ind: Indicator; value: number; row: number; col: string }>();
  const rowOfUnit = new Map<number, number>();
  let dataRows = 0;
  let formulas = 0;
  for (const r of table.rows.slice(h + 1)) {
    const cell = (i: number): Cell => (i >= 0 ? (r.cells[i] ?? null) : null);
    const code = cellText(cell(codeCol));
    const name = cellText(cell(nameCol));
    if (!code && !name) {
      if (indCols.some(({ i }) => !isBlank(cell(i)))) issues.error(r.row, null, 'Dòng có số liệu nhưng không có mã hay tên đơn vị.');
      continue;
    }
    if (!code && name && TOTAL_ROW.test(foldForSearch(name))) continue;
    dataRows++;
    const m = matcher.match(code, name, cellText(cell(baseCol)));
    const where = code ? columnLabel(codeCol, headers[codeCol]) : columnLabel(nameCol, headers[nameCol]);
    if (m.kind === 'none') {
      issues.error(
        r.row,
        where,
        `Không có đơn vị ${code ? `mã "${code}"` : ''}${code && name ? ', ' : ''}${name ? `tên "${name}"` : ''} trong cơ cấu tổ chức năm ${tree.fromYear ?? year}.`,
      );
      continue;
    }
    if (m.kind === 'ambiguous') {
      issues.error(
        r.row,
        where,
        `Tên "${name}" trùng ở ${m.candidates.length} đơn vị: ${m.candidates
          .slice(0, 5)
          .map((u) => matcher.describe(u))
          .join('; ')}. Hãy ghi mã đơn vị hoặc cột "Thuộc".`,
      );
      continue;
    }
    if (m.kind === 'name' && code) issues.warn(r.row, where, `Mã "${code}" không có; đã khớp theo tên với ${matcher.describe(m.unit)}.`);
    else if (m.kind === 'name') issues.warn(r.row, where, `Khớp theo tên với ${matcher.describe(m.unit)}.`);
    const unit = m.unit;
    const dup = rowOfUnit.get(unit.id);
    if (dup !== undefined) {
      issues.error(r.row, where, `Đơn vị "${unit.name}" đã có ở dòng ${dup}; mỗi đơn vị chỉ một dòng.`);
      continue;
    }
    rowOfUnit.set(unit.id, r.row);
    for (const { i, ind } of indCols) {
      let c = cell(i);
      const colName = columnLabel(i, headers[i]);
      if (c !== null && typeof c === 'object' && 'error' in c) {
        issues.error(r.row, colName, `Ô có lỗi Excel ${c.error}; hãy sửa công thức hoặc nhập số.`);
        continue;
      }
      if (c !== null && typeof c === 'object' && 'formula' in c) {
        if (typeof c.result !== 'number') {
          issues.error(
            r.row,
            colName,
            `Ô chứa công thức "=${c.formula}" chưa có kết quả lưu sẵn; hãy chép và dán giá trị (Paste Values) rồi nhập lại.`,
          );
          continue;
        }
        formulas++;
        c = c.result;
      }
      const p = parseCount(c);
      if (!p.ok) {
        issues.error(r.row, colName, `${unit.name}: ${p.reason}`);
        continue;
      }
      if (p.value === null) continue;
      incoming.set(`${unit.id}|${ind.code}`, { unitId: unit.id, ind, value: p.value, row: r.row, col: colName });
    }
  }
  if (formulas > 0) issues.warn(null, null, `${formatInt(formulas)} ô chứa công thức; đã dùng kết quả Excel lưu sẵn trong tệp.`);
  if (dataRows === 0) issues.error(headerRow.row, null, 'Không có dòng số liệu nào dưới dòng tiêu đề.');

  // The checks a reader would make, on the figures as they would be after the import.
  const existing = tree.fromYear === null ? figuresForYear(db, year) : [];
  const merged = new Map<string, Map<number, number>>();
  const old = new Map<string, number>();
  for (const f of existing) {
    old.set(`${f.unitId}|${f.indicator}`, f.value);
    let m = merged.get(f.indicator);
    if (!m) merged.set(f.indicator, (m = new Map()));
    m.set(f.unitId, f.value);
  }
  for (const v of incoming.values()) {
    let m = merged.get(v.ind.code);
    if (!m) merged.set(v.ind.code, (m = new Map()));
    m.set(v.unitId, v.value);
  }
  // The rule every writer of figures uses (figures/write.ts), on the figures as they would be after the
  // import: what the sheet brings is refused, a total already stored that it contradicts is said.
  const t = matcher.tree;
  const { findings, check } = checkFigureWrite(
    db,
    year,
    t,
    [...incoming.values()].map((v) => ({ unitId: v.unitId, indicator: v.ind.code, value: v.value })),
    { stored: tree.fromYear === null },
  );
  for (const f of findings) {
    const at =
      incoming.get(`${f.unitId}|${f.indicator}`) ??
      (f.kind === 'partExceedsWhole' ? incoming.get(`${f.unitId}|${indicators.find((i) => i.code === f.indicator)?.partOf}`) : undefined);
    if (at) issues.error(at.row, at.col, f.message, f.kind);
    else issues.warn(null, null, f.message, f.kind);
  }
  const members = merged.get('dang_vien') ?? new Map<number, number>();
  if (!issues.ok) return { issues, ...empty, members };

  const changes: FigureChange[] = [];
  let unchanged = 0;
  for (const v of incoming.values()) {
    const before = old.get(`${v.unitId}|${v.ind.code}`) ?? null;
    if (before === v.value) {
      unchanged++;
      continue;
    }
    // A parent total that only repeats the sum of its cells (as our exports show it) adds nothing.
    const cells = check.cells(v.unitId, v.ind.code);
    if (before === null && !t.isLeaf(v.unitId) && cells.missing === 0 && cells.sum === v.value) {
      unchanged++;
      continue;
    }
    const u = t.byId.get(v.unitId)!;
    changes.push({
      unitId: v.unitId,
      unitCode: u.code,
      unitName: u.name,
      indicator: v.ind.code,
      indicatorName: v.ind.name,
      old: before,
      new: v.value,
    });
  }
  return { issues, changes, counts: { rows: dataRows, values: incoming.size, changed: changes.length, unchanged }, members };
}
