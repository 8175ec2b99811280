/**
 * Rating rules by period (design.md §2, domain-2025.md): which rule is in force for a year's rating,
 * its levels, and for 366-QĐ/TW the score bands. Stored ratings name their scale, so a year rated
 * under one rule reads the same after the rules change again.
 */

export const UNIT_SCALE_OLD = 'hd27-2014';
export const MEMBER_SCALE_OLD = 'hd27-2014-dv';
export const SCALE_NEW = 'qd132-2018';
export const SCALE_124 = 'qd124-2023';
export const SCALE_366 = 'qd366-2025';

export interface RatingRule {
  /** Scale code for units (the member scale differs only under 27-HD). */
  unitScale: string;
  memberScale: string;
  fromYear: number;
  /** How a document cites it. */
  citation: string;
  /** Collectives get a score out of 100 and the level follows from it. */
  scored: boolean;
}

/** Newest last; a year takes the last rule whose fromYear it has reached. */
export const RATING_RULES: readonly RatingRule[] = [
  {
    unitScale: UNIT_SCALE_OLD,
    memberScale: MEMBER_SCALE_OLD,
    fromYear: 0,
    citation: 'Hướng dẫn số 27-HD/BTCTW, ngày 25/9/2014 của Ban Tổ chức Trung ương',
    scored: false,
  },
  {
    unitScale: SCALE_NEW,
    memberScale: SCALE_NEW,
    fromYear: 2018,
    citation: 'Quy định số 132-QĐ/TW, ngày 08/3/2018 của Bộ Chính trị',
    scored: false,
  },
  {
    unitScale: SCALE_124,
    memberScale: SCALE_124,
    fromYear: 2023,
    citation: 'Quy định số 124-QĐ/TW, ngày 04/10/2023 của Bộ Chính trị',
    scored: false,
  },
  {
    unitScale: SCALE_366,
    memberScale: SCALE_366,
    fromYear: 2025,
    citation: 'Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị',
    scored: true,
  },
];

export function ratingRuleFor(year: number): RatingRule {
  let rule = RATING_RULES[0]!;
  for (const r of RATING_RULES) if (year >= r.fromYear) rule = r;
  return rule;
}

export function unitScaleFor(year: number): string {
  return ratingRuleFor(year).unitScale;
}

export function memberScaleFor(year: number): string {
  return ratingRuleFor(year).memberScale;
}

const FOUR_LEVELS = [
  { code: 'htxs', name: 'Hoàn thành xuất sắc nhiệm vụ', rank: 1 },
  { code: 'htt', name: 'Hoàn thành tốt nhiệm vụ', rank: 2 },
  { code: 'ht', name: 'Hoàn thành nhiệm vụ', rank: 3 },
  { code: 'khtnv', name: 'Không hoàn thành nhiệm vụ', rank: 4 },
];

export const RATING_LEVELS: Record<string, { code: string; name: string; rank: number }[]> = {
  [UNIT_SCALE_OLD]: [
    { code: 'tsvm', name: 'Trong sạch vững mạnh', rank: 1 },
    { code: 'htt', name: 'Hoàn thành tốt nhiệm vụ', rank: 2 },
    { code: 'ht', name: 'Hoàn thành nhiệm vụ', rank: 3 },
    { code: 'yk', name: 'Yếu kém', rank: 4 },
  ],
  [MEMBER_SCALE_OLD]: FOUR_LEVELS,
  [SCALE_NEW]: FOUR_LEVELS,
  [SCALE_124]: FOUR_LEVELS,
  [SCALE_366]: FOUR_LEVELS,
};

export function levelName(scale: string, code: string): string {
  return RATING_LEVELS[scale]?.find((l) => l.code === code)?.name ?? code;
}

/**
 * 366-QĐ/TW bands on a score in hundredths (exact): ≥ 90 xuất sắc, 70 to < 90 tốt,
 * 50 to < 70 hoàn thành, < 50 không hoàn thành. The < 50 band is inferred (domain-2025.md).
 */
export function levelForScore(scoreCenti: number): 'htxs' | 'htt' | 'ht' | 'khtnv' {
  if (scoreCenti >= 9000) return 'htxs';
  if (scoreCenti >= 7000) return 'htt';
  if (scoreCenti >= 5000) return 'ht';
  return 'khtnv';
}

/** "90,00" from 9000: how a score is written in messages. */
export function formatScore(scoreCenti: number): string {
  return (scoreCenti / 100).toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * A level entered beside a score must be the level its band gives (366-QĐ/TW). Returns the message
 * to show, or null when they agree or the rule of that scale has no score. Any import, screen or
 * checker calls this, so the wording and the bands stay in one place.
 */
export function checkScoreLevel(scale: string, scoreCenti: number | null, level: string): string | null {
  const rule = RATING_RULES.find((r) => r.unitScale === scale || r.memberScale === scale);
  if (scoreCenti === null) return null;
  if (!rule?.scored) return `Thang xếp loại ${scale} không chấm điểm; bỏ điểm ${formatScore(scoreCenti)} hoặc chọn thang ${SCALE_366}.`;
  if (!Number.isInteger(scoreCenti) || scoreCenti < 0 || scoreCenti > 10000) {
    return `Điểm phải từ 0 đến 100 (nhận được ${formatScore(scoreCenti)}).`;
  }
  const expected = levelForScore(scoreCenti);
  if (expected === level) return null;
  return `Điểm ${formatScore(scoreCenti)} ứng với mức "${levelName(scale, expected)}", không phải "${levelName(scale, level)}" (Quy định 366-QĐ/TW: từ 90 điểm xuất sắc, từ 70 đến dưới 90 tốt, từ 50 đến dưới 70 hoàn thành, dưới 50 không hoàn thành).`;
}
