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
import { formatInt } from '../format/vi.ts';
import type { Finding } from './finding.schema.ts';

export interface IndicatorLike {
  code: string;
  name: string;
  partOf: string | null;
}

/** A figure as entered (or as it will be after a write); undefined where nothing was entered. */
export type EnteredOf = (unitId: number, indicator: string) => number | undefined;

/** A unit and an indicator: one cell of the year's table. */
export interface FigureAt {
  unitId: number;
  indicator: string;
  /** A unit above a written cell: only its cells changed, so only it against them is checked. */
  parentOnly?: boolean;
}

/** The cells under a unit for one indicator: what the entered ones add up to, and how many are not entered. */
export interface CellTotal {
  sum: number;
  missing: number;
}

const rowsOf = new WeakMap<OrgTree, Map<number, number>>();

/** The tree's row of each unit (depth-first), kept with the tree, which never changes. */
function rowIndex(tree: OrgTree): Map<number, number> {
  let m = rowsOf.get(tree);
  if (!m) {
    m = new Map();
    tree.ordered().forEach((r, i) => m!.set(r.unit.id, i));
    rowsOf.set(tree, m);
  }
  return m;
}

export class FigureCheck {
  private readonly totals = new Map<string, { sum: Float64Array; missing: Float64Array }>();
  private readonly rows: Map<number, number>;
  readonly tree: OrgTree;
  readonly indicators: readonly IndicatorLike[];
  private readonly entered: EnteredOf;

  constructor(tree: OrgTree, indicators: readonly IndicatorLike[], entered: EnteredOf) {
    this.tree = tree;
    this.indicators = indicators;
    this.entered = entered;
    this.rows = rowIndex(tree);
  }

  /** The cells under a unit (itself, if it is a cell). */
  cells(unitId: number, indicator: string): CellTotal {
    const i = this.rows.get(unitId);
    if (i === undefined) return { sum: 0, missing: 0 };
    const t = this.totalsOf(indicator);
    return { sum: t.sum[i]!, missing: t.missing[i]! };
  }

  /**
   * One pass backwards over the depth-first order per indicator (children come after their parent, so a
   * unit is complete when it is reached): a province's 25.000 units in about a millisecond, so a single
   * cell edit can afford the whole indicator.
   */
  private totalsOf(indicator: string) {
    let t = this.totals.get(indicator);
    if (t) return t;
    const order = this.tree.ordered();
    const sum = new Float64Array(order.length);
    const missing = new Float64Array(order.length);
    for (let i = order.length - 1; i >= 0; i--) {
      const u = order[i]!.unit;
      if (this.tree.isLeaf(u.id)) {
        const v = this.entered(u.id, indicator);
        if (v === undefined) missing[i] = 1;
        else sum[i] = v;
      }
      const p = u.parentId === null ? undefined : this.rows.get(u.parentId);
      if (p !== undefined) {
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
  findings(at?: Iterable<FigureAt>): Finding[] {
    // unit → whether only its parent check is wanted
    const wanted = new Map<string, Map<number, boolean>>();
    if (at)
      for (const f of at) {
        const m = wanted.get(f.indicator) ?? wanted.set(f.indicator, new Map()).get(f.indicator)!;
        m.set(f.unitId, (m.get(f.unitId) ?? true) && f.parentOnly === true);
      }
    const everyUnit = at ? [] : this.tree.units.map((u) => u.id).sort((a, b) => a - b);
    const out: Finding[] = [];
    for (const ind of this.indicators) {
      const mine = wanted.get(ind.code);
      const units = at ? [...(mine?.keys() ?? [])].sort((a, b) => a - b) : everyUnit;
      for (const id of units) {
        const f = this.parentFinding(id, ind);
        if (f) out.push(f);
      }
      for (const id of units) {
        if (mine?.get(id)) continue;
        const f = this.partFinding(id, ind);
        if (f) out.push(f);
      }
    }
    return out;
  }

  private parentFinding(unitId: number, ind: IndicatorLike): Finding | null {
    if (this.tree.isLeaf(unitId)) return null;
    const value = this.entered(unitId, ind.code);
    if (value === undefined) return null;
    const { sum, missing } = this.cells(unitId, ind.code);
    const name = this.tree.byId.get(unitId)?.name ?? `#${unitId}`;
    const head = `${name}: "${ind.name}" nhập ${formatInt(value)}`;
    let message: string | null = null;
    if (missing === 0 && value !== sum)
      message = `${head} nhưng tổng các đơn vị trực thuộc là ${formatInt(sum)} (lệch ${formatInt(value - sum)}).`;
    else if (missing > 0 && value < sum)
      message = `${head} nhưng riêng các đơn vị trực thuộc đã nhập đã là ${formatInt(sum)} (còn ${formatInt(missing)} đơn vị chưa nhập).`;
    return message ? { kind: 'parentMismatch', unitId, unitName: name, indicator: ind.code, message } : null;
  }

  private partFinding(unitId: number, ind: IndicatorLike): Finding | null {
    if (!ind.partOf) return null;
    const value = this.entered(unitId, ind.code);
    const whole = this.entered(unitId, ind.partOf);
    if (value === undefined || whole === undefined || value <= whole) return null;
    const name = this.tree.byId.get(unitId)?.name ?? `#${unitId}`;
    const wholeName = this.indicators.find((i) => i.code === ind.partOf)?.name ?? ind.partOf;
    return {
      kind: 'partExceedsWhole',
      unitId,
      unitName: name,
      indicator: ind.code,
      message: `${name}: "${ind.name}" (${formatInt(value)}) lớn hơn "${wholeName}" (${formatInt(whole)}).`,
    };
  }

  /**
   * The figures a write of these figures can make wrong: each one itself (against its cells, its whole
   * and its parts) and, for a cell, every unit above it (their cells now add up differently).
   */
  affectedBy(written: Iterable<FigureAt>): FigureAt[] {
    const seen = new Map<string, FigureAt>();
    const add = (unitId: number, indicator: string, parentOnly: boolean) => {
      const key = `${unitId}|${indicator}`;
      const had = seen.get(key);
      if (!had) seen.set(key, { unitId, indicator, parentOnly });
      else if (!parentOnly) had.parentOnly = false;
    };
    const partsOf = new Map<string, string[]>();
    for (const ind of this.indicators) if (ind.partOf) partsOf.set(ind.partOf, [...(partsOf.get(ind.partOf) ?? []), ind.code]);
    for (const w of written) {
      add(w.unitId, w.indicator, false);
      // A lower whole can put a part above it: the part's finding is where it is said.
      for (const part of partsOf.get(w.indicator) ?? []) add(w.unitId, part, false);
      if (!this.tree.isLeaf(w.unitId)) continue;
      for (let p = this.tree.byId.get(w.unitId)?.parentId ?? null; p !== null; p = this.tree.byId.get(p)?.parentId ?? null)
        add(p, w.indicator, true);
    }
    return [...seen.values()];
  }
}
