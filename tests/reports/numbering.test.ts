/** Numbers that cannot collide, terms that follow the date, dates that exist, and settings that must be filled first. */
import { describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/open.ts';
import { listDocuments } from '../../db/reports.ts';
import { getSettings, updateSettings } from '../../settings/store.ts';
import { generateReport } from '../../reports/generate.ts';
import { checkDate, suggestNumber, termForDate, todayInVietnam } from '../../reports/numbering.ts';
import { demoCopy, tempDir } from '../helpers/db.ts';
import { join } from 'node:path';

const TERMS = [
  { name: '2015 - 2020', startYear: 2015, endYear: 2020 },
  { name: '2020 - 2025', startYear: 2020, endYear: 2025 },
];

function demo(): DB {
  const db = openDatabase(demoCopy());
  updateSettings(db, { terms: TERMS });
  return db;
}

const ket = (db: DB, date: string, extra: object = {}) => generateReport(db, { kind: 'ket-luan', year: 2019, date, ...extra });

describe('dates', () => {
  it('refuses dates the calendar does not have, and says why', () => {
    expect(() => checkDate('2019-02-30')).toThrow('Ngày "2019-02-30" không có: tháng 2 năm 2019 chỉ có 28 ngày.');
    expect(() => checkDate('2019-13-01')).toThrow('không có tháng 13');
    expect(() => checkDate('15/03/2019')).toThrow('ghi theo dạng năm-tháng-ngày');
    expect(checkDate('2020-02-29')).toBe('2020-02-29');
  });

  it('today is the date in Vietnam, not in UTC', () => {
    // 18:30 UTC is 01:30 the next morning in Hà Nội.
    expect(todayInVietnam(new Date('2026-12-01T18:30:00Z'))).toBe('2026-12-02');
    expect(todayInVietnam(new Date('2026-12-01T16:59:59Z'))).toBe('2026-12-01');
    expect(todayInVietnam(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });

  it('a document dated 2019-02-30 is refused and nothing is recorded', async () => {
    const db = demo();
    await expect(ket(db, '2019-02-30')).rejects.toThrow('chỉ có 28 ngày');
    expect(listDocuments(db)).toHaveLength(0);
  });
});

describe('terms follow the date', () => {
  it('picks the term of the date; the congress year belongs to the term it opens', () => {
    const s = { ...getSettings(demo()), terms: TERMS };
    expect(termForDate(s, '2019-03-15').name).toBe('2015 - 2020');
    expect(termForDate(s, '2021-06-01').name).toBe('2020 - 2025');
    expect(termForDate(s, '2020-11-01').name).toBe('2020 - 2025');
    expect(() => termForDate(s, '2031-01-05')).toThrow(/không thuộc nhiệm kỳ nào trong Cài đặt.*Nhiệm kỳ/);
  });

  it('without a list of terms, the one term of the settings numbers every document', () => {
    const s = { ...getSettings(demo()), terms: [] };
    expect(termForDate(s, '2031-01-05').name).toBe('2015 - 2020');
  });

  it('a date in a new term restarts the numbering; the history shows term and number', async () => {
    const db = demo();
    expect((await ket(db, '2019-03-15')).number).toBe('1-TB/HU');
    expect((await ket(db, '2019-04-15')).number).toBe('2-TB/HU');
    const next = await ket(db, '2021-01-10');
    expect([next.number, next.term]).toEqual(['1-TB/HU', '2020 - 2025']);
    expect(suggestNumber(db, getSettings(db), 'TB', '2019-12-01').seq).toBe(3);
    expect(suggestNumber(db, getSettings(db), 'TB', '2022-12-01').seq).toBe(2);
    expect(listDocuments(db).map((d) => [d.term, d.number])).toEqual([
      ['2020 - 2025', '1-TB/HU'],
      ['2015 - 2020', '2-TB/HU'],
      ['2015 - 2020', '1-TB/HU'],
    ]);
  });
});

describe('a number is held by one document', () => {
  it('refuses a used number, naming the document that holds it and the next free one', async () => {
    const db = demo();
    const first = await ket(db, '2019-03-15', { number: 5 });
    await expect(ket(db, '2019-03-20', { number: 5 })).rejects.toThrow(
      `Số 5-TB/HU của nhiệm kỳ 2015 - 2020 đã dùng cho văn bản ${first.documentId} (ket-luan, ngày 15/3/2019). Chọn số khác (số còn trống tiếp theo: 6)`,
    );
    expect(listDocuments(db)).toHaveLength(1);
    // The same number in the next term is free.
    expect((await ket(db, '2021-03-20', { number: 5 })).number).toBe('5-TB/HU');
  });

  it('a document marked as replacing the draft takes its number; the draft stays in the history as replaced', async () => {
    const db = demo();
    const draft = await ket(db, '2019-03-15');
    const final = await ket(db, '2019-03-16', { number: draft.seq, replaces: draft.documentId });
    expect(final.number).toBe(draft.number);
    const rows = listDocuments(db);
    expect(rows.find((r) => r.id === draft.documentId)).toMatchObject({ replacedBy: final.documentId, replaces: null });
    expect(rows.find((r) => r.id === final.documentId)).toMatchObject({ replaces: draft.documentId, replacedBy: null });
    // A replaced draft cannot be replaced a second time; a third document needs the number's holder.
    await expect(ket(db, '2019-03-17', { number: draft.seq, replaces: draft.documentId })).rejects.toThrow(/đã được văn bản \d+ thay thế/);
    // Replacing a document of another number is refused.
    const other = await ket(db, '2019-03-18');
    await expect(ket(db, '2019-03-19', { number: draft.seq, replaces: other.documentId })).rejects.toThrow(/không mang số 1-TB\/HU/);
  });

  it('the database itself refuses a second holder of a number', async () => {
    const db = demo();
    await ket(db, '2019-03-15');
    const row = db.prepare('SELECT * FROM report_document').get() as Record<string, unknown>;
    delete row.id;
    const cols = Object.keys(row);
    expect(() =>
      db.prepare(`INSERT INTO report_document (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')})`).run(...Object.values(row)),
    ).toThrow(/UNIQUE/);
  });

  it('files written before the rule keep every duplicate: the latest holds the number, the others read as replaced', () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = openDatabase(path, { upTo: 10 });
    old.prepare("INSERT INTO report_template (code, version, kind, name, body, saved_at) VALUES ('x', 1, 'de-an', 'x', '', '2019')").run();
    const ins = old.prepare(
      "INSERT INTO report_document (kind, kind_code, term, seq, number, date, year, template_code, template_version, inputs, figures, sha256, size, file_name, created_at) VALUES ('de-an', 'ĐA', '2015 - 2020', ?, ?, '2019-03-15', 2019, 'x', 1, '{}', '{}', '', 0, 'f', '2019')",
    );
    for (const seq of [1, 1, 1, 2]) ins.run(seq, `${seq}-ĐA/HU`);
    old.close();
    const db = openDatabase(path);
    expect(listDocuments(db).map((d) => [d.id, d.seq, d.replacedBy])).toEqual([
      [4, 2, null],
      [3, 1, null],
      [2, 1, 3],
      [1, 1, 3],
    ]);
  });
});

describe('settings that must be filled before a document is issued', () => {
  it.each([
    [{ signers: [] }, 'người ký (Cài đặt → Người ký'],
    [{ place: '' }, 'địa danh ghi ở ngày tháng (Cài đặt → Cơ quan ban hành → Địa danh)'],
    [{ superiorBody: '' }, 'tên đảng bộ cấp trên'],
    [{ superiorBody: 'ĐẢNG CỘNG SẢN VIỆT NAM' }, 'Cài đặt → Cơ quan ban hành → Cơ quan cấp trên'],
  ])('%o stops generation with where to fill it', async (patch, message) => {
    const db = demo();
    updateSettings(db, patch);
    await expect(ket(db, '2019-03-15')).rejects.toThrow(message);
    await expect(ket(db, '2019-03-15')).rejects.toThrow(/^Chưa soạn được văn bản: cài đặt còn thiếu/);
    expect(listDocuments(db)).toHaveLength(0);
  });

  it('a province committee has no superior body line to fill', async () => {
    const db = demo();
    updateSettings(db, { level: 'tinh', superiorBody: '', issuingBody: 'TỈNH ỦY HÀ NAM', issuerCode: 'TU' });
    expect((await ket(db, '2019-03-15')).number).toBe('1-TB/TU');
  });
});
