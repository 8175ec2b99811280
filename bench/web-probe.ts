/**
 * What the web benchmark installs in the page before the app loads: a long-task observer, a per-frame
 * record of whether a busy indicator is on screen, and watches that note when an element first shows
 * after the user's first input. Times are the page's own clock (performance.now(), from navigation start),
 * so a slow test driver or server never adds to them.
 *
 * installProbe runs inside the browser (page.addInitScript): it must not use anything from this module's scope.
 */

/** What the app shows while it works: the loading line, a progress bar, anything marked aria-busy. */
export const BUSY_SELECTOR = '[aria-busy="true"], progress, [role="progressbar"]';

export interface Watch {
  selector: string;
  /** The element's text must contain this. */
  text?: string;
  /** Every element matching the selector must contain this, folded as the app's search folds (no diacritics, lower case). */
  allFolded?: string;
  /** Starts at the first pointerdown, keydown or wheel after the watch is set (false: at once, e.g. a page load). */
  armed: boolean;
}

export interface ProbeTask {
  start: number;
  duration: number;
}

export interface ProbeState {
  tasks: ProbeTask[];
  /** Each change of "an indicator is on screen", as seen by a frame. */
  busy: { t: number; on: boolean }[];
  watches: Record<string, Watch>;
  /** When each watch's interaction began, and when its element showed. */
  starts: Record<string, number>;
  seen: Record<string, number>;
}

/** The few browser globals used here: the Node project compiles without the DOM library. */
interface PageElement {
  textContent: string | null;
  getClientRects(): { length: number };
}
export interface PageGlobals {
  __probe?: ProbeState;
  /** Set by the bare baseline page when its table is on screen. */
  __shown?: number;
  document: { querySelectorAll(selector: string): ArrayLike<PageElement> };
  requestAnimationFrame(f: () => void): number;
  addEventListener(type: string, f: (e: { timeStamp: number }) => void, opts: object): void;
  PerformanceObserver: new (cb: (list: { getEntries(): { startTime: number; duration: number }[] }) => void) => {
    observe(opts: object): void;
  };
}

export function installProbe(busySelector: string): void {
  const g = globalThis as unknown as PageGlobals;
  const p: ProbeState = { tasks: [], busy: [], watches: {}, starts: {}, seen: {} };
  g.__probe = p;
  new g.PerformanceObserver((list) => {
    for (const e of list.getEntries()) p.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase();
  const shown = (el: PageElement) => el.getClientRects().length > 0;
  const matches = (w: Watch): boolean => {
    if (w.allFolded !== undefined) {
      const els = Array.from(g.document.querySelectorAll(w.selector)).filter(shown);
      return els.length > 0 && els.every((el) => fold(el.textContent ?? '').includes(w.allFolded!));
    }
    const el = Array.from(g.document.querySelectorAll(w.selector)).find(
      (e) => shown(e) && (!w.text || (e.textContent ?? '').includes(w.text)),
    );
    return el !== undefined;
  };
  let on = false;
  const frame = () => {
    const now = performance.now();
    const busy = Array.from(g.document.querySelectorAll(busySelector)).some(shown);
    if (busy !== on) {
      on = busy;
      p.busy.push({ t: now, on });
    }
    for (const [name, w] of Object.entries(p.watches)) {
      if (name in p.seen) continue;
      if (w.armed && p.starts[name] === undefined) continue;
      if (matches(w)) p.seen[name] = now;
    }
    g.requestAnimationFrame(frame);
  };
  g.requestAnimationFrame(frame);
  const onInput = (e: { timeStamp: number }) => {
    for (const [name, w] of Object.entries(p.watches)) if (w.armed && p.starts[name] === undefined) p.starts[name] = e.timeStamp;
  };
  for (const type of ['pointerdown', 'keydown', 'wheel']) g.addEventListener(type, onInput, { capture: true, passive: true });
}

export interface Span {
  /** From the interaction's start to its element shown (null: nothing to wait for, e.g. a scroll). */
  ms: number | null;
  longest: number;
  /** The longest task that began while no indicator was on screen (0: none over 50 ms). */
  longestBare: number;
  /** Long tasks in the window, and how many of those over 100 ms had no indicator. */
  tasks: number;
  bareOver100: number;
}

/** The long tasks that overlap [from, to], each judged by the last frame painted before it began. */
export function spanOf(p: ProbeState, from: number, to: number, seen: number | null): Span {
  const inWindow = p.tasks.filter((t) => t.start < to && t.start + t.duration > from);
  const busyAt = (t: number) => {
    let on = false;
    for (const b of p.busy) {
      if (b.t > t) break;
      on = b.on;
    }
    return on;
  };
  const bare = inWindow.filter((t) => !busyAt(t.start));
  return {
    ms: seen === null ? null : seen - from,
    longest: Math.max(0, ...inWindow.map((t) => t.duration)),
    longestBare: Math.max(0, ...bare.map((t) => t.duration)),
    tasks: inWindow.length,
    bareOver100: bare.filter((t) => t.duration > 100).length,
  };
}
