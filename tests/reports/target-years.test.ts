/**
 * A report's targets per year, counted for all years in one SQL pass, judge every target exactly
 * as the plan's evaluation of each year does: same status, same part and whole — on the seed
 * plan, and on a plan using every measure with scopes of the user's own (a sector, an empty
 * filter list, a type of chi bộ cơ sở), a "by year" target and a year outside the period.
 */
import { describe, expect, it } from 'vitest';
import { openDemo } from '../helpers/db.ts';
import { listPlans } from '../../db/plans.ts';
import { addTarget } from '../../targets/plans.ts';
import { insertPlan } from '../../db/plans.ts';
import { evaluatePlan, planInfo } from '../../targets/evaluate.ts';
import { judgedOverYears, metPerYear } from '../../reports/figures/target-years.ts';
import { targetsTable } from '../../targets/table.ts';
import type { DB } from '../../db/open.ts';

const pick = (t: { id: number; status: string; part: number | null; whole: number | null }) => ({
  id: t.id,
  status: t.status,
  part: t.part,
  whole: t.whole,
});

function expectSameAsEvaluation(db: DB, planId: number, years: number[]) {
  const plan = planInfo(listPlans(db).find((p) => p.id === planId)!);
  const judged = judgedOverYears(db, plan, years)!;
  expect(judged.map((j) => j.year)).toEqual([...years].sort());
  for (const { year, targets } of judged) {
    const evaluated = evaluatePlan(db, year, planId, 0).targets;
    expect(targets.map(pick), `năm ${year}`).toEqual(evaluated.map(pick));
  }
  const perYear = targetsTable(db, years, planId).perYear.map(({ year, met, notMet }) => ({ year, met, notMet }));
  expect(metPerYear(db, plan, years)).toEqual(perYear);
  return judged;
}

describe('targets per year counted over the years', () => {
  it('the seed plan: every year judged as its own evaluation judges it', () => {
    const db = openDemo();
    const plan = listPlans(db)[0]!;
    const judged = expectSameAsEvaluation(db, plan.id, [2017, 2018, 2019]);
    // Something was actually counted: targets with items, some met and some not.
    const statuses = judged.flatMap((j) => j.targets.map((t) => t.status));
    expect(statuses).toContain('met');
    expect(statuses).toContain('notMet');
    db.close();
  });

  it('every measure, scopes of their own, a by-year target and a year outside the period', () => {
    const db = openDemo();
    const planId = insertPlan(db, { name: 'Đề án thử', number: null, startYear: 2018, endYear: 2019 });
    const own = { code: 'rieng', label: 'Phạm vi riêng', description: '', anyOf: [{ sector: ['xa-thi-tran'] }, { kind: ['baseCell'], unitType: ['co-quan'] }] };
    const none = { code: 'rong', label: 'Không có chi bộ nào', description: '', anyOf: [{ kind: [] }] };
    const all = { code: 'tat-ca', label: 'Mọi chi bộ', description: '', anyOf: [{}] };
    const add = (scope: unknown, measure: string, params: Record<string, unknown>, threshold: number, due: 'everyYear' | 'byYear' = 'everyYear') =>
      addTarget(db, { planId, label: `${measure} ${JSON.stringify(params)}`, scope: scope as never, measure, params, threshold, due, dueYear: due === 'byYear' ? 2019 : null });
    add(all, 'cell-rating', { atLeast: 'xuat-sac' }, 20);
    add(own, 'cell-rating', { atLeast: 'hoan-thanh' }, 90, 'byYear');
    add('co-quan-mo-rong', 'cell-admitted', { min: 2 }, 30);
    add(none, 'cell-admitted', {}, 10);
    add(all, 'committee-rating', { atLeast: 'tot', roles: ['secretary', 'deputy'] }, 80);
    add(own, 'committee-trained', { roles: ['member'] }, 50);
    add(all, 'committee-qualification', { education: 'thpt', professional: 'trung_cap', theory: 'so_cap' }, 40);
    add('dn-ngoai-nha-nuoc', 'secretary-manages-enterprise', {}, 50);
    const judged = expectSameAsEvaluation(db, planId, [2017, 2018, 2019]);
    expect(judged[0]!.targets.every((t) => t.status === 'outsidePeriod')).toBe(true);
    expect(judged[1]!.targets.map((t) => t.status)).toContain('progress');
    expect(judged[2]!.targets.map((t) => t.status)).toContain('noData');
    db.close();
  });
});
