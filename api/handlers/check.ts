import type { Handlers } from '../handler.ts';
import type { checkContract } from '../contract/check.ts';
import { UserError } from '../../core/errors.ts';
import { listYears } from '../../db/units.ts';
import { checkText } from '../../check/check.ts';
import { factsOf, type Facts } from '../../check/database.ts';
import { checkDocxDraft, correctDocx, correctText, readDocx } from '../../check/docx.ts';
import { normalizeWithMap } from '../../check/text.ts';
import type { CheckResult, Fix } from '../../check/types.ts';
import type { DB } from '../../db/open.ts';

function factsFor(db: DB, year: number | undefined): Facts | undefined {
  if (year === undefined) return undefined;
  const years = listYears(db);
  if (!years.includes(year)) {
    throw new UserError(
      `Tệp dữ liệu không có số liệu năm ${year}${years.length ? ` (có các năm ${years.join(', ')})` : ' (tệp trống)'}; không đối chiếu được số lượng.`,
      'no-year',
    );
  }
  return factsOf(db, year);
}

function bytesOf(base64: string): Uint8Array {
  return Buffer.from(base64, 'base64');
}

function changeOf(text: string, f: Fix) {
  return { printed: text.slice(f.start, f.end), replacement: f.text, start: f.start, end: f.end };
}

export const checkHandlers: Handlers<typeof checkContract> = {
  'check.draft': async (i, { session, progress }) => {
    progress(i.jobId, 0, 'Đang đọc bản thảo…');
    const facts = factsFor(session.db, i.year);
    let r: CheckResult;
    if (i.docx !== undefined) {
      const draft = await readDocx(bytesOf(i.docx), i.name);
      progress(i.jobId, 0.3, 'Đang kiểm tra số liệu…');
      r = checkDocxDraft(draft, facts);
    } else r = checkText(normalizeWithMap(i.text!).text, facts);
    progress(i.jobId, 1, `Đã kiểm tra ${r.claims.length} số liệu.`);
    return {
      text: r.text,
      claims: r.claims,
      spans: r.claims.map((c, k) => ({ start: c.start, end: c.end, ok: c.ok, claim: k })),
      summary: {
        claims: r.claims.length,
        wrong: r.claims.filter((c) => c.ok === false).length,
        unverified: r.claims.filter((c) => c.ok === null).length,
        year: i.year ?? null,
        draftYear: r.draftYear ?? null,
      },
    };
  },
  'check.fix': async (i, { session, progress }) => {
    progress(i.jobId, 0, 'Đang sửa bản thảo…');
    const facts = factsFor(session.db, i.year);
    const base = (i.name ?? 'ban-thao').replace(/\.(docx|txt)$/i, '');
    if (i.docx !== undefined) {
      const draft = await readDocx(bytesOf(i.docx), i.name);
      progress(i.jobId, 0.3, 'Đang kiểm tra số liệu…');
      const r = checkDocxDraft(draft, facts);
      const source = draft.runs.text;
      progress(i.jobId, 0.6, 'Đang ghi bản đã sửa…');
      const out = await correctDocx(draft, r);
      progress(i.jobId, 1, `Đã sửa ${out.applied.length} số.`);
      return {
        name: `${base}-da-sua.docx`,
        base64: Buffer.from(out.bytes).toString('base64'),
        text: null,
        changes: out.applied.map((f) => changeOf(source, f)),
        skipped: out.skipped.map((f) => changeOf(source, f)),
      };
    }
    const r = checkText(normalizeWithMap(i.text!).text, facts);
    const out = correctText(r);
    progress(i.jobId, 1, `Đã sửa ${out.applied.length} số.`);
    return { name: `${base}-da-sua.txt`, base64: null, text: out.text, changes: out.applied.map((f) => changeOf(r.text, f)), skipped: [] };
  },
};
