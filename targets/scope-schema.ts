/** A target's scope as data: pure, so the page's contract can name it (the matching is in scopes.ts). */
import { z } from 'zod';
import { unitFilterSchema } from '../stats/unit-filter.ts';

export const scopeSchema = z.object({
  code: z.string().optional(),
  label: z.string().trim().min(1),
  description: z.string().optional(),
  /** A cell is in the scope when it matches any of these filters. */
  anyOf: z.array(unitFilterSchema).min(1),
});
export type Scope = z.infer<typeof scopeSchema>;
