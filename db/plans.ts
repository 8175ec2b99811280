import type { DB } from './open.ts';

export interface PlanRow {
  id: number;
  name: string;
  number: string | null;
  startYear: number;
  endYear: number;
  issuedOn?: string | null;
}

export interface TargetRow {
  id: number;
  planId: number;
  label: string;
  /** JSON of the scope (targets/scopes.ts). */
  scope: string;
  measure: string;
  /** JSON of the measure's parameters. */
  params: string;
  threshold: number;
  due: 'everyYear' | 'byYear';
  dueYear: number | null;
  sort: number;
}

const PLAN_COLUMNS = 'id, name, number, start_year AS startYear, end_year AS endYear, issued_on AS issuedOn';
const TARGET_COLUMNS = 'id, plan_id AS planId, label, scope, measure, params, threshold, due, due_year AS dueYear, sort';

export function listPlans(db: DB): PlanRow[] {
  return db.prepare(`SELECT ${PLAN_COLUMNS} FROM plan ORDER BY id`).all() as PlanRow[];
}

export function getPlan(db: DB, id: number): PlanRow | undefined {
  return db.prepare(`SELECT ${PLAN_COLUMNS} FROM plan WHERE id = ?`).get(id) as PlanRow | undefined;
}

export function insertPlan(db: DB, p: Omit<PlanRow, 'id'>): number {
  return Number(
    db
      .prepare('INSERT INTO plan (name, number, start_year, end_year, issued_on) VALUES (?, ?, ?, ?, ?)')
      .run(p.name, p.number, p.startYear, p.endYear, p.issuedOn ?? null).lastInsertRowid,
  );
}

export function updatePlan(db: DB, p: PlanRow): void {
  db.prepare('UPDATE plan SET name = ?, number = ?, start_year = ?, end_year = ?, issued_on = ? WHERE id = ?').run(
    p.name,
    p.number,
    p.startYear,
    p.endYear,
    p.issuedOn ?? null,
    p.id,
  );
}

export function deletePlan(db: DB, id: number): void {
  db.prepare('DELETE FROM plan WHERE id = ?').run(id);
}

export function listTargets(db: DB, planId: number): TargetRow[] {
  return db.prepare(`SELECT ${TARGET_COLUMNS} FROM target WHERE plan_id = ? ORDER BY sort, id`).all(planId) as TargetRow[];
}

export function getTarget(db: DB, id: number): TargetRow | undefined {
  return db.prepare(`SELECT ${TARGET_COLUMNS} FROM target WHERE id = ?`).get(id) as TargetRow | undefined;
}

export function insertTarget(db: DB, t: Omit<TargetRow, 'id' | 'sort'> & { sort?: number }): number {
  const sort =
    t.sort ?? (db.prepare('SELECT coalesce(max(sort), 0) + 10 AS s FROM target WHERE plan_id = ?').get(t.planId) as { s: number }).s;
  return Number(
    db
      .prepare(
        'INSERT INTO target (plan_id, label, scope, measure, params, threshold, due, due_year, sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(t.planId, t.label, t.scope, t.measure, t.params, t.threshold, t.due, t.dueYear, sort).lastInsertRowid,
  );
}

export function deleteTarget(db: DB, id: number): void {
  db.prepare('DELETE FROM target WHERE id = ?').run(id);
}

export function updateTarget(db: DB, t: Omit<TargetRow, 'sort' | 'planId'>): void {
  db.prepare('UPDATE target SET label = ?, scope = ?, measure = ?, params = ?, threshold = ?, due = ?, due_year = ? WHERE id = ?').run(
    t.label,
    t.scope,
    t.measure,
    t.params,
    t.threshold,
    t.due,
    t.dueYear,
    t.id,
  );
}
