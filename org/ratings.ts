/** Rating scales by period (design.md §2): which scale is in force in a year. */

export const UNIT_SCALE_OLD = 'hd27-2014';
export const MEMBER_SCALE_OLD = 'hd27-2014-dv';
export const SCALE_NEW = 'qd132-2018';

export function unitScaleFor(year: number): string {
  return year <= 2017 ? UNIT_SCALE_OLD : SCALE_NEW;
}

export function memberScaleFor(year: number): string {
  return year <= 2017 ? MEMBER_SCALE_OLD : SCALE_NEW;
}

export const RATING_LEVELS: Record<string, { code: string; name: string; rank: number }[]> = {
  [UNIT_SCALE_OLD]: [
    { code: 'tsvm', name: 'Trong sạch vững mạnh', rank: 1 },
    { code: 'htt', name: 'Hoàn thành tốt nhiệm vụ', rank: 2 },
    { code: 'ht', name: 'Hoàn thành nhiệm vụ', rank: 3 },
    { code: 'yk', name: 'Yếu kém', rank: 4 },
  ],
  [MEMBER_SCALE_OLD]: [
    { code: 'htxs', name: 'Hoàn thành xuất sắc nhiệm vụ', rank: 1 },
    { code: 'htt', name: 'Hoàn thành tốt nhiệm vụ', rank: 2 },
    { code: 'ht', name: 'Hoàn thành nhiệm vụ', rank: 3 },
    { code: 'khtnv', name: 'Không hoàn thành nhiệm vụ', rank: 4 },
  ],
  [SCALE_NEW]: [
    { code: 'htxs', name: 'Hoàn thành xuất sắc nhiệm vụ', rank: 1 },
    { code: 'htt', name: 'Hoàn thành tốt nhiệm vụ', rank: 2 },
    { code: 'ht', name: 'Hoàn thành nhiệm vụ', rank: 3 },
    { code: 'khtnv', name: 'Không hoàn thành nhiệm vụ', rank: 4 },
  ],
};

export function levelName(scale: string, code: string): string {
  return RATING_LEVELS[scale]?.find((l) => l.code === code)?.name ?? code;
}
