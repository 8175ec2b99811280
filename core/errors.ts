/** The error every layer throws for the user to read, with the codes a caller may act on. */
import type { z } from 'zod';

/**
 * Every code a `UserError` or an API error can carry. A new code must be added here, so the renderer and the CLI
 * can switch on the union and a typo fails to compile.
 */
export const ERROR_CODES = [
  // input and usage
  'invalid',
  'invalid-input',
  'invalid-params',
  'bad-json',
  'usage',
  'too-large',
  'unknown-method',
  'desktop-only',
  'synth-import',
  'forbidden',
  'internal',
  // the desktop app's background process
  'backend-crashed',
  // files and storage
  'not-found',
  'exists',
  'db',
  'corrupt',
  'too-new',
  'invalid-file',
  'file-too-large',
  'zip-bomb',
  'encoding',
  'foreign',
  'no-backup',
  'backup-failed',
  'no-renderer',
  'port',
  'unreadable',
  // hardening: sheets, text, one writer, system failures, stale previews
  'no-sheet',
  'too-long',
  'in-use',
  'stale',
  'disk-full',
  'locked',
  'read-only',
  'resources',
  'busy',
  'empty-file',
  'not-spreadsheet',
  'xls',
  // organization and years
  'parent',
  'cycle',
  'merge',
  'split',
  'name',
  'code',
  'no-year',
  'not-empty',
  'has-children',
  'year-empty',
  'year-exists',
  'years',
  'compare-year',
  'invalid-figures',
  // reorganizations (issue 12): a step that does not fit the tree, an undo no longer allowed
  'reorg',
  'undo',
  // stats, targets and plans
  'unknown-breakdown',
  'unknown-scope',
  'invalid-scope',
  'unknown-measure',
  'invalid-target',
  'invalid-threshold',
  'invalid-period',
  'no-plan',
  // documents and templates
  'invalid-template',
  'invalid-template-file',
  'unknown-template',
  'template-kind',
  'signer',
  'date',
  // document numbers and the settings a document needs
  'term',
  'number-used',
  'number-replaces',
  'settings-missing',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What zod found wrong, one clause per problem: "year: …; name: …". */
export function describeIssues(err: z.ZodError, root = ''): string {
  return err.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : root ? `${root}: ` : ''}${i.message}`).join('; ');
}

/** An error meant for the user: the message is Vietnamese and says what and where. */
export class UserError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(message: string, code: ErrorCode = 'invalid', details?: unknown) {
    super(message);
    this.name = 'UserError';
    this.code = code;
    this.details = details;
  }
}

/** An error as a transport carries it: plain data, so it crosses IPC, HTTP and process boundaries. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** What a transport sends back for one call. */
export type CallReply = { ok: true; result: unknown } | { ok: false; error: ApiError };
