/** `tochuc report` and `tochuc templates` end to end, in a child process, on a real database file. */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { demoCopy, tempDir } from '../helpers/db.ts';
import { readDocx } from './docx-read.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;
const tochuc = (...args: string[]) => run(process.execPath, [bin, ...args], { encoding: 'utf8' });
async function fails(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await tochuc(...args);
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
  throw new Error('expected the command to fail');
}

describe('tochuc report', () => {
  const db = demoCopy();
  const dir = tempDir();

  it('writes each kind, records it, and regenerates the same bytes', async () => {
    const out = join(dir, 'de-an-2019.docx');
    const { stdout } = await tochuc('report', '--db', db, '--kind', 'de-an', '--year', '2019', '--date', '2019-03-15', '--out', out);
    expect(stdout).toContain('Số 1-ĐA/HU (nhiệm kỳ 2015 - 2020), ngày 2019-03-15, mẫu de-an phiên bản 1');
    expect((await readDocx(readFileSync(out))).text).toContain('7.101 đảng viên');
    const bc = JSON.parse(
      (
        await tochuc(
          'report',
          '--db',
          db,
          '--kind',
          'bao-cao-hoi-nghi',
          '--year',
          '2019',
          '--compare',
          '2018',
          '--date',
          '2019-03-20',
          '--out',
          join(dir, 'bc.docx'),
          '--json',
        )
      ).stdout,
    );
    expect(bc).toMatchObject({ number: '1-BC/HU', seq: 1, templateCode: 'bao-cao-hoi-nghi' });
    expect(bc.base64).toBeUndefined();
    const history = JSON.parse((await tochuc('report', '--db', db, '--history', '--json')).stdout);
    expect(history.map((h: { number: string }) => h.number)).toEqual(['1-BC/HU', '1-ĐA/HU']);
    const again = join(dir, 'again.docx');
    const r = await tochuc('report', '--db', db, '--regenerate', String(history[1].id), '--out', again);
    expect(r.stdout).toContain('giống hệt bản đã xuất');
    expect(Buffer.compare(readFileSync(again), readFileSync(out))).toBe(0);
  });

  it('refuses in Vietnamese: unknown kind, missing --out', async () => {
    const a = await fails('report', '--db', db, '--kind', 'thu-moi', '--year', '2019', '--out', join(dir, 'x.docx'));
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('--kind "thu-moi" không có. Các loại: de-an, bao-cao-hoi-nghi, ket-luan, bao-cao-xep-loai.');
    expect((await fails('report', '--db', db, '--kind', 'de-an', '--year', '2019')).stderr).toContain('Thiếu tham số --out.');
  });

  it('refuses a used number and a date the calendar lacks; a draft is replaced with --replaces; the history shows term and number', async () => {
    const d = demoCopy();
    const first = JSON.parse(
      (
        await tochuc(
          'report',
          '--db',
          d,
          '--kind',
          'ket-luan',
          '--year',
          '2019',
          '--date',
          '2019-03-15',
          '--number',
          '7',
          '--out',
          join(dir, 'a.docx'),
          '--json',
        )
      ).stdout,
    );
    const used = await fails(
      'report',
      '--db',
      d,
      '--kind',
      'ket-luan',
      '--year',
      '2019',
      '--date',
      '2019-03-16',
      '--number',
      '7',
      '--out',
      join(dir, 'b.docx'),
    );
    expect(used.stderr).toContain('Số 7-TB/HU của nhiệm kỳ 2015 - 2020 đã dùng cho văn bản');
    expect(
      (await fails('report', '--db', d, '--kind', 'ket-luan', '--year', '2019', '--date', '2019-02-30', '--out', join(dir, 'c.docx')))
        .stderr,
    ).toContain('tháng 2 năm 2019 chỉ có 28 ngày');
    await tochuc(
      'report',
      '--db',
      d,
      '--kind',
      'ket-luan',
      '--year',
      '2019',
      '--date',
      '2019-03-16',
      '--number',
      '7',
      '--replaces',
      String(first.documentId),
      '--out',
      join(dir, 'b.docx'),
      '--meeting-date',
      '10/3/2019',
      '--meeting-place',
      'Hội trường Huyện ủy',
      '--chair',
      'Nguyễn Văn Thọ, Bí thư Huyện ủy',
      '--attendees',
      'các đồng chí Ủy viên Ban Thường vụ',
    );
    expect((await readDocx(readFileSync(join(dir, 'b.docx')))).text).toContain(
      'Ngày 10/3/2019, tại Hội trường Huyện ủy, Ban Thường vụ Huyện ủy tổ chức hội nghị',
    );
    const history = (await tochuc('report', '--db', d, '--history')).stdout;
    expect(history).toMatch(/2\s+ket-luan\s+2015 - 2020\s+7-TB\/HU.*thay bản nháp 1/);
    expect(history).toMatch(/1\s+ket-luan\s+2015 - 2020\s+7-TB\/HU.*đã được thay bằng 2/);
  });
});

describe('tochuc templates', () => {
  const db = demoCopy();
  const dir = tempDir();

  it('lists, exports, imports and restores', async () => {
    expect((await tochuc('templates', '--db', db)).stdout).toMatch(/de-an\s+de-an\s+1\s+có\s+văn bản/);
    const file = join(dir, 'mau.txt');
    await tochuc('templates', '--db', db, '--export', 'de-an', '--out', file);
    expect(readFileSync(file, 'utf8')).toMatch(/^@mau-ma: de-an\n@mau-loai: de-an\n@mau-ten: .+\n@trich-yeu: /);
    expect((await tochuc('templates', '--db', db, '--import', file, '--code', 'de-an-rieng')).stdout).toContain(
      'Đã nhập mẫu "de-an-rieng" (de-an), phiên bản 1.',
    );
    expect((await tochuc('templates', '--db', db, '--restore', 'de-an')).stdout).toContain('phiên bản 2');
    expect((await tochuc('templates', '--db', db, '--show', 'de-an-rieng')).stdout).toContain('[[bang:nhom-chi-bo]]');
  });

  it('checks a template file and names the unknown placeholder and its line', async () => {
    const bad = join(dir, 'sai.txt');
    writeFileSync(bad, '# I- THỰC TRẠNG\nCó {{so-dang-vien}} đảng viên.\n');
    const r = await fails('templates', '--db', db, '--check', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Dòng 2: không có trường "{{so-dang-vien}}".');
    // The nearest names, not the whole catalogue.
    expect(r.stderr).toContain('Có phải "{{tong-dang-vien}}"');
    expect(r.stderr).not.toContain('cau-nhom-chi-bo');
    const good = join(dir, 'dung.txt');
    writeFileSync(good, '# I- THỰC TRẠNG\nCó {{tong-dang-vien}} đảng viên.\n');
    expect((await tochuc('templates', '--db', db, '--check', good)).stdout).toBe('Mẫu hợp lệ.\n');
  });
});
