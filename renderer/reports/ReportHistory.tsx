import { call, useApi } from '../api.ts';
import type { Info } from '../App.tsx';
import { ErrorNote, StatusNote, WriteErrorNote } from '../components/Notice.tsx';
import { useWrite } from '../useWrite.ts';
import { deliverFile } from '../download.ts';
import { formatCitationDate, formatInt } from '../../format/vi.ts';

/** The documents exported so far; each can be made again byte for byte from what the history recorded. */
export function ReportHistory({ info }: { info: Info }) {
  const history = useApi('reports.history', { limit: 200 });
  const write = useWrite();
  const again = (id: number) =>
    write.run(
      async () => {
        const r = await call('reports.regenerate', { id });
        return { identical: r.identical, where: await deliverFile(info.canSaveFile, r.fileName, r.base64) };
      },
      ({ identical, where }) =>
        `${identical ? 'Tạo lại giống hệt bản đã xuất' : 'Tạo lại (khác bản đã xuất: số liệu hoặc mẫu đã đổi)'}${where ? ` — đã lưu ${where}` : ''}.`,
    );
  return (
    <div>
      {write.error ? <WriteErrorNote error={write.error} onClose={write.clearError} /> : <ErrorNote text={history.error} />}
      <StatusNote text={write.status} />
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
                  <button type="button" className="link" disabled={write.busy} onClick={() => void again(d.id)}>
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
