/** The unit filter as data the API receives (user groupings, target scopes); pure, so the page's contract can name it. */
import { z } from 'zod';
import { UNIT_KINDS } from '../db/codes.ts';

export const unitFilterSchema = z.object({
  kind: z.array(z.enum(UNIT_KINDS)).optional(),
  sector: z.array(z.string()).optional(),
  baseSector: z.array(z.string()).optional(),
  unitType: z.array(z.string()).optional(),
});

/** Which units a group holds. `baseSector` is the sector of the unit's đảng bộ cơ sở / chi bộ cơ sở. */
export type UnitFilter = z.infer<typeof unitFilterSchema>;
