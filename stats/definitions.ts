/** The standard breakdowns, and user-defined groupings read from the database. */
import type { DB } from '../db/open.ts';
import { listGroupings } from '../db/groupings.ts';
import { UserError } from '../core/errors.ts';
import { readSettings } from '../db/settings.ts';
import { LEVELS, type Level } from '../db/codes.ts';

import type { UnitFilter } from './unit-filter.ts';
export { unitFilterSchema, type UnitFilter } from './unit-filter.ts';

export interface GroupDef {
  label: string;
  filter: UnitFilter;
}

export type Population = 'cells' | 'baseOrgs';

export type BreakdownDef =
  | { id: string; name: string; type: 'groups'; population: Population; shareOf: 'members' | 'units'; groups: GroupDef[] }
  | {
      id: string;
      name: string;
      type: 'field';
      population: Population;
      shareOf: 'members' | 'units';
      field: 'baseSector' | 'unitType' | 'rating';
    }
  | { id: string; name: string; type: 'split'; indicator: string; partLabel: string; restLabel: string };

export const DEFAULT_BREAKDOWN = 'nhom-chi-bo';

/** The seed's four groups (a district committee's, design.md §1); a province's communes are "xã, phường" since 7/2025. */
function seedGroups(communes: string): GroupDef[] {
  return [
    { label: `Chi bộ trực thuộc đảng bộ ${communes}`, filter: { kind: ['cell'], baseSector: ['xa-thi-tran', 'phuong'] } },
    {
      label: 'Chi bộ trực thuộc đảng bộ khối cơ quan',
      filter: { kind: ['cell'], baseSector: ['co-quan', 'su-nghiep', 'luc-luong-vu-trang'] },
    },
    { label: 'Chi bộ trực thuộc đảng bộ khối doanh nghiệp', filter: { kind: ['cell'], baseSector: ['doanh-nghiep'] } },
    { label: 'Chi bộ cơ sở', filter: { kind: ['baseCell'] } },
  ];
}

/**
 * A commune committee (since 1/7/2025) has no khối of base committees: its cells are told apart by
 * what they are (domain-2025.md), whether chi bộ cơ sở or under a base committee.
 */
const COMMUNE_GROUPS: GroupDef[] = [
  { label: 'Chi bộ thôn', filter: { unitType: ['thon'] } },
  { label: 'Chi bộ tổ dân phố', filter: { unitType: ['to-dan-pho'] } },
  { label: 'Chi bộ cơ quan, đơn vị sự nghiệp', filter: { unitType: ['co-quan', 'su-nghiep'] } },
  { label: 'Chi bộ trường học', filter: { unitType: ['truong-hoc'] } },
  { label: 'Chi bộ y tế', filter: { unitType: ['y-te'] } },
  { label: 'Chi bộ doanh nghiệp', filter: { unitType: ['doanh-nghiep-nha-nuoc', 'doanh-nghiep-ngoai-nha-nuoc'] } },
  { label: 'Chi bộ lực lượng vũ trang', filter: { unitType: ['quan-su', 'cong-an'] } },
];

/** The groups of cells of the default breakdown for a committee of this level. */
export function cellGroupsFor(level: Level): GroupDef[] {
  if (level === 'xa') return COMMUNE_GROUPS;
  return seedGroups(level === 'tinh' ? 'xã, phường' : 'xã, thị trấn');
}

/** The file's level as stored; a file from before levels existed is a district's (the settings' default). */
function storedLevel(db: DB): Level {
  const v = readSettings(db).level;
  return (LEVELS as readonly unknown[]).includes(v) ? (v as Level) : 'huyen';
}

/** The built-in breakdowns as a file of this level reads them. */
export function builtinBreakdowns(level: Level): BreakdownDef[] {
  return BUILTIN_BREAKDOWNS.map((d) => (d.id === DEFAULT_BREAKDOWN && d.type === 'groups' ? { ...d, groups: cellGroupsFor(level) } : d));
}

export const BUILTIN_BREAKDOWNS: BreakdownDef[] = [
  {
    id: 'nhom-chi-bo',
    name: 'Chi bộ và đảng viên theo nhóm chi bộ',
    type: 'groups',
    population: 'cells',
    shareOf: 'members',
    groups: seedGroups('xã, thị trấn'),
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
  {
    id: 'xep-loai-tccs',
    name: 'Tổ chức cơ sở đảng theo xếp loại chất lượng',
    type: 'field',
    population: 'baseOrgs',
    shareOf: 'units',
    field: 'rating',
  },
  { id: 'gioi-tinh', name: 'Đảng viên theo giới tính', type: 'split', indicator: 'nu', partLabel: 'Nữ', restLabel: 'Nam' },
  {
    id: 'dan-toc',
    name: 'Đảng viên theo dân tộc',
    type: 'split',
    indicator: 'dan_toc_thieu_so',
    partLabel: 'Dân tộc thiểu số',
    restLabel: 'Dân tộc Kinh',
  },
  {
    id: 'ton-giao',
    name: 'Đảng viên theo tôn giáo',
    type: 'split',
    indicator: 'co_dao',
    partLabel: 'Có đạo',
    restLabel: 'Không theo tôn giáo',
  },
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
  return [...builtinBreakdowns(storedLevel(db)), ...user];
}

export function findBreakdown(db: DB, id: string): BreakdownDef {
  const all = listBreakdowns(db);
  const def = all.find((d) => d.id === id);
  if (!def) {
    throw new UserError(`Không có cách phân tổ "${id}". Các cách có sẵn: ${all.map((d) => d.id).join(', ')}.`, 'unknown-breakdown');
  }
  return def;
}
