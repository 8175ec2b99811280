/**
 * What a number counts: the noun after it ("6.067 đảng viên", "221chi bộ"), reduced to a key
 * from the words of the field, so that parts can be matched to their whole.
 */
import { foldForSearch } from '../format/vi.ts';

/** Longest first; abbreviations map to the full term. */
const TERMS: [string, string][] = [
  ['tổ chức cơ sở đảng', 'tổ chức cơ sở đảng'],
  ['tổ chức cơ sở', 'tổ chức cơ sở đảng'],
  ['cơ sở đảng', 'tổ chức cơ sở đảng'],
  ['TCCS', 'tổ chức cơ sở đảng'],
  ['TCCSĐ', 'tổ chức cơ sở đảng'],
  ['TCCS đảng', 'tổ chức cơ sở đảng'],
  ['tổ chức đảng', 'tổ chức đảng'],
  ['đảng bộ cơ sở', 'đảng bộ cơ sở'],
  ['đảng bộ bộ phận', 'đảng bộ bộ phận'],
  ['chi bộ cơ sở', 'chi bộ cơ sở'],
  ['chi bộ trực thuộc', 'chi bộ trực thuộc'],
  ['chi bộ', 'chi bộ'],
  ['đảng bộ', 'đảng bộ'],
  ['đảng viên chính thức', 'đảng viên chính thức'],
  ['đảng viên dự bị', 'đảng viên dự bị'],
  ['đảng viên mới', 'đảng viên mới'],
  ['đảng viên', 'đảng viên'],
  ['cấp ủy viên', 'cấp ủy viên'],
  ['cấp uỷ viên', 'cấp ủy viên'],
  ['chi ủy viên', 'chi ủy viên'],
  ['chi uỷ viên', 'chi ủy viên'],
  ['phó bí thư', 'phó bí thư'],
  ['bí thư', 'bí thư'],
  ['tổ dân phố', 'tổ dân phố'],
  ['thị trấn', 'thị trấn'],
  ['thôn', 'thôn'],
  ['xã', 'xã'],
  ['phường', 'phường'],
  // Reports count members as "2.130 đồng chí" as often as "2.130 đảng viên".
  ['đồng chí', 'đảng viên'],
  ['đ/c', 'đảng viên'],
  ['đại biểu', 'đại biểu'],
  ['ủy viên', 'ủy viên'],
  ['uỷ viên', 'ủy viên'],
  ['ứng cử viên', 'ứng cử viên'],
  ['cán bộ', 'cán bộ'],
  ['quần chúng', 'quần chúng'],
  ['khu phố', 'khu phố'],
  ['phó giáo sư', 'phó giáo sư'],
  ['giáo sư', 'giáo sư'],
  ['thạc sĩ', 'thạc sĩ'],
  ['thạc sỹ', 'thạc sĩ'],
  ['tiến sĩ', 'tiến sĩ'],
  ['tiến sỹ', 'tiến sĩ'],
];

/** Short words that folding would confuse ("nam" and "năm"): matched as written. */
const EXACT: [string, string][] = [
  ['người', 'người'],
  ['nữ', 'nữ'],
  ['nam', 'nam'],
  ['ấp', 'ấp'],
];

/** Counts of people: a whole in "đại biểu" and parts in "người", "đồng chí" or "nữ" count the same thing. */
const PEOPLE = new Set([
  'đảng viên',
  'đảng viên chính thức',
  'đảng viên dự bị',
  'đảng viên mới',
  'cấp ủy viên',
  'chi ủy viên',
  'bí thư',
  'phó bí thư',
  'đại biểu',
  'ủy viên',
  'người',
  'cán bộ',
  'ứng cử viên',
  'nữ',
  'nam',
  'quần chúng',
  'giáo sư',
  'phó giáo sư',
  'thạc sĩ',
  'tiến sĩ',
]);

export function isPeople(key: string): boolean {
  return PEOPLE.has(key);
}

/** Parts a whole is made of, beyond "same noun, more words" (chi bộ → chi bộ trực thuộc). */
const PARTS_OF: Record<string, string[]> = {
  // Counting grassroots organizations, "621 chi bộ và 323 đảng bộ" means base cells and base committees.
  'tổ chức cơ sở đảng': ['đảng bộ cơ sở', 'chi bộ cơ sở', 'chi bộ', 'đảng bộ'],
  'tổ chức đảng': ['đảng bộ cơ sở', 'chi bộ cơ sở', 'đảng bộ bộ phận', 'chi bộ trực thuộc', 'chi bộ', 'đảng bộ', 'tổ chức cơ sở đảng'],
  'chi bộ': ['chi bộ cơ sở', 'chi bộ trực thuộc'],
  'đảng viên': ['đảng viên chính thức', 'đảng viên dự bị', 'đảng viên mới', 'chính thức', 'dự bị', 'nam', 'nữ'],
  'cấp ủy viên': ['bí thư', 'phó bí thư'],
  'chi ủy viên': ['bí thư', 'phó bí thư'],
};

const FOLDED = TERMS.map(([t, key]) => [foldForSearch(t), key] as const).sort((a, b) => b[0].length - a[0].length);

/** The key of the noun at the start of `after` (the text right after the number), or null when no word follows. */
export function nounKey(after: string): string | null {
  const head = after.replace(/^[ \u00a0]+/, '');
  if (!/^\p{L}/u.test(head)) return null;
  const lower = head.slice(0, 12).normalize('NFC').toLowerCase();
  for (const [w, key] of EXACT) if (lower.startsWith(w) && !/^[\p{L}\d]/u.test(lower.slice(w.length))) return key;
  const folded = foldForSearch(head.slice(0, 40));
  for (const [f, key] of FOLDED) {
    if (folded.startsWith(f) && !/^[a-z0-9]/.test(folded.slice(f.length))) return key;
  }
  // Unknown nouns count too ("35 hộ", "12 trường hợp"): the first two words stand for them.
  return head
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s,;.:()]+/)
    .slice(0, 2)
    .join(' ');
}

/** Whether a count of `part` can be a share of a count of `whole`: one of its parts, people of people, or a count printed without its noun. */
const fitCache = new Map<string, boolean>();

export function fits(part: string, whole: string): boolean {
  const k = `${part}\u0000${whole}`;
  let v = fitCache.get(k);
  if (v === undefined) fitCache.set(k, (v = fitsNow(part, whole)));
  return v;
}

function fitsNow(part: string, whole: string): boolean {
  // "304 Chi bộ" of "543/545 Chi bộ trực thuộc": one word more or less names the same thing in context.
  return part === '?' || isPartOf(part, whole) || isPartOf(whole, part) || (PEOPLE.has(part) && PEOPLE.has(whole));
}

/** Whether a count of `part` can be one of the parts of a count of `whole`. */
export function isPartOf(part: string, whole: string): boolean {
  return part === whole || part.startsWith(`${whole} `) || (PARTS_OF[whole]?.includes(part) ?? false);
}

/**
 * The narrowest key every one of `keys` is a part of: the keys themselves first, then the wholes
 * of PARTS_OF ("chi bộ trực thuộc" and "chi bộ cơ sở" are both parts of "chi bộ"); null when none.
 */
export function commonWhole(keys: string[]): string | null {
  const fits = [...new Set([...keys, ...Object.keys(PARTS_OF)])].filter((k) => keys.every((p) => isPartOf(p, k)));
  return fits.find((k) => fits.every((o) => isPartOf(k, o))) ?? fits[0] ?? null;
}
