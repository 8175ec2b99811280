/**
 * Reading a rating level as offices write it: the full name, the usual abbreviation (HTXSNV, HTTNV,
 * HTNV, KHTNV; TSVM and YK on the old scale), the short word ("xuất sắc", "tốt") or our code, in
 * any case and with or without diacritics.
 */
import { foldForSearch } from '../format/vi.ts';
import { RATING_LEVELS } from './ratings.ts';

const ABBREVIATIONS: Record<string, string[]> = {
  htxs: ['htxsnv', 'htxs', 'xuat sac', 'hoan thanh xuat sac'],
  htt: ['httnv', 'htt', 'tot', 'hoan thanh tot'],
  ht: ['htnv', 'ht', 'hoan thanh'],
  khtnv: ['khtnv', 'khongnv', 'khong hoan thanh', 'khong hoan thanh nv'],
  tsvm: ['tsvm', 'trong sach vung manh', 'trong sach, vung manh'],
  yk: ['yk', 'yeu kem'],
};

/** The abbreviation shown beside each level. */
export const LEVEL_SHORT: Record<string, string> = { htxs: 'HTXSNV', htt: 'HTTNV', ht: 'HTNV', khtnv: 'KHTNV', tsvm: 'TSVM', yk: 'YK' };

const fold = (s: string) =>
  foldForSearch(s)
    .replace(/[.,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The level's code on `scale`, or undefined when the words name no level of that scale. */
export function parseLevel(text: string, scale: string): string | undefined {
  const f = fold(text);
  if (!f) return undefined;
  for (const l of RATING_LEVELS[scale] ?? []) {
    if (
      f === l.code ||
      f === fold(l.name) ||
      (ABBREVIATIONS[l.code] ?? []).includes(f) ||
      f.replace(/ /g, '') === (LEVEL_SHORT[l.code] ?? '').toLowerCase()
    ) {
      return l.code;
    }
  }
  return undefined;
}

/** "Hoàn thành xuất sắc nhiệm vụ (HTXSNV), …": what an error names as accepted. */
export function acceptedLevels(scale: string): string {
  return (RATING_LEVELS[scale] ?? []).map((l) => `"${l.name}" (${LEVEL_SHORT[l.code] ?? l.code})`).join(', ');
}
