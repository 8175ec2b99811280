/**
 * One breakdown definition, two count sources (stats/count-source.ts): the rows, their order and
 * labels are decided once (stats/counting.ts), so where the sources could still differ — the order
 * in which values outside the catalog are met, cells without a base organization's sector, members
 * of a base organization counted from leaves two levels down — they must give the same rows, and
 * the right ones.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { breakdown, loadYear } from '../../stats/breakdown.ts';
import { countRows } from '../../stats/counting.ts';
import { sqlSource, treeSource } from '../../stats/count-source.ts';
import { findBreakdown, listBreakdowns } from '../../stats/definitions.ts';
import { openDemo } from '../helpers/db.ts';

describe('a breakdown from either count source', () => {
  const db = openDemo();
  afterAll(() => db.close());
  const Y = 2019;
  const cellsUnder = (baseId: number) =>
    db
      .prepare(
        `SELECT y.unit_id FROM unit_year y LEFT JOIN unit_year p ON p.year = y.year AND p.unit_id = y.parent_id
         WHERE y.year = ? AND y.kind IN ('cell','baseCell') AND (y.parent_id = ? OR p.parent_id = ?)`,
      )
      .pluck()
      .all(Y, baseId, baseId) as number[];

  it('puts sectors outside the catalog after it, in the order the tree meets their cells, not by id', () => {
    const [canHuu, congHoa, thiTran] = [18, 29, 2];
    db.prepare("UPDATE unit_year SET sector = 'zz-b' WHERE year = ? AND unit_id = ?").run(Y, canHuu);
    db.prepare("UPDATE unit_year SET sector = 'zz-a' WHERE year = ? AND unit_id = ?").run(Y, congHoa);
    // Cộng Hòa's cells (higher ids) first in the tree; Quốc Oai's without a sector.
    for (const id of cellsUnder(congHoa)) db.prepare('UPDATE unit_year SET sort = sort - 1000 WHERE year = ? AND unit_id = ?').run(Y, id);
    db.prepare('UPDATE unit_year SET sector = NULL WHERE year = ? AND unit_id = ?').run(Y, thiTran);

    const def = findBreakdown(db, 'khoi');
    const data = loadYear(db, Y);
    const bySql = countRows(def, sqlSource(db, Y));
    const byTree = countRows(def, treeSource(db, Y, data));
    expect(bySql.rows.map(({ ids: _ids, ...r }) => r)).toStrictEqual(byTree.rows.map(({ ids: _ids, ...r }) => r));
    expect(bySql.totalUnits).toBe(byTree.totalUnits);

    const labels = bySql.rows.map((r) => r.label);
    expect(labels.indexOf('zz-a')).toBeLessThan(labels.indexOf('zz-b'));
    const row = (label: string) => bySql.rows.find((r) => r.label === label)!;
    expect(row('zz-a').units).toBe(cellsUnder(congHoa).length);
    expect(row('zz-b').units).toBe(cellsUnder(canHuu).length);
    expect(row('Chưa phân loại').units).toBe(cellsUnder(thiTran).length);
    const members = (ids: number[]) => ids.reduce((s, id) => s + (data.members.get(id) ?? 0), 0);
    expect(row('zz-a').members).toBe(members(cellsUnder(congHoa)));
    // The tree source also says which units each row holds: a comparison follows them.
    expect(new Set(byTree.rows.find((r) => r.label === 'zz-a')!.ids)).toStrictEqual(new Set(cellsUnder(congHoa)));
    // The whole breakdown agrees, shares and identities included.
    expect(breakdown(db, Y, 'khoi')).toStrictEqual(breakdown(db, Y, 'khoi', {}, data));
  });

  it("counts a base organization's members from its leaves, also under a partial committee", () => {
    // A partial committee (đảng bộ bộ phận) of Đảng bộ xã Cấn Hữu takes its cells: they are two levels down now.
    const before = cellsUnder(18);
    const sub = Number(db.prepare("INSERT INTO unit (code) VALUES ('QO.X02.BP')").run().lastInsertRowid);
    db.prepare(
      "INSERT INTO unit_year (year, unit_id, name, kind, parent_id, sort) VALUES (?, ?, 'Đảng bộ bộ phận thử', 'subCommittee', 18, 18)",
    ).run(Y, sub);
    db.prepare('UPDATE unit_year SET parent_id = ? WHERE year = ? AND parent_id = 18 AND unit_id <> ?').run(sub, Y, sub);
    expect(cellsUnder(18)).toStrictEqual(before);
    const all = loadYear(db, Y);
    expect(all.tree.byId.get(before[0]!)!.parentId).toBe(sub);
    for (const d of listBreakdowns(db)) expect(breakdown(db, Y, d.id), d.id).toStrictEqual(breakdown(db, Y, d.id, {}, all));
    const def = findBreakdown(db, 'to-chuc-co-so');
    const data = loadYear(db, Y);
    const bySql = countRows(def, sqlSource(db, Y));
    const byTree = countRows(def, treeSource(db, Y, data));
    expect(bySql.rows.map(({ ids: _ids, ...r }) => r)).toStrictEqual(byTree.rows.map(({ ids: _ids, ...r }) => r));
    // 26 đảng bộ cơ sở + 18 chi bộ cơ sở, 7.101 members (design.md §1).
    expect(bySql.rows.map((r) => [r.label, r.units])).toStrictEqual([
      ['Đảng bộ cơ sở', 26],
      ['Chi bộ cơ sở', 18],
    ]);
    expect(bySql.rows.reduce((s, r) => s + r.members, 0)).toBe(7101);
  });
});
