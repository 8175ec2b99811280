/** Vietnamese number, share and date formatting: thousands ".", decimals ",". One place for all of it. */
import { roundedPercentUnits } from './shares.ts';

const intFmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decFmts = new Map<number, Intl.NumberFormat>();
function decFmt(decimals: number): Intl.NumberFormat {
  let f = decFmts.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    decFmts.set(decimals, f);
  }
  return f;
}

export function formatInt(n: number): string {
  return intFmt.format(n);
}

/** A number already rounded to `decimals`, e.g. 85.44 → "85,44". */
export function formatDecimal(n: number, decimals = 2): string {
  return decFmt(decimals).format(n);
}

/** Formats hundredths (or 10^-decimals units) of a percent exactly: 8544 → "85,44%". */
export function formatPercentUnits(units: number, decimals = 2): string {
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(units);
  const scale = 10 ** decimals;
  const int = Math.floor(abs / scale);
  const frac = abs % scale;
  const text = decimals > 0 ? `${intFmt.format(int)},${String(frac).padStart(decimals, '0')}` : intFmt.format(int);
  return `${sign}${text}%`;
}

/** "85,44%" for 6067 of 7101: the half-up rounding of the exact share. */
export function formatShare(part: number, whole: number, decimals = 2): string {
  return formatPercentUnits(roundedPercentUnits(part, whole, decimals), decimals);
}

/**
 * A change in percentage points from two displayed shares (in 10^-decimals units), signed: "+1,25 điểm %".
 * Taken from the displayed values so that a reader's own subtraction gives the same figure.
 */
export function formatPointChange(unitsDiff: number, decimals = 2): string {
  const sign = unitsDiff > 0 ? '+' : unitsDiff < 0 ? '−' : '';
  return `${sign}${formatPercentUnits(Math.abs(unitsDiff), decimals).slice(0, -1)} điểm %`;
}

export function formatSignedInt(n: number): string {
  return n > 0 ? `+${formatInt(n)}` : n < 0 ? `−${formatInt(-n)}` : '0';
}

export interface DateParts {
  day: number;
  month: number;
  year: number;
}

export function parseIsoDate(iso: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Ngày không hợp lệ: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Day below 10 and months 1–2 take a leading zero, as in the Party document format. */
function padDay(d: number): string {
  return d < 10 ? `0${d}` : String(d);
}
function padMonth(m: number): string {
  return m < 3 ? `0${m}` : String(m);
}

/** "Quốc Oai, ngày 15 tháng 3 năm 2019"; without a place set, just "ngày 15 tháng 3 năm 2019". */
export function formatPlaceDate(place: string, iso: string): string {
  const { day, month, year } = parseIsoDate(iso);
  const date = `ngày ${padDay(day)} tháng ${padMonth(month)} năm ${year}`;
  return place.trim() ? `${place.trim()}, ${date}` : date;
}

/** "08/3/2018", as in citations: "Quy định số 132-QĐ/TW, ngày 08/3/2018". */
export function formatCitationDate(iso: string): string {
  const { day, month, year } = parseIsoDate(iso);
  return `${padDay(day)}/${padMonth(month)}/${year}`;
}

/** A stored date the way member lists write it: "2019-03-05" → "05/03/2019"; a year alone stays "2019". */
export function formatListDate(stored: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(stored);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : stored;
}

/** Text is stored NFC; search ignores diacritics and case. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
