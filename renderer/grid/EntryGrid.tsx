/**
 * A small spreadsheet of text cells for the entry tables that are not figures (ratings, committee members):
 * the same keys, selection, copy and paste as the figures grid (its navigation, selection, tsv and paste
 * pieces), but edits go to the caller's draft, which is saved as one all-or-nothing batch.
 */
import { memo, useCallback, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ErrorNote, StatusNote } from '../components/Notice.tsx';
import { formatInt } from '../../format/vi.ts';
import { parseTsv, toTsv } from './tsv.ts';
import { keyAction, keyPressOf, type Pos } from './navigation.ts';
import { planBlock, refusedPasteText, type CellRead } from './paste.ts';
import { blockOf, cellsOf, rectOf, sizeOf } from './selection.ts';

const ROW_HEIGHT = 29;
/** The sticky header row above the rows, inside the scrolled area. */
const HEAD_HEIGHT = 44;

export interface EntryColumn {
  key: string;
  title: string;
  width?: number;
  num?: boolean;
}
export interface EntryRow {
  key: string;
  label: string;
  depth?: number;
  title?: string;
  cells: string[];
  /** Columns that do not apply to this row (e.g. members' counts of a committee that is not a cell). */
  locked?: boolean[];
  /** Problems per column, shown in the cell's title and marked red. */
  problems?: string[][];
  changed?: boolean;
}
export interface CellEdit {
  row: number;
  col: number;
  text: string;
}

export interface EntryGridProps {
  columns: EntryColumn[];
  rows: EntryRow[];
  label: string;
  testId: string;
  /** Normalises one cell's text or says, in Vietnamese, why it cannot be taken. */
  read(row: number, col: number, raw: string): CellRead<string>;
  onEdit(edits: CellEdit[]): void;
  /** A paste may run past the last row; those rows are new (committee members). */
  grows?: boolean;
  /** The header of the row column. */
  rowTitle?: string;
}

export function EntryGrid({ columns, rows, label, testId, read, onEdit, grows = false, rowTitle = 'Đơn vị' }: EntryGridProps) {
  const [pos, setPos] = useState<Pos>({ row: 0, col: 0 });
  const [anchor, setAnchor] = useState<Pos | null>(null);
  const [editing, setEditing] = useState<{ text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const cols = columns.length;
  const locked = (r: number, c: number) => rows[r]?.locked?.[c] ?? false;
  const selection = rectOf(anchor, pos);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Only the rows in view are rendered, as in the figures grid: a province has thousands of committee members.
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
    paddingStart: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });

  const goTo = (p: Pos, extend = false) => {
    if (extend) setAnchor((a) => a ?? pos);
    else setAnchor(null);
    setPos(p);
    virtual.scrollToIndex(p.row, { align: 'auto' });
  };

  const rowName = (r: number) => rows[r]?.label || `dòng ${r + 1}`;
  const readCell = (r: number, c: number, raw: string): CellRead<string> => {
    if (locked(r, c))
      return raw.trim() === ''
        ? { ok: true, value: '' }
        : { ok: false, reason: `${rowName(r)} — ${columns[c]!.title}: ô này không áp dụng cho đơn vị.` };
    const x = read(r, c, raw);
    return x.ok ? x : { ok: false, reason: `${rowName(r)} — ${columns[c]!.title}: ${x.reason}` };
  };

  function commit(text: string): boolean {
    const r = readCell(pos.row, pos.col, text);
    if (!r.ok) {
      setError(`${r.reason} Chưa nhận; hãy sửa lại hoặc nhấn Esc để bỏ.`);
      return false;
    }
    setEditing(null);
    setError(null);
    if (r.value !== (rows[pos.row]?.cells[pos.col] ?? '')) onEdit([{ row: pos.row, col: pos.col, text: r.value }]);
    return true;
  }

  function onPaste(text: string) {
    const block = parseTsv(text);
    if (!block.length) return;
    const plan = planBlock({ row: selection.top, col: selection.left }, block, (r, c) => c < cols && (r < rows.length || grows), readCell);
    if (plan.errors.length) {
      setError(refusedPasteText(plan.errors, 'chưa nhận ô nào'));
      return;
    }
    setError(null);
    onEdit(plan.cells.map((x) => ({ row: x.row, col: x.col, text: x.value })));
    setStatus(`Đã dán ${formatInt(plan.cells.length)} ô (chưa lưu).`);
  }

  function onKey(e: KeyboardEvent<HTMLDivElement>) {
    if (editing) return;
    const a = keyAction(keyPressOf(e), { pos, rows: rows.length, cols, editing: false });
    // No undo here: the draft is the caller's, and nothing is written before Lưu.
    if (!a || a.type === 'copy' || a.type === 'paste' || a.type === 'undo' || a.type === 'redo') return;
    e.preventDefault();
    if (a.type === 'move') goTo(a.to, a.extend);
    else if (a.type === 'editCurrent') {
      if (!locked(pos.row, pos.col)) setEditing({ text: rows[pos.row]?.cells[pos.col] ?? '' });
    } else if (a.type === 'edit') {
      if (!locked(pos.row, pos.col)) setEditing({ text: a.text });
    } else if (a.type === 'clear') {
      const edits = cellsOf(selection)
        .filter((p) => !locked(p.row, p.col) && (rows[p.row]?.cells[p.col] ?? '') !== '')
        .map((p) => ({ ...p, text: '' }));
      if (edits.length) onEdit(edits);
    }
  }

  function onEditorKey(e: KeyboardEvent<HTMLInputElement>) {
    e.stopPropagation();
    const a = keyAction(keyPressOf(e), { pos, rows: rows.length, cols, editing: true });
    if (!a) return;
    e.preventDefault();
    const grid = e.currentTarget.closest('[role="grid"]') as HTMLElement | null;
    if (a.type === 'cancel') {
      setEditing(null);
      setError(null);
      grid?.focus();
    } else if (a.type === 'commit' && commit(e.currentTarget.value)) {
      if (a.then) goTo(a.then);
      grid?.focus();
    }
  }

  const items = virtual.getVirtualItems();
  // Rows are memoised (a province's committee list has thousands); their handlers read the latest state.
  const latest = useRef({ editing, pos, commit, locked, rows });
  latest.current = { editing, pos, commit, locked, rows };
  const onDown = useCallback((r: number, c: number, shift: boolean) => {
    const l = latest.current;
    if (l.editing && !(r === l.pos.row && c === l.pos.col)) l.commit(l.editing.text);
    if (shift) setAnchor((a) => a ?? l.pos);
    else setAnchor(null);
    setPos({ row: r, col: c });
  }, []);
  const onDouble = useCallback((r: number, c: number) => {
    const l = latest.current;
    if (!l.locked(r, c)) setEditing({ text: l.rows[r]?.cells[c] ?? '' });
  }, []);

  return (
    <div className="entry-grid">
      <p className="muted small">
        Gõ để sửa · Enter/Tab/mũi tên để di chuyển · Ctrl+V dán khối từ Excel · Ctrl+C chép · Delete xóa ô · Ctrl+Home/End về đầu, cuối bảng
        · thay đổi chỉ được ghi khi nhấn Lưu
      </p>
      <ErrorNote text={error} onClose={() => setError(null)} />
      <StatusNote text={status} />
      <div
        ref={scrollRef}
        className="grid entry"
        role="grid"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        tabIndex={0}
        data-testid={testId}
        onKeyDown={onKey}
        onPaste={(e) => {
          if (!editing) {
            e.preventDefault();
            onPaste(e.clipboardData.getData('text/plain'));
          }
        }}
        onCopy={(e) => {
          if (editing) return;
          e.preventDefault();
          e.clipboardData.setData('text/plain', toTsv(blockOf(selection, (r, c) => rows[r]?.cells[c] ?? '')));
          setStatus(`Đã chép ${formatInt(sizeOf(selection))} ô.`);
        }}
      >
        <table className="table compact entry-table">
          <thead>
            <tr role="row" style={{ height: HEAD_HEIGHT }}>
              <th role="columnheader" className="name">
                {rowTitle}
              </th>
              {columns.map((c) => (
                <th
                  role="columnheader"
                  key={c.key}
                  className={c.num ? 'num' : undefined}
                  style={{ minWidth: c.width ?? 64, maxWidth: Math.max(c.width ?? 0, 120) }}
                >
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.length > 0 && <tr aria-hidden="true" style={{ height: items[0]!.start - HEAD_HEIGHT }} />}
            {items.map((v) => {
              const r = v.index;
              const row = rows[r]!;
              const inSel = anchor !== null && r >= selection.top && r <= selection.bottom;
              const here = r === pos.row;
              return (
                <Row
                  key={row.key}
                  row={row}
                  r={r}
                  columns={columns}
                  cursor={here ? pos.col : -1}
                  sel={inSel ? `${selection.left}:${selection.right}` : null}
                  editor={
                    here && editing ? (
                      <input
                        autoFocus
                        className="editor"
                        aria-label={`${row.label} — ${columns[pos.col]?.title}`}
                        value={editing.text}
                        onChange={(e) => setEditing({ text: e.target.value })}
                        onKeyDown={onEditorKey}
                      />
                    ) : null
                  }
                  onDown={onDown}
                  onDouble={onDouble}
                />
              );
            })}
            {items.length > 0 && <tr aria-hidden="true" style={{ height: virtual.getTotalSize() - items[items.length - 1]!.end }} />}
          </tbody>
        </table>
      </div>
      {rows[pos.row] && (
        <p className="small muted" data-testid={`${testId}-position`}>
          {rows[pos.row]!.label} — {columns[pos.col]?.title}
          {(rows[pos.row]!.problems?.[pos.col] ?? []).map((p) => ` · ${p}`).join('')}
        </p>
      )}
    </div>
  );
}

interface RowProps {
  row: EntryRow;
  r: number;
  columns: EntryColumn[];
  /** The cursor's column when it is on this row, else -1. */
  cursor: number;
  /** "left:right" of the selection when it covers this row. */
  sel: string | null;
  editor: ReactNode;
  onDown(r: number, c: number, shift: boolean): void;
  onDouble(r: number, c: number): void;
}

const Row = memo(function Row({ row, r, columns, cursor, sel, editor, onDown, onDouble }: RowProps) {
  const [left, right] = sel ? (sel.split(':').map(Number) as [number, number]) : [-1, -2];
  return (
    <tr role="row" aria-rowindex={r + 2} className={row.changed ? 'changed' : undefined} style={{ height: ROW_HEIGHT }}>
      <th role="rowheader" scope="row" className="name" style={{ paddingLeft: 8 + (row.depth ?? 0) * 14 }} title={row.title}>
        {row.label}
      </th>
      {columns.map((col, c) => {
        const here = c === cursor;
        const problems = row.problems?.[c] ?? [];
        const isLocked = row.locked?.[c] ?? false;
        return (
          <td
            key={col.key}
            role="gridcell"
            aria-selected={here}
            aria-readonly={isLocked || undefined}
            aria-invalid={problems.length > 0 || undefined}
            data-pos={`${r}:${c}`}
            data-cell={`${row.key}:${col.key}`}
            className={`cell${col.num ? ' num' : ''}${here ? ' cursor' : ''}${c >= left && c <= right ? ' selected' : ''}${problems.length ? ' invalid' : ''}${isLocked ? ' locked' : ''}`}
            title={problems.join('\n') || undefined}
            onMouseDown={(e) => onDown(r, c, e.shiftKey)}
            onDoubleClick={() => onDouble(r, c)}
          >
            {here && editor ? editor : (row.cells[c] ?? '')}
          </td>
        );
      })}
    </tr>
  );
});
