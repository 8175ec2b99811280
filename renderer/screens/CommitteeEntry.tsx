/**
 * Cấp ủy viên: the committee members of every unit in a year, one person a row, in the columns of the
 * "Cấp ủy viên" sheet so that a block copied from Excel lines up. Pasting below the last row adds people;
 * clearing a name removes the person. "Chép từ năm trước" starts a new year from last year's committees.
 */
import { useEffect, useMemo, useState } from 'react';
import { call, useApi, type In, type Out } from '../api.ts';
import { EntryGrid, type CellEdit, type EntryColumn, type EntryRow } from '../grid/EntryGrid.tsx';
import type { CellRead } from '../grid/paste.ts';
import { ErrorNote, Loading, StatusNote, WriteErrorNote } from '../components/Notice.tsx';
import { useWrite } from '../useWrite.ts';
import { UserError } from '../../core/errors.ts';
import { foldForSearch as fold, formatInt } from '../../format/vi.ts';
import { CELL_KINDS } from '../../org/catalog.ts';
import { memberScaleFor } from '../../org/ratings.ts';
import { acceptedLevels, LEVEL_SHORT, parseLevel } from '../../org/rating-words.ts';
import { ROLE_WORDS, parseEducation, parseProfessional, parseRole, parseTheory, parseYesNo } from '../../org/committee-words.ts';

type Member = Out<'committee.list'>[number];
type Catalog = Out<'committee.catalog'>;
type Unit = Out<'units.list'>[number];
type Fields = Omit<In<'committee.add'>, 'year' | 'unitId'>;

const COLUMNS: EntryColumn[] = [
  { key: 'unit', title: 'Mã chi bộ', width: 100 },
  { key: 'name', title: 'Họ và tên', width: 180 },
  { key: 'role', title: 'Chức vụ', width: 100 },
  { key: 'gender', title: 'Giới tính' },
  { key: 'birth', title: 'Năm sinh', num: true },
  { key: 'ethnicity', title: 'Dân tộc' },
  { key: 'education', title: 'Học vấn' },
  { key: 'professional', title: 'Chuyên môn', width: 110 },
  { key: 'theory', title: 'Lý luận chính trị', width: 110 },
  { key: 'trained', title: 'Đã bồi dưỡng' },
  { key: 'rating', title: 'Xếp loại', width: 90 },
  { key: 'village', title: 'Bí thư kiêm trưởng thôn, tổ dân phố', width: 110 },
  { key: 'front', title: 'Bí thư kiêm trưởng ban công tác Mặt trận', width: 110 },
  { key: 'enterprise', title: 'Bí thư tham gia quản lý doanh nghiệp', width: 110 },
];
const C = Object.fromEntries(COLUMNS.map((c, i) => [c.key, i])) as Record<string, number>;
const GENDERS = [
  { code: 'nam', name: 'Nam' },
  { code: 'nu', name: 'Nữ' },
];

const flag = (b: boolean | null) => (b ? 'x' : '');
const nameOf = (list: { code: string; name: string }[], code: string | null) =>
  code === null ? '' : (list.find((x) => x.code === code)?.name ?? code);

function cellsOf(m: Member, cat: Catalog): string[] {
  return [
    m.unitCode,
    m.fullName,
    nameOf(cat.roles, m.role),
    nameOf(GENDERS, m.gender),
    m.birthYear === null ? '' : String(m.birthYear),
    m.ethnicity ?? '',
    nameOf(cat.education, m.education),
    nameOf(cat.professional, m.professional),
    nameOf(cat.theory, m.theory),
    flag(m.trained),
    m.rating ? (LEVEL_SHORT[m.rating] ?? m.rating) : '',
    flag(m.villageHead),
    flag(m.frontHead),
    flag(m.managesEnterprise),
  ];
}

export function CommitteeEntry({ year, years }: { year: number; years: number[] }) {
  const members = useApi('committee.list', { year });
  const cat = useApi('committee.catalog', {});
  const units = useApi('units.list', { year });
  const error = members.error ?? cat.error ?? units.error;
  if (error) return <ErrorNote text={error} />;
  if (!members.data || !cat.data || !units.data) return <Loading />;
  return <CommitteeGrid key={year} year={year} years={years} members={members.data} cat={cat.data} units={units.data} />;
}

function CommitteeGrid({
  year,
  years,
  members,
  cat,
  units,
}: {
  year: number;
  years: number[];
  members: Member[];
  cat: Catalog;
  units: Unit[];
}) {
  const base = useMemo(() => members.map((m) => cellsOf(m, cat)), [members, cat]);
  const [draft, setDraft] = useState<string[][]>(base);
  // The message of a refusal already lists each refused item ("Thêm mục 2: …").
  const write = useWrite({ refusedPrefix: 'Không lưu được — chưa ghi gì. ' });
  const busy = write.busy;
  useEffect(() => setDraft(base), [base]);
  const byCode = useMemo(() => new Map(units.map((u) => [fold(u.code), u])), [units]);

  const choose =
    (list: { code: string; name: string }[], what: string) =>
    (raw: string): CellRead<string> => {
      const f = fold(raw.trim());
      if (!f) return { ok: true, value: '' };
      const x = list.find((c) => fold(c.name) === f || fold(c.code) === f);
      return x
        ? { ok: true, value: x.name }
        : { ok: false, reason: `"${raw.trim()}" không phải ${what}; dùng một trong: ${list.map((c) => c.name).join(', ')}.` };
    };
  /** The words the "Cấp ủy viên" sheet accepts (org/committee-words.ts), shown as the catalogue names them. */
  const byWords =
    (list: { code: string; name: string }[], parse: (s: string) => string | undefined, what: string, accepted: string[]) =>
    (raw: string): CellRead<string> => {
      const s = raw.trim();
      if (!s) return { ok: true, value: '' };
      const code = parse(s);
      const name = code === undefined ? undefined : list.find((c) => c.code === code)?.name;
      return name ? { ok: true, value: name } : { ok: false, reason: `"${s}" không phải ${what}; dùng một trong: ${accepted.join(', ')}.` };
    };
  const readers: ((raw: string) => CellRead<string>)[] = [
    (raw) => {
      const s = raw.trim();
      if (!s) return { ok: true, value: '' };
      const u = byCode.get(fold(s));
      return u ? { ok: true, value: u.code } : { ok: false, reason: `không có đơn vị mã "${s}" trong năm ${year}.` };
    },
    (raw) => ({ ok: true, value: raw.trim().replace(/\s+/g, ' ').normalize('NFC') }),
    byWords(cat.roles, parseRole, 'chức vụ', ROLE_WORDS),
    choose(GENDERS, 'giới tính'),
    (raw) => {
      const s = raw.trim();
      if (!s) return { ok: true, value: '' };
      const n = Number(s);
      return Number.isInteger(n) && n >= 1900 && n <= year
        ? { ok: true, value: s }
        : { ok: false, reason: `"${s}" không phải năm sinh (từ 1900 đến ${year}).` };
    },
    (raw) => ({ ok: true, value: raw.trim().normalize('NFC') }),
    byWords(
      cat.education,
      parseEducation,
      'trình độ học vấn',
      cat.education.map((c) => c.name),
    ),
    byWords(
      cat.professional,
      parseProfessional,
      'trình độ chuyên môn',
      cat.professional.map((c) => c.name),
    ),
    byWords(
      cat.theory,
      parseTheory,
      'trình độ lý luận chính trị',
      cat.theory.map((c) => c.name),
    ),
  ];
  const readFlag = (raw: string): CellRead<string> => {
    const v = parseYesNo(raw.trim() || null);
    if (v === undefined) return { ok: false, reason: `"${raw.trim()}": ghi "x" (hoặc "có") nếu đúng, "không" hoặc để trống nếu không.` };
    return { ok: true, value: v ? 'x' : '' };
  };
  // The member's own rating, on the year's member scale, in the words the ratings sheet accepts.
  const scale = memberScaleFor(year);
  const readRating = (raw: string): CellRead<string> => {
    const s = raw.trim();
    if (!s) return { ok: true, value: '' };
    const code = parseLevel(s, scale);
    return code
      ? { ok: true, value: LEVEL_SHORT[code] ?? code }
      : { ok: false, reason: `"${s}" không phải mức xếp loại đảng viên năm ${year}; dùng một trong: ${acceptedLevels(scale)}.` };
  };
  const read = (_r: number, c: number, raw: string) => (c === C.rating ? readRating : (readers[c] ?? readFlag))(raw);

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
        while (next.length <= e.row) next.push(COLUMNS.map(() => ''));
        own(e.row)[e.col] = e.text;
      }
      return next;
    });
  };

  const secretaryName = nameOf(cat.roles, 'secretary');
  // Secretaries per unit, counted once per render (a province's list has thousands of rows).
  const secretaries = new Map<string, number>();
  for (const d of draft)
    if (d[C.role!] === secretaryName && d[C.name!]) secretaries.set(d[C.unit!]!, (secretaries.get(d[C.unit!]!) ?? 0) + 1);
  const problemsOf = (cells: string[], i: number): string[][] => {
    const p = COLUMNS.map(() => [] as string[]);
    const blank = cells.every((v) => v === '');
    if (blank) return p;
    if (!cells[C.name!]) p[C.name!]!.push(i < members.length ? 'Họ tên để trống: người này sẽ bị xóa khi lưu.' : 'Thiếu họ và tên.');
    if (!cells[C.unit!]) p[C.unit!]!.push('Thiếu mã chi bộ.');
    if (!cells[C.role!] && cells[C.name!]) p[C.role!]!.push('Thiếu chức vụ.');
    if (cells[C.role!] === secretaryName) {
      if ((secretaries.get(cells[C.unit!]!) ?? 0) > 1 && cells[C.name!]) p[C.role!]!.push(`Đơn vị ${cells[C.unit!]} có hơn một bí thư.`);
    } else if ([C.village!, C.front!, C.enterprise!].some((c) => cells[c])) {
      p[C.village!]!.push('Kiêm nhiệm chỉ ghi cho bí thư.');
    }
    return p;
  };

  const rows: EntryRow[] = draft.map((cells, i) => {
    const u = byCode.get(fold(cells[C.unit!] ?? ''));
    const orig = base[i];
    return {
      key: i < members.length ? `m${members[i]!.id}` : `new${i}`,
      label: u ? u.name : cells[C.unit!] ? '?' : i < members.length ? '' : '(dòng mới)',
      title: u ? `${u.code}${CELL_KINDS.includes(u.kind) ? '' : ' · không phải chi bộ'}` : undefined,
      cells,
      problems: problemsOf(cells, i),
      changed: !orig ? cells.some((v) => v !== '') : cells.some((v, c) => v !== orig[c]),
    };
  });
  // One empty row at the end to type or paste into.
  rows.push({ key: 'blank', label: '(dòng mới)', cells: COLUMNS.map(() => ''), changed: false });

  const code = (list: { code: string; name: string }[], name: string) => (name ? (list.find((x) => x.name === name)?.code ?? null) : null);
  const fieldsOf = (cells: string[]): Fields => ({
    fullName: cells[C.name!]!,
    role: code(cat.roles, cells[C.role!]!) as Fields['role'],
    gender: code(GENDERS, cells[C.gender!]!) as Fields['gender'],
    birthYear: cells[C.birth!] ? Number(cells[C.birth!]) : null,
    ethnicity: cells[C.ethnicity!] || null,
    education: code(cat.education, cells[C.education!]!) as Fields['education'],
    professional: code(cat.professional, cells[C.professional!]!) as Fields['professional'],
    theory: code(cat.theory, cells[C.theory!]!) as Fields['theory'],
    trained: cells[C.trained!] === 'x',
    // The abbreviation shown is read back by the same words (org/rating-words.ts) on the server.
    rating: cells[C.rating!] || null,
    // Concurrent roles are asked of the secretary only; for others they are not known.
    villageHead: cells[C.role!] === secretaryName ? cells[C.village!] === 'x' : null,
    frontHead: cells[C.role!] === secretaryName ? cells[C.front!] === 'x' : null,
    managesEnterprise: cells[C.role!] === secretaryName ? cells[C.enterprise!] === 'x' : null,
  });

  /** The rows as the save would send them; a problem still marked in the grid refuses the save before any call. */
  const changes = (): In<'committee.apply'> => {
    const bad = rows.flatMap((r) =>
      (r.problems ?? [])
        .flat()
        .filter((p) => !p.startsWith('Họ tên để trống'))
        .map((p) => `${r.label}${r.cells[C.name!] ? ` — ${r.cells[C.name!]}` : ''}: ${p}`),
    );
    if (bad.length)
      throw new UserError(`Chưa lưu gì — còn ${formatInt(bad.length)} lỗi:\n${bad.slice(0, 10).join('\n')}`, 'invalid-member');
    const add: In<'committee.apply'>['add'] = [];
    const update: In<'committee.apply'>['update'] = [];
    const remove: number[] = [];
    draft.forEach((cells, i) => {
      const m = members[i];
      if (!rows[i]!.changed) return;
      const unitId = byCode.get(fold(cells[C.unit!] ?? ''))?.id;
      if (m && !cells[C.name!]) remove.push(m.id);
      else if (m && cells[C.unit!] !== m.unitCode) {
        // Moving a person to another unit is a removal there and an addition here.
        remove.push(m.id);
        add.push({ unitId: unitId!, ...fieldsOf(cells) });
      } else if (m) update.push({ id: m.id, ...fieldsOf(cells) });
      else if (cells.some((v) => v !== '')) add.push({ unitId: unitId!, ...fieldsOf(cells) });
    });
    return { year, add, update, remove };
  };

  const save = () =>
    write.run(
      async () => call('committee.apply', changes()),
      (r) =>
        `Đã lưu ${formatInt(r.added + r.updated + r.removed)} cấp ủy viên năm ${year}: ${formatInt(r.added)} thêm, ${formatInt(r.updated)} sửa, ${formatInt(r.removed)} xóa.`,
    );

  const copy = () =>
    write.run(
      () => call('committee.copyFromYear', { fromYear: year - 1, toYear: year }),
      (r) =>
        `Đã chép ${formatInt(r.copied)} cấp ủy viên của ${formatInt(r.units)} đơn vị từ năm ${year - 1}${r.skippedUnits ? `; ${formatInt(r.skippedUnits)} đơn vị đã có cấp ủy viên năm ${year} nên giữ nguyên` : ''}.`,
    );

  const pending = rows.filter((r) => r.changed).length;
  const unitsWith = new Set(draft.filter((d) => d[C.name!]).map((d) => d[C.unit!])).size;
  const cells = units.filter((u) => CELL_KINDS.includes(u.kind)).length;
  return (
    <section className="committee-entry" data-testid="committee-entry">
      <p className="small muted">
        Mỗi người một dòng. Dán khối từ Excel theo đúng thứ tự cột; dán xuống dưới dòng cuối để thêm người; xóa họ tên để xóa người. Chức
        vụ: {cat.roles.map((r) => r.name).join(', ')}.
      </p>
      <div className="toolbar">
        <button type="button" className="primary" disabled={!pending || busy} onClick={() => void save()} data-testid="committee-save">
          {busy ? 'Đang lưu…' : `Lưu ${formatInt(pending)} dòng đã sửa`}
        </button>
        <button type="button" disabled={!pending || busy} onClick={() => setDraft(base)}>
          Bỏ thay đổi
        </button>
        {years.includes(year - 1) && (
          <button type="button" disabled={busy} onClick={() => void copy()}>
            Chép cấp ủy viên từ năm {year - 1}
          </button>
        )}
        <span className={unitsWith < cells ? 'incomplete' : 'muted small'} data-testid="committee-coverage">
          {formatInt(draft.filter((d) => d[C.name!]).length)} cấp ủy viên của {formatInt(unitsWith)} đơn vị
          {unitsWith < cells ? ` — còn ${formatInt(cells - unitsWith)} chi bộ chưa có cấp ủy viên` : ''}
        </span>
      </div>
      <WriteErrorNote error={write.error} onClose={write.clearError} />
      <StatusNote text={write.status} />
      <EntryGrid
        columns={COLUMNS}
        rows={rows}
        label={`Cấp ủy viên năm ${year}`}
        testId="committee-grid"
        read={read}
        onEdit={onEdit}
        grows
        rowTitle="Đơn vị"
      />
    </section>
  );
}
