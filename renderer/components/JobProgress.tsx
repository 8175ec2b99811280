/**
 * Progress of long work: the call carries a job id, and while it runs the backend pushes what the handler
 * reported through ctx.progress (IPC events, or server-sent events in web mode). The bar shows from the first
 * moment, even before a report.
 */
import { useCallback, useRef, useState } from 'react';
import { events } from '../api.ts';

export interface JobState {
  done: number;
  text: string;
}

export function useJob() {
  const [state, setState] = useState<JobState | null>(null);
  const busy = useRef(false);
  const run = useCallback(async <T,>(prefix: string, firstText: string, work: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    busy.current = true;
    setState({ done: 0, text: firstText });
    const stop = events.subscribe((e) => {
      if (e.type === 'progress' && e.jobId === jobId && busy.current) setState({ done: e.progress.done, text: e.progress.text });
    });
    try {
      return await work(jobId);
    } finally {
      busy.current = false;
      stop();
      setState(null);
    }
  }, []);
  return { job: state, run };
}

export function JobProgress({ job }: { job: JobState | null }) {
  if (!job) return null;
  return (
    <div className="job" role="status" aria-live="polite" data-testid="job-progress">
      <progress max={1} value={job.done > 0 ? job.done : undefined} aria-label={job.text} /> <span className="small">{job.text}</span>
    </div>
  );
}
