/**
 * Today's backup and integrity check of the open file run in the background after it opened
 * (job "bao-tri-hang-ngay", backup/auto.ts): shown under the file name while they run, and kept in
 * view when they found the file damaged, with how to restore it. Nothing shows on other days.
 */
import { useEffect, useState } from 'react';
import { call } from '../api.ts';

const JOB = 'bao-tri-hang-ngay';

export function UpkeepStatus() {
  const [state, setState] = useState<{ done: number; text: string; finished: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      call('jobs.progress', { jobId: JOB }).then(
        (p) => {
          if (!live) return;
          setState(p);
          // Polled until the job ends; a day with nothing to do answers null at once.
          if (p && !p.finished) timer = setTimeout(poll, 1000);
        },
        () => {},
      );
    };
    poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  if (!state) return null;
  if (!state.finished) {
    return (
      <div className="small muted" role="status" data-testid="upkeep-status">
        <progress max={1} value={state.done} aria-label={state.text} /> {state.text}
      </div>
    );
  }
  return /bị hỏng/.test(state.text) ? (
    <p role="alert" className="notice error small" data-testid="upkeep-status">
      {state.text}
    </p>
  ) : null;
}
