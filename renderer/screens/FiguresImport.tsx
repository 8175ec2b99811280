/**
 * Figures from a spreadsheet: download the year's template, fill it (or collect it from the units), then
 * load it back — first a dry run that lists every change (old → new), then one all-or-nothing write.
 */
import { call, type Out } from '../api.ts';
import type { Info } from '../App.tsx';
import { StatusNote, WriteErrorNote } from '../components/Notice.tsx';
import { JobProgress } from '../components/JobProgress.tsx';
import { deliverFile } from '../download.ts';
import { usePreviewImport } from '../hooks/usePreviewImport.ts';
import { formatInt } from '../../format/vi.ts';
import { ImportWarnings } from './ImportErrors.tsx';

type Result = Out<'data.importFigures'>;

export function FiguresImport({ info, year, onClose }: { info: Info; year: number; onClose(): void }) {
  const { job, run, source, result, setResult, setSource, error, clearError, status, attempt, load, apply } = usePreviewImport<Result>({
    job: 'import',
    preview: (src, jobId) => call('data.importFigures', { source: src, year, dryRun: true, jobId }),
    write: (src, jobId, expectedVersion) => call('data.importFigures', { source: src, year, dryRun: false, jobId, expectedVersion }),
    versionOf: (r) => r.dataVersion,
    writing: 'Đang ghi số liệu…',
    written: (r, src) =>
      `Đã ghi ${formatInt(r.counts.changed)} số liệu năm ${r.year} từ ${src.name}.${r.ratings ? ` Xếp loại: ${formatInt(r.ratings.units)} đơn vị (${formatInt(r.ratings.changed)} thay đổi).` : ''}${r.committee ? ` Cấp ủy viên: ${formatInt(r.committee.members)} cấp ủy viên của ${formatInt(r.committee.units)} đơn vị.` : ''}${r.backup ? ` Bản sao lưu trước khi ghi: ${r.backup}.` : ''}`,
  });

  const template = () =>
    attempt(
      async () => {
        const f = await run('template', 'Đang tạo mẫu nhập…', (jobId) => call('data.template', { year, jobId }));
        return { rows: f.rows, where: f.base64 ? await deliverFile(info.canSaveFile, f.name, f.base64) : f.path };
      },
      ({ rows, where }) => (where ? `Đã lưu mẫu nhập ${where} (${formatInt(rows)} đơn vị).` : 'Đã hủy lưu tệp.'),
    );

  return (
    <section className="panel" data-testid="figures-import" aria-label="Nhập số liệu từ bảng tính">
      <h2>Nhập số liệu năm {year} từ Excel</h2>
      <p className="small muted">
        Mẫu nhập có ba trang: "Số liệu", "Xếp loại" và "Cấp ủy viên"; điền trang nào thì nhập trang đó, tất cả hoặc không gì cả.
      </p>
      <div className="toolbar">
        <button type="button" onClick={() => void template()}>
          Tải mẫu nhập (.xlsx)
        </button>
        <label className="field inline">
          Tệp đã điền (.xlsx, .csv){' '}
          <input
            type="file"
            accept=".xlsx,.csv"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void load(f);
              e.target.value = '';
            }}
          />
        </label>
        <button type="button" className="link" onClick={onClose}>
          Đóng
        </button>
      </div>
      <JobProgress job={job} />
      <WriteErrorNote error={error} onClose={clearError} />
      <StatusNote text={status} />
      {result && !result.ok && (
        <div role="alert" className="notice error" data-testid="import-errors">
          <div>
            <strong>Tệp có {formatInt(result.errors.length)} lỗi — chưa ghi gì:</strong>
            <ul>
              {result.errors.slice(0, 30).map((e, i) => (
                <li key={i}>
                  {e.sheet}
                  {e.row !== null ? `, dòng ${e.row}` : ''}
                  {e.column ? `, cột ${e.column}` : ''}: {e.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {result && result.ok && (
        <div data-testid="import-preview">
          <p>
            {source?.name}: {formatInt(result.counts.rows)} dòng, {formatInt(result.counts.values)} số liệu —{' '}
            <strong>{formatInt(result.counts.changed)} thay đổi</strong>, {formatInt(result.counts.unchanged)} giữ nguyên.
            {result.ratings
              ? ` Trang "Xếp loại": ${formatInt(result.ratings.units)} đơn vị, ${formatInt(result.ratings.cells)} chi bộ có số đảng viên theo mức, ${formatInt(result.ratings.changed)} thay đổi.`
              : ''}
            {result.committee
              ? ` Trang "Cấp ủy viên": ${formatInt(result.committee.members)} người của ${formatInt(result.committee.units)} đơn vị.`
              : ''}
          </p>
          <ImportWarnings warnings={result.warnings} />
          {result.changes.length > 0 && (
            <div style={{ maxHeight: 260, overflow: 'auto' }}>
              <table className="table compact">
                <thead>
                  <tr>
                    <th>Đơn vị</th>
                    <th>Chỉ tiêu</th>
                    <th className="num">Cũ</th>
                    <th className="num">Mới</th>
                  </tr>
                </thead>
                <tbody>
                  {result.changes.slice(0, 500).map((c, i) => (
                    <tr key={i}>
                      <td>{c.unitName}</td>
                      <td>{c.indicatorName}</td>
                      <td className="num">{c.old === null ? '—' : formatInt(c.old)}</td>
                      <td className="num">{formatInt(c.new)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={result.counts.changed === 0 && !result.ratings?.changed && !result.committee?.members}
              onClick={() => void apply()}
            >
              Ghi {formatInt(result.counts.changed + (result.ratings?.changed ?? 0))} thay đổi
              {result.committee ? ` và ${formatInt(result.committee.members)} cấp ủy viên` : ''}
            </button>
            <button
              type="button"
              onClick={() => {
                setResult(null);
                setSource(null);
              }}
            >
              Bỏ
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
