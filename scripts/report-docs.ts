/**
 * Every page of each document kind, at district scale (the demo, 2019) and province scale (a
 * synthetic province, its last year), as PNG in docs/reports/huyen/ and docs/reports/tinh/
 * (LibreOffice → PDF → pdftoppm), with docs/reports/README.md listing the pages, generation times
 * and sizes. Run: node scripts/report-docs.ts [--province tinh.sqlite]
 * Without --province a province is synthesized first (25.000 units, 500.000 members: minutes).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase, type DB } from '../db/open.ts';
import { listYears } from '../db/units.ts';
import { buildDemo } from '../demo/build.ts';
import { buildProvince } from '../synth/build.ts';
import { PROVINCE } from '../synth/options.ts';
import { getSettings, updateSettings } from '../settings/store.ts';
import { generateReport } from '../reports/generate.ts';
import { REPORT_KINDS, KINDS } from '../reports/kinds.ts';

const { values } = parseArgs({ options: { province: { type: 'string' }, runs: { type: 'string' } } });
const runs = Number(values.runs ?? 5);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'reports');
const work = mkdtempSync(join(tmpdir(), 'tochuc-'));

function province(): DB {
  const path = join(work, 'tinh.sqlite');
  if (values.province) copyFileSync(values.province, path);
  const db = openDatabase(path);
  if (!values.province) buildProvince(db, PROVINCE, (_d, t) => process.stderr.write(`${t}\n`));
  // A synthetic file written before synthetic signers existed: the same synthetic place and signer.
  const s = getSettings(db);
  if (!s.place.trim() || s.signers.length === 0)
    updateSettings(db, {
      place: 'Tỉnh lỵ',
      signers: [{ name: 'Người ký (dữ liệu tổng hợp)', title: 'BÍ THƯ', authority: 'T/M BAN THƯỜNG VỤ' }],
    });
  return db;
}

const demo = openDatabase(join(work, 'demo.sqlite'));
buildDemo(demo);
const scales = [
  { dir: 'huyen', name: 'Huyện (dữ liệu mẫu Quốc Oai)', db: demo, year: 2019 },
  { dir: 'tinh', name: 'Tỉnh (dữ liệu tổng hợp)', db: province(), year: 0 },
];
scales[1]!.year = Math.max(...listYears(scales[1]!.db));

const rows: string[] = [];
const pagesOf: Record<string, string[]> = {};
for (const s of scales) {
  rmSync(join(out, s.dir), { recursive: true, force: true });
  mkdirSync(join(out, s.dir), { recursive: true });
  const files: string[] = [];
  for (const kind of REPORT_KINDS) {
    const times: number[] = [];
    let bytes: Buffer = Buffer.alloc(0);
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      bytes = (await generateReport(s.db, { kind, year: s.year, date: `${s.year}-12-15`, preview: true })).bytes;
      times.push(performance.now() - t0);
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    const file = join(work, `${s.dir}-${kind}.docx`);
    writeFileSync(file, bytes);
    files.push(file);
    rows.push(
      `| ${s.name} | ${KINDS[kind].name} | ${times[0]!.toFixed(0)} ms | ${(warm[Math.floor(warm.length / 2)] ?? times[0]!).toFixed(0)} ms | ${(bytes.length / 1024).toFixed(1).replace('.', ',')} KiB |`,
    );
  }
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...files], {
    stdio: 'ignore',
  });
  for (const kind of REPORT_KINDS) {
    execFileSync('pdftoppm', ['-png', '-r', '60', join(work, `${s.dir}-${kind}.pdf`), join(work, `${s.dir}-${kind}`)]);
    const pages = readdirSync(work)
      .filter((f) => f.startsWith(`${s.dir}-${kind}-`) && f.endsWith('.png'))
      .sort();
    pagesOf[`${s.dir}/${kind}`] = pages.map((p, i) => {
      const name = `${kind}-${i + 1}.png`;
      renameSync(join(work, p), join(out, s.dir, name));
      return `${s.dir}/${name}`;
    });
    process.stdout.write(`docs/reports/${s.dir}/${kind}: ${pages.length} trang\n`);
  }
}

const md = [
  '# Văn bản mẫu, từng trang',
  '',
  'Tạo bằng `node scripts/report-docs.ts` (LibreOffice chuyển sang PDF, `pdftoppm` 60 dpi). Biểu đồ là biểu đồ Word gốc',
  '(sửa được số liệu trong Word), LibreOffice vẽ lại từ chính số liệu đó.',
  '',
  `Đo trong tiến trình, ${runs} lần mỗi loại, trên máy ${cpus().length} lõi với tải trung bình ${loadavg()[0]!.toFixed(1).replace('.', ',')} lúc đo`,
  '(máy dùng chung: số đo chỉ để so sánh giữa các loại). Tỉnh: 25.000 đơn vị, 500.000 đảng viên, năm cuối.',
  '',
  '| Quy mô | Loại văn bản | Lần đầu | Trung vị các lần sau | Cỡ tệp |',
  '|---|---|---:|---:|---:|',
  ...rows,
  '',
  ...Object.entries(pagesOf).flatMap(([k, pages]) => [`## ${k}`, '', ...pages.map((p) => `![${p}](${p})`), '']),
].join('\n');
writeFileSync(join(out, 'README.md'), md);
process.stdout.write(`${rows.join('\n')}\n`);
rmSync(work, { recursive: true, force: true });
