/**
 * A pasted block becomes one batch of changes, or a list of what is wrong with it — never half of it,
 * so that a block with one bad cell saves nothing (as figures.set itself is all-or-nothing).
 */
import { parseCount } from '../../io/values.ts';
import type { Pos } from './navigation.ts';

export interface GridShape {
  rows: { unitId: number; name: string; values: (number | null)[] }[];
  indicators: { code: string; name: string }[];
}

export interface PlannedChange { row: number; col: number; unitId: number; indicator: string; before: number | null; after: number | null }

export function planPaste(grid: GridShape, at: Pos, block: string[][]): { changes: PlannedChange[]; errors: string[] } {
  const changes: PlannedChange[] = [];
  const errors: string[] = [];
  block.forEach((cells, dr) => {
    const row = grid.rows[at.row + dr];
    cells.forEach((raw, dc) => {
      const col = at.col + dc;
      const ind = grid.indicators[col];
      if (!row || !ind) {
        errors.push(`Khối dán vượt ra ngoài bảng (dòng ${dr + 1}, cột ${dc + 1} của khối).`);
        return;
      }
      const p = parseCount(raw);
      if (!p.ok) errors.push(`${row.name} — ${ind.name}: ${p.reason}`);
      else changes.push({ row: at.row + dr, col, unitId: row.unitId, indicator: ind.code, before: row.values[col] ?? null, after: p.value });
    });
  });
  return { changes, errors: [...new Set(errors)] };
}
