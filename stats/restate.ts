/**
 * A past year on today's basis: each cell of that year is put where what it became sits today,
 * following lineage (merges, splits, successions; moves and upgrades keep a cell's identity). So
 * today's units get, for the past year, the sum of the cells that formed them — never a guessed
 * share of a total. A cell that was itself split among units of different kinds cannot be placed
 * without guessing: it stays counted, as "Chưa phân loại" directly under the committee (so in no
 * base organization's row), and a note names it.
 */
import type { DB } from '../db/open.ts';
import { listLineage, listUnits, listYears, type LineageEvent, type UnitRow } from '../db/units.ts';
import { indicatorValues } from '../db/figures.ts';
import { unitRatings } from '../db/ratings.ts';
import { unitScaleFor } from '../org/ratings.ts';
import { OrgTree } from '../org/tree.ts';
import { CELL_KINDS } from '../org/catalog.ts';
import { formatInt } from '../format/vi.ts';
import type { YearData } from './year-data.ts';

/** Kinds of event after which a unit lives on in other units. */
const CONTINUED_BY: LineageEvent['kind'][] = ['merge', 'split', 'succeed'];

export interface Restated {
  year: number;
  basisYear: number;
  data: YearData;
  /** Cells of the year with no successor today (dissolved, or gone to another committee's file). */
  dropped: { units: number; members: number };
  /** Cells split among units of different kinds: counted, but under "Chưa phân loại". */
  unplaced: string[];
}

export function latestYear(db: DB): number | undefined {
  const ys = listYears(db);
  return ys[ys.length - 1];
}

/** Events that continue a unit in others, by the unit they start from: a province has some 30.000 events. */
export type Successions = Map<number, LineageEvent[]>;

export function successions(events: LineageEvent[]): Successions {
  const out: Successions = new Map();
  for (const e of events) {
    if (e.fromUnitId === null || e.toUnitId === null || !CONTINUED_BY.includes(e.kind)) continue;
    let list = out.get(e.fromUnitId);
    if (!list) out.set(e.fromUnitId, (list = []));
    list.push(e);
  }
  return out;
}

/** Which units of the basis year a unit of `year` became: itself when it is still there, else its successors. */
export function successorsIn(events: Successions, today: OrgTree, year: number, basisYear: number, unitId: number): Set<number> {
  const out = new Set<number>();
  const seen = new Set<number>();
  const visit = (id: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    if (today.byId.has(id)) {
      out.add(id);
      return;
    }
    for (const e of events.get(id) ?? []) if (e.year > year && e.year <= basisYear) visit(e.toUnitId!);
  };
  visit(unitId);
  return out;
}

function leavesUnder(tree: OrgTree, id: number): UnitRow[] {
  if (tree.isLeaf(id)) return [tree.byId.get(id)!];
  return tree.childrenOf(id).flatMap((c) => leavesUnder(tree, c.id));
}

/** The cells of `year` arranged in the tree of `basisYear`, with that year's own figures and ratings. */
export function restateYear(db: DB, year: number, basisYear: number, shared?: { today: OrgTree; events: Successions }): Restated {
  const past = new OrgTree(listUnits(db, year));
  const today = shared?.today ?? new OrgTree(listUnits(db, basisYear));
  const events = shared?.events ?? successions(listLineage(db));
  const own = new Map<string, ReadonlyMap<number, number>>();
  const ownValues = (indicator: string) => {
    let m = own.get(indicator);
    if (!m) own.set(indicator, (m = indicatorValues(db, year, indicator)));
    return m;
  };
  const pastMembers = ownValues('dang_vien');

  // A past cell takes the place of what it became; ids stay the past ids so figures and ratings match.
  const placed: UnitRow[] = [];
  const idOf = new Map<number, number>(); // virtual id → past id (differs only when the past id is a parent today)
  const unplaced: string[] = [];
  let dropped = { units: 0, members: 0 };
  let spare = -1;
  // Members are counted in cells; a committee left without cells holds none and is not a cell to place.
  for (const leaf of past.units.filter((u) => past.isLeaf(u.id) && CELL_KINDS.includes(u.kind))) {
    // Most cells are still there, as cells: no walk needed.
    const to =
      today.byId.has(leaf.id) && today.isLeaf(leaf.id)
        ? [today.byId.get(leaf.id)!]
        : [...successorsIn(events, today, year, basisYear, leaf.id)].flatMap((id) => leavesUnder(today, id));
    if (to.length === 0) {
      dropped = { units: dropped.units + 1, members: dropped.members + (pastMembers.get(leaf.id) ?? 0) };
      continue;
    }
    const first = to[0]!;
    const same = to.every(
      (t) => t.kind === first.kind && t.sector === first.sector && t.unitType === first.unitType && t.parentId === first.parentId,
    );
    const id = today.byId.has(leaf.id) && !today.isLeaf(leaf.id) ? spare-- : leaf.id;
    idOf.set(id, leaf.id);
    if (same) placed.push({ ...first, id, code: leaf.code, name: leaf.name });
    else {
      unplaced.push(`${leaf.name} (${to.map((t) => t.name).join(', ')})`);
      // Directly under the committee, with no sector or type: every grouping shows it as "Chưa phân loại".
      let top = first;
      while (top.parentId !== null && today.byId.has(top.parentId)) top = today.byId.get(top.parentId)!;
      placed.push({ ...first, id, code: leaf.code, name: leaf.name, kind: 'cell', parentId: top.id, sector: null, unitType: null });
    }
  }
  // Today's committees that hold at least one of those cells give the tree its shape.
  const keep = new Set<number>();
  for (const p of placed) for (let a = p.parentId; a !== null && !keep.has(a); a = today.byId.get(a)?.parentId ?? null) keep.add(a);
  const structure = today.units.filter((u) => keep.has(u.id));
  const tree = new OrgTree([...structure, ...placed]);
  const leafValues = (indicator: string) => {
    const src = ownValues(indicator);
    const m = new Map<number, number>();
    for (const [vid, pid] of idOf) {
      const v = src.get(pid);
      if (v !== undefined) m.set(vid, v);
    }
    return m;
  };
  const pastRatings = new Map(unitRatings(db, year).map((r) => [r.unitId, r.level]));
  const ratings = new Map<number, string>();
  for (const u of tree.units) {
    const r = pastRatings.get(idOf.get(u.id) ?? u.id);
    if (r !== undefined) ratings.set(u.id, r);
  }
  return {
    year,
    basisYear,
    dropped,
    unplaced,
    data: { tree, members: tree.rollup(leafValues('dang_vien')), ratings, scale: unitScaleFor(year), leafValues },
  };
}

/** The sentences a comparison on today's basis adds for one restated year. */
export function restatedNotes(r: Restated): string[] {
  const out: string[] = [];
  if (r.dropped.units > 0) {
    out.push(
      `Năm ${r.year}: ${formatInt(r.dropped.units)} chi bộ với ${formatInt(r.dropped.members)} đảng viên không thuộc cơ cấu năm ${r.basisYear} (giải thể hoặc chuyển đi), không tính.`,
    );
  }
  if (r.unplaced.length > 0) {
    out.push(
      `Năm ${r.year}: chi bộ đã chia tách về các đơn vị khác loại, tính vào "Chưa phân loại" (không chia số liệu theo tỷ lệ): ${r.unplaced.join('; ')}.`,
    );
  }
  return out;
}
