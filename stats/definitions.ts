/** The standard breakdowns, and user-defined groupings read from the database. */
import type { DB } from '../db/open.ts';
import { listGroupings } from '../db/groupings.ts';
import { UserError } from '../core/errors.ts';

import type { UnitFilter } from './unit-filter.ts';
export { unitFilterSchema, type UnitFilter } from './unit-filter.ts';

export interface GroupDef { label: string; filter: UnitFilter }

export type Population = 'cells' | 'baseOrgs';

export type BreakdownDef =
  | { id: string; name: string; type: 'groups'; population: Population; shareOf: 'members' | 'units'; groups: GroupDef[] }
  | { id: string; name: string; type: 'field'; population: Population; shareOf: 'members' | 'units'; field: 'baseSector' | 'unitType' | 'rating' }
  | { id: string; name: string; type: 'split'; indicator: string; partLabel: string; restLabel: string };

export const DEFAULT_BREAKDOWN = 'nhom-chi-bo';

export const BUILTIN_BREAKDOWNS: BreakdownDef[] = [
  {
    id: 'nhom-chi-bo',
    name: 'Chi bộ và đảng viên theo nhóm chi bộ',
    type: 'groups',
    population: 'cells',
    shareOf: 'members',
    groups: [
      { label: 'Chi bộ trực thuộc đảng bộ xã, thị trấn', filter: { kind: ['cell'], baseSector: ['xa-thi-tran', 'phuong'] } },
      { label: 'Chi bộ trực thuộc đảng bộ khối cơ quan', filter: { kind: ['cell'], baseSector: ['co-quan', 'su-nghiep', 'luc-luong-vu-trang'] } },
      { label: 'Chi bộ trực thuộc đảng bộ khối doanh nghiệp', filter: { kind: ['cell'], baseSector: ['doanh-nghiep'] } },
      { label: 'Chi bộ cơ sở', filter: { kind: ['baseCell'] } },
    ],
  },
  {
    id: 'to-chuc-co-so',
    name: 'Tổ chức cơ sở đảng',
    type: 'groups',
    population: 'baseOrgs',
    shareOf: 'members',
    groups: [
      { label: 'Đảng bộ cơ sở', filter: { kind: ['baseCommittee'] } },
      { label: 'Chi bộ cơ sở', filter: { kind: ['baseCell'] } },
    ],
  },
  { id: 'khoi', name: 'Chi bộ theo khối', type: 'field', population: 'cells', shareOf: 'members', field: 'baseSector' },
  { id: 'loai-hinh', name: 'Chi bộ theo loại hình', type: 'field', population: 'cells', shareOf: 'members', field: 'unitType' },
  { id: 'xep-loai', name: 'Chi bộ theo xếp loại chất lượng', type: 'field', population: 'cells', shareOf: 'units', field: 'rating' },
  { id: 'xep-loai-tccs', name: 'Tổ chức cơ sở đảng theo xếp loại chất lượng', type: 'field', population: 'baseOrgs', shareOf: 'units', field: 'rating' },
  { id: 'gioi-tinh', name: 'Đảng viên theo giới tính', type: 'split', indicator: 'nu', partLabel: 'Nữ', restLabel: 'Nam' },
  { id: 'dan-toc', name: 'Đảng viên theo dân tộc', type: 'split', indicator: 'dan_toc_thieu_so', partLabel: 'Dân tộc thiểu số', restLabel: 'Dân tộc Kinh' },
  { id: 'ton-giao', name: 'Đảng viên theo tôn giáo', type: 'split', indicator: 'co_dao', partLabel: 'Có đạo', restLabel: 'Không theo tôn giáo' },
  { id: 'du-bi', name: 'Đảng viên chính thức và dự bị', type: 'split', indicator: 'du_bi', partLabel: 'Dự bị', restLabel: 'Chính thức' },
];

export function listBreakdowns(db: DB): BreakdownDef[] {
  const user: BreakdownDef[] = listGroupings(db).map((g) => ({
    id: g.code,
    name: g.name,
    type: 'groups',
    population: 'cells',
    shareOf: 'members',
    groups: JSON.parse(g.groups) as GroupDef[],
  }));
  return [...BUILTIN_BREAKDOWNS, ...user];
}

export function findBreakdown(db: DB, id: string): BreakdownDef {
  const all = listBreakdowns(db);
  const def = all.find((d) => d.id === id);
  if (!def) {
    throw new UserError(`Không có cách phân tổ "${id}". Các cách có sẵn: ${all.map((d) => d.id).join(', ')}.`, 'unknown-breakdown');
  }
  return def;
}
