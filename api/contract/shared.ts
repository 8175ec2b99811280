/** Shapes several contract files share: an import's problems, a refused file, a produced file. */
import { z } from 'zod';
import { failedImportSchema, importIssueSchema } from '../../io/import-result.schema.ts';

/** An import's problem and a refused file: io/'s shapes (io/import-result.schema.ts). */
export const importIssue = importIssueSchema;
export const failedImport = failedImportSchema;
/** A produced file: written to `out`, saved through the desktop dialog, or sent back as base64. */
export const delivered = z.object({
  name: z.string(),
  path: z.string().nullable(),
  bytes: z.number().int(),
  base64: z.string().nullable(),
  rows: z.number().int(),
});
