/** The organization of one year as an in-memory tree: parents, children, base organization of each unit, sums up the tree. */
import type { UnitRow } from '../db/units.ts';
import { BASE_ORG_KINDS } from './catalog.ts';

export class OrgTree {
  readonly units: UnitRow[];
  readonly byId = new Map<number, UnitRow>();
  readonly children = new Map<number, UnitRow[]>();
  // A tree is a snapshot of one year and never changes, so walks are computed once: targets ask
  // for the cells of a scope (the whole tree in order) once per target, 18 times a plan.
  private orderedCache: { unit: UnitRow; depth: number }[] | undefined;
  private readonly baseCache = new Map<number, UnitRow | undefined>();

  constructor(units: UnitRow[]) {
    this.units = units;
    for (const u of units) this.byId.set(u.id, u);
    for (const u of units) {
      if (u.parentId === null || !this.byId.has(u.parentId)) continue;
      let list = this.children.get(u.parentId);
      if (!list) this.children.set(u.parentId, (list = []));
      list.push(u);
    }
  }

  childrenOf(id: number): UnitRow[] {
    return this.children.get(id) ?? [];
  }

  isLeaf(id: number): boolean {
    return !this.children.has(id);
  }

  /** The đảng bộ cơ sở or chi bộ cơ sở a unit belongs to (itself if it is one). */
  baseOrgOf(id: number): UnitRow | undefined {
    if (this.baseCache.has(id)) return this.baseCache.get(id);
    const found = this.findBaseOrg(id);
    this.baseCache.set(id, found);
    return found;
  }

  private findBaseOrg(id: number): UnitRow | undefined {
    let u = this.byId.get(id);
    while (u) {
      if (BASE_ORG_KINDS.includes(u.kind)) return u;
      u = u.parentId === null ? undefined : this.byId.get(u.parentId);
    }
    return undefined;
  }

  /**
   * Sums a leaf figure up the tree: a unit with children is the sum of its children,
   * a leaf is what was entered for it (missing = 0, reported by the consistency checks).
   */
  rollup(leafValues: ReadonlyMap<number, number>): Map<number, number> {
    const out = new Map<number, number>();
    const visit = (u: UnitRow): number => {
      const kids = this.children.get(u.id);
      const v = kids ? kids.reduce((s, k) => s + visit(k), 0) : (leafValues.get(u.id) ?? 0);
      out.set(u.id, v);
      return v;
    };
    for (const u of this.units) if (u.parentId === null || !this.byId.has(u.parentId)) visit(u);
    return out;
  }

  /** Depth-first order, as the tree is shown. A fresh array each call; the entries are shared. */
  ordered(): { unit: UnitRow; depth: number }[] {
    this.orderedCache ??= this.walk();
    return this.orderedCache.slice();
  }

  private walk(): { unit: UnitRow; depth: number }[] {
    const out: { unit: UnitRow; depth: number }[] = [];
    const walk = (u: UnitRow, depth: number) => {
      out.push({ unit: u, depth });
      for (const k of this.childrenOf(u.id)) walk(k, depth + 1);
    };
    for (const u of this.units) if (u.parentId === null || !this.byId.has(u.parentId)) walk(u, 0);
    return out;
  }
}
