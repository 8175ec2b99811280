import { useState } from 'react';
import { call, useApi } from '../api.ts';
import type { Info } from '../App.tsx';
import { ErrorNote, StatusNote, WriteErrorNote } from '../components/Notice.tsx';
import { formatInt } from '../../format/vi.ts';
import { JobProgress, useJob } from '../components/JobProgress.tsx';
import { useWrite } from '../useWrite.ts';

/** A backup now, next to the data file (sao-luu/), the backups already made, and a restore from one of them. */
export function BackupPanel({ info }: { info: Info }) {
  const [confirm, setConfirm] = useState<string | null>(null);
  const backups = useApi('data.backups', {});
  const write = useWrite();
  const { job, run } = useJob();
  // A backup changes no data, only the list of backup files, which is re-read here.
  const backup = async () => {
    const r = await write.run(
      () => run('backup', 'Đang sao lưu…', (jobId) => call('data.backup', { jobId })),
      (r) => `Đã sao lưu vào ${r.path} (${formatInt(Math.round(r.bytes / 1024))} KB).`,
    );
    if (r) backups.reload();
  };
  // A page in web mode may not name a file, so there it restores the newest backup; the desktop app names one from the list.
  const byName = info.host === 'electron';
  // A restore reopens the file: the backend pushes data-changed, and App and every view (this list too) re-read.
  const restore = async (from: string | undefined) => {
    setConfirm(null);
    await write.run(
      () => call('data.restore', from === undefined ? {} : { from }),
      (r) => `Đã khôi phục từ ${r.restoredFrom}.${r.savedCurrentAs ? ` Tệp trước đó được giữ ở ${r.savedCurrentAs}.` : ''}`,
    );
  };
  return (
    <fieldset data-testid="backup">
      <legend>Sao lưu</legend>
      <button type="button" onClick={() => void backup()}>
        Sao lưu ngay
      </button>
      <JobProgress job={job} />
      {write.error ? <WriteErrorNote error={write.error} onClose={write.clearError} /> : <ErrorNote text={backups.error} />}
      <StatusNote text={write.status} />
      {backups.data && backups.data.length > 0 && (
        <ul className="small">
          {backups.data.slice(0, 10).map((b) => (
            <li key={b.path}>
              {b.name} — {b.reason} — {formatInt(Math.round(b.bytes / 1024))} KB{' '}
              {(byName || b === backups.data![0]) &&
                (confirm === b.path ? (
                  <>
                    <button type="button" className="danger" onClick={() => void restore(byName ? b.path : undefined)}>
                      Xác nhận khôi phục
                    </button>{' '}
                    <button type="button" onClick={() => setConfirm(null)}>
                      Thôi
                    </button>
                  </>
                ) : (
                  <button type="button" className="link" onClick={() => setConfirm(b.path)}>
                    Khôi phục…
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
