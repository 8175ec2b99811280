import { expect, test } from 'vitest';
import { cellsOf, inRect, rectOf, sizeOf } from '../../renderer/grid/selection.ts';

test('a block from anchor to cursor, either way round', () => {
  const r = rectOf({ row: 5, col: 3 }, { row: 2, col: 1 });
  expect(r).toEqual({ top: 2, left: 1, bottom: 5, right: 3 });
  expect(sizeOf(r)).toBe(12);
  expect(inRect(r, 2, 1) && inRect(r, 5, 3) && !inRect(r, 6, 3) && !inRect(r, 2, 0)).toBe(true);
  expect(cellsOf(rectOf(null, { row: 1, col: 1 }))).toEqual([{ row: 1, col: 1 }]);
  expect(cellsOf(rectOf({ row: 0, col: 0 }, { row: 1, col: 1 }))).toEqual([
    { row: 0, col: 0 },
    { row: 0, col: 1 },
    { row: 1, col: 0 },
    { row: 1, col: 1 },
  ]);
});
