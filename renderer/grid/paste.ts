/**
 * A pasted block becomes one batch of changes, or a list of what is wrong with it — never half of it,
 * so that a block with one bad cell saves nothing (as figures.set itself is all-or-nothing).
 */
import { parseCount } from '../../io/values.ts';
import type { Pos } from './navigation.ts';

export type CellRead<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Where each cell of a block lands from `at`, read by `read`; a cell outside the table (`fits` false) or one
 * that does not read is an error, and then nothing is placed. Every grid's paste goes through here.
 */
export function planBlock<T>(
  at: Pos,
  block: string[][],
  fits: (row: number, col: number) => boolean,
  read: (row: number, col: number, raw: string) => CellRead<T>,
): { cells: { row: number; col: number; value: T }[]; errors: string[] } {
  const cells: { row: number; col: number; value: T }[] = [];
  const errors: string[] = [];
  block.forEach((line, dr) => {
    line.forEach((raw, dc) => {
      const row = at.row + dr;
      const col = at.col + dc;
      if (!fits(row, col)) {
        errors.push(`Khối dán vượt ra ngoài bảng (dòng ${dr + 1}, cột ${dc + 1} của khối).`);
        return;
      }
      const r = read(row, col, raw);
      if (r.ok) cells.push({ row, col, value: r.value });
      else errors.push(r.reason);
    });
  });
  return { cells, errors: [...new Set(errors)] };
}

/** What a refused block says: its first ten problems, and how many more. */
export function refusedPasteText(errors: string[], nothing: string): string {
  return `Không dán được — ${nothing}:\n${errors.slice(0, 10).join('\n')}${errors.length > 10 ? `\n… và ${errors.length - 10} lỗi khác.` : ''}`;
}

export interface GridShape {
  rows: { unitId: number; name: string; values: (number | null)[] }[];
  indicators: { code: string; name: string }[];
}

export interface PlannedChange {
  row: number;
  col: number;
  unitId: number;
  indicator: string;
  before: number | null;
  after: number | null;
}

export function planPaste(grid: GridShape, at: Pos, block: string[][]): { changes: PlannedChange[]; errors: string[] } {
  const plan = planBlock(
    at,
    block,
    (r, c) => Boolean(grid.rows[r] && grid.indicators[c]),
    (r, c, raw) => {
      const p = parseCount(raw);
      return p.ok ? p : { ok: false, reason: `${grid.rows[r]!.name} — ${grid.indicators[c]!.name}: ${p.reason}` };
    },
  );
  const changes = plan.cells.map(({ row, col, value }) => {
    const r = grid.rows[row]!;
    return { row, col, unitId: r.unitId, indicator: grid.indicators[col]!.code, before: r.values[col] ?? null, after: value };
  });
  return { changes, errors: plan.errors };
}
