/**
 * Progress of long work: the call carries a job id, and while it runs the page polls `jobs.progress`
 * for what the handler reported through ctx.progress. The bar shows from the first moment, even before a report.
 */
import { useCallback, useRef, useState } from 'react';
import { call } from '../api.ts';

export interface JobState { done: number; text: string }

export function useJob() {
  const [state, setState] = useState<JobState | null>(null);
  const busy = useRef(false);
  const run = useCallback(async <T,>(prefix: string, firstText: string, work: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    busy.current = true;
    setState({ done: 0, text: firstText });
    const timer = setInterval(() => {
      call('jobs.progress', { jobId }).then((p) => { if (p && busy.current) setState({ done: p.done, text: p.text }); }, () => {});
    }, 300);
    try {
      return await work(jobId);
    } finally {
      busy.current = false;
      clearInterval(timer);
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
