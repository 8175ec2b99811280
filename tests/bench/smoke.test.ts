/** The benchmark at tiny sizes, so it does not rot: it runs, prints its rows and writes its page. No timings are judged here. */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from '../helpers/db.ts';

const run = promisify(execFile);

describe('npm run bench --tiny', () => {
  it('measures every row at both scales, with baselines, and writes the markdown page', async () => {
    const dir = tempDir();
    const out = join(dir, 'benchmarks.md');
    const { stdout } = await run(process.execPath, ['bench/run.ts', '--tiny', '--out', out, '--cache', join(dir, 'cache')], { cwd: join(import.meta.dirname, '..', '..'), maxBuffer: 1 << 22 });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Quy mô\s+Phép đo\s+Trung vị\s+Mốc so sánh/);
    const body = lines.slice(2);
    for (const name of ['stats.breakdown', 'stats.compare', 'targets.evaluate', 'units.list', 'figures.grid', 'overview.headline', 'checks.year']) {
      expect(body.filter((l) => l.includes(name)), name).toHaveLength(2);
    }
    expect(body.filter((l) => l.includes('reports.generate'))).toHaveLength(4);
    expect(body.filter((l) => l.includes('data.importMembers'))).toHaveLength(1);
    expect(body.some((l) => l.startsWith('Tỉnh (thu nhỏ)') && l.includes('Khởi động nguội'))).toBe(true);
    // Every measured row has a baseline and a ratio.
    for (const l of body) expect(l, l).toMatch(/\d ms|\d MB/);
    expect(body.filter((l) => /\d+,\d\d×/.test(l)).length).toBeGreaterThanOrEqual(body.length - 1);

    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# Đo tốc độ tochuc/);
    expect(md).toMatch(/- Máy: .+ × \d+ lõi/);
    expect(md).toMatch(/- Tỉnh: `tochuc synth --units 300 --members 6000 --years 5`/);
    expect(md.split('\n').filter((l) => l.startsWith('| Tỉnh (thu nhỏ)')).length).toBeGreaterThanOrEqual(12);
    expect(md).toMatch(/## Ngân sách/);
  });
});
