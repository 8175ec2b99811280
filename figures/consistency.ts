/**
 * A year's figures checked as a reader checks them: a parent's entered figure against the cells under
 * it, a part against its whole. The one rule and the one wording of every path that writes or reads a
 * year's figures: figures.set, the figures import, the member import and checks.year.
 *
 * A missing leaf is "chưa nhập", never 0. Counting it as 0 (as checks.year once did) flags every parent
 * whose cells are half entered, a mismatch that is only unfinished work; ignoring the parent until all
 * its cells are in (as the figures import once did) lets a parent pass that is already smaller than the
 * cells entered so far. So: when every cell under a parent is entered, the parent must equal their sum;
 * while some are missing, it must be at least what the entered ones add up to (a figure is never
 * negative, so the missing cells can only add to it). The cells themselves are said missing by
 * checks.year ('missing'), once, not again through every parent above them.
 *
 * Only cells (leaves) are added, not the totals entered for units in between: every count of the
 * product counts cells, and a parent's entered figure is never counted.
 */
import type { OrgTree } from '../org/tree.ts';
import type { UnitRow } from '../db/units.ts';
import { parentMessage, partExceeds, partMessage, type CellTotal } from './rule.ts';
import type { Finding } from './finding.schema.ts';

export interface IndicatorLike {
  code: string;
  name: string;
  partOf: string | null;
}

/**
 * The figures of one indicator as entered (or as they will be after a write), read by the unit's row in
 * TreeRows.order (and its id, for a caller that keeps them by id); undefined where nothing was entered.
 * Asked once per indicator: a year's check reads 750.000 figures of a province. `every`: the caller
 * will read every unit's (adding up the cells), so a reader from the file takes the whole indicator.
 */
export type ColumnOf = (indicator: string, every: boolean) => (row: number, unitId: number) => number | undefined;

/** A unit and an indicator: one cell of the year's table. */
export interface FigureAt {
  unitId: number;
  indicator: string;
}

/** What is checked at a unit (flags of a FigureSet row). */
const PARENT = 1; // against its cells
const PARTS = 2; // against its whole and its parts
const WALKED = 4; // the units above it are listed already

/**
 * The figures to check: indicator → one byte per row of the tree (TreeRows.order) of the flags above.
 * Arrays, not pairs or maps: a province's member list writes 600.000 figures, and with every unit above
 * them that was over a second of keys.
 */
export type FigureSet = Map<string, Uint8Array>;

/** A tree as rows: depth-first order, each unit's row, its parent's row (-1 at the top), which rows are leaves, each row's unit id. */
export interface TreeRows {
  order: { unit: UnitRow; depth: number }[];
  rowOf: Map<number, number>;
  parentRow: Int32Array;
  leaf: Uint8Array;
  /** Side by side: a walk over every row reads these, not each row's unit object somewhere in the heap. */
  ids: Int32Array;
}

const rowsOf = new WeakMap<OrgTree, TreeRows>();

/** Kept with the tree, which never changes. */
export function treeRows(tree: OrgTree): TreeRows {
  let r = rowsOf.get(tree);
  if (r) return r;
  const order = tree.ordered();
  const rowOf = new Map<number, number>();
  order.forEach((o, i) => rowOf.set(o.unit.id, i));
  const parentRow = new Int32Array(order.length).fill(-1);
  const leaf = new Uint8Array(order.length);
  order.forEach((o, i) => {
    const p = o.unit.parentId === null ? undefined : rowOf.get(o.unit.parentId);
    if (p !== undefined) parentRow[i] = p;
    leaf[i] = tree.isLeaf(o.unit.id) ? 1 : 0;
  });
  const ids = Int32Array.from(order, (o) => o.unit.id);
  rowsOf.set(tree, (r = { order, rowOf, parentRow, leaf, ids }));
  return r;
}

/** One indicator's cells under each row (TreeRows order): what the entered ones add up to, and how many are missing. */
export interface ColumnTotals {
  sum: ArrayLike<number>;
  missing: ArrayLike<number>;
}

export class FigureCheck {
  private readonly totals = new Map<string, ColumnTotals>();
  private readonly rows: TreeRows;
  readonly tree: OrgTree;
  readonly indicators: readonly IndicatorLike[];
  private readonly columnOf: ColumnOf;
  private readonly columns = new Map<string, (row: number, unitId: number) => number | undefined>();

  private readonly known?: (indicator: string) => ColumnTotals | undefined;

  /**
   * `totals`: an indicator's totals already counted over these rows (the year's matrix keeps them, so a
   * year's check does not count 45 columns again, nor allocate them); the others are counted here.
   */
  constructor(
    tree: OrgTree,
    indicators: readonly IndicatorLike[],
    column: ColumnOf,
    totals?: (indicator: string) => ColumnTotals | undefined,
  ) {
    this.tree = tree;
    this.indicators = indicators;
    this.columnOf = column;
    this.rows = treeRows(tree);
    this.known = totals;
  }

  private readonly everyColumn = new Set<string>();

  private column(code: string, every = false) {
    let c = this.columns.get(code);
    if (!c || (every && !this.everyColumn.has(code))) this.columns.set(code, (c = this.columnOf(code, every)));
    if (every) this.everyColumn.add(code);
    return c;
  }

  /** A figure as entered (after the write, for a write's check). */
  entered(unitId: number, indicator: string): number | undefined {
    const i = this.rows.rowOf.get(unitId);
    return i === undefined ? undefined : this.column(indicator)(i, unitId);
  }

  /** The cells under a unit (itself, if it is a cell). */
  cells(unitId: number, indicator: string): CellTotal {
    const i = this.rows.rowOf.get(unitId);
    if (i === undefined) return { sum: 0, missing: 0 };
    const t = this.totalsOf(indicator);
    return { sum: t.sum[i]!, missing: t.missing[i]! };
  }

  /**
   * One pass backwards over the depth-first order per indicator (children come after their parent, so a
   * unit is complete when it is reached): a province's 25.000 units in a few milliseconds, so a single
   * cell edit can afford the whole indicator.
   */
  private totalsOf(indicator: string): ColumnTotals {
    let t = this.totals.get(indicator) ?? this.known?.(indicator);
    if (t) return t;
    const { parentRow, leaf, ids } = this.rows;
    const sum = new Float64Array(ids.length);
    const missing = new Float64Array(ids.length);
    const valueOf = this.column(indicator, true);
    for (let i = ids.length - 1; i >= 0; i--) {
      if (leaf[i]) {
        const v = valueOf(i, ids[i]!);
        if (v === undefined) missing[i] = 1;
        else sum[i] = v;
      }
      const p = parentRow[i]!;
      if (p >= 0) {
        sum[p]! += sum[i]!;
        missing[p]! += missing[i]!;
      }
    }
    this.totals.set(indicator, (t = { sum, missing }));
    return t;
  }

  /**
   * The findings at these figures (every figure of the year when none are given), in one order for every
   * path: indicator by indicator, parents then parts, each by unit id.
   */
  findings(at?: FigureSet): Finding[] {
    const n = this.rows.order.length;
    const out: Finding[] = [];
    // Rows are walked in tree order, as the arrays lie, and the few findings put in unit order after:
    // walked by unit id, every step landed elsewhere in memory, and a year's check of two provinces
    // (2,25 million steps) took 2,4 times what one province's did.
    const byUnit = (found: Finding[]) => out.push(...found.sort((a, b) => a.unitId - b.unitId));
    for (const ind of this.indicators) {
      const flags = at?.get(ind.code);
      if (at && !flags) continue;
      const parents: Finding[] = [];
      for (let i = 0; i < n; i++) if (!flags || flags[i]! & PARENT) this.parentFinding(i, ind, parents);
      byUnit(parents);
      if (!ind.partOf) continue;
      const part = this.column(ind.code);
      const whole = this.column(ind.partOf);
      const wholeName = this.indicators.find((i) => i.code === ind.partOf)?.name ?? ind.partOf;
      const parts: Finding[] = [];
      for (let i = 0; i < n; i++) if (!flags || flags[i]! & PARTS) this.partFinding(i, ind, part, whole, wholeName, parts);
      byUnit(parts);
    }
    return out;
  }

  private parentFinding(row: number, ind: IndicatorLike, out: Finding[]): void {
    if (this.rows.leaf[row]) return;
    const value = this.column(ind.code)(row, this.rows.ids[row]!);
    if (value === undefined) return;
    const t = this.totalsOf(ind.code);
    const u = this.rows.order[row]!.unit;
    const message = parentMessage(u.name, ind.name, value, { sum: t.sum[row]!, missing: t.missing[row]! });
    if (message) out.push({ kind: 'parentMismatch', unitId: u.id, unitName: u.name, indicator: ind.code, message });
  }

  private partFinding(
    row: number,
    ind: IndicatorLike,
    part: (row: number, unitId: number) => number | undefined,
    wholeOf: (row: number, unitId: number) => number | undefined,
    wholeName: string,
    out: Finding[],
  ): void {
    const id = this.rows.ids[row]!;
    const value = part(row, id);
    if (value === undefined) return;
    const whole = wholeOf(row, id);
    // The unit (its name, for the words) is looked up only for a part that is wrong.
    if (whole === undefined || !partExceeds(value, whole)) return;
    const u = this.rows.order[row]!.unit;
    out.push({
      kind: 'partExceedsWhole',
      unitId: id,
      unitName: u.name,
      indicator: ind.code,
      message: partMessage(u.name, ind.name, value, wholeName, whole)!,
    });
  }

  /**
   * The figures a write of these figures can make wrong: each one itself (against its cells, its whole
   * and its parts) and, for a cell, every unit above it (only against its cells: they add up differently).
   */
  affectedBy(written: Iterable<FigureAt>): FigureSet {
    const { rowOf, parentRow, leaf, order } = this.rows;
    const out: FigureSet = new Map();
    const of = (code: string) => out.get(code) ?? out.set(code, new Uint8Array(order.length)).get(code)!;
    const partsOf = new Map<string, Uint8Array[]>();
    for (const ind of this.indicators) if (ind.partOf) partsOf.set(ind.partOf, [...(partsOf.get(ind.partOf) ?? []), of(ind.code)]);
    for (const w of written) {
      const i = rowOf.get(w.unitId);
      if (i === undefined) continue;
      const flags = of(w.indicator);
      flags[i]! |= PARENT | PARTS;
      // A lower whole can put a part above it: the part's finding is where it is said.
      for (const part of partsOf.get(w.indicator) ?? []) part[i]! |= PARENT | PARTS;
      if (!leaf[i]) continue;
      for (let p = parentRow[i]!; p >= 0 && !(flags[p]! & WALKED); p = parentRow[p]!) flags[p]! |= PARENT | WALKED;
    }
    return out;
  }
}
