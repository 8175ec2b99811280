import { z } from 'zod';
import { method, year } from '../define.ts';

const missingUnit = z.object({ unitId: z.number().int(), code: z.string(), name: z.string(), parent: z.string().nullable() });

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
  missingFigures: z.array(missingUnit),
  missingRatings: z.array(missingUnit),
  missingMemberRatings: z.array(missingUnit),
});

export const coverageContract = {
  'coverage.year': method(
    'Mức đầy đủ của một năm: bao nhiêu chi bộ (đơn vị cơ sở) chưa có số liệu, bao nhiêu đơn vị chưa xếp loại, chi bộ nào chưa có số đảng viên theo mức xếp loại',
    z.object({ year }),
    coverageSchema,
  ),
};

/** What a breakdown, a comparison or a plan's evaluation carries about its year's completeness. */
export const coverageSummary = z.object({
  year: z.number().int(),
  leaves: z.number().int(),
  leavesWithoutFigures: z.number().int(),
  /** Units not rated; it makes the result incomplete only where the result reads ratings (targets, breakdowns by rating). */
  withoutRating: z.number().int(),
  complete: z.boolean(),
  text: z.string().nullable(),
});
