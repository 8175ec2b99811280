/** From the members of a unit, its indicators for a year: counted once, at import, and stored as figures. */
import type { MemberRecord } from '../db/members.ts';
import { yearOf } from '../io/values.ts';
import { foldForSearch } from '../format/vi.ts';
import { AGE_BANDS, BADGE_YEARS, badgeCode, DERIVED_CODES, MEMBERSHIP_BANDS } from '../db/indicator-codes.ts';

/** "Kinh" (or nothing said) is the majority; any other dân tộc counts as thiểu số. */
export function isMinority(ethnicity: string | null): boolean {
  if (!ethnicity) return false;
  const f = foldForSearch(ethnicity);
  return f !== 'kinh' && f !== 'viet' && f !== 'viet nam' && f !== 'kinh (viet)';
}

/** A religion is declared when the cell says something other than "không". */
export function hasReligion(religion: string | null): boolean {
  if (!religion) return false;
  const f = foldForSearch(religion);
  return !['khong', 'khong co', 'khong theo', 'khong ton giao', 'khong theo ton giao', 'khong dao', '-', '0', 'k'].includes(f);
}

/** Probationary at the end of the year: no official date yet, or one after 31/12. */
export function isProbationary(m: MemberRecord, year: number): boolean {
  return m.officialOn === null || yearOf(m.officialOn) > year;
}

function memoOf(f: (s: string | null) => boolean): (s: string | null) => boolean {
  const seen = new Map<string | null, boolean>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) seen.set(s, (v = f(s)));
    return v;
  };
}

/** Ages and years of membership are counted at 31/12 of the year, as in the yearly statistics report. */
export function deriveFigures(members: Iterable<MemberRecord>, year: number): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  const add = (counts: Map<string, number>, code: string) => counts.set(code, (counts.get(code) ?? 0) + 1);
  // A list says "Kinh" or "Không" a hundred thousand times: each distinct word is folded once.
  const minority = memoOf(isMinority);
  const religion = memoOf(hasReligion);
  for (const m of members) {
    let c = out.get(m.unitId);
    if (!c) {
      c = new Map(DERIVED_CODES.map((code) => [code, 0]));
      out.set(m.unitId, c);
    }
    add(c, 'dang_vien');
    if (isProbationary(m, year)) add(c, 'du_bi');
    if (m.gender === 'nu') add(c, 'nu');
    if (minority(m.ethnicity)) add(c, 'dan_toc_thieu_so');
    if (religion(m.religion)) add(c, 'co_dao');
    if (yearOf(m.joinedOn) === year) add(c, 'ket_nap_moi');
    const age = year - yearOf(m.birthDate);
    const band = AGE_BANDS.find((b) => age >= b.min && age <= b.max);
    if (band) add(c, band.code);
    const party = year - yearOf(m.joinedOn);
    const mb = MEMBERSHIP_BANDS.find((b) => party >= b.min && party <= b.max);
    if (mb) add(c, mb.code);
    if ((BADGE_YEARS as readonly number[]).includes(party)) add(c, badgeCode(party));
  }
  return out;
}
