/**
 * In-process generation time and size of each document kind on the demo database (district scale:
 * 44 TCCSĐ, 296 chi bộ, 7.101 đảng viên). The first call includes loading docx and its chart module;
 * docs/reports/README.md has both scales (node scripts/report-docs.ts).
 * Run: node scripts/report-timings.ts
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open.ts';
import { buildDemo } from '../demo/build.ts';
import { generateReport } from '../reports/generate.ts';
import { REPORT_KINDS } from '../reports/kinds.ts';

const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'tochuc-')), 'demo.sqlite'));
buildDemo(db);
const runs = 7;
const lines: string[] = [];
for (const kind of REPORT_KINDS) {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await generateReport(db, { kind, year: 2019, date: '2019-03-15', preview: true });
    times.push(performance.now() - t0);
    size = r.bytes.length;
  }
  const first = times[0]!;
  const warm = times.slice(1).sort((a, b) => a - b);
  lines.push(
    `${kind.padEnd(18)} first ${first.toFixed(0).padStart(5)} ms   median ${warm[Math.floor(warm.length / 2)]!.toFixed(0).padStart(4)} ms   max ${warm[warm.length - 1]!.toFixed(0).padStart(4)} ms   ${(size / 1024).toFixed(1)} KiB`,
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
