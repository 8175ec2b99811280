/** Years side by side: the same breakdown for 2–10 years, and units followed across reorganizations. */
import type { DB } from '../db/open.ts';
import { listLineage, listUnits } from '../db/units.ts';
import { indicatorValues } from '../db/figures.ts';
import { UserError } from '../core/errors.ts';
import { OrgTree } from '../org/tree.ts';
import { breakdown, loadYear, rowUnits, type BreakdownOptions, type BreakdownResult, type YearData } from './breakdown.ts';
import { latestYear, restatedNotes, restateYear, successions } from './restate.ts';
import { formatPointChange } from '../format/vi.ts';

// The shapes are the contract's (compare.schema.ts): one definition for the domain and the API.
export type { Basis, CompareChange, CompareResult, CompareRow, CompareValue } from './compare.schema.ts';
import type { Basis, CompareResult } from './compare.schema.ts';

export function checkYears(years: number[]): number[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length < 2 || sorted.length > 10) throw new UserError('Chọn từ 2 đến 10 năm để so sánh.', 'years');
  return sorted;
}

/** What a comparison's years are counted on, in the words a table note or a document uses. */
export function basisSentence(basisYear: number | null): string {
  return basisYear === null
    ? 'Mỗi năm tính theo cơ cấu tổ chức của chính năm đó.'
    : `Các năm trước được tính lại theo cơ cấu tổ chức năm ${basisYear}: mỗi đơn vị hiện nay cộng các chi bộ đã hợp thành nó (theo các lần sáp nhập, chia tách, chuyển), không chia số liệu theo tỷ lệ.`;
}

export function compare(db: DB, years: number[], id?: string, opts: BreakdownOptions = {}, basis: Basis = 'own'): CompareResult {
  const ys = checkYears(years);
  const decimals = opts.decimals ?? 2;
  const basisYear = basis === 'today' ? (latestYear(db) ?? ys[ys.length - 1]!) : null;
  const shared = basisYear === null ? undefined : { today: new OrgTree(listUnits(db, basisYear)), events: successions(listLineage(db)) };
  const restated = new Map(
    basisYear === null ? [] : ys.filter((y) => y !== basisYear).map((y) => [y, restateYear(db, y, basisYear, shared)] as const),
  );
  const results: BreakdownResult[] = ys.map((y) => breakdown(db, y, id, opts, restated.get(y)?.data));
  const labels: string[] = [];
  for (const r of [...results].reverse()) for (const row of r.rows) if (!labels.includes(row.label)) labels.push(row.label);
  // Only a restated comparison has a basis that changes; on each year's own structure there is nothing to flag
  // (and reading every year's tree again would cost a province seconds).
  const changedIn =
    basisYear === null
      ? new Map<string, number[]>()
      : changeYears(db, ys, results[0]!.breakdown, basisYear, (y) => restated.get(y)?.data ?? loadYear(db, y, shared!.today));
  const rows = labels.map((label) => {
    const values = results.map((r) => {
      const row = r.rows.find((x) => x.label === label);
      return row
        ? {
            year: r.year,
            units: row.units,
            members: row.members,
            share: row.share,
            shareRounded: row.shareRounded,
            shareText: row.shareText,
          }
        : null;
    });
    const changes = values.map((v, i) => {
      const prev = i > 0 ? values[i - 1] : null;
      if (!v || !prev) return null;
      return {
        year: v.year,
        units: v.units === null || prev.units === null ? null : v.units - prev.units,
        members: v.members - prev.members,
        points: v.share - prev.share,
        pointsText: formatPointChange(Math.round((v.shareRounded - prev.shareRounded) * 10 ** decimals), decimals),
      };
    });
    return { label, values, changes, changedIn: changedIn.get(label) ?? [] };
  });
  const notes = results.filter((r) => r.roundingNote).map((r) => `Năm ${r.year}: ${r.roundingNote}`);
  if (basisYear !== null) {
    notes.unshift(basisSentence(basisYear));
    for (const r of restated.values()) notes.push(...restatedNotes(r));
  }
  return {
    years: ys,
    breakdown: results[0]!.breakdown,
    name: results[0]!.name,
    rows,
    totals: results.map((r) => ({ year: r.year, units: r.total.units, members: r.total.members })),
    notes,
    basis,
    basisYear,
  };
}

/** For each row, the years (after the first compared) in which lineage touched a unit it counts. */
/** `dataOf` gives each year as the rows counted it: restated, or the basis year itself. */
function changeYears(db: DB, ys: number[], id: string, basisYear: number, dataOf: (y: number) => YearData): Map<string, number[]> {
  const last = Math.max(ys[ys.length - 1]!, basisYear);
  const events = listLineage(db).filter((e) => e.kind !== 'rename' && e.year > ys[0]! && e.year <= last);
  const out = new Map<string, number[]>();
  if (events.length === 0) return out;
  const idsByLabel = new Map<string, Set<number>>();
  for (const y of ys.includes(basisYear) ? ys : [...ys, basisYear]) {
    const data = dataOf(y);
    for (const [label, ids] of rowUnits(db, y, id, data)) {
      let set = idsByLabel.get(label);
      if (!set) idsByLabel.set(label, (set = new Set()));
      for (const u of ids) {
        set.add(u);
        const b = data.tree.baseOrgOf(u);
        if (b) set.add(b.id);
      }
    }
  }
  for (const [label, set] of idsByLabel) {
    const hit = events.filter((e) => (e.fromUnitId !== null && set.has(e.fromUnitId)) || (e.toUnitId !== null && set.has(e.toUnitId)));
    out.set(
      label,
      [...new Set(hit.map((e) => e.year))].sort((a, b) => a - b),
    );
  }
  return out;
}

export interface LineageRow {
  /** The latest name. */
  label: string;
  /** Every name the line of units had, latest first. */
  names: string[];
  unitIds: number[];
  values: (number | null)[];
  /** What happened to the line, in words: "Sáp nhập năm 2018 từ …". */
  history: string[];
}

/**
 * One indicator per unit across years, following lineage: units joined by merges and splits
 * form one line whose value in a year is the sum of its members that existed then.
 */
export function compareUnits(db: DB, years: number[], indicator = 'dang_vien', kinds?: string[]): { years: number[]; rows: LineageRow[] } {
  const ys = checkYears(years);
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const events = listLineage(db).filter((e) => e.kind === 'merge' || e.kind === 'split' || e.kind === 'succeed');
  for (const e of events) {
    if (e.fromUnitId === null || e.toUnitId === null) continue;
    const a = find(e.fromUnitId),
      b = find(e.toUnitId);
    if (a !== b) parent.set(a, b);
  }
  const perYear = ys.map((y) => {
    const tree = new OrgTree(listUnits(db, y));
    return { year: y, tree, values: tree.rollup(indicatorValues(db, y, indicator)) };
  });
  const lines = new Map<number, LineageRow>();
  for (const [yi, py] of [...perYear.entries()].reverse()) {
    for (const u of py.tree.units) {
      if (kinds && !kinds.includes(u.kind)) continue;
      const root = find(u.id);
      let line = lines.get(root);
      if (!line) lines.set(root, (line = { label: u.name, names: [], unitIds: [], values: ys.map(() => null), history: [] }));
      if (!line.unitIds.includes(u.id)) line.unitIds.push(u.id);
      if (!line.names.includes(u.name)) line.names.push(u.name);
      line.values[yi] = (line.values[yi] ?? 0) + (py.values.get(u.id) ?? 0);
    }
  }
  const nameOf = (id: number) => {
    for (const py of [...perYear].reverse()) {
      const u = py.tree.byId.get(id);
      if (u) return u.name;
    }
    return `#${id}`;
  };
  for (const e of events) {
    const line = lines.get(find(e.toUnitId ?? e.fromUnitId!));
    if (!line) continue;
    const verb = e.kind === 'merge' ? 'Sáp nhập' : 'Chia tách';
    line.history.push(`${verb} năm ${e.year}: ${nameOf(e.fromUnitId!)} → ${nameOf(e.toUnitId!)}`);
  }
  return { years: ys, rows: [...lines.values()] };
}
