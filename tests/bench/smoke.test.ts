/** The benchmark at tiny sizes, so it does not rot: it runs, prints its rows and writes its page. No timings are judged here. */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from '../helpers/db.ts';

const run = promisify(execFile);

describe('npm run bench --tiny', () => {
  it('measures every row at both scales, with baselines, and writes the markdown page with the scaling table', async () => {
    const dir = tempDir();
    const out = join(dir, 'benchmarks.md');
    const { stdout } = await run(
      process.execPath,
      ['bench/run.ts', '--tiny', '--out', out, '--cache', join(dir, 'cache'), '--scaling', '1,2'],
      { cwd: join(import.meta.dirname, '..', '..'), maxBuffer: 1 << 22 },
    );
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Quy mô\s+Phép đo\s+Trung vị\s+Mốc so sánh/);
    const body = lines.slice(2);
    for (const name of [
      'stats.breakdown',
      'stats.compare',
      'targets.evaluate',
      'units.list',
      'figures.grid',
      'overview.headline',
      'checks.year',
    ]) {
      expect(
        body.filter((l) => l.includes(name)),
        name,
      ).toHaveLength(2);
    }
    // Four kinds of document (đề án, báo cáo hội nghị, kết luận, báo cáo xếp loại) at two scales.
    expect(body.filter((l) => l.includes('reports.generate'))).toHaveLength(8);
    for (const kind of ['Đề án', 'Báo cáo hội nghị', 'Kết luận', 'Báo cáo xếp loại'])
      expect(
        body.filter((l) => l.includes(`${kind} năm`) && l.includes('reports.generate')),
        kind,
      ).toHaveLength(2);
    expect(body.filter((l) => l.includes('data.importMembers'))).toHaveLength(1);
    expect(body.some((l) => l.startsWith('Tỉnh (thu nhỏ)') && l.includes('Khởi động nguội'))).toBe(true);
    // Every measured row has a baseline and a ratio.
    for (const l of body) expect(l, l).toMatch(/\d ms|\d MB/);
    expect(body.filter((l) => /\d+,\d\d×/.test(l)).length).toBeGreaterThanOrEqual(body.length - 1);

    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# Đo tốc độ tochuc/);
    expect(md).toMatch(/- Máy: .+ × \d+ lõi/);
    expect(md).toMatch(/- Tỉnh \(thu nhỏ\): `tochuc synth --units 300 --members 6000 --years 5`/);
    for (const name of [
      'Mở tệp lần đầu trong ngày',
      'Sao lưu hằng ngày + kiểm tra toàn vẹn (chạy nền)',
      'tochuc stats --year 2019 (tiến trình mới)',
    ]) {
      expect(
        md.split('\n').some((l) => l.includes(name)),
        name,
      ).toBe(true);
    }
    // The scaling table: one line per file (1 and 2 provinces' worth here) with the load before and after, then the growth.
    expect(md).toMatch(/## Theo quy mô/);
    const scaling = md.split('\n').filter((l) => /^\| (Tỉnh|2 tỉnh) \(thu nhỏ\) \| [\d.]+ \/ [\d.]+ \/ \d+ MB \| \d+,\d\d \|/.test(l));
    expect(scaling).toHaveLength(2);
    expect(md).toMatch(/\| Phân tổ \| \d+,\d\d× \| \d+,\d\d× \| (đạt|KHÔNG ĐẠT) \|/);
    expect(md.split('\n').filter((l) => l.startsWith('| Tỉnh (thu nhỏ)')).length).toBeGreaterThanOrEqual(12);
    expect(md).toMatch(/## Ngân sách/);
  });
});
