/**
 * Qualified shares are judged by what the words mean, not by their decimals:
 * "trên 30%" must be more than 30%, "gần 40%" a little under 40%, "khoảng 85%" near 85%.
 */
import { words } from './text.ts';

export type Meaning = 'more' | 'less' | 'atLeast' | 'atMost' | 'near' | 'about';

export interface Qualifier {
  meaning: Meaning;
  word: string;
  start: number;
  end: number;
}

const BEFORE: [Meaning, string[]][] = [
  ['atLeast', ['không dưới', 'không ít hơn', 'tối thiểu', 'ít nhất', 'từ']],
  ['atMost', ['không quá', 'không vượt quá', 'tối đa']],
  ['less', ['chưa đến', 'chưa tới', 'chưa đạt', 'dưới', 'ít hơn', 'thấp hơn']],
  ['more', ['trên', 'hơn', 'nhiều hơn']],
  ['near', ['gần']],
  ['about', ['khoảng', 'ước khoảng', 'ước tính', 'ước', 'chừng', 'xấp xỉ', 'độ']],
];

/** The qualifier written right before a share (text ends where the share starts), and "trở lên/trở xuống" right after it. */
export function qualifierOf(text: string, start: number, end: number): Qualifier | null {
  const after = /^\s*(trở lên|trở xuống)(?![\p{L}])/u.exec(text.slice(end, end + 20));
  const head = text.slice(Math.max(0, start - 24), start);
  for (const [meaning, list] of BEFORE) {
    const re = new RegExp(`(?:${words(list, 'iu').source})\\s*$`, 'iu');
    const m = re.exec(head);
    if (m) {
      const s = start - head.length + m.index;
      if (meaning === 'atLeast' && /^từ/i.test(m[0]) && !after) continue; // "từ" alone is not a bound
      return { meaning, word: m[0].trim(), start: s, end: after ? end + after[0].length : end };
    }
  }
  if (after) return { meaning: after[1] === 'trở lên' ? 'atLeast' : 'atMost', word: after[1]!, start, end: end + after[0].length };
  return null;
}

/** How far "khoảng X" may be from X: a round number says less precision than a precise one. */
export function tolerance(x: number, decimals: number, isRatio: boolean): number {
  if (isRatio) return 2.5;
  if (decimals > 0) return 0.5 * 10 ** -decimals * 10;
  if (x % 10 === 0) return 5;
  if (x % 5 === 0) return 2.5;
  return 1;
}

/** `cmp` is the sign of actual − X (exact); `actual` and `x` in per cent. */
export function holds(meaning: Meaning, cmp: number, actual: number, x: number, tol: number): boolean {
  switch (meaning) {
    case 'more':
      return cmp > 0;
    case 'less':
      return cmp < 0;
    case 'atLeast':
      return cmp >= 0;
    case 'atMost':
      return cmp <= 0;
    case 'near':
      return cmp < 0 && actual >= x - tol;
    case 'about':
      return Math.abs(actual - x) <= tol;
  }
}

export const MEANING_TEXT: Record<Meaning, string> = {
  more: 'lớn hơn',
  less: 'nhỏ hơn',
  atLeast: 'không nhỏ hơn',
  atMost: 'không lớn hơn',
  near: 'gần, chưa tới',
  about: 'xấp xỉ',
};
