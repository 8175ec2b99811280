import { useState } from 'react';
import { call, useApi } from '../api.ts';
import type { Info } from '../App.tsx';
import { ErrorNote, StatusNote } from '../components/Notice.tsx';
import { formatInt } from '../../format/vi.ts';
import { JobProgress, useJob } from '../components/JobProgress.tsx';

/** A backup now, next to the data file (sao-luu/), the backups already made, and a restore from one of them. */
export function BackupPanel({ info, refreshInfo }: { info: Info; refreshInfo(): Promise<void> }) {
  const [confirm, setConfirm] = useState<string | null>(null);
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
  // A page in web mode may not name a file, so there it restores the newest backup; the desktop app names one from the list.
  const byName = info.host === 'electron';
  const restore = async (from: string | undefined) => {
    setError(null);
    setConfirm(null);
    try {
      const r = await call('data.restore', from === undefined ? {} : { from });
      setStatus(`Đã khôi phục từ ${r.restoredFrom}.${r.savedCurrentAs ? ` Tệp trước đó được giữ ở ${r.savedCurrentAs}.` : ''}`);
      await refreshInfo(); // also bumps the data version
      backups.reload();
    } catch (e) { setError((e as Error).message); }
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
          {backups.data.slice(0, 10).map((b) => (
            <li key={b.path}>
              {b.name} — {b.reason} — {formatInt(Math.round(b.bytes / 1024))} KB{' '}
              {(byName || b === backups.data![0]) && (confirm === b.path
                ? <><button type="button" className="danger" onClick={() => void restore(byName ? b.path : undefined)}>Xác nhận khôi phục</button> <button type="button" onClick={() => setConfirm(null)}>Thôi</button></>
                : <button type="button" className="link" onClick={() => setConfirm(b.path)}>Khôi phục…</button>)}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
