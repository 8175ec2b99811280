/**
 * The Số liệu grid: a year's units × indicators as a spreadsheet. Rows come a page at a time as they scroll into
 * view (useFigureRows); keys follow the one rule of navigation.ts; every edit, paste or cleared block is one
 * all-or-nothing write through useWrite, undoable; the rows in view re-read on the pushed data-changed.
 */
import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { call } from '../api.ts';
import { useWrite } from '../useWrite.ts';
import { formatInt } from '../../format/vi.ts';
import { KIND_LABELS } from '../../org/catalog.ts';
import { ErrorNote, Loading, StatusNote } from '../components/Notice.tsx';
import { parseCount } from '../../io/values.ts';
import { parseTsv, toTsv } from './tsv.ts';
import { emptyHistory, record, redo, undo, type Batch, type History } from './history.ts';
import { keyAction, keyPressOf, type Pos } from './navigation.ts';
import { planPaste, refusedPasteText } from './paste.ts';
import { inRect, rectOf, sizeOf, type Rect } from './selection.ts';
import { cellProblems } from './problems.ts';
import { useFigureRows } from './useFigureRows.ts';

const ROW_HEIGHT = 30;
/** The sticky header sits inside the scrolled area, so rows start below it. */
const HEAD_HEIGHT = 58;
/** Typing in the filter asks the backend once the user pauses, not once per character. */
const FILTER_PAUSE_MS = 250;

const key = (unitId: number, indicator: string) => `${unitId}:${indicator}`;

export function FigureGrid({ year, focus }: { year: number; focus: { unitId: number; indicator: string } | null }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [filterText, setFilterText] = useState('');
  const [filter, setFilter] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setFilter(filterText.trim()), FILTER_PAUSE_MS);
    return () => clearTimeout(t);
  }, [filterText]);
  const data = useFigureRows(year, filter, focus?.unitId ?? null);
  const indicators = data.indicators ?? [];
  const [pos, setPos] = useState<Pos>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<{ text: string; invalid?: string } | null>(null);
  const [anchor, setAnchor] = useState<Pos | null>(null);
  const [history, setHistory] = useState<History>(emptyHistory);
  // Values saved but not yet re-read from the database, so the cell never flickers back; each with the data
  // version current when it was saved: a row read at a later version has it.
  const [pending, setPending] = useState<Map<string, { value: number | null; gen: number }>>(new Map());
  const write = useWrite({ refusedPrefix: 'Không lưu được: ' });
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const total = data.total ?? 0;
  const cols = indicators.length;

  const virtual = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });
  const items = virtual.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { want } = data;
  useEffect(() => want(first, last), [want, first, last, data.gen, data.loading]);

  // On arrival from a link: once the backend says where the unit is, put the cursor there.
  const placed = useRef(false);
  useEffect(() => {
    if (!focus || placed.current || data.at === null || !data.indicators) return;
    placed.current = true;
    const col = Math.max(
      0,
      data.indicators.findIndex((i) => i.code === focus.indicator),
    );
    setPos({ row: data.at, col });
    virtual.scrollToIndex(data.at, { align: 'center' });
    gridRef.current?.focus();
  }, [focus, data.at, data.indicators, virtual]);

  // A new filter starts at the top.
  useEffect(() => {
    setPos((p) => ({ row: 0, col: p.col }));
    setAnchor(null);
  }, [filter]);

  const valueOf = (r: number, c: number): number | null => {
    const row = data.row(r);
    if (!row) return null;
    const p = pending.get(key(row.unitId, indicators[c]!.code));
    return p && data.genOf(r) <= p.gen ? p.value : (row.values[c] ?? null);
  };

  const goTo = (p: Pos, extend = false) => {
    if (extend) setAnchor((a) => a ?? pos);
    else setAnchor(null);
    setPos(p);
    virtual.scrollToIndex(p.row, { align: 'auto' });
  };

  async function save(batch: Batch, kind: 'edit' | 'undo' | 'redo', nextHistory?: History) {
    setError(null);
    setNote(null);
    const gen = data.gen;
    // Functional updates: several saves may be in flight, and each must add or drop only its own cells.
    setPending((p) => {
      const next = new Map(p);
      for (const c of batch) next.set(key(c.unitId, c.indicator), { value: c.after, gen });
      return next;
    });
    const what = batch.length === 1 ? '1 ô' : `${formatInt(batch.length)} ô`;
    // The backend pushes data-changed for the write; the rows in view are read again from it.
    const done = await write.run(
      () => call('figures.set', { year, changes: batch.map((c) => ({ unitId: c.unitId, indicator: c.indicator, value: c.after })) }),
      () =>
        `${kind === 'undo' ? 'Đã hoàn tác' : kind === 'redo' ? 'Đã làm lại' : 'Đã lưu'} ${what} lúc ${new Date().toLocaleTimeString('vi-VN')}.`,
    );
    if (done) {
      if (kind === 'edit') setHistory((h) => record(h, batch));
      else if (nextHistory) setHistory(nextHistory);
      return;
    }
    setPending((p) => {
      const next = new Map(p);
      for (const c of batch) next.delete(key(c.unitId, c.indicator));
      return next;
    });
  }

  function undoLast() {
    const u = undo(history);
    if (u) void save(u.apply, 'undo', u.next);
    else setNote('Không còn gì để hoàn tác.');
  }

  function redoLast() {
    const r = redo(history);
    if (r) void save(r.apply, 'redo', r.next);
    else setNote('Không còn gì để làm lại.');
  }

  function commit(text: string): boolean {
    const row = data.row(pos.row);
    const ind = indicators[pos.col];
    if (!row || !ind) return false;
    const p = parseCount(text);
    if (!p.ok) {
      const msg = `${row.name} — ${ind.name}: ${p.reason} Chưa lưu gì; hãy sửa lại hoặc nhấn Esc để bỏ.`;
      setEditing({ text, invalid: msg });
      setError(msg);
      return false;
    }
    setEditing(null);
    setError(null);
    const before = valueOf(pos.row, pos.col);
    if (before !== p.value) void save([{ unitId: row.unitId, indicator: ind.code, before, after: p.value }], 'edit');
    return true;
  }

  /** The rows of a block, fetched when they are not all held (a block may reach far beyond the rows in view). */
  async function rowsOf(r: Rect) {
    try {
      return await data.ensure(r.top, r.bottom);
    } catch (e) {
      setError((e as Error).message);
      return null;
    }
  }

  async function clearBlock(r: Rect) {
    const rows = await rowsOf(r);
    if (!rows) return;
    // The whole selected block as one batch (one undo).
    const batch: Batch = [];
    rows.forEach((row, i) => {
      for (let c = r.left; c <= r.right; c++) {
        const before = valueOf(r.top + i, c);
        if (before !== null) batch.push({ unitId: row.unitId, indicator: indicators[c]!.code, before, after: null });
      }
    });
    if (batch.length) void save(batch, 'edit');
  }

  function onGridKey(e: KeyboardEvent<HTMLDivElement>) {
    if (editing) return;
    const a = keyAction(keyPressOf(e), { pos, rows: total, cols, editing: false });
    // Copy and paste arrive as clipboard events.
    if (!a || a.type === 'copy' || a.type === 'paste') return;
    e.preventDefault();
    if (a.type === 'move') goTo(a.to, a.extend);
    else if (a.type === 'undo') undoLast();
    else if (a.type === 'redo') redoLast();
    else if (a.type === 'clear') void clearBlock(rectOf(anchor, pos));
    else if (!data.row(pos.row)) setNote('Dòng này đang được tải, hãy thử lại sau giây lát.');
    else if (a.type === 'editCurrent') setEditing({ text: rawText(valueOf(pos.row, pos.col)) });
    else if (a.type === 'edit') setEditing({ text: a.text });
  }

  function onEditorKey(e: KeyboardEvent<HTMLInputElement>) {
    e.stopPropagation();
    const a = keyAction(keyPressOf(e), { pos, rows: total, cols, editing: true });
    if (!a) return;
    e.preventDefault();
    if (a.type === 'cancel') {
      setEditing(null);
      setError(null);
      gridRef.current?.focus();
    } else if (a.type === 'commit' && commit(e.currentTarget.value)) {
      if (a.then) goTo(a.then);
      gridRef.current?.focus();
    }
  }

  async function onPaste(text: string) {
    const block = parseTsv(text);
    if (!block.length) return;
    const sel = rectOf(anchor, pos);
    // Rows of the block that exist; the rest makes planPaste say it runs past the table.
    const rows = await rowsOf({ ...sel, bottom: Math.min(total - 1, sel.top + block.length - 1) });
    if (!rows) return;
    const plan = planPaste({ rows, indicators }, { row: 0, col: sel.left }, block);
    if (plan.errors.length) {
      setError(refusedPasteText(plan.errors, 'chưa lưu ô nào'));
      return;
    }
    void save(
      plan.changes.map((c) => ({ ...c, before: valueOf(sel.top + c.row, c.col) })),
      'edit',
    );
  }

  async function onCopy(e: ClipboardEvent<HTMLDivElement>) {
    if (editing) return;
    e.preventDefault();
    const r = rectOf(anchor, pos);
    const tsvOf = () => {
      const out: (number | null)[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: (number | null)[] = [];
        for (let c = r.left; c <= r.right; c++) line.push(valueOf(row, c));
        out.push(line);
      }
      return toTsv(out);
    };
    let held = true;
    for (let row = r.top; row <= r.bottom && held; row++) held = data.row(row) !== undefined;
    if (held) e.clipboardData.setData('text/plain', tsvOf());
    else {
      // The event's clipboard is gone once it returns: a block beyond the rows held is fetched, then written.
      if (!(await rowsOf(r))) return;
      await navigator.clipboard.writeText(tsvOf());
    }
    setNote(`Đã chép ${formatInt(sizeOf(r))} ô.`);
  }

  if (!data.indicators) return data.error ? <ErrorNote text={data.error} /> : <Loading />;
  const cur = data.row(pos.row);
  const selection = rectOf(anchor, pos);
  const shown = error ?? write.error?.message ?? null;
  return (
    <div className="figure-grid">
      <div className="toolbar">
        <label className="field inline">
          Lọc đơn vị{' '}
          <input
            type="search"
            value={filterText}
            onChange={(e) => setFilterText(e.target.value)}
            placeholder="tên hoặc mã, không cần dấu"
          />
        </label>
        <button type="button" onClick={undoLast} disabled={!history.done.length}>
          ↶ Hoàn tác
        </button>
        <button type="button" onClick={redoLast} disabled={!history.undone.length}>
          ↷ Làm lại
        </button>
        <span className="muted small">{formatInt(total)} đơn vị</span>
        {data.loading && (
          <span className="muted small" role="progressbar" aria-label="Đang tải các dòng" data-testid="grid-loading">
            Đang tải…
          </span>
        )}
      </div>
      <ErrorNote
        text={shown}
        onClose={() => {
          setError(null);
          write.clearError();
        }}
      />
      <StatusNote text={write.busy ? 'Đang lưu…' : (note ?? write.status)} />
      {data.error && <ErrorNote text={`Không đọc được bảng số liệu: ${data.error}`} />}
      <div
        ref={gridRef}
        className="grid"
        role="grid"
        aria-label={`Số liệu năm ${year}`}
        aria-rowcount={total + 1}
        aria-busy={data.loading}
        tabIndex={0}
        data-testid="figure-grid"
        data-error-code={write.error?.code}
        onKeyDown={onGridKey}
        onPaste={(e) => {
          if (!editing) {
            e.preventDefault();
            void onPaste(e.clipboardData.getData('text/plain'));
          }
        }}
        onCopy={(e) => void onCopy(e)}
        style={{ ['--cols' as string]: cols }}
      >
        <div ref={scrollRef} className="grid-body">
          <div className="grid-canvas" style={{ height: virtual.getTotalSize() }}>
            <div className="grid-head" role="row" style={{ height: HEAD_HEIGHT }}>
              <div role="columnheader" className="name">
                Đơn vị
              </div>
              {indicators.map((i) => (
                <div role="columnheader" key={i.code} className="num" title={i.code}>
                  {i.name}
                </div>
              ))}
            </div>
            {items.map((v) => {
              const r = data.row(v.index);
              if (!r)
                return (
                  <div
                    key={`loading-${v.index}`}
                    role="row"
                    aria-busy="true"
                    className="grid-row loading"
                    style={{ transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}
                  >
                    <div role="rowheader" className="name muted">
                      Đang tải…
                    </div>
                  </div>
                );
              return (
                <div
                  key={r.unitId}
                  role="row"
                  aria-rowindex={v.index + 2}
                  className={`grid-row ${r.leaf ? 'leaf' : 'parent'}`}
                  style={{ transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}
                >
                  <div
                    role="rowheader"
                    className="name"
                    style={{ paddingLeft: 8 + r.depth * 16 }}
                    title={`${r.code} · ${KIND_LABELS[r.kind as keyof typeof KIND_LABELS] ?? r.kind}`}
                  >
                    {r.name}
                  </div>
                  {indicators.map((ind, c) => {
                    const value = valueOf(v.index, c);
                    const sum = r.sums[c] ?? null;
                    const here = v.index === pos.row && c === pos.col;
                    const selected = anchor !== null && inRect(selection, v.index, c);
                    const problems = cellProblems({ indicators }, r, c, value);
                    return (
                      <div
                        key={ind.code}
                        role="gridcell"
                        aria-selected={here}
                        aria-invalid={problems.length > 0 || undefined}
                        data-cell={`${r.code}:${ind.code}`}
                        className={`cell num${here ? ' cursor' : ''}${selected ? ' selected' : ''}${problems.length ? ' invalid' : ''}${value === null && sum !== null ? ' derived' : ''}`}
                        title={
                          problems.join('\n') ||
                          (value === null && sum !== null ? 'Tổng các đơn vị trực thuộc (chưa nhập riêng)' : undefined)
                        }
                        onMouseDown={(e) => {
                          if (editing && !here) commit(editing.text);
                          if (e.shiftKey) setAnchor((a) => a ?? pos);
                          else setAnchor(null);
                          setPos({ row: v.index, col: c });
                        }}
                        onDoubleClick={() => setEditing({ text: rawText(value) })}
                      >
                        {here && editing ? (
                          <input
                            autoFocus
                            className={editing.invalid ? 'editor bad' : 'editor'}
                            aria-label={`${r.name} — ${ind.name}`}
                            aria-invalid={Boolean(editing.invalid)}
                            value={editing.text}
                            onChange={(e) => setEditing({ text: e.target.value })}
                            onKeyDown={onEditorKey}
                          />
                        ) : value !== null ? (
                          formatInt(value)
                        ) : sum !== null ? (
                          formatInt(sum)
                        ) : (
                          ''
                        )}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {cur && (
        <p className="small muted" data-testid="grid-position">
          {cur.name} — {indicators[pos.col]?.name}
          {cellProblems({ indicators }, cur, pos.col, valueOf(pos.row, pos.col))
            .map((p) => ` · ${p}`)
            .join('')}
          {anchor && sizeOf(selection) > 1 && ` · vùng chọn ${formatInt(sizeOf(selection))} ô, ${selectionSum(selection)}`}
        </p>
      )}
    </div>
  );

  /** The sum of the selected cells held; a block that reaches rows not yet read says so rather than give a wrong total. */
  function selectionSum(r: Rect): string {
    let sum = 0;
    for (let row = r.top; row <= r.bottom; row++) {
      if (!data.row(row)) return 'tổng: chưa đủ dòng đã tải';
      for (let c = r.left; c <= r.right; c++) sum += valueOf(row, c) ?? 0;
    }
    return `tổng ${formatInt(sum)}`;
  }
}

function rawText(v: number | null): string {
  return v === null ? '' : String(v);
}
