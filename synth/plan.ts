/** The seed article's đề án, moved to the last five years of the synthetic province, so target evaluation has work to do. */
import type { DB } from '../db/open.ts';
import { addTarget, createPlan } from '../targets/plans.ts';
import { SEED_PLAN, SEED_TARGETS } from '../targets/seed-plan.ts';

export function loadProvincePlan(db: DB, firstYear: number, lastYear: number): number {
  const startYear = Math.max(firstYear, lastYear - 4);
  const planId = createPlan(db, {
    name: `${SEED_PLAN.name.replace(/ huyện Quốc Oai$/, '')} (dữ liệu tổng hợp)`,
    number: null,
    startYear,
    endYear: lastYear,
  });
  // "Đến năm 2019/2020" targets fall due at the end of the moved period.
  for (const t of SEED_TARGETS) addTarget(db, { ...t, planId, dueYear: t.due === 'byYear' ? lastYear : null });
  return planId;
}
