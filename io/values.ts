/** Reading one cell as what a column needs: a count, a date, a text. Each returns a value or a Vietnamese reason. */
import type { Cell } from './cell.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

export function isBlank(c: Cell): boolean {
  return c === null || (typeof c === 'string' && c.trim() === '');
}

/** Our exports prefix risky text with an apostrophe (see guard.ts); reading our own file back removes it. */
export function unguard(s: string): string {
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

export function cellText(c: Cell): string | null {
  if (isBlank(c)) return null;
  if (typeof c === 'string') return unguard(c.trim().replace(/\s+/g, ' '));
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  if (typeof c === 'object' && c !== null)
    return 'formula' in c ? (c.result === undefined || c.result === null ? null : String(c.result)) : null;
  return String(c);
}

/** Larger than any Party organization's count: a typing slip, or a number that is not a count. */
export const MAX_COUNT = 10_000_000;

/** A number as a Vietnamese reader writes it, for messages: 1,5 and 1e300 as "1e+300" (never rounded). */
function shownNumber(v: number): string {
  return Math.abs(v) < 1e15 ? String(v).replace('.', ',') : String(v);
}

const notWhole = (shown: string) => `"${shown}" không phải số nguyên — số liệu là số đếm, không có phần thập phân.`;

/**
 * A count: a whole non-negative number, typed as a number or as text the Vietnamese way ("1.234" is one
 * thousand two hundred thirty-four, "12,5" is not a count). The one rule for imports and the figures grid.
 */
export function parseCount(c: Cell): Parsed<number | null> {
  if (isBlank(c)) return ok(null);
  let v: unknown = c;
  let shown = String(c);
  if (typeof v === 'string') {
    shown = v.trim();
    const s = v.replace(/[\s\u00a0]/g, '');
    // Thousands groups with "." are accepted only in full groups of three.
    if (/^-/.test(s) && /^-[\d.,]+$/.test(s)) return bad(`"${shown}" là số âm — số liệu không được âm.`);
    if (/^\d+$/.test(s) || /^\d{1,3}(\.\d{3})+$/.test(s)) v = Number(s.replace(/\./g, ''));
    else if (/^-?\d+([,.]\d+)?$/.test(s)) return bad(notWhole(shown));
    else return bad(`"${shown}" không phải là số.`);
  }
  if (typeof v === 'boolean') return bad(`"${v ? 'TRUE' : 'FALSE'}" không phải là số.`);
  if (v instanceof Date) return bad('ô chứa ngày tháng, không phải số.');
  if (typeof v !== 'number' || !Number.isFinite(v)) return bad(`"${String(v)}" không phải là số.`);
  if (v < 0 || Object.is(v, -0)) return bad(`"${shown}" là số âm — số liệu không được âm.`);
  if (v > MAX_COUNT)
    return bad(
      `"${typeof c === 'number' ? shownNumber(v) : shown}" lớn bất thường cho một số liệu tổ chức đảng (tối đa ${MAX_COUNT.toLocaleString('vi-VN')}).`,
    );
  if (!Number.isInteger(v)) return bad(notWhole(shownNumber(v)));
  return ok(v);
}

/** A date as the lists give it; stored 'YYYY-MM-DD' ('YYYY' when only month and year are written). */
export function parseDate(c: Cell): Parsed<string | null> {
  if (isBlank(c)) return ok(null);
  if (c instanceof Date) return fromParts(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate(), c.toISOString().slice(0, 10));
  if (typeof c === 'number') {
    if (Number.isInteger(c) && c >= 1800 && c <= 2100) return bad(bareYear(String(c)));
    // An Excel serial day number in a cell formatted as General, read as Excel shows it.
    if (c >= 1 && c < 80000) return fromSerial(c);
    return bad(`"${c}" không phải là ngày.`);
  }
  if (typeof c !== 'string') return bad('ô không chứa ngày tháng.');
  const s = c.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]), s);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), s);
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? ok(m[2]!) : bad(`"${s}": tháng ${m[1]} không có thật.`);
  if (/^\d{4}$/.test(s)) return bad(bareYear(s));
  return bad(`"${s}" không phải là ngày (dùng dạng ngày/tháng/năm, ví dụ 03/02/1985).`);
}

const bareYear = (shown: string) =>
  `"${shown}" chỉ có năm, không phải ngày; hãy ghi đủ ngày/tháng/năm (ví dụ 03/02/${shown.length === 4 ? shown : '1985'}).`;

/**
 * Excel's serial days (1900 date system): 1 is 1/1/1900 and Excel counts a 29/2/1900 that never was
 * (serial 60), so serials below 61 are one day later than a plain count from 31/12/1899 would give.
 */
function fromSerial(serial: number): Parsed<string> {
  const day = Math.floor(serial);
  if (day === 60) return bad(`"${serial}": ngày 29/02/1900 không có thật (ngày sai của Excel).`);
  const base = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(base + day * 86400000);
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), String(serial));
}

function fromParts(y: number, mo: number, d: number, shown: string): Parsed<string> {
  if (y < 1900 || y > 2100) return bad(`"${shown}": năm ${y} không hợp lý (ngày phải từ năm 1900).`);
  if (mo < 1 || mo > 12) return bad(`"${shown}": tháng ${mo} không có thật.`);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return bad(`"${shown}": ngày ${d} tháng ${mo} năm ${y} không có thật.`);
  return ok(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Whole years from `from` to `to` (both stored forms); with only a year known, the difference of years. */
export function yearsBetween(from: string, to: string): number {
  const y = yearOf(to) - yearOf(from);
  if (from.length < 10 || to.length < 10) return y;
  return to.slice(5) < from.slice(5) ? y - 1 : y;
}
