import { useEffect, useState } from 'react';
import { createClient } from '../api/client.ts';
import type { OutputOf } from '../api/define.ts';
import type { Api } from '../api/contract.ts';

const call = createClient();
type Breakdown = OutputOf<Api['stats.breakdown']>;
type Info = OutputOf<Api['app.info']>;

export function App() {
  const [info, setInfo] = useState<Info | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [data, setData] = useState<Breakdown | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = () =>
    call('app.info', {}).then((i) => {
      setInfo(i);
      setYear(i.years.at(-1) ?? null);
    }, (e: Error) => setError(e.message));

  useEffect(() => { void refresh(); }, []);
  useEffect(() => {
    if (year !== null) call('stats.breakdown', { year }).then(setData, (e: Error) => setError(e.message));
  }, [year]);

  if (error) return <p role="alert">{error}</p>;
  if (!info) return <p>Đang tải…</p>;
  if (info.empty) {
    return (
      <main>
        <h1>tochuc</h1>
        <p>Tệp dữ liệu đang trống.</p>
        <button onClick={() => call('app.loadDemo', {}).then(refresh, (e: Error) => setError(e.message))}>Nạp dữ liệu mẫu</button>
      </main>
    );
  }
  return (
    <main>
      <h1>Tổng quan</h1>
      <label>
        Năm{' '}
        <select value={year ?? ''} onChange={(e) => setYear(Number(e.target.value))}>
          {info.years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      {data && (
        <table data-testid="breakdown">
          <caption>{data.name} — năm {data.year}</caption>
          <thead><tr><th></th><th>Số chi bộ</th><th>Số đảng viên</th><th>Tỷ lệ</th></tr></thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.label}><td>{r.label}</td><td>{r.units}</td><td>{r.members.toLocaleString('vi-VN')}</td><td>{r.shareText}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
