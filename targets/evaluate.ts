/**
 * Evaluating a plan for a year: for each target the exact actual share, met or not on exact
 * values, the shortfall in cells or people, and who keeps it from being met.
 */
import type { DB } from '../db/open.ts';
import { getPlan, listPlans, listTargets, type PlanRow, type TargetRow } from '../db/plans.ts';
import type { Role } from '../org/catalog.ts';
import { percent } from '../stats/shares.ts';
import { formatInt, formatShare, formatPercentUnits } from '../format/vi.ts';
import { UserError } from '../api/errors.ts';
import { findMeasure } from './measures.ts';
import { cellsInScope, scopeSchema, type Scope } from './scopes.ts';
import { meets, shortfall, thresholdUnits } from './threshold.ts';
import { loadTargetYear, type TargetYearData } from './year-data.ts';

/**
 * met/notMet: judged; progress: a "by year X" target before X (value shown, not yet due);
 * outsidePeriod: the year is outside the plan's period (not evaluated); noData: nothing to count.
 */
export type TargetStatus = 'met' | 'notMet' | 'progress' | 'outsidePeriod' | 'noData';

export interface Failing { unit: string; unitId: number; parent: string | null; member?: string; role?: Role; detail: string }

export interface TargetResult {
  id: number;
  label: string;
  scope: string;
  threshold: number;
  /** Exact percentage (part × 100 / whole); null when not evaluated. */
  actual: number | null;
  met: boolean | null;
  shortfall: number | null;
  failing: Failing[];
  status: TargetStatus;
  part: number | null;
  whole: number | null;
  measure: string;
  due: 'everyYear' | 'byYear';
  dueYear: number | null;
  /** "83,80% (150/179) — ngưỡng 80%", "cần thêm 3 chi bộ đạt …": ready to print. */
  text: string;
}

export interface PlanInfo { id: number; name: string; number: string | null; startYear: number; endYear: number }

export interface PlanYearResult {
  plan: PlanInfo;
  year: number;
  inPeriod: boolean;
  targets: TargetResult[];
}

export function resolvePlan(db: DB, planId?: number): PlanRow {
  if (planId !== undefined) {
    const p = getPlan(db, planId);
    if (!p) throw new UserError(`Không có đề án số ${planId}.`, 'not-found');
    return p;
  }
  const first = listPlans(db)[0];
  if (!first) throw new UserError('Tệp dữ liệu chưa có đề án nào. Hãy thêm đề án và các chỉ tiêu trước.', 'no-plan');
  return first;
}

export function parseScope(t: TargetRow): Scope {
  const parsed = scopeSchema.safeParse(JSON.parse(t.scope));
  if (!parsed.success) throw new UserError(`Phạm vi của chỉ tiêu "${t.label}" (số ${t.id}) bị hỏng.`, 'invalid-scope');
  return parsed.data;
}

function thresholdText(threshold: number): string {
  return formatPercentUnits(thresholdUnits(threshold)).replace(',00%', '%');
}

export function evaluateTarget(t: TargetRow, plan: PlanInfo, year: number, data: TargetYearData | null): TargetResult {
  const scope = parseScope(t);
  const measure = findMeasure(t.measure).bind(JSON.parse(t.params));
  const base = { id: t.id, label: t.label, scope: scope.label, threshold: t.threshold, measure: t.measure, due: t.due, dueYear: t.dueYear };
  const idle = (status: TargetStatus, text: string): TargetResult => ({ ...base, actual: null, met: null, shortfall: null, failing: [], status, part: null, whole: null, text });
  if (year < plan.startYear || year > plan.endYear) {
    return idle('outsidePeriod', `Năm ${year} ngoài thời gian đề án (${plan.startYear}–${plan.endYear}): không đánh giá.`);
  }
  if (data === null) return idle('noData', `Tệp dữ liệu chưa có số liệu năm ${year}.`);
  const items = measure.items(data, cellsInScope(data.tree, scope));
  const whole = items.length;
  if (whole === 0) return idle('noData', `Năm ${year} không có ${measure.noun} nào thuộc phạm vi "${scope.label}".`);
  const part = items.filter((i) => i.ok).length;
  const met = meets(part, whole, t.threshold);
  const short = shortfall(part, whole, t.threshold);
  const status: TargetStatus = t.due === 'byYear' && t.dueYear !== null && year < t.dueYear ? 'progress' : met ? 'met' : 'notMet';
  const value = `${formatShare(part, whole)} (${formatInt(part)}/${formatInt(whole)} ${measure.noun}) — ngưỡng ${thresholdText(t.threshold)}`;
  const gap = met ? 'đạt' : `cần thêm ${formatInt(short)} ${measure.noun} ${measure.criterion}`;
  const when = status === 'progress' ? `; chỉ tiêu đến năm ${t.dueYear}, năm ${year} mới là kết quả giữa kỳ` : '';
  return {
    ...base,
    actual: percent(part, whole),
    met,
    shortfall: short,
    failing: items.filter((i) => !i.ok).map((i) => ({ unit: i.unit, unitId: i.unitId, parent: parentName(data, i.unitId), ...(i.member !== undefined ? { member: i.member, role: i.role } : {}), detail: i.detail })),
    status,
    part,
    whole,
    text: `${value}: ${gap}${when}.`,
  };
}

function parentName(data: TargetYearData, unitId: number): string | null {
  const u = data.tree.byId.get(unitId);
  return u?.kind === 'cell' ? (data.tree.baseOrgOf(unitId)?.name ?? null) : null;
}

export function planInfo(p: PlanRow): PlanInfo {
  return { id: p.id, name: p.name, number: p.number, startYear: p.startYear, endYear: p.endYear };
}

export function evaluatePlan(db: DB, year: number, planId?: number, data?: TargetYearData): PlanYearResult {
  const plan = planInfo(resolvePlan(db, planId));
  const inPeriod = year >= plan.startYear && year <= plan.endYear;
  const d = data ?? loadTargetYear(db, year);
  const hasYear = d.tree.units.length > 0;
  return { plan, year, inPeriod, targets: listTargets(db, plan.id).map((t) => evaluateTarget(t, plan, year, hasYear ? d : null)) };
}
