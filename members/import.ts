/**
 * Member-list import: one row per member, columns recognized by their Vietnamese headers (or mapped
 * by the user). The list replaces the records and derived figures of the cells it covers for the year
 * and leaves the other cells alone. Everything is checked before anything is written.
 */
import type { DB } from '../db/open.ts';
import { replaceMembers, memberCountsByUnit, type MemberRecord } from '../db/members.ts';
import { bulkWrite } from '../db/version.ts';
import { indicatorValues, listIndicators } from '../db/figures.ts';
import { checkFigureWrite, commitFigures } from '../figures/write.ts';
import { foldForSearch, formatInt, formatListDate } from '../format/vi.ts';
import { UserError } from '../core/errors.ts';
import { columnLabel, Issues } from '../io/issues.ts';
import { foldHeader, headerTexts } from '../io/headers.ts';
import { readNotes, streamTable, type Cell, type OnProgress, type Row } from '../io/table.ts';
import { cellText, parseDate, yearOf, yearsBetween } from '../io/values.ts';
import { UnitMatcher } from '../io/unit-match.ts';
import { yearTree, type YearTree } from '../io/year-tree.ts';
import type { LoadedFile } from '../io/source.ts';
import { fieldByName, MEMBER_FIELDS, recognizeMemberHeader, REQUIRED_FIELDS, type MemberField } from './fields.ts';
import { deriveFigures } from './derive.ts';
import { DERIVED_CODES } from '../db/indicator-codes.ts';

/** Older than this at the end of the list's year is a wrong birth date, not a member. */
export const MAX_AGE = 110;

// The result's shape is the contract's (import-result.schema.ts).
export type { MembersImportResult, UnitChange } from './import-result.schema.ts';
import type { MembersImportResult, UnitChange } from './import-result.schema.ts';

/** `--map "Cột X=ngày vào đảng"`: header text → field, checked before the file is read. */
export function parseMapping(map: Record<string, string>): Map<string, MemberField> {
  const out = new Map<string, MemberField>();
  for (const [header, fieldName] of Object.entries(map)) {
    const field = fieldByName(fieldName);
    if (!field) {
      throw new UserError(
        `Không hiểu "${fieldName}" trong ánh xạ cột "${header}". Các trường: ${Object.values(MEMBER_FIELDS).join(', ')}.`,
        'usage',
      );
    }
    out.set(foldHeader(header), field);
  }
  return out;
}

function parseGender(s: string | null): 'nam' | 'nu' | null | undefined {
  if (s === null) return null;
  const f = foldForSearch(s);
  if (['nam', 'male', 'm', 'trai'].includes(f)) return 'nam';
  if (['nu', 'female', 'f', 'gai'].includes(f)) return 'nu';
  return undefined;
}

interface Header {
  row: number;
  headers: string[];
  colOf: Map<MemberField, number>;
  columns: { header: string; field: string }[];
}

function readHeader(headerRow: Row, recognize: (folded: string) => MemberField | undefined, issues: Issues): Header {
  const headers = headerTexts(headerRow);
  const columns: { header: string; field: string }[] = [];
  const colOf = new Map<MemberField, number>();
  headers.forEach((t, i) => {
    if (!t) return;
    const f = recognize(foldHeader(t));
    if (!f) {
      issues.warn(
        headerRow.row,
        columnLabel(i, t),
        `Cột "${t}" không nhận ra; bỏ qua. Nếu cần, chỉ rõ cột này ứng với trường nào (dòng lệnh: --map "${t}=<trường>").`,
      );
      return;
    }
    columns.push({ header: t, field: MEMBER_FIELDS[f] });
    if (f === 'ignore') return;
    const prev = colOf.get(f);
    if (prev !== undefined)
      issues.error(
        headerRow.row,
        columnLabel(i, t),
        `Hai cột cùng là "${MEMBER_FIELDS[f]}": ${columnLabel(prev, headers[prev])} và ${columnLabel(i, t)}.`,
      );
    else colOf.set(f, i);
  });
  for (const f of REQUIRED_FIELDS) if (!colOf.has(f)) issues.error(headerRow.row, null, `Thiếu cột "${MEMBER_FIELDS[f]}".`);
  if (!colOf.has('unitCode') && !colOf.has('unitName'))
    issues.error(headerRow.row, null, 'Thiếu cột "Chi bộ" (hoặc "Mã chi bộ"): không biết đảng viên sinh hoạt ở chi bộ nào.');
  return { row: headerRow.row, headers, colOf, columns };
}

/**
 * Who is the same person: the card number when there is one (a card twice is an error); a row repeated
 * exactly (name, birth date, join date, cell) is an error; the same name and birth date without a card
 * is only a warning, as namesakes born the same day (or recorded as 01/01) are common in real lists.
 * Returns false when the row must not be kept.
 */
function duplicateRule(issues: Issues, label: (f: MemberField) => string) {
  const byCard = new Map<string, number>();
  const byRow = new Map<string, number>();
  const byPerson = new Map<string, number>();
  return (row: number, fullName: string, card: string | null, birth: string | null, joined: string | null, unit: number): boolean => {
    if (card) {
      const dup = byCard.get(card);
      if (dup !== undefined) {
        issues.error(row, label('cardNo'), `${fullName}: trùng số thẻ ${card} với đảng viên ở dòng ${dup}.`);
        return false;
      }
      byCard.set(card, row);
      return true;
    }
    // Folded only here: a list from the central database gives every member a card, and folding
    // 100.000 names for nothing was a twentieth of the import.
    const name = foldForSearch(fullName);
    const exact = `${name}|${birth}|${joined}|${unit}`;
    const same = byRow.get(exact);
    if (same !== undefined) {
      issues.error(
        row,
        label('fullName'),
        `${fullName}: dòng lặp lại đúng dòng ${same} (cùng họ tên, ngày sinh, ngày vào Đảng và chi bộ).`,
      );
      return false;
    }
    byRow.set(exact, row);
    const person = `${name}|${birth}`;
    const namesake = byPerson.get(person);
    if (namesake !== undefined) {
      issues.warn(
        row,
        label('fullName'),
        `${fullName}: cùng họ tên và ngày sinh với đảng viên ở dòng ${namesake}, không có số thẻ để phân biệt; vẫn nhập là hai người — hãy kiểm tra lại.`,
      );
    } else byPerson.set(person, row);
    return true;
  };
}

/** Checks one row of the list; returns the member it describes, or nothing (its problems go to `issues`). */
function rowChecker(h: Header, issues: Issues, year: number, tree: YearTree, matcher: UnitMatcher): (r: Row) => MemberRecord | undefined {
  const { colOf, headers } = h;
  const unitCache = new Map<string, number | string>();
  const endOfYear = `${year}-12-31`;
  const label = (f: MemberField) => columnLabel(colOf.get(f)!, headers[colOf.get(f)!]);
  const dupes = duplicateRule(issues, label);
  return (r) => {
    const get = (f: MemberField): Cell => {
      const i = colOf.get(f);
      return i === undefined ? null : (r.cells[i] ?? null);
    };
    const text = (f: MemberField) => {
      const c = get(f);
      if (c !== null && typeof c === 'object' && !(c instanceof Date)) {
        issues.error(
          r.row,
          label(f),
          'formula' in c
            ? `Ô chứa công thức "=${c.formula}"; danh sách đảng viên phải là giá trị, hãy dán giá trị (Paste Values).`
            : `Ô có lỗi Excel ${c.error}.`,
        );
        return null;
      }
      return cellText(c);
    };
    const fullName = text('fullName');
    if (!fullName) {
      if (r.cells.some((c) => c !== null)) issues.error(r.row, label('fullName'), 'Thiếu họ và tên.');
      return undefined;
    }
    const date = (f: MemberField, required: boolean): string | null | undefined => {
      const c = get(f);
      if (c !== null && typeof c === 'object' && !(c instanceof Date)) {
        text(f);
        return undefined;
      }
      const p = parseDate(c);
      if (!p.ok) {
        issues.error(r.row, label(f), `${fullName}: ${p.reason}`);
        return undefined;
      }
      if (p.value === null && required) {
        issues.error(r.row, label(f), `${fullName}: thiếu ${MEMBER_FIELDS[f].toLowerCase()}.`);
        return undefined;
      }
      return p.value;
    };
    const birthDate = date('birthDate', true);
    const joinedOn = date('joinedOn', true);
    const officialOn = colOf.has('officialOn') ? date('officialOn', false) : null;
    const genderText = text('gender');
    const gender = parseGender(genderText);
    if (gender === undefined) issues.error(r.row, label('gender'), `${fullName}: giới tính "${genderText}" không hiểu (ghi Nam hoặc Nữ).`);
    if (birthDate && joinedOn) {
      if (birthDate > endOfYear)
        issues.error(r.row, label('birthDate'), `${fullName}: ngày sinh ${formatListDate(birthDate)} sau năm ${year}.`);
      else if (yearsBetween(birthDate, joinedOn) < 16)
        issues.error(
          r.row,
          label('joinedOn'),
          `${fullName}: ngày vào Đảng (${formatListDate(joinedOn)}) khi chưa đủ 16 tuổi (sinh ${formatListDate(birthDate)}) — ngày không thể đúng.`,
        );
      if (joinedOn > endOfYear && yearOf(joinedOn) > year)
        issues.error(r.row, label('joinedOn'), `${fullName}: vào Đảng năm ${yearOf(joinedOn)}, sau năm ${year} của danh sách.`);
      if (yearsBetween(birthDate, endOfYear) > MAX_AGE)
        issues.error(
          r.row,
          label('birthDate'),
          `${fullName}: ngày sinh ${formatListDate(birthDate)} — hơn ${MAX_AGE} tuổi vào cuối năm ${year}, không hợp lý.`,
        );
    }
    if (joinedOn && officialOn && officialOn < joinedOn)
      issues.error(
        r.row,
        label('officialOn'),
        `${fullName}: ngày chính thức (${formatListDate(officialOn)}) trước ngày vào Đảng (${formatListDate(joinedOn)}).`,
      );

    const code = text('unitCode');
    const unitName = text('unitName');
    const base = text('baseOrg');
    const key = `${code ?? ''}|${unitName ?? ''}|${base ?? ''}`;
    let unit = unitCache.get(key);
    if (unit === undefined) {
      const m = matcher.match(code, unitName, base);
      if (m.kind === 'none')
        unit = `Không có chi bộ ${code ? `mã "${code}"` : `"${unitName ?? ''}"`}${base ? ` thuộc "${base}"` : ''} trong cơ cấu tổ chức năm ${tree.fromYear ?? year}.`;
      else if (m.kind === 'ambiguous')
        unit = `Tên "${unitName}" trùng ở ${m.candidates.length} đơn vị (${m.candidates
          .slice(0, 4)
          .map((u) => matcher.describe(u))
          .join('; ')}); hãy ghi cột "Đảng bộ cơ sở" hoặc "Mã chi bộ".`;
      else if (!matcher.tree.isLeaf(m.unit.id)) unit = `"${m.unit.name}" có các chi bộ trực thuộc; hãy ghi chi bộ nơi đảng viên sinh hoạt.`;
      else unit = m.unit.id;
      unitCache.set(key, unit);
    }
    const unitCol = colOf.has('unitCode') && code ? label('unitCode') : colOf.has('unitName') ? label('unitName') : label('unitCode');
    if (typeof unit === 'string') {
      issues.error(r.row, unitCol, `${fullName}: ${unit}`);
      return undefined;
    }
    const card = text('cardNo');
    if (!dupes(r.row, fullName, card, birthDate ?? null, joinedOn ?? null, unit)) return undefined;
    if (birthDate === undefined || joinedOn === undefined || officialOn === undefined || gender === undefined || !birthDate || !joinedOn)
      return undefined;
    return {
      unitId: unit,
      fullName,
      birthDate,
      gender,
      joinedOn,
      officialOn,
      ethnicity: text('ethnicity'),
      religion: text('religion'),
      education: text('education'),
      professional: text('professional'),
      theory: text('theory'),
      cardNo: card,
      sourceRow: r.row,
    };
  };
}

export async function importMembers(
  db: DB,
  dbPath: string,
  file: LoadedFile,
  year: number,
  opts: { dryRun: boolean; map?: Record<string, string>; onProgress?: OnProgress; guard?: () => void },
): Promise<MembersImportResult> {
  const report = opts.onProgress ?? (() => {});
  const extra = parseMapping(opts.map ?? {});
  const recognize = (f: string) => recognizeMemberHeader(f, extra);
  // Rows are checked as they are read: the sheet itself is never held in memory.
  let issues = new Issues(file.name);
  let header: Header | undefined;
  let check: ((r: Row) => MemberRecord | undefined) | undefined;
  let firstRow: number | undefined;
  let scanned = 0;
  let stopped = false;
  let checked = 0;
  const members: MemberRecord[] = [];
  const perRow = file.bytes.length >= 4 && file.bytes.readUInt32LE(0) === 0x04034b50 ? 85 : 150;
  const estimate = Math.max(1000, file.bytes.length / perRow);
  const reading = streamTable(
    file,
    {
      sheet: (name) => {
        issues = new Issues(name);
      },
      row: (r) => {
        if (stopped) return;
        if (!check) {
          firstRow ??= r.row;
          const known = headerTexts(r).filter((t) => t && recognize(foldHeader(t)) !== undefined).length;
          if (known >= 3) {
            header = readHeader(r, recognize, issues);
            if (!issues.ok) {
              stopped = true;
              return;
            }
            check = rowChecker(header, issues, year, tree, matcher);
          } else if (++scanned >= 20) stopped = true;
          return;
        }
        const m = check(r);
        if (m) members.push(m);
        if (++checked % 20000 === 0)
          report(Math.min(0.7, 0.05 + (0.65 * checked) / estimate), `Đã kiểm tra ${formatInt(checked)} đảng viên`);
      },
    },
    (_f, text) => report(Math.min(0.7, 0.05 + (0.65 * checked) / estimate), text),
    { expected: (n) => /^(danh sach|dang vien)/.test(n), lean: true },
  );
  // A large sheet is now being parsed in its own thread (io/xlsx-lean-thread.ts), its rows queued until
  // the first await below: this thread meanwhile builds what checking and comparing them needs (at
  // province scale the year's tree and the stored columns the list replaces, some 0,5 s).
  reading.catch(() => {});
  const tree = yearTree(db, year);
  const matcher = new UnitMatcher(tree.units);
  if (tree.fromYear === null) for (const code of DERIVED_CODES) indicatorValues(db, year, code);
  const read = await reading;
  readNotes(read).forEach((n) => issues.warn(null, null, n));
  if (!header) {
    issues.error(
      firstRow ?? 1,
      null,
      `Không tìm thấy dòng tiêu đề của danh sách đảng viên trong 20 dòng đầu: cần các cột ${REQUIRED_FIELDS.map((f) => `"${MEMBER_FIELDS[f]}"`).join(', ')} và "Chi bộ". ` +
        'Nếu tiêu đề khác, hãy chỉ rõ cột nào ứng với trường nào (dòng lệnh: --map "Tên cột=ngày vào đảng").',
    );
    return { ok: false, file: file.name, errors: issues.list(), warnings: issues.warnings };
  }
  if (tree.fromYear !== null)
    issues.warn(
      null,
      null,
      `Năm ${year} chưa có cơ cấu tổ chức; sẽ dùng cơ cấu của năm ${tree.fromYear} (sao chép sang năm ${year} khi ghi).`,
    );
  if (issues.ok && members.length === 0) issues.error(header.row, null, 'Không có đảng viên nào dưới dòng tiêu đề.');
  if (!issues.ok) return { ok: false, file: file.name, errors: issues.list(), warnings: issues.warnings };
  const columns = header.columns;

  report(0.7, 'Đang tính số liệu của các chi bộ');
  const derived = deriveFigures(members, year);
  const names = new Map(listIndicators(db).map((i) => [i.code, i.name]));
  // A year not started yet has neither figures nor members to compare with.
  // Read whole, once per indicator and kept for this data version: the check below reads the same columns.
  const none: ReadonlyMap<number, number> = new Map();
  const old = new Map(DERIVED_CODES.map((c) => [c, tree.fromYear === null ? indicatorValues(db, year, c) : none]));
  const before = tree.fromYear === null ? memberCountsByUnit(db, year) : new Map<number, number>();
  const units: UnitChange[] = [];
  let figuresChanged = 0;
  for (const [unitId, counts] of derived) {
    const u = matcher.tree.byId.get(unitId)!;
    const changes: UnitChange['changes'] = [];
    for (const code of DERIVED_CODES) {
      const was = old.get(code)!.get(unitId) ?? null;
      const after = counts.get(code) ?? 0;
      if (was !== after) changes.push({ indicator: code, indicatorName: names.get(code) ?? code, old: was, new: after });
    }
    figuresChanged += changes.length;
    units.push({
      unitId,
      code: u.code,
      name: u.name,
      membersBefore: before.get(unitId) ?? 0,
      membersAfter: counts.get('dang_vien') ?? 0,
      changes,
    });
  }
  // Only the figures that differ are written: the others already hold the value (a province has some 600.000).
  const writes = units.flatMap((u) => u.changes.map((ch) => ({ unitId: u.unitId, indicator: ch.indicator, value: ch.new })));
  // The counts come from the list, so they are right by construction; totals typed for the units above
  // may now disagree with them, and are said (figures/write.ts), the same way the figures import says it.
  const { findings } = checkFigureWrite(db, year, matcher.tree, writes, { stored: tree.fromYear === null });
  for (const f of findings) issues.warn(null, null, f.message, f.kind);
  const counts = {
    members: members.length,
    units: units.length,
    unitsChanged: units.filter((u) => u.changes.length > 0).length,
    figuresChanged,
  };
  if (opts.dryRun) {
    report(1, 'Xong');
    return {
      ok: true,
      applied: false,
      year,
      startedFromYear: tree.fromYear,
      counts,
      units,
      columns,
      warnings: issues.warnings,
      backup: null,
    };
  }
  const { backup } = commitFigures(db, dbPath, year, writes, {
    backup: 'truoc-nhap',
    fromYear: tree.fromYear,
    guard: opts.guard,
    onProgress: report,
    alsoWrite: () =>
      bulkWrite(db, year, ['member_person'], [], () =>
        replaceMembers(db, year, derived.keys(), members, (n) =>
          report(0.8 + (0.18 * n) / members.length, `Đã ghi ${formatInt(n)} đảng viên`),
        ),
      ),
  });
  report(1, `Đã ghi ${formatInt(members.length)} đảng viên của ${formatInt(units.length)} chi bộ`);
  return { ok: true, applied: true, year, startedFromYear: tree.fromYear, counts, units, columns, warnings: issues.warnings, backup };
}
