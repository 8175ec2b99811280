/** Loads the seed article's đề án and its targets into the demo database. */
import type { DB } from '../db/open.ts';
import { addTarget, createPlan } from '../targets/plans.ts';
import { SEED_PLAN, SEED_TARGETS } from '../targets/seed-plan.ts';

export function loadSeedPlan(db: DB): number {
  const planId = createPlan(db, SEED_PLAN);
  for (const t of SEED_TARGETS) addTarget(db, { ...t, planId });
  return planId;
}
