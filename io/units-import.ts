/**
 * The organization of a year from a sheet: one row per unit with its code, name, kind, parent
 * (by code or by name; blank = directly under the committee), sector and unit type in the words of
 * the catalogue. Checked as a whole tree first, then written in one transaction.
 */
import type { DB } from '../db/open.ts';
import { addLineage, findUnitIdByCode, insertUnit, listUnits, listYears, maxSort, putUnitYear, type UnitRow } from '../db/units.ts';
import { startYear } from '../org/operations.ts';
import { ALLOWED_PARENTS, CELL_KINDS, KIND_LABELS, SECTORS, UNIT_TYPES, type UnitKind } from '../org/catalog.ts';
import { KIND_CHOICES, parseKind, parseSector, parseUnitType, quoted } from '../org/unit-words.ts';
import { foldForSearch, formatInt, normalizeText } from '../format/vi.ts';
import { autoBackup } from '../backup/auto.ts';
import { columnLabel, Issues, type ImportIssue } from './issues.ts';
import { findHeaderRow, foldHeader, headerTexts } from './headers.ts';
import { readTable, type OnProgress } from './table.ts';
import { cellText } from './values.ts';
import { core } from './unit-match.ts';
import type { LoadedFile } from './source.ts';

type Field = 'code' | 'name' | 'kind' | 'parentCode' | 'parentName' | 'sector' | 'unitType' | 'ignore';

const HEADERS: Record<string, Field> = {
  ma: 'code',
  'ma don vi': 'code',
  'ma to chuc': 'code',
  ten: 'name',
  'ten don vi': 'name',
  'ten to chuc': 'name',
  'to chuc dang': 'name',
  loai: 'kind',
  'loai to chuc': 'kind',
  'loai don vi': 'kind',
  'ma cap tren': 'parentCode',
  'ma don vi cap tren': 'parentCode',
  'cap tren': 'parentName',
  'don vi cap tren': 'parentName',
  'truc thuoc': 'parentName',
  thuoc: 'parentName',
  khoi: 'sector',
  'loai hinh': 'unitType',
  stt: 'ignore',
  tt: 'ignore',
  'ghi chu': 'ignore',
};

/** The template's headers, in its order: the importer reads these same words. */
export const UNIT_HEADERS = ['Mã', 'Tên', 'Loại', 'Mã cấp trên', 'Khối', 'Loại hình'];

export interface UnitPlanned {
  code: string;
  name: string;
  kind: UnitKind;
  kindName: string;
  parentCode: string | null;
  sector: string | null;
  unitType: string | null;
  action: 'create' | 'update' | 'same';
}

export type UnitsImportResult =
  | { ok: false; file: string; errors: ImportIssue[]; warnings: ImportIssue[] }
  | {
      ok: true;
      applied: boolean;
      year: number;
      counts: { rows: number; created: number; updated: number; unchanged: number };
      units: UnitPlanned[];
      warnings: ImportIssue[];
      backup: string | null;
    };

interface Line {
  row: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  parentName: string | null;
  sector: string | null;
  unitType: string | null;
}

export async function importUnits(
  db: DB,
  dbPath: string,
  file: LoadedFile,
  year: number,
  opts: { dryRun: boolean; onProgress?: OnProgress },
): Promise<UnitsImportResult> {
  const report = opts.onProgress ?? (() => {});
  const table = await readTable(file);
  report(0.3, 'Đang kiểm tra danh sách đơn vị');
  const issues = new Issues(table.sheet);
  const fail = () => ({ ok: false as const, file: file.name, errors: issues.list(), warnings: issues.warnings });
  const h = findHeaderRow(table.rows, (f) => HEADERS[f], 3);
  if (h < 0) {
    issues.error(
      table.rows[0]?.row ?? 1,
      null,
      `Không tìm thấy dòng tiêu đề: cần các cột ${quoted(UNIT_HEADERS)} (hoặc "Cấp trên" ghi tên) trong 20 dòng đầu. Hãy dùng mẫu danh sách đơn vị của chương trình.`,
    );
    return fail();
  }
  const headerRow = table.rows[h]!;
  const headers = headerTexts(headerRow);
  const fields = headers.map((t) => (t ? HEADERS[foldHeader(t)] : undefined));
  headers.forEach((t, i) => {
    if (t && !fields[i]) issues.warn(headerRow.row, columnLabel(i, t), `Cột "${t}" không nhận ra; bỏ qua.`);
  });
  const col = (f: Field) => fields.indexOf(f);
  const label = (f: Field) => columnLabel(col(f), headers[col(f)]);
  for (const f of ['code', 'name', 'kind'] as const) {
    if (col(f) < 0) issues.error(headerRow.row, null, `Thiếu cột "${UNIT_HEADERS[['code', 'name', 'kind'].indexOf(f)]}".`);
  }
  if (!issues.ok) return fail();

  const years = listYears(db);
  let existing = listUnits(db, year);
  let fromYear: number | null = null;
  if (existing.length === 0) {
    fromYear = years.filter((y) => y < year).pop() ?? null;
    if (fromYear === null) {
      const later = years.find((y) => y > year);
      issues.error(
        null,
        null,
        later === undefined
          ? 'Tệp dữ liệu chưa lập cấp ủy: hãy lập tệp mới (tochuc init, hoặc "Lập tệp mới" trong chương trình) rồi nhập danh sách đơn vị.'
          : `Năm ${year} nằm trước năm đầu tiên của tệp (${years[0]}); hãy nhập cơ cấu của năm ${years[0]} trở đi.`,
      );
      return fail();
    }
    existing = listUnits(db, fromYear);
    issues.warn(null, null, `Năm ${year} chưa có cơ cấu tổ chức; sẽ bắt đầu từ cơ cấu năm ${fromYear} rồi cập nhật theo tệp.`);
  }
  const root = existing.find((u) => u.parentId === null && u.kind === 'committee');
  if (!root) {
    issues.error(null, null, `Cơ cấu năm ${fromYear ?? year} không có cấp ủy cấp trên cơ sở (đơn vị gốc).`);
    return fail();
  }

  const lines: Line[] = [];
  const byCode = new Map<string, Line>();
  for (const r of table.rows.slice(h + 1)) {
    const text = (f: Field) => (col(f) >= 0 ? cellText(r.cells[col(f)] ?? null) : null);
    const code = text('code');
    const name = text('name');
    const kindText = text('kind');
    if (!code && !name && !kindText) continue;
    if (!code) {
      issues.error(r.row, label('code'), `Dòng chưa có mã đơn vị${name ? ` ("${name}")` : ''}.`);
      continue;
    }
    if (!name) {
      issues.error(r.row, label('name'), `Đơn vị mã "${code}" chưa có tên.`);
      continue;
    }
    const key = foldForSearch(code);
    if (key === foldForSearch(root.code)) continue; // the committee itself, as our template may list it
    const kind = kindText ? parseKind(kindText) : undefined;
    if (!kind) {
      issues.error(
        r.row,
        label('kind'),
        kindText
          ? `Không hiểu loại "${kindText}" của "${name}". Các loại: ${quoted(KIND_CHOICES)}.`
          : `"${name}" chưa ghi loại. Các loại: ${quoted(KIND_CHOICES)}.`,
      );
      continue;
    }
    if (kind === 'committee') {
      issues.error(
        r.row,
        label('kind'),
        `"${name}": tệp chỉ có một cấp ủy cấp trên cơ sở (${root.name}); các đơn vị trong danh sách là ${quoted(KIND_CHOICES)}.`,
      );
      continue;
    }
    const sectorText = text('sector');
    const sector = sectorText ? parseSector(sectorText) : null;
    if (sector === undefined) {
      issues.error(r.row, label('sector'), `Không hiểu khối "${sectorText}" của "${name}". Các khối: ${quoted(Object.values(SECTORS))}.`);
      continue;
    }
    const typeText = text('unitType');
    const unitType = typeText ? parseUnitType(typeText) : null;
    if (unitType === undefined) {
      issues.error(
        r.row,
        label('unitType'),
        `Không hiểu loại hình "${typeText}" của "${name}". Các loại hình: ${quoted(Object.values(UNIT_TYPES))}.`,
      );
      continue;
    }
    const dup = byCode.get(key);
    if (dup) {
      issues.error(r.row, label('code'), `Mã "${code}" trùng với dòng ${dup.row} ("${dup.name}"); mỗi đơn vị một mã.`);
      continue;
    }
    const line: Line = {
      row: r.row,
      code: normalizeText(code),
      name: normalizeText(name),
      kind,
      parentCode: text('parentCode'),
      parentName: text('parentName'),
      sector,
      unitType,
    };
    lines.push(line);
    byCode.set(key, line);
  }
  if (lines.length === 0 && issues.ok) issues.error(headerRow.row, null, 'Không có dòng đơn vị nào dưới dòng tiêu đề.');

  // Parents resolve to a row of the file or a unit already in the year; a name must name one only.
  const existingByCode = new Map(existing.map((u) => [foldForSearch(u.code), u]));
  const namesInFile = new Map<string, Line[]>();
  for (const l of lines)
    for (const k of new Set([foldForSearch(l.name), core(l.name)])) namesInFile.set(k, [...(namesInFile.get(k) ?? []), l]);
  const namesInYear = new Map<string, UnitRow[]>();
  for (const u of existing)
    for (const k of new Set([foldForSearch(u.name), core(u.name)])) namesInYear.set(k, [...(namesInYear.get(k) ?? []), u]);
  type Node = { code: string; name: string; kind: UnitKind; parent: string | null; line?: Line };
  const nodes = new Map<string, Node>();
  for (const u of existing) {
    nodes.set(foldForSearch(u.code), {
      code: u.code,
      name: u.name,
      kind: u.kind,
      parent: u.parentId === null ? null : foldForSearch(existing.find((p) => p.id === u.parentId)?.code ?? ''),
    });
  }
  const rootKey = foldForSearch(root.code);
  for (const l of lines) {
    let parent: string | null = rootKey;
    if (l.parentCode) {
      const k = foldForSearch(l.parentCode);
      if (!byCode.has(k) && !existingByCode.has(k)) {
        issues.error(
          l.row,
          label('parentCode'),
          `Đơn vị cấp trên mã "${l.parentCode}" của "${l.name}" không có trong tệp hay trong cơ cấu năm ${year}.`,
        );
        continue;
      }
      parent = k;
    } else if (l.parentName) {
      const k = foldForSearch(l.parentName);
      const inFile = namesInFile.get(k) ?? namesInFile.get(core(l.parentName)) ?? [];
      const inYear = (namesInYear.get(k) ?? namesInYear.get(core(l.parentName)) ?? []).filter((u) => !byCode.has(foldForSearch(u.code)));
      const found = [...inFile.map((x) => foldForSearch(x.code)), ...inYear.map((u) => foldForSearch(u.code))];
      if (found.length === 0) {
        issues.error(
          l.row,
          label('parentName'),
          `Không có đơn vị cấp trên tên "${l.parentName}" (của "${l.name}") trong tệp hay trong cơ cấu năm ${year}.`,
        );
        continue;
      }
      if (found.length > 1) {
        issues.error(
          l.row,
          label('parentName'),
          `Tên cấp trên "${l.parentName}" trùng ở ${found.length} đơn vị; hãy ghi cột "Mã cấp trên".`,
        );
        continue;
      }
      parent = found[0]!;
    }
    nodes.set(foldForSearch(l.code), { code: l.code, name: l.name, kind: l.kind, parent, line: l });
  }

  const parentColumn = (l: Line) => (l.parentCode ? label('parentCode') : l.parentName ? label('parentName') : label('code'));
  for (const [key, n] of nodes) {
    if (!n.line) continue;
    // A cycle: walking up from a row comes back to it before reaching the committee.
    const seen = new Set<string>([key]);
    let p = n.parent;
    let cycle = false;
    while (p !== null && p !== rootKey) {
      if (seen.has(p)) {
        cycle = true;
        break;
      }
      seen.add(p);
      p = nodes.get(p)?.parent ?? null;
    }
    if (cycle) {
      const chain = [...seen].map((k) => nodes.get(k)?.code ?? k).join(' → ');
      issues.error(
        n.line.row,
        parentColumn(n.line),
        `Vòng lặp cấp trên: ${chain} → ${n.code}; một đơn vị không thể là cấp trên của chính nó.`,
      );
      continue;
    }
    const parent = n.parent === null ? undefined : nodes.get(n.parent);
    if (!parent) continue;
    if (!ALLOWED_PARENTS[n.kind].includes(parent.kind)) {
      const why = CELL_KINDS.includes(parent.kind)
        ? `chi bộ không có đơn vị trực thuộc, nên "${n.name}" không thể trực thuộc ${KIND_LABELS[parent.kind].toLowerCase()} "${parent.name}"`
        : `${KIND_LABELS[n.kind]} "${n.name}" không thể trực thuộc ${KIND_LABELS[parent.kind].toLowerCase()} "${parent.name}"`;
      const allowed = ALLOWED_PARENTS[n.kind].map((k) => KIND_LABELS[k].toLowerCase()).join(' hoặc ');
      issues.error(
        n.line.row,
        parentColumn(n.line),
        `${why[0]!.toUpperCase()}${why.slice(1)}; ${KIND_LABELS[n.kind].toLowerCase()} chỉ đặt dưới ${allowed}.`,
      );
    }
  }
  // Units of the year left out of the file keep their place; one whose parent became a cell is refused.
  for (const [, n] of nodes) {
    if (n.line || n.parent === null) continue;
    const parent = nodes.get(n.parent);
    if (parent?.line && !ALLOWED_PARENTS[n.kind].includes(parent.kind)) {
      issues.error(
        parent.line.row,
        label('kind'),
        `"${parent.name}" đang có đơn vị trực thuộc "${n.name}" (không có trong tệp); ${KIND_LABELS[parent.kind].toLowerCase()} không thể có ${KIND_LABELS[n.kind].toLowerCase()} trực thuộc.`,
      );
    }
  }
  if (!issues.ok) return fail();

  const planned: UnitPlanned[] = lines.map((l) => {
    const before = existingByCode.get(foldForSearch(l.code));
    const parent = nodes.get(foldForSearch(l.code))!.parent;
    const parentCode = parent === null || parent === rootKey ? null : nodes.get(parent)!.code;
    const beforeParent = before && before.parentId !== null ? existing.find((p) => p.id === before.parentId) : undefined;
    const same =
      before &&
      before.name === l.name &&
      before.kind === l.kind &&
      before.sector === l.sector &&
      before.unitType === l.unitType &&
      (beforeParent?.parentId === null ? null : (beforeParent?.code ?? null)) === parentCode;
    return {
      code: l.code,
      name: l.name,
      kind: l.kind,
      kindName: KIND_LABELS[l.kind],
      parentCode,
      sector: l.sector,
      unitType: l.unitType,
      action: !before ? 'create' : same ? 'same' : 'update',
    };
  });
  const counts = {
    rows: lines.length,
    created: planned.filter((p) => p.action === 'create').length,
    updated: planned.filter((p) => p.action === 'update').length,
    unchanged: planned.filter((p) => p.action === 'same').length,
  };
  if (opts.dryRun || (counts.created + counts.updated === 0 && fromYear === null)) {
    report(1, 'Xong');
    return { ok: true, applied: false, year, counts, units: planned, warnings: issues.warnings, backup: null };
  }
  report(0.6, 'Đang sao lưu trước khi ghi');
  const backup = autoBackup(db, dbPath, 'truoc-nhap');
  db.transaction(() => {
    if (fromYear !== null) startYear(db, fromYear, year);
    const ids = new Map<string, number>(listUnits(db, year).map((u) => [foldForSearch(u.code), u.id]));
    for (const p of planned) {
      const key = foldForSearch(p.code);
      if (!ids.has(key)) ids.set(key, findUnitIdByCode(db, p.code) ?? insertUnit(db, p.code));
    }
    let sort = maxSort(db, year);
    for (const p of planned) {
      if (p.action === 'same') continue;
      const id = ids.get(foldForSearch(p.code))!;
      const before = existingByCode.get(foldForSearch(p.code));
      const parentId = ids.get(p.parentCode === null ? rootKey : foldForSearch(p.parentCode))!;
      const beforeParent = before?.parentId ?? null;
      putUnitYear(db, year, id, {
        name: p.name,
        kind: p.kind,
        parentId,
        sector: p.sector,
        unitType: p.unitType,
        sort: before?.sort ?? ++sort,
      });
      if (!before) addLineage(db, { year, kind: 'create', fromUnitId: null, toUnitId: id, note: null });
      else {
        if (before.name !== p.name)
          addLineage(db, { year, kind: 'rename', fromUnitId: id, toUnitId: id, note: `${before.name} → ${p.name}` });
        if (beforeParent !== parentId)
          addLineage(db, { year, kind: 'move', fromUnitId: id, toUnitId: id, note: `chuyển về đơn vị #${parentId}` });
      }
    }
  })();
  report(1, `Đã ghi ${formatInt(counts.created + counts.updated)} đơn vị`);
  return { ok: true, applied: true, year, counts, units: planned, warnings: issues.warnings, backup };
}
