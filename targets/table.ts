/** A plan over several years: targets × years, and how many targets were met each year (for the chart). */
import type { DB } from '../db/open.ts';
import { evaluatePlan, planInfo, resolvePlan } from './evaluate.ts';

// The shapes are the contract's (results.schema.ts): one definition for the domain and the API.
export type { TableCell, TargetsTable } from './results.schema.ts';
import type { TargetsTable } from './results.schema.ts';

export function targetsTable(db: DB, years: number[], planId?: number, onYear?: (done: number, year: number) => void): TargetsTable {
  const plan = planInfo(resolvePlan(db, planId));
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const results = sorted.map((y, i) => {
    const r = evaluatePlan(db, y, plan.id, 0); // the table shows no failing lists
    onYear?.((i + 1) / sorted.length, y);
    return r;
  });
  const first = results[0]?.targets ?? [];
  return {
    plan,
    years: sorted,
    rows: first.map((t, k) => ({
      id: t.id,
      label: t.label,
      scope: t.scope,
      threshold: t.threshold,
      due: t.due,
      dueYear: t.dueYear,
      cells: results.map((r) => {
        const c = r.targets[k]!;
        return { year: r.year, status: c.status, actual: c.actual, met: c.met, shortfall: c.shortfall, part: c.part, whole: c.whole };
      }),
    })),
    perYear: results.map((r) => ({
      year: r.year,
      met: r.targets.filter((t) => t.status === 'met').length,
      notMet: r.targets.filter((t) => t.status === 'notMet').length,
      progress: r.targets.filter((t) => t.status === 'progress').length,
      notEvaluated: r.targets.filter((t) => t.status === 'outsidePeriod' || t.status === 'noData').length,
    })),
  };
}
