/** Committee members' words as sheets write them: roles, education levels, yes/no. */
import { foldForSearch } from '../format/vi.ts';
import {
  EDUCATION_LEVELS,
  LEVEL_LABELS,
  PROFESSIONAL_LEVELS,
  THEORY_LEVELS,
  type Education,
  type Professional,
  type Role,
  type Theory,
} from './catalog.ts';

const fold = (s: string) =>
  foldForSearch(s)
    .replace(/[.,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const ROLES: Record<string, Role> = {
  'bi thu': 'secretary',
  bt: 'secretary',
  'bi thu chi bo': 'secretary',
  'bi thu dang uy': 'secretary',
  'pho bi thu': 'deputy',
  pbt: 'deputy',
  'pho bi thu chi bo': 'deputy',
  'pho bi thu dang uy': 'deputy',
  'cap uy vien': 'member',
  'chi uy vien': 'member',
  'dang uy vien': 'member',
  'uy vien': 'member',
  cuv: 'member',
  'chi uy': 'member',
  'dang uy': 'member',
};

export const ROLE_WORDS = ['Bí thư', 'Phó bí thư', 'Cấp ủy viên (chi ủy viên, đảng ủy viên)'];

export function parseRole(s: string): Role | undefined {
  return ROLES[fold(s)];
}

function byLabel<T extends string>(codes: readonly T[], extra: Record<string, T>): (s: string) => T | undefined {
  // Labels folded once, not once per cell: a province's sheet asks 75.000 members × 3 levels.
  const labels = codes.map((c) => [c, fold(LEVEL_LABELS[c] ?? c)] as const);
  return (s) => {
    const f = fold(s);
    return labels.find(([c, label]) => label === f || c === f.replace(/ /g, '_'))?.[0] ?? extra[f];
  };
}

export const parseEducation = byLabel<Education>(EDUCATION_LEVELS, {
  '9/12': 'thcs',
  '9 12': 'thcs',
  'trung hoc co so': 'thcs',
  '12/12': 'thpt',
  '12 12': 'thpt',
  'trung hoc pho thong': 'thpt',
});
export const parseProfessional = byLabel<Professional>(PROFESSIONAL_LEVELS, {
  khong: 'none',
  chua: 'none',
  'thac si': 'tren_dai_hoc',
  'tien si': 'tren_dai_hoc',
  dh: 'dai_hoc',
  cd: 'cao_dang',
  tc: 'trung_cap',
  sc: 'so_cap',
});
export const parseTheory = byLabel<Theory>(THEORY_LEVELS, {
  khong: 'none',
  chua: 'none',
  'so cap llct': 'so_cap',
  'trung cap llct': 'trung_cap',
  'cao cap llct': 'cao_cap',
  'cu nhan llct': 'cu_nhan',
  'cao cap ly luan chinh tri': 'cao_cap',
});

export const choiceWords = (codes: readonly string[]) => codes.map((c) => LEVEL_LABELS[c] ?? c);

/** "x", "có", "đã", "1" → true; "không", "chưa", "0" → false; blank → null. Undefined: not a yes or a no. */
export function parseYesNo(s: string | null): boolean | null | undefined {
  if (s === null) return null;
  const f = fold(s);
  if (['x', 'co', 'da', '1', 'yes', 'true', 'roi', 'da boi duong'].includes(f)) return true;
  if (['khong', 'chua', '0', 'no', 'false', '-'].includes(f)) return false;
  return undefined;
}
