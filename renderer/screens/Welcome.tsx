import { useState } from 'react';
import { call } from '../api.ts';
import { useWrite } from '../useWrite.ts';
import type { ScreenProps } from '../App.tsx';
import { WriteErrorNote } from '../components/Notice.tsx';
import { JobProgress, useJob } from '../components/JobProgress.tsx';
import { NewCommittee } from './NewCommittee.tsx';

/** First run: the file is empty; the user chooses the demo or starts their own organization. */
export function Welcome({ info, go, setYear }: ScreenProps) {
  const write = useWrite();
  const busy = write.busy;
  const [creating, setCreating] = useState(false);
  const { job, run } = useJob();
  // The demo, or another file, reaches App (years, no longer empty) by the data-changed the backend pushes.
  const loadDemo = () => write.run(() => run('demo', 'Đang tạo dữ liệu mẫu…', (jobId) => call('app.loadDemo', { jobId })));
  const openOther = () => write.run(() => call('app.openDatabase', {}));
  if (creating) {
    return (
      <NewCommittee
        onCancel={() => setCreating(false)}
        onDone={(y) => {
          setYear(y);
          go('to-chuc', { nhap: 1 });
        }}
      />
    );
  }
  return (
    <section className="welcome" data-testid="welcome">
      <p>
        Tệp dữ liệu <code>{info.dbPath}</code> đang trống.
      </p>
      <p>
        Bạn có thể nạp dữ liệu mẫu của Đảng bộ huyện Quốc Oai (2017–2019) để xem thử, hoặc lập tệp cho cấp ủy của mình: đảng bộ huyện (cơ
        cấu đến 30/6/2025), đảng bộ xã, phường, đặc khu (từ 1/7/2025) hay đảng bộ tỉnh, thành phố — từ bất kỳ năm nào.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void loadDemo()} disabled={busy}>
          {busy ? 'Đang nạp dữ liệu mẫu…' : 'Nạp dữ liệu mẫu'}
        </button>
        <button type="button" onClick={() => setCreating(true)}>
          Lập tệp mới cho một cấp ủy…
        </button>
        {info.canPickDatabase && (
          <button type="button" onClick={() => void openOther()}>
            Mở tệp dữ liệu khác…
          </button>
        )}
      </div>
      <JobProgress job={job} />
      <WriteErrorNote error={write.error} />
    </section>
  );
}
