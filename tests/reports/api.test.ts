/** The reports through the contract, as the app and the web server call them: numbering, history, progress, text that cannot break a file. */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open.ts';
import { createCtx } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { updateSettings, getSettings } from '../../settings/store.ts';
import { demoCopy } from '../helpers/db.ts';
import { readDocx, textOf } from './docx-read.ts';

function ctx() {
  const path = demoCopy();
  const db = openDatabase(path);
  return createCtx(
    {
      db,
      dbPath: path,
      open() {
        throw new Error('not here');
      },
    },
    { kind: 'web' },
  );
}

describe('numbering within the term', () => {
  it('suggests the next free number per kind code; both reports share BC; a new term starts again at 1', async () => {
    const c = ctx();
    expect(await dispatch(c, 'reports.suggestNumber', { kind: 'de-an' })).toEqual({
      seq: 1,
      code: 'ĐA',
      term: '2015 - 2020',
      number: '1-ĐA/HU',
    });
    await dispatch(c, 'reports.generate', { kind: 'bao-cao-hoi-nghi', year: 2019, date: '2019-03-15' });
    await dispatch(c, 'reports.generate', { kind: 'bao-cao-xep-loai', year: 2019, date: '2019-12-20', number: 7 });
    expect((await dispatch(c, 'reports.suggestNumber', { kind: 'bao-cao-hoi-nghi' })).number).toBe('8-BC/HU');
    expect((await dispatch(c, 'reports.suggestNumber', { kind: 'ket-luan' })).number).toBe('1-TB/HU'); // the template says THÔNG BÁO KẾT LUẬN, TB
    expect((await dispatch(c, 'reports.suggestNumber', { kind: 'de-an' })).seq).toBe(1);
    const next = await dispatch(c, 'reports.generate', { kind: 'bao-cao-xep-loai', year: 2019, date: '2019-12-21' });
    expect(next.number).toBe('8-BC/HU');
    updateSettings(c.session.db, { term: { name: '2020 - 2025', startYear: 2020, endYear: 2025 } });
    expect((await dispatch(c, 'reports.suggestNumber', { kind: 'bao-cao-xep-loai' })).number).toBe('1-BC/HU');
  });

  it('previews are not recorded and take no number', async () => {
    const c = ctx();
    const p = await dispatch(c, 'reports.generate', { kind: 'de-an', year: 2019, date: '2019-03-15', preview: true });
    expect(p.documentId).toBeNull();
    expect(await dispatch(c, 'reports.history', {})).toEqual([]);
    expect((await dispatch(c, 'reports.suggestNumber', { kind: 'de-an' })).seq).toBe(1);
  });
});

describe('history', () => {
  it('records kind, number, date, template version and the figures, and regenerates the same bytes', async () => {
    const c = ctx();
    const doc = await dispatch(c, 'reports.generate', { kind: 'de-an', year: 2019, date: '2019-03-15', jobId: 'de-an-1' });
    expect(c.events.read('de-an-1')).toMatchObject({ done: 1, finished: true });
    const [h] = await dispatch(c, 'reports.history', {});
    expect(h).toMatchObject({
      id: doc.documentId,
      kind: 'de-an',
      kindCode: 'ĐA',
      number: '1-ĐA/HU',
      date: '2019-03-15',
      year: 2019,
      templateCode: 'de-an',
      templateVersion: 1,
      size: doc.size,
      sha256: doc.sha256,
    });
    const row = c.session.db.prepare('SELECT inputs, figures FROM report_document WHERE id = ?').get(doc.documentId) as {
      inputs: string;
      figures: string;
    };
    const figures = JSON.parse(row.figures);
    expect(figures.values['tong-dang-vien']).toBe('7.101');
    expect(figures.tables['bang:nhom-chi-bo'].rows[0]).toEqual(['Chi bộ trực thuộc đảng bộ xã, thị trấn', '221', '6.067', '85,44%']);
    expect(JSON.parse(row.inputs)).toMatchObject({
      kind: 'de-an',
      year: 2019,
      seq: 1,
      code: 'ĐA',
      settings: { issuingBody: 'HUYỆN ỦY QUỐC OAI', demo: true },
    });
    const again = await dispatch(c, 'reports.regenerate', { id: doc.documentId! });
    expect(again.identical).toBe(true);
    expect(again.base64).toBe(doc.base64);
  });

  it('a changed signer in the settings does not change a recorded document', async () => {
    const c = ctx();
    const doc = await dispatch(c, 'reports.generate', { kind: 'ket-luan', year: 2019, date: '2019-03-15' });
    updateSettings(c.session.db, { signers: [{ name: 'Người Khác', title: 'PHÓ BÍ THƯ', authority: 'T/M BAN THƯỜNG VỤ' }] });
    const again = await dispatch(c, 'reports.regenerate', { id: doc.documentId! });
    expect(again.identical).toBe(true);
    const fresh = await dispatch(c, 'reports.generate', { kind: 'ket-luan', year: 2019, date: '2019-03-15', preview: true });
    expect((await readDocx(Buffer.from(fresh.base64, 'base64'))).text).toContain('Người Khác');
  });
});

describe('text that cannot break the file', () => {
  it('control characters and XML in user input come out as plain text in a valid file', async () => {
    const c = ctx();
    updateSettings(c.session.db, {
      issuingBody: 'HUYỆN ỦY <QUỐC> & "OAI"\u0001',
      signers: [{ name: 'Nguyễn\u0000 Văn\u000B Thọ', title: 'BÍ THƯ', authority: 'T/M BAN THƯỜNG VỤ' }],
    });
    const doc = await dispatch(c, 'reports.generate', {
      kind: 'ket-luan',
      year: 2019,
      date: '2019-03-15',
      recipients: ['Ban Tổ chức\u0007 Thành ủy,', '<w:p>]]></w:t>'],
      about: 'về \u001Bhội thảo\uFFFF & kết luận',
    });
    const parts = await readDocx(Buffer.from(doc.base64, 'base64'));
    // Every part is still XML without a single control character.
    for (const xml of [parts.document, parts.core, parts.headers.default])
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(parts.text).toContain('HUYỆN ỦY <QUỐC> & "OAI"');
    expect(parts.text).toContain('Nguyễn Văn Thọ');
    expect(parts.text).toContain('- Ban Tổ chức Thành ủy,');
    expect(parts.text).toContain('- <w:p>]]></w:t>');
    expect(parts.text).toContain('về hội thảo & kết luận');
    expect(textOf(parts.document)).not.toContain('\u0007');
  });

  it('says in Vietnamese what is wrong with a request', async () => {
    const c = ctx();
    await expect(dispatch(c, 'reports.generate', { kind: 'de-an', year: 2030 })).rejects.toThrow(
      'Tệp dữ liệu chưa có số liệu năm 2030 (có các năm: 2017, 2018, 2019).',
    );
    await expect(dispatch(c, 'reports.generate', { kind: 'bao-cao-hoi-nghi', year: 2019, compareYears: [2020] })).rejects.toThrow(
      'Năm so sánh phải trước năm 2019.',
    );
    await expect(dispatch(c, 'reports.generate', { kind: 'bao-cao-hoi-nghi', year: 2017 })).rejects.toThrow('không có năm nào trước 2017');
    await expect(dispatch(c, 'reports.generate', { kind: 'de-an', year: 2019, signer: 5 })).rejects.toThrow('Không có người ký số 5');
    await expect(dispatch(c, 'reports.regenerate', { id: 99 })).rejects.toThrow('Không có văn bản số 99');
    expect(getSettings(c.session.db).signers).toHaveLength(2);
  });

  it('a database without a plan says so in the targets section', async () => {
    const c = ctx();
    c.session.db.prepare('DELETE FROM plan').run();
    const doc = await dispatch(c, 'reports.generate', { kind: 'de-an', year: 2019, date: '2019-03-15', preview: true });
    expect((await readDocx(Buffer.from(doc.base64, 'base64'))).text).toContain(
      '[Nêu các chỉ tiêu cụ thể của đề án; tệp dữ liệu chưa có chỉ tiêu.]',
    );
  });

  it('a comparison over three years puts each year side by side', async () => {
    const c = ctx();
    const doc = await dispatch(c, 'reports.generate', {
      kind: 'bao-cao-hoi-nghi',
      year: 2019,
      compareYears: [2017, 2018],
      date: '2019-03-15',
      preview: true,
    });
    const { text } = await readDocx(Buffer.from(doc.base64, 'base64'));
    for (const y of ['Năm 2017', 'Năm 2018', 'Năm 2019', 'Tăng (+), giảm (−) đảng viên 2017–2019']) expect(text).toContain(y);
  });
});
