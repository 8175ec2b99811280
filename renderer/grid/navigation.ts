/** Where the cursor goes on a key, as in a spreadsheet: arrows, Tab / Shift+Tab along the row, Enter down. */
export interface Pos {
  row: number;
  col: number;
}

export function move(pos: Pos, key: string, shift: boolean, rows: number, cols: number, page = 20): Pos | null {
  const clamp = (r: number, c: number): Pos => ({ row: Math.max(0, Math.min(rows - 1, r)), col: Math.max(0, Math.min(cols - 1, c)) });
  switch (key) {
    case 'ArrowUp':
      return clamp(pos.row - 1, pos.col);
    case 'ArrowDown':
      return clamp(pos.row + 1, pos.col);
    case 'ArrowLeft':
      return clamp(pos.row, pos.col - 1);
    case 'ArrowRight':
      return clamp(pos.row, pos.col + 1);
    case 'Enter':
      return clamp(pos.row + (shift ? -1 : 1), pos.col);
    case 'PageDown':
      return clamp(pos.row + page, pos.col);
    case 'PageUp':
      return clamp(pos.row - page, pos.col);
    case 'Home':
      return clamp(pos.row, 0);
    case 'End':
      return clamp(pos.row, cols - 1);
    case 'Tab': {
      // Tab wraps to the next row, so a whole column block can be keyed in without the mouse.
      const i = pos.row * cols + pos.col + (shift ? -1 : 1);
      if (i < 0 || i >= rows * cols) return pos;
      return { row: Math.floor(i / cols), col: i % cols };
    }
    default:
      return null;
  }
}
