import { formatDecimal, formatInt } from '../format/vi.ts';

/** Medians of repeated runs: one slow run (a GC pause, a neighbour's job) must not decide a row. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** "12,3 ms", "1.250 ms". */
export function formatMs(ms: number): string {
  return `${ms >= 100 ? formatInt(Math.round(ms)) : formatDecimal(Math.round(ms * 10) / 10, 1)} ms`;
}

/** Median of `runs` calls after one to warm up. */
export async function timeRuns(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ts.push(performance.now() - t);
  }
  return median(ts);
}

/**
 * Medians of two functions measured in turns (a, b, a, b, …): a burst of load from another
 * process then slows both sides alike instead of only the one measured at that moment.
 */
export async function timePair(
  runs: number,
  a: () => unknown,
  b: () => unknown,
  warmup = 1,
  /** Untimed, before each call of `a` (an edit the call must come after). */
  beforeA: () => unknown = () => {},
): Promise<[number, number]> {
  for (let i = 0; i < warmup; i++) {
    await beforeA();
    await a();
    await b();
  }
  const ta: number[] = [],
    tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    await beforeA();
    let t = performance.now();
    await a();
    ta.push(performance.now() - t);
    t = performance.now();
    await b();
    tb.push(performance.now() - t);
  }
  return [median(ta), median(tb)];
}
