/** Chỉ tiêu: the targets of a plan judged on exact values for a year, the years side by side, and the units that fall short. */
import { useEffect, useState } from 'react';
import { Chart } from 'react-chartjs-2';
import { useApi, type Out } from '../api.ts';
import type { ScreenProps } from '../App.tsx';
import { YearPicker } from '../components/YearPicker.tsx';
import { ErrorNote, Loading } from '../components/Notice.tsx';
import { chartKey, screenConfig } from '../components/charts.ts';
import { formatDecimal, formatInt, formatShare } from '../../format/vi.ts';
import { ROLE_LABELS } from '../../org/catalog.ts';
import { PlanEditor } from '../targets/PlanEditor.tsx';
import { CoverageNote, missingText } from '../components/CoverageNote.tsx';
import { STATUS_LABELS } from '../../core/labels.ts';

type Target = Out<'targets.evaluate'>['targets'][number];

function actualText(t: { part: number | null; whole: number | null; actual: number | null }): string {
  if (t.part !== null && t.whole) return formatShare(t.part, t.whole);
  return t.actual === null ? '—' : `${formatDecimal(Math.round(t.actual * 100) / 100)}%`;
}

export function Targets({ info, year, setYear }: ScreenProps) {
  const plans = useApi('plans.list', {});
  const [planId, setPlanId] = useState<number | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  useEffect(() => {
    if (planId === null && plans.data?.[0]) setPlanId(plans.data[0].id);
  }, [plans.data, planId]);
  const ev = useApi('targets.evaluate', planId === null ? null : { year, planId });
  const table = useApi('targets.table', planId === null ? null : { years: info.years.slice(-10), planId });
  const open = ev.data?.targets.find((t) => t.id === openId) ?? null;
  // A result of an incomplete year is of what was entered: each row says so, not only the note above.
  const short =
    ev.data?.coverage && !ev.data.coverage.complete ? (missingText(ev.data.coverage, true) ?? `năm ${year} chưa đủ số liệu`) : null;
  const [editing, setEditing] = useState<'new' | 'current' | null>(null);
  const current = plans.data?.find((p) => p.id === planId) ?? null;
  const editor = editing && (
    <PlanEditor
      plan={editing === 'new' ? null : current}
      year={year}
      onSaved={(id) => {
        setPlanId(id);
        setEditing('current');
      }}
      onDeleted={() => {
        setPlanId(null);
        setEditing(null);
      }}
      onClose={() => setEditing(null)}
    />
  );

  if (plans.data && plans.data.length === 0) {
    return (
      <div className="screen targets">
        <p className="muted">Chưa có đề án nào. Lập đề án (tên, số, ngày ban hành, thời gian thực hiện) rồi thêm các chỉ tiêu của nó.</p>
        {editor ?? (
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            Lập đề án mới
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="screen targets">
      <div className="toolbar">
        <label className="field inline">
          Đề án
          <select
            value={planId ?? ''}
            onChange={(e) => {
              setPlanId(Number(e.target.value));
              setOpenId(null);
            }}
            data-testid="plan"
          >
            {(plans.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.number ? ` (${p.number})` : ''}, {p.startYear}–{p.endYear}
              </option>
            ))}
          </select>
        </label>
        <YearPicker
          years={info.years}
          value={year}
          onChange={(y) => {
            setYear(y);
            setOpenId(null);
          }}
        />
        <button
          type="button"
          onClick={() => setEditing(editing === 'current' ? null : 'current')}
          aria-expanded={editing === 'current'}
          disabled={!current}
        >
          Sửa đề án, chỉ tiêu…
        </button>
        <button type="button" onClick={() => setEditing('new')}>
          Lập đề án mới
        </button>
      </div>
      {editor}
      <ErrorNote text={plans.error ?? ev.error ?? table.error} />
      {!ev.data ? (
        <Loading />
      ) : (
        <div className="two-cols">
          <div>
            {!ev.data.inPeriod && <p className="note">Năm {year} nằm ngoài thời gian thực hiện của đề án.</p>}
            <CoverageNote coverage={ev.data.coverage} testId="targets-coverage" />
            <table className="table" data-testid="targets">
              <caption>
                Chỉ tiêu năm {year}: {formatInt(ev.data.targets.filter((t) => t.status === 'met').length)}/
                {formatInt(ev.data.targets.length)} đạt{short ? ` — ${short}` : ''}
              </caption>
              <thead>
                <tr>
                  <th>Chỉ tiêu</th>
                  <th className="num">Ngưỡng</th>
                  <th className="num">Thực hiện</th>
                  <th>Kết quả</th>
                </tr>
              </thead>
              <tbody>
                {ev.data.targets.map((t) => (
                  <tr
                    key={t.id}
                    className={`clickable${t.id === openId ? ' selected' : ''}`}
                    onClick={() => setOpenId(t.id === openId ? null : t.id)}
                    tabIndex={0}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        setOpenId(t.id === openId ? null : t.id);
                      }
                    }}
                  >
                    <td>
                      {t.label}
                      <div className="small muted">{t.scope}</div>
                    </td>
                    <td className="num">{formatDecimal(t.threshold, t.threshold % 1 ? 2 : 0)}%</td>
                    <td className="num">
                      {actualText(t)}
                      {t.part !== null && t.whole !== null && (
                        <div className="small muted">
                          {formatInt(t.part)}/{formatInt(t.whole)}
                        </div>
                      )}
                    </td>
                    <td className={`status-${t.status}`}>
                      {STATUS_LABELS[t.status]}
                      {t.met === false && t.shortfall ? <div className="small">thiếu {formatInt(t.shortfall)}</div> : null}
                      {short && <div className="small incomplete-tag">tính trên số đã nhập</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div>
            {open ? (
              <Failing
                key={`${open.id}-${year}`}
                t={open}
                planId={ev.data.plan.id}
                year={ev.data.year}
                incomplete={ev.data.coverage?.complete === false}
              />
            ) : (
              <p className="muted">Chọn một chỉ tiêu để xem các đơn vị, cấp ủy viên chưa đạt.</p>
            )}
            {table.data && <TargetsChart data={table.data} />}
          </div>
        </div>
      )}
    </div>
  );
}

/** Failing units or members shown a page at a time: a province target can have tens of thousands. */
const PAGE = 100;

function Failing({ t, planId, year, incomplete }: { t: Target; planId: number; year: number; incomplete: boolean }) {
  const [offset, setOffset] = useState(0);
  const page = useApi('targets.failing', t.failingTotal === 0 ? null : { planId, targetId: t.id, year, offset, limit: PAGE });
  // The evaluation already holds the first ones: shown at once while the page loads.
  const items = page.data?.items ?? (offset === 0 ? t.failing : null);
  const withMembers = items?.some((f) => f.member) ?? false;
  const last = Math.min(offset + PAGE, t.failingTotal);
  return (
    <section className="panel" data-testid="target-failing">
      <h2>{t.label}</h2>
      <p>{t.text}</p>
      {t.failingTotal === 0 ? (
        incomplete ? (
          <p className="incomplete">Không có đơn vị nào chưa đạt trong số đã nhập — năm chưa đủ số liệu.</p>
        ) : (
          <p className="ok">✓ Không có đơn vị nào chưa đạt.</p>
        )
      ) : (
        <>
          <p className="small muted">
            {formatInt(t.failingTotal)} trường hợp chưa đạt
            {t.failingTotal > PAGE ? `, đang xem ${formatInt(offset + 1)}–${formatInt(last)}` : ''}:
          </p>
          <ErrorNote text={page.error} />
          {!items ? (
            <Loading />
          ) : (
            <div style={{ maxHeight: 320, overflow: 'auto' }}>
              <table className="table compact">
                <thead>
                  <tr>
                    <th>Đơn vị</th>
                    <th>Thuộc</th>
                    {withMembers && <th>Cấp ủy viên</th>}
                    <th>Lý do</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((f, i) => (
                    <tr key={offset + i}>
                      <td>{f.unit}</td>
                      <td className="small">{f.parent ?? ''}</td>
                      {withMembers && (
                        <td>
                          {f.member ?? ''}
                          {f.role ? ` (${ROLE_LABELS[f.role]})` : ''}
                        </td>
                      )}
                      <td className="small">{f.detail}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {t.failingTotal > PAGE && (
            <div className="toolbar" data-testid="failing-pages">
              <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                Trang trước
              </button>
              <button type="button" disabled={last >= t.failingTotal} onClick={() => setOffset(offset + PAGE)}>
                Trang sau
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function TargetsChart({ data }: { data: Out<'targets.table'> }) {
  const years = data.perYear.filter((p) => p.met + p.notMet + p.progress > 0);
  if (!years.length) return null;
  const cfg = screenConfig({
    kind: 'chi-tieu',
    title: 'Số chỉ tiêu đạt qua các năm',
    years: years.map((p) => p.year),
    met: years.map((p) => p.met),
    notMet: years.map((p) => p.notMet),
    progress: years.map((p) => p.progress),
  });
  return (
    <div className="chart" style={{ marginTop: 12 }}>
      <Chart
        key={chartKey(cfg.data)}
        type="bar"
        data={cfg.data}
        options={cfg.options}
        plugins={cfg.plugins}
        role="img"
        aria-label="Biểu đồ số chỉ tiêu đạt qua các năm"
      />
    </div>
  );
}
