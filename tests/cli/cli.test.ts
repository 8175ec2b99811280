import { describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { tempDir } from '../helpers/db.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;
const tochuc = (...args: string[]) => run(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('tochuc CLI', () => {
  const db = join(tempDir(), 'demo.sqlite');

  it('builds the demo and prints the seed breakdown as JSON', async () => {
    await tochuc('demo', '--out', db);
    const { stdout } = await tochuc('stats', '--db', db, '--year', '2019', '--json');
    const r = JSON.parse(stdout);
    expect(r.year).toBe(2019);
    expect(r.breakdown).toBe('nhom-chi-bo');
    expect(r.rows.map((x: any) => [x.units, x.members, x.shareText])).toEqual([
      [221, 6067, '85,44%'],
      [45, 474, '6,68%'],
      [12, 114, '1,61%'],
      [18, 446, '6,28%'],
    ]);
    expect(r.rows[0].share).toBeCloseTo(85.43867, 4);
    expect(r.total).toEqual({ units: 296, members: 7101 });
  });

  it('prints a readable table, compare and units', async () => {
    const { stdout } = await tochuc('stats', '--db', db, '--year', '2019');
    expect(stdout).toMatch(/Chi bộ trực thuộc đảng bộ xã, thị trấn\s+221\s+6\.067\s+85,44%/);
    const c = JSON.parse((await tochuc('compare', '--db', db, '--years', '2017,2018,2019', '--json')).stdout);
    expect(c.years).toEqual([2017, 2018, 2019]);
    expect(c.rows[0].values.map((v: any) => v.year)).toEqual([2017, 2018, 2019]);
    const u = JSON.parse((await tochuc('units', '--db', db, '--year', '2019', '--json')).stdout);
    expect(u.units.filter((x: any) => x.kind === 'baseCommittee')).toHaveLength(26);
    expect(u.units.find((x: any) => x.kind === 'committee')).toMatchObject({ parent: null, members: 7101 });
  });

  it('fails in Vietnamese on stderr with a non-zero exit', async () => {
    await expect(tochuc('stats', '--db', join(tempDir(), 'khong-co.sqlite'), '--year', '2019')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^Lỗi: Không tìm thấy tệp dữ liệu/),
    });
    await expect(tochuc('stats', '--db', db, '--year', '2019', '--breakdown', 'khong-co')).rejects.toMatchObject({
      stderr: expect.stringMatching(/Không có cách phân tổ "khong-co"/),
    });
    await expect(
      tochuc('export', '--db', db, '--year', '2019', '--what', 'targets', '--plan', 'abc', '--out', join(tempDir(), 'x.xlsx')),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/--plan phải là số nguyên từ 1 trở lên \(nhận được "abc"\)/),
    });
    await expect(tochuc('lenh-la')).rejects.toMatchObject({ stderr: expect.stringMatching(/không có lệnh "lenh-la"/) });
  });

  it('serve prints the loopback URL as its first line', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const first = await new Promise<string>((resolve, reject) => {
      let buf = '';
      child.stdout.on('data', (c) => {
        buf += c;
        if (buf.includes('\n')) resolve(buf.split('\n')[0]!);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(first);
    expect(res.status).toBe(200);
    child.kill('SIGTERM');
  });
});
