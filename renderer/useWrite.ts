/**
 * One way for a screen to write: busy while the call runs, a status line when it is done, the error with its
 * code when it is refused. Views refresh themselves: every write that changes the file makes the backend push
 * `data-changed`, and App re-reads all views (renderer/App.tsx), so a screen never bumps a version by hand.
 */
import { useCallback, useState } from 'react';
import { ApiCallError } from './client.ts';
import type { ErrorCode } from '../core/errors.ts';

export interface WriteError {
  code: ErrorCode;
  message: string;
}

export interface Write {
  busy: boolean;
  status: string | null;
  error: WriteError | null;
  /** Runs the write; `done` turns its result into the status line (or null for none). Resolves to the result, or null when refused. */
  run<T>(work: () => Promise<T>, done?: (result: T) => string | null): Promise<T | null>;
  clearError(): void;
}

export function useWrite(): Write {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<WriteError | null>(null);
  const run = useCallback(async <T>(work: () => Promise<T>, done?: (result: T) => string | null): Promise<T | null> => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const result = await work();
      setStatus(done ? done(result) : null);
      return result;
    } catch (e) {
      setError(e instanceof ApiCallError ? { code: e.code, message: e.message } : { code: 'internal', message: (e as Error).message });
      return null;
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, status, error, run, clearError };
}
