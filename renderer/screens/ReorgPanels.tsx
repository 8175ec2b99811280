/**
 * The 2025 reorganizations on the Tổ chức screen: share a committee's cells among new or existing
 * units, make a cell a chi bộ cơ sở, the year's recorded steps with undo, and a new committee's
 * file made from this one. Each is one call of the contract; the server does the whole step.
 */
import { useState } from 'react';
import { call, useApi, type Out } from '../api.ts';
import { deliverFile } from '../download.ts';
import { formatInt } from '../../format/vi.ts';
// From the catalogue, not the contract: the contract's module would bring zod into the page.
import { LEVELS, type Level } from '../../org/catalog.ts';

type Unit = Out<'units.list'>[number];
/** The Tổ chức screen's write (useWrite): runs one step, shows `done` or the refusal there; true when it was taken. */
export type Run = (done: string, fn: () => Promise<unknown>) => Promise<boolean>;

export function DateField({ year, value, onChange }: { year: number; value: string; onChange(v: string): void }) {
  return (
    <label className="field">
      Ngày có hiệu lực{' '}
      <input type="date" value={value} min={`${year}-01-01`} max={`${year}-12-31`} onChange={(e) => onChange(e.target.value)} required />
    </label>
  );
}

/** Each unit under the source goes to one part: a new unit (one name per line) or an existing one of the same kind. */
export function SplitCells({ year, unit, all, run, onGone }: { year: number; unit: Unit; all: Unit[]; run: Run; onGone(): void }) {
  const kids = all.filter((u) => u.parentId === unit.id);
  const existing = all.filter((u) => u.kind === unit.kind && u.id !== unit.id);
  const [names, setNames] = useState('');
  const [date, setDate] = useState(`${year}-01-01`);
  const [to, setTo] = useState<Record<number, string>>({});
  const newParts = names
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  const choices = [
    ...newParts.map((n, i) => ({ key: `n${i}`, label: `${n} (mới)` })),
    ...existing.map((u) => ({ key: `u${u.id}`, label: u.name })),
  ];
  const submit = () => {
    const parts = choices
      .map((c) => ({ c, childIds: kids.filter((k) => to[k.id] === c.key).map((k) => k.id) }))
      .filter((p) => p.childIds.length > 0)
      .map(({ c, childIds }) =>
        c.key.startsWith('n') ? { name: newParts[Number(c.key.slice(1))]!, childIds } : { unitId: Number(c.key.slice(1)), childIds },
      );
    return run(`Đã chia tách "${unit.name}" cho ${parts.length} đơn vị.`, () =>
      call('units.split', { year, unitId: unit.id, date, parts }),
    ).then((ok) => ok && onGone());
  };
  return (
    <form
      className="panel"
      data-testid="split-cells"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Chia tách: chia các đơn vị trực thuộc</h3>
      <label className="field">
        Đơn vị mới (mỗi dòng một tên) <textarea rows={2} value={names} onChange={(e) => setNames(e.target.value)} />
      </label>
      <DateField year={year} value={date} onChange={setDate} />
      <table className="table small">
        <thead>
          <tr>
            <th scope="col">Đơn vị trực thuộc</th>
            <th scope="col">Về</th>
          </tr>
        </thead>
        <tbody>
          {kids.map((k) => (
            <tr key={k.id}>
              <th scope="row">
                {k.name} <span className="muted">({formatInt(k.members)})</span>
              </th>
              <td>
                <select
                  aria-label={`${k.name} về`}
                  value={to[k.id] ?? ''}
                  onChange={(e) => setTo((m) => ({ ...m, [k.id]: e.target.value }))}
                  required
                >
                  <option value="">— chọn —</option>
                  {choices.map((c) => (
                    <option key={c.key} value={c.key}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit">Chia tách</button>
    </form>
  );
}

export function UpgradeCell({ year, unit, run }: { year: number; unit: Unit; run: Run }) {
  const [date, setDate] = useState(`${year}-01-01`);
  return (
    <form
      className="row-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(`Đã chuyển "${unit.name}" thành chi bộ cơ sở.`, () => call('units.upgrade', { year, unitIds: [unit.id], date }));
      }}
    >
      <DateField year={year} value={date} onChange={setDate} />
      <button type="submit">Chuyển thành chi bộ cơ sở</button>
    </form>
  );
}

/** Steps of a year listed at first; the rest on request. */
const RECENT_CHANGES = 30;

/** The year's recorded steps; the last one can be undone while the next year has not started. */
export function ChangesPanel({ year, run }: { year: number; run: Run }) {
  const changes = useApi('units.changes', { year });
  const [all, setAll] = useState(false);
  if (!changes.data || changes.data.length === 0) return null;
  // A province's year of mergers has well over a thousand steps: drawing them all held the page for
  // 150–400 ms each time the screen opened. The latest come first to hand (only the last can be undone).
  const shown = all ? changes.data : changes.data.slice(-RECENT_CHANGES);
  const hidden = changes.data.length - shown.length;
  return (
    <section className="panel" data-testid="org-changes" aria-labelledby="org-changes-title">
      <h3 id="org-changes-title">Các bước sắp xếp năm {year}</h3>
      {hidden > 0 && (
        <p className="small">
          {formatInt(RECENT_CHANGES)} bước gần nhất trong {formatInt(changes.data.length)} bước.{' '}
          <button type="button" className="link" onClick={() => setAll(true)}>
            Xem cả {formatInt(changes.data.length)} bước
          </button>
        </p>
      )}
      <ol className="small" start={hidden + 1}>
        {shown.map((c) => (
          <li key={c.id}>
            {c.date.split('-').reverse().join('/')}: {c.summary}{' '}
            {c.undoable ? (
              <button type="button" onClick={() => void run(`Đã hoàn tác: ${c.summary}.`, () => call('units.undo', { changeId: c.id }))}>
                Hoàn tác
              </button>
            ) : (
              <span className="muted">({c.reason})</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

const LEVEL_LABELS: Record<Level, string> = { huyen: 'Huyện (trước 7/2025)', xa: 'Xã, phường, đặc khu', tinh: 'Tỉnh, thành phố' };

/** A new committee's file from this one: the units ticked in the tree, with all their past years. */
export function DerivePanel({ units, canSaveFile, run }: { units: Unit[]; canSaveFile: boolean; run: Run }) {
  const [name, setName] = useState('Đảng bộ xã ');
  const [level, setLevel] = useState<Level>('xa');
  return (
    <form
      className="panel"
      data-testid="derive-panel"
      onSubmit={(e) => {
        e.preventDefault();
        void run(`Đã tạo tệp dữ liệu của ${name.trim()}.`, async () => {
          const r = await call('data.derive', { codes: units.map((u) => u.code), as: name, level });
          if (r.base64) await deliverFile(canSaveFile, r.fileName, r.base64);
        });
      }}
    >
      <h3>Tạo tệp cho đảng bộ mới từ {units.length} đơn vị đã chọn</h3>
      <p className="muted small">
        Tệp mới có các đơn vị này cùng mọi đơn vị trực thuộc, và các năm trước của những chi bộ đã hợp thành chúng: số liệu, xếp loại, cấp
        ủy, lịch sử sáp nhập, chia tách.
      </p>
      <label className="field">
        Tên đảng bộ <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <label className="field">
        Cấp{' '}
        <select value={level} onChange={(e) => setLevel(e.target.value as Level)}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Tạo tệp</button>
    </form>
  );
}

/**
 * The committee itself ends and a successor begins on one date (Hướng dẫn 31-HD/BTCTW, 2025). Optionally the
 * 2025 commune pattern: the đảng bộ cơ sở end too and their chi bộ become chi bộ cơ sở of the new committee.
 */
export function SucceedCommittee({ year, unit, all, run, onGone }: { year: number; unit: Unit; all: Unit[]; run: Run; onGone(): void }) {
  const [name, setName] = useState('Đảng bộ xã ');
  const [date, setDate] = useState(`${year}-07-01`);
  const [flatten, setFlatten] = useState(true);
  const under = (id: number) => all.filter((u) => u.parentId === id);
  const submit = () => {
    const kids = under(unit.id);
    const closing = flatten ? kids.filter((k) => k.kind === 'baseCommittee') : [];
    const subs = closing.flatMap((b) => under(b.id).filter((u) => u.kind === 'subCommittee'));
    const cells = [...closing, ...subs].flatMap((p) => under(p.id).filter((u) => u.kind === 'cell'));
    const moves = [
      ...kids.filter((k) => !closing.includes(k)).map((k) => ({ unitId: k.id, to: { open: 0 } })),
      ...cells.map((c) => ({ unitId: c.id, to: { open: 0 }, kind: 'baseCell' as const })),
    ];
    return run(`Đã thành lập "${name.trim()}" kế tiếp "${unit.name}".`, () =>
      call('units.reorganize', {
        year,
        date,
        summary: `Kết thúc ${unit.name}${closing.length ? ` và ${closing.length} đảng bộ cơ sở` : ''}; thành lập ${name.trim()}`,
        close: [unit.id, ...closing.map((c) => c.id), ...subs.map((s) => s.id)],
        open: [{ name, kind: unit.kind, parent: unit.parentId === null ? null : { unitId: unit.parentId } }],
        moves,
      }),
    ).then((ok) => ok && onGone());
  };
  return (
    <form
      className="panel"
      data-testid="succeed-committee"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Kết thúc và thành lập đảng bộ kế tiếp</h3>
      <label className="field">
        Tên đảng bộ mới <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <DateField year={year} value={date} onChange={setDate} />
      <label className="field inline">
        <input type="checkbox" checked={flatten} onChange={(e) => setFlatten(e.target.checked)} /> Các đảng bộ cơ sở cũng kết thúc; chi bộ
        trực thuộc của chúng thành chi bộ cơ sở của đảng bộ mới
      </label>
      <button type="submit">Thành lập</button>
    </form>
  );
}
