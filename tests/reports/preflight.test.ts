/** A document drafted on a year whose cells are not all entered says so before it is trusted. */
import { describe, expect, it } from 'vitest';
import { demoCopy, openDemo } from '../helpers/db.ts';
import { openDatabase } from '../../db/open.ts';
import { createCtx } from '../../api/session.ts';
import { dispatch } from '../../api/dispatch.ts';
import { readDocx } from './docx-read.ts';
import { startYear } from '../../org/operations.ts';
import { preflight } from '../../reports/generate.ts';

describe('preflight on incomplete years', () => {
  it('is silent on the complete demo year and names the missing cells of a year just started', () => {
    const db = openDemo();
    expect(preflight(db, { kind: 'de-an', year: 2019, compareYears: [2018] })).toEqual([]);
    startYear(db, 2019, 2020);
    const warnings = preflight(db, { kind: 'bao-cao-hoi-nghi', year: 2020, compareYears: [2019] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Năm 2020 chưa đủ số liệu: còn 296\/296 chi bộ \(đơn vị cơ sở\) chưa có số liệu/);
    db.close();
  });

  it('reads the ratings too for the rating report', () => {
    const db = openDemo();
    startYear(db, 2019, 2020);
    const [w] = preflight(db, { kind: 'bao-cao-xep-loai', year: 2020, compareYears: [] });
    expect(w).toMatch(/tổ chức đảng chưa xếp loại/);
    db.close();
  });
});

describe('a comparison in a document says its basis', () => {
  it('the conference report names the structure its years are counted on, under the comparison table', async () => {
    const path = demoCopy();
    const db = openDatabase(path);
    const c = createCtx(
      {
        db,
        dbPath: path,
        open: () => {
          throw new Error('not here');
        },
      },
      { kind: 'web' },
    );
    const doc = await dispatch(c, 'reports.generate', {
      kind: 'bao-cao-hoi-nghi',
      year: 2019,
      compareYears: [2018],
      date: '2019-03-15',
      preview: true,
    });
    const text = (await readDocx(Buffer.from(doc.base64, 'base64'))).text;
    expect(text).toContain('Mỗi năm tính theo cơ cấu tổ chức của chính năm đó.');
    db.close();
  });
});

describe('a rating report beside a year that was never rated', () => {
  it('says there is nothing to compare with instead of a fall from 0,00%', async () => {
    const path = demoCopy();
    const db = openDatabase(path);
    db.prepare('DELETE FROM unit_rating WHERE year = 2018').run();
    const c = createCtx(
      {
        db,
        dbPath: path,
        open: () => {
          throw new Error('not here');
        },
      },
      { kind: 'web' },
    );
    const doc = await dispatch(c, 'reports.generate', { kind: 'bao-cao-xep-loai', year: 2019, date: '2019-12-20', preview: true });
    const text = (await readDocx(Buffer.from(doc.base64, 'base64'))).text;
    expect(text).toContain('chưa có số liệu xếp loại năm 2018 để so sánh');
    expect(text).not.toMatch(/hơn năm 2018 \(0,00%\)/);
    db.close();
  });
});
