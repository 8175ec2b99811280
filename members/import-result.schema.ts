/**
 * What the member-list import sends back, as a schema: the contract's shape, from which members/import.ts's
 * types are derived. Only zod here: the page loads the contract.
 */
import { z } from 'zod';
import { importIssueSchema, type failedImportSchema } from '../io/import-result.schema.ts';

export const unitChangeSchema = z.object({
  unitId: z.number().int(),
  code: z.string(),
  name: z.string(),
  membersBefore: z.number().int(),
  membersAfter: z.number().int(),
  changes: z.array(z.object({ indicator: z.string(), indicatorName: z.string(), old: z.number().int().nullable(), new: z.number().int() })),
});

/** The member list imported or previewed; the contract adds the data version it was computed on. */
export const membersImportedSchema = z.object({
  ok: z.literal(true),
  applied: z.boolean(),
  year: z.number().int(),
  startedFromYear: z.number().int().nullable(),
  counts: z.object({
    members: z.number().int(),
    units: z.number().int(),
    unitsChanged: z.number().int(),
    figuresChanged: z.number().int(),
  }),
  units: z.array(unitChangeSchema),
  columns: z.array(z.object({ header: z.string(), field: z.string() })),
  warnings: z.array(importIssueSchema),
  backup: z.string().nullable(),
});

export type UnitChange = z.infer<typeof unitChangeSchema>;
export type MembersImportResult = z.infer<typeof membersImportedSchema> | z.infer<typeof failedImportSchema>;
