/** The words of the field: kinds of unit, sectors (khối) and unit types (loại hình), with their Vietnamese labels. */
import type { Role, UnitKind } from '../db/codes.ts';

// The stored codes belong to the schema; the domain and the screens keep importing them from here.
export { EDUCATION_LEVELS, LEVELS, PROFESSIONAL_LEVELS, THEORY_LEVELS, UNIT_KINDS } from '../db/codes.ts';
export type { Education, Level, Professional, Role, Theory, UnitKind } from '../db/codes.ts';

export const KIND_LABELS: Record<UnitKind, string> = {
  committee: 'Đảng bộ (cấp trên cơ sở)',
  baseCommittee: 'Đảng bộ cơ sở',
  baseCell: 'Chi bộ cơ sở',
  subCommittee: 'Đảng bộ bộ phận',
  cell: 'Chi bộ trực thuộc',
};

/** Which kinds may sit under which: the shape of the tree. */
export const ALLOWED_PARENTS: Record<UnitKind, UnitKind[]> = {
  committee: [],
  baseCommittee: ['committee'],
  baseCell: ['committee'],
  subCommittee: ['baseCommittee'],
  cell: ['baseCommittee', 'subCommittee'],
};

/** Cells (chi bộ) are where members are counted: chi bộ trực thuộc and chi bộ cơ sở. */
export const CELL_KINDS: UnitKind[] = ['cell', 'baseCell'];
export const BASE_ORG_KINDS: UnitKind[] = ['baseCommittee', 'baseCell'];

export const SECTORS: Record<string, string> = {
  'xa-thi-tran': 'Xã, thị trấn',
  phuong: 'Phường',
  'co-quan': 'Cơ quan',
  'doanh-nghiep': 'Doanh nghiệp',
  'su-nghiep': 'Sự nghiệp',
  'luc-luong-vu-trang': 'Lực lượng vũ trang',
};

export const UNIT_TYPES: Record<string, string> = {
  thon: 'Chi bộ thôn',
  'to-dan-pho': 'Chi bộ tổ dân phố',
  'truong-hoc': 'Chi bộ trường học',
  'y-te': 'Chi bộ y tế',
  'quan-su': 'Chi bộ quân sự',
  'cong-an': 'Chi bộ công an',
  'co-quan': 'Chi bộ cơ quan',
  'doanh-nghiep-nha-nuoc': 'Chi bộ doanh nghiệp nhà nước',
  'doanh-nghiep-ngoai-nha-nuoc': 'Chi bộ doanh nghiệp ngoài khu vực nhà nước',
  'su-nghiep': 'Chi bộ đơn vị sự nghiệp',
  khac: 'Loại hình khác',
};

export const ROLE_LABELS: Record<Role, string> = { secretary: 'Bí thư', deputy: 'Phó bí thư', member: 'Chi ủy viên' };

export const LEVEL_LABELS: Record<string, string> = {
  thcs: 'THCS',
  thpt: 'THPT',
  none: 'Chưa qua đào tạo',
  so_cap: 'Sơ cấp',
  trung_cap: 'Trung cấp',
  cao_dang: 'Cao đẳng',
  dai_hoc: 'Đại học',
  tren_dai_hoc: 'Trên đại học',
  cao_cap: 'Cao cấp',
  cu_nhan: 'Cử nhân',
};
