/** A block of cells chosen with Shift+arrows or Shift+click: from the anchor to the cursor, either way round. */
import type { Pos } from './navigation.ts';

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rectOf(anchor: Pos | null, cursor: Pos): Rect {
  const a = anchor ?? cursor;
  return {
    top: Math.min(a.row, cursor.row),
    left: Math.min(a.col, cursor.col),
    bottom: Math.max(a.row, cursor.row),
    right: Math.max(a.col, cursor.col),
  };
}

export function inRect(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function cellsOf(r: Rect): Pos[] {
  const out: Pos[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

export function sizeOf(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** The cells of a block as rows of values, for copying it out as TSV. */
export function blockOf<T>(r: Rect, value: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(value(row, col));
    out.push(line);
  }
  return out;
}
