/**
 * The messages between the desktop app's main process and its background process (an Electron
 * `utilityProcess`). Plain data only: they cross a process boundary by structured clone.
 */
import type { ApiError, CallReply } from '../core/errors.ts';
import type { BackendEvent } from '../core/progress.ts';

export type ToBackend =
  | { type: 'call'; id: number; method: string; input: unknown }
  /** The answer to a `host` request: what the user chose in a dialog, or why it failed. */
  | { type: 'host-reply'; id: number; ok: true; result: string | null }
  | { type: 'host-reply'; id: number; ok: false; message: string };

export type HostRequest = { op: 'saveFile'; name: string; bytes: Uint8Array } | { op: 'pickDatabaseFile' };

export type FromBackend =
  /** The file is open and calls may come. */
  | { type: 'ready'; dbPath: string }
  /** The file could not be opened at start (damaged, not ours): the backend waits to be stopped. */
  | { type: 'failed'; error: ApiError }
  | { type: 'reply'; id: number; reply: CallReply }
  | { type: 'event'; event: BackendEvent }
  /** Another file is now open (menu Tệp → Mở, a restore): the one to reopen after a restart. */
  | { type: 'opened'; dbPath: string }
  /** Dialogs live in main: the backend asks, main shows them and answers with `host-reply`. */
  | ({ type: 'host'; id: number } & HostRequest);

/** One end of the channel, whatever carries it. */
export interface Port<In, Out> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

/** The command-line arguments of the background process. */
export function backendArgs(dbPath: string): string[] {
  return ['--db', dbPath];
}

export function dbPathFromArgs(argv: readonly string[]): string | null {
  const i = argv.indexOf('--db');
  return i >= 0 ? (argv[i + 1] ?? null) : null;
}
