/** The call context every handler gets: the open database file, what the host can do, where progress goes. */
import type { Database } from 'better-sqlite3';
import type { Host } from './host.ts';
import type { EventHub, ProgressReporter } from './progress.ts';

/** How today's backup and integrity check of a file ended (backup/auto.ts). */
export type UpkeepOutcome =
  | { status: 'done'; path: string; bytes: number; ms: number }
  | { status: 'corrupt'; integrity: string }
  | { status: 'failed'; message: string };

/** The database a session works on; the desktop app can switch it. */
export interface Session {
  db: Database;
  dbPath: string;
  /** Today's backup and integrity check, running in the background after the file opened (null: not needed today). */
  upkeep?: Promise<UpkeepOutcome | null>;
  open(path: string): void;
}

export interface Ctx {
  session: Session;
  host: Host;
  /** Reports progress of long work (0..1) under the job id the caller chose. */
  progress: ProgressReporter;
  /** The backend's job table and event listeners (progress, data changed). */
  events: EventHub;
}
