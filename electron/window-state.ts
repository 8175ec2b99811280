/** The window opens where the user left it, unless that place is no longer on any screen (a monitor was unplugged). */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_STATE: WindowState = { width: 1280, height: 800, maximized: false };
const MIN = { width: 900, height: 600 };

export function parseState(text: string | null): WindowState {
  if (!text) return DEFAULT_STATE;
  try {
    const s = JSON.parse(text) as Partial<WindowState>;
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined);
    const width = num(s.width),
      height = num(s.height);
    if (width === undefined || height === undefined) return DEFAULT_STATE;
    return {
      x: num(s.x),
      y: num(s.y),
      width: Math.max(MIN.width, width),
      height: Math.max(MIN.height, height),
      maximized: s.maximized === true,
    };
  } catch {
    return DEFAULT_STATE;
  }
}

/** Keeps the saved position only if a good part of the title bar is visible on one of the screens. */
export function fitToScreens(s: WindowState, areas: Area[]): WindowState {
  const width = Math.min(s.width, Math.max(MIN.width, ...areas.map((a) => a.width)));
  const height = Math.min(s.height, Math.max(MIN.height, ...areas.map((a) => a.height)));
  if (s.x === undefined || s.y === undefined) return { width, height, maximized: s.maximized };
  const { x, y } = s;
  const visible = areas.some((a) => {
    const overlap = Math.min(x + width, a.x + a.width) - Math.max(x, a.x);
    return overlap >= 100 && y >= a.y && y < a.y + a.height - 40;
  });
  return visible ? { x, y, width, height, maximized: s.maximized } : { width, height, maximized: s.maximized };
}

export function loadState(file: string, areas: Area[]): WindowState {
  let text: string | null = null;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    /* first run */
  }
  return fitToScreens(parseState(text), areas);
}

export function saveState(file: string, s: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(s));
}
