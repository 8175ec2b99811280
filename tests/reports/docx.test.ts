/** Each kind generated from the demo database (a real SQLite file), unzipped and read back as Word reads it. */
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/open.ts';
import { setFigure } from '../../db/figures.ts';
import { listUnits } from '../../db/units.ts';
import { updateSettings, getSettings } from '../../settings/store.ts';
import { generateReport, regenerateDocument } from '../../reports/generate.ts';
import { REPORT_KINDS, type ReportKind } from '../../reports/kinds.ts';
import { DEMO_MARK } from '../../reports/docx/write.ts';
import { demoCopy } from '../helpers/db.ts';
import { isBold, isItalic, paragraphOf, readDocx, runProps, sizeOf, type DocxParts } from './docx-read.ts';

const DATE = '2019-03-15';
let db: DB;
const docs = new Map<ReportKind, { bytes: Buffer; parts: DocxParts; documentId: number | null; number: string }>();

beforeAll(async () => {
  db = openDatabase(demoCopy());
  for (const kind of REPORT_KINDS) {
    const r = await generateReport(db, { kind, year: 2019, date: DATE });
    docs.set(kind, { bytes: r.bytes, parts: await readDocx(r.bytes), documentId: r.documentId, number: r.number });
  }
});

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

describe.each(REPORT_KINDS)('%s from the demo database', (kind) => {
  const get = () => docs.get(kind)!.parts;

  it('is A4 portrait with the margins of the profile, in twips, exact', () => {
    const f = getSettings(db).format;
    const { document } = get();
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const m = /<w:pgMar ([^>]*)\/>/.exec(document)![1]!;
    const attr = (n: string) => Number(new RegExp(`w:${n}="(\\d+)"`).exec(m)![1]);
    expect([attr('top'), attr('bottom'), attr('left'), attr('right')]).toEqual([
      twips(f.marginTopMm),
      twips(f.marginBottomMm),
      twips(f.marginLeftMm),
      twips(f.marginRightMm),
    ]);
    expect([attr('top'), attr('left'), attr('right')]).toEqual([1134, 1701, 850]); // 20, 30, 15 mm
  });

  it('sets Times New Roman in all four font slots and Vietnamese as the language', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(get().styles)![0];
    expect(defaults).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>',
    );
    expect(defaults).toContain('<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="vi-VN"/>');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    // No other font is named anywhere in the text or the styles.
    const slots = [...`${get().styles}${get().document}`.matchAll(/<w:rFonts ([^>]*)\/>/g)].flatMap((m) =>
      [...m[1]!.matchAll(/="([^"]+)"/g)].map((a) => a[1]),
    );
    const fonts = new Set(slots);
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('overrides the built-in headings: real Heading styles, black, not blue', () => {
    const { styles, document } = get();
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Title']) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(styles)![0];
      expect(style).toContain('<w:color w:val="000000"/>');
      expect(style).toContain('w:ascii="Times New Roman"');
    }
    expect(/<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>/.test(styles)).toBe(true);
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it('has the header block of design.md §4 with its sizes and styles', () => {
    const { document } = get();
    const party = runProps(document, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect([sizeOf(party), isBold(party)]).toEqual([15, true]);
    expect(paragraphOf(document, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toMatch(/<w:pBdr><w:bottom w:val="single"/); // the rule under it
    const superior = runProps(document, 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI');
    expect([sizeOf(superior), isBold(superior)]).toEqual([14, false]);
    const issuer = runProps(document, 'HUYỆN ỦY QUỐC OAI');
    expect([sizeOf(issuer), isBold(issuer)]).toEqual([14, true]);
    expect(sizeOf(runProps(document, '*'))).toBe(14);
    const number = runProps(document, `Số ${docs.get(kind)!.number}`);
    expect([sizeOf(number), isBold(number)]).toEqual([14, false]);
    expect(docs.get(kind)!.number).toMatch(kind === 'de-an' ? /^1-ĐA\/HU$/ : kind === 'ket-luan' ? /^1-TB\/HU$/ : /^\d-BC\/HU$/);
    const date = runProps(document, 'Quốc Oai, ngày 15 tháng 3 năm 2019');
    expect([sizeOf(date), isItalic(date)]).toEqual([14, true]);
    const title = { 'de-an': 'ĐỀ ÁN', 'bao-cao-hoi-nghi': 'BÁO CÁO', 'ket-luan': 'THÔNG BÁO KẾT LUẬN', 'bao-cao-xep-loai': 'BÁO CÁO' }[
      kind
    ];
    const t = runProps(document, title);
    expect([sizeOf(t), isBold(t)]).toEqual([16, true]);
  });

  it('lays the header block out as a borderless two-column table with DXA widths', () => {
    const { document } = get();
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)![0];
    expect(table).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect([...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)]).toHaveLength(2);
    expect(table).toMatch(/<w:tblW w:type="dxa" w:w="\d+"\/>/);
    expect(table).not.toMatch(/w:type="pct"/);
    expect(table).toMatch(/<w:top w:val="none"/);
    // Every table and cell width in the document is DXA: LibreOffice ignores percentages.
    expect(document).not.toMatch(/w:type="pct"/);
  });

  it('ends with "Nơi nhận:" and the signature block', () => {
    const { text, document } = get();
    expect(text).toContain('Nơi nhận:');
    expect(text).toMatch(/- Lưu Văn phòng Huyện ủy\./);
    // Recipients in 12 pt through their style, not formatting on each run.
    expect(paragraphOf(document, '- Lưu Văn phòng Huyện ủy.')).toContain('<w:pStyle w:val="Recipients"/>');
    expect(/<w:style [^>]*w:styleId="Recipients"[\s\S]*?<\/w:style>/.exec(get().styles)![0]).toContain('<w:sz w:val="24"/>');
    const signature = /<w:style [^>]*w:styleId="Signature"[\s\S]*?<\/w:style>/.exec(get().styles)![0];
    expect(isBold(signature)).toBe(true);
    for (const s of ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Văn Thọ'])
      expect(paragraphOf(document, s)).toContain('<w:pStyle w:val="Signature"/>');
  });

  it('numbers pages with a PAGE field in a header that is not on the first page', () => {
    const { document, headers } = get();
    expect(document).toContain('<w:titlePg/>');
    expect(headers.default).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    expect(headers.default).toContain('w:fldCharType="begin"');
    expect(headers.first).not.toContain('PAGE');
  });

  it('is marked as made from demo data', () => {
    const { headers, core } = get();
    expect(headers.first).toContain(DEMO_MARK);
    expect(headers.default).toContain(DEMO_MARK);
    expect(core).toContain(DEMO_MARK);
  });

  it('takes its file dates from the document date, not from the clock', () => {
    expect(get().core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${DATE}T00:00:00Z</dcterms:created>`);
    expect(get().core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${DATE}T00:00:00Z</dcterms:modified>`);
  });

  it('is produced again byte for byte from its record in the history', async () => {
    const again = await regenerateDocument(db, docs.get(kind)!.documentId!);
    expect(again.identical).toBe(true);
    expect(Buffer.compare(again.bytes, docs.get(kind)!.bytes)).toBe(0);
  });
});

describe('figures in the documents', () => {
  it('the đề án prints the seed figures, correctly rounded, the Vietnamese way', () => {
    const { text } = docs.get('de-an')!.parts;
    expect(text).toContain(
      'Năm 2019, Đảng bộ huyện Quốc Oai có 44 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở và 18 chi bộ cơ sở với 7.101 đảng viên.',
    );
    expect(text).toContain('221 chi bộ trực thuộc đảng bộ xã, thị trấn với 6.067 đảng viên, chiếm 85,44%');
    expect(text).toContain('45 chi bộ trực thuộc đảng bộ khối cơ quan với 474 đảng viên, chiếm 6,68%');
    expect(text).toContain('12 chi bộ trực thuộc đảng bộ khối doanh nghiệp với 114 đảng viên, chiếm 1,61%');
    expect(text).toContain('18 chi bộ cơ sở với 446 đảng viên, chiếm 6,28%');
    // The printed errors of the article never appear.
    for (const wrong of ['85,54%', '6.65%', '6,65%', '1,6%', '6,21%']) expect(text).not.toContain(wrong);
    // The table's total row, and the note that the rounded shares add to 100,01%.
    expect(text).toMatch(/Tổng cộng\n?296\n?7\.101\n?100%/);
    expect(text).toContain('100,01%');
  });

  it("the đề án has its standard parts, the chart and the plan's targets", () => {
    const { text, files, document } = docs.get('de-an')!.parts;
    for (const h of [
      'I- SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN',
      'II- THỰC TRẠNG TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN',
      'III- MỤC TIÊU',
      'IV- NHIỆM VỤ, GIẢI PHÁP',
      'V- LỘ TRÌNH, KINH PHÍ THỰC HIỆN',
      'VI- TỔ CHỨC THỰC HIỆN',
      'PHỤ LỤC',
    ]) {
      expect(paragraphOf(document, h)).toContain('<w:pStyle w:val="Heading1"/>');
    }
    expect(files.filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(1);
    expect(text).toContain('Hằng năm, 80% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên');
    expect(text).toContain('Chi bộ doanh nghiệp ngoài khu vực nhà nước');
  });

  it('the conference report compares with the previous year and judges the targets', () => {
    const { text, files } = docs.get('bao-cao-hoi-nghi')!.parts;
    expect(text).toContain('Năm 2018');
    // A change in words, never "+177".
    expect(text).toContain('So với năm 2018, số đảng viên toàn đảng bộ tăng 177 đảng viên (năm 2018: 6.924 đảng viên)');
    expect(text).not.toMatch(/thay đổi \+/);
    expect(text).toContain('đạt 2/13 chỉ tiêu đến hạn (trong 18 chỉ tiêu)');
    expect(text).toMatch(/Chưa đạt \(cần thêm \d+\)/);
    expect(text).toContain('Đạt');
    expect(files.filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(2); // targets met, years compared
  });

  it('the rating report checks "xuất sắc ≤ 20% of tốt" and names the TCCSĐ over the quota', () => {
    const { text } = docs.get('bao-cao-xep-loai')!.parts;
    expect(text).toContain('3- Kiểm tra tỷ lệ hoàn thành xuất sắc nhiệm vụ');
    expect(text).toContain('Đảng bộ xã Phượng Cách'); // the demo's commune over the quota in 2019
    expect(text).toContain('1/44 nơi vượt (Đảng bộ xã Phượng Cách vượt 18)');
    expect(text).toContain('Hoàn thành xuất sắc nhiệm vụ');
  });

  it('the conclusions carry the key figures', () => {
    const { text } = docs.get('ket-luan')!.parts;
    expect(text).toContain('44 tổ chức cơ sở đảng với 7.101 đảng viên, sinh hoạt tại 296 chi bộ');
  });
});

describe('determinism and history', () => {
  it('the same inputs give the same bytes; changed data changes a fresh document but not the recorded one', async () => {
    const path = demoCopy();
    const d = openDatabase(path);
    const a = await generateReport(d, { kind: 'de-an', year: 2019, date: DATE, number: 5 });
    const b = await generateReport(d, { kind: 'de-an', year: 2019, date: DATE, number: 5, preview: true });
    expect(Buffer.compare(a.bytes, b.bytes)).toBe(0);
    const cell = listUnits(d, 2019).find((u) => u.kind === 'baseCell')!;
    setFigure(d, 2019, cell.id, 'dang_vien', 999);
    const c = await generateReport(d, { kind: 'de-an', year: 2019, date: DATE, number: 5, preview: true });
    expect(c.sha256).not.toBe(a.sha256);
    expect((await readDocx(c.bytes)).text).not.toContain('7.101 đảng viên');
    const again = await regenerateDocument(d, a.documentId!);
    expect(again.identical).toBe(true);
    expect((await readDocx(again.bytes)).text).toContain('7.101 đảng viên');
    d.close();
  });

  it('a document made from real (not demo) data carries no demo mark', async () => {
    const d = openDatabase(demoCopy());
    updateSettings(d, { demo: false });
    const r = await generateReport(d, { kind: 'ket-luan', year: 2019, date: DATE });
    const parts = await readDocx(r.bytes);
    expect(`${parts.headers.first}${parts.headers.default}${parts.core}${parts.document}`).not.toContain('DỮ LIỆU MẪU');
    d.close();
  });

  it('takes the margins from a changed profile', async () => {
    const d = openDatabase(demoCopy());
    updateSettings(d, { format: { ...getSettings(d).format, marginTopMm: 25, marginBottomMm: 22, marginLeftMm: 35, marginRightMm: 20 } });
    const r = await generateReport(d, { kind: 'ket-luan', year: 2019, date: DATE, preview: true });
    expect((await readDocx(r.bytes)).document).toMatch(
      new RegExp(`<w:pgMar w:top="${twips(25)}" w:right="${twips(20)}" w:bottom="${twips(22)}" w:left="${twips(35)}"`),
    );
    expect(r.documentId).toBeNull();
    d.close();
  });
});
