import { useState } from 'react';
import { call, useApi } from '../api.ts';
import type { Info } from '../App.tsx';
import { ErrorNote, StatusNote } from '../components/Notice.tsx';
import { deliverFile } from '../download.ts';
import { formatCitationDate, formatInt } from '../../format/vi.ts';

/** The documents exported so far; each can be made again byte for byte from what the history recorded. */
export function ReportHistory({ info }: { info: Info }) {
  const history = useApi('reports.history', { limit: 200 });
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const again = async (id: number) => {
    setError(null);
    try {
      const r = await call('reports.regenerate', { id });
      const where = await deliverFile(info.canSaveFile, r.fileName, r.base64);
      setStatus(
        `${r.identical ? 'Tạo lại giống hệt bản đã xuất' : 'Tạo lại (khác bản đã xuất: số liệu hoặc mẫu đã đổi)'}${where ? ` — đã lưu ${where}` : ''}.`,
      );
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div>
      <ErrorNote text={error ?? history.error} onClose={() => setError(null)} />
      <StatusNote text={status} />
      {history.data && history.data.length === 0 && <p className="muted">Chưa xuất văn bản nào.</p>}
      {history.data && history.data.length > 0 && (
        <table className="table" data-testid="report-history">
          <thead>
            <tr>
              <th className="num">Mã</th>
              <th>Nhiệm kỳ</th>
              <th>Số</th>
              <th>Loại</th>
              <th>Ngày</th>
              <th className="num">Năm số liệu</th>
              <th>Mẫu</th>
              <th className="num">Cỡ</th>
              <th>Tệp</th>
              <th>Ghi chú</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {history.data.map((d) => (
              <tr key={d.id}>
                <td className="num">{d.id}</td>
                <td>{d.term}</td>
                <td>{d.number}</td>
                <td>{d.kind}</td>
                <td>{formatCitationDate(d.date)}</td>
                <td className="num">{d.year}</td>
                <td>
                  {d.templateCode} (bản {d.templateVersion})
                </td>
                <td className="num">{formatInt(Math.round(d.size / 1024))} KB</td>
                <td className="small">{d.fileName}</td>
                <td className="small">
                  {[
                    d.replaces !== null ? `thay bản nháp ${d.replaces}` : '',
                    d.replacedBy !== null ? `đã được thay bằng ${d.replacedBy}` : '',
                  ]
                    .filter(Boolean)
                    .join('; ')}
                </td>
                <td>
                  <button type="button" className="link" onClick={() => void again(d.id)}>
                    Tạo lại
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
