/**
 * npm run bench: the app's speed at district scale (the demo) and province scale (a synthetic
 * province), each figure the median of several runs next to a baseline measured in the same run,
 * printed and written to docs/benchmarks.md.
 *
 *   node bench/run.ts [--runs 7] [--out docs/benchmarks.md] [--cache DIR] [--units N --members N --years N] [--import-rows N]
 *   node bench/run.ts --tiny --out /tmp/b.md     (seconds: the CI smoke run)
 */
import { listUnits } from '../db/units.ts';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PROVINCE, type SynthOptions } from '../synth/options.ts';
import { sqliteVersion } from '../db/baselines.ts';
import { formatInt } from '../format/vi.ts';
import { buildDistrict, provinceFile } from './files.ts';
import { openScale, type Scale } from './cases/context.ts';
import { statsRows } from './cases/stats.ts';
import { documentRows } from './cases/documents.ts';
import { importRows } from './cases/import.ts';
import { processRows } from './cases/process.ts';
import { markdown, terminalTable } from './report.ts';
import { ratio, withinBudget, type Row } from './row.ts';
import { DESIGN_NOTES } from './notes.ts';

const { values } = parseArgs({
  options: {
    tiny: { type: 'boolean' }, runs: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' },
    units: { type: 'string' }, members: { type: 'string' }, years: { type: 'string' }, 'import-rows': { type: 'string' },
  },
});
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tiny = values.tiny === true;
const int = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));
const runs = int(values.runs, tiny ? 1 : 7);
const slowRuns = tiny ? 1 : Math.max(3, Math.round(runs / 2));
const synth: SynthOptions = {
  ...PROVINCE,
  units: int(values.units, tiny ? 300 : PROVINCE.units),
  members: int(values.members, tiny ? 6_000 : PROVINCE.members),
  years: int(values.years, tiny ? 5 : PROVINCE.years),
};
const importCount = int(values['import-rows'], tiny ? 300 : 100_000);
const out = resolve(values.out ?? join(root, 'docs', 'benchmarks.md'));
const cache = resolve(values.cache ?? join(tmpdir(), 'bench-tochuc-cache'));
const log = (s: string) => process.stderr.write(`${s}\n`);

const work = mkdtempSync(join(tmpdir(), 'bench-tochuc-'));
mkdirSync(cache, { recursive: true });
const loadBefore = loadavg();
const started = new Date();
const rows: Row[] = [];

async function scaleRows(s: Scale, withImport: boolean, withProcesses = true) {
  log(`${s.label}: thống kê …`);
  rows.push(...(await statsRows(s)));
  log(`${s.label}: văn bản …`);
  rows.push(...(await documentRows(s, slowRuns)));
  if (withImport) {
    log(`${s.label}: nhập danh sách ${importCount} đảng viên …`);
    rows.push(...(await importRows(s, work, importCount, slowRuns)));
  }
  s.ctx.session.db.close();
  if (!withProcesses) return;
  log(`${s.label}: khởi động nguội, bộ nhớ …`);
  rows.push(...processRows(s, slowRuns, work));
}

const district = openScale('Huyện (mẫu)', await buildDistrict(work), 'district', runs);
const districtUnits = listUnits(district.ctx.session.db, district.last).length;
const sqlite = sqliteVersion(district.ctx.session.db);
// The smoke run starts fresh processes at one scale only: each costs a second of module loading.
await scaleRows(district, false, !tiny);

const prov = await provinceFile(cache, synth, log);
const province = openScale(tiny ? 'Tỉnh (thu nhỏ)' : 'Tỉnh', prov.path, 'province', runs);
await scaleRows(province, true);

const loadAfter = loadavg();
process.stdout.write(`${terminalTable(rows)}\n`);

const missed = rows.filter((r) => withinBudget(r) === false);
const absent = rows.filter((r) => r.value === null);
const fmt = (n: number) => n.toFixed(2).replace('.', ',');
const header = {
  title: 'Đo tốc độ tochuc',
  lines: [
    `Chạy bằng \`npm run bench\` (${tiny ? 'bản thu nhỏ --tiny, không dùng để đánh giá' : `${runs} lần mỗi phép đo nhanh, ${slowRuns} lần với văn bản, nhập liệu và khởi động`}); mỗi ô là trung vị. Tỷ số = trung vị / trung vị của mốc đo trong cùng lần chạy.`,
    '',
    `- Ngày: ${started.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `- Máy: ${cpus()[0]?.model ?? '?'} × ${cpus().length} lõi, RAM ${formatInt(Math.round(totalmem() / 2 ** 20))} MB (trống ${formatInt(Math.round(freemem() / 2 ** 20))} MB), Linux ${release()}`,
    `- Node ${process.version}, SQLite ${sqlite} (better-sqlite3)`,
    `- Tải máy (load average 1 phút) trước/sau: ${fmt(loadBefore[0]!)} / ${fmt(loadAfter[0]!)} — các phiên khác cùng chạy trên máy làm số đo dao động.`,
    `- Huyện: dữ liệu mẫu Quốc Oai ${district.years[0]}–${district.last}, ${formatInt(districtUnits)} đơn vị năm ${district.last}.`,
    `- Tỉnh: \`tochuc synth --units ${synth.units} --members ${synth.members} --years ${synth.years}\` (hạt giống ${synth.seed}), ${province.years[0]}–${province.last}` +
      (prov.built ? `, tạo trong ${formatInt(Math.round(prov.ms / 1000))} giây.` : ', lấy từ bộ đệm của lần chạy trước.'),
  ],
};
const notes = [
  '## Ngân sách',
  '',
  missed.length === 0 ? '- Mọi ngân sách đo được đều đạt.' : missed.map((r) => {
    const q = ratio(r);
    const over = r.budget !== undefined && r.value! > r.budget ? `vượt ${formatInt(Math.round(((r.value! - r.budget) / r.budget) * 100))}% so với ${formatInt(r.budget)} ${r.unit}` : '';
    const overQ = r.budgetRatio !== undefined && q !== null && q > r.budgetRatio ? `tỷ số ${fmt(q)}× > ${fmt(r.budgetRatio)}×` : '';
    return `- KHÔNG ĐẠT — ${r.scale}, ${r.name}: ${[over, overQ].filter(Boolean).join('; ')}.`;
  }).join('\n'),
  ...(absent.length ? ['', ...absent.map((r) => `- CHƯA CÓ — ${r.scale}, ${r.name}: chức năng chưa có trong API khi chạy.`)] : []),
  '',
  ...DESIGN_NOTES,
];
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, markdown(rows, header, notes));
log(`Đã ghi ${out}`);
rmSync(work, { recursive: true, force: true });
