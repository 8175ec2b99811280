import type { z } from 'zod';

/** What zod found wrong, one clause per problem: "year: …; name: …". */
export function describeIssues(err: z.ZodError, root = ''): string {
  return err.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : root ? `${root}: ` : ''}${i.message}`).join('; ');
}

/** An error meant for the user: the message is Vietnamese and says what and where. */
export class UserError extends Error {
  readonly code: string;
  readonly details: unknown;
  constructor(message: string, code = 'invalid', details?: unknown) {
    super(message);
    this.name = 'UserError';
    this.code = code;
    this.details = details;
  }
}
