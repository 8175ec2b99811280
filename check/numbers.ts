/**
 * Numbers as Vietnamese drafts print them: "7.101" (thousands), "85,44" (decimals), and the
 * wrong separators drafts also contain ("6.65%", "6,067 đảng viên"), read for their meaning
 * and marked as a formatting error.
 */
import { formatDecimal, formatInt } from '../format/vi.ts';

export interface Num {
  start: number;
  end: number;
  raw: string;
  /** The digits as an integer: value = units / 10^decimals, exact. */
  units: number;
  decimals: number;
  value: number;
  /** How it should have been printed, when it was not printed the Vietnamese way. */
  formatIssue?: { expected: string; why: string };
}

export type TokenKind = 'number' | 'percent' | 'fraction';

export interface NumberToken {
  kind: TokenKind;
  num: Num;
  /** The denominator of "112/1.590" or "1/3". */
  den?: Num;
  /** The whole token, with "%" or "/den". */
  start: number;
  end: number;
}

const RAW = /\d+(?:[.,]\d+)*/g;
const THOUSANDS_DOT = /^\d{1,3}(?:\.\d{3})+$/;
const THOUSANDS_COMMA = /^\d{1,3}(?:,\d{3})+$/;
const VI_MIXED = /^\d{1,3}(?:\.\d{3})*,\d+$/;
const EN_MIXED = /^\d{1,3}(?:,\d{3})+\.\d+$/;

function make(start: number, raw: string, intDigits: string, fracDigits: string, issue?: Num['formatIssue']): Num {
  const units = Number(intDigits + fracDigits);
  const decimals = fracDigits.length;
  const value = units / 10 ** decimals;
  return { start, end: start + raw.length, raw, units, decimals, value, ...(issue ? { formatIssue: issue } : {}) };
}

function viText(intDigits: string, fracDigits: string): string {
  const value = Number(`${intDigits}.${fracDigits || '0'}`);
  return fracDigits ? formatDecimal(value, fracDigits.length) : formatInt(value);
}

/**
 * Reads one printed number. `percent`: it is followed by "%"; `counted`: a noun follows, so it
 * counts things (and "6,067" there can only be thousands written the English way).
 */
export function readNumber(start: number, raw: string, ctx: { percent: boolean; counted: boolean }): Num {
  const digits = (s: string) => s.replace(/[.,]/g, '');
  const wrong = (i: string, f: string, why: string) => make(start, raw, i, f, { expected: viText(i, f), why });
  if (!/[.,]/.test(raw)) {
    // 7101 đảng viên: the thousands separator is missing; short numbers and years never take one.
    if (ctx.counted && raw.length >= 4 && !/^0/.test(raw)) return wrong(raw, '', 'thiếu dấu chấm phân cách hàng nghìn');
    return make(start, raw, raw, '');
  }
  // "1.000%" is a thousand per cent, written right; only a dot before one, two or four-plus digits is a decimal point.
  if (THOUSANDS_DOT.test(raw)) return make(start, raw, digits(raw), '');
  // "6,067 đảng viên": nobody counts members in thousandths; the comma separates thousands, English style.
  if (THOUSANDS_COMMA.test(raw) && ctx.counted && !ctx.percent) {
    return wrong(digits(raw), '', 'dùng dấu phẩy phân cách hàng nghìn (phải là dấu chấm)');
  }
  if (VI_MIXED.test(raw)) {
    const [i, f] = raw.split(',') as [string, string];
    return make(start, raw, digits(i), f);
  }
  if (EN_MIXED.test(raw)) {
    const at = raw.lastIndexOf('.');
    return wrong(
      digits(raw.slice(0, at)),
      raw.slice(at + 1),
      'viết số theo kiểu tiếng Anh (hàng nghìn phải là dấu chấm, thập phân là dấu phẩy)',
    );
  }
  if (/^\d+,\d+$/.test(raw)) {
    const [i, f] = raw.split(',') as [string, string];
    return make(start, raw, i, f);
  }
  if (/^\d+\.\d+$/.test(raw)) {
    const [i, f] = raw.split('.') as [string, string];
    return wrong(i, f, 'dùng dấu chấm làm dấu thập phân (phải là dấu phẩy)');
  }
  // Anything else (1.2.3, 1,2,3) is a list or a code: read its digits, never flag it.
  return make(start, raw, digits(raw), '');
}

const PERCENT_AFTER = /^[ \u00a0\u202f]?%/;
const FRACTION_AFTER = /^[ \u00a0]?\/[ \u00a0]?(\d+(?:[.,]\d+)*)/;
const COUNTED = /^[ \u00a0]?\p{L}/u;

/** Whether the number at [start, end) is part of a date, a document number or a code, never a figure. */
function isCode(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 3);
  if (/[\p{L}\-–_/]$/u.test(before)) return true; // QĐ-132, H5N1, /2018
  if (/^[-–]\p{L}/u.test(after) || /^\/\p{Lu}/u.test(after)) return true; // 132-QĐ/TW, 12/QĐ
  if (/^\/\d+\//.test(text.slice(end, end + 8))) return true; // 08/3/2018
  if (/ngày\s*$/iu.test(before)) return true; // ngày 08/3
  return false;
}

function isYear(text: string, start: number, raw: string): boolean {
  if (!/^(19|20)\d\d$/.test(raw) && !/^\d{4}$/.test(raw)) return false;
  const n = Number(raw);
  if (n < 1900 || n > 2100) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(start + raw.length, start + raw.length + 12);
  return /(năm|nhiệm kỳ|giai đoạn|đến|từ|trước|sau|[-–])\s*$/iu.test(before) || /^\s*[-–]\s*\d{4}/.test(after) || !COUNTED.test(after);
}

/** Every figure in the text: percents, fractions (112/1.590, 1/3) and plain numbers, in order. */
export function scanNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  const consumed = new Set<number>();
  RAW.lastIndex = 0;
  for (let m = RAW.exec(text); m; m = RAW.exec(text)) {
    const start = m.index;
    const raw = m[0];
    // "…6,21%." or "7.101." — a sentence dot is not part of the number; RAW already needs a digit after it.
    if (consumed.has(start)) continue;
    if (start > 0 && /\d/.test(text[start - 1]!)) continue;
    const end = start + raw.length;
    if (isCode(text, start, end)) continue;
    const after = text.slice(end);
    const pct = PERCENT_AFTER.exec(after);
    if (pct) {
      out.push({ kind: 'percent', num: readNumber(start, raw, { percent: true, counted: false }), start, end: end + pct[0].length });
      continue;
    }
    const frac = FRACTION_AFTER.exec(after);
    if (frac) {
      const denStart = end + frac[0].length - frac[1]!.length;
      const denEnd = denStart + frac[1]!.length;
      if (/^\s*\/\s*\d/.test(text.slice(denEnd))) continue; // a date
      consumed.add(denStart);
      const counted = COUNTED.test(text.slice(denEnd));
      out.push({
        kind: 'fraction',
        num: readNumber(start, raw, { percent: false, counted }),
        den: readNumber(denStart, frac[1]!, { percent: false, counted }),
        start,
        end: denEnd,
      });
      continue;
    }
    if (isYear(text, start, raw)) continue;
    // Heading numbers ("1.", "2.3.", "1)") and section references are not figures.
    if (/(^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 40), start)) && /^[.)\-–]/.test(after)) continue;
    const counted = COUNTED.test(after);
    if (!counted && /[.,]/.test(raw) && !THOUSANDS_DOT.test(raw) && !VI_MIXED.test(raw) && !/^\d+,\d+$/.test(raw)) continue;
    out.push({ kind: 'number', num: readNumber(start, raw, { percent: false, counted }), start, end });
  }
  return out;
}
