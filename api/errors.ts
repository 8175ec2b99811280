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
