/**
 * Ratings across rule changes. A rating is stored on the scale in force in its year; to judge a
 * plan target across years it is mapped, by this explicit table, onto four comparable levels.
 * The table is shown to the user as is (targets.scaleMapping), so the equivalence is never hidden.
 */
import { levelName, MEMBER_SCALE_OLD, SCALE_124, SCALE_366, SCALE_NEW, UNIT_SCALE_OLD } from '../org/ratings.ts';

export const COMPARABLE_LEVELS = ['xuat-sac', 'tot', 'hoan-thanh', 'khong-hoan-thanh'] as const;
export type ComparableLevel = (typeof COMPARABLE_LEVELS)[number];

/** Higher is better; "at least tốt" means order ≥ that of 'tot'. */
const ORDER: Record<ComparableLevel, number> = { 'xuat-sac': 4, tot: 3, 'hoan-thanh': 2, 'khong-hoan-thanh': 1 };

export const COMPARABLE_NAMES: Record<ComparableLevel, { unit: string; member: string }> = {
  'xuat-sac': { unit: 'trong sạch vững mạnh (hoàn thành xuất sắc nhiệm vụ)', member: 'hoàn thành xuất sắc nhiệm vụ' },
  tot: { unit: 'hoàn thành tốt nhiệm vụ', member: 'hoàn thành tốt nhiệm vụ' },
  'hoan-thanh': { unit: 'hoàn thành nhiệm vụ', member: 'hoàn thành nhiệm vụ' },
  'khong-hoan-thanh': { unit: 'không hoàn thành nhiệm vụ (yếu kém)', member: 'không hoàn thành nhiệm vụ' },
};

export const SCALE_NAMES: Record<string, string> = {
  [UNIT_SCALE_OLD]: 'Hướng dẫn số 27-HD/BTCTW (2014), tổ chức đảng, đến năm 2017',
  [MEMBER_SCALE_OLD]: 'Hướng dẫn số 27-HD/BTCTW (2014), đảng viên, đến năm 2017',
  [SCALE_NEW]: 'Quy định số 132-QĐ/TW, ngày 08/3/2018, năm 2018–2022',
  [SCALE_124]: 'Quy định số 124-QĐ/TW, ngày 04/10/2023, năm 2023–2024',
  [SCALE_366]: 'Quy định số 366-QĐ/TW, ngày 30/8/2025, từ năm 2025 (chấm điểm trên thang 100)',
};

export interface MappingRow {
  scale: string;
  code: string;
  comparable: ComparableLevel;
  note: string | null;
}

export const SCALE_MAPPING: MappingRow[] = [
  {
    scale: UNIT_SCALE_OLD,
    code: 'tsvm',
    comparable: 'xuat-sac',
    note: 'Từ năm 2019 "trong sạch vững mạnh" là danh hiệu của tổ chức đảng xếp loại hoàn thành xuất sắc nhiệm vụ, nên chỉ tiêu "đạt trong sạch vững mạnh" được tính bằng mức hoàn thành xuất sắc nhiệm vụ.',
  },
  { scale: UNIT_SCALE_OLD, code: 'htt', comparable: 'tot', note: null },
  { scale: UNIT_SCALE_OLD, code: 'ht', comparable: 'hoan-thanh', note: null },
  { scale: UNIT_SCALE_OLD, code: 'yk', comparable: 'khong-hoan-thanh', note: 'Mức thấp nhất của mỗi thang được coi là tương đương.' },
  { scale: MEMBER_SCALE_OLD, code: 'htxs', comparable: 'xuat-sac', note: null },
  { scale: MEMBER_SCALE_OLD, code: 'htt', comparable: 'tot', note: null },
  { scale: MEMBER_SCALE_OLD, code: 'ht', comparable: 'hoan-thanh', note: null },
  { scale: MEMBER_SCALE_OLD, code: 'khtnv', comparable: 'khong-hoan-thanh', note: null },
  { scale: SCALE_NEW, code: 'htxs', comparable: 'xuat-sac', note: 'Tổ chức đảng xếp loại mức này được công nhận "trong sạch vững mạnh".' },
  { scale: SCALE_NEW, code: 'htt', comparable: 'tot', note: null },
  { scale: SCALE_NEW, code: 'ht', comparable: 'hoan-thanh', note: null },
  { scale: SCALE_NEW, code: 'khtnv', comparable: 'khong-hoan-thanh', note: null },
  ...[SCALE_124, SCALE_366].flatMap((scale): MappingRow[] => [
    { scale, code: 'htxs', comparable: 'xuat-sac', note: null },
    { scale, code: 'htt', comparable: 'tot', note: null },
    { scale, code: 'ht', comparable: 'hoan-thanh', note: null },
    { scale, code: 'khtnv', comparable: 'khong-hoan-thanh', note: null },
  ]),
];

const BY_KEY = new Map(SCALE_MAPPING.map((r) => [`${r.scale}|${r.code}`, r.comparable]));

/** The comparable level of a stored rating, or undefined when the table has no row for it. */
export function comparableOf(scale: string, code: string): ComparableLevel | undefined {
  return BY_KEY.get(`${scale}|${code}`);
}

export function atLeast(level: ComparableLevel, min: ComparableLevel): boolean {
  return ORDER[level] >= ORDER[min];
}

/** The mapping as the user reads it: one row per stored level. */
export function mappingView(): {
  scale: string;
  scaleName: string;
  code: string;
  name: string;
  comparable: ComparableLevel;
  comparableName: string;
  note: string | null;
}[] {
  return SCALE_MAPPING.map((r) => ({
    scale: r.scale,
    scaleName: SCALE_NAMES[r.scale] ?? r.scale,
    code: r.code,
    name: levelName(r.scale, r.code),
    comparable: r.comparable,
    comparableName: r.scale === MEMBER_SCALE_OLD ? COMPARABLE_NAMES[r.comparable].member : COMPARABLE_NAMES[r.comparable].unit,
    note: r.note,
  }));
}
