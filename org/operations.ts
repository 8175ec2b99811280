/** Changes to the organization of a year, each in one transaction, each leaving a lineage record. */
import type { DB } from '../db/open.ts';
import * as q from '../db/units.ts';
import { UserError } from '../core/errors.ts';
import { ALLOWED_PARENTS, KIND_LABELS, type UnitKind } from './catalog.ts';
import { normalizeText } from '../format/vi.ts';

export function mustGet(db: DB, year: number, unitId: number): q.UnitRow {
  const u = q.getUnit(db, year, unitId);
  if (!u) throw new UserError(`Không tìm thấy đơn vị #${unitId} trong năm ${year}.`, 'not-found');
  return u;
}

export function checkParent(db: DB, year: number, kind: UnitKind, parentId: number | null): void {
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

export function cleanName(name: string): string {
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
      name: cleanName(u.name),
      kind: u.kind,
      parentId: u.parentId,
      sector: u.sector ?? null,
      unitType: u.unitType ?? null,
      sort: q.maxSort(db, year) + 1,
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

/** Recorded like every reorganization, so undo goes back through changes in order. */
export function moveUnit(db: DB, year: number, unitId: number, parentId: number): void {
  const u = mustGet(db, year, unitId);
  reorganize(db, {
    year,
    kind: 'move',
    summary: `Chuyển ${u.name} về ${mustGet(db, year, parentId).name}`,
    close: [],
    open: [],
    moves: [{ unitId, to: { unitId: parentId } }],
  });
}

function refuseIfChildren(db: DB, year: number, u: q.UnitRow, what: string): void {
  if (q.countChildren(db, year, u.id) > 0) {
    throw new UserError(`"${u.name}" còn đơn vị trực thuộc; hãy chuyển hoặc ${what} các đơn vị đó trước.`, 'has-children');
  }
}

// Merge and split move whatever sits under the units and are recorded so they can be undone: one rule, in reorganize.ts.
export { mergeInto as mergeUnits, splitAmong as splitUnit } from './reorganize.ts';
import { reorganize } from './reorganize.ts';

export function dissolveUnit(db: DB, year: number, unitId: number): void {
  const u = mustGet(db, year, unitId);
  refuseIfChildren(db, year, u, 'giải thể');
  reorganize(db, { year, kind: 'dissolve', summary: `Giải thể ${u.name}`, close: [unitId], open: [], moves: [] });
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
