/**
 * The reorganizations of 2025, each in one step (issue 12): units close and successors open on one
 * date, and whatever sat under the closed units moves to its successor — cells keep their identity,
 * so every earlier year can be restated by its cells. Merge, split and upgrade are this one step with
 * a particular shape. Each step is recorded (org_change) with the rows it replaced, so it can be
 * undone until the next year starts.
 */
import type { DB } from '../db/open.ts';
import * as q from '../db/units.ts';
import { setFigure } from '../db/figures.ts';
import {
  deleteChange,
  figuresOf,
  getChange,
  hasYear,
  insertChange,
  listChanges,
  restoreRows,
  setChangeUndo,
  snapshotRows,
  type OrgChangeRow,
  type RowSnapshot,
} from '../db/reorg.ts';
import { UserError } from '../core/errors.ts';
import { KIND_LABELS, type UnitKind } from './catalog.ts';
import { checkParent, cleanName, mustGet } from './operations.ts';
import { normalizeText } from '../format/vi.ts';

/** Where a unit goes: one of the units this step opens (by index), or a unit that already exists. */
export type Target = { open: number } | { unitId: number };

export interface OpenUnit {
  name: string;
  code?: string;
  kind: UnitKind;
  /** null only for a new root (a committee that replaces the root). */
  parent: Target | null;
  sector?: string | null;
  unitType?: string | null;
}

export interface Succession {
  year: number;
  /** The day the new state begins, 'YYYY-MM-DD'; 1 January of the year when not given. */
  date?: string;
  close: number[];
  open: OpenUnit[];
  /** Units that change parent (and perhaps kind: a cell made chi bộ cơ sở). */
  moves: { unitId: number; to: Target; kind?: UnitKind }[];
  /** For closed units without anything under them (cells): which units continue them. */
  into?: { unitId: number; to: Target[] }[];
  /** Closed units that leave this file for another committee ("về xã Tây Phương"): the note is kept in their history. */
  leave?: { unitId: number; note: string }[];
  /** Moved units and everything under them take codes under their new parent ("X.01", "X.02"…). */
  renumber?: boolean;
  kind?: string;
  summary?: string;
}

interface UndoData {
  ids: number[];
  created: number[];
  codes: [number, string][];
  rows: RowSnapshot;
  /** The next year already had its tree when the step was made (an earlier year corrected): undo stays open. */
  nextExisted?: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkDate(year: number, date: string | undefined): string {
  const d = date ?? `${year}-01-01`;
  const m = DATE.exec(d);
  const valid = m && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
  if (!valid) throw new UserError(`Ngày "${d}" không hợp lệ; viết theo dạng năm-tháng-ngày, ví dụ 2025-07-01.`, 'date');
  if (Number(m![1]) !== year) throw new UserError(`Ngày ${d} không thuộc năm ${year} của cơ cấu đang sửa.`, 'date');
  return d;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Up to five names, then how many more: a message stays readable for a commune of 40 cells. */
function someNames(names: string[]): string {
  return names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} và ${names.length - 5} đơn vị khác`;
}

/**
 * The units of a year a step touches, read one by one and kept: a province year has 25.000 units and a
 * step needs a handful (the province generator makes some 2.000 steps).
 */
class YearUnits {
  private readonly rows = new Map<number, q.UnitRow | undefined>();
  private readonly kids = new Map<number, q.UnitRow[]>();
  private readonly db: DB;
  private readonly year: number;
  constructor(db: DB, year: number) {
    this.db = db;
    this.year = year;
  }
  get(id: number): q.UnitRow | undefined {
    if (!this.rows.has(id)) this.rows.set(id, q.getUnit(this.db, this.year, id));
    return this.rows.get(id);
  }
  childrenOf(id: number): q.UnitRow[] {
    let k = this.kids.get(id);
    if (!k) {
      this.kids.set(id, (k = q.childUnits(this.db, this.year, id)));
      for (const c of k) if (!this.rows.has(c.id)) this.rows.set(c.id, c);
    }
    return k;
  }
  isLeaf(id: number): boolean {
    return this.childrenOf(id).length === 0;
  }
}

/** One step of reorganization; returns the recorded change and the ids of the units it opened. */
export function reorganize(db: DB, s: Succession): { changeId: number; opened: number[] } {
  return db.transaction(() => {
    const { year } = s;
    const date = checkDate(year, s.date);
    // Everything about the units as they were is read before anything changes.
    const tree = new YearUnits(db, year);
    const closed = new Set(s.close);
    for (const id of s.close) {
      mustGet(db, year, id);
      tree.get(id);
      tree.childrenOf(id);
    }
    for (const m of s.moves) {
      const u = mustGet(db, year, m.unitId);
      tree.get(u.id);
      if (closed.has(u.id)) throw new UserError(`"${u.name}" vừa giải thể vừa được chuyển; hãy chọn một.`, 'reorg');
    }
    const moved = new Map(s.moves.map((m) => [m.unitId, m]));
    if (moved.size !== s.moves.length) throw new UserError('Một đơn vị được chuyển hai lần trong cùng một bước.', 'reorg');
    for (const id of s.close) {
      const left = tree.childrenOf(id).filter((c) => !closed.has(c.id) && !moved.has(c.id));
      if (left.length > 0) {
        throw new UserError(
          `"${tree.get(id)!.name}" còn ${left.length} đơn vị trực thuộc chưa chuyển đi: ${someNames(left.map((c) => c.name))}.`,
          'has-children',
        );
      }
    }
    const refUnit = (t: Target): void => {
      if ('unitId' in t) {
        const u = mustGet(db, year, t.unitId);
        if (closed.has(u.id)) throw new UserError(`Không thể chuyển vào "${u.name}" vì đơn vị này giải thể trong cùng bước.`, 'reorg');
      } else if (!Number.isInteger(t.open) || t.open < 0 || t.open >= s.open.length) {
        throw new UserError(`Không có đơn vị mới thứ ${t.open + 1} trong bước này.`, 'reorg');
      }
    };

    // What this step will replace: every row of the units it closes or moves, and their codes.
    const renumbered: number[] = [];
    if (s.renumber) {
      const walk = (id: number) => {
        renumbered.push(id);
        for (const c of tree.childrenOf(id)) walk(c.id);
      };
      for (const m of s.moves) walk(m.unitId);
    }
    const ids = [...new Set([...s.close, ...s.moves.map((m) => m.unitId)])];
    const undo: UndoData = {
      ids,
      created: [],
      rows: snapshotRows(db, year, ids),
      codes: renumbered.map((id) => [id, q.unitCode(db, id)!]),
      nextExisted: hasYear(db, year + 1),
    };
    const changeId = insertChange(db, { year, date, kind: s.kind ?? 'succession', summary: s.summary ?? '', undo: '{}' });
    const event = (kind: q.LineageKind, fromUnitId: number | null, toUnitId: number | null, note: string | null) =>
      q.addLineage(db, { year, kind, fromUnitId, toUnitId, note, date, changeId });

    // Open the successors, in order: a new unit may sit under one opened before it.
    const opened: number[] = [];
    const resolve = (t: Target): number => ('unitId' in t ? t.unitId : opened[t.open]!);
    s.open.forEach((o, i) => {
      if (o.parent) {
        refUnit(o.parent);
        if ('open' in o.parent && o.parent.open >= i)
          throw new UserError('Đơn vị mới chỉ trực thuộc được đơn vị có sẵn hoặc đơn vị mới mở trước nó.', 'reorg');
      }
      const parentId = o.parent ? resolve(o.parent) : null;
      checkParent(db, year, o.kind, parentId);
      const code = o.code ? normalizeText(o.code) : q.nextUnitCode(db, 'DV');
      if (q.findUnitIdByCode(db, code) !== undefined) throw new UserError(`Mã đơn vị "${code}" đã có.`, 'code');
      const id = q.insertUnit(db, code);
      q.putUnitYear(db, year, id, {
        name: cleanName(o.name),
        kind: o.kind,
        parentId,
        sector: o.sector ?? null,
        unitType: o.unitType ?? null,
        sort: q.maxSort(db, year) + 1,
      });
      opened.push(id);
      undo.created.push(id);
      event('create', null, id, null);
    });

    // Move what sat under the closed units (and anything else the step moves).
    for (const m of s.moves) {
      refUnit(m.to);
      const u = tree.get(m.unitId)!;
      const to = resolve(m.to);
      const kind = m.kind ?? u.kind;
      for (
        let p: q.UnitRow | undefined = q.getUnit(db, year, to);
        p;
        p = p.parentId === null ? undefined : q.getUnit(db, year, p.parentId)
      ) {
        if (p.id === u.id) throw new UserError(`Không thể chuyển "${u.name}" vào chính đơn vị cấp dưới của nó.`, 'cycle');
      }
      checkParent(db, year, kind, to);
      q.setUnitPlace(db, year, u.id, to, kind);
      const toName = q.getUnit(db, year, to)!.name;
      if (kind !== u.kind) event('upgrade', u.id, u.id, `${KIND_LABELS[u.kind]} → ${KIND_LABELS[kind].toLowerCase()} trực thuộc ${toName}`);
      else event('move', u.id, u.id, `chuyển về ${toName}`);
    }

    // Each closed unit is continued by the units its contents went to.
    const successors = new Map<number, Set<number>>(s.close.map((id) => [id, new Set<number>()]));
    for (const m of s.moves) {
      // The moved unit's old parent and every closed unit above it, up to the first one kept.
      for (let p = tree.get(m.unitId)!.parentId; p !== null && closed.has(p); p = tree.get(p)!.parentId) {
        successors.get(p)!.add(resolve(m.to));
      }
    }
    for (const i of s.into ?? []) {
      if (!closed.has(i.unitId)) throw new UserError(`"${mustGet(db, year, i.unitId).name}" không giải thể trong bước này.`, 'reorg');
      for (const t of i.to) {
        refUnit(t);
        successors.get(i.unitId)!.add(resolve(t));
      }
    }
    // A cell merged into one successor hands it its figures; a split cell's figures are entered for its parts.
    const handing = s.close.filter((id) => tree.isLeaf(id) && successors.get(id)!.size === 1);
    const sums = new Map<number, Map<string, number>>();
    for (const f of figuresOf(db, year, handing)) {
      const to = [...successors.get(f.unitId)!][0]!;
      let m = sums.get(to);
      if (!m) sums.set(to, (m = new Map()));
      m.set(f.indicator, (m.get(f.indicator) ?? 0) + f.value);
    }
    const sharedTarget = new Map<number, number>();
    for (const set of successors.values()) for (const t of set) sharedTarget.set(t, (sharedTarget.get(t) ?? 0) + 1);
    for (const id of s.close) {
      const u = tree.get(id)!;
      const to = [...successors.get(id)!];
      if (to.length === 0) event('dissolve', id, null, s.leave?.find((l) => l.unitId === id)?.note ?? u.name);
      for (const t of to) event(to.length > 1 ? 'split' : sharedTarget.get(t)! > 1 ? 'merge' : 'succeed', id, t, null);
    }
    for (const id of s.close) q.removeUnitFromYear(db, year, id);
    for (const [id, m] of sums) {
      const own = figuresOf(db, year, [id]);
      for (const [ind, v] of m) setFigure(db, year, id, ind, v + (own.find((f) => f.indicator === ind)?.value ?? 0));
    }

    if (s.renumber)
      renumber(
        db,
        year,
        s.moves.map((m) => m.unitId),
      );
    setChangeUndo(db, changeId, JSON.stringify(undo));
    return { changeId, opened };
  })();
}

/** Moved units take the next free numbers under their new parent; what is under them follows. */
function renumber(db: DB, year: number, movedIds: number[]): void {
  const tree = new YearUnits(db, year);
  const next = new Map<number, number>();
  for (const id of movedIds) {
    const u = tree.get(id)!;
    const parentCode = q.unitCode(db, u.parentId!)!;
    let k = next.get(u.parentId!) ?? tree.childrenOf(u.parentId!).filter((c) => !movedIds.includes(c.id)).length;
    let code: string;
    do code = `${parentCode}.${pad2(++k)}`;
    while (q.findUnitIdByCode(db, code) !== undefined && q.findUnitIdByCode(db, code) !== id);
    next.set(u.parentId!, k);
    const old = u.code;
    const walk = (w: q.UnitRow) => {
      const nc = w.code.startsWith(old) ? code + w.code.slice(old.length) : `${code}.${w.code}`;
      const other = q.findUnitIdByCode(db, nc);
      if (other !== undefined && other !== w.id) throw new UserError(`Không đánh lại mã được: mã "${nc}" đã có.`, 'code');
      q.setUnitCode(db, w.id, nc);
      for (const c of tree.childrenOf(w.id)) walk(c);
    };
    walk(u);
  }
}

export interface ChangeView {
  id: number;
  year: number;
  date: string;
  kind: string;
  summary: string;
  undoable: boolean;
  reason: string | null;
}

const yearBegun = (year: number) => `Năm ${year + 1} đã bắt đầu; thay đổi của năm ${year} không hoàn tác được nữa.`;
const undoLater = (summary: string) => `Hãy hoàn tác trước thay đổi sau nó: "${summary}".`;

/** Why a change can no longer be undone, given the last change of its year and whether the next year has begun. */
function blockOf(c: OrgChangeRow, last: OrgChangeRow, nextBegun: boolean): string | null {
  const nextExisted = (JSON.parse(c.undo) as UndoData).nextExisted === true;
  if (!nextExisted && nextBegun) return yearBegun(c.year);
  return last.id === c.id ? null : undoLater(last.summary);
}

function undoBlock(db: DB, id: number): string | null {
  const c = getChange(db, id);
  if (!c) return `Không tìm thấy thay đổi số ${id}.`;
  return blockOf(c, listChanges(db, c.year).at(-1)!, hasYear(db, c.year + 1));
}

/** One pass: the last step of each year and whether the next year has begun are read once per year. */
export function listOrgChanges(db: DB, year?: number): ChangeView[] {
  const rows = listChanges(db, year);
  const lastOf = new Map<number, OrgChangeRow>();
  for (const c of rows) lastOf.set(c.year, c);
  const begun = new Map<number, boolean>();
  return rows.map((c) => {
    if (!begun.has(c.year)) begun.set(c.year, hasYear(db, c.year + 1));
    const reason = blockOf(c, lastOf.get(c.year)!, begun.get(c.year)!);
    return { id: c.id, year: c.year, date: c.date, kind: c.kind, summary: c.summary, undoable: reason === null, reason };
  });
}

/** Puts the year back exactly as it was before the change (units, figures, ratings, committees, codes). */
export function undoChange(db: DB, id: number): void {
  db.transaction(() => {
    const reason = undoBlock(db, id);
    if (reason) throw new UserError(reason, 'undo');
    const c = getChange(db, id)!;
    const u = JSON.parse(c.undo) as UndoData;
    restoreRows(db, c.year, [...u.ids, ...u.created], u.rows);
    deleteChange(db, id);
    for (const cid of u.created) if (q.yearsOfUnit(db, cid).length === 0) q.deleteUnit(db, cid);
    // Two passes, so codes swapped by a renumbering never collide on the way back.
    for (const [uid] of u.codes) q.setUnitCode(db, uid, `~undo-${uid}`);
    for (const [uid, code] of u.codes) q.setUnitCode(db, uid, code);
  })();
}

// --- The shapes a user asks for -------------------------------------------------------------

const unitName = (db: DB, year: number, id: number) => mustGet(db, year, id).name;

/** Base committees (or cells) become one new unit with everything under them. */
export function mergeInto(
  db: DB,
  year: number,
  sourceIds: number[],
  into: { name: string; code?: string; renumber?: boolean; date?: string },
): number {
  if (new Set(sourceIds).size < 2) throw new UserError('Cần chọn ít nhất hai đơn vị để sáp nhập.', 'merge');
  const sources = sourceIds.map((id) => mustGet(db, year, id));
  const first = sources[0]!;
  for (const s of sources) if (s.kind !== first.kind) throw new UserError('Chỉ sáp nhập được các đơn vị cùng loại.', 'merge');
  const tree = new YearUnits(db, year);
  const moves = sources.flatMap((s) => tree.childrenOf(s.id).map((c) => ({ unitId: c.id, to: { open: 0 } as Target })));
  const { opened } = reorganize(db, {
    year,
    date: into.date,
    kind: 'merge',
    renumber: into.renumber,
    summary: `Sáp nhập ${sources.map((s) => s.name).join(', ')} thành ${normalizeText(into.name)}`,
    close: sourceIds,
    open: [
      {
        name: into.name,
        code: into.code,
        kind: first.kind,
        parent: first.parentId === null ? null : { unitId: first.parentId },
        sector: first.sector,
        unitType: first.unitType,
      },
    ],
    moves,
    into: sources.filter((s) => tree.isLeaf(s.id)).map((s) => ({ unitId: s.id, to: [{ open: 0 }] })),
  });
  return opened[0]!;
}

export interface SplitPart {
  /** A new unit (name, code) or an existing unit of the same kind that takes a share ("một phần… về xã khác"). */
  name?: string;
  code?: string;
  unitId?: number;
  /** The units under the source that go to this part. Every one must be given to exactly one part. */
  childIds?: number[];
}

/** A base committee's cells shared among several units, new or existing; a cell split gets its figures entered anew. */
export function splitAmong(
  db: DB,
  year: number,
  sourceId: number,
  parts: SplitPart[],
  opts: { date?: string; renumber?: boolean } = {},
): number[] {
  if (parts.length < 2) throw new UserError('Chia tách cần ít nhất hai phần.', 'split');
  const s = mustGet(db, year, sourceId);
  const tree = new YearUnits(db, year);
  const children = tree.childrenOf(sourceId).map((c) => c.id);
  const given = parts.flatMap((p) => p.childIds ?? []);
  if (children.length > 0) {
    const missing = children.filter((c) => !given.includes(c));
    if (missing.length > 0)
      throw new UserError(
        `Chưa chia hết các đơn vị trực thuộc "${s.name}": còn ${someNames(missing.map((c) => tree.get(c)!.name))}.`,
        'split',
      );
    if (new Set(given).size !== given.length) throw new UserError('Một đơn vị trực thuộc được chia cho hai phần.', 'split');
    const stray = given.filter((c) => !children.includes(c));
    if (stray.length > 0) throw new UserError(`Đơn vị #${stray[0]} không trực thuộc "${s.name}".`, 'split');
  }
  const open: OpenUnit[] = [];
  const targets: Target[] = parts.map((p) => {
    if (p.unitId !== undefined) {
      const e = mustGet(db, year, p.unitId);
      if (e.kind !== s.kind) throw new UserError(`"${e.name}" không cùng loại với "${s.name}".`, 'split');
      return { unitId: p.unitId };
    }
    if (!p.name) throw new UserError('Mỗi phần mới cần có tên.', 'split');
    open.push({
      name: p.name,
      code: p.code,
      kind: s.kind,
      parent: s.parentId === null ? null : { unitId: s.parentId },
      sector: s.sector,
      unitType: s.unitType,
    });
    return { open: open.length - 1 };
  });
  const partNames = parts.map((p) => (p.unitId !== undefined ? unitName(db, year, p.unitId) : normalizeText(p.name!)));
  const { opened } = reorganize(db, {
    year,
    date: opts.date,
    kind: 'split',
    renumber: opts.renumber,
    summary: `Chia tách ${s.name} về ${partNames.join(', ')}`,
    close: [sourceId],
    open,
    moves: parts.flatMap((p, i) => (p.childIds ?? []).map((c) => ({ unitId: c, to: targets[i]! }))),
    into: children.length === 0 ? [{ unitId: sourceId, to: targets }] : [],
  });
  return targets.map((t) => ('unitId' in t ? t.unitId : opened[t.open]!));
}

/** Chi bộ trực thuộc made chi bộ cơ sở directly under the committee (the school and health cells of 2025). */
export function upgradeCells(db: DB, year: number, cellIds: number[], opts: { date?: string; under?: number } = {}): void {
  if (cellIds.length === 0) throw new UserError('Chọn ít nhất một chi bộ để chuyển thành chi bộ cơ sở.', 'reorg');
  const tree = new YearUnits(db, year);
  const cells = cellIds.map((id) => mustGet(db, year, id));
  for (const c of cells) if (c.kind !== 'cell') throw new UserError(`"${c.name}" không phải chi bộ trực thuộc.`, 'reorg');
  const committeeOf = (id: number): number => {
    let u = tree.get(id)!;
    while (u.parentId !== null && u.kind !== 'committee') u = tree.get(u.parentId)!;
    return u.id;
  };
  reorganize(db, {
    year,
    date: opts.date,
    kind: 'upgrade',
    summary: `Chuyển ${cells.length === 1 ? cells[0]!.name : `${cells.length} chi bộ`} thành chi bộ cơ sở`,
    close: [],
    open: [],
    moves: cells.map((c) => ({ unitId: c.id, to: { unitId: opts.under ?? committeeOf(c.id) }, kind: 'baseCell' as const })),
  });
}
