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

/** A key as the grids see it: the DOM event's key and modifiers, nothing else, so the rule stays pure. */
export interface KeyPress {
  key: string;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
}

/**
 * What a key does in a grid. `copy` and `paste` are the browser's own (Ctrl+C / Ctrl+V then fire clipboard
 * events the grid handles), so a grid must not prevent their default; every other action is the grid's.
 */
export type KeyAction =
  | { type: 'move'; to: Pos; extend: boolean }
  | { type: 'edit'; text: string }
  | { type: 'editCurrent' }
  | { type: 'clear' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'copy' }
  | { type: 'paste' }
  | { type: 'commit'; then: Pos | null }
  | { type: 'cancel' };

export interface KeyContext {
  pos: Pos;
  rows: number;
  cols: number;
  /** The cell editor is open: keys go to the text, except those that leave it. */
  editing: boolean;
}

/** The one keyboard rule of the figures grid and the entry grids: a key, where the cursor is → what to do (null: not ours). */
export function keyAction(k: KeyPress, { pos, rows, cols, editing }: KeyContext): KeyAction | null {
  if (editing) {
    if (k.key === 'Escape') return { type: 'cancel' };
    // Enter, Tab and the vertical arrows save the cell and go on, as in a spreadsheet; left and right move in the text.
    if (k.key === 'Enter' || k.key === 'Tab' || k.key === 'ArrowUp' || k.key === 'ArrowDown')
      return { type: 'commit', then: move(pos, k.key, k.shift, rows, cols) };
    return null;
  }
  if (k.ctrl) {
    const key = k.key.toLowerCase();
    if (key === 'z' && !k.shift) return { type: 'undo' };
    if (key === 'y' || (key === 'z' && k.shift)) return { type: 'redo' };
    if (key === 'c') return { type: 'copy' };
    if (key === 'v') return { type: 'paste' };
    if (k.key === 'Home' || k.key === 'End')
      return { type: 'move', to: { row: k.key === 'Home' ? 0 : Math.max(0, rows - 1), col: pos.col }, extend: k.shift };
    return null;
  }
  if (k.key === 'F2') return { type: 'editCurrent' };
  if (k.key === 'Delete' || k.key === 'Backspace') return { type: 'clear' };
  const arrow = k.key.startsWith('Arrow');
  // Shift with an arrow widens the selection; with Tab or Enter it goes backwards.
  const to = move(pos, k.key, arrow ? false : k.shift, rows, cols);
  if (to) return { type: 'move', to, extend: arrow && k.shift };
  if (k.key.length === 1 && !k.alt) return { type: 'edit', text: k.key };
  return null;
}

/** The KeyPress of a React or DOM keyboard event (Cmd counts as Ctrl on a Mac). */
export function keyPressOf(e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): KeyPress {
  return { key: e.key, ctrl: e.ctrlKey || e.metaKey, shift: e.shiftKey, alt: e.altKey };
}
