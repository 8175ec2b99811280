/** A breakdown of a year, as schemas: the contract sends these shapes, and stats/breakdown.ts's types are derived from them. */
import { z } from 'zod';

export const breakdownRowSchema = z.object({
  label: z.string(),
  units: z.number().int().nullable(),
  members: z.number().int(),
  /** Exact percentage of the whole (members or units, as the breakdown says). */
  share: z.number(),
  /** The displayed share as a number (85.44): what readers add and subtract. */
  shareRounded: z.number(),
  shareText: z.string(),
});

export const identitySchema = z.object({ text: z.string(), ok: z.boolean() });

/** The breakdown as stats/breakdown.ts computes it; the contract adds the year's coverage. */
export const breakdownSchema = z.object({
  year: z.number().int(),
  breakdown: z.string(),
  name: z.string(),
  shareOf: z.enum(['members', 'units']),
  rows: z.array(breakdownRowSchema),
  total: z.object({ units: z.number().int().nullable(), members: z.number().int(), shareText: z.string() }),
  /** Set when the rounded rows do not add up to 100,00%: the total still shows 100%. */
  roundingNote: z.string().nullable(),
  identities: z.array(identitySchema),
});
