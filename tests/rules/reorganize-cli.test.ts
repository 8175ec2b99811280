/**
 * The 2025 reorganizations on the demo file, through the API (outputs checked against the contract):
 * merge two communes with everything under them, give part of a commune to another, make a school
 * cell a chi bộ cơ sở, compare on both bases, undo in order, and refusals that change nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import type { Ctx } from '../../core/context.ts';
import type { DB } from '../../db/open.ts';
import { indicatorValues, setFigure } from '../../db/figures.ts';
import { join } from 'node:path';
import { copyFileSync } from 'node:fs';
import { checkpoint } from '../../db/open.ts';
import ExcelJS from 'exceljs';
import { demoCopy, tempDir } from '../helpers/db.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;
const tochuc = (...args: string[]) => run(process.execPath, [bin, ...args], { encoding: 'utf8' });

let ctx: Ctx;
let db: DB;
let path: string;
const call = (name: string, input: unknown) => dispatch(ctx, name, input, { checkOutput: true }) as Promise<any>;

/** Everything of 2020 and every code: what an undo must give back exactly. */
const dump = () =>
  JSON.stringify({
    units: db.prepare('SELECT * FROM unit_year WHERE year = 2020 ORDER BY unit_id').all(),
    figures: db.prepare('SELECT * FROM figure WHERE year = 2020 ORDER BY unit_id, indicator').all(),
    ratings: db.prepare('SELECT * FROM unit_rating WHERE year = 2020 ORDER BY unit_id').all(),
    codes: db.prepare('SELECT * FROM unit ORDER BY id').all(),
    lineage: db.prepare('SELECT * FROM lineage_event ORDER BY id').all(),
  });

let units2020: any[];
const byName = (name: string, parent?: string) => {
  const p = parent ? units2020.find((u) => u.name === parent) : undefined;
  const u = units2020.find((x) => x.name === name && (!p || x.parentId === p.id));
  if (!u) throw new Error(`no ${name} in ${parent}`);
  return u;
};
/** The file as it is now, for a command in another process (one writer at a time: db/lock.ts). */
const cliCopy = () => {
  checkpoint(db);
  const copy = join(tempDir(), 'cli.sqlite');
  copyFileSync(path, copy);
  return copy;
};
const refresh = async () => {
  units2020 = await call('units.list', { year: 2020 });
};

beforeAll(async () => {
  path = demoCopy();
  ctx = createCtx(createSession(path), { kind: 'cli' });
  db = ctx.session.db;
  await call('units.startYear', { fromYear: 2019, toYear: 2020 });
  // 2020 keeps 2019's figures, so on today's basis 2019 must equal 2020 unit by unit.
  db.transaction(() => {
    for (const [u, v] of indicatorValues(db, 2019, 'dang_vien')) setFigure(db, 2020, u, 'dang_vien', v);
  })();
  await refresh();
});

describe('reorganizations in one step', () => {
  it("merges two communes with all their cells, renumbers, shows it in each cell's history, and undoes exactly", async () => {
    const before = dump();
    const pc = byName('Đảng bộ xã Phượng Cách'),
      ys = byName('Đảng bộ xã Yên Sơn');
    const cells = units2020.filter((u) => u.parentId === pc.id || u.parentId === ys.id);
    const { id } = await call('units.merge', {
      year: 2020,
      unitIds: [pc.id, ys.id],
      name: 'Đảng bộ xã Phượng Sơn',
      code: 'QO.PS',
      renumber: true,
      date: '2020-01-01',
    });
    await refresh();
    const merged = units2020.find((u) => u.id === id);
    expect(merged.members).toBe(pc.members + ys.members);
    const now = units2020.filter((u) => u.parentId === id);
    expect(now.map((u) => u.id).sort()).toEqual(cells.map((u) => u.id).sort());
    expect(now.map((u) => u.code).sort()).toEqual(cells.map((_, i) => `QO.PS.${String(i + 1).padStart(2, '0')}`).sort());
    const h = await call('units.lineage', { unitId: now[0].id });
    expect(h.events.map((e: any) => e.text)).toContain('Chuyển đơn vị cấp trên ngày 01/1/2020: chuyển về Đảng bộ xã Phượng Sơn');
    const hm = await call('units.lineage', { unitId: id });
    expect(hm.events.map((e: any) => e.text)).toEqual(
      expect.arrayContaining([
        'Sáp nhập ngày 01/1/2020: Đảng bộ xã Phượng Cách → Đảng bộ xã Phượng Sơn',
        'Sáp nhập ngày 01/1/2020: Đảng bộ xã Yên Sơn → Đảng bộ xã Phượng Sơn',
      ]),
    );
    const changes = await call('units.changes', { year: 2020 });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      undoable: true,
      date: '2020-01-01',
      summary: 'Sáp nhập Đảng bộ xã Phượng Cách, Đảng bộ xã Yên Sơn thành Đảng bộ xã Phượng Sơn',
    });
    await call('units.undo', { changeId: changes[0].id });
    expect(dump()).toBe(before);
    await refresh();
  });

  it("gives part of a commune to another, upgrades a school cell, and compares 2019 on today's basis", async () => {
    const nm = byName('Đảng bộ xã Ngọc Mỹ'),
      qo = byName('Đảng bộ thị trấn Quốc Oai');
    const kids = units2020.filter((u) => u.parentId === nm.id);
    const [first, ...rest] = kids;
    await call('units.split', {
      year: 2020,
      unitId: nm.id,
      date: '2020-07-01',
      parts: [
        { unitId: qo.id, childIds: [first.id] },
        { name: 'Đảng bộ xã Ngọc Mỹ (mới)', childIds: rest.map((k: any) => k.id) },
      ],
    });
    const school = byName('Chi bộ Trường học', 'Đảng bộ xã Sài Sơn');
    await call('units.upgrade', { year: 2020, unitIds: [school.id], date: '2020-09-01' });
    await refresh();
    expect(units2020.find((u) => u.id === school.id)).toMatchObject({
      kind: 'baseCell',
      parentId: units2020.find((u) => u.parentId === null).id,
    });
    expect(units2020.find((u) => u.id === first.id).parentId).toBe(qo.id);

    const own = await call('stats.compare', { years: [2019, 2020], basis: 'own' });
    const today = await call('stats.compare', { years: [2019, 2020], basis: 'today' });
    expect(own.basis).toBe('own');
    expect(today).toMatchObject({ basis: 'today', basisYear: 2020 });
    const row = (r: any, label: string) => r.rows.find((x: any) => x.label === label);
    // Own basis: the school is a chi bộ trực thuộc in 2019 and a chi bộ cơ sở in 2020.
    expect(row(own, 'Chi bộ cơ sở').values.map((v: any) => v.units)).toEqual([18, 19]);
    // Today's basis: 2019 is counted as 2020 is organized, cell by cell: the same numbers exactly.
    for (const label of ['Chi bộ cơ sở', 'Chi bộ trực thuộc đảng bộ xã, thị trấn']) {
      const v = row(today, label).values;
      expect(v[0].members).toBe(v[1].members);
      expect(v[0].units).toBe(v[1].units);
      expect(row(today, label).changedIn).toEqual([2020]);
    }
    expect(row(today, 'Chi bộ cơ sở').values[0].members).toBe(446 + school.members);
    expect(row(today, 'Chi bộ trực thuộc đảng bộ khối cơ quan').changedIn).toEqual([]);
    expect(today.notes[0]).toContain('theo cơ cấu tổ chức năm 2020');

    // The command runs in another process: on a copy, since this process holds the file open for writing.
    const copy = cliCopy();
    const cli = (await tochuc('compare', '--db', copy, '--years', '2019,2020', '--basis', 'today')).stdout;
    expect(cli).toContain('Theo cơ cấu tổ chức năm 2020');
    expect(cli).toMatch(/Chi bộ cơ sở\s+19\s+\d{3}\s+[\d,]+%\s+19\s+/);
    const json = JSON.parse((await tochuc('compare', '--db', copy, '--years', '2019,2020', '--basis', 'today', '--json')).stdout);
    expect(json.basis).toBe('today');
    expect(json.rows[0]).toHaveProperty('changedIn');
    expect(json.rows[0]).toHaveProperty('values');
    // The Excel export of the comparison follows the same basis, with its note.
    const xlsx = join(tempDir(), 'so-sanh.xlsx');
    await call('data.export', { what: 'compare', year: 2020, years: [2019, 2020], basis: 'today', out: xlsx });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[0] === 'Chi bộ cơ sở')!.slice(1, 3)).toEqual([19, row(today, 'Chi bộ cơ sở').values[0].members]);
    expect(rows.some((r) => String(r[0]).includes('tính lại theo cơ cấu tổ chức năm 2020'))).toBe(true);
    await expect(tochuc('compare', '--db', copy, '--years', '2019,2020', '--basis', 'ngay-nay')).rejects.toMatchObject({
      stderr: expect.stringContaining('--basis nhận "own"'),
    });
  });

  it('refuses a step that would leave cells behind, in Vietnamese, changing nothing; undo ends when the next year starts', async () => {
    const before = dump();
    const ss = byName('Đảng bộ xã Sài Sơn');
    await expect(
      call('units.reorganize', {
        year: 2020,
        date: '2020-07-01',
        close: [ss.id],
        open: [{ name: 'Đảng bộ xã mới', kind: 'baseCommittee', parent: { unitId: ss.parentId } }],
        moves: [],
      }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(
        /^"Đảng bộ xã Sài Sơn" còn \d+ đơn vị trực thuộc chưa chuyển đi: Chi bộ thôn 1, .* và \d+ đơn vị khác\.$/,
      ),
    });
    await expect(
      call('units.merge', { year: 2020, unitIds: [ss.id, byName('Đảng bộ xã Cấn Hữu').id], name: 'X', date: '2021-01-01' }),
    ).rejects.toMatchObject({ message: 'Ngày 2021-01-01 không thuộc năm 2020 của cơ cấu đang sửa.' });
    expect(dump()).toBe(before);
    const changes = await call('units.changes', { year: 2020 });
    expect(changes.map((c: any) => c.undoable)).toEqual([false, true]);
    expect(changes[0].reason).toContain('Hãy hoàn tác trước thay đổi sau nó');
    await call('units.startYear', { fromYear: 2020, toYear: 2021 });
    const after = await call('units.changes', { year: 2020 });
    expect(after[1]).toMatchObject({ undoable: false, reason: 'Năm 2021 đã bắt đầu; thay đổi của năm 2020 không hoàn tác được nữa.' });
    await expect(call('units.undo', { changeId: after[1].id })).rejects.toMatchObject({ message: after[1].reason });
    // A correction of 2020 made after 2021 began is a step of its own: it can be undone.
    const fix = await call('units.upgrade', {
      year: 2020,
      unitIds: [byName('Chi bộ Trường học', 'Đảng bộ xã Cấn Hữu').id],
      date: '2020-12-01',
    });
    expect(fix).toEqual({ ok: true });
    const last = (await call('units.changes', { year: 2020 })).at(-1);
    expect(last).toMatchObject({ undoable: true, summary: 'Chuyển Chi bộ Trường học thành chi bộ cơ sở' });
    await call('units.undo', { changeId: last.id });
  });
});
