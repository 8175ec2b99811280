/**
 * Time and peak memory to import a 100.000-row member list (issue 6), .xlsx and .csv:
 *   node scripts/bench-member-import.ts [rows]
 * The list is generated first; each import runs in a fresh child process through the API,
 * so the peak RSS reported is the import's own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkpoint, openDatabase } from '../db/open.ts';
import { buildDemo } from '../demo/build.ts';
import { createCtx, createSession } from '../api/session.ts';
import { dispatch } from '../api/dispatch.ts';
import { sampleMemberRows, SAMPLE_HEADERS } from '../members/sample.ts';
import { writeRowsCsv, writeRowsXlsx } from '../io/write-rows.ts';

const [mode, a, b] = process.argv.slice(2);

if (mode === '--child') {
  const ctx = createCtx(createSession(a!), { kind: 'cli' });
  const t = performance.now();
  const r = await dispatch(ctx, 'data.importMembers', { source: { path: b! }, year: 2019 });
  const ms = performance.now() - t;
  process.stdout.write(
    JSON.stringify({
      ok: r.ok,
      members: r.ok ? r.counts.members : 0,
      units: r.ok ? r.counts.units : 0,
      ms: Math.round(ms),
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
} else {
  const rows = Number(mode ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'tochuc-bench-'));
  const template = join(dir, 'demo.sqlite');
  const db = openDatabase(template);
  buildDemo(db);
  const lists = { xlsx: join(dir, 'danh-sach.xlsx'), csv: join(dir, 'danh-sach.csv') };
  await writeRowsXlsx(lists.xlsx, 'Danh sách', SAMPLE_HEADERS, sampleMemberRows(db, 2019, { count: rows }));
  await writeRowsCsv(lists.csv, SAMPLE_HEADERS, sampleMemberRows(db, 2019, { count: rows }));
  checkpoint(db);
  db.close();
  const self = fileURLToPath(import.meta.url);
  for (const [kind, list] of Object.entries(lists)) {
    const target = join(dir, `${kind}.sqlite`);
    execFileSync('cp', [template, target]);
    const out = execFileSync(process.execPath, [self, '--child', target, list], { encoding: 'utf8' });
    const r = JSON.parse(out) as { ok: boolean; members: number; units: number; ms: number; maxRssMB: number };
    process.stdout.write(
      `${kind}: ${rows} dòng, tệp ${(statSync(list).size / 1e6).toFixed(1)} MB → ${r.ok ? `${r.members} đảng viên, ${r.units} chi bộ` : 'LỖI'}; ${(r.ms / 1000).toFixed(2)} s; RSS đỉnh ${r.maxRssMB} MB\n`,
    );
  }
}
