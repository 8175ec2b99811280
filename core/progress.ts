/**
 * Progress of long work and the events a backend pushes to whoever shows it. Reports are kept per job id
 * (so `jobs.progress` can still be asked) and handed to every listener (so the desktop app and web mode
 * push them to the page instead of the page polling).
 */
export interface Progress {
  done: number;
  text: string;
  finished: boolean;
  at: number;
}

/** What a backend tells the page without being asked. */
export type BackendEvent =
  | { type: 'progress'; jobId: string; progress: Progress }
  /** A write finished: views showing data re-read it. `method` names the write. */
  | { type: 'data-changed'; method: string };

/** What the page hears: the backend's events, and in the desktop app news of the backend process itself. */
export type WindowEvent = BackendEvent | { type: 'backend-restarted'; message: string } | { type: 'backend-stopped'; message: string };

export type ProgressReporter = (jobId: string | undefined, done: number, text: string) => void;
export type EventListener = (event: BackendEvent) => void;

/** One per backend: the job table and the listeners of its events. */
export class EventHub {
  private readonly jobs = new Map<string, Progress>();
  private readonly listeners = new Set<EventListener>();

  /** Returns a function that stops listening. */
  listen(fn: EventListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  emit(event: BackendEvent): void {
    for (const fn of this.listeners) fn(event);
  }

  readonly report: ProgressReporter = (jobId, done, text) => {
    if (!jobId) return;
    const progress = { done: Math.max(0, Math.min(1, done)), text, finished: done >= 1, at: Date.now() };
    this.jobs.set(jobId, progress);
    // Old finished jobs are forgotten so the map stays small in a long session.
    if (this.jobs.size > 200) for (const [k, v] of this.jobs) if (v.finished) this.jobs.delete(k);
    this.emit({ type: 'progress', jobId, progress });
  };

  read(jobId: string): Progress | undefined {
    return this.jobs.get(jobId);
  }
}
