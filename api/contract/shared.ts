/** Shapes several contract files share: an import's problems, a refused file, a produced file. */
import { z } from 'zod';
import { findingKind } from '../../figures/finding.schema.ts';

export const importIssue = z.object({
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
  /** The figures checks' code (figures/finding.schema.ts), as checks.year gives it. */
  code: findingKind.optional(),
});
/** Every problem of a refused file, each with its sheet, row and column; the file is named once. */
export const failedImport = z.object({
  ok: z.literal(false),
  file: z.string(),
  errors: z.array(importIssue),
  warnings: z.array(importIssue),
});
/** A produced file: written to `out`, saved through the desktop dialog, or sent back as base64. */
export const delivered = z.object({
  name: z.string(),
  path: z.string().nullable(),
  bytes: z.number().int(),
  base64: z.string().nullable(),
  rows: z.number().int(),
});
