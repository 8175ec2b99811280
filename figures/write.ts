/**
 * Writing a year's figures, the one way every writer does it (figures.set, the figures import, the member
 * import): validate the figures and find what they contradict by the rule of figures/consistency.ts, then
 * take the pre-write backup, start the year from its latest structure if it has none, and write, in one
 * transaction with whatever else the same write carries (ratings, committee members, the member list).
 *
 * Refuse or warn: a figure the user brings that contradicts the cells is refused by an import and only
 * said by figures.set. An import is a finished sheet, all or nothing: refusing loses nothing, the sheet is
 * fixed and read again. figures.set is the grid, an entry in progress: a parent typed from the paper
 * report before its cells, or a cell corrected after its parent, contradicts for a while by nature, and
 * refusing would make the order of typing matter; the grid marks the cell, Tổng quan lists it (checks.year).
 * A figure already stored that a write contradicts (a parent total the file does not carry, the totals
 * above the cells of a member list) is said by every writer, never refused: the write is not what is wrong.
 */
import type { DB } from '../db/open.ts';
import { getFigure, indicatorValues, listIndicators, setFigures } from '../db/figures.ts';
import type { OrgTree } from '../org/tree.ts';
import { orgTreeOf } from '../org/year-tree.ts';
import type { UnitRow } from '../db/units.ts';
import { startYear } from '../org/operations.ts';
import { bulkWrite } from '../db/version.ts';
import { autoBackup, type AutoReason } from '../backup/auto.ts';
import { UserError } from '../core/errors.ts';
import { FigureCheck, treeRows } from './consistency.ts';
import type { Finding } from './finding.schema.ts';

/** One figure to write; null clears it. */
export interface FigureWrite {
  unitId: number;
  indicator: string;
  value: number | null;
}

export interface CheckedWrite {
  /** The findings at the figures written and at those the write can make wrong (figures/consistency.ts). */
  findings: Finding[];
  /** The year's figures as they would be after the write, for the caller's own questions (cells of a unit). */
  check: FigureCheck;
}

/**
 * Refuses a write with an unknown unit or indicator or a bad value (`valueError`, the caller's rule for one
 * value: io/values.ts parseCount, since this folder sits below io/), naming each row; nothing is written.
 */
export function validateFigureWrite(
  db: DB,
  year: number,
  unitOf: (unitId: number) => UnitRow | undefined,
  writes: readonly FigureWrite[],
  valueError?: (value: number) => string | null,
): void {
  const codes = new Set(listIndicators(db).map((i) => i.code));
  const errors: string[] = [];
  writes.forEach((w, n) => {
    const u = unitOf(w.unitId);
    if (!u) errors.push(`Dòng ${n + 1}: đơn vị #${w.unitId} không có trong năm ${year}.`);
    if (!codes.has(w.indicator)) errors.push(`Dòng ${n + 1}: không có chỉ tiêu "${w.indicator}".`);
    const reason = w.value === null ? null : (valueError?.(w.value) ?? null);
    if (reason) errors.push(`Dòng ${n + 1}${u ? ` (${u.name})` : ''}: ${reason}`);
  });
  if (errors.length) throw new UserError(errors.slice(0, 20).join('\n'), 'invalid-figures', { errors });
}

/**
 * Validates a write and finds what it would leave inconsistent, before it is made (an import refuses on
 * its findings). `stored`: whether the year's stored figures count (false for a year not started yet,
 * whose figures are all in the write).
 */
export function checkFigureWrite(
  db: DB,
  year: number,
  tree: OrgTree,
  writes: readonly FigureWrite[],
  opts: { stored: boolean; valueError?: (value: number) => string | null },
): CheckedWrite {
  validateFigureWrite(db, year, (id) => tree.byId.get(id), writes, opts.valueError);
  return findWrite(db, year, tree, writes, opts.stored);
}

/**
 * The findings of a write already made (figures.set, which never refuses on them): found after the
 * write, the year's tree is built under the file's new data version, the one the grid's refresh that
 * follows reads too (db/cache.ts), so a cell edit builds it once, not twice.
 */
export function findingsAfterWrite(db: DB, year: number, writes: readonly FigureWrite[]): Finding[] {
  return findWrite(db, year, orgTreeOf(db, year), writes, true).findings;
}

function findWrite(db: DB, year: number, tree: OrgTree, writes: readonly FigureWrite[], stored: boolean): CheckedWrite {
  const indicators = listIndicators(db);
  const opts = { stored };
  // The write over the stored figures, one array per indicator over the tree's rows (NaN: not written,
  // -1: cleared): a province's member list writes 600.000 figures.
  const { rowOf, order } = treeRows(tree);
  const written = new Map<string, Float64Array>();
  for (const w of writes) {
    const i = rowOf.get(w.unitId)!;
    const a = written.get(w.indicator) ?? written.set(w.indicator, new Float64Array(order.length).fill(NaN)).get(w.indicator)!;
    a[i] = w.value ?? -1;
  }
  // A figure not written is read from the file: one by one while few are asked (a cell edit reads the 24
  // parts of "Đảng viên" at one unit; a member list, the totals of the 2.000 units above its cells), the
  // whole indicator once many are (adding up the cells of a year). One figure costs about a fifth of what
  // one unit's share of a whole indicator does. A write as large as the year's tree (a member list) reads
  // every column it touches whole from the start, as the import that made it has just read them.
  const bulkAfter = writes.length >= order.length ? 0 : Math.max(64, order.length >> 3);
  const column = (code: string, every: boolean) => {
    const mine = written.get(code);
    let all: ReadonlyMap<number, number> | undefined = every && opts.stored ? indicatorValues(db, year, code) : undefined;
    let asked = 0;
    const storedAt = (unitId: number): number | undefined => {
      if (!opts.stored) return undefined;
      if (!all && ++asked > bulkAfter) all = indicatorValues(db, year, code);
      return all ? all.get(unitId) : (getFigure(db, year, unitId, code) ?? undefined);
    };
    if (!mine) return (_row: number, unitId: number) => storedAt(unitId);
    return (row: number, unitId: number) => {
      const v = mine[row]!;
      return Number.isNaN(v) ? storedAt(unitId) : v < 0 ? undefined : v;
    };
  };
  const check = new FigureCheck(tree, indicators, column);
  return { findings: check.findings(check.affectedBy(writes)), check };
}

export interface CommitOptions {
  /** The automatic copy before an import; none for a cell edit (see commitFigures). */
  backup: AutoReason | null;
  /** The year's structure to copy first, when the year has none yet. */
  fromYear: number | null;
  /** Runs first inside the transaction: the data previewed is still the data, else nothing is written. */
  guard?: () => void;
  /** The rest of the same write (other sheets, the member list), in the same transaction. */
  alsoWrite?: () => void;
  onProgress?: (done: number, text: string) => void;
}

/**
 * Writes the figures, all or nothing. A cell edit takes no backup: copying a province's file (some
 * 100 MB) on every Enter in the grid would take seconds, the grid's history undoes an edit, and the
 * daily backup keeps the day before. An import replaces many figures at once: it is copied first.
 */
export function commitFigures(
  db: DB,
  dbPath: string,
  year: number,
  writes: readonly FigureWrite[],
  opts: CommitOptions,
): { backup: string | null } {
  const report = opts.onProgress ?? (() => {});
  let backup: string | null = null;
  if (opts.backup) {
    report(0.7, 'Đang sao lưu trước khi ghi');
    backup = autoBackup(db, dbPath, opts.backup);
  }
  report(0.8, 'Đang ghi');
  db.transaction(() => {
    opts.guard?.();
    if (opts.fromYear !== null) startYear(db, opts.fromYear, year);
    opts.alsoWrite?.();
    const write = () => setFigures(db, year, writes);
    // A cell edit keeps the row triggers (a few rows); an import of thousands moves the counters once.
    if (writes.length > 1000) bulkWrite(db, year, ['figure'], new Set(writes.map((w) => w.indicator)), write);
    else write();
  })();
  return { backup };
}
