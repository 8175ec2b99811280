/**
 * A plan's evaluation, as schemas: the contract sends these shapes and targets/evaluate.ts and
 * targets/table.ts derive their types from them. Only zod and constant lists here: the page loads the contract.
 */
import { z } from 'zod';
import { TARGET_STATUSES } from '../core/labels.ts';
import { ROLES } from '../db/codes.ts';

/**
 * met/notMet: judged; progress: a "by year X" target before X (value shown, not yet due);
 * outsidePeriod: the year is outside the plan's period (not evaluated); noData: nothing to count.
 */
export const targetStatusSchema = z.enum(TARGET_STATUSES);
export const dueSchema = z.enum(['everyYear', 'byYear']);

export const planInfoSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  number: z.string().nullable(),
  issuedOn: z.string().nullable().optional(),
  startYear: z.number().int(),
  endYear: z.number().int(),
});

export const failingSchema = z.object({
  unit: z.string(),
  unitId: z.number().int(),
  parent: z.string().nullable(),
  member: z.string().optional(),
  role: z.enum(ROLES).optional(),
  detail: z.string(),
});

export const targetResultSchema = z.object({
  id: z.number().int(),
  label: z.string(),
  scope: z.string(),
  threshold: z.number(),
  /** Exact percentage (part × 100 / whole); null when not evaluated. */
  actual: z.number().nullable(),
  met: z.boolean().nullable(),
  shortfall: z.number().int().nullable(),
  /** The first failing units or members (FAILING_SHOWN, 50, at most); the rest through targets.failing. */
  failing: z.array(failingSchema),
  /** How many units or members fail in all. */
  failingTotal: z.number().int(),
  status: targetStatusSchema,
  part: z.number().int().nullable(),
  whole: z.number().int().nullable(),
  measure: z.string(),
  due: dueSchema,
  dueYear: z.number().int().nullable(),
  /** "83,80% (150/179) — ngưỡng 80%", "cần thêm 3 chi bộ đạt …": ready to print. */
  text: z.string(),
});

/** The evaluation as targets/evaluate.ts computes it; the contract adds the year's coverage. */
export const planYearSchema = z.object({
  plan: planInfoSchema,
  year: z.number().int(),
  inPeriod: z.boolean(),
  targets: z.array(targetResultSchema),
});

export const failingPageSchema = z.object({
  planId: z.number().int(),
  targetId: z.number().int(),
  year: z.number().int(),
  total: z.number().int(),
  offset: z.number().int(),
  items: z.array(failingSchema),
});

export const tableCellSchema = z.object({
  year: z.number().int(),
  status: targetStatusSchema,
  actual: z.number().nullable(),
  met: z.boolean().nullable(),
  shortfall: z.number().int().nullable(),
  part: z.number().int().nullable(),
  whole: z.number().int().nullable(),
});

/** Targets × years as targets/table.ts computes it; the contract adds each year's coverage. */
export const targetsTableSchema = z.object({
  plan: planInfoSchema,
  years: z.array(z.number().int()),
  rows: z.array(
    z.object({
      id: z.number().int(),
      label: z.string(),
      scope: z.string(),
      threshold: z.number(),
      due: dueSchema,
      dueYear: z.number().int().nullable(),
      cells: z.array(tableCellSchema),
    }),
  ),
  /** Per year: judged targets met / not met, "by year X" targets still in progress, and targets not evaluated. */
  perYear: z.array(
    z.object({
      year: z.number().int(),
      met: z.number().int(),
      notMet: z.number().int(),
      progress: z.number().int(),
      notEvaluated: z.number().int(),
    }),
  ),
});

export type PlanInfo = z.infer<typeof planInfoSchema>;
export type Failing = z.infer<typeof failingSchema>;
export type TargetResult = z.infer<typeof targetResultSchema>;
export type PlanYearResult = z.infer<typeof planYearSchema>;
export type FailingPage = z.infer<typeof failingPageSchema>;
export type TableCell = z.infer<typeof tableCellSchema>;
export type TargetsTable = z.infer<typeof targetsTableSchema>;
