/**
 * One way for a screen to write: busy while the call runs, a status line when it is done, the error with its
 * code when it is refused. Views refresh themselves: every write that changes the file makes the backend push
 * `data-changed`, and App re-reads all views (renderer/App.tsx), so a screen never bumps a version by hand.
 */
import { useCallback, useState } from 'react';
import { ApiCallError } from './client.ts';
import { UserError, type ErrorCode } from '../core/errors.ts';

export interface WriteError {
  code: ErrorCode;
  message: string;
  /** What the backend attached for a screen that acts on the code (the document holding a number, for one). */
  details?: unknown;
}

export interface Write {
  busy: boolean;
  status: string | null;
  error: WriteError | null;
  /**
   * Runs the write; `done` turns its result into the status line (or null for none). Resolves to the result, or null
   * when refused. `refused` hears the refusal with its code, for a screen that acts on one (a stale preview is read again).
   */
  run<T>(work: () => Promise<T>, done?: (result: T) => string | null, refused?: (error: WriteError) => void): Promise<T | null>;
  clearError(): void;
  /** For an edit after a write: the last status line no longer describes what is on screen. */
  clearStatus(): void;
}

export interface WriteOptions {
  /**
   * Put before the backend's message when it refuses: for a write of many items at once, "nothing was written".
   * A refusal the screen makes itself (a UserError thrown in `work`) carries its own words.
   */
  refusedPrefix?: string;
}

export function useWrite(opts: WriteOptions = {}): Write {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<WriteError | null>(null);
  const prefix = opts.refusedPrefix ?? '';
  const run = useCallback(
    async <T>(work: () => Promise<T>, done?: (result: T) => string | null, refused?: (error: WriteError) => void): Promise<T | null> => {
      setBusy(true);
      setError(null);
      setStatus(null);
      try {
        const result = await work();
        setStatus(done ? done(result) : null);
        return result;
      } catch (e) {
        const error: WriteError =
          e instanceof ApiCallError
            ? { code: e.code, message: prefix + e.message, details: e.details }
            : e instanceof UserError
              ? { code: e.code, message: e.message }
              : { code: 'internal', message: (e as Error).message };
        setError(error);
        refused?.(error);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [prefix],
  );
  const clearError = useCallback(() => setError(null), []);
  const clearStatus = useCallback(() => setStatus(null), []);
  return { busy, status, error, run, clearError, clearStatus };
}
