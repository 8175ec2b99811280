import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoCopy, tempDir } from '../helpers/db.ts';
import { seedDocx } from './fixtures.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;
const seedTxt = new URL('../fixtures/seed-quoc-oai.txt', import.meta.url).pathname;

async function tochuc(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

describe('tochuc check', () => {
  const dir = tempDir();
  const docx = join(dir, 'du-thao.docx');
  const txt = join(dir, 'bai-viet.txt');
  let db: string;
  beforeAll(async () => {
    writeFileSync(docx, await seedDocx());
    copyFileSync(seedTxt, txt);
    db = demoCopy();
  });

  it('prints every claim of a text as JSON and exits 0 although claims are wrong', async () => {
    const r = await tochuc('check', txt, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    // The fields other tools read, and the basis in words.
    for (const c of out.claims)
      expect(
        Object.keys(c)
          .filter((k) => k !== 'basis')
          .sort(),
      ).toEqual(['detail', 'expected', 'kind', 'ok', 'printed', 'text']);
    expect(out.claims.filter((c: any) => !c.ok).map((c: any) => [c.kind, c.printed, c.expected])).toEqual([
      ['share', '85,54%', '85,44%'],
      ['share', '6.65%', '6,68%'],
      ['format', '6.65%', '6,65%'],
      ['share', '6,21%', '6,28%'],
    ]);
    expect(out.claims.find((c: any) => c.printed === '85,54%')).toMatchObject({
      text: '221chi bộ trực thuộc đảng bộ xã, thị trấn với 6.067 đảng viên chiếm 85,54%',
      kind: 'share',
      printed: '85,54%',
      expected: '85,44%',
      ok: false,
      detail: '6.067/7.101 = 85,4387…%',
    });
  });

  it('checks a .docx against the database and writes the corrected copy', async () => {
    const fixed = join(dir, 'da-sua.docx');
    const r = await tochuc('check', docx, '--db', db, '--year', '2019', '--fix', fixed);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✗ tỷ lệ: 85,54% → 85,44%   6.067/7.101 = 85,4387…%');
    expect(r.stdout).toContain('✓ số lượng: 221   Dữ liệu năm 2019: 221 chi bộ trực thuộc đảng bộ xã, thị trấn');
    expect(r.stdout).toMatch(/Đã ghi bản đã sửa ".*da-sua\.docx": sửa 4 số \(85,54 → 85,44; 6\.65 → 6,68; 6,21 → 6,28; 7,40 → 7,04\)\./);
    expect(existsSync(fixed)).toBe(true);
    const again = JSON.parse((await tochuc('check', fixed, '--db', db, '--year', '2019', '--json')).stdout);
    // What is left is what a human must decide: a qualified claim ("trên 30%") is reported, never rewritten.
    // "40 chi bộ" is not the district's 296 (the draft speaks of another đảng bộ there): reported, never rewritten.
    expect(again.claims.filter((c: any) => !c.ok).map((c: any) => [c.kind, c.printed])).toEqual([
      ['count', '40'],
      ['share', 'trên 30%'],
    ]);
  });

  it('takes the year the draft speaks of when --year is left out, and prints ok: null for what cannot be verified', async () => {
    const dated = join(dir, 'nam-2019.txt');
    writeFileSync(dated, `Tính đến 31/12/2019, ${readFileSync(seedTxt, 'utf8')}\nNăm 2019 kết nạp 30 đảng viên, đạt 104% kế hoạch.`);
    const out = JSON.parse((await tochuc('check', dated, '--db', db, '--json')).stdout);
    expect(out.summary).toMatchObject({ year: 2019, draftYear: 2019, wrong: 4, unverified: 1 });
    expect(out.claims.filter((c: any) => c.kind === 'count').every((c: any) => c.ok === true)).toBe(true);
    expect(out.claims.find((c: any) => c.printed === '104%')).toMatchObject({
      kind: 'share',
      ok: null,
      expected: '104%',
      detail: '30 trên ? — không xác định được mẫu số',
    });
    const text = (await tochuc('check', dated, '--db', db)).stdout;
    expect(text).toContain('? tỷ lệ: 104%   30 trên ? — không xác định được mẫu số\n    Không xác định được mẫu số: tỷ lệ so với chỉ tiêu');
    expect(text).toContain('1 không kiểm được; bản thảo nói về năm 2019; số lượng đối chiếu với dữ liệu năm 2019.');
  });

  it('reads a UTF-16 text file as Notepad saves it', async () => {
    const u16 = join(dir, 'unicode.txt');
    writeFileSync(
      u16,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('Đảng bộ có 7.101 đảng viên, trong đó 474 đảng viên ở khối cơ quan, chiếm 6,65%.', 'utf16le'),
      ]),
    );
    const out = JSON.parse((await tochuc('check', u16, '--json')).stdout);
    expect(out.claims.map((c: any) => [c.printed, c.ok, c.expected])).toEqual([['6,65%', false, '6,68%']]);
  });

  it('exits non-zero only when the file cannot be read or the options are wrong', async () => {
    const missing = await tochuc('check', join(dir, 'khong-co.docx'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không tìm thấy tệp');
    const old = join(dir, 'cu.doc');
    writeFileSync(old, 'x');
    expect((await tochuc('check', old)).stderr).toContain('tệp Word cũ (.doc)');
    const broken = join(dir, 'hong.docx');
    writeFileSync(broken, 'not a zip');
    expect((await tochuc('check', broken)).code).toBe(1);
    const noYear = await tochuc('check', txt, '--db', db);
    expect(noYear.code).toBe(1);
    expect(noYear.stderr).toContain('Bản thảo không ghi rõ năm. Cần --year');
  });
});
