/**
 * A template authored in Word, built here with docx as an office would make it in Word: its own
 * letterhead (in the page header and a borderless table), fields split across runs, a table block,
 * a chart block, a repeated section and a condition. Imported and used through the CLI, then the
 * document's text and figures are checked, and LibreOffice opens it.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { AlignmentType, BorderStyle, Document, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCopy, tempDir } from '../helpers/db.ts';
import { readDocx, textOf } from './docx-read.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;
const tochuc = (...args: string[]) => run(process.execPath, [bin, ...args], { encoding: 'utf8' });
async function fails(...args: string[]): Promise<string> {
  try {
    await tochuc(...args);
  } catch (e) {
    return (e as { stderr: string }).stderr;
  }
  throw new Error('expected the command to fail');
}

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const cell = (lines: string[]) =>
  new TableCell({
    width: { size: 4600, type: WidthType.DXA },
    borders: { top: none, bottom: none, left: none, right: none },
    children: lines.map(
      (t) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, bold: t.startsWith('{{co-quan-ban') })] }),
    ),
  });

/** Paragraph texts of the body, in order; `split` writes a field over several runs, as Word often stores one. */
function fixture(body: (string | { split: string[] } | Table)[], headerExtra = ' — {{nhiem-ky}}'): Promise<Buffer> {
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Arial', size: 26 } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [new TextRun({ text: `Mẫu riêng của {{co-quan-ban-hanh}}${headerExtra}`, italics: true, color: '1F3864' })],
              }),
            ],
          }),
        },
        children: body.map((b) =>
          b instanceof Table
            ? b
            : typeof b === 'string'
              ? new Paragraph({ children: [new TextRun(b)] })
              : new Paragraph({ children: b.split.map((t) => new TextRun(t)) }),
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const letterhead = new Table({
  columnWidths: [4600, 4600],
  rows: [
    new TableRow({
      children: [
        cell(['{{co-quan-cap-tren}}', '{{co-quan-ban-hanh}}', '*', '{{so-van-ban}}']),
        cell(['ĐẢNG CỘNG SẢN VIỆT NAM', '{{dia-danh-ngay}}']),
      ],
    }),
  ],
});

const GOOD: (string | { split: string[] } | Table)[] = [
  letterhead,
  'BÁO CÁO RIÊNG CỦA VĂN PHÒNG',
  { split: ['Năm {{nam}}, {{ten-dang-bo}} có ', '{{tong-', 'dang-vien}}', ' đảng viên.'] },
  '[[bang:nhom-chi-bo]]',
  '[[bieu-do:ty-le-dang-vien]]',
  '{% lap nhom %}',
  'Nhóm {{nhom.ten}}: {{nhom.chi-bo}} chi bộ, {{nhom.dang-vien}} đảng viên ({{nhom.ty-le}}).',
  '{% het-lap %}',
  '{% neu co-chi-tieu-chua-dat %}',
  'Còn chỉ tiêu chưa đạt: {{cau-ket-qua-chi-tieu}}.',
  '{% con-lai %}',
  'Mọi chỉ tiêu đến hạn đều đạt.',
  '{% het-neu %}',
  '[[noi-nhan-chu-ky]]',
  '@noi-nhan: Văn phòng {{cap-uy}} (để lưu).',
  '@ky-hieu: BC',
];

const dir = tempDir();
const db = demoCopy();
const profile = `/tmp/lo-${randomBytes(6).toString('hex')}`;
let out = '';
let text = '';
let zip: JSZip;

beforeAll(async () => {
  const mau = join(dir, 'mau.docx');
  writeFileSync(mau, await fixture(GOOD));
  const imported = await tochuc(
    'templates',
    '--db',
    db,
    '--import',
    mau,
    '--kind',
    'bao-cao-hoi-nghi',
    '--code',
    'ma-moi',
    '--name',
    'Mẫu của văn phòng',
  );
  expect(imported.stdout).toBe('Đã nhập mẫu Word "ma-moi" (bao-cao-hoi-nghi), phiên bản 1.\n');
  out = join(dir, 'bao-cao.docx');
  await tochuc(
    'report',
    '--db',
    db,
    '--kind',
    'bao-cao-hoi-nghi',
    '--year',
    '2019',
    '--template',
    'ma-moi',
    '--date',
    '2019-03-15',
    '--out',
    out,
  );
  const bytes = readFileSync(out);
  zip = await JSZip.loadAsync(bytes);
  text = (await readDocx(bytes)).text;
}, 120_000);

afterAll(() => rmSync(profile, { recursive: true, force: true }));

describe('a template authored in Word', () => {
  it("keeps the office's letterhead and fixed text, with its fields filled, in the header too", async () => {
    expect(text).toContain('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI');
    expect(text).toContain('HUYỆN ỦY QUỐC OAI');
    expect(text).toContain('Số 1-BC/HU');
    expect(text).toContain('Quốc Oai, ngày 15 tháng 3 năm 2019');
    expect(text).toContain('BÁO CÁO RIÊNG CỦA VĂN PHÒNG');
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/header\d*\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    // {{nhiem-ky}} is only in the header: filled all the same.
    expect(textOf(headers.join(''))).toContain('Mẫu riêng của HUYỆN ỦY QUỐC OAI — 2015 - 2020');
    // The office's own font stays: the template's styles are its own.
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:ascii="Arial"');
  });

  it('fills a field Word split over several runs', () => {
    expect(text).toContain('Năm 2019, Đảng bộ huyện Quốc Oai có 7.101 đảng viên.');
  });

  it("repeats the section once per group, with each group's figures", () => {
    expect(text).toContain('Nhóm Chi bộ trực thuộc đảng bộ xã, thị trấn: 221 chi bộ, 6.067 đảng viên (85,44%).');
    expect(text).toContain('Nhóm Chi bộ trực thuộc đảng bộ khối cơ quan: 45 chi bộ, 474 đảng viên (6,68%).');
    expect(text).toContain('Nhóm Chi bộ trực thuộc đảng bộ khối doanh nghiệp: 12 chi bộ, 114 đảng viên (1,61%).');
    expect(text).toContain('Nhóm Chi bộ cơ sở: 18 chi bộ, 446 đảng viên (6,28%).');
  });

  it('keeps the branch of the condition that holds', () => {
    expect(text).toContain('Còn chỉ tiêu chưa đạt: đạt 2/13 chỉ tiêu đến hạn (trong 18 chỉ tiêu).');
    expect(text).not.toContain('Mọi chỉ tiêu đến hạn đều đạt.');
  });

  it('puts the table, the native chart and the signature block where the blocks were', async () => {
    expect(text).toContain('Bảng 1. Chi bộ và đảng viên theo nhóm chi bộ, năm 2019');
    expect(text).toMatch(/Tổng cộng\n?296\n?7\.101\n?100%/);
    const charts = Object.keys(zip.files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    expect(await zip.file(charts[0]!)!.async('string')).toContain('6.067 (85,44%)');
    expect(text).toContain('Nơi nhận:');
    // @ paragraphs are read, not printed: the recipient is in the block, the line itself gone.
    expect(text).toContain('- Văn phòng Huyện ủy (để lưu).');
    expect(text).not.toContain('@noi-nhan');
    expect(text).toContain('Nguyễn Văn Thọ');
    for (const raw of ['{{', '}}', '[[', ']]', '{%', '%}']) expect(text).not.toContain(raw);
    // The table styles the template lacked were added to it.
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:styleId="TableText"');
  });

  it('is recorded, exported as the same .docx, and opens in LibreOffice', async () => {
    const again = join(dir, 'mau-ra.docx');
    await tochuc('templates', '--db', db, '--export', 'ma-moi', '--out', again);
    expect(readFileSync(again).subarray(0, 2).toString()).toBe('PK');
    const list = await tochuc('templates', '--db', db);
    expect(list.stdout).toMatch(/ma-moi\s+bao-cao-hoi-nghi\s+1\s+Word/);
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const pdf = join(dir, 'bao-cao.pdf');
    expect(existsSync(pdf)).toBe(true);
    const t = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(t).toContain('7.101 đảng viên');
    expect(t).toContain('6.067 (85,44%)');
  }, 120_000);
});

describe('a text template taken to Word and back', () => {
  it('exports as a .docx with the letterhead fields, imports as a Word template and makes the same kind of document', async () => {
    const mau = join(dir, 'ket-luan.docx');
    await tochuc('templates', '--db', db, '--export', 'ket-luan', '--out', mau);
    const exported = await readDocx(readFileSync(mau));
    for (const s of [
      '{{co-quan-ban-hanh}}',
      '{{so-van-ban}}',
      '{{dia-danh-ngay}}',
      'THÔNG BÁO KẾT LUẬN',
      '@ky-hieu: TB',
      '{% lap han-che %}',
      '[[noi-nhan-chu-ky]]',
    ])
      expect(exported.text).toContain(s);
    expect(exported.document).toContain('<w:pStyle w:val="Heading1"/>');
    await tochuc('templates', '--db', db, '--import', mau, '--kind', 'ket-luan', '--code', 'ket-luan-word');
    const out2 = join(dir, 'kl.docx');
    const r = JSON.parse(
      (
        await tochuc(
          'report',
          '--db',
          db,
          '--kind',
          'ket-luan',
          '--year',
          '2019',
          '--template',
          'ket-luan-word',
          '--date',
          '2019-04-01',
          '--out',
          out2,
          '--json',
        )
      ).stdout,
    );
    expect(r.number).toBe('1-TB/HU');
    const t = (await readDocx(readFileSync(out2))).text;
    for (const s of [
      'HUYỆN ỦY QUỐC OAI',
      'Số 1-TB/HU',
      'THÔNG BÁO KẾT LUẬN',
      '44 tổ chức cơ sở đảng với 7.101 đảng viên, sinh hoạt tại 296 chi bộ',
      'Lưu Văn phòng Huyện ủy.',
      'Nguyễn Văn Thọ',
    ])
      expect(t).toContain(s);
    for (const raw of ['{{', '[[', '{%', '@ky-hieu', '**']) expect(t).not.toContain(raw);
  });
});

describe('a Word template with mistakes', () => {
  it('is refused with every problem, each with its paragraph and the nearest names; nothing is stored', async () => {
    const bad = join(dir, 'sai.docx');
    writeFileSync(
      bad,
      await fixture(
        ['Tiêu đề', 'Có {{tong-dang-vienn}} đảng viên.', '[[bang:nhom-chibo]]', '{% lap nhom %}', '{{nhom.tenn}}', '{% if x %}'],
        ' {{nhiem-kyy}}',
      ),
    );
    const err = await fails('templates', '--db', db, '--import', bad, '--kind', 'de-an', '--code', 'sai');
    expect(err).toContain('Mẫu "sai" có 6 lỗi:');
    expect(err).toContain('- Đầu trang, chân trang: không có trường "{{nhiem-kyy}}". Có phải "{{nhiem-ky}}"');
    expect(err).toContain('- Đoạn 2: không có trường "{{tong-dang-vienn}}". Có phải "{{tong-dang-vien}}"');
    expect(err).toContain('- Đoạn 3: không có khối "[[bang:nhom-chibo]]". Có phải "[[bang:nhom-chi-bo]]"');
    expect(err).toContain('- Đoạn 4: {% lap nhom %} thiếu {% het-lap %}.');
    expect(err).toContain('- Đoạn 5: danh sách "nhom" không có trường "tenn". Có phải "{{nhom.ten}}"');
    expect(err).toContain('- Đoạn 6: không có lệnh "{% if x %}"');
    expect(err).not.toContain('cau-nhom-chi-bo');
    expect((await tochuc('templates', '--db', db)).stdout).not.toContain('sai');
  });

  it('needs a kind and a code', async () => {
    const mau = join(dir, 'mau2.docx');
    writeFileSync(mau, await fixture(['Năm {{nam}}.']));
    expect(await fails('templates', '--db', db, '--import', mau, '--code', 'x')).toContain('Nhập mẫu Word cần --kind');
  });
});
