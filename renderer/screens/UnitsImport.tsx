/**
 * The organization from a spreadsheet: the template to fill (one row per unit), then the filled file read
 * as a dry run (every unit with what will happen to it, or every row's problem), then one all-or-nothing write.
 */
import { call, type Out } from '../api.ts';
import type { Info } from '../App.tsx';
import { StatusNote, WriteErrorNote } from '../components/Notice.tsx';
import { JobProgress } from '../components/JobProgress.tsx';
import { deliverFile } from '../download.ts';
import { usePreviewImport } from '../hooks/usePreviewImport.ts';
import { formatInt } from '../../format/vi.ts';
import { SECTORS, UNIT_TYPES } from '../../org/catalog.ts';
import { ImportErrors, ImportWarnings } from './ImportErrors.tsx';

type Result = Out<'units.import'>;
const ACTION = { create: 'Thêm mới', update: 'Sửa', same: 'Giữ nguyên' } as const;

export function UnitsImport({ info, year, onClose }: { info: Info; year: number; onClose(): void }) {
  const { job, source, result, setResult, setSource, error, clearError, status, attempt, load, apply } = usePreviewImport<Result>({
    job: 'units',
    preview: (src, jobId) => call('units.import', { source: src, year, dryRun: true, jobId }),
    write: (src, jobId) => call('units.import', { source: src, year, dryRun: false, jobId }),
    writing: 'Đang ghi cơ cấu tổ chức…',
    written: (r, src) =>
      `Đã nhập ${formatInt(r.counts.created)} đơn vị mới, sửa ${formatInt(r.counts.updated)} đơn vị năm ${r.year} từ ${src.name}.`,
  });

  const template = () =>
    attempt(
      async () => {
        const f = await call('units.template', { year });
        return f.base64 ? await deliverFile(info.canSaveFile, f.name, f.base64) : f.path;
      },
      (where) => (where ? `Đã lưu mẫu danh sách đơn vị ${where}.` : 'Đã hủy lưu tệp.'),
    );

  const changing = result?.ok ? result.counts.created + result.counts.updated : 0;
  return (
    <section className="panel" data-testid="units-import" aria-label="Nhập danh sách đơn vị">
      <h2>Nhập danh sách đơn vị năm {year}</h2>
      <p className="small muted">
        Mỗi dòng một đơn vị: Mã, Tên, Loại (đảng bộ cơ sở, chi bộ cơ sở, đảng bộ bộ phận, chi bộ trực thuộc), Mã cấp trên (để trống nếu trực
        thuộc thẳng cấp ủy), Khối, Loại hình — viết hoa hay thường, có dấu hay không đều được.
      </p>
      <div className="toolbar">
        <button type="button" onClick={() => void template()}>
          Tải mẫu danh sách đơn vị (.xlsx)
        </button>
        <label className="field inline">
          Tệp đã điền (.xlsx, .csv){' '}
          <input
            type="file"
            accept=".xlsx,.csv"
            data-testid="units-file"
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
      {result && !result.ok && <ImportErrors result={result} />}
      {result && result.ok && (
        <div data-testid="units-preview">
          <p>
            {source?.name}: {formatInt(result.counts.rows)} dòng — <strong>{formatInt(result.counts.created)} thêm mới</strong>,{' '}
            {formatInt(result.counts.updated)} sửa, {formatInt(result.counts.unchanged)} giữ nguyên.
          </p>
          <ImportWarnings warnings={result.warnings} />
          <div style={{ maxHeight: 320, overflow: 'auto' }}>
            <table className="table compact">
              <thead>
                <tr>
                  <th>Mã</th>
                  <th>Tên</th>
                  <th>Loại</th>
                  <th>Mã cấp trên</th>
                  <th>Khối</th>
                  <th>Loại hình</th>
                  <th></th>
                </tr>
              </thead>
              <tbody>
                {result.units.slice(0, 1000).map((u) => (
                  <tr key={u.code}>
                    <td>{u.code}</td>
                    <td>{u.name}</td>
                    <td>{u.kindName}</td>
                    <td>{u.parentCode ?? '—'}</td>
                    <td>{u.sector ? (SECTORS[u.sector] ?? u.sector) : ''}</td>
                    <td>{u.unitType ? (UNIT_TYPES[u.unitType] ?? u.unitType) : ''}</td>
                    <td>{ACTION[u.action]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="button" className="primary" disabled={changing === 0} onClick={() => void apply()}>
              Ghi {formatInt(changing)} đơn vị
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
