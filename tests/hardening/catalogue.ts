/**
 * The bad-input catalogue: every case of the hardening campaign, and more, each run on a fresh copy of
 * the demo file. A refusal is clean when its message is Vietnamese and says what is wrong, and the data
 * is byte for byte what it was (dataFingerprint). A "cleaned" case is accepted with the text cleaned.
 */
import { copyFileSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import type { Ctx } from '../../core/context.ts';
import { dataFingerprint } from '../../db/snapshot.ts';
import { findUnitIdByCode, setUnitName } from '../../db/units.ts';
import { membersOfUnit } from '../../db/members.ts';
import { demoCtx, writeCsv, writeXlsx, writeZipBomb } from '../io/fixtures.ts';
import { lyingSharedStrings, workbookParts, writeZip } from './zip.ts';

export interface Env {
  ctx: Ctx;
  dir: string;
  dbPath: string;
}
/** What a case returns: the refusal's message, or that the input was accepted cleaned. */
export type Outcome = { refused: string } | { cleaned: true };
export interface Case {
  name: string;
  expect: RegExp | 'cleaned';
  run(env: Env): Promise<Outcome>;
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const HEADERS = ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào Đảng', 'Chi bộ', 'Đảng bộ cơ sở', 'Số thẻ đảng viên'];
const person = (name: string, birth: unknown = '03/02/1980', join: unknown = '01/05/2005', card: string | null = null) => [
  name,
  birth,
  'Nam',
  join,
  'Chi bộ thôn 1',
  'Đảng bộ xã Cấn Hữu',
  card,
];

/** An import's result as an outcome: ok:false lists its errors; an applied import is no refusal. */
async function imported(p: Promise<{ ok: boolean; errors?: { message: string }[] }>): Promise<Outcome> {
  const r = await p;
  if (r.ok) throw new Error('nhập được, không bị từ chối');
  return { refused: (r.errors ?? []).map((e) => e.message).join('\n') };
}

async function members(env: Env, rows: unknown[][], file = 'ds.xlsx'): Promise<Outcome> {
  const path = await writeXlsx(join(env.dir, file), [HEADERS, ...rows] as never);
  return imported(dispatch(env.ctx, 'data.importMembers', { source: { path }, year: 2019 }));
}

async function figuresFile(env: Env, path: string): Promise<Outcome> {
  return imported(dispatch(env.ctx, 'data.importFigures', { source: { path }, year: 2019 }));
}

const setFigure = (env: Env, value: number) =>
  dispatch(env.ctx, 'figures.set', {
    year: 2019,
    changes: [{ unitId: findUnitIdByCode(env.ctx.session.db, 'QO.X01.01')!, indicator: 'dang_vien', value }],
  }).then(() => ({ cleaned: true }) as const);

export const CASES: Case[] = [
  // Spreadsheets
  {
    name: 'only a hidden sheet',
    expect: /chỉ có trang tính ẩn/,
    run: (e) =>
      figuresFile(
        e,
        writeZip(
          join(e.dir, 'an.xlsx'),
          workbookParts([
            {
              name: 'Số liệu 2019',
              hidden: true,
              rows: [
                ['Mã đơn vị', 'Đảng viên'],
                ['QO.X01.01', 3],
              ],
            },
          ]),
        ),
      ),
  },
  {
    name: 'shared strings that lie about their size',
    expect: /vượt quá 96 MB, dù tệp ghi kích thước nhỏ hơn/,
    run: (e) =>
      figuresFile(e, writeZip(join(e.dir, 'bom.xlsx'), workbookParts([{ name: 'Số liệu', rows: [['a']] }], [lyingSharedStrings(100)]))),
  },
  {
    name: 'a zip bomb that declares its size',
    expect: /bom nén/,
    run: (e) => figuresFile(e, writeZipBomb(join(e.dir, 'bom2.xlsx'), 2047)),
  },
  {
    name: 'a PNG named .xlsx',
    expect: /không phải bảng tính|không đọc được như một bảng tính/,
    run: (e) => {
      const p = join(e.dir, 'anh.xlsx');
      writeFileSync(p, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
      return figuresFile(e, p);
    },
  },
  {
    name: 'an empty file',
    expect: /trống \(0 byte\)/,
    run: (e) => {
      const p = join(e.dir, 'rong.csv');
      writeFileSync(p, '');
      return figuresFile(e, p);
    },
  },
  {
    name: 'an old .xls',
    expect: /Excel 97–2003/,
    run: (e) => {
      const p = join(e.dir, 'cu.xls');
      writeFileSync(p, Buffer.from('d0cf11e0a1b11ae1000000000000000000', 'hex'));
      return figuresFile(e, p);
    },
  },
  {
    name: 'a CSV not in UTF-8',
    expect: /không ở mã UTF-8/,
    run: (e) => {
      const p = join(e.dir, 'cp.csv');
      writeFileSync(p, Buffer.from([0x48, 0xd6, 0x0a, 0x41, 0x0a]));
      return figuresFile(e, p);
    },
  },
  {
    name: 'a CSV quote never closed',
    expect: /dấu ngoặc kép \("\) mở mà không đóng/,
    run: (e) => {
      const p = join(e.dir, 'ngoac.csv');
      writeFileSync(p, 'Mã đơn vị,Đảng viên\nQO.X01.01,"12\n');
      return figuresFile(e, p);
    },
  },
  {
    name: 'a CSV quote in the middle of a cell',
    expect: /ngoặc kép trong ô phải viết đôi/,
    run: (e) => {
      const p = join(e.dir, 'ngoac2.csv');
      writeFileSync(p, 'Mã đơn vị,Đảng viên\n"QO.X01.01"x,12\n');
      return figuresFile(e, p);
    },
  },
  {
    name: 'headers only',
    expect: /Không có dòng số liệu nào/,
    run: async (e) => figuresFile(e, writeCsv(join(e.dir, 'tieu-de.csv'), [['Mã đơn vị', 'Đảng viên']])),
  },
  {
    name: '"-0" in a figure cell',
    expect: /"-0" là số âm/,
    run: async (e) =>
      figuresFile(
        e,
        writeCsv(join(e.dir, 'am.csv'), [
          ['Mã đơn vị', 'Đảng viên'],
          ['QO.X01.01', '-0'],
        ]),
      ),
  },
  {
    name: '1,5 in a figure cell',
    expect: /"1,5" không phải số nguyên/,
    run: async (e) =>
      figuresFile(
        e,
        writeCsv(
          join(e.dir, 'le.csv'),
          [
            ['Mã đơn vị', 'Đảng viên'],
            ['QO.X01.01', '1,5'],
          ],
          ';',
        ),
      ),
  },
  {
    name: 'over 10.000.000 in a figure cell',
    expect: /lớn bất thường/,
    run: async (e) =>
      figuresFile(
        e,
        await writeXlsx(join(e.dir, 'lon.xlsx'), [
          ['Mã đơn vị', 'Đảng viên'],
          ['QO.X01.01', 10_000_001],
        ]),
      ),
  },
  {
    name: 'a 1 MB cell',
    expect: /dài 1\.000\.000 ký tự, quá giới hạn 1\.000 ký tự/,
    run: async (e) =>
      figuresFile(
        e,
        writeCsv(join(e.dir, 'dai.csv'), [
          ['Mã đơn vị', 'Tên đơn vị', 'Đảng viên'],
          ['QO.X01.01', 'x'.repeat(1_000_000), 3],
        ]),
      ),
  },
  // The number rule through the API, as the grid sends it
  { name: 'figures.set 1e300', expect: /"1e\+300" lớn bất thường/, run: (e) => setFigure(e, 1e300) },
  { name: 'figures.set 1,5', expect: /"1,5" không phải số nguyên/, run: (e) => setFigure(e, 1.5) },
  { name: 'figures.set -0', expect: /là số âm/, run: (e) => setFigure(e, -0) },
  { name: 'figures.set 10.000.001', expect: /lớn bất thường/, run: (e) => setFigure(e, 10_000_001) },
  // Dates and people
  {
    name: 'the number 1899 in a date column',
    expect: /"1899" chỉ có năm, không phải ngày/,
    run: (e) => members(e, [person('Nguyễn Văn An', 1899)]),
  },
  { name: 'a bare year as text', expect: /"1985" chỉ có năm/, run: (e) => members(e, [person('Nguyễn Văn An', '1985')]) },
  {
    name: 'a date before 1900',
    expect: /năm 1899 không hợp lý \(ngày phải từ năm 1900\)/,
    run: (e) => members(e, [person('Nguyễn Văn An', '31/12/1899')]),
  },
  { name: 'a member aged over 110', expect: /hơn 110 tuổi/, run: (e) => members(e, [person('Nguyễn Văn An', '01/01/1900', '01/01/1930')]) },
  { name: 'Excel serial 60 (29/02/1900)', expect: /29\/02\/1900 không có thật/, run: (e) => members(e, [person('Nguyễn Văn An', 60)]) },
  {
    name: 'a row repeated exactly',
    expect: /dòng lặp lại đúng dòng 2/,
    run: (e) => members(e, [person('Trần Văn Bình'), person('Trần Văn Bình')]),
  },
  {
    name: 'repeated apart from a zero-width space',
    expect: /dòng lặp lại đúng dòng 2/,
    run: (e) => members(e, [person('Trần Văn Bình'), person('Trần\u200b Văn Bình')]),
  },
  {
    name: 'one card number twice',
    expect: /trùng số thẻ 12345678/,
    run: (e) =>
      members(e, [
        person('Trần Văn Bình', '03/02/1980', '01/05/2005', '12345678'),
        person('Lê Văn Cường', '04/02/1981', '01/05/2006', '12345678'),
      ]),
  },
  { name: 'a 1 MB name', expect: /quá giới hạn 1\.000 ký tự/, run: (e) => members(e, [person('A'.repeat(1_000_000))]) },
  {
    name: 'terminal escapes, bidi overrides, U+FFFE in a name: stored clean',
    expect: 'cleaned',
    run: async (e) => {
      // A CSV: any character can be in it (an .xlsx writer would refuse some).
      const path = writeCsv(join(e.dir, 'an.csv'), [HEADERS, person('\u001b[31mPhạm\u202e Văn\ufffe Dũng\u0007')] as never);
      const r = await dispatch(e.ctx, 'data.importMembers', { source: { path }, year: 2019 });
      if (!r.ok) throw new Error(r.errors[0]!.message);
      const unit = r.units[0]!.unitId;
      const names = membersOfUnit(e.ctx.session.db, 2019, unit).map((m) => m.fullName);
      if (JSON.stringify(names) !== JSON.stringify(['[31mPhạm Văn Dũng'])) throw new Error(`còn ký tự ẩn: ${JSON.stringify(names)}`);
      return { cleaned: true };
    },
  },
  {
    name: 'a unit named with U+FFFE and controls: the template exports and re-imports',
    expect: 'cleaned',
    run: async (e) => {
      // Written as an older version (before cleaning at the boundary) would have stored it.
      const db = e.ctx.session.db;
      setUnitName(db, 2019, findUnitIdByCode(db, 'QO.X01.01')!, 'Chi bộ\ufffe thôn\u0001 1\u202e');
      const t = await dispatch(e.ctx, 'data.template', { year: 2019, out: join(e.dir, 'mau.xlsx') });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(t.path!);
      const back = await dispatch(e.ctx, 'data.importFigures', { source: { path: t.path! }, year: 2019, dryRun: true });
      if (!back.ok) throw new Error(`mẫu không nhập lại được: ${back.errors[0]?.message}`);
      return { cleaned: true };
    },
  },
  // The API itself
  {
    name: 'a unit name of 1 MB through the API',
    expect: /quá giới hạn 1\.000 ký tự/,
    run: async (e) => {
      await dispatch(e.ctx, 'units.create', {
        year: 2019,
        name: 'x'.repeat(1_000_000),
        kind: 'cell',
        parentId: findUnitIdByCode(e.ctx.session.db, 'QO.X01')!,
      });
      return { cleaned: true };
    },
  },
  {
    name: 'input nested 10.000 deep',
    expect: /lồng nhau quá 32 cấp/,
    run: async (e) => {
      let v: unknown = 1;
      for (let i = 0; i < 10_000; i++) v = [v];
      await dispatch(e.ctx, 'figures.set', { year: 2019, changes: v });
      return { cleaned: true };
    },
  },
  {
    name: 'a prototype-polluting key',
    expect: /không hợp lệ/,
    run: async (e) => {
      await dispatch(e.ctx, 'figures.set', JSON.parse('{"__proto__":{"polluted":1},"year":2019}'));
      if (({} as { polluted?: number }).polluted) throw new Error('polluted');
      return { cleaned: true };
    },
  },
  // Files to restore and back up
  {
    name: 'restore from a file that is not ours',
    expect: /không phải tệp dữ liệu của tochuc|bị hỏng/,
    run: async (e) => {
      const p = join(e.dir, 'la.sqlite');
      writeFileSync(p, 'SQLite format 3\0' + 'x'.repeat(200));
      await dispatch(e.ctx, 'data.restore', { from: p });
      return { cleaned: true };
    },
  },
  {
    name: 'restore from a backup cut in half',
    expect: /bị hỏng/,
    run: async (e) => {
      const p = join(e.dir, 'nua.sqlite');
      copyFileSync(e.dbPath, p);
      truncateSync(p, 4096 * 3);
      await dispatch(e.ctx, 'data.restore', { from: p });
      return { cleaned: true };
    },
  },
  {
    name: 'backup over an existing file',
    expect: /đã có; hãy chọn tên khác/,
    run: async (e) => {
      const p = join(e.dir, 'co-roi.sqlite');
      writeFileSync(p, 'x');
      await dispatch(e.ctx, 'data.backup', { out: p });
      return { cleaned: true };
    },
  },
  {
    name: 'an import applied on a stale preview',
    expect: /Dữ liệu đã thay đổi từ lúc xem trước/,
    run: async (e) => {
      const path = writeCsv(join(e.dir, 'cu.csv'), [
        ['Mã đơn vị', 'Đảng viên'],
        ['QO.X01.01', 91],
      ]);
      const p = await dispatch(e.ctx, 'data.importFigures', { source: { path }, year: 2019, dryRun: true });
      const version = p.ok ? p.dataVersion : '';
      await setFigure(e, 12);
      // The edit is the user's; what must not change is everything after it.
      (e as Env & { baseline?: string }).baseline = dataFingerprint(e.ctx.session.db);
      await dispatch(e.ctx, 'data.importFigures', { source: { path }, year: 2019, expectedVersion: version });
      return { cleaned: true };
    },
  },
];

export interface CaseResult {
  name: string;
  ok: boolean;
  why: string;
}
export interface CatalogueCounts {
  tries: number;
  cleanRefusals: number;
  cleaned: number;
  failures: CaseResult[];
}

export async function runCase(c: Case): Promise<CaseResult> {
  const d = demoCtx();
  const env: Env & { baseline?: string } = { ctx: d.ctx, dir: join(d.dir, 'vao'), dbPath: d.dbPath };
  mkdirSync(env.dir, { recursive: true });
  const before = dataFingerprint(d.ctx.session.db);
  let outcome: Outcome;
  try {
    outcome = await c.run(env);
  } catch (e) {
    if (!(e instanceof UserError)) {
      d.ctx.session.db.close();
      return { name: c.name, ok: false, why: `lỗi không phải UserError: ${(e as Error).message}` };
    }
    outcome = { refused: e.message };
  }
  const after = dataFingerprint(d.ctx.session.db);
  d.ctx.session.db.close();
  if (c.expect === 'cleaned')
    return { name: c.name, ok: 'cleaned' in outcome, why: 'refused' in outcome ? `bị từ chối: ${outcome.refused}` : '' };
  if (!('refused' in outcome)) return { name: c.name, ok: false, why: 'không bị từ chối' };
  if (!c.expect.test(outcome.refused)) return { name: c.name, ok: false, why: `thông báo khác: ${outcome.refused.slice(0, 300)}` };
  if (!VIETNAMESE.test(outcome.refused)) return { name: c.name, ok: false, why: 'thông báo không phải tiếng Việt' };
  if (after !== (env.baseline ?? before)) return { name: c.name, ok: false, why: 'dữ liệu đã thay đổi' };
  return { name: c.name, ok: true, why: '' };
}

export async function runCatalogue(cases = CASES): Promise<CatalogueCounts> {
  const counts: CatalogueCounts = { tries: 0, cleanRefusals: 0, cleaned: 0, failures: [] };
  for (const c of cases) {
    counts.tries++;
    const r = await runCase(c);
    if (!r.ok) counts.failures.push(r);
    else if (c.expect === 'cleaned') counts.cleaned++;
    else counts.cleanRefusals++;
  }
  return counts;
}
