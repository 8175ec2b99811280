/** Recognizing a column by its header whatever the case, diacritics, spacing or punctuation. */
import { foldForSearch } from '../format/vi.ts';
import type { Cell, Row } from './table.ts';
import { cellText } from './values.ts';

/** "Ngày vào Đảng (*)" → "ngay vao dang". */
export function foldHeader(s: string): string {
  return foldForSearch(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function headerTexts(row: Row): string[] {
  return row.cells.map((c: Cell) => cellText(c) ?? '');
}

/**
 * The header is the first row (of the first 20) where `recognize` knows at least `min` columns:
 * sheets often start with a title and a blank line.
 */
export function findHeaderRow(rows: Row[], recognize: (folded: string) => unknown, min: number): number {
  const limit = Math.min(rows.length, 20);
  for (let i = 0; i < limit; i++) {
    const known = headerTexts(rows[i]!).filter((h) => h && recognize(foldHeader(h)) !== undefined).length;
    if (known >= min) return i;
  }
  return -1;
}
