/**
 * What each target counts on its scope, and its failing items a page at a time. Cell measures
 * judge the scope's cells at hand (a year's ratings and admissions are small); committee-member
 * measures are counted per cell in SQL, and only the members of the cells a page shows are
 * loaded — a province year has 75.000 committee members, and loading them all was most of the
 * evaluation's time (issue 8).
 */
import type { DB } from '../db/open.ts';
import type { UnitRow } from '../db/units.ts';
import { committeeCounts, type MemberTest } from '../db/committee.ts';
import { memoYear } from '../db/cache.ts';
import type { BoundMeasure, Item } from './measures.ts';
import { loadCommittee, type TargetYearData } from './year-data.ts';

export interface Tally {
  whole: number;
  part: number;
  failingTotal: number;
  /** Cell measures: every failing item, in scope order. */
  failing?: Item[];
  /** Member measures: the scope's cells with failing members, in scope order, and how many fail in each. */
  cells?: { cell: UnitRow; failing: number }[];
}

/** A target to tally: its measure, and its scope's cells with the scope's key (scopeKey). */
export interface Counted {
  measure: BoundMeasure;
  cells: UnitRow[];
  scope: string;
}

/**
 * The tallies of several targets of one year. Member targets on the same scope are counted
 * together, in one SQL pass over the members of that scope's cells.
 */
export function tallyAll(db: DB, data: TargetYearData, targets: Counted[]): Tally[] {
  const groups = new Map<string, { cells: UnitRow[]; tests: MemberTest[]; slot: Map<string, number> }>();
  const slots = targets.map(({ measure, cells, scope }) => {
    if (!measure.members) return -1;
    let g = groups.get(scope);
    if (!g) groups.set(scope, (g = { cells, tests: [], slot: new Map() }));
    const key = JSON.stringify(measure.members);
    let k = g.slot.get(key);
    if (k === undefined) g.slot.set(key, (k = g.tests.push(measure.members) - 1));
    return k;
  });
  // Kept per version of the year's units and of what the measure reads (db/cache.ts): after an
  // edit of a figure, the committee members are not counted again, nor the ratings judged again.
  const counts = new Map(
    [...groups].map(([scope, g]) => [
      scope,
      memoYear(
        db,
        data.year,
        `committee-counts:${scope}:${JSON.stringify(g.tests)}`,
        () =>
          committeeCounts(
            db,
            data.year,
            g.tests,
            g.cells.map((c) => c.id),
          ),
        ['unit_year', 'committee_member'],
      ),
    ]),
  );
  return targets.map(({ measure, cells, scope }, i) =>
    slots[i]! < 0
      ? memoYear(db, data.year, `tally:${scope}:${measure.key}`, () => tallyCells(data, measure, cells), ['unit_year', ...measure.reads])
      : tallyMembers(cells, counts.get(scope)!, slots[i]!),
  );
}

function tallyCells(data: TargetYearData, measure: BoundMeasure, cells: UnitRow[]): Tally {
  const items = measure.items(data, cells);
  const failing = items.filter((i) => !i.ok);
  return { whole: items.length, part: items.length - failing.length, failingTotal: failing.length, failing };
}

function tallyMembers(cells: UnitRow[], counts: Map<number, number[]>, k: number): Tally {
  let whole = 0;
  let part = 0;
  const withFailing: { cell: UnitRow; failing: number }[] = [];
  for (const cell of cells) {
    const c = counts.get(cell.id);
    if (!c) continue;
    const counted = c[2 * k]!;
    const passing = c[2 * k + 1]!;
    whole += counted;
    part += passing;
    if (counted > passing) withFailing.push({ cell, failing: counted - passing });
  }
  return { whole, part, failingTotal: whole - part, cells: withFailing };
}

interface PageCells {
  cells: UnitRow[];
  skip: number;
  expected: number;
}

/** The cells whose members hold failing items [offset, offset + limit), and how many of their failing items come before offset. */
function pageCells(t: Tally, offset: number, limit: number): PageCells {
  const out: PageCells = { cells: [], skip: 0, expected: 0 };
  let before = 0;
  for (const c of t.cells ?? []) {
    if (before >= offset + limit) break;
    if (before + c.failing > offset) {
      if (out.cells.length === 0) out.skip = offset - before;
      out.cells.push(c.cell);
      out.expected += c.failing;
    }
    before += c.failing;
  }
  return out;
}

/** The cells to load with loadCommittee before failingPage(t, offset, limit). */
export function cellsToLoad(t: Tally, offset: number, limit: number): number[] {
  return pageCells(t, offset, limit).cells.map((c) => c.id);
}

/** Failing items [offset, offset + limit) in scope order (cells in tree order, then members as listed). */
export function failingPage(db: DB, data: TargetYearData, measure: BoundMeasure, t: Tally, offset: number, limit: number): Item[] {
  if (t.failing) return t.failing.slice(offset, offset + limit);
  const page = pageCells(t, offset, limit);
  loadCommittee(
    db,
    data,
    page.cells.map((c) => c.id),
  );
  const failing = measure.items(data, page.cells).filter((i) => !i.ok);
  // The SQL count and the measure's own judgement are two writings of one criterion.
  if (failing.length !== page.expected) {
    throw new Error(
      `Chỉ tiêu đếm ${page.expected} cấp ủy viên chưa đạt trong ${page.cells.length} chi bộ nhưng liệt kê ${failing.length}: cách đếm và cách xét của "${measure.noun}" không khớp.`,
    );
  }
  return failing.slice(page.skip, page.skip + limit);
}
