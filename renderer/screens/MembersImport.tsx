/**
 * The member list from a spreadsheet, in three steps: the columns of the file with the field each was
 * recognised as (unknown ones offered for mapping), a dry run showing each cell's counts before → after,
 * then one all-or-nothing write. Personal data stays in the data file; only the counts reach documents.
 */
import { useState } from 'react';
import { call, type Out } from '../api.ts';
import { StatusNote, WriteErrorNote } from '../components/Notice.tsx';
import { JobProgress } from '../components/JobProgress.tsx';
import { usePreviewImport } from '../hooks/usePreviewImport.ts';
import { formatInt } from '../../format/vi.ts';
import { ImportErrors, ImportWarnings, type Source } from './ImportErrors.tsx';

type Columns = Out<'data.memberColumns'>;
type Result = Out<'data.importMembers'>;

export function MembersImport({ year }: { year: number }) {
  const [columns, setColumns] = useState<Columns | null>(null);
  const [map, setMap] = useState<Record<string, string>>({});
  const { job, source, result, setResult, error, clearError, status, attempt, load, preview, apply } = usePreviewImport<Result>({
    job: 'members',
    preview: (src, jobId) => call('data.importMembers', { source: src, year, dryRun: true, map, jobId }),
    // The write carries the preview's data version: if the data changed since, nothing is written.
    write: (src, jobId, expectedVersion) => call('data.importMembers', { source: src, year, dryRun: false, map, jobId, expectedVersion }),
    versionOf: (r) => r.dataVersion,
    writing: 'Đang ghi danh sách đảng viên…',
    written: (r) =>
      `Đã nhập ${formatInt(r.counts.members)} đảng viên của ${formatInt(r.counts.units)} chi bộ năm ${r.year}; ${formatInt(r.counts.figuresChanged)} số liệu thay đổi.${r.backup ? ` Bản sao lưu trước khi ghi: ${r.backup}.` : ''}`,
    onWritten: () => {
      setColumns(null);
      setMap({});
    },
  });

  const readColumns = async (src: Source, m: Record<string, string>) => {
    setColumns(await call('data.memberColumns', { source: src, map: m }));
  };

  const loadFile = (file: File) => {
    setColumns(null);
    setMap({});
    return load(file, (src) => readColumns(src, {}));
  };

  const pick = async (header: string, label: string) => {
    if (!source) return;
    const m = { ...map, [header]: label };
    setMap(m);
    setResult(null);
    await attempt(() => readColumns(source, m));
  };

  return (
    <section className="panel" data-testid="members-import" aria-label="Nhập danh sách đảng viên">
      <h2>Nhập danh sách đảng viên năm {year}</h2>
      <p className="small muted">
        Mỗi đảng viên một dòng (họ và tên, ngày sinh, ngày vào Đảng, chi bộ…). Chương trình tính số liệu của các chi bộ có trong danh sách;
        dữ liệu cá nhân chỉ lưu trong tệp dữ liệu.
      </p>
      <div className="toolbar">
        <label className="field inline">
          Danh sách (.xlsx, .csv){' '}
          <input
            type="file"
            accept=".xlsx,.csv"
            data-testid="members-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void loadFile(f);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <JobProgress job={job} />
      <WriteErrorNote error={error} onClose={clearError} />
      <StatusNote text={status} />
      {columns && (
        <div data-testid="members-columns">
          <h3>
            Bước 1: ghép cột — trang "{columns.sheet}"{columns.headerRow !== null ? `, tiêu đề ở dòng ${columns.headerRow}` : ''}
          </h3>
          <table className="table compact mapping">
            <thead>
              <tr>
                <th>Cột</th>
                <th>Tiêu đề trong tệp</th>
                <th>Ví dụ</th>
                <th>Ứng với trường</th>
              </tr>
            </thead>
            <tbody>
              {columns.columns.map((c) => (
                <tr key={c.index} className={c.field ? (map[c.header] ? 'mapped-by-hand' : undefined) : 'unmapped'}>
                  <td>{c.letter}</td>
                  <td>
                    {c.header}
                    {!c.field ? (
                      <div className="small">chưa nhận ra</div>
                    ) : map[c.header] ? (
                      <div className="small muted">do bạn chọn</div>
                    ) : null}
                  </td>
                  <td className="small">{c.samples.slice(0, 3).join('; ')}</td>
                  <td>
                    <select
                      aria-label={`Trường của cột ${c.header}`}
                      value={c.fieldLabel ?? ''}
                      onChange={(e) => void pick(c.header, e.target.value)}
                    >
                      <option value="">— không nhận ra (bỏ qua) —</option>
                      {columns.fields.map((f) => (
                        <option key={f.code} value={f.label}>
                          {f.label}
                          {f.required ? ' (bắt buộc)' : ''}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {columns.missingRequired.length > 0 && (
            <p className="incomplete" role="alert">
              Còn thiếu cột bắt buộc: {columns.missingRequired.join(', ')}. Hãy chọn cột ứng với các trường này.
            </p>
          )}
          <div className="actions">
            <button type="button" className="primary" disabled={columns.missingRequired.length > 0} onClick={() => void preview()}>
              Bước 2: xem trước
            </button>
          </div>
        </div>
      )}
      {result && !result.ok && <ImportErrors result={result} />}
      {result && result.ok && (
        <div data-testid="members-preview">
          <h3>Bước 2: xem trước</h3>
          <p>
            {formatInt(result.counts.members)} đảng viên của {formatInt(result.counts.units)} chi bộ —{' '}
            <strong>{formatInt(result.counts.unitsChanged)} chi bộ thay đổi</strong>, {formatInt(result.counts.figuresChanged)} số liệu thay
            đổi.
          </p>
          <ImportWarnings warnings={result.warnings} />
          <div style={{ maxHeight: 300, overflow: 'auto' }}>
            <table className="table compact">
              <thead>
                <tr>
                  <th>Chi bộ</th>
                  <th className="num">Đảng viên trước</th>
                  <th className="num">Sau</th>
                  <th>Số liệu thay đổi</th>
                </tr>
              </thead>
              <tbody>
                {result.units.slice(0, 500).map((u) => (
                  <tr key={u.unitId}>
                    <td>{u.name}</td>
                    <td className="num">{formatInt(u.membersBefore)}</td>
                    <td className="num">{formatInt(u.membersAfter)}</td>
                    <td className="small">
                      {u.changes
                        .slice(0, 6)
                        .map((c) => `${c.indicatorName}: ${c.old === null ? '—' : formatInt(c.old)} → ${formatInt(c.new)}`)
                        .join('; ')}
                      {u.changes.length > 6 ? '…' : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void apply()}>
              Bước 3: ghi {formatInt(result.counts.members)} đảng viên
            </button>
            <button type="button" onClick={() => setResult(null)}>
              Bỏ
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
