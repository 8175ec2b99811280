import { describe, expect, it } from 'vitest';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { figuresForYear, getFigure } from '../../db/figures.ts';
import { findUnitIdByCode } from '../../db/units.ts';
import { countMembers } from '../../db/members.ts';
import { MAX_UNZIPPED_BYTES } from '../../io/limits.ts';
import { demoCtx, writeCsv, writeXlsx, writeZipBomb } from './fixtures.ts';

type D = ReturnType<typeof demoCtx>;

/** Runs an import that must be refused; returns the Vietnamese message and checks nothing was written. */
async function refused(d: D, path: string, kind: 'figures' | 'members' = 'figures'): Promise<string> {
  const db = d.ctx.session.db;
  const snap = JSON.stringify(figuresForYear(db, 2019));
  let message: string;
  try {
    const r =
      kind === 'figures'
        ? await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019 })
        : await dispatch(d.ctx, 'data.importMembers', { source: { path }, year: 2019 });
    if (r.ok) throw new Error('accepted a bad file');
    message = r.errors.map((e) => `${e.row ?? ''}|${e.column ?? ''}|${e.message}`).join('\n');
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    message = e.message;
  }
  expect(JSON.stringify(figuresForYear(db, 2019))).toBe(snap);
  expect(countMembers(db, 2019)).toBe(0);
  return message;
}

describe('bad files get a clear message and change nothing', () => {
  it('not a spreadsheet: a PNG, a PDF, an old .xls, a zip that is not a workbook', async () => {
    const d = demoCtx();
    const png = join(d.dir, 'anh.xlsx');
    writeFileSync(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(200, 1)]));
    expect(await refused(d, png)).toMatch(/không phải bảng tính/);
    const pdf = join(d.dir, 'van-ban.xlsx');
    writeFileSync(pdf, '%PDF-1.7\n...');
    expect(await refused(d, pdf)).toMatch(/là tệp PDF/);
    const xls = join(d.dir, 'cu.xls');
    writeFileSync(xls, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]));
    expect(await refused(d, xls)).toMatch(/Excel 97–2003 \(\.xls\)/);
    const zip = join(d.dir, 'nen.xlsx');
    writeZip(zip, 'readme.txt', Buffer.from('xin chào'));
    expect(await refused(d, zip)).toMatch(/tệp nén \(zip\) nhưng không phải bảng tính/);
  });

  it('empty: a 0-byte file, a sheet with no rows, a header with no data', async () => {
    const d = demoCtx();
    const empty = join(d.dir, 'rong.xlsx');
    writeFileSync(empty, '');
    expect(await refused(d, empty)).toMatch(/trống \(0 byte\)/);
    const noRows = await writeXlsx(join(d.dir, 'khong-dong.xlsx'), []);
    expect(await refused(d, noRows)).toMatch(/không có dữ liệu/);
    const headerOnly = await writeXlsx(join(d.dir, 'chi-tieu-de.xlsx'), [['Mã đơn vị', 'Đảng viên']]);
    expect(await refused(d, headerOnly)).toMatch(/Không có dòng số liệu nào/);
  });

  it('wrong headers', async () => {
    const d = demoCtx();
    const path = await writeXlsx(join(d.dir, 'sai.xlsx'), [
      ['Cột A', 'Cột B', 'Cột C'],
      [1, 2, 3],
    ]);
    expect(await refused(d, path)).toMatch(/Không tìm thấy dòng tiêu đề/);
    expect(await refused(d, path, 'members')).toMatch(/Không tìm thấy dòng tiêu đề của danh sách đảng viên.*--map/);
  });

  it('a 50 MB file is refused before it is read', async () => {
    const d = demoCtx();
    const path = join(d.dir, 'lon.csv');
    const fd = openSync(path, 'w');
    const line = Buffer.from('Họ và tên,Ngày sinh,Ngày vào Đảng,Chi bộ\n'.repeat(1000));
    for (let n = 0; n < 50 * 1024 * 1024; n += line.length) writeSync(fd, line);
    closeSync(fd);
    const rss = process.memoryUsage().rss;
    expect(await refused(d, path, 'members')).toMatch(/quá lớn \(50 MB\); chỉ nhận tệp đến 40 MB/);
    expect(process.memoryUsage().rss - rss).toBeLessThan(30 * 1024 * 1024);
  });

  it('a zip bomb (2 GiB inside a 2 MB .xlsx) is refused from its directory, without inflating it', async () => {
    const d = demoCtx();
    const path = writeZipBomb(join(d.dir, 'bom.xlsx'), 2047);
    const rss = process.memoryUsage().rss;
    expect(await refused(d, path)).toMatch(/khi giải nén sẽ chiếm 2\.047 MB.*bom nén/);
    expect(process.memoryUsage().rss - rss).toBeLessThan(MAX_UNZIPPED_BYTES / 8);
  });

  it('text in number columns', async () => {
    const d = demoCtx();
    const path = await writeXlsx(join(d.dir, 'chu.xlsx'), [
      ['Mã đơn vị', 'Đảng viên', 'Đảng viên nữ'],
      ['QO.X01.01', 'ba mươi', '1,5'],
      ['QO.X01.02', '1.234', 'có'],
    ]);
    const msg = await refused(d, path);
    expect(msg).toMatch(/^2\|B \(Đảng viên\)\|.*"ba mươi" không phải là số/m);
    expect(msg).toMatch(/^2\|C \(Đảng viên nữ\)\|.*"1,5" không phải số nguyên/m);
    expect(msg).toMatch(/^3\|C \(Đảng viên nữ\)\|.*"có" không phải là số/m);
    // "1.234" is a Vietnamese-formatted count, not an error.
    expect(msg).not.toMatch(/^3\|B/m);
  });

  it('mixed NFC/NFD text is normalized and matched, with a note', async () => {
    const d = demoCtx();
    const nfd = (s: string) => s.normalize('NFD');
    const path = await writeXlsx(join(d.dir, 'nfd.xlsx'), [
      [nfd('Tên đơn vị'), 'Thuộc', nfd('Đảng viên')],
      [nfd('Chi bộ Trường học'), 'Đảng bộ xã Cấn Hữu', 41],
    ]);
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path }, year: 2019 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings[0]!.message).toMatch(/3 ô có chữ tiếng Việt dạng tổ hợp \(NFD\) đã được chuẩn hóa/);
    expect(r.changes).toHaveLength(1);
    expect(getFigure(d.ctx.session.db, 2019, r.changes[0]!.unitId, 'dang_vien')).toBe(41);
  });

  it('formulas: without a stored result refused; with one, its result is used and said so', async () => {
    const d = demoCtx();
    const bare = await writeXlsx(join(d.dir, 'cong-thuc.xlsx'), [
      ['Mã đơn vị', 'Đảng viên'],
      ['QO.X01.01', { formula: 'SUM(1,2)' }],
    ]);
    expect(await refused(d, bare)).toMatch(/công thức "=SUM\(1,2\)" chưa có kết quả.*Paste Values/);
    const cached = await writeXlsx(join(d.dir, 'ket-qua.xlsx'), [
      ['Mã đơn vị', 'Đảng viên'],
      ['QO.X01.01', { formula: 'SUM(30,3)', result: 33 }],
    ]);
    const r = await dispatch(d.ctx, 'data.importFigures', { source: { path: cached }, year: 2019 });
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.message)).toContain('1 ô chứa công thức; đã dùng kết quả Excel lưu sẵn trong tệp.');
    expect(getFigure(d.ctx.session.db, 2019, findUnitIdByCode(d.ctx.session.db, 'QO.X01.01')!, 'dang_vien')).toBe(33);
  });

  it('a CSV that is not UTF-8 (Windows-1258 bytes)', async () => {
    const d = demoCtx();
    const path = join(d.dir, 'cp1258.csv');
    writeFileSync(path, Buffer.from([0x48, 0xd6, 0x20, 0x74, 0xea, 0x6e, 0x0a, 0x41, 0x0a]));
    expect(await refused(d, path, 'members')).toMatch(/không ở mã UTF-8/);
    // A well-formed CSV is fine: the same test file writes BOM + UTF-8.
    expect(writeCsv(join(d.dir, 'ok.csv'), [['a']])).toMatch(/ok\.csv$/);
  });
});

/** A one-entry zip, enough to be "a zip that is not a workbook". */
function writeZip(path: string, name: string, data: Buffer): void {
  const n = Buffer.from(name);
  const body = deflateRawSync(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(n.length, 26);
  const c = Buffer.alloc(46);
  c.writeUInt32LE(0x02014b50, 0);
  c.writeUInt16LE(20, 4);
  c.writeUInt16LE(20, 6);
  c.writeUInt16LE(8, 10);
  c.writeUInt32LE(body.length, 20);
  c.writeUInt32LE(data.length, 24);
  c.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  const cdOffset = 30 + n.length + body.length;
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  writeFileSync(path, Buffer.concat([local, n, body, c, n, end]));
}
