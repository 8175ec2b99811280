/**
 * Finding a unit of a year from what a sheet says: its code, or its name (ignoring case and
 * diacritics), helped by the name of its đảng bộ cơ sở where names repeat ("Chi bộ thôn 1").
 */
import type { UnitRow } from '../db/units.ts';
import { OrgTree } from '../org/tree.ts';
import { foldForSearch } from '../format/vi.ts';

/** "Đảng bộ xã Cấn Hữu" and "Cấn Hữu" name the same committee; "Chi bộ thôn 1" and "Thôn 1" the same cell. */
export function core(s: string): string {
  return foldForSearch(s)
    .replace(/^(chi bo|dang bo|dang uy)\s+/, '')
    .replace(/^(xa|thi tran|phuong)\s+/, '');
}

export type Match =
  { kind: 'code'; unit: UnitRow } | { kind: 'name'; unit: UnitRow } | { kind: 'ambiguous'; candidates: UnitRow[] } | { kind: 'none' };

export class UnitMatcher {
  readonly tree: OrgTree;
  private readonly byCode = new Map<string, UnitRow>();
  private readonly byName = new Map<string, UnitRow[]>();
  private readonly byPlace = new Map<UnitRow[], Map<string, UnitRow[]>>();

  constructor(units: UnitRow[]) {
    this.tree = new OrgTree(units);
    for (const u of units) {
      this.byCode.set(foldForSearch(u.code), u);
      for (const key of new Set([foldForSearch(u.name), core(u.name)])) {
        const list = this.byName.get(key);
        if (list) list.push(u);
        else this.byName.set(key, [u]);
      }
    }
  }

  match(code: string | null, name: string | null, baseOrgName: string | null): Match {
    if (code) {
      const u = this.byCode.get(foldForSearch(code));
      if (u) return { kind: 'code', unit: u };
      if (!name) return { kind: 'none' };
    }
    if (!name) return { kind: 'none' };
    let candidates = this.byName.get(foldForSearch(name)) ?? this.byName.get(core(name)) ?? [];
    if (candidates.length > 1 && baseOrgName) candidates = this.placed(candidates).get(core(baseOrgName)) ?? [];
    if (candidates.length === 1) return { kind: 'name', unit: candidates[0]! };
    if (candidates.length > 1) return { kind: 'ambiguous', candidates };
    return { kind: 'none' };
  }

  /**
   * The units of one repeated name grouped by the name of their đảng bộ cơ sở and of their parent.
   * Built once per name: a province has thousands of "Chi bộ thôn 1", and a list names each many times.
   */
  private placed(candidates: UnitRow[]): Map<string, UnitRow[]> {
    let groups = this.byPlace.get(candidates);
    if (groups) return groups;
    groups = new Map();
    for (const u of candidates) {
      const base = this.tree.baseOrgOf(u.id);
      const parent = u.parentId === null ? undefined : this.tree.byId.get(u.parentId);
      const places = new Set<string>();
      if (base) places.add(core(base.name));
      if (parent) places.add(core(parent.name));
      for (const p of places) {
        const list = groups.get(p);
        if (list) list.push(u);
        else groups.set(p, [u]);
      }
    }
    this.byPlace.set(candidates, groups);
    return groups;
  }

  /** Where a unit sits, to tell apart the candidates of an ambiguous name. */
  describe(u: UnitRow): string {
    const base = this.tree.baseOrgOf(u.id);
    return base && base.id !== u.id ? `${u.name} (${base.name}, mã ${u.code})` : `${u.name} (mã ${u.code})`;
  }
}
