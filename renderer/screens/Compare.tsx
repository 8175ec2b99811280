/** So sánh: one breakdown over 2–10 years, with changes in counts and in percentage points, a grouped bar chart, and .xlsx export. */
import { useState } from 'react';
import { CoverageNote } from '../components/CoverageNote.tsx';
import { Chart } from 'react-chartjs-2';
import { call, useApi } from '../api.ts';
import type { ScreenProps } from '../App.tsx';
import { BreakdownPicker } from '../components/BreakdownPicker.tsx';
import { ErrorNote, Loading, StatusNote } from '../components/Notice.tsx';
import { chartKey, screenConfig } from '../components/charts.ts';
import { deliverFile } from '../download.ts';
import { JobProgress, useJob } from '../components/JobProgress.tsx';
import { formatInt, formatSignedInt } from '../../format/vi.ts';
import { useWrite } from '../useWrite.ts';

/** Rows of the per-unit table drawn at a time. */
const UNIT_ROWS_STEP = 200;

export function Compare({ info }: ScreenProps) {
  const [years, setYears] = useState<number[]>(() => info.years.slice(-3));
  const [breakdownId, setBreakdownId] = useState('nhom-chi-bo');
  const [basis, setBasis] = useState<'own' | 'today'>('own');
  const write = useWrite();
  // A province has thousands of grassroots organizations: drawing every row held the page 170–260 ms after
  // the table above showed. The first rows come at once, the rest on request.
  const [unitRows, setUnitRows] = useState(UNIT_ROWS_STEP);
  const { job, run } = useJob();
  const enough = years.length >= 2 && years.length <= 10;
  const sorted = [...years].sort((a, b) => a - b);
  const cmp = useApi('stats.compare', enough ? { years: sorted, breakdown: breakdownId, basis } : null);
  const units = useApi('stats.compareUnits', enough ? { years: sorted, kinds: ['baseCommittee', 'baseCell'] } : null);
  const c = cmp.data;
  const hasUnits = c ? c.totals.some((t) => t.units !== null) : false;
  const hasChanges = c ? c.rows.some((r) => r.changedIn.length > 0) : false;

  // The table goes to Excel through the data export of the project (io/export.ts), the same figures as on screen.
  const exportXlsx = () =>
    write.run(
      async () => {
        const f = await run('export', 'Đang tạo tệp Excel…', (jobId) =>
          call('data.export', { what: 'compare', year: sorted.at(-1)!, years: sorted, breakdown: breakdownId, basis, jobId }),
        );
        return { f, where: f.base64 ? await deliverFile(info.canSaveFile, f.name, f.base64) : f.path };
      },
      ({ f, where }) => (where ? `Đã lưu ${where} (${formatInt(Math.max(1, Math.round(f.bytes / 1024)))} KB).` : 'Đã hủy lưu tệp.'),
    );

  // A year entered in part says so on its own column, and so does every change that reads it.
  const short = (y: number): string | null => {
    const cov = cmp.data?.coverage?.find((x) => x.year === y);
    return cov && !cov.complete && cov.leavesWithoutFigures > 0 ? `thiếu số liệu ${formatInt(cov.leavesWithoutFigures)} đơn vị` : null;
  };
  return (
    <div className="screen compare">
      <div className="toolbar">
        <fieldset className="years">
          <legend>Các năm (2–10)</legend>
          {info.years.map((y) => (
            <label key={y}>
              <input
                type="checkbox"
                checked={years.includes(y)}
                onChange={(e) => setYears((s) => (e.target.checked ? [...s, y] : s.filter((x) => x !== y)))}
              />{' '}
              {y}
            </label>
          ))}
        </fieldset>
        <BreakdownPicker value={breakdownId} onChange={setBreakdownId} />
        <fieldset className="basis" data-testid="compare-basis">
          <legend>Cơ cấu tổ chức</legend>
          <label>
            <input type="radio" name="basis" checked={basis === 'own'} onChange={() => setBasis('own')} /> Của từng năm
          </label>
          <label>
            <input type="radio" name="basis" checked={basis === 'today'} onChange={() => setBasis('today')} /> Hiện nay (tính lại các năm
            trước)
          </label>
        </fieldset>
        <button type="button" onClick={exportXlsx} disabled={!enough}>
          Xuất Excel (.xlsx)
        </button>
      </div>
      {!enough && (
        <p role="alert" className="notice error">
          Hãy chọn từ 2 đến 10 năm để so sánh.
        </p>
      )}
      <ErrorNote text={write.error?.message ?? cmp.error ?? units.error} onClose={write.clearError} />
      <JobProgress job={job} />
      <StatusNote text={write.status} />
      {enough && !c && <Loading />}
      {c && (
        <>
          <CoverageNote coverage={c.coverage} testId="compare-coverage" ratings={false} />
          <div className="table-wrap">
            <table className="table" data-testid="compare">
              <caption>
                {c.name}: {c.years.join(', ')} —{' '}
                {c.basisYear === null
                  ? 'theo cơ cấu tổ chức của từng năm'
                  : `theo cơ cấu tổ chức năm ${c.basisYear}, các năm trước tính lại theo lịch sử sáp nhập, chia tách`}
              </caption>
              <thead>
                <tr>
                  <th rowSpan={2} scope="col">
                    Nhóm
                  </th>
                  {c.years.map((y, i) => [
                    <th key={y} colSpan={hasUnits ? 3 : 2} scope="colgroup">
                      Năm {y}
                      {short(y) && <div className="small incomplete-tag">{short(y)}</div>}
                    </th>,
                    i > 0 ? (
                      <th key={`d${y}`} colSpan={hasUnits ? 3 : 2} scope="colgroup" className="change">
                        So với {c.years[i - 1]}
                        {(short(y) || short(c.years[i - 1]!)) && <div className="small incomplete-tag">tính trên số đã nhập</div>}
                      </th>
                    ) : null,
                  ])}
                  {hasChanges && (
                    <th rowSpan={2} scope="col">
                      Cơ cấu thay đổi năm
                    </th>
                  )}
                </tr>
                <tr>
                  {c.years.map((y, i) => [
                    hasUnits ? (
                      <th key={`u${y}`} className="num">
                        Chi bộ
                      </th>
                    ) : null,
                    <th key={`m${y}`} className="num">
                      Đảng viên
                    </th>,
                    <th key={`s${y}`} className="num">
                      Tỷ lệ
                    </th>,
                    i > 0 && hasUnits ? (
                      <th key={`du${y}`} className="num change">
                        ± chi bộ
                      </th>
                    ) : null,
                    i > 0 ? (
                      <th key={`dm${y}`} className="num change">
                        ± đảng viên
                      </th>
                    ) : null,
                    i > 0 ? (
                      <th key={`dp${y}`} className="num change">
                        ± điểm %
                      </th>
                    ) : null,
                  ])}
                </tr>
              </thead>
              <tbody>
                {c.rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">{r.label}</th>
                    {c.years.map((y, i) => {
                      const v = r.values[i];
                      const ch = r.changes[i];
                      return [
                        hasUnits ? (
                          <td key={`u${y}`} className="num">
                            {v?.units == null ? '' : formatInt(v.units)}
                          </td>
                        ) : null,
                        <td key={`m${y}`} className="num">
                          {v ? formatInt(v.members) : ''}
                        </td>,
                        <td key={`s${y}`} className="num">
                          {v?.shareText ?? ''}
                        </td>,
                        i > 0 && hasUnits ? (
                          <td key={`du${y}`} className="num change">
                            {ch?.units == null ? '' : formatSignedInt(ch.units)}
                          </td>
                        ) : null,
                        i > 0 ? (
                          <td key={`dm${y}`} className="num change">
                            {ch ? formatSignedInt(ch.members) : ''}
                          </td>
                        ) : null,
                        i > 0 ? (
                          <td key={`dp${y}`} className="num change">
                            {ch?.pointsText ?? ''}
                          </td>
                        ) : null,
                      ];
                    })}
                    {hasChanges && <td className="small">{r.changedIn.join(', ')}</td>}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Tổng</th>
                  {c.totals.map((t, i) => [
                    hasUnits ? (
                      <td key={`u${t.year}`} className="num">
                        {t.units == null ? '' : formatInt(t.units)}
                      </td>
                    ) : null,
                    <td key={`m${t.year}`} className="num">
                      {formatInt(t.members)}
                    </td>,
                    <td key={`s${t.year}`} className="num">
                      {short(t.year) ? '100% số đã nhập' : '100%'}
                    </td>,
                    i > 0 && hasUnits ? (
                      <td key={`du${t.year}`} className="num change">
                        {formatSignedInt((t.units ?? 0) - (c.totals[i - 1]!.units ?? 0))}
                      </td>
                    ) : null,
                    i > 0 ? (
                      <td key={`dm${t.year}`} className="num change">
                        {formatSignedInt(t.members - c.totals[i - 1]!.members)}
                      </td>
                    ) : null,
                    i > 0 ? <td key={`dp${t.year}`} className="num change"></td> : null,
                  ])}
                  {hasChanges && <td />}
                </tr>
              </tfoot>
            </table>
          </div>
          {c.notes.map((n) => (
            <p key={n} className="note">
              Ghi chú: {n}
            </p>
          ))}
          <CompareChart c={c} />
        </>
      )}
      {units.data && (
        <section aria-labelledby="by-unit">
          <h2 id="by-unit">Đảng viên từng tổ chức cơ sở đảng qua các năm (theo sáp nhập, chia tách)</h2>
          <div className="table-wrap">
            <table className="table" data-testid="compare-units">
              <thead>
                <tr>
                  <th scope="col">Đơn vị</th>
                  {units.data.years.map((y) => (
                    <th key={y} className="num" scope="col">
                      {y}
                    </th>
                  ))}
                  <th scope="col">Thay đổi tổ chức</th>
                </tr>
              </thead>
              <tbody>
                {units.data.rows.slice(0, unitRows).map((r) => (
                  <tr key={r.unitIds.join(',')}>
                    <th scope="row">{r.label}</th>
                    {r.values.map((v, i) => (
                      <td key={i} className="num">
                        {v === null ? '—' : formatInt(v)}
                      </td>
                    ))}
                    <td className="small">{r.history.join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {units.data.rows.length > unitRows && (
            <p className="small" data-testid="compare-units-more">
              {formatInt(unitRows)} trong {formatInt(units.data.rows.length)} đơn vị.{' '}
              <button type="button" className="link" onClick={() => setUnitRows((n) => n + UNIT_ROWS_STEP)}>
                Hiện thêm {formatInt(Math.min(UNIT_ROWS_STEP, units.data.rows.length - unitRows))} đơn vị
              </button>
            </p>
          )}
        </section>
      )}
    </div>
  );
}

function CompareChart({ c }: { c: NonNullable<ReturnType<typeof useApi<'stats.compare'>>['data']> }) {
  const cfg = screenConfig({
    kind: 'so-sanh-nam',
    title: `${c.name} qua các năm`,
    years: c.years,
    rows: c.rows.map((r) => ({ label: r.label, values: r.values.map((v) => v?.members ?? null) })),
  });
  return (
    <div className="chart wide" data-testid="compare-chart">
      <Chart
        key={chartKey(cfg.data)}
        type="bar"
        data={cfg.data}
        options={cfg.options}
        plugins={cfg.plugins}
        role="img"
        aria-label={`Biểu đồ cột so sánh ${c.name}`}
      />
    </div>
  );
}
