/**
 * Evaluating a plan for a year: for each target the exact actual share, met or not on exact
 * values, the shortfall in cells or people, and who keeps it from being met.
 */
import type { DB } from '../db/open.ts';
import { getPlan, getTarget, listPlans, listTargets, type PlanRow, type TargetRow } from '../db/plans.ts';
import { memoYear } from '../db/cache.ts';
import { percent } from '../format/shares.ts';
import { formatInt, formatShare } from '../format/vi.ts';
import { UserError } from '../core/errors.ts';
import { findMeasure, type BoundMeasure, type Item } from './measures.ts';
import { cellsInScope, scopeKey, scopeSchema, type Scope } from './scopes.ts';
import { formatThreshold, meets, shortfall } from './threshold.ts';
import { loadCommittee, loadTargetYear, type TargetYearData } from './year-data.ts';
import { cellsToLoad, failingPage, tallyAll, type Tally } from './tally.ts';

import type { TargetStatus } from '../core/labels.ts';
export type { TargetStatus } from '../core/labels.ts';
// The shapes are the contract's (results.schema.ts): one definition for the domain and the API.
export type { Failing, FailingPage, PlanInfo, PlanYearResult, TargetResult } from './results.schema.ts';
import type { Failing, FailingPage, PlanInfo, PlanYearResult, TargetResult } from './results.schema.ts';

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

/** Failing units and members a plan's evaluation returns per target; the rest are read a page at a time (failingOf). */
export const FAILING_SHOWN = 50;

interface Bound {
  row: TargetRow;
  scope: Scope;
  measure: BoundMeasure;
}

function bind(t: TargetRow): Bound {
  return { row: t, scope: parseScope(t), measure: findMeasure(t.measure).bind(JSON.parse(t.params)) };
}

function judge(b: Bound, plan: PlanInfo, year: number, data: TargetYearData | null, tally: Tally | null, failing: Failing[]): TargetResult {
  const { row: t, scope, measure } = b;
  const base = { id: t.id, label: t.label, scope: scope.label, threshold: t.threshold, measure: t.measure, due: t.due, dueYear: t.dueYear };
  const idle = (status: TargetStatus, text: string): TargetResult => ({
    ...base,
    actual: null,
    met: null,
    shortfall: null,
    failing: [],
    failingTotal: 0,
    status,
    part: null,
    whole: null,
    text,
  });
  if (year < plan.startYear || year > plan.endYear) {
    return idle('outsidePeriod', `Năm ${year} ngoài thời gian đề án (${plan.startYear}–${plan.endYear}): không đánh giá.`);
  }
  if (data === null || tally === null) return idle('noData', `Tệp dữ liệu chưa có số liệu năm ${year}.`);
  const { whole, part } = tally;
  if (whole === 0) return idle('noData', `Năm ${year} không có ${measure.noun} nào thuộc phạm vi "${scope.label}".`);
  const met = meets(part, whole, t.threshold);
  const short = shortfall(part, whole, t.threshold);
  const status: TargetStatus = t.due === 'byYear' && t.dueYear !== null && year < t.dueYear ? 'progress' : met ? 'met' : 'notMet';
  const value = `${formatShare(part, whole)} (${formatInt(part)}/${formatInt(whole)} ${measure.noun}) — ngưỡng ${formatThreshold(t.threshold)}`;
  const gap = met ? 'đạt' : `cần thêm ${formatInt(short)} ${measure.noun} ${measure.criterion}`;
  const when = status === 'progress' ? `; chỉ tiêu đến năm ${t.dueYear}, năm ${year} mới là kết quả giữa kỳ` : '';
  return {
    ...base,
    actual: percent(part, whole),
    met,
    shortfall: short,
    failing,
    failingTotal: tally.failingTotal,
    status,
    part,
    whole,
    text: `${value}: ${gap}${when}.`,
  };
}

function toFailing(data: TargetYearData, i: Item): Failing {
  return {
    unit: i.unit,
    unitId: i.unitId,
    parent: parentName(data, i.unitId),
    ...(i.member !== undefined ? { member: i.member, role: i.role } : {}),
    detail: i.detail,
  };
}

function parentName(data: TargetYearData, unitId: number): string | null {
  const u = data.tree.byId.get(unitId);
  return u?.kind === 'cell' ? (data.tree.baseOrgOf(unitId)?.name ?? null) : null;
}

/** The year's data when the plan is judged in it: null outside the period or when the file has no such year. */
function yearData(db: DB, plan: PlanInfo, year: number): TargetYearData | null {
  if (year < plan.startYear || year > plan.endYear) return null;
  const d = loadTargetYear(db, year);
  return d.tree.units.length > 0 ? d : null;
}

function tallies(db: DB, data: TargetYearData | null, bound: Bound[]): (Tally | null)[] {
  if (data === null) return bound.map(() => null);
  return tallyAll(
    db,
    data,
    bound.map((b) => ({ measure: b.measure, cells: cellsInScope(data.tree, b.scope), scope: scopeKey(b.scope) })),
  );
}

export function planInfo(p: PlanRow): PlanInfo {
  return { id: p.id, name: p.name, number: p.number, issuedOn: p.issuedOn ?? null, startYear: p.startYear, endYear: p.endYear };
}

/**
 * A target being edited, judged in a year before it is saved: within its plan's period when a plan
 * is given, else as if the year were in it.
 */
export function previewTarget(
  db: DB,
  year: number,
  row: Omit<TargetRow, 'id' | 'planId' | 'sort'>,
  planId?: number,
  shown = 10,
): TargetResult {
  const plan: PlanInfo =
    planId !== undefined ? planInfo(resolvePlan(db, planId)) : { id: 0, name: '', number: null, startYear: year, endYear: year };
  const b = bind({ ...row, id: 0, planId: plan.id, sort: 0 });
  const data = yearData(db, plan, year);
  const t = tallies(db, data, [b])[0]!;
  if (data && t) loadCommittee(db, data, cellsToLoad(t, 0, shown));
  const failing = data && t ? failingPage(db, data, b.measure, t, 0, shown).map((x) => toFailing(data, x)) : [];
  return judge(b, plan, year, data, t, failing);
}

/**
 * A plan judged for a year. Each target lists its first `shown` failing units or members (all
 * counted in failingTotal); 0 skips the lists, as the targets × years table does.
 */
export function evaluatePlan(db: DB, year: number, planId?: number, shown = FAILING_SHOWN): PlanYearResult {
  const plan = planInfo(resolvePlan(db, planId));
  // Kept per version of the year (db/cache.ts): the Chỉ tiêu screen, a report's targets × years table
  // and the next report of the session judge the same years again; an edit of the year, of the plan
  // or of the settings makes them judged anew, an edit of another year does not.
  return memoYear(db, year, `plan:${plan.id}:${shown}`, () => evaluateFresh(db, plan, year, shown));
}

function evaluateFresh(db: DB, plan: PlanInfo, year: number, shown: number): PlanYearResult {
  const inPeriod = year >= plan.startYear && year <= plan.endYear;
  const bound = listTargets(db, plan.id).map(bind);
  const data = yearData(db, plan, year);
  const counted = tallies(db, data, bound);
  // Members of every page's cells in one query rather than one per target.
  if (data && shown > 0)
    loadCommittee(
      db,
      data,
      counted.flatMap((t) => (t ? cellsToLoad(t, 0, shown) : [])),
    );
  return {
    plan,
    year,
    inPeriod,
    targets: bound.map((b, i) => {
      const t = counted[i]!;
      const failing = data && t && shown > 0 ? failingPage(db, data, b.measure, t, 0, shown).map((x) => toFailing(data, x)) : [];
      return judge(b, plan, year, data, t, failing);
    }),
  };
}

/** One page of a target's failing units or members in a year: the drill-down behind each target. */
export function failingOf(db: DB, planId: number, targetId: number, year: number, offset: number, limit: number): FailingPage {
  const plan = planInfo(resolvePlan(db, planId));
  const row = getTarget(db, targetId);
  if (!row || row.planId !== plan.id) throw new UserError(`Đề án số ${plan.id} không có chỉ tiêu số ${targetId}.`, 'not-found');
  const b = bind(row);
  const data = yearData(db, plan, year);
  const t = tallies(db, data, [b])[0]!;
  const items = data && t ? failingPage(db, data, b.measure, t, offset, limit).map((x) => toFailing(data, x)) : [];
  return { planId: plan.id, targetId, year, total: t?.failingTotal ?? 0, offset, items };
}
