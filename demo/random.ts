/** A small seeded generator (mulberry32): the demo and synthetic data must come out the same on every machine. */
export class Random {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
}

/** Splits a total into integer parts proportional to weights, summing exactly to the total. */
export function distribute(total: number, weights: number[]): number[] {
  const w = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((x) => (x * total) / w);
  const out = raw.map(Math.floor);
  let missing = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, f: r - Math.floor(r) })).sort((a, b) => b.f - a.f || a.i - b.i);
  for (const { i } of order) {
    if (missing-- <= 0) break;
    out[i]! += 1;
  }
  return out;
}
