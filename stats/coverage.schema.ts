/**
 * How complete a year is, as schemas: the contract sends these shapes and stats/coverage.ts's types are
 * derived from them, so the two cannot drift apart. Only zod here: the page loads the contract.
 */
import { z } from 'zod';

export const missingUnitSchema = z.object({ unitId: z.number().int(), code: z.string(), name: z.string(), parent: z.string().nullable() });

/** How complete a year is: what breakdowns, comparisons, targets and documents say before their figures. */
export const coverageSchema = z.object({
  year: z.number().int(),
  /** Units where figures are entered (chi bộ, and units without children). */
  leaves: z.number().int(),
  leavesWithFigures: z.number().int(),
  leavesWithoutFigures: z.number().int(),
  /** Units that are rated each year: tổ chức cơ sở đảng, đảng bộ bộ phận, chi bộ. */
  rated: z.number().int(),
  withoutRating: z.number().int(),
  cells: z.number().int(),
  cellsWithoutMemberRatings: z.number().int(),
  complete: z.boolean(),
  /** "Còn 290/294 chi bộ chưa có số liệu…"; null when complete. */
  text: z.string().nullable(),
  /** The first 200 units of each list. */
  missingFigures: z.array(missingUnitSchema),
  missingRatings: z.array(missingUnitSchema),
  missingMemberRatings: z.array(missingUnitSchema),
});

/** What a breakdown, a comparison or a plan's evaluation carries about its year's completeness. */
export const coverageSummarySchema = z.object({
  year: z.number().int(),
  leaves: z.number().int(),
  leavesWithoutFigures: z.number().int(),
  /** Units not rated; it makes the result incomplete only where the result reads ratings (targets, breakdowns by rating). */
  withoutRating: z.number().int(),
  complete: z.boolean(),
  text: z.string().nullable(),
});

export type MissingUnit = z.infer<typeof missingUnitSchema>;
export type YearCoverage = z.infer<typeof coverageSchema>;
export type CoverageSummary = z.infer<typeof coverageSummarySchema>;
