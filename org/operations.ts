/** Changes to the organization of a year, each in one transaction, each leaving a lineage record. */
import type { DB } from '../db/open.ts';
import * as q from '../db/units.ts';
import { figuresForYear, setFigure } from '../db/figures.ts';
import { UserError } from '../core/errors.ts';
import { ALLOWED_PARENTS, KIND_LABELS, type UnitKind } from './catalog.ts';
import { normalizeText } from '../format/vi.ts';

function mustGet(db: DB, year: number, unitId: number): q.UnitRow {
  const u = q.getUnit(db, year, unitId);
  if (!u) throw new UserError(`Không tìm thấy đơn vị #${unitId} trong năm ${year}.`, 'not-found');
  return u;
}

function checkParent(db: DB, year: number, kind: UnitKind, parentId: number | null): void {
  const allowed = ALLOWED_PARENTS[kind];
  if (parentId === null) {
    if (allowed.length > 0) throw new UserError(`${KIND_LABELS[kind]} phải có đơn vị cấp trên.`, 'parent');
    return;
  }
  const p = mustGet(db, year, parentId);
  if (!allowed.includes(p.kind)) {
    throw new UserError(`${KIND_LABELS[kind]} không thể trực thuộc ${KIND_LABELS[p.kind].toLowerCase()} "${p.name}".`, 'parent');
  }
}

function cleanName(name: string): string {
  const n = normalizeText(name);
  if (!n) throw new UserError('Tên đơn vị không được để trống.', 'name');
  return n;
}

export interface NewUnit {
  name: string;
  kind: UnitKind;
  parentId: number | null;
  sector?: string | null;
  unitType?: string | null;
  code?: string;
}

export function createUnit(db: DB, year: number, u: NewUnit): number {
  return db.transaction(() => {
    checkParent(db, year, u.kind, u.parentId);
    const code = u.code ? normalizeText(u.code) : q.nextUnitCode(db, 'DV');
    if (q.findUnitIdByCode(db, code) !== undefined) throw new UserError(`Mã đơn vị "${code}" đã có.`, 'code');
    const id = q.insertUnit(db, code);
    q.putUnitYear(db, year, id, {
      name: cleanName(u.name), kind: u.kind, parentId: u.parentId,
      sector: u.sector ?? null, unitType: u.unitType ?? null, sort: q.maxSort(db, year) + 1,
    });
    q.addLineage(db, { year, kind: 'create', fromUnitId: null, toUnitId: id, note: null });
    return id;
  })();
}

export function renameUnit(db: DB, year: number, unitId: number, name: string): void {
  db.transaction(() => {
    const u = mustGet(db, year, unitId);
    const n = cleanName(name);
    if (n === u.name) return;
    q.setUnitName(db, year, unitId, n);
    q.addLineage(db, { year, kind: 'rename', fromUnitId: unitId, toUnitId: unitId, note: `${u.name} → ${n}` });
  })();
}

export function moveUnit(db: DB, year: number, unitId: number, parentId: number): void {
  db.transaction(() => {
    const u = mustGet(db, year, unitId);
    checkParent(db, year, u.kind, parentId);
    for (let p: q.UnitRow | undefined = mustGet(db, year, parentId); p; p = p.parentId === null ? undefined : q.getUnit(db, year, p.parentId)) {
      if (p.id === unitId) throw new UserError(`Không thể chuyển "${u.name}" vào chính đơn vị cấp dưới của nó.`, 'cycle');
    }
    q.setUnitParent(db, year, unitId, parentId);
    q.addLineage(db, { year, kind: 'move', fromUnitId: unitId, toUnitId: unitId, note: `chuyển về đơn vị #${parentId}` });
  })();
}

function refuseIfChildren(db: DB, year: number, u: q.UnitRow, what: string): void {
  if (q.countChildren(db, year, u.id) > 0) {
    throw new UserError(`"${u.name}" còn đơn vị trực thuộc; hãy chuyển hoặc ${what} các đơn vị đó trước.`, 'has-children');
  }
}

/** Several units become one new unit; their figures of that year are added up into it. */
export function mergeUnits(db: DB, year: number, sourceIds: number[], into: { name: string; code?: string }): number {
  return db.transaction(() => {
    if (new Set(sourceIds).size < 2) throw new UserError('Cần chọn ít nhất hai đơn vị để sáp nhập.', 'merge');
    const sources = sourceIds.map((id) => mustGet(db, year, id));
    const first = sources[0]!;
    for (const s of sources) {
      if (s.kind !== first.kind) throw new UserError('Chỉ sáp nhập được các đơn vị cùng loại.', 'merge');
      refuseIfChildren(db, year, s, 'sáp nhập');
    }
    const id = createUnit(db, year, { name: into.name, code: into.code, kind: first.kind, parentId: first.parentId, sector: first.sector, unitType: first.unitType });
    const sums = new Map<string, number>();
    for (const f of figuresForYear(db, year)) {
      if (sourceIds.includes(f.unitId)) sums.set(f.indicator, (sums.get(f.indicator) ?? 0) + f.value);
    }
    for (const s of sources) {
      q.removeUnitFromYear(db, year, s.id);
      q.addLineage(db, { year, kind: 'merge', fromUnitId: s.id, toUnitId: id, note: null });
    }
    for (const [ind, v] of sums) setFigure(db, year, id, ind, v);
    return id;
  })();
}

/** One unit becomes several new units; its figures of that year are removed and must be entered for the parts. */
export function splitUnit(db: DB, year: number, sourceId: number, parts: { name: string; code?: string }[]): number[] {
  return db.transaction(() => {
    if (parts.length < 2) throw new UserError('Chia tách cần ít nhất hai đơn vị mới.', 'split');
    const s = mustGet(db, year, sourceId);
    refuseIfChildren(db, year, s, 'giải thể');
    const ids = parts.map((p) =>
      createUnit(db, year, { name: p.name, code: p.code, kind: s.kind, parentId: s.parentId, sector: s.sector, unitType: s.unitType }),
    );
    q.removeUnitFromYear(db, year, sourceId);
    for (const id of ids) q.addLineage(db, { year, kind: 'split', fromUnitId: sourceId, toUnitId: id, note: null });
    return ids;
  })();
}

export function dissolveUnit(db: DB, year: number, unitId: number): void {
  db.transaction(() => {
    const u = mustGet(db, year, unitId);
    refuseIfChildren(db, year, u, 'giải thể');
    q.removeUnitFromYear(db, year, unitId);
    q.addLineage(db, { year, kind: 'dissolve', fromUnitId: unitId, toUnitId: null, note: u.name });
  })();
}

/** A new year starts with the previous year's tree; figures are entered anew. */
export function startYear(db: DB, fromYear: number, toYear: number): number {
  return db.transaction(() => {
    if (q.listUnits(db, toYear).length > 0) throw new UserError(`Năm ${toYear} đã có cơ cấu tổ chức.`, 'year-exists');
    const n = q.copyTree(db, fromYear, toYear);
    if (n === 0) throw new UserError(`Năm ${fromYear} chưa có cơ cấu tổ chức để sao chép.`, 'year-empty');
    return n;
  })();
}
