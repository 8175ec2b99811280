import { useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { call, type Out } from '../api.ts';
import { foldForSearch as fold, formatInt } from '../../format/vi.ts';
import { KIND_LABELS } from '../../org/catalog.ts';
import { ErrorNote, StatusNote } from '../components/Notice.tsx';
import { parseCount } from '../../io/values.ts';
import { parseTsv, toTsv } from './tsv.ts';
import { emptyHistory, record, redo, undo, type Batch, type History } from './history.ts';
import { move, type Pos } from './navigation.ts';
import { planPaste, refusedPasteText } from './paste.ts';
import { blockOf, cellsOf, inRect, rectOf, sizeOf } from './selection.ts';
import { cellProblems } from './problems.ts';

type Grid = Out<'figures.grid'>;
const ROW_HEIGHT = 30;
/** The sticky header sits inside the scrolled area, so rows start below it. */
const HEAD_HEIGHT = 58;

const key = (unitId: number, indicator: string) => `${unitId}:${indicator}`;

export function FigureGrid({ data, focus }: { data: Grid; focus: { unitId: number; indicator: string } | null }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<Pos>(() => {
    if (!focus) return { row: 0, col: 0 };
    const row = data.rows.findIndex((r) => r.unitId === focus.unitId);
    const col = data.indicators.findIndex((i) => i.code === focus.indicator);
    return { row: Math.max(0, row), col: Math.max(0, col) };
  });
  const [editing, setEditing] = useState<{ text: string; invalid?: string } | null>(null);
  const [anchor, setAnchor] = useState<Pos | null>(null);
  const [history, setHistory] = useState<History>(emptyHistory);
  // Values saved but not yet re-read from the database, so the cell never flickers back.
  const [pending, setPending] = useState<Map<string, number | null>>(new Map());
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');

  useEffect(() => setPending(new Map()), [data]);

  // Indexed (names folded once per year, not once per keystroke) and deferred, so typing stays responsive.
  const searchIndex = useMemo(() => data.rows.map((r) => `${fold(r.name)}\u0000${r.code.toLowerCase()}`), [data]);
  const query = useDeferredValue(filter);
  const rows = useMemo(() => {
    if (!query.trim()) return data.rows;
    const f = fold(query);
    return data.rows.filter((_r, i) => searchIndex[i]!.includes(f));
  }, [data, searchIndex, query]);
  const cols = data.indicators.length;

  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });

  useEffect(() => {
    if (focus) {
      virtual.scrollToIndex(pos.row, { align: 'center' });
      gridRef.current?.focus();
    }
    // Only on arrival from a link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const valueAt = (r: number, c: number): number | null => {
    const row = rows[r]!;
    const k = key(row.unitId, data.indicators[c]!.code);
    return pending.has(k) ? pending.get(k)! : (row.values[c] ?? null);
  };

  const goTo = (p: Pos, extend = false) => {
    if (extend) setAnchor((a) => a ?? pos);
    else setAnchor(null);
    setPos(p);
    virtual.scrollToIndex(p.row, { align: 'auto' });
  };

  async function save(batch: Batch, kind: 'edit' | 'undo' | 'redo', nextHistory?: History) {
    setError(null);
    // Functional updates: several saves may be in flight, and each must add or drop only its own cells.
    setPending((p) => {
      const next = new Map(p);
      for (const c of batch) next.set(key(c.unitId, c.indicator), c.after);
      return next;
    });
    setStatus('Đang lưu…');
    try {
      await call('figures.set', {
        year: data.year,
        changes: batch.map((c) => ({ unitId: c.unitId, indicator: c.indicator, value: c.after })),
      });
      if (kind === 'edit') setHistory((h) => record(h, batch));
      else if (nextHistory) setHistory(nextHistory);
      const what = batch.length === 1 ? '1 ô' : `${formatInt(batch.length)} ô`;
      // The backend pushes data-changed for the write; App re-reads every view from it.
      setStatus(
        `${kind === 'undo' ? 'Đã hoàn tác' : kind === 'redo' ? 'Đã làm lại' : 'Đã lưu'} ${what} lúc ${new Date().toLocaleTimeString('vi-VN')}.`,
      );
    } catch (e) {
      setPending((p) => {
        const next = new Map(p);
        for (const c of batch) next.delete(key(c.unitId, c.indicator));
        return next;
      });
      setStatus(null);
      setError(`Không lưu được: ${(e as Error).message}`);
    }
  }

  function undoLast() {
    const u = undo(history);
    if (u) void save(u.apply, 'undo', u.next);
    else setStatus('Không còn gì để hoàn tác.');
  }

  function redoLast() {
    const r = redo(history);
    if (r) void save(r.apply, 'redo', r.next);
    else setStatus('Không còn gì để làm lại.');
  }

  function commit(text: string): boolean {
    const row = rows[pos.row]!;
    const ind = data.indicators[pos.col]!;
    const p = parseCount(text);
    if (!p.ok) {
      const msg = `${row.name} — ${ind.name}: ${p.reason} Chưa lưu gì; hãy sửa lại hoặc nhấn Esc để bỏ.`;
      setEditing({ text, invalid: msg });
      setError(msg);
      return false;
    }
    setEditing(null);
    setError(null);
    const before = valueAt(pos.row, pos.col);
    if (before !== p.value) void save([{ unitId: row.unitId, indicator: ind.code, before, after: p.value }], 'edit');
    return true;
  }

  function onGridKey(e: KeyboardEvent<HTMLDivElement>) {
    if (editing) return;
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && (e.key === 'z' || e.key === 'Z') && !e.shiftKey) {
      e.preventDefault();
      undoLast();
      return;
    }
    if (ctrl && (e.key === 'y' || ((e.key === 'z' || e.key === 'Z') && e.shiftKey))) {
      e.preventDefault();
      redoLast();
      return;
    }
    if (ctrl && (e.key === 'Home' || e.key === 'End')) {
      e.preventDefault();
      goTo({ row: e.key === 'Home' ? 0 : rows.length - 1, col: pos.col });
      return;
    }
    if (ctrl) return; // Ctrl+C / Ctrl+V arrive as copy / paste events.
    if (e.key === 'F2') {
      e.preventDefault();
      setEditing({ text: rawText(valueAt(pos.row, pos.col)) });
      return;
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      // Clears the whole selected block as one batch (one undo).
      const batch = cellsOf(rectOf(anchor, pos))
        .map((p) => ({ unitId: rows[p.row]!.unitId, indicator: data.indicators[p.col]!.code, before: valueAt(p.row, p.col), after: null }))
        .filter((c) => c.before !== null);
      if (batch.length) void save(batch, 'edit');
      return;
    }
    const arrow = e.key.startsWith('Arrow');
    const next = move(pos, e.key, arrow ? false : e.shiftKey, rows.length, cols);
    if (next) {
      e.preventDefault();
      goTo(next, arrow && e.shiftKey);
      return;
    }
    if (e.key.length === 1 && !e.altKey) {
      e.preventDefault();
      setEditing({ text: e.key });
    }
  }

  function onEditorKey(e: KeyboardEvent<HTMLInputElement>) {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      setEditing(null);
      setError(null);
      gridRef.current?.focus();
      return;
    }
    if (e.key === 'Enter' || e.key === 'Tab' || e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      if (commit(e.currentTarget.value)) {
        const next = move(pos, e.key, e.shiftKey, rows.length, cols);
        if (next) goTo(next);
        gridRef.current?.focus();
      }
    }
  }

  function onPaste(text: string) {
    const block = parseTsv(text);
    if (!block.length) return;
    const sel = rectOf(anchor, pos);
    const plan = planPaste({ rows, indicators: data.indicators }, { row: sel.top, col: sel.left }, block);
    if (plan.errors.length) {
      setError(refusedPasteText(plan.errors, 'chưa lưu ô nào'));
      return;
    }
    const batch = plan.changes.map((c) => ({ ...c, before: valueAt(c.row, c.col) }));
    void save(batch, 'edit');
  }

  const cur = rows[pos.row];
  const selection = rectOf(anchor, pos);
  return (
    <div className="figure-grid">
      <div className="toolbar">
        <label className="field inline">
          Lọc đơn vị{' '}
          <input
            type="search"
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              setPos({ row: 0, col: pos.col });
            }}
            placeholder="tên hoặc mã, không cần dấu"
          />
        </label>
        <button type="button" onClick={undoLast} disabled={!history.done.length}>
          ↶ Hoàn tác
        </button>
        <button type="button" onClick={redoLast} disabled={!history.undone.length}>
          ↷ Làm lại
        </button>
        <span className="muted small">{formatInt(rows.length)} đơn vị</span>
      </div>
      <ErrorNote text={error} onClose={() => setError(null)} />
      <StatusNote text={status} />
      <div
        ref={gridRef}
        className="grid"
        role="grid"
        aria-label={`Số liệu năm ${data.year}`}
        aria-rowcount={rows.length + 1}
        tabIndex={0}
        data-testid="figure-grid"
        onKeyDown={onGridKey}
        onPaste={(e) => {
          if (!editing) {
            e.preventDefault();
            onPaste(e.clipboardData.getData('text/plain'));
          }
        }}
        onCopy={(e) => {
          if (editing) return;
          e.preventDefault();
          const r = rectOf(anchor, pos);
          e.clipboardData.setData('text/plain', toTsv(blockOf(r, valueAt)));
          setStatus(`Đã chép ${formatInt(sizeOf(r))} ô.`);
        }}
        style={{ ['--cols' as string]: cols }}
      >
        <div ref={scrollRef} className="grid-body">
          <div className="grid-canvas" style={{ height: virtual.getTotalSize() }}>
            <div className="grid-head" role="row" style={{ height: HEAD_HEIGHT }}>
              <div role="columnheader" className="name">
                Đơn vị
              </div>
              {data.indicators.map((i) => (
                <div role="columnheader" key={i.code} className="num" title={i.code}>
                  {i.name}
                </div>
              ))}
            </div>
            {virtual.getVirtualItems().map((v) => {
              const r = rows[v.index]!;
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
                  {data.indicators.map((ind, c) => {
                    const value = valueAt(v.index, c);
                    const sum = r.sums[c] ?? null;
                    const here = v.index === pos.row && c === pos.col;
                    const selected = anchor !== null && inRect(selection, v.index, c);
                    const problems = cellProblems(data, r, c, value);
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
          {cur.name} — {data.indicators[pos.col]?.name}
          {cellProblems(data, cur, pos.col, valueAt(pos.row, pos.col))
            .map((p) => ` · ${p}`)
            .join('')}
          {anchor &&
            sizeOf(selection) > 1 &&
            ` · vùng chọn ${formatInt(sizeOf(selection))} ô, tổng ${formatInt(cellsOf(selection).reduce((t, p) => t + (valueAt(p.row, p.col) ?? 0), 0))}`}
        </p>
      )}
    </div>
  );
}

function rawText(v: number | null): string {
  return v === null ? '' : String(v);
}
