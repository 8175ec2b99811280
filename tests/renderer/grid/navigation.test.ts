/** The one keyboard rule both grids follow: a key and where the cursor is → what the grid does. */
import { describe, expect, test } from 'vitest';
import { keyAction, keyPressOf, type KeyPress } from '../../../renderer/grid/navigation.ts';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrl: false,
  shift: false,
  alt: false,
  ...mods,
});
const at = (row: number, col: number, editing = false) => ({ pos: { row, col }, rows: 10, cols: 3, editing });

describe('keys on the grid (no editor open)', () => {
  test('arrows move, Shift+arrows widen the selection, both stop at the edges', () => {
    expect(keyAction(press('ArrowDown'), at(0, 0))).toEqual({ type: 'move', to: { row: 1, col: 0 }, extend: false });
    expect(keyAction(press('ArrowRight', { shift: true }), at(0, 0))).toEqual({ type: 'move', to: { row: 0, col: 1 }, extend: true });
    expect(keyAction(press('ArrowUp'), at(0, 2))).toEqual({ type: 'move', to: { row: 0, col: 2 }, extend: false });
    expect(keyAction(press('ArrowRight'), at(9, 2))).toEqual({ type: 'move', to: { row: 9, col: 2 }, extend: false });
  });
  test('Enter goes down and Shift+Enter up; Tab wraps to the next row and Shift+Tab back; neither widens', () => {
    expect(keyAction(press('Enter'), at(3, 1))).toEqual({ type: 'move', to: { row: 4, col: 1 }, extend: false });
    expect(keyAction(press('Enter', { shift: true }), at(3, 1))).toEqual({ type: 'move', to: { row: 2, col: 1 }, extend: false });
    expect(keyAction(press('Tab'), at(3, 2))).toEqual({ type: 'move', to: { row: 4, col: 0 }, extend: false });
    expect(keyAction(press('Tab', { shift: true }), at(3, 0))).toEqual({ type: 'move', to: { row: 2, col: 2 }, extend: false });
  });
  test('Home/End along the row, Ctrl+Home/End to the first and last row, PageDown by a page', () => {
    expect(keyAction(press('End'), at(3, 0))).toMatchObject({ to: { row: 3, col: 2 } });
    expect(keyAction(press('End', { ctrl: true }), at(3, 1))).toEqual({ type: 'move', to: { row: 9, col: 1 }, extend: false });
    expect(keyAction(press('Home', { ctrl: true, shift: true }), at(3, 1))).toEqual({ type: 'move', to: { row: 0, col: 1 }, extend: true });
    expect(keyAction(press('PageDown'), at(3, 1))).toMatchObject({ to: { row: 9, col: 1 } });
  });
  test('a printable key starts editing with that character; F2 edits what is there; Delete and Backspace clear', () => {
    expect(keyAction(press('7'), at(0, 0))).toEqual({ type: 'edit', text: '7' });
    expect(keyAction(press('đ'), at(0, 0))).toEqual({ type: 'edit', text: 'đ' });
    expect(keyAction(press('7', { alt: true }), at(0, 0))).toBeNull();
    expect(keyAction(press('F2'), at(0, 0))).toEqual({ type: 'editCurrent' });
    expect(keyAction(press('Delete'), at(0, 0))).toEqual({ type: 'clear' });
    expect(keyAction(press('Backspace'), at(0, 0))).toEqual({ type: 'clear' });
  });
  test('Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo (Caps Lock too); Ctrl+C / Ctrl+V are left to the clipboard events', () => {
    expect(keyAction(press('z', { ctrl: true }), at(0, 0))).toEqual({ type: 'undo' });
    expect(keyAction(press('Z', { ctrl: true }), at(0, 0))).toEqual({ type: 'undo' });
    expect(keyAction(press('Z', { ctrl: true, shift: true }), at(0, 0))).toEqual({ type: 'redo' });
    expect(keyAction(press('y', { ctrl: true }), at(0, 0))).toEqual({ type: 'redo' });
    expect(keyAction(press('c', { ctrl: true }), at(0, 0))).toEqual({ type: 'copy' });
    expect(keyAction(press('v', { ctrl: true }), at(0, 0))).toEqual({ type: 'paste' });
    // Ctrl with a letter is never typed into a cell.
    expect(keyAction(press('a', { ctrl: true }), at(0, 0))).toBeNull();
    expect(keyAction(press('Shift'), at(0, 0))).toBeNull();
  });
  test('an empty grid never moves the cursor below row 0', () => {
    expect(keyAction(press('End', { ctrl: true }), { pos: { row: 0, col: 0 }, rows: 0, cols: 3, editing: false })).toMatchObject({
      to: { row: 0, col: 0 },
    });
  });
});

describe('keys in the cell editor', () => {
  test('Enter, Tab and the vertical arrows commit and say where to go next; Escape cancels', () => {
    expect(keyAction(press('Enter'), at(3, 1, true))).toEqual({ type: 'commit', then: { row: 4, col: 1 } });
    expect(keyAction(press('Tab', { shift: true }), at(3, 1, true))).toEqual({ type: 'commit', then: { row: 3, col: 0 } });
    expect(keyAction(press('ArrowUp'), at(3, 1, true))).toEqual({ type: 'commit', then: { row: 2, col: 1 } });
    expect(keyAction(press('Escape'), at(3, 1, true))).toEqual({ type: 'cancel' });
  });
  test('everything else is the text box own: letters, left/right, Delete, Ctrl+Z', () => {
    for (const k of [press('5'), press('ArrowLeft'), press('Delete'), press('z', { ctrl: true }), press('Home')])
      expect(keyAction(k, at(3, 1, true))).toBeNull();
  });
});

test('keyPressOf reads Cmd as Ctrl', () => {
  expect(keyPressOf({ key: 'z', ctrlKey: false, metaKey: true, shiftKey: false, altKey: false })).toEqual(press('z', { ctrl: true }));
});
