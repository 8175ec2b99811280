/**
 * Scopes: the group of cells a target speaks of. A scope is a union of unit filters (the same
 * filters as the breakdowns), stored whole in the target row so a target keeps its meaning
 * even if the presets below change. Users may define any scope of their own.
 */
import type { UnitRow } from '../db/units.ts';
import { CELL_KINDS } from '../org/catalog.ts';
import type { OrgTree } from '../org/tree.ts';
import { matches } from '../stats/breakdown.ts';
import type { Scope } from './scope-schema.ts';
export { scopeSchema, type Scope } from './scope-schema.ts';

const AGENCY_BASE_SECTORS = ['co-quan', 'su-nghiep', 'luc-luong-vu-trang'];

export const SCOPE_PRESETS: Scope[] = [
  {
    code: 'thon-tdp',
    label: 'Chi bộ thôn, tổ dân phố',
    description: 'Chi bộ thôn và chi bộ tổ dân phố trực thuộc đảng bộ xã, thị trấn.',
    anyOf: [{ kind: ['cell'], unitType: ['thon', 'to-dan-pho'] }],
  },
  {
    code: 'co-quan',
    label: 'Chi bộ cơ quan',
    description:
      'Các chi bộ trực thuộc đảng bộ cơ sở khối cơ quan (cơ quan Đảng - đoàn thể, chính quyền, quân sự, công an), ' +
      'đúng nhóm "chi bộ trực thuộc đảng bộ khối cơ quan" của đề án. Không gồm chi bộ cơ sở: đề án là đề án về ' +
      'chi bộ trực thuộc đảng bộ cơ sở. Muốn tính cả chi bộ cơ sở cơ quan, chọn phạm vi "co-quan-mo-rong".',
    anyOf: [{ kind: ['cell'], baseSector: AGENCY_BASE_SECTORS }],
  },
  {
    code: 'co-quan-mo-rong',
    label: 'Chi bộ cơ quan (gồm cả chi bộ cơ sở cơ quan)',
    description: 'Chi bộ trực thuộc đảng bộ khối cơ quan và các chi bộ cơ sở loại hình cơ quan (Viện Kiểm sát, Tòa án, Thuế, Kho bạc…).',
    anyOf: [
      { kind: ['cell'], baseSector: AGENCY_BASE_SECTORS },
      { kind: ['baseCell'], unitType: ['co-quan'] },
    ],
  },
  {
    code: 'dn-ngoai-nha-nuoc',
    label: 'Chi bộ doanh nghiệp ngoài khu vực nhà nước',
    description: 'Chi bộ (trực thuộc hoặc cơ sở) của doanh nghiệp, hợp tác xã, quỹ tín dụng ngoài khu vực nhà nước.',
    anyOf: [{ kind: ['cell', 'baseCell'], unitType: ['doanh-nghiep-ngoai-nha-nuoc'] }],
  },
];

export function findScopePreset(code: string): Scope | undefined {
  return SCOPE_PRESETS.find((s) => s.code === code);
}

// A plan's targets share a few scopes; a tree never changes, so each scope is walked once per tree
// (18 walks of 25.000 units were 220 ms of a province's evaluation, issue 8).
const scopeCache = new WeakMap<OrgTree, Map<string, UnitRow[]>>();

/** What a scope selects, as a key: two scopes with the same filters hold the same cells, whatever their labels. */
export function scopeKey(scope: Scope): string {
  return JSON.stringify(scope.anyOf);
}

/** The cells of a year in a scope, in tree order. Only cells (chi bộ) can be in a scope. */
export function cellsInScope(tree: OrgTree, scope: Scope): UnitRow[] {
  let byScope = scopeCache.get(tree);
  if (!byScope) scopeCache.set(tree, (byScope = new Map()));
  const key = scopeKey(scope);
  let cells = byScope.get(key);
  if (!cells) byScope.set(key, (cells = findCells(tree, scope)));
  return cells.slice();
}

function findCells(tree: OrgTree, scope: Scope): UnitRow[] {
  return tree
    .ordered()
    .map((o) => o.unit)
    .filter((u) => CELL_KINDS.includes(u.kind))
    .filter((u) => scope.anyOf.some((f) => matches(f, u, tree.baseOrgOf(u.id)?.sector ?? null)));
}
