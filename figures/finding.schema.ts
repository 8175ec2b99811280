/**
 * What the figures checks say about a year, as a schema: the contract (checks.year, figures.set) sends
 * it and the domain's type is derived from it, so the two cannot drift apart. Only zod here: the page
 * loads the contract, and with it this file.
 */
import { z } from 'zod';

/** parentMismatch: a parent's entered figure against its cells; partExceedsWhole: "nữ" above "đảng viên"; missing: a cell without members. */
export const findingKind = z.enum(['parentMismatch', 'partExceedsWhole', 'missing']);

export const findingSchema = z.object({
  kind: findingKind,
  unitId: z.number().int(),
  unitName: z.string(),
  indicator: z.string(),
  message: z.string(),
});

export type FindingKind = z.infer<typeof findingKind>;
export type Finding = z.infer<typeof findingSchema>;
