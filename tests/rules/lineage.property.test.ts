/**
 * Lineage under any sequence of reorganizations. Each year starts from the previous tree with the
 * previous figures carried over unchanged, then a few random steps run (merges of cells or of base
 * committees, splits of a base committee's cells, moves, upgrades, successions, dissolutions, undo).
 * Because the figures never change, every unit of the last year must show, for every past year
 * restated on today's basis, exactly its own figure of today: any cell followed to the wrong place,
 * counted twice or lost breaks it. And no step may change a year's total except a dissolution.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openDatabase, type DB } from '../../db/open.ts';
import { listUnits } from '../../db/units.ts';
import { indicatorValues, setFigure } from '../../db/figures.ts';
import { createUnit, dissolveUnit, moveUnit, startYear } from '../../org/operations.ts';
import { listOrgChanges, mergeInto, reorganize, splitAmong, undoChange, upgradeCells } from '../../org/reorganize.ts';
import { OrgTree } from '../../org/tree.ts';
import { restateYear } from '../../stats/restate.ts';
import { compare } from '../../stats/compare.ts';

const Y0 = 2020;

function build(db: DB, sizes: number[], values: number[]): void {
  const root = createUnit(db, Y0, { code: 'R', name: 'Đảng bộ R', kind: 'committee', parentId: null });
  let v = 0;
  sizes.forEach((n, i) => {
    const b = createUnit(db, Y0, { code: `R.${i}`, name: `Đảng bộ xã ${i}`, kind: 'baseCommittee', parentId: root, sector: 'xa-thi-tran' });
    for (let k = 0; k < n; k++) {
      const c = createUnit(db, Y0, {
        code: `R.${i}.${k}`,
        name: `Chi bộ thôn ${i}.${k}`,
        kind: 'cell',
        parentId: b,
        sector: 'xa-thi-tran',
        unitType: 'thon',
      });
      setFigure(db, Y0, c, 'dang_vien', values[v++ % values.length]!);
    }
  });
  const bc = createUnit(db, Y0, {
    code: 'R.B',
    name: 'Chi bộ Công an',
    kind: 'baseCell',
    parentId: root,
    sector: 'luc-luong-vu-trang',
    unitType: 'cong-an',
  });
  setFigure(db, Y0, bc, 'dang_vien', 7);
}

const total = (db: DB, year: number) => {
  const tree = new OrgTree(listUnits(db, year));
  const m = tree.rollup(indicatorValues(db, year, 'dang_vien'));
  return tree.units.filter((u) => u.parentId === null).reduce((s, u) => s + (m.get(u.id) ?? 0), 0);
};

type Op = { type: number; a: number; b: number; c: number };

/** Runs one step; false when the random pick does not fit the tree (then nothing changed). */
function step(db: DB, year: number, op: Op, n: number): boolean {
  const units = listUnits(db, year);
  const tree = new OrgTree(units);
  const cells = units.filter((u) => u.kind === 'cell');
  const bases = units.filter((u) => u.kind === 'baseCommittee');
  const root = units.find((u) => u.parentId === null)!;
  const pick = <T>(xs: T[], i: number) => xs[i % xs.length]!;
  switch (op.type) {
    case 0: {
      // two cells become one
      if (cells.length < 2) return false;
      const a = pick(cells, op.a),
        b = pick(
          cells.filter((c) => c.id !== a.id),
          op.b,
        );
      mergeInto(db, year, [a.id, b.id], { name: `Chi bộ gộp ${n}` });
      return true;
    }
    case 1: {
      // two base committees with everything under them
      if (bases.length < 2) return false;
      const a = pick(bases, op.a),
        b = pick(
          bases.filter((x) => x.id !== a.id),
          op.b,
        );
      mergeInto(db, year, [a.id, b.id], { name: `Đảng bộ xã gộp ${n}`, code: `M${n}`, renumber: op.c % 2 === 0 });
      return true;
    }
    case 2: {
      // a base committee's cells shared between a new committee and an existing one
      const src = bases.filter((x) => tree.childrenOf(x.id).length >= 2);
      if (src.length === 0 || bases.length < 2) return false;
      const s = pick(src, op.a);
      const other = pick(
        bases.filter((x) => x.id !== s.id),
        op.b,
      );
      const kids = tree.childrenOf(s.id).map((c) => c.id);
      const cut = 1 + (op.c % (kids.length - 1));
      splitAmong(db, year, s.id, [
        { name: `Đảng bộ xã tách ${n}`, childIds: kids.slice(0, cut) },
        { unitId: other.id, childIds: kids.slice(cut) },
      ]);
      return true;
    }
    case 3: {
      // a cell to another base committee
      if (cells.length === 0 || bases.length < 2) return false;
      const c = pick(cells, op.a);
      const to = pick(
        bases.filter((x) => x.id !== c.parentId),
        op.b,
      );
      moveUnit(db, year, c.id, to.id);
      return true;
    }
    case 4: {
      // a cell made chi bộ cơ sở
      if (cells.length === 0) return false;
      upgradeCells(db, year, [pick(cells, op.a).id]);
      return true;
    }
    case 5: {
      // a base committee closes; two successors open and share its cells
      const src = bases.filter((x) => tree.childrenOf(x.id).length >= 1);
      if (src.length === 0) return false;
      const s = pick(src, op.a);
      reorganize(db, {
        year,
        date: `${year}-07-01`,
        close: [s.id],
        open: [0, 1].map((k) => ({
          name: `Đảng bộ xã kế tiếp ${n}.${k}`,
          kind: 'baseCommittee' as const,
          parent: { unitId: root.id },
          sector: 'xa-thi-tran',
        })),
        moves: tree.childrenOf(s.id).map((c, k) => ({ unitId: c.id, to: { open: (k + op.b) % 2 } })),
      });
      return true;
    }
    case 6: {
      // a cell dissolved
      if (cells.length === 0) return false;
      dissolveUnit(db, year, pick(cells, op.a).id);
      return true;
    }
    default: {
      // undo the last recorded change of the year
      const last = listOrgChanges(db, year).pop();
      if (!last) return false;
      undoChange(db, last.id);
      return true;
    }
  }
}

describe('lineage properties', () => {
  it("totals are conserved and every past year restated on today's basis equals today, unit by unit", () => {
    const op = fc.record({ type: fc.integer({ min: 0, max: 7 }), a: fc.nat(50), b: fc.nat(50), c: fc.nat(50) });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (sizes, values, years) => {
          const db = openDatabase(':memory:');
          build(db, sizes, values);
          let n = 0;
          years.forEach((ops, i) => {
            const y = Y0 + i + 1,
              prev = y - 1;
            startYear(db, prev, y);
            for (const [unit, v] of indicatorValues(db, prev, 'dang_vien')) setFigure(db, y, unit, 'dang_vien', v);
            const totalsBefore: number[] = []; // the year's total before each change still recorded
            for (const o of ops) {
              const before = total(db, y);
              const changes = listOrgChanges(db, y).length;
              step(db, y, o, n++);
              const now = listOrgChanges(db, y).length;
              if (now > changes) totalsBefore.push(before);
              if (now < changes)
                expect(total(db, y)).toBe(totalsBefore.pop()); // undo gives back exactly the year before the change
              else if (o.type === 6 && now > changes) expect(total(db, y)).toBeLessThanOrEqual(before);
              else expect(total(db, y)).toBe(before);
            }
          });
          const today = Y0 + years.length;
          const tree = new OrgTree(listUnits(db, today));
          const own = tree.rollup(indicatorValues(db, today, 'dang_vien'));
          for (let y = Y0; y < today; y++) {
            const r = restateYear(db, y, today);
            expect(r.unplaced).toEqual([]);
            for (const u of tree.units) {
              if (tree.isLeaf(u.id) && !r.data.tree.byId.has(u.id)) continue; // a leaf today that has no past: a new unit
              const restated = r.data.members.get(u.id) ?? 0;
              expect(restated, `${u.name}, năm ${y}`).toBe(own.get(u.id) ?? 0);
            }
          }
          // The comparison on today's basis carries the same numbers: every year's total is today's.
          const ys = Array.from({ length: Math.min(10, today - Y0 + 1) }, (_, k) => today - k);
          const c = compare(db, ys, 'nhom-chi-bo', {}, 'today');
          for (const t of c.totals) expect(t.members).toBe(total(db, today));
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});
