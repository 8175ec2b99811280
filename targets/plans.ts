/** Entering plans and their targets, checked before they reach the database. */
import type { DB } from '../db/open.ts';
import {
  deletePlan,
  deleteTarget,
  getPlan,
  getTarget,
  insertPlan,
  insertTarget,
  listPlans,
  listTargets,
  updatePlan,
  updateTarget,
  type PlanRow,
  type TargetRow,
} from '../db/plans.ts';
import { UserError } from '../core/errors.ts';
import { normalizeText } from '../format/vi.ts';
import { findMeasure } from './measures.ts';
import { findScopePreset, scopeSchema, SCOPE_PRESETS, type Scope } from './scopes.ts';
import { thresholdUnits } from './threshold.ts';
import { parseScope } from './evaluate.ts';

export interface PlanInput {
  name: string;
  number?: string | null;
  issuedOn?: string | null;
  startYear: number;
  endYear: number;
}

export interface TargetInput {
  planId: number;
  label: string;
  /** A preset code ("thon-tdp") or a scope of the user's own. */
  scope: string | Scope;
  measure: string;
  params?: Record<string, unknown>;
  threshold: number;
  due: 'everyYear' | 'byYear';
  dueYear?: number | null;
}

function checkPeriod(p: PlanInput): void {
  if (p.endYear < p.startYear)
    throw new UserError(`Thời gian đề án không hợp lệ: năm kết thúc ${p.endYear} trước năm bắt đầu ${p.startYear}.`, 'invalid-period');
}

export function createPlan(db: DB, p: PlanInput): number {
  checkPeriod(p);
  return insertPlan(db, {
    name: normalizeText(p.name),
    number: p.number ?? null,
    issuedOn: p.issuedOn ?? null,
    startYear: p.startYear,
    endYear: p.endYear,
  });
}

export function editPlan(db: DB, id: number, p: PlanInput): void {
  if (!getPlan(db, id)) throw new UserError(`Không có đề án số ${id}.`, 'not-found');
  checkPeriod(p);
  updatePlan(db, {
    id,
    name: normalizeText(p.name),
    number: p.number ?? null,
    issuedOn: p.issuedOn ?? null,
    startYear: p.startYear,
    endYear: p.endYear,
  });
}

export function removePlan(db: DB, id: number): void {
  if (!getPlan(db, id)) throw new UserError(`Không có đề án số ${id}.`, 'not-found');
  deletePlan(db, id);
}

export function resolveScope(scope: string | Scope): Scope {
  if (typeof scope === 'string') {
    const preset = findScopePreset(scope);
    if (!preset)
      throw new UserError(
        `Không có phạm vi "${scope}". Các phạm vi có sẵn: ${SCOPE_PRESETS.map((s) => s.code).join(', ')}.`,
        'unknown-scope',
      );
    return preset;
  }
  return scopeSchema.parse(scope);
}

/** A target as it would be stored, checked against its plan's period; `plan` null checks it on its own (a preview). */
export function checkedTarget(
  t: Omit<TargetInput, 'planId'>,
  plan: Pick<PlanRow, 'startYear' | 'endYear'> | null,
): Omit<TargetRow, 'id' | 'planId' | 'sort'> {
  const label = normalizeText(t.label);
  if (!label) throw new UserError('Chỉ tiêu cần có nội dung (nhãn).', 'invalid-target');
  findMeasure(t.measure).bind(t.params ?? {});
  thresholdUnits(t.threshold);
  const dueYear = t.due === 'byYear' ? (t.dueYear ?? null) : null;
  if (t.due === 'byYear' && dueYear === null)
    throw new UserError(`Chỉ tiêu "${label}" là chỉ tiêu "đến năm …": cần nhập năm.`, 'invalid-target');
  if (plan && dueYear !== null && (dueYear < plan.startYear || dueYear > plan.endYear)) {
    throw new UserError(
      `Năm đến hạn ${dueYear} của chỉ tiêu "${label}" nằm ngoài thời gian đề án (${plan.startYear}–${plan.endYear}).`,
      'invalid-target',
    );
  }
  return {
    label,
    scope: JSON.stringify(resolveScope(t.scope)),
    measure: t.measure,
    params: JSON.stringify(t.params ?? {}),
    threshold: t.threshold,
    due: t.due,
    dueYear,
  };
}

export function addTarget(db: DB, t: TargetInput): number {
  const plan = getPlan(db, t.planId);
  if (!plan) throw new UserError(`Không có đề án số ${t.planId}.`, 'not-found');
  return insertTarget(db, { planId: t.planId, ...checkedTarget(t, plan) });
}

export function editTarget(db: DB, id: number, t: Omit<TargetInput, 'planId'>): void {
  const row = getTarget(db, id);
  if (!row) throw new UserError(`Không có chỉ tiêu số ${id}.`, 'not-found');
  updateTarget(db, { id, ...checkedTarget(t, getPlan(db, row.planId)!) });
}

/** A plan and all its targets as a new plan: next term's plan starts from this one's. */
export function copyPlan(db: DB, id: number, over: Partial<PlanInput>): { id: number; targets: number } {
  const p = getPlan(db, id);
  if (!p) throw new UserError(`Không có đề án số ${id}.`, 'not-found');
  const next: PlanInput = {
    name: over.name ?? `${p.name} (bản sao)`,
    number: over.number === undefined ? p.number : over.number,
    issuedOn: over.issuedOn ?? null,
    startYear: over.startYear ?? p.startYear,
    endYear: over.endYear ?? p.endYear,
  };
  return db.transaction(() => {
    const newId = createPlan(db, next);
    const targets = listTargets(db, id);
    for (const t of targets) {
      // A "by year" target keeps its year only while the new period holds it.
      const dueYear =
        t.dueYear !== null && t.dueYear >= next.startYear && t.dueYear <= next.endYear
          ? t.dueYear
          : t.due === 'byYear'
            ? next.endYear
            : null;
      insertTarget(db, {
        planId: newId,
        label: t.label,
        scope: t.scope,
        measure: t.measure,
        params: t.params,
        threshold: t.threshold,
        due: t.due,
        dueYear,
        sort: t.sort,
      });
    }
    return { id: newId, targets: targets.length };
  })();
}

export function removeTarget(db: DB, id: number): void {
  if (!getTarget(db, id)) throw new UserError(`Không có chỉ tiêu số ${id}.`, 'not-found');
  deleteTarget(db, id);
}

/** Plans with their targets, as the Chỉ tiêu screen lists them. */
export function plansWithTargets(db: DB) {
  return listPlans(db).map((p) => ({
    ...p,
    targets: listTargets(db, p.id).map((t) => ({
      id: t.id,
      label: t.label,
      scope: parseScope(t),
      measure: t.measure,
      params: JSON.parse(t.params) as Record<string, unknown>,
      threshold: t.threshold,
      due: t.due,
      dueYear: t.dueYear,
    })),
  }));
}
