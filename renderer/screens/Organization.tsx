/** Tổ chức: the tree of a year and the changes a board makes to it, each with its lineage kept. */
import { useDeferredValue, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { call, useApi, type Out } from '../api.ts';
import type { ScreenProps } from '../App.tsx';
import { YearPicker } from '../components/YearPicker.tsx';
import { ErrorNote, Loading, StatusNote, WriteErrorNote } from '../components/Notice.tsx';
import { useWrite } from '../useWrite.ts';
import { ALLOWED_PARENTS, KIND_LABELS, SECTORS, UNIT_KINDS, UNIT_TYPES, type UnitKind } from '../../org/catalog.ts';
import { foldForSearch, formatInt } from '../../format/vi.ts';
import { UnitPicker } from '../components/UnitPicker.tsx';
import { UnitsImport } from './UnitsImport.tsx';
import { NewCommittee } from './NewCommittee.tsx';
import { ChangesPanel, DateField, DerivePanel, SplitCells, SucceedCommittee, UpgradeCell, type Run } from './ReorgPanels.tsx';

type Unit = Out<'units.list'>[number];

export function Organization({ info, year, setYear, params }: ScreenProps) {
  const units = useApi('units.list', { year });
  const [importing, setImporting] = useState(params.nhap === '1');
  const [currentId, setCurrentId] = useState<number | null>(null);
  const [checked, setChecked] = useState<Set<number>>(new Set());
  const [filter, setFilter] = useState('');
  const write = useWrite();

  const list = useMemo(() => units.data ?? [], [units.data]);
  const current = list.find((u) => u.id === currentId) ?? null;
  // Search is indexed (names folded once per list, not once per keystroke: 25.000 at province
  // scale) and deferred, so typing never waits for the list to redraw.
  const searchIndex = useMemo(() => list.map((u) => `${foldForSearch(u.name)}\u0000${u.code.toLowerCase()}`), [list]);
  const query = useDeferredValue(filter);
  const shown = useMemo(() => {
    if (!query.trim()) return list;
    const f = foldForSearch(query);
    return list.filter((_u, i) => searchIndex[i]!.includes(f));
  }, [list, searchIndex, query]);

  /** Runs a change; every screen re-reads from the data-changed the backend pushes for it. */
  const run: Run = async (done, fn) =>
    (await write.run(
      async () => {
        await fn();
        return true;
      },
      () => done,
    )) !== null;

  const nextYear = (info.years.at(-1) ?? year) + 1;
  return (
    <div className="screen organization">
      <div className="toolbar">
        {info.years.length > 0 && (
          <YearPicker
            years={info.years}
            value={year}
            onChange={(y) => {
              setYear(y);
              setCurrentId(null);
              setChecked(new Set());
            }}
          />
        )}
        <label className="field inline">
          Tìm <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="tên hoặc mã, không cần dấu" />
        </label>
        {info.years.length > 0 && (
          <button
            type="button"
            onClick={() =>
              run(`Đã tạo cơ cấu năm ${nextYear} từ năm ${info.years.at(-1)}.`, async () => {
                await call('units.startYear', { fromYear: info.years.at(-1)!, toYear: nextYear });
                setYear(nextYear);
              })
            }
          >
            Bắt đầu năm {nextYear} từ cơ cấu năm {info.years.at(-1)}
          </button>
        )}
        {info.years.length > 0 && (
          <button type="button" onClick={() => setImporting((v) => !v)} aria-expanded={importing}>
            Nhập danh sách đơn vị…
          </button>
        )}
      </div>
      {importing && <UnitsImport info={info} year={year} onClose={() => setImporting(false)} />}
      {write.error ? <WriteErrorNote error={write.error} onClose={write.clearError} /> : <ErrorNote text={units.error} />}
      <StatusNote text={write.status} />
      {!units.data ? (
        <Loading />
      ) : list.length === 0 ? (
        info.empty ? (
          // An empty file starts with its committee's profile, as on first run.
          <NewCommittee
            onDone={(y) => {
              setYear(y);
              setImporting(true);
            }}
          />
        ) : (
          <NewRoot year={year} run={run} />
        )
      ) : (
        <div className="org-layout">
          <Tree
            units={shown}
            currentId={currentId}
            checked={checked}
            onPick={setCurrentId}
            onCheck={(id, on) =>
              setChecked((s) => {
                const n = new Set(s);
                if (on) n.add(id);
                else n.delete(id);
                return n;
              })
            }
          />
          <aside className="side">
            <ChangesPanel year={year} run={run} />
            {checked.size >= 2 && (
              <MergePanel
                year={year}
                units={list.filter((u) => checked.has(u.id))}
                run={run}
                onDone={(id) => {
                  setChecked(new Set());
                  setCurrentId(id);
                }}
              />
            )}
            {checked.size >= 1 && year === info.years.at(-1) && (
              <DerivePanel units={list.filter((u) => checked.has(u.id))} canSaveFile={info.canSaveFile} run={run} />
            )}
            {current ? (
              <UnitPanel key={current.id} year={year} unit={current} all={list} run={run} onGone={() => setCurrentId(null)} />
            ) : (
              <p className="muted">
                Chọn một đơn vị trong cây để đổi tên, chuyển, chia tách, giải thể hoặc thêm đơn vị trực thuộc. Đánh dấu ô vuông ở hai đơn vị
                trở lên để sáp nhập; ở một đơn vị trở lên để tạo tệp cho đảng bộ mới.
              </p>
            )}
          </aside>
        </div>
      )}
    </div>
  );
}

function Tree({
  units,
  currentId,
  checked,
  onPick,
  onCheck,
}: {
  units: Unit[];
  currentId: number | null;
  checked: Set<number>;
  onPick(id: number): void;
  onCheck(id: number, on: boolean): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: units.length, getScrollElement: () => ref.current, estimateSize: () => 30, overscan: 12 });
  // Up/Down move through the tree, Home/End to its ends, Space ticks the unit for a merge.
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = units.findIndex((u) => u.id === currentId);
    const to =
      e.key === 'ArrowDown'
        ? i + 1
        : e.key === 'ArrowUp'
          ? Math.max(0, i - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? units.length - 1
              : null;
    if (to !== null && units.length) {
      e.preventDefault();
      const next = units[Math.min(units.length - 1, Math.max(0, to))]!;
      onPick(next.id);
      v.scrollToIndex(units.indexOf(next), { align: 'auto' });
    } else if (e.key === ' ' && i >= 0 && units[i]!.kind !== 'committee' && (e.target as HTMLElement) === e.currentTarget) {
      e.preventDefault();
      onCheck(units[i]!.id, !checked.has(units[i]!.id));
    }
  };
  return (
    <div
      ref={ref}
      className="tree"
      role="tree"
      aria-label="Cây tổ chức"
      data-testid="org-tree"
      tabIndex={0}
      onKeyDown={onKey}
      aria-activedescendant={currentId !== null ? `unit-${currentId}` : undefined}
    >
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((it) => {
          const u = units[it.index]!;
          return (
            <div
              key={u.id}
              id={`unit-${u.id}`}
              role="treeitem"
              aria-level={u.depth + 1}
              aria-selected={u.id === currentId}
              data-unit={u.code}
              className={`tree-row${u.id === currentId ? ' current' : ''}`}
              style={{ transform: `translateY(${it.start}px)`, paddingLeft: 4 + u.depth * 18 }}
            >
              {u.kind !== 'committee' && (
                <input
                  type="checkbox"
                  aria-label={`Chọn ${u.name} để sáp nhập`}
                  checked={checked.has(u.id)}
                  onChange={(e) => onCheck(u.id, e.target.checked)}
                />
              )}
              <button type="button" className="link" onClick={() => onPick(u.id)}>
                {u.name}
              </button>
              <span className="muted small">
                {' '}
                · {KIND_LABELS[u.kind]} · {formatInt(u.members)} đảng viên
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}

function NewRoot({ year, run }: { year: number; run: Run }) {
  const [name, setName] = useState('Đảng bộ huyện');
  return (
    <form
      className="panel"
      onSubmit={(e) => {
        e.preventDefault();
        void run(`Đã tạo ${name}.`, () => call('units.create', { year, name, kind: 'committee', parentId: null }));
      }}
    >
      <h2>Bắt đầu cơ cấu tổ chức năm {year}</h2>
      <label className="field">
        Tên đảng bộ (cấp trên cơ sở) <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <button type="submit" className="primary">
        Tạo
      </button>
    </form>
  );
}

function UnitPanel({ year, unit, all, run, onGone }: { year: number; unit: Unit; all: Unit[]; run: Run; onGone(): void }) {
  const [name, setName] = useState(unit.name);
  const childKinds = UNIT_KINDS.filter((k) => ALLOWED_PARENTS[k].includes(unit.kind));
  const [childKind, setChildKind] = useState<UnitKind | ''>(childKinds[0] ?? '');
  const [childName, setChildName] = useState('');
  const [childType, setChildType] = useState('');
  const [childSector, setChildSector] = useState('');
  const parents = useMemo(
    () => all.filter((p) => ALLOWED_PARENTS[unit.kind].includes(p.kind) && p.id !== unit.parentId && p.id !== unit.id),
    [all, unit],
  );
  const [parentId, setParentId] = useState<number | ''>('');
  const [parts, setParts] = useState('');
  const [confirmDissolve, setConfirmDissolve] = useState(false);
  const lineage = useApi('units.lineage', { unitId: unit.id });

  return (
    <section className="panel" data-testid="unit-panel" aria-label={`Đơn vị ${unit.name}`}>
      <h2>{unit.name}</h2>
      <p className="muted small">
        {KIND_LABELS[unit.kind]} · mã {unit.code}
        {unit.sector ? ` · khối ${SECTORS[unit.sector] ?? unit.sector}` : ''}
        {unit.unitType ? ` · ${UNIT_TYPES[unit.unitType] ?? unit.unitType}` : ''} · {formatInt(unit.members)} đảng viên
      </p>

      <form
        className="row-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(`Đã đổi tên thành "${name}".`, () => call('units.rename', { year, unitId: unit.id, name }));
        }}
      >
        <label className="field">
          Tên mới <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <button type="submit">Đổi tên</button>
      </form>

      {childKinds.length > 0 && (
        <form
          className="row-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!childKind) return;
            void run(`Đã thêm "${childName}".`, () =>
              call('units.create', {
                year,
                name: childName,
                kind: childKind,
                parentId: unit.id,
                sector: childSector || unit.sector || null,
                unitType: childType || null,
              }),
            ).then((ok) => ok && setChildName(''));
          }}
        >
          <fieldset>
            <legend>Thêm đơn vị trực thuộc</legend>
            <label className="field">
              Loại{' '}
              <select value={childKind} onChange={(e) => setChildKind(e.target.value as UnitKind)}>
                {childKinds.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </label>
            {childKind === 'baseCommittee' || childKind === 'baseCell' ? (
              <label className="field">
                Khối{' '}
                <select value={childSector} onChange={(e) => setChildSector(e.target.value)}>
                  <option value="">—</option>
                  {Object.entries(SECTORS).map(([k, v]) => (
                    <option key={k} value={k}>
                      {v}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            {childKind === 'cell' || childKind === 'baseCell' ? (
              <label className="field">
                Loại hình{' '}
                <select value={childType} onChange={(e) => setChildType(e.target.value)}>
                  <option value="">—</option>
                  {Object.entries(UNIT_TYPES).map(([k, v]) => (
                    <option key={k} value={k}>
                      {v}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <label className="field">
              Tên <input value={childName} onChange={(e) => setChildName(e.target.value)} required />
            </label>
            <button type="submit">Thêm</button>
          </fieldset>
        </form>
      )}

      {parents.length > 0 && (
        <form
          className="row-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (parentId !== '') void run('Đã chuyển đơn vị.', () => call('units.move', { year, unitId: unit.id, parentId }));
          }}
        >
          <div className="field">
            Chuyển sang{' '}
            <UnitPicker units={parents} value={parentId} onChange={setParentId} label="Chuyển sang" empty="— chọn đơn vị cấp trên —" />
          </div>
          <button type="submit" disabled={parentId === ''}>
            Chuyển
          </button>
        </form>
      )}

      {unit.kind === 'cell' && <UpgradeCell year={year} unit={unit} run={run} />}

      {unit.kind === 'committee' && <SucceedCommittee year={year} unit={unit} all={all} run={run} onGone={onGone} />}

      {unit.kind !== 'committee' && all.some((u) => u.parentId === unit.id) && (
        <SplitCells year={year} unit={unit} all={all} run={run} onGone={onGone} />
      )}

      {unit.kind !== 'committee' && !all.some((u) => u.parentId === unit.id) && (
        <form
          className="row-form"
          onSubmit={(e) => {
            e.preventDefault();
            const names = parts
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean);
            void run(`Đã chia tách thành ${names.length} đơn vị.`, () =>
              call('units.split', { year, unitId: unit.id, parts: names.map((n) => ({ name: n })) }),
            ).then((ok) => ok && onGone());
          }}
        >
          <label className="field">
            Chia tách thành (mỗi dòng một tên) <textarea rows={2} value={parts} onChange={(e) => setParts(e.target.value)} />
          </label>
          <button type="submit">Chia tách</button>
        </form>
      )}

      {unit.kind !== 'committee' &&
        (confirmDissolve ? (
          <div className="row-form">
            <span>
              Giải thể "{unit.name}" từ năm {year}?
            </span>
            <button
              type="button"
              className="danger"
              onClick={() =>
                void run(`Đã giải thể "${unit.name}".`, () => call('units.dissolve', { year, unitId: unit.id })).then(
                  (ok) => ok && onGone(),
                )
              }
            >
              Xác nhận giải thể
            </button>
            <button type="button" onClick={() => setConfirmDissolve(false)}>
              Thôi
            </button>
          </div>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirmDissolve(true)}>
            Giải thể…
          </button>
        ))}

      <h3>Lịch sử đơn vị</h3>
      {lineage.data && (
        <ul className="lineage" data-testid="lineage">
          {lineage.data.names.map((n) => (
            <li key={`n${n.year}`}>
              Năm {n.year}: {n.name}
            </li>
          ))}
          {lineage.data.events.map((ev, i) => (
            <li key={`e${i}`}>{ev.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MergePanel({ year, units, run, onDone }: { year: number; units: Unit[]; run: Run; onDone(id: number): void }) {
  const [name, setName] = useState(units[0]?.name ?? '');
  const [date, setDate] = useState(`${year}-01-01`);
  const [renumber, setRenumber] = useState(false);
  return (
    <form
      className="panel merge"
      data-testid="merge-panel"
      onSubmit={(e) => {
        e.preventDefault();
        let id = 0;
        void run(`Đã sáp nhập ${units.length} đơn vị thành "${name}".`, async () => {
          id = (await call('units.merge', { year, unitIds: units.map((u) => u.id), name, date, renumber })).id;
        }).then((ok) => ok && onDone(id));
      }}
    >
      <h2>Sáp nhập {units.length} đơn vị</h2>
      <ul>
        {units.map((u) => (
          <li key={u.id}>
            {u.name} ({formatInt(u.members)} đảng viên)
          </li>
        ))}
      </ul>
      <p className="muted small">Mọi đơn vị trực thuộc chuyển về đơn vị mới trong cùng một bước; hoàn tác được đến khi bắt đầu năm sau.</p>
      <label className="field">
        Tên đơn vị mới <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <DateField year={year} value={date} onChange={setDate} />
      <label className="field inline">
        <input type="checkbox" checked={renumber} onChange={(e) => setRenumber(e.target.checked)} /> Đánh lại mã các đơn vị trực thuộc theo
        đơn vị mới
      </label>
      <button type="submit" className="primary">
        Sáp nhập
      </button>
    </form>
  );
}
