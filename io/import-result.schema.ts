/**
 * What an import sends back, as schemas: the contract's shapes, from which io/'s types are derived (an
 * issue, a refused file, the figures import's result). Only zod here: the page loads the contract.
 */
import { z } from 'zod';
import { findingKind } from '../figures/finding.schema.ts';

/** One problem of an imported file, pointing at its sheet, row and column, in Vietnamese. */
export const importIssueSchema = z.object({
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
  /** Set on the figures checks' findings, the same code checks.year gives them (figures/consistency.ts). */
  code: findingKind.optional(),
});

/** Every problem of a refused file, each with its sheet, row and column; the file is named once. */
export const failedImportSchema = z.object({
  ok: z.literal(false),
  file: z.string(),
  errors: z.array(importIssueSchema),
  warnings: z.array(importIssueSchema),
});

export const figureChangeSchema = z.object({
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  indicator: z.string(),
  indicatorName: z.string(),
  old: z.number().int().nullable(),
  new: z.number().int(),
});

/** The figures import done or previewed (io/input-import.ts); the contract adds the data version it was computed on. */
export const figuresImportedSchema = z.object({
  ok: z.literal(true),
  applied: z.boolean(),
  year: z.number().int(),
  startedFromYear: z.number().int().nullable(),
  changes: z.array(figureChangeSchema),
  counts: z.object({ rows: z.number().int(), values: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }),
  /** The sheets read, in file order. */
  sheets: z.array(z.string()),
  /** From the "Xếp loại" sheet: units rated, cells with member counts; null when the sheet is absent. */
  ratings: z.object({ units: z.number().int(), cells: z.number().int(), changed: z.number().int() }).nullable(),
  /** From the "Cấp ủy viên" sheet: members listed, their units, and how many were added, changed or removed (matched by name within a unit). */
  committee: z.object({ members: z.number().int(), units: z.number().int(), changed: z.number().int() }).nullable(),
  warnings: z.array(importIssueSchema),
  backup: z.string().nullable(),
});

export type ImportIssue = z.infer<typeof importIssueSchema>;
export type FigureChange = z.infer<typeof figureChangeSchema>;
export type FiguresImportResult = z.infer<typeof figuresImportedSchema> | z.infer<typeof failedImportSchema>;
