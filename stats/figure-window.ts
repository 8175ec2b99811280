/**
 * The rows of the figures grid that a screen shows: a window of the year's units in tree order (all of them,
 * or those whose name or code holds a search), with what was entered and what the cells below add up to.
 * A province year is 25.000 units × 26 indicators; sending all of it took 7,7 MB of JSON for a view of 28
 * rows. A window reads the entered figures of its own rows by key, and a parent's total from its leaves only;
 * the one parent whose leaves are most of the year (the committee at the root) is the year's total less the
 * leaves outside it, the total taken in one pass and kept until the year's figures or tree change.
 */
import type { DB } from '../db/open.ts';
import { memoYear } from '../db/cache.ts';
import { figureOfUnits, figuresOfUnits, listIndicators, sumFigureOfYear, type Indicator } from '../db/figures.ts';
import { figureOf, yearVersion } from '../db/version.ts';
import type { UnitRow } from '../db/units.ts';
import { foldForSearch } from '../format/vi.ts';
import { orgTreeOf } from '../org/year-tree.ts';
import { at, yearMatrix } from './year-matrix.ts';

export interface GridRow {
  unitId: number;
  code: string;
  name: string;
  kind: string;
  depth: number;
  leaf: boolean;
  values: (number | null)[];
  /** What the leaves below that were entered add up to; null on a leaf. */
  sums: (number | null)[];
  /** How many leaves below were not entered; null on a leaf (figures/rule.ts tells what that means). */
  missing: (number | null)[];
}

export interface GridWindow {
  indicators: Indicator[];
  /** Rows that match the search (all the year's units without one). */
  total: number;
  /** Where the window starts among them. */
  offset: number;
  /** The asked-for unit's place among them, or null when it is not there. */
  at: number | null;
  rows: GridRow[];
}

export interface WindowAsk {
  offset?: number;
  limit: number;
  /** Name or code, diacritics ignored (the same folding as every search). */
  filter?: string;
  /** Centre the window on this unit (a link to a cell), instead of `offset`. */
  around?: number;
}

/** The year's units in tree order, each with its depth, whether it is a leaf, and where its subtree ends. */
interface Order {
  units: UnitRow[];
  depth: Int32Array;
  leaf: Uint8Array;
  /** Row i's subtree is rows i … end[i] − 1 (depth first: a unit's descendants follow it). */
  end: Int32Array;
  /** Leaves among rows 0 … i − 1. */
  leavesBefore: Int32Array;
  parents: number[];
}

function orderOf(db: DB, year: number): Order {
  // Read from the year's tree only: a figure written keeps it (db/version.ts counts writes by year and table).
  return memoYear(
    db,
    year,
    'grid-order',
    () => {
      const tree = orgTreeOf(db, year);
      const rows = tree.ordered();
      const n = rows.length;
      const depth = new Int32Array(n);
      const leaf = new Uint8Array(n);
      const end = new Int32Array(n);
      const leavesBefore = new Int32Array(n + 1);
      const parents: number[] = [];
      const open: number[] = [];
      rows.forEach((r, i) => {
        depth[i] = r.depth;
        leaf[i] = tree.isLeaf(r.unit.id) ? 1 : 0;
        if (!leaf[i]) parents.push(r.unit.id);
        leavesBefore[i + 1] = leavesBefore[i]! + leaf[i]!;
        while (open.length && depth[open.at(-1)!]! >= r.depth) end[open.pop()!] = i;
        open.push(i);
      });
      for (const i of open) end[i] = n;
      return { units: rows.map((r) => r.unit), depth, leaf, end, leavesBefore, parents };
    },
    ['unit_year'],
  );
}

/** Folded once per data version, not once per keystroke. */
function searchIndex(db: DB, year: number, o: Order): string[] {
  return memoYear(db, year, 'grid-search', () => o.units.map((u) => `${foldForSearch(u.name)}\u0000${u.code.toLowerCase()}`), [
    'unit_year',
  ]);
}

/**
 * What all the year's leaves add up to, by indicator, and how many have a figure: the indicator's total
 * less the parents' figures (read by key). Exact because a year's figures are only those of units in
 * its tree (a unit leaves a year with its figures, db/units.ts removeUnitFromYear). Kept per indicator:
 * after one figure is typed only its indicator is added up again (one key range, some milliseconds),
 * not the year's 600.000 figures (60 ms at province scale, most of the first page after an edit).
 */
function leafTotals(db: DB, year: number, o: Order, indicators: readonly Indicator[]): Map<string, { sum: number; entered: number }> {
  const held = memoYear(db, year, 'grid-leaf-totals', () => new Map<string, { version: string; sum: number; entered: number }>(), [
    'unit_year',
  ]);
  // Inside a transaction the figures may be rolled back with the versions they were read at: nothing is kept.
  const keep = !db.inTransaction;
  const out = new Map<string, { sum: number; entered: number }>();
  for (const ind of indicators) {
    const version = yearVersion(db, year, [figureOf(ind.code)]);
    let t = keep ? held.get(ind.code) : undefined;
    if (!t || t.version !== version) {
      const all = sumFigureOfYear(db, year, ind.code);
      const parents = figureOfUnits(db, year, ind.code, o.parents);
      t = { version, sum: all.sum - parents.reduce((a, b) => a + b, 0), entered: all.count - parents.length };
      if (keep) held.set(ind.code, t);
    }
    out.set(ind.code, t);
  }
  return out;
}

export function figureWindow(db: DB, year: number, ask: WindowAsk): GridWindow {
  const indicators = listIndicators(db);
  const col = new Map(indicators.map((ind, j) => [ind.code, j]));
  const k = indicators.length;
  const o = orderOf(db, year);
  const n = o.units.length;

  // Positions (in tree order) of the rows the search keeps; null keeps them all.
  let matches: number[] | null = null;
  const f = ask.filter ? foldForSearch(ask.filter) : '';
  if (f) {
    const index = searchIndex(db, year, o);
    matches = [];
    for (let i = 0; i < n; i++) if (index[i]!.includes(f)) matches.push(i);
  }
  const total = matches ? matches.length : n;
  const posOf = (r: number) => (matches ? matches[r]! : r);

  let at: number | null = null;
  if (ask.around !== undefined) {
    const p = o.units.findIndex((u) => u.id === ask.around);
    const r = p < 0 ? -1 : matches ? matches.indexOf(p) : p;
    at = r < 0 ? null : r;
  }
  const wanted = at !== null && ask.offset === undefined ? at - Math.floor(ask.limit / 2) : (ask.offset ?? 0);
  const offset = Math.max(0, Math.min(wanted, total - ask.limit));
  const positions: number[] = [];
  for (let r = offset; r < Math.min(total, offset + ask.limit); r++) positions.push(posOf(r));

  // The leaves each parent of the window needs: its own, or (when those are most of the year) those outside it.
  const leavesIn = (from: number, to: number) => o.leavesBefore[to]! - o.leavesBefore[from]!;
  const allLeaves = o.leavesBefore[n]!;
  const needed = new Set<number>();
  const fromOutside = new Set<number>();
  const addLeaves = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (o.leaf[i]) needed.add(i);
  };
  for (const p of positions) {
    if (o.leaf[p]) continue;
    const inside = leavesIn(p, o.end[p]!);
    if (inside > allLeaves - inside) {
      fromOutside.add(p);
      addLeaves(0, p);
      addLeaves(o.end[p]!, n);
    } else addLeaves(p, o.end[p]!);
  }

  // One read by key for the window's rows and the leaves below them.
  const ids = [...new Set([...positions, ...needed])].map((p) => o.units[p]!.id);
  const entered = new Map<number, Float64Array>();
  for (const [unitId, indicator, value] of figuresOfUnits(db, year, ids)) {
    const j = col.get(indicator);
    if (j === undefined) continue;
    let v = entered.get(unitId);
    if (!v) entered.set(unitId, (v = new Float64Array(k).fill(NaN)));
    v[j] = value;
  }
  // Sums and counts of the entered leaves in [from, to).
  const addUp = (into: Float64Array, count: Float64Array, from: number, to: number, sign: number) => {
    for (let i = from; i < to; i++) {
      if (!o.leaf[i]) continue;
      const v = entered.get(o.units[i]!.id);
      if (v)
        for (let j = 0; j < k; j++)
          if (!Number.isNaN(v[j]!)) {
            into[j]! += sign * v[j]!;
            count[j]! += sign;
          }
    }
  };

  const rows = positions.map((p): GridRow => {
    const u = o.units[p]!;
    const v = entered.get(u.id);
    const values = indicators.map((_ind, j) => (v && !Number.isNaN(v[j]!) ? v[j]! : null));
    const leaf = o.leaf[p] === 1;
    let sums: (number | null)[];
    let missing: (number | null)[];
    if (leaf) sums = missing = new Array<number | null>(k).fill(null);
    else {
      const s = new Float64Array(k);
      const count = new Float64Array(k);
      if (fromOutside.has(p)) {
        const totals = leafTotals(db, year, o, indicators);
        indicators.forEach((ind, j) => {
          s[j] = totals.get(ind.code)?.sum ?? 0;
          count[j] = totals.get(ind.code)?.entered ?? 0;
        });
        addUp(s, count, 0, p, -1);
        addUp(s, count, o.end[p]!, n, -1);
      } else addUp(s, count, p, o.end[p]!, 1);
      sums = Array.from(s);
      const leaves = leavesIn(p, o.end[p]!);
      missing = Array.from(count, (c) => leaves - c);
    }
    return { unitId: u.id, code: u.code, name: u.name, kind: u.kind, depth: o.depth[p]!, leaf, values, sums, missing };
  });
  return { indicators, total, offset, at, rows };
}

/** Every row of the year at once (exports, scripts): the year's matrix, with the same totals as a window. */
export function wholeYearGrid(db: DB, year: number): GridWindow {
  const m = yearMatrix(db, year);
  const { tree, indicators, rows, entered, sums, missing } = m;
  const k = indicators.length;
  return {
    indicators,
    total: rows.length,
    offset: 0,
    at: null,
    rows: rows.map(({ unit, depth }, i) => {
      const leaf = tree.isLeaf(unit.id);
      const values: (number | null)[] = new Array(k);
      const totals: (number | null)[] = new Array(k);
      const gaps: (number | null)[] = new Array(k);
      for (let j = 0; j < k; j++) {
        const v = entered[at(m, i, j)]!;
        values[j] = Number.isNaN(v) ? null : v;
        totals[j] = leaf ? null : sums[at(m, i, j)]!;
        gaps[j] = leaf ? null : missing[at(m, i, j)]!;
      }
      return { unitId: unit.id, code: unit.code, name: unit.name, kind: unit.kind, depth, leaf, values, sums: totals, missing: gaps };
    }),
  };
}
