/**
 * Xếp loại: the year's rating of every TCCSĐ, đảng bộ bộ phận and chi bộ on the scale in force (with the score
 * out of 100 where the year's rule is scored) and per cell its members by level. Typed or pasted from Excel
 * into a draft, then saved as one all-or-nothing batch.
 */
import { useEffect, useMemo, useState } from 'react';
import { call, useApi, type Out } from '../api.ts';
import { EntryGrid, type CellEdit, type EntryColumn, type EntryRow } from '../grid/EntryGrid.tsx';
import type { CellRead } from '../grid/paste.ts';
import { ErrorNote, Loading, StatusNote, WriteErrorNote } from '../components/Notice.tsx';
import { useWrite } from '../useWrite.ts';
import { formatDecimal, formatInt } from '../../format/vi.ts';
import { parseCount } from '../../io/values.ts';
import { levelForScore } from '../../org/ratings.ts';
import { acceptedLevels, parseLevel } from '../../org/rating-words.ts';
import { KIND_LABELS } from '../../org/catalog.ts';

type List = Out<'ratings.list'>;
type Row = List['rows'][number];
const COUNTS = ['htxs', 'htt', 'ht', 'khtnv', 'unrated'] as const;
const COUNT_TITLES = ['ĐV hoàn thành xuất sắc', 'ĐV hoàn thành tốt', 'ĐV hoàn thành', 'ĐV không hoàn thành', 'ĐV chưa đánh giá'];

export function RatingsEntry({ year }: { year: number }) {
  const list = useApi('ratings.list', { year });
  if (list.error) return <ErrorNote text={list.error} />;
  if (!list.data) return <Loading />;
  return <RatingsGrid key={`${year}`} data={list.data} />;
}

const countText = (v: number | undefined) => (v === undefined ? '' : String(v));
const scoreText = (v: number | null) => (v === null ? '' : formatDecimal(v, v % 1 ? 2 : 0));

function cellsOf(data: List, r: Row): string[] {
  const short = data.levels.find((l) => l.code === r.level)?.short ?? r.level ?? '';
  const counts = COUNTS.map((k) => countText(r.memberCounts?.[k]));
  return [short, ...(data.scored ? [scoreText(r.score)] : []), ...counts, r.members === null ? '' : formatInt(r.members)];
}

/** "85,5" or "85.5" → 85.5, between 0 and 100. */
function parseScore(raw: string): CellRead<string> {
  const s = raw.trim();
  if (!s) return { ok: true, value: '' };
  if (!/^\d{1,3}([.,]\d{1,2})?$/.test(s))
    return { ok: false, reason: `"${s}" không phải là điểm (số từ 0 đến 100, tối đa hai chữ số thập phân).` };
  const v = Number(s.replace(',', '.'));
  if (v > 100) return { ok: false, reason: `"${s}" vượt quá 100 điểm.` };
  return { ok: true, value: scoreText(v) };
}

export function RatingsGrid({ data }: { data: List }) {
  const base = useMemo(() => data.rows.map((r) => cellsOf(data, r)), [data]);
  const [draft, setDraft] = useState<string[][]>(base);
  const write = useWrite({ refusedPrefix: 'Không lưu được — chưa ghi gì: ' });
  const saving = write.busy;
  useEffect(() => setDraft(base), [base]);

  const scoreCol = data.scored ? 1 : -1;
  const countCol = data.scored ? 2 : 1;
  const membersCol = countCol + COUNTS.length;
  const columns: EntryColumn[] = [
    { key: 'level', title: 'Xếp loại', width: 90 },
    ...(data.scored ? [{ key: 'score', title: 'Điểm', num: true }] : []),
    // The headers of the "Xếp loại" sheet, so that a block copied from it lines up.
    ...COUNTS.map((k, i) => ({ key: k, title: COUNT_TITLES[i]!, num: true, width: 90 })),
    { key: 'members', title: 'Số đảng viên', num: true },
  ];

  // The same words the "Xếp loại" sheet accepts (org/rating-words.ts).
  const readLevel = (raw: string): CellRead<string> => {
    if (!raw.trim()) return { ok: true, value: '' };
    const code = parseLevel(raw, data.scale);
    const l = data.levels.find((x) => x.code === code);
    return l
      ? { ok: true, value: l.short }
      : {
          ok: false,
          reason: `"${raw.trim()}" không phải mức xếp loại của năm ${data.year}; dùng một trong: ${acceptedLevels(data.scale)}.`,
        };
  };
  const read = (_r: number, c: number, raw: string): CellRead<string> => {
    if (c === 0) return readLevel(raw);
    if (c === scoreCol) return parseScore(raw);
    const p = parseCount(raw);
    return p.ok ? { ok: true, value: p.value === null ? '' : String(p.value) } : p;
  };

  const onEdit = (edits: CellEdit[]) => {
    write.clearStatus();
    setDraft((d) => {
      // Only the edited rows get new arrays, so the others keep their memoised rendering.
      const next = [...d];
      const copied = new Set<number>();
      const own = (r: number) => {
        if (!copied.has(r)) {
          next[r] = [...(next[r] ?? [])];
          copied.add(r);
        }
        return next[r]!;
      };
      for (const e of edits) {
        own(e.row)[e.col] = e.text;
        // Under 366-QĐ/TW the level follows from the score.
        if (e.col === scoreCol && e.text !== '') {
          const code = levelForScore(Math.round(Number(e.text.replace(',', '.')) * 100));
          own(e.row)[0] = data.levels.find((l) => l.code === code)?.short ?? next[e.row]![0]!;
        }
      }
      return next;
    });
  };

  const levelCode = (short: string) => data.levels.find((l) => l.short === short)?.code ?? null;
  const changedRows = data.rows.map((_r, i) => draft[i]!.some((v, c) => v !== base[i]![c]));

  const rows: EntryRow[] = data.rows.map((r, i) => {
    const cells = draft[i]!;
    // The committee itself is not rated here; only cells have members by level.
    const locked = columns.map((_c, c) => r.kind === 'committee' || c === membersCol || (c >= countCol && c < membersCol && !r.isCell));
    const problems = columns.map(() => [] as string[]);
    const counts = COUNTS.map((_k, j) => cells[countCol + j] ?? '');
    const sum = counts.reduce((t, v) => t + (v ? Number(v) : 0), 0);
    if (r.isCell && r.members !== null && sum > r.members)
      problems[countCol]!.push(`Tổng ${formatInt(sum)} đảng viên theo mức lớn hơn ${formatInt(r.members)} đảng viên của chi bộ.`);
    if (data.scored && cells[scoreCol] && cells[0]) {
      const code = levelForScore(Math.round(Number(cells[scoreCol]!.replace(',', '.')) * 100));
      if (code !== levelCode(cells[0]))
        problems[0]!.push(`Điểm ${cells[scoreCol]} ứng với mức ${data.levels.find((l) => l.code === code)?.name}.`);
    }
    return {
      key: r.code,
      label: r.name,
      depth: r.depth,
      title: `${r.code} · ${KIND_LABELS[r.kind]}${r.parent ? ` · thuộc ${r.parent}` : ''}`,
      cells,
      locked,
      problems,
      changed: changedRows[i],
    };
  });

  const save = async () => {
    const units: { unitId: number; level: string | null; score?: number | null }[] = [];
    const members: { unitId: number; htxs: number; htt: number; ht: number; khtnv: number; unrated: number }[] = [];
    data.rows.forEach((r, i) => {
      if (!changedRows[i]) return;
      const d = draft[i]!;
      const b = base[i]!;
      if (d[0] !== b[0] || (scoreCol > 0 && d[scoreCol] !== b[scoreCol])) {
        units.push({
          unitId: r.unitId,
          level: d[0] ? levelCode(d[0]) : null,
          ...(data.scored ? { score: d[scoreCol] ? Number(d[scoreCol]!.replace(',', '.')) : null } : {}),
        });
      }
      const counts = COUNTS.map((_k, j) => d[countCol + j] ?? '');
      if (r.isCell && counts.some((v, j) => v !== b[countCol + j]) && counts.some((v) => v !== '')) {
        const [htxs, htt, ht, khtnv, unrated] = counts.map((v) => (v ? Number(v) : 0)) as [number, number, number, number, number];
        members.push({ unitId: r.unitId, htxs, htt, ht, khtnv, unrated });
      }
    });
    await write.run(
      async () => (units.length || members.length ? call('ratings.set', { year: data.year, units, members }) : null),
      (r) =>
        r
          ? `Đã lưu xếp loại ${formatInt(r.units)} đơn vị và số đảng viên theo mức của ${formatInt(r.members)} chi bộ năm ${data.year}.`
          : 'Không có thay đổi nào để lưu.',
    );
  };

  const pending = changedRows.filter(Boolean).length;
  const ratable = data.rows.filter((r) => r.kind !== 'committee').length;
  const rated = draft.filter((d, i) => d[0] && data.rows[i]!.kind !== 'committee').length;
  return (
    <section className="ratings-entry" data-testid="ratings-entry">
      <p className="small">
        Năm {data.year} xếp loại theo {data.citation}
        {data.scored
          ? ' — chấm điểm trên thang 100, mức xếp loại theo điểm (từ 90 điểm: hoàn thành xuất sắc; 70 đến dưới 90: hoàn thành tốt; 50 đến dưới 70: hoàn thành; dưới 50: không hoàn thành)'
          : ''}
        . Mức viết đầy đủ hoặc tắt: {data.levels.map((l) => l.short).join(', ')}.
      </p>
      <div className="toolbar">
        <button type="button" className="primary" disabled={!pending || saving} onClick={() => void save()} data-testid="ratings-save">
          {saving ? 'Đang lưu…' : `Lưu ${formatInt(pending)} đơn vị đã sửa`}
        </button>
        <button type="button" disabled={!pending || saving} onClick={() => setDraft(base)}>
          Bỏ thay đổi
        </button>
        <span className={rated < ratable ? 'incomplete' : 'muted small'} data-testid="ratings-coverage">
          {rated < ratable
            ? `Chưa xếp loại ${formatInt(ratable - rated)}/${formatInt(ratable)} đơn vị`
            : `Đã xếp loại ${formatInt(rated)} đơn vị`}
        </span>
      </div>
      <WriteErrorNote error={write.error} onClose={write.clearError} />
      <StatusNote text={write.status} />
      <EntryGrid columns={columns} rows={rows} label={`Xếp loại năm ${data.year}`} testId="ratings-grid" read={read} onEdit={onEdit} />
    </section>
  );
}
