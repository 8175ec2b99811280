/**
 * A comparison of years, as schemas: the contract sends these shapes and stats/compare.ts's types are
 * derived from them. Only zod here: the page loads the contract.
 */
import { z } from 'zod';

export const compareValueSchema = z.object({
  year: z.number().int(),
  units: z.number().int().nullable(),
  members: z.number().int(),
  share: z.number(),
  shareRounded: z.number(),
  shareText: z.string(),
});

export const compareChangeSchema = z.object({
  year: z.number().int(),
  units: z.number().int().nullable(),
  members: z.number().int(),
  /** Exact change of the share, in percentage points. */
  points: z.number(),
  /** The change of the displayed shares: what a reader gets by subtracting the printed figures. */
  pointsText: z.string(),
});

export const compareRowSchema = z.object({
  label: z.string(),
  /** null where the row does not exist that year. */
  values: z.array(compareValueSchema.nullable()),
  /** Change from the previous year shown; null for the first year or where either side is missing. */
  changes: z.array(compareChangeSchema.nullable()),
  /** On today's basis: years in which a unit counted in this row was merged, split, moved, upgraded, opened or closed. Empty on the own basis. */
  changedIn: z.array(z.number().int()),
});

/** own: each year on its own structure; today: past years restated on the latest year's structure. */
export const basisSchema = z.enum(['own', 'today']);

/** The comparison as stats/compare.ts computes it; the contract adds each year's coverage. */
export const compareSchema = z.object({
  years: z.array(z.number().int()),
  breakdown: z.string(),
  name: z.string(),
  rows: z.array(compareRowSchema),
  totals: z.array(z.object({ year: z.number().int(), units: z.number().int().nullable(), members: z.number().int() })),
  notes: z.array(z.string()),
  basis: basisSchema,
  /** The year whose structure the rows follow: the latest year on today's basis. */
  basisYear: z.number().int().nullable(),
});

export type CompareValue = z.infer<typeof compareValueSchema>;
export type CompareChange = z.infer<typeof compareChangeSchema>;
export type CompareRow = z.infer<typeof compareRowSchema>;
export type Basis = z.infer<typeof basisSchema>;
export type CompareResult = z.infer<typeof compareSchema>;
