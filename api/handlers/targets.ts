import { z } from 'zod';
import type { Handlers } from '../handler.ts';
import type { targetsContract } from '../contract/targets.ts';
import { orgTreeOf } from '../../org/year-tree.ts';
import { COMPARABLE_LEVELS, COMPARABLE_NAMES, mappingView } from '../../targets/levels.ts';
import { MEASURES } from '../../targets/measures.ts';
import { cellsInScope, SCOPE_PRESETS } from '../../targets/scopes.ts';
import {
  addTarget,
  checkedTarget,
  copyPlan,
  createPlan,
  editPlan,
  editTarget,
  plansWithTargets,
  removePlan,
  removeTarget,
  resolveScope,
} from '../../targets/plans.ts';
import { evaluatePlan, failingOf, previewTarget } from '../../targets/evaluate.ts';
import { getPlan } from '../../db/plans.ts';
import { coverageSummary } from '../../stats/coverage.ts';
import { targetsTable } from '../../targets/table.ts';
import { checkQuota, checkQuotaKinds } from '../../targets/quota.ts';
import { getSettings } from '../../settings/store.ts';

export const targetsHandlers: Handlers<typeof targetsContract> = {
  'targets.catalog': () => ({
    measures: MEASURES.map((m) => ({
      id: m.id,
      label: m.label,
      subject: m.subject,
      params: z.toJSONSchema(m.params, { unrepresentable: 'any' }) as Record<string, unknown>,
    })),
    scopes: SCOPE_PRESETS,
    comparableLevels: COMPARABLE_LEVELS.map((code) => ({ code, ...COMPARABLE_NAMES[code] })),
  }),
  'targets.scaleMapping': () => mappingView(),
  'targets.scopeUnits': ({ year, scope }, { session }) => {
    const s = resolveScope(scope);
    const tree = orgTreeOf(session.db, year);
    return {
      scope: s,
      units: cellsInScope(tree, s).map((u) => ({
        id: u.id,
        name: u.name,
        parent: u.parentId === null ? null : (tree.byId.get(u.parentId)?.name ?? null),
      })),
    };
  },
  'plans.list': (_i, { session }) => plansWithTargets(session.db),
  'plans.create': (i, { session }) => ({ id: createPlan(session.db, i) }),
  'plans.update': ({ id, ...p }, { session }) => {
    editPlan(session.db, id, p);
    return { ok: true as const };
  },
  'plans.delete': ({ id }, { session }) => {
    removePlan(session.db, id);
    return { ok: true as const };
  },
  'plans.copy': ({ id, ...over }, { session }) => copyPlan(session.db, id, over),
  'targets.add': (i, { session }) => ({ id: addTarget(session.db, i) }),
  'targets.update': ({ id, ...t }, { session }) => (editTarget(session.db, id, t), { ok: true as const }),
  'targets.preview': ({ year, planId, ...t }, { session }) => {
    const plan = planId === undefined ? null : (getPlan(session.db, planId) ?? null);
    const result = previewTarget(session.db, year, checkedTarget(t, plan), plan?.id);
    const c = coverageSummary(session.db, year, { ratings: true });
    return { result, missingUnits: c.leavesWithoutFigures, coverageText: c.text };
  },
  'targets.delete': ({ id }, { session }) => {
    removeTarget(session.db, id);
    return { ok: true as const };
  },
  'targets.evaluate': ({ year, planId }, { session }) => ({
    ...evaluatePlan(session.db, year, planId),
    coverage: coverageSummary(session.db, year, { ratings: true }),
  }),
  'targets.failing': ({ planId, targetId, year, offset, limit }, { session }) =>
    failingOf(session.db, planId, targetId, year, offset, limit),
  'targets.table': ({ years, planId, jobId }, ctx) => {
    const r = targetsTable(ctx.session.db, years, planId, (done, y) => ctx.progress(jobId, done, `Đã đánh giá năm ${y}`));
    return { ...r, coverage: r.years.map((y) => coverageSummary(ctx.session.db, y, { ratings: true })) };
  },
  'targets.quota': ({ year }, { session }) => ({
    ...checkQuota(session.db, year),
    kinds: checkQuotaKinds(session.db, year, getSettings(session.db).quota),
  }),
};
