/** The call context every handler gets: the open database file, what the host can do, where progress goes. */
import type { Database } from 'better-sqlite3';
import type { Host } from './host.ts';
import type { EventHub, ProgressReporter } from './progress.ts';

/** The database a session works on; the desktop app can switch it. */
export interface Session {
  db: Database;
  dbPath: string;
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
