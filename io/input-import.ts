/**
 * The year's input workbook (template-xlsx) read back: whichever of its sheets are present —
 * "Số liệu …", "Xếp loại", "Cấp ủy viên" — checked together and written together, all or nothing
 * across sheets. A workbook or CSV with none of these names is read as a figures sheet, as before.
 */
import type { DB } from '../db/open.ts';
import { committeeEntries, deleteCommitteeMember, insertCommitteeMember, updateCommitteeMember } from '../db/committee.ts';
import type { Entry, EntryFields } from '../org/committee-entry.ts';
import { memberCountsOf, writeRatings } from '../org/rating-entry.ts';
import { unitRatingsWithScores } from '../db/ratings.ts';
import { foldForSearch } from '../format/vi.ts';
import { commitFigures } from '../figures/write.ts';
import { Issues } from './issues.ts';
import { readTable, type OnProgress, type Table } from './table.ts';
import { yearTree } from './year-tree.ts';
import { planFigures, type FiguresPlan } from './figures-import.ts';
import { planRatings, RATINGS_SHEET, type RatingsPlan } from './ratings-sheet.ts';
import { COMMITTEE_SHEET, planCommittee, type CommitteePlan } from './committee-sheet.ts';
import type { LoadedFile } from './source.ts';

// The result's shape is the contract's (import-result.schema.ts).
export type { FiguresImportResult } from './import-result.schema.ts';
import type { FiguresImportResult } from './import-result.schema.ts';

const fold = (name: string) => foldForSearch(name);
const isFigures = (folded: string) => /^so lieu\b/.test(folded);
const isRatings = (folded: string) => folded === fold(RATINGS_SHEET);
const isCommittee = (folded: string) => folded === fold(COMMITTEE_SHEET);

/**
 * Each sheet by its name (the reader picks the sheet it is asked for, io/xlsx-reader.ts); a workbook with
 * none of the names, or a CSV, is one figures sheet, as before the workbook had three.
 */
async function sheetsOf(file: LoadedFile, report: OnProgress) {
  const read = (expected: (folded: string) => boolean) => readTable(file, (_f, text) => report(0.2, text), { expected });
  const figures = await read(isFigures);
  if (figures.kind === 'csv') {
    const f = fold(figures.sheet);
    return {
      figures: isRatings(f) || isCommittee(f) ? undefined : figures,
      ratings: isRatings(f) ? figures : undefined,
      committee: isCommittee(f) ? figures : undefined,
    };
  }
  const ratings = await read(isRatings);
  const committee = await read(isCommittee);
  const named = (t: Table, test: (folded: string) => boolean) => (test(fold(t.sheet)) ? t : undefined);
  const found = { figures: named(figures, isFigures), ratings: named(ratings, isRatings), committee: named(committee, isCommittee) };
  // No sheet named for its role: the first visible sheet holds the figures.
  if (!found.figures && !found.ratings && !found.committee) found.figures = figures;
  return found;
}

/** A ratings change is a unit whose level or score differs, or a cell whose counts differ. */
function ratingChanges(db: DB, year: number, fromYear: number | null, p: RatingsPlan): number {
  if (fromYear !== null) return p.units.length + p.members.length;
  const before = new Map(unitRatingsWithScores(db, year).map((r) => [r.unitId, r]));
  const counts = memberCountsOf(db, year);
  let n = 0;
  for (const u of p.units) {
    const b = before.get(u.unitId);
    if (!b || b.level !== u.level || (b.scoreCenti ?? null) !== u.scoreCenti) n++;
  }
  for (const m of p.members) {
    const b = counts.get(m.unitId);
    if (!b || b.htxs !== m.htxs || b.htt !== m.htt || b.ht !== m.ht || b.khtnv !== m.khtnv || b.unrated !== m.unrated) n++;
  }
  return n;
}

const SHEET_FIELDS = ['role', 'gender', 'birthYear', 'ethnicity', 'education', 'professional', 'theory', 'trained'] as const;
/** An optional column and the stored fields it sets. */
const OPTIONAL_FIELDS = {
  rating: ['ratingScale', 'ratingLevel'],
  villageHead: ['villageHead'],
  frontHead: ['frontHead'],
  managesEnterprise: ['managesEnterprise'],
} as const;

/**
 * What the committee sheet does to the stored members: a person is matched by name within the unit
 * and keeps what the sheet does not carry (concurrent roles, rating); members not listed are removed.
 */
function committeeOps(db: DB, year: number, fromYear: number | null, p: CommitteePlan) {
  const ops: {
    insert: (EntryFields & { unitId: number; ratingScale: string | null; ratingLevel: string | null })[];
    update: Entry[];
    remove: number[];
  } = { insert: [], update: [], remove: [] };
  const fields = [...SHEET_FIELDS, ...[...p.present].flatMap((f) => OPTIONAL_FIELDS[f])] as (keyof Entry)[];
  // The year's members read once and their names folded once: per unit, it was 23.000 queries and
  // a fold per pair compared at province scale.
  const storedByUnit = new Map<number, { entry: Entry; name: string }[]>();
  for (const e of fromYear === null ? committeeEntries(db, year) : []) {
    let list = storedByUnit.get(e.unitId);
    if (!list) storedByUnit.set(e.unitId, (list = []));
    list.push({ entry: e, name: foldForSearch(e.fullName) });
  }
  for (const [unitId, list] of p.byUnit) {
    const folded = storedByUnit.get(unitId) ?? [];
    const stored = folded.map((f) => f.entry);
    const used = new Set<number>();
    for (const { row: _row, ...m } of list) {
      const name = foldForSearch(m.fullName);
      const same = folded.find((s) => !used.has(s.entry.id) && s.name === name)?.entry;
      if (!same) {
        ops.insert.push({ ...m, unitId });
        continue;
      }
      used.add(same.id);
      if (fields.some((f) => same[f] !== (m as unknown as Entry)[f]) || same.fullName !== m.fullName) {
        ops.update.push({
          ...same,
          fullName: m.fullName,
          ...Object.fromEntries(fields.map((f) => [f, (m as unknown as Entry)[f]])),
        } as Entry);
      }
    }
    for (const s of stored) if (!used.has(s.id)) ops.remove.push(s.id);
  }
  return ops;
}

export async function importFigures(
  db: DB,
  dbPath: string,
  file: LoadedFile,
  year: number,
  opts: { dryRun: boolean; onProgress?: OnProgress; guard?: () => void },
): Promise<FiguresImportResult> {
  const report = opts.onProgress ?? (() => {});
  const sheets = await sheetsOf(file, report);
  report(0.5, 'Đang kiểm tra số liệu');
  const read = [sheets.figures, sheets.ratings, sheets.committee].filter((t): t is Table => t !== undefined);
  const general = new Issues(read[0]!.sheet);
  // The reader's note "the other sheets were not read" holds for one sheet, not for the workbook read whole.
  if (read.length > 1) for (const t of read) t.sheetNote = null;
  // "Số liệu 2019" imported as 2020 is a slip of the year, not figures of 2020.
  const sheetYear = sheets.figures && isFigures(fold(sheets.figures.sheet)) ? /(\d{4})\s*$/.exec(sheets.figures.sheet) : null;
  if (sheetYear && Number(sheetYear[1]) !== year) {
    general.error(
      null,
      null,
      `Trang "${sheets.figures!.sheet}" là số liệu năm ${sheetYear[1]}, nhưng đang nhập vào năm ${year}. Hãy chọn đúng năm hoặc dùng mẫu của năm ${year}.`,
    );
  }
  const tree = yearTree(db, year);
  if (tree.fromYear !== null)
    general.warn(
      null,
      null,
      `Năm ${year} chưa có cơ cấu tổ chức; sẽ dùng cơ cấu của năm ${tree.fromYear} (sao chép sang năm ${year} khi ghi).`,
    );
  const figures: FiguresPlan | null = sheets.figures ? planFigures(db, sheets.figures, year, tree) : null;
  // Members to check rating counts against: what the figures sheet would leave, else what is stored.
  const ratings: RatingsPlan | null = sheets.ratings
    ? planRatings(
        db,
        sheets.ratings,
        year,
        tree,
        figures && figures.issues.ok ? figures.members : tree.fromYear !== null ? new Map() : undefined,
      )
    : null;
  const committee: CommitteePlan | null = sheets.committee ? planCommittee(db, sheets.committee, year, tree) : null;
  const all = [general, figures?.issues, ratings?.issues, committee?.issues].filter((x): x is Issues => x !== undefined);
  const errors = all.flatMap((i) => i.list());
  const warnings = all.flatMap((i) => i.warnings);
  if (errors.length) return { ok: false, file: file.name, errors, warnings };

  const changes = figures?.changes ?? [];
  const counts = figures?.counts ?? { rows: 0, values: 0, changed: 0, unchanged: 0 };
  const ratingsChanged = ratings ? ratingChanges(db, year, tree.fromYear, ratings) : 0;
  const committeeMembers = committee ? [...committee.byUnit.values()].reduce((s, l) => s + l.length, 0) : 0;
  const cOps = committee ? committeeOps(db, year, tree.fromYear, committee) : { insert: [], update: [], remove: [] };
  const committeeChanged = cOps.insert.length + cOps.update.length + cOps.remove.length;
  const base = {
    ok: true as const,
    year,
    startedFromYear: tree.fromYear,
    changes,
    counts,
    warnings,
    sheets: read.map((t) => t.sheet),
    ratings: ratings ? { units: ratings.units.length, cells: ratings.members.length, changed: ratingsChanged } : null,
    committee: committee ? { members: committeeMembers, units: committee.byUnit.size, changed: committeeChanged } : null,
  };
  const nothing = changes.length === 0 && ratingsChanged === 0 && committeeChanged === 0;
  if (opts.dryRun || nothing) {
    report(1, 'Xong');
    return { ...base, applied: false, backup: null };
  }
  const { backup } = commitFigures(
    db,
    dbPath,
    year,
    changes.map((c) => ({ unitId: c.unitId, indicator: c.indicator, value: c.new })),
    {
      backup: 'truoc-nhap',
      fromYear: tree.fromYear,
      guard: opts.guard,
      onProgress: report,
      alsoWrite: () => {
        if (ratings) writeRatings(db, year, ratings.units, ratings.members);
        for (const id of cOps.remove) deleteCommitteeMember(db, id);
        for (const m of cOps.update) updateCommitteeMember(db, m);
        for (const m of cOps.insert) insertCommitteeMember(db, { ...m, year });
      },
    },
  );
  report(1, 'Đã ghi');
  return { ...base, applied: true, backup };
}
