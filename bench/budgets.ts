/**
 * The budgets of issue 17, by measure. Absolute budgets hold up to one province (a smaller file
 * must never be slower: no cliff at any size); ratios to the same-run baseline hold at every scale,
 * on any day; the file opens to its first screen within 150 ms at every size; peak memory has its
 * own budget per scale; growth from one to two provinces is checked separately (≤ 2,2×).
 */
export type Key =
  | 'breakdown'
  | 'compare5'
  | 'compare10'
  | 'targets'
  | 'units'
  | 'grid'
  | 'headline'
  | 'checks'
  | 'de-an'
  | 'hoi-nghi'
  | 'ket-luan'
  | 'xep-loai'
  | 'import'
  | 'open-first'
  | 'open'
  | 'upkeep'
  | 'cold'
  | 'cli'
  | 'rss'
  /** Web mode in a browser: navigation → first breakdown shown; the longest main-thread task with no busy indicator. */
  | 'web-first'
  | 'web-task';

export interface Budget {
  budget?: number;
  budgetRatio?: number;
}

const PROVINCE: Partial<Record<Key, Budget>> = {
  breakdown: { budget: 50, budgetRatio: 1.2 },
  compare5: { budget: 150, budgetRatio: 1.2 },
  targets: { budget: 150, budgetRatio: 1.2 },
  grid: { budget: 50 },
  'de-an': { budget: 400, budgetRatio: 1.2 },
  'hoi-nghi': { budget: 600, budgetRatio: 1.2 },
  import: { budget: 5000, budgetRatio: 1.5 },
};

export const GROWTH_BUDGET = 2.2;

/** The browser's budgets hold at the district scale too: a smaller file must never feel slower. */
const WEB: Partial<Record<Key, Budget>> = { 'web-first': { budget: 700 }, 'web-task': { budget: 100 } };

/** Budgets at `factor` provinces (0: the district demo, where the screens get 30 ms and `tochuc stats` 0,3 s). */
export function budgetFor(key: Key, factor: number): Budget {
  if (key in WEB) return factor <= 1 ? WEB[key]! : {};
  if (factor === 0) {
    if (key === 'cli') return { budget: 300 };
    if (key === 'open' || key === 'open-first') return { budget: 150 };
    return ['breakdown', 'compare5', 'compare10', 'targets', 'units', 'grid', 'headline', 'checks'].includes(key) ? { budget: 30 } : {};
  }
  if (key === 'open' || key === 'open-first') return { budget: 150 };
  if (key === 'rss') return { budget: factor <= 1 ? 400 : 600 };
  const b = PROVINCE[key];
  if (!b) return {};
  return factor <= 1 ? b : { budgetRatio: b.budgetRatio };
}
