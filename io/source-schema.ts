/** Where an imported file comes from: a path (CLI, desktop) or bytes sent by the UI. Pure, for the page's contract. */
import { z } from 'zod';

export const sourceSchema = z.union([
  z.object({ path: z.string().min(1) }),
  z.object({ name: z.string().min(1).max(255), base64: z.string() }),
]);
export type Source = z.infer<typeof sourceSchema>;
