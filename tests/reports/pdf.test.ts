/** Every kind opened by LibreOffice: converted to PDF, its text read back with pdftotext, its pages counted. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open.ts';
import { generateReport } from '../../reports/generate.ts';
import { REPORT_KINDS, type ReportKind } from '../../reports/kinds.ts';
import { demoCopy } from '../helpers/db.ts';

const dir = mkdtempSync(join(tmpdir(), 'tochuc-'));
const profile = `/tmp/lo-${randomBytes(6).toString('hex')}`;
const pdf = new Map<ReportKind, { text: string; pages: number }>();

beforeAll(async () => {
  const db = openDatabase(demoCopy());
  const files = [];
  for (const kind of REPORT_KINDS) {
    const r = await generateReport(db, { kind, year: 2019, date: '2019-03-15' });
    const file = join(dir, `${kind}.docx`);
    writeFileSync(file, r.bytes);
    files.push(file);
  }
  // One LibreOffice for all four files, with a profile of its own so parallel runs do not collide.
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  for (const kind of REPORT_KINDS) {
    const file = join(dir, `${kind}.pdf`);
    if (!existsSync(file)) throw new Error(`LibreOffice did not convert ${kind}.docx`);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    pdf.set(kind, { text, pages });
  }
  expect(readFileSync(join(dir, 'de-an.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
}, 180_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

/** pdftotext keeps words but not always the spacing between them. */
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('LibreOffice reads every kind', () => {
  it.each(REPORT_KINDS)('%s: header, kind, number and date are on page 1', (kind) => {
    const t = squash(pdf.get(kind)!.text);
    for (const s of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI',
      'HUYỆN ỦY QUỐC OAI',
      'Quốc Oai, ngày 15 tháng 3 năm 2019',
      'Nơi nhận:',
      'Nguyễn Văn Thọ',
    ]) {
      expect(t).toContain(s);
    }
    expect(t).toMatch(/Số \d+-(ĐA|BC|TB)\/HU/);
  });

  it('the đề án: headings, the seed figures and the targets; 2 to 6 pages', () => {
    const { text, pages } = pdf.get('de-an')!;
    const t = squash(text);
    for (const s of [
      'ĐỀ ÁN',
      'I- SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN',
      'III- MỤC TIÊU',
      'IV- NHIỆM VỤ, GIẢI PHÁP',
      'VI- TỔ CHỨC THỰC HIỆN',
    ])
      expect(t).toContain(s);
    for (const s of ['7.101', '6.067', '85,44%', '6,68%', '1,61%', '6,28%', '44 tổ chức cơ sở đảng']) expect(t).toContain(s);
    expect(t).toContain('80% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên');
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
  });

  it('the conference report: results against targets and the comparison with 2018', () => {
    const { text, pages } = pdf.get('bao-cao-hoi-nghi')!;
    const t = squash(text);
    for (const s of [
      'BÁO CÁO',
      'I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN',
      '2- Kết quả thực hiện các chỉ tiêu năm 2019',
      'III- ĐÁNH GIÁ CHUNG',
      '3- Bài học kinh nghiệm',
      'V- ĐỀ XUẤT, KIẾN NGHỊ',
      'Năm 2018',
      'Chưa đạt',
    ])
      expect(t).toContain(s);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(10);
  });

  it('the conclusions: one or two pages with the key figures', () => {
    const { text, pages } = pdf.get('ket-luan')!;
    const t = squash(text);
    for (const s of ['THÔNG BÁO KẾT LUẬN', '7.101 đảng viên', '296 chi bộ']) expect(t).toContain(s);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it('the rating report: levels, the 20% check and the commune over the quota', () => {
    const { text, pages } = pdf.get('bao-cao-xep-loai')!;
    const t = squash(text);
    for (const s of [
      'I- CÔNG TÁC TỔ CHỨC KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI',
      'Hoàn thành xuất sắc nhiệm vụ',
      'Đảng bộ xã Phượng Cách',
      '20%',
      'III- ĐÁNH GIÁ CHUNG',
    ])
      expect(t).toContain(s);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(6);
  });

  it('page numbers start on page 2', () => {
    // pdftotext separates pages with form feeds; page 1 has no number above the header, page 2 starts with "2".
    const pages = pdf.get('de-an')!.text.split('\f');
    expect(pages[0]!.trimStart().startsWith('DỮ LIỆU MẪU')).toBe(true);
    expect(pages[1]!.trimStart()).toMatch(/^2\s/);
  });
});
