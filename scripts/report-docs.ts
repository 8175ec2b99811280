/**
 * Renders page 1 of each document kind, made from the demo database, to docs/reports/<kind>.png
 * (LibreOffice → PDF → pdftoppm), for the README. Run: node scripts/report-docs.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/open.ts';
import { buildDemo } from '../demo/build.ts';
import { generateReport } from '../reports/generate.ts';
import { REPORT_KINDS } from '../reports/kinds.ts';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'reports');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'tochuc-'));
const db = openDatabase(join(work, 'demo.sqlite'));
buildDemo(db);
const files: string[] = [];
for (const kind of REPORT_KINDS) {
  const r = await generateReport(db, { kind, year: 2019, date: '2019-03-15', preview: true });
  const file = join(work, `${kind}.docx`);
  writeFileSync(file, r.bytes);
  files.push(file);
}
execFileSync('soffice', [`-env:UserInstallation=file://${work}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...files], { stdio: 'ignore' });
for (const kind of REPORT_KINDS) {
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(work, `${kind}.pdf`), join(work, kind)]);
  renameSync(join(work, `${kind}.png`), join(out, `${kind}.png`));
  process.stdout.write(`docs/reports/${kind}.png\n`);
}
rmSync(work, { recursive: true, force: true });
