import { useState } from 'react';
import { call, useApi } from '../api.ts';
import type { Info } from '../App.tsx';
import { ErrorNote, StatusNote } from '../components/Notice.tsx';
import { formatInt } from '../../format/vi.ts';
import { JobProgress, useJob } from '../components/JobProgress.tsx';

/** A backup now, next to the data file (sao-luu/), and the list of backups already made. */
export function BackupPanel(_props: { info: Info }) {
  const backups = useApi('data.backups', {});
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { job, run } = useJob();
  const backup = async () => {
    setError(null);
    setStatus(null);
    try {
      const r = await run('backup', 'Đang sao lưu…', (jobId) => call('data.backup', { jobId }));
      setStatus(`Đã sao lưu vào ${r.path} (${formatInt(Math.round(r.bytes / 1024))} KB).`);
      backups.reload();
    } catch (e) { setStatus(null); setError((e as Error).message); }
  };
  return (
    <fieldset data-testid="backup">
      <legend>Sao lưu</legend>
      <button type="button" onClick={() => void backup()}>Sao lưu ngay</button>
      <JobProgress job={job} />
      <ErrorNote text={error ?? backups.error} onClose={() => setError(null)} />
      <StatusNote text={status} />
      {backups.data && backups.data.length > 0 && (
        <ul className="small">
          {backups.data.slice(0, 10).map((b) => <li key={b.path}>{b.name} — {b.reason} — {formatInt(Math.round(b.bytes / 1024))} KB</li>)}
        </ul>
      )}
    </fieldset>
  );
}
