/**
 * Layout as an office does it, at district (demo) and province scale: the signature block never alone
 * on a page (read page by page from LibreOffice's PDF), table titles and units, merged group cells,
 * the rounding note only where due; wording from the profile (a commune never says "Huyện ủy");
 * the quota checked for each kind the settings turn on.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/open.ts';
import { updateSettings } from '../../settings/store.ts';
import { listUnits } from '../../db/units.ts';
import { generateReport } from '../../reports/generate.ts';
import { REPORT_KINDS } from '../../reports/kinds.ts';
import { bodyName } from '../../reports/figures/collect.ts';
import { demoCopy } from '../helpers/db.ts';
import { smallProvince } from '../scale/helpers.ts';
import { readDocx } from './docx-read.ts';

const dir = mkdtempSync(join(tmpdir(), 'tochuc-'));
const profile = `/tmp/lo-${randomBytes(6).toString('hex')}`;
const SIGNER = { name: 'Trần Thị Bình', title: 'BÍ THƯ', authority: 'T/M BAN THƯỜNG VỤ' };
const pages = new Map<string, string[]>();
const texts = new Map<string, string>();

function provinceDb(): DB {
  const { db } = smallProvince();
  updateSettings(db, { place: 'Phủ Lý', signers: [SIGNER], issuingBody: 'TỈNH ỦY HÀ NAM', committeeName: 'Đảng bộ tỉnh Hà Nam' });
  return db;
}

beforeAll(async () => {
  const demo = openDatabase(demoCopy());
  const province = provinceDb();
  const files: string[] = [];
  for (const [scale, db, year] of [
    ['huyen', demo, 2019],
    ['tinh', province, 2025],
  ] as const) {
    for (const kind of REPORT_KINDS) {
      const r = await generateReport(db, { kind, year, date: `${year}-12-15`, preview: true });
      const file = join(dir, `${scale}-${kind}.docx`);
      writeFileSync(file, r.bytes);
      files.push(file);
      texts.set(`${scale}-${kind}`, (await readDocx(r.bytes)).text);
    }
  }
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    stdio: 'ignore',
    timeout: 240_000,
  });
  for (const f of files) {
    const key = f.slice(dir.length + 1, -'.docx'.length);
    pages.set(
      key,
      execFileSync('pdftotext', ['-layout', f.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' })
        .split('\f')
        .filter((p) => p.trim()),
    );
  }
}, 300_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

const KEYS = (['huyen', 'tinh'] as const).flatMap((s) => REPORT_KINDS.map((k) => `${s}-${k}`));

describe('the signature block is never alone on a page', () => {
  it.each(KEYS)('%s', (key) => {
    const ps = pages.get(key)!;
    const page = ps.find((p) => p.includes('Nơi nhận:'))!;
    expect(page, `${key}: no page with "Nơi nhận:"`).toBeDefined();
    // What the page shows above the block, without the page number and the demo mark of the header.
    const above = page
      .slice(0, page.indexOf('Nơi nhận:'))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/^\d+$/.test(l) && !l.startsWith('DỮ LIỆU MẪU'));
    expect(above.length, `${key}: the signature block starts its page`).toBeGreaterThan(0);
    // The block itself is whole: the signer's name is on the same page as "Nơi nhận:".
    expect(page).toContain(key.startsWith('huyen') ? 'Nguyễn Văn Thọ' : SIGNER.name);
  });
});

describe('tables as offices draw them', () => {
  it('numbers the tables and says their unit; the rounding note appears once, only where shares miss 100%', () => {
    const t = texts.get('huyen-bao-cao-hoi-nghi')!;
    expect(t).toContain('Bảng 1. Chi bộ và đảng viên theo nhóm chi bộ, năm 2019');
    expect(t).toContain('Bảng 2. Số chi bộ, đảng viên theo nhóm chi bộ, năm 2018, 2019');
    expect(t).toContain('Bảng 3. Kết quả thực hiện các chỉ tiêu năm 2019');
    expect(t).toContain('Đơn vị tính: đơn vị, đảng viên, %');
    // 2019's shares add to 100,01%: one note under that table.
    expect(t.match(/Các tỷ lệ đã làm tròn cộng lại bằng 100,01%/g)).toHaveLength(1);
    expect(t).not.toMatch(/Ghi chú: Tỷ lệ trong ngoặc/);
  });

  it('count and share sit in columns of their own', () => {
    const t = texts.get('huyen-bao-cao-hoi-nghi')!;
    // "6.067" and "85,44%" are separate cells, never "6.067 (85,44%)" in one.
    expect(t).toMatch(/\n6\.067\n85,44%\n/);
    const x = texts.get('huyen-bao-cao-xep-loai')!;
    expect(x).toMatch(/\n33\n14,93%\n/);
    // No cell holds a count with its share in brackets.
    for (const key of KEYS) expect(texts.get(key)!, key).not.toMatch(/^[\d.]+ \(\d+,\d+%\)$/m);
  });

  it('merges the cells of a group of targets into one', async () => {
    const db = openDatabase(demoCopy());
    const r = await generateReport(db, { kind: 'bao-cao-hoi-nghi', year: 2019, date: '2019-03-15', preview: true });
    const { document } = await readDocx(r.bytes);
    expect(document).toContain('<w:vMerge w:val="restart"/>');
    const table = document.slice(document.indexOf('Kết quả thực hiện các chỉ tiêu năm 2019'));
    // "Chi bộ thôn, tổ dân phố" is written once, in a merged cell over its targets.
    expect(table.match(/<w:t[^>]*>Chi bộ thôn, tổ dân phố<\/w:t>/g)).toHaveLength(1);
  });

  it('keeps headings, table titles and the rows of a short table with what follows', async () => {
    const db = openDatabase(demoCopy());
    const r = await generateReport(db, { kind: 'de-an', year: 2019, date: '2019-03-15', preview: true });
    const { styles } = await readDocx(r.bytes);
    for (const id of ['Heading1', 'TableTitle', 'TableUnit', 'RecipientsHead', 'Signature']) {
      expect(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?<w:keepNext/>[\\s\\S]*?</w:style>`).test(styles), id).toBe(true);
    }
  });
});

describe('wording from the profile', () => {
  it("a commune's documents name its own bodies, never a district's", async () => {
    const db = openDatabase(demoCopy());
    updateSettings(db, {
      level: 'xa',
      committeeName: 'Đảng bộ xã Quốc Oai',
      shortName: 'Đảng ủy xã',
      advisoryBody: 'Ban Xây dựng Đảng',
      issuingBody: 'ĐẢNG ỦY XÃ QUỐC OAI',
      issuerCode: 'ĐU',
    });
    // Units keep the names they have in the data ("Chi bộ Văn phòng Huyện ủy"): only the wording is checked.
    const names = listUnits(db, 2019)
      .map((u) => u.name)
      .sort((a, b) => b.length - a.length);
    for (const kind of REPORT_KINDS) {
      let { text } = await readDocx((await generateReport(db, { kind, year: 2019, date: '2019-03-15', preview: true })).bytes);
      for (const n of names) text = text.split(n).join('');
      for (const wrong of ['Huyện ủy', 'Ban Tổ chức Huyện ủy', 'Thành ủy', 'HUYỆN ỦY'])
        expect(text, `${kind}: ${wrong}`).not.toContain(wrong);
      expect(text).toContain('Đảng ủy xã');
    }
    const { text } = await readDocx((await generateReport(db, { kind: 'de-an', year: 2019, date: '2019-03-15', preview: true })).bytes);
    expect(text).toContain('Ban Xây dựng Đảng chủ trì');
    expect(text).toContain('Ban Thường vụ Đảng bộ thành phố Hà Nội (để báo cáo)');
    expect(text).toContain('Lưu Văn phòng Đảng ủy xã.');
  });

  it("the district demo keeps the seed's wording", () => {
    const t = texts.get('huyen-de-an')!;
    for (const s of [
      'Ban Thường vụ Thành ủy (để báo cáo)',
      'Ban Tổ chức Thành ủy (để báo cáo)',
      'Ban Tổ chức Huyện ủy chủ trì',
      'Lưu Văn phòng Huyện ủy.',
    ])
      expect(t).toContain(s);
  });

  it("writes a superior body's name the way a sentence does", () => {
    expect(bodyName('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI')).toBe('Đảng bộ thành phố Hà Nội');
    expect(bodyName('ĐẢNG BỘ TỈNH HÀ NAM')).toBe('Đảng bộ tỉnh Hà Nam');
  });

  it('the rating report cites the rule in force for its year', () => {
    expect(texts.get('huyen-bao-cao-xep-loai')).toContain('Thực hiện Quy định số 132-QĐ/TW, ngày 08/3/2018 của Bộ Chính trị');
    expect(texts.get('tinh-bao-cao-xep-loai')).toContain('Thực hiện Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị');
  });
});

describe('the quota per kind, as set in settings', () => {
  it('checks only the kinds turned on, and says which', async () => {
    const db = openDatabase(demoCopy());
    const gen = async () =>
      (await readDocx((await generateReport(db, { kind: 'bao-cao-xep-loai', year: 2019, date: '2019-03-15', preview: true })).bytes)).text;
    const members = await gen();
    expect(members).toContain(
      'Đảng viên (số đảng viên hoàn thành xuất sắc nhiệm vụ không quá 20% số đảng viên hoàn thành tốt nhiệm vụ trong mỗi tổ chức cơ sở đảng)',
    );
    expect(members).not.toContain('Chi bộ trực thuộc (số chi bộ trực thuộc');
    updateSettings(db, { quota: { members: false, baseOrgs: true, cells: true } });
    const units = await gen();
    expect(units).not.toContain('Đảng viên (số đảng viên hoàn thành xuất sắc');
    expect(units).toMatch(
      /Tổ chức cơ sở đảng \(số tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ không quá 20% số tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trong toàn đảng bộ\): (đã kiểm tra 1 nơi|1\/1 nơi vượt)/,
    );
    expect(units).toMatch(
      /Chi bộ trực thuộc \(số chi bộ trực thuộc hoàn thành xuất sắc nhiệm vụ không quá 20% số chi bộ trực thuộc hoàn thành tốt nhiệm vụ trong mỗi đảng bộ cơ sở\): (đã kiểm tra 26 nơi|\d+\/26 nơi vượt)/,
    );
    updateSettings(db, { quota: { members: false, baseOrgs: false, cells: false } });
    expect(await gen()).toContain('Cài đặt không bật kiểm tra tỷ lệ hoàn thành xuất sắc nhiệm vụ cho loại nào.');
  });
});

describe('column widths', () => {
  it('a column is at least as wide as its longest figure, so province figures never wrap', async () => {
    const { columnWidths } = await import('../../reports/docx/body.ts');
    const t = {
      head: [],
      rows: [
        ['Chi bộ trực thuộc đảng bộ xã, thị trấn', '400.034', '45.956', '11,49%'],
        ['Tổng cộng', '476.735', '54.630', '11,46%'],
      ],
      align: [],
      widths: [40, 20, 5, 5],
      boldRows: [],
      note: null,
    };
    const w = columnWidths(t as never, 9355);
    expect(w.reduce((a, b) => a + b, 0)).toBe(9355);
    // Times digits are half an em (120 twips at 12 pt), "%" a whole one, "." and "," about a quarter.
    for (const [c, min] of [
      [1, 6 * 120 + 70],
      [2, 5 * 120 + 70],
      [3, 4 * 120 + 70 + 240],
    ] as const)
      expect(w[c]!).toBeGreaterThanOrEqual(min + 134);
    // The weights still decide where the rest goes: the label column stays the widest.
    expect(w[0]!).toBeGreaterThan(w[1]!);
  });
});
