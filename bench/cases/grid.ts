/** What the figures grid's baseline reads for its first window: found beforehand, outside the timing. */
import type { DB } from '../../db/open.ts';
import { listUnits } from '../../db/units.ts';
import { OrgTree } from '../../org/tree.ts';
import { PAGE } from '../../renderer/grid/page-size.ts';

/** Rows in view on the Số liệu screen, and a little more: the page the renderer asks for. */
export const GRID_WINDOW = PAGE;

/** The unit ids of the first `limit` rows and of the leaves below those of them that are not the root. */
export function gridWindowIds(db: DB, year: number, limit: number): { ids: number[]; total: number } {
  const tree = new OrgTree(listUnits(db, year));
  const rows = tree.ordered();
  const ids = new Set<number>();
  rows.slice(0, limit).forEach((r, i) => {
    ids.add(r.unit.id);
    if (i === 0 || tree.isLeaf(r.unit.id)) return;
    for (let j = i + 1; j < rows.length && rows[j]!.depth > r.depth; j++) if (tree.isLeaf(rows[j]!.unit.id)) ids.add(rows[j]!.unit.id);
  });
  return { ids: [...ids], total: rows.length };
}
