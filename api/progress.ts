/** Progress of long work, kept per job id so that any transport can poll it through the contract. */
export interface Progress { done: number; text: string; finished: boolean; at: number }

const jobs = new Map<string, Progress>();

export function reportProgress(jobId: string | undefined, done: number, text: string): void {
  if (!jobId) return;
  jobs.set(jobId, { done: Math.max(0, Math.min(1, done)), text, finished: done >= 1, at: Date.now() });
  // Old finished jobs are forgotten so the map stays small in a long session.
  if (jobs.size > 200) for (const [k, v] of jobs) if (v.finished) jobs.delete(k);
}

export function readProgress(jobId: string): Progress | undefined {
  return jobs.get(jobId);
}
