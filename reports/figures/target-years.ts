/**
 * Targets met and not met in each of several years, for a report's chart: every year counted in
 * one SQL pass (db/target-counts.ts) rather than one full evaluation of the plan per year, each
 * target then judged by the targets module's own rule (judgeCounts). A measure SQL cannot count
 * yet falls back to the evaluation year by year.
 */
import type { DB } from '../../db/open.ts';
import { listTargets } from '../../db/plans.ts';
import { targetCountsOverYears, type TargetCount } from '../../db/target-counts.ts';
import { judgeCounts, parseScope, type PlanInfo, type TargetResult } from '../../targets/evaluate.ts';
import { atLeast, SCALE_MAPPING, type ComparableLevel } from '../../targets/levels.ts';
import { findMeasure } from '../../targets/measures.ts';
import { targetsTable } from '../../targets/table.ts';

export interface MetPerYear {
  year: number;
  met: number;
  notMet: number;
}

/** What SQL counts for a target: its cell test from the measure's parameters, or its member test. */
function countOf(measureId: string, rawParams: unknown, scope: TargetCount['scope']): TargetCount | null {
  const measure = findMeasure(measureId);
  const bound = measure.bind(rawParams);
  if (bound.members) return { scope, members: bound.members };
  const p = measure.params.parse(rawParams ?? {}) as { atLeast?: ComparableLevel; min?: number };
  if (measureId === 'cell-rating')
    return {
      scope,
      cells: { ratings: SCALE_MAPPING.filter((r) => atLeast(r.comparable, p.atLeast!)).map((r) => ({ scale: r.scale, level: r.code })) },
    };
  if (measureId === 'cell-admitted') return { scope, cells: { admittedAtLeast: p.min! } };
  return null;
}

/** Each year's targets judged on counts over all the years at once; null when a measure has no SQL count. */
export function judgedOverYears(db: DB, plan: PlanInfo, years: number[]): { year: number; targets: TargetResult[] }[] | null {
  const rows = listTargets(db, plan.id);
  const counts = rows.map((t) => countOf(t.measure, JSON.parse(t.params), parseScope(t).anyOf));
  if (counts.some((c) => c === null)) return null;
  const byYear = targetCountsOverYears(db, years, counts as TargetCount[]);
  return [...new Set(years)]
    .sort((a, b) => a - b)
    .map((year) => ({ year, targets: rows.map((t, i) => judgeCounts(t, plan, year, byYear.get(year)?.[i] ?? null)) }));
}

export function metPerYear(db: DB, plan: PlanInfo, years: number[]): MetPerYear[] {
  if (years.length === 0) return [];
  const judged = judgedOverYears(db, plan, years);
  if (!judged) return targetsTable(db, years, plan.id).perYear.map(({ year, met, notMet }) => ({ year, met, notMet }));
  return judged.map(({ year, targets }) => ({
    year,
    met: targets.filter((r) => r.status === 'met').length,
    notMet: targets.filter((r) => r.status === 'notMet').length,
  }));
}
