/** What the generator remembers about each unit beyond the database: how big it tends to be and who its members are. */
import type { Random } from '../demo/random.ts';

export interface Traits {
  /** Relative size: members of a year are the year's total spread by these weights. */
  weight: number;
  /** Shares of members from ethnic minorities and with a religion, by place. */
  minority: number;
  religion: number;
  /** A quality between 0 and 1: better units get better ratings and trained committee members. */
  quality: number;
}

/** Typical size of a cell by unit type (members), as [min, max] of a skewed draw. */
const SIZE: Record<string, [number, number]> = {
  thon: [14, 70],
  'to-dan-pho': [10, 45],
  'truong-hoc': [6, 30],
  'y-te': [6, 40],
  'quan-su': [4, 14],
  'cong-an': [5, 25],
  'co-quan': [4, 25],
  'su-nghiep': [5, 20],
  'doanh-nghiep-nha-nuoc': [5, 40],
  'doanh-nghiep-ngoai-nha-nuoc': [3, 18],
  base: [10, 60],
};

export function drawTraits(rnd: Random, unitType: string, place: { minority: number; religion: number }): Traits {
  const [lo, hi] = SIZE[unitType] ?? SIZE.base!;
  // Squaring skews towards small cells with a long tail of big ones, as real lists are.
  const t = rnd.next();
  return {
    weight: lo + (hi - lo) * t * t,
    minority: place.minority * (0.5 + rnd.next()),
    religion: place.religion * (0.5 + rnd.next()),
    quality: Math.min(1, Math.max(0, 0.55 + 0.35 * rnd.next() + (unitType === 'co-quan' ? 0.1 : 0))),
  };
}

/** Where a base organization sits: most places have no minorities; some mountain communes have many. */
export function drawPlace(rnd: Random): { minority: number; religion: number } {
  return {
    minority: rnd.chance(0.12) ? 0.15 + rnd.next() * 0.5 : rnd.chance(0.2) ? 0.02 : 0,
    religion: rnd.chance(0.1) ? 0.04 + rnd.next() * 0.08 : rnd.chance(0.2) ? 0.01 : 0,
  };
}
