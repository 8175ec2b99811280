/** tochuc synth end to end: the province file, its last year's members imported as lists through data.importMembers. */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase } from '../../db/open.ts';
import { headline } from '../../stats/headline.ts';
import { breakdown } from '../../stats/breakdown.ts';
import { countMembers } from '../../db/members.ts';
import { tempDir } from '../helpers/db.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

describe('tochuc synth', () => {
  it('writes the province and rebuilds the last year from imported member lists that agree with its figures', async () => {
    const out = join(tempDir(), 'tinh.sqlite');
    const { stdout } = await run(
      process.execPath,
      [join(root, 'bin', 'tochuc.js'), 'synth', '--out', out, '--units', '300', '--members', '6.000', '--years', '2'],
      { cwd: root },
    );
    expect(stdout).toMatch(
      /^Đã tạo .*tinh\.sqlite: 2 năm \(2024–2025\), 300 đơn vị năm đầu, .* và 6\.000 đảng viên năm cuối, .*danh sách 6\.000 đảng viên năm 2025 nhập qua data\.importMembers \(1 tệp \.csv\)/,
    );
    const db = openDatabase(out);
    expect(countMembers(db, 2025)).toBe(6000);
    expect(countMembers(db, 2024)).toBe(0);
    const h = headline(db, 2025);
    expect(h.members).toBe(6000);
    const women = db.prepare("SELECT count(*) AS n FROM member_person WHERE year = 2025 AND gender = 'nu'").get() as { n: number };
    expect(breakdown(db, 2025, 'gioi-tinh').rows[0]!.members).toBe(women.n);
    expect(h.probationary).toBeGreaterThan(0);
    db.close();
    // The lists were temporary; no copies of a file created a moment ago are left behind.
    expect(readdirSync(dirname(out)).filter((f) => f.startsWith('.danh-sach-'))).toEqual([]);
    expect(
      existsSync(join(dirname(out), 'sao-luu')) ? readdirSync(join(dirname(out), 'sao-luu')).filter((f) => f.includes('truoc-nhap')) : [],
    ).toEqual([]);
  });

  it('refuses to overwrite a file, in Vietnamese', async () => {
    const out = join(tempDir(), 'tinh.sqlite');
    await run(
      process.execPath,
      [join(root, 'bin', 'tochuc.js'), 'synth', '--out', out, '--units', '100', '--members', '1000', '--years', '1', '--no-member-list'],
      { cwd: root },
    );
    const err = await run(process.execPath, [join(root, 'bin', 'tochuc.js'), 'synth', '--out', out], { cwd: root }).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr).toMatch(/đã có; hãy chọn tên khác/);
  });
});
