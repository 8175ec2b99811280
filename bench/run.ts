/**
 * npm run bench: the app's speed at district scale (the demo) and province scale (a synthetic
 * province), each figure the median of several runs next to a baseline measured in the same run,
 * printed and written to docs/benchmarks.md.
 *
 *   node bench/run.ts [--runs 7] [--out docs/benchmarks.md] [--cache DIR] [--units N --members N --years N] [--import-rows N]
 *                     [--scale 2] [--scaling 0.25,0.5,1,2]
 *   node bench/run.ts --tiny --out /tmp/b.md     (seconds: the CI smoke run)
 *   node bench/run.ts --only web [--out /tmp/web.md]   (only the browser rows, both scales; the page only with --out)
 * --scale: provinces' worth of data for the main rows (2: twice a province); --scaling: the files of
 * the scaling table, in provinces (empty: no table; the smoke run has none).
 */
import { listUnits } from '../db/units.ts';
import { mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PROVINCE, type SynthOptions } from '../synth/options.ts';
import { sqliteVersion } from '../db/baselines.ts';
import { formatInt } from '../format/vi.ts';
import { buildDistrict, provinceFile } from './files.ts';
import { openScale } from './cases/context.ts';
import { GROWTH_BUDGET } from './budgets.ts';
import { statsRows } from './cases/stats.ts';
import { documentRows } from './cases/documents.ts';
import { importRows } from './cases/import.ts';
import { cliRow, coldRow, openRows, rssRow } from './cases/process.ts';
import { webRows } from './cases/web.ts';
import { growth, scalingMarkdown, type ScaleLine } from './scaling.ts';
import { markdown, terminalTable } from './report.ts';
import { ratio, withinBudget, type Row } from './row.ts';
import { DESIGN_NOTES } from './notes.ts';

const { values } = parseArgs({
  options: {
    tiny: { type: 'boolean' },
    runs: { type: 'string' },
    out: { type: 'string' },
    cache: { type: 'string' },
    units: { type: 'string' },
    members: { type: 'string' },
    years: { type: 'string' },
    'import-rows': { type: 'string' },
    scale: { type: 'string' },
    scaling: { type: 'string' },
    only: { type: 'string' },
  },
});
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tiny = values.tiny === true;
const int = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));
const runs = int(values.runs, tiny ? 1 : 7);
const slowRuns = tiny ? 1 : Math.max(3, Math.round(runs / 2));
/** Provinces' worth of data for the main rows (--scale 2: twice a province). */
const scale = Number(values.scale ?? 1);
const baseSynth: SynthOptions = {
  ...PROVINCE,
  units: int(values.units, tiny ? 300 : PROVINCE.units),
  members: int(values.members, tiny ? 6_000 : PROVINCE.members),
  years: int(values.years, tiny ? 5 : PROVINCE.years),
};
const synthAt = (f: number): SynthOptions => ({
  ...baseSynth,
  units: Math.round(baseSynth.units * f),
  members: Math.round(baseSynth.members * f),
});
const synth = synthAt(scale);
/** The scaling table's files, in provinces; none in the smoke run. */
const scaling = (values.scaling ?? (tiny ? '' : '0.25,0.5,1,2')).split(',').filter(Boolean).map(Number);
const importCount = int(values['import-rows'], tiny ? 300 : 100_000);
const out = resolve(values.out ?? join(root, 'docs', 'benchmarks.md'));
const cache = resolve(values.cache ?? join(tmpdir(), 'bench-tochuc-cache'));
const log = (s: string) => process.stderr.write(`${s}\n`);
const factorLabel = (f: number) => {
  const name = f === 1 ? 'Tỉnh' : `${({ 0.25: '¼', 0.5: '½' } as Record<number, string>)[f] ?? String(f).replace('.', ',')} tỉnh`;
  return tiny ? `${name} (thu nhỏ)` : name;
};

const work = mkdtempSync(join(tmpdir(), 'bench-tochuc-'));
mkdirSync(cache, { recursive: true });
const loadBefore = loadavg();
const started = new Date();
const rows: Row[] = [];

const district = openScale('Huyện (mẫu)', await buildDistrict(work), 'district', runs);
/** The browser rows need Chromium and half a minute per visit: not in the smoke run unless asked for. */
const withWeb = !tiny || values.only === 'web';
if (values.only === 'web') {
  district.ctx.session.db.close();
  const file = await provinceFile(cache, synth, log);
  const province = openScale(factorLabel(scale), file.path, 'province', slowRuns, scale);
  province.ctx.session.db.close();
  const webOnly = [...(await webRows(district, slowRuns, log)), ...(await webRows(province, slowRuns, log))];
  process.stdout.write(`${terminalTable(webOnly)}\n`);
  if (values.out) writeFileSync(resolve(values.out), markdown(webOnly, { title: 'Đo giao diện web', lines: [] }, []));
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
const districtUnits = listUnits(district.ctx.session.db, district.last).length;
const sqlite = sqliteVersion(district.ctx.session.db);
log(`${district.label}: thống kê, văn bản …`);
rows.push(...(await statsRows(district)), ...(await documentRows(district, slowRuns)));
district.ctx.session.db.close();
if (withWeb) rows.push(...(await webRows(district, slowRuns, log)));
log(`${district.label}: mở tệp, khởi động …`);
rows.push(...(await openRows(district, runs, work)), cliRow(district, slowRuns));
// The smoke run starts fresh processes at one scale only: each costs a second of module loading.
if (!tiny) rows.push(coldRow(district, slowRuns), rssRow(district));

async function fileAt(f: number): Promise<{ path: string; built: boolean; ms: number }> {
  return provinceFile(cache, synthAt(f), log);
}

/** The scaling table's measures on one file (at --scale too: the main rows have these and more, taken earlier in the run). */
async function scaleLine(f: number): Promise<ScaleLine> {
  const o = synthAt(f);
  const file = await fileAt(f);
  const before = loadavg()[0]!;
  // As many runs as the main rows: the growth from one province to two compares their medians.
  const s = openScale(factorLabel(f), file.path, 'province', runs, f);
  log(`${s.label}: bảng theo quy mô …`);
  const r = [...(await statsRows(s, { spans: [5], screens: false })), ...(await documentRows(s, slowRuns))];
  s.ctx.session.db.close();
  r.push(...(await openRows(s, runs, work)), rssRow(s));
  return {
    label: s.label,
    factor: f,
    units: o.units,
    members: o.members,
    fileMB: statSync(file.path).size / 2 ** 20,
    loadBefore: before,
    loadAfter: loadavg()[0]!,
    rows: r,
  };
}

const prov = await fileAt(scale);
const province = openScale(factorLabel(scale), prov.path, 'province', runs, scale);
log(`${province.label}: thống kê …`);
const provRows: Row[] = [...(await statsRows(province))];
log(`${province.label}: văn bản …`);
provRows.push(...(await documentRows(province, slowRuns)));
log(`${province.label}: nhập danh sách ${importCount} đảng viên …`);
provRows.push(...(await importRows(province, work, importCount, slowRuns)));
province.ctx.session.db.close();
if (withWeb) provRows.push(...(await webRows(province, slowRuns, log)));
log(`${province.label}: mở tệp, khởi động nguội, bộ nhớ …`);
provRows.push(...(await openRows(province, runs, work)), coldRow(province, slowRuns), rssRow(province));
rows.push(...provRows);

// Every line of the scaling table, the main scale's too, is measured in this pass, one after the other: the
// growth from one size to the next compares measures taken in the same state of the process. (Taken from the
// main rows, the one-province line was measured at the start of the run with little in memory, the
// two-province line near its end: checks.year's growth read 2,39× where the two alone measured 2,05×.)
const lines: ScaleLine[] = [];
for (const f of scaling) lines.push(await scaleLine(f));

const loadAfter = loadavg();
process.stdout.write(`${terminalTable(rows)}\n`);

// The main rows, then the scaling table's own lines (the line at --scale measured again).
const missed = [...rows, ...lines.flatMap((l) => l.rows)].filter((r) => withinBudget(r) === false);
const grown = growth(lines).filter((g) => !g.ok);
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
    `- ${province.label}: \`tochuc synth --units ${synth.units} --members ${synth.members} --years ${synth.years}\` (hạt giống ${synth.seed}), ${province.years[0]}–${province.last}` +
      (prov.built ? `, tạo trong ${formatInt(Math.round(prov.ms / 1000))} giây.` : ', lấy từ bộ đệm của lần chạy trước.'),
  ],
};
const notes = [
  '## Ngân sách',
  '',
  missed.length + grown.length === 0
    ? '- Mọi ngân sách đo được đều đạt.'
    : missed
        .map((r) => {
          const q = ratio(r);
          const over =
            r.budget !== undefined && r.value! > r.budget
              ? `vượt ${formatInt(Math.round(((r.value! - r.budget) / r.budget) * 100))}% so với ${formatInt(r.budget)} ${r.unit}`
              : '';
          const overQ = r.budgetRatio !== undefined && q !== null && q > r.budgetRatio ? `tỷ số ${fmt(q)}× > ${fmt(r.budgetRatio)}×` : '';
          return `- KHÔNG ĐẠT — ${r.scale}, ${r.name}: ${[over, overQ].filter(Boolean).join('; ')}.`;
        })
        .join('\n'),
  ...grown.map((g) => `- KHÔNG ĐẠT — tăng từ 1 lên 2 tỉnh, ${g.name}: ${fmt(g.app)}× > ${fmt(GROWTH_BUDGET)}×.`),
  ...(absent.length ? ['', ...absent.map((r) => `- CHƯA CÓ — ${r.scale}, ${r.name}: chức năng chưa có trong API khi chạy.`)] : []),
  '',
  ...(lines.length ? scalingMarkdown(lines) : []),
  ...DESIGN_NOTES,
];
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, markdown(rows, header, notes));
log(`Đã ghi ${out}`);
rmSync(work, { recursive: true, force: true });
