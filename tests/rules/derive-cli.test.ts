/**
 * tochuc derive: a district file reorganized in 2020 (two communes merged, part of a third given to
 * a fourth), then the units that now form one commune taken into a new file. Its 2019 on today's
 * basis must equal the district file's 2019 restated for the same cells, to the member.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { createCtx, createSession } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { checkpoint, openDatabase, type DB } from '../../db/open.ts';
import { indicatorValues, setFigure } from '../../db/figures.ts';
import { listUnits } from '../../db/units.ts';
import { startYear } from '../../org/operations.ts';
import { mergeInto, splitAmong } from '../../org/reorganize.ts';
import { OrgTree } from '../../org/tree.ts';
import { restateYear } from '../../stats/restate.ts';
import { compare } from '../../stats/compare.ts';
import { getSettings } from '../../settings/store.ts';
import { demoCopy, tempDir } from '../helpers/db.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;
const tochuc = (...args: string[]) => run(process.execPath, [bin, ...args], { encoding: 'utf8' });

let district: DB;
let districtPath: string;
let cliDistrict: string;
let out: string;
const find = (db: DB, year: number, name: string) => listUnits(db, year).find((u) => u.name === name)!;

beforeAll(async () => {
  districtPath = demoCopy();
  district = openDatabase(districtPath);
  startYear(district, 2019, 2020);
  // 2020 figures differ from 2019's (+1 per cell), so restated 2019 and own 2020 cannot be confused.
  district.transaction(() => {
    for (const [u, v] of indicatorValues(district, 2019, 'dang_vien')) setFigure(district, 2020, u, 'dang_vien', v + 1);
  })();
  mergeInto(district, 2020, [find(district, 2020, 'Đảng bộ xã Phượng Cách').id, find(district, 2020, 'Đảng bộ xã Yên Sơn').id], {
    name: 'Đảng bộ xã Phượng Sơn',
    code: 'QO.PS',
    date: '2020-01-01',
  });
  const nm = find(district, 2020, 'Đảng bộ xã Ngọc Mỹ');
  const kids = listUnits(district, 2020).filter((u) => u.parentId === nm.id);
  splitAmong(
    district,
    2020,
    nm.id,
    [
      { unitId: find(district, 2020, 'Đảng bộ xã Sài Sơn').id, childIds: kids.slice(0, 3).map((k) => k.id) },
      { name: 'Đảng bộ xã Ngọc Mỹ mới', code: 'QO.NM2', childIds: kids.slice(3).map((k) => k.id) },
    ],
    { date: '2020-07-01' },
  );
  // The command runs in another process: on a copy, since this process holds the district file open for writing.
  checkpoint(district);
  cliDistrict = join(tempDir(), 'huyen.sqlite');
  copyFileSync(districtPath, cliDistrict);
  out = join(tempDir(), 'xa.sqlite');
  const r = await tochuc(
    'derive',
    '--db',
    cliDistrict,
    '--units',
    'QO.PS,QO.X16,QO.X19',
    '--as',
    'Đảng bộ xã Quốc Oai',
    '--level',
    'xa',
    '--out',
    out,
  );
  expect(r.stdout).toMatch(/^Đã tạo .*xa\.sqlite: \d+ đơn vị, các năm 2017, 2018, 2019, 2020;/);
});

describe('derive', () => {
  it("the derived 2019 on today's basis equals the district's 2019 for the same cells, to the member", () => {
    const derived = openDatabase(out);
    const a = restateYear(district, 2019, 2020);
    const b = restateYear(derived, 2019, 2020);
    const todayTree = new OrgTree(listUnits(derived, 2020));
    const named = todayTree.units.filter((u) => ['QO.PS', 'QO.X16', 'QO.X19'].includes(u.code));
    expect(named).toHaveLength(3);
    let total = 0;
    for (const u of named) {
      expect(b.data.members.get(u.id), u.name).toBe(a.data.members.get(u.id));
      total += b.data.members.get(u.id)!;
    }
    // The cells: Phượng Cách, Yên Sơn, Thạch Thán, Sài Sơn and three of Ngọc Mỹ's, as they were in 2019.
    const v19 = indicatorValues(district, 2019, 'dang_vien');
    const sumOf = (names: string[]) => {
      const tree = new OrgTree(listUnits(district, 2019));
      const m = tree.rollup(v19);
      return names.reduce((s, n) => s + m.get(find(district, 2019, n).id)!, 0);
    };
    const ngocMy3 = listUnits(district, 2019)
      .filter((u) => u.parentId === find(district, 2019, 'Đảng bộ xã Ngọc Mỹ').id)
      .slice(0, 3)
      .reduce((s, u) => s + v19.get(u.id)!, 0);
    expect(total).toBe(sumOf(['Đảng bộ xã Phượng Cách', 'Đảng bộ xã Yên Sơn', 'Đảng bộ xã Thạch Thán', 'Đảng bộ xã Sài Sơn']) + ngocMy3);
    // The whole comparison on today's basis, as the user sees it.
    const c = compare(derived, [2019, 2020], 'nhom-chi-bo', {}, 'today');
    expect(c.totals[0]!.members).toBe(total);
    expect(c.totals[1]!.members - c.totals[0]!.members).toBe(c.totals[1]!.units!); // +1 per cell, nothing else
    derived.close();
  });

  it('takes ratings, committee members and lineage of every year, and sets the new profile', () => {
    const derived = openDatabase(out);
    const ss = find(derived, 2018, 'Đảng bộ xã Sài Sơn');
    const count = (db: DB, sql: string, ...p: unknown[]) => (db.prepare(sql).get(...p) as { n: number }).n;
    for (const t of ['unit_rating', 'committee_member']) {
      expect(count(derived, `SELECT count(*) AS n FROM ${t} WHERE year = 2018 AND unit_id = ?`, ss.id), t).toBe(
        count(district, `SELECT count(*) AS n FROM ${t} WHERE year = 2018 AND unit_id = ?`, ss.id),
      );
    }
    expect(count(derived, "SELECT count(*) AS n FROM lineage_event WHERE kind = 'merge' AND year = 2020")).toBe(2);
    // Units that stay in the district file are not copied, nor their data.
    expect(find(derived, 2019, 'Đảng bộ xã Cấn Hữu')).toBeUndefined();
    expect(find(derived, 2019, 'Đảng bộ huyện Quốc Oai')).toBeDefined();
    expect(
      count(derived, 'SELECT count(*) AS n FROM committee_member WHERE unit_id = ?', find(derived, 2019, 'Đảng bộ huyện Quốc Oai').id),
    ).toBe(0);
    const s = getSettings(derived);
    expect(s).toMatchObject({
      level: 'xa',
      committeeName: 'Đảng bộ xã Quốc Oai',
      shortName: 'Đảng ủy xã',
      advisoryBody: 'Ban Xây dựng Đảng',
      issuingBody: 'ĐẢNG ỦY XÃ QUỐC OAI',
      issuerCode: 'ĐU',
    });
    derived.close();
  });

  it('from a browser page: no paths, the file comes back as its bytes', async () => {
    const ctx = createCtx(createSession(districtPath), { kind: 'web' });
    const req = { codes: ['QO.X16'], as: 'Đảng bộ xã Sài Sơn', level: 'xa' as const };
    await expect(dispatch(ctx, 'data.derive', { ...req, out: join(tempDir(), 'x.sqlite') })).rejects.toMatchObject({ code: 'forbidden' });
    const r = await dispatch<'data.derive'>(ctx, 'data.derive', req, { checkOutput: true });
    expect(r.fileName).toBe('dang-bo-xa-sai-son.sqlite');
    const path = join(tempDir(), r.fileName);
    writeFileSync(path, Buffer.from(r.base64!, 'base64'));
    const db = openDatabase(path);
    expect(getSettings(db).committeeName).toBe('Đảng bộ xã Sài Sơn');
    expect(listUnits(db, 2020).filter((u) => u.kind === 'cell').length).toBe(
      listUnits(district, 2020).filter((u) => u.parentId === find(district, 2020, 'Đảng bộ xã Sài Sơn').id).length,
    );
    db.close();
    ctx.session.db.close();
  });

  it('refuses unknown codes and an existing file, in Vietnamese, writing nothing', async () => {
    const again = join(tempDir(), 'khac.sqlite');
    await expect(
      tochuc('derive', '--db', cliDistrict, '--units', 'QO.PS,KHONG', '--as', 'Đảng bộ xã X', '--level', 'xa', '--out', again),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('Không có đơn vị mã "KHONG" trong tệp nguồn.') });
    expect(existsSync(again)).toBe(false);
    await expect(
      tochuc('derive', '--db', cliDistrict, '--units', 'QO.X15', '--as', 'Đảng bộ xã X', '--level', 'xa', '--out', again),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('Đơn vị mã "QO.X15" không còn trong cơ cấu năm 2020') });
    await expect(
      tochuc('derive', '--db', cliDistrict, '--units', 'QO.PS', '--as', 'Đảng bộ xã X', '--level', 'xa', '--out', out),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('đã có; hãy chọn tên khác') });
    await expect(
      tochuc('derive', '--db', cliDistrict, '--units', 'QO.PS', '--as', 'X', '--level', 'phuong', '--out', again),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('--level nhận huyen, xa, tinh') });
  });
});
