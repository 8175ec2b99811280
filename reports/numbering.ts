/**
 * Document numbers: "Số 12-ĐA/HU", running per kind code within the committee's term (nhiệm kỳ).
 * The term is the one the document's date falls in, from the terms in settings; a number is held by
 * one document of a term at a time, and passes to another only when that one replaces a draft.
 */
import type { DB } from '../db/open.ts';
import { getDocument, maxSeq, numberHolder } from '../db/reports.ts';
import { UserError } from '../core/errors.ts';
import type { Settings, Term } from '../settings/schema.ts';
import { formatCitationDate as formatDate } from '../format/vi.ts';

export interface NumberSuggestion {
  seq: number;
  code: string;
  term: string;
  number: string;
}

export function numberText(seq: number | null, code: string, issuerCode: string): string {
  return `${seq ?? '    '}-${code}/${issuerCode}`;
}

/** The offices' clock: a document dated "today" before 07:00 in Vietnam is still dated in Vietnam. */
export const OFFICE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Today's date in Vietnam, ISO. */
export function todayInVietnam(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: OFFICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** An ISO date that exists in the calendar (2019-02-30 does not); the message says what was wrong. */
export function checkDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new UserError(`Ngày "${iso}" không hợp lệ: ghi theo dạng năm-tháng-ngày, ví dụ 2019-03-15.`, 'date');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new UserError(
      mo < 1 || mo > 12
        ? `Ngày "${iso}" không có: không có tháng ${mo}.`
        : `Ngày "${iso}" không có: tháng ${mo} năm ${y} chỉ có ${new Date(Date.UTC(y, mo, 0)).getUTCDate()} ngày.`,
      'date',
    );
  }
  if (y < 1930 || y > 2100) throw new UserError(`Ngày "${iso}" không hợp lệ: năm ${y} ngoài khoảng 1930–2100.`, 'date');
  return iso;
}

/**
 * The term a date falls in, from the terms in settings (or the one `term` when none is listed). Terms meet at a congress year (2015–2020, 2020–2025): a date in that
 * year goes to the term that starts in it, as numbering restarts after the congress and the
 * settings hold years only.
 */
export function termForDate(s: Settings, isoDate: string): Term {
  // Files from before the list of terms know one term only: every document is numbered in it, as before.
  if (s.terms.length === 0) return s.term;
  const year = Number(isoDate.slice(0, 4));
  const terms = s.terms;
  const starting = terms.find((t) => t.startYear === year);
  const within = terms.find((t) => t.startYear <= year && year <= t.endYear);
  const term = starting ?? within;
  if (!term) {
    throw new UserError(
      `Ngày ${formatDate(isoDate)} không thuộc nhiệm kỳ nào trong Cài đặt (có: ${terms.map((t) => t.name).join('; ')}). ` +
        'Thêm nhiệm kỳ ở Cài đặt → Cơ quan ban hành → Nhiệm kỳ.',
      'term',
    );
  }
  return term;
}

/** The next free number: one more than the highest used for this code in the term of `isoDate`. */
export function suggestNumber(db: DB, settings: Settings, code: string, isoDate: string = todayInVietnam()): NumberSuggestion {
  const term = termForDate(settings, isoDate).name;
  const seq = maxSeq(db, code, term) + 1;
  return { seq, code, term, number: numberText(seq, code, settings.issuerCode) };
}

/**
 * Refuses a number another document of the term holds, unless the new document replaces that one
 * (a draft superseded); `replaces` must name the document that holds the number.
 */
export function checkNumberFree(db: DB, s: Settings, code: string, term: string, seq: number, replaces: number | undefined): void {
  const holder = numberHolder(db, code, term, seq);
  const printed = numberText(seq, code, s.issuerCode);
  if (replaces !== undefined) {
    const draft = getDocument(db, replaces);
    if (!draft) throw new UserError(`Không có văn bản số ${replaces} trong lịch sử để thay thế.`, 'not-found');
    if (!holder || holder.id !== replaces) {
      throw new UserError(
        `Văn bản ${replaces} (số ${draft.number}, nhiệm kỳ ${draft.term}) không mang số ${printed} của nhiệm kỳ ${term}: chỉ thay thế được bản nháp mang đúng số này` +
          `${draft.replacedBy !== null ? ` (văn bản ${replaces} đã được văn bản ${draft.replacedBy} thay thế)` : ''}.`,
        'number-replaces',
      );
    }
    return;
  }
  if (holder) {
    throw new UserError(
      `Số ${printed} của nhiệm kỳ ${term} đã dùng cho văn bản ${holder.id} (${holder.kind}, ngày ${formatDate(holder.date)}). ` +
        `Chọn số khác (số còn trống tiếp theo: ${maxSeq(db, code, term) + 1}), hoặc đánh dấu văn bản mới thay thế bản nháp ${holder.id}.`,
      'number-used',
      { holder: holder.id },
    );
  }
}
