import { describe, expect, test } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_STATE, fitToScreens, loadState, parseState, saveState } from '../../electron/window-state.ts';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };

describe('window state', () => {
  test('saved and restored', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tochuc-')), 'sub', 'window-state.json');
    expect(loadState(file, [screen])).toEqual(DEFAULT_STATE);
    saveState(file, { x: 100, y: 50, width: 1400, height: 900, maximized: true });
    expect(loadState(file, [screen])).toEqual({ x: 100, y: 50, width: 1400, height: 900, maximized: true });
  });
  test('a position on a monitor that is gone is dropped, the size kept within the screens', () => {
    const s = fitToScreens({ x: 2500, y: 100, width: 1400, height: 900, maximized: false }, [screen]);
    expect(s).toEqual({ width: 1400, height: 900, maximized: false });
    expect(fitToScreens({ x: 0, y: 0, width: 5000, height: 3000, maximized: false }, [screen])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
      maximized: false,
    });
    // Still on the second monitor at the left.
    expect(
      fitToScreens({ x: -1500, y: 10, width: 1200, height: 800, maximized: false }, [screen, { x: -1600, y: 0, width: 1600, height: 900 }])
        .x,
    ).toBe(-1500);
  });
  test('a damaged file gives the default', () => {
    expect(parseState('{not json')).toEqual(DEFAULT_STATE);
    expect(parseState('{"width":"wide"}')).toEqual(DEFAULT_STATE);
    expect(parseState('{"width":10,"height":10}')).toMatchObject({ width: 900, height: 600 });
  });
});
