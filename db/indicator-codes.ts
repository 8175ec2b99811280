/** The indicators a member list yields for each unit (codes of table `indicator`, migrations 001 and 004). */

export const AGE_BANDS = [
  { code: 'tuoi_den_30', min: 0, max: 30 },
  { code: 'tuoi_31_40', min: 31, max: 40 },
  { code: 'tuoi_41_50', min: 41, max: 50 },
  { code: 'tuoi_51_60', min: 51, max: 60 },
  { code: 'tuoi_tren_60', min: 61, max: Infinity },
] as const;

export const MEMBERSHIP_BANDS = [
  { code: 'tuoi_dang_duoi_10', min: 0, max: 9 },
  { code: 'tuoi_dang_10_29', min: 10, max: 29 },
  { code: 'tuoi_dang_30', min: 30, max: Infinity },
] as const;

/** Huy hiệu Đảng: 30 and 40 years, then every 5 years from 45 to 90. */
export const BADGE_YEARS = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;
export const badgeCode = (years: number): string => `huy_hieu_${years}`;

export const BASE_CODES = ['dang_vien', 'du_bi', 'nu', 'dan_toc_thieu_so', 'co_dao', 'ket_nap_moi'] as const;

/** Everything a member list sets for the units it covers, in a fixed order. */
export const DERIVED_CODES: string[] = [
  ...BASE_CODES,
  ...AGE_BANDS.map((b) => b.code),
  ...MEMBERSHIP_BANDS.map((b) => b.code),
  ...BADGE_YEARS.map(badgeCode),
];

/** Only a member list can give these; the input sheet for hand-entered figures leaves them out. */
export const LIST_ONLY_CODES = new Set(DERIVED_CODES.filter((c) => !(BASE_CODES as readonly string[]).includes(c)));
