/**
 * A new committee's file from an old one (tochuc derive): the units that now form the committee,
 * with everything under them, and for every earlier year the cells that became them (through
 * lineage) with their committees as they were then — figures, ratings, committee members, member
 * lists, lineage. So a new commune's Ban Xây dựng Đảng has its history from the first day, and
 * comparing on today's basis in the new file gives what the old file gives for the same cells.
 */
import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { checkpoint, openDatabase, type DB } from '../db/open.ts';
import { findUnitIdByCode, listLineage, listUnits, listYears } from '../db/units.ts';
import { attachSource, copyPicked, copySettings, detachSource, fillPick, type Pick } from '../db/derive.ts';
import { UserError } from '../core/errors.ts';
import { OrgTree } from '../org/tree.ts';
import { CELL_KINDS } from '../org/catalog.ts';
import { successions, successorsIn } from '../stats/restate.ts';
import { updateSettings } from '../settings/store.ts';
import { profileForLevel } from '../settings/level.ts';
import type { Level } from '../settings/schema.ts';
import { normalizeText } from '../format/vi.ts';

export interface DeriveRequest {
  codes: string[];
  /** The new committee's full name: "Đảng bộ xã Quốc Oai". */
  as: string;
  level: Level;
  out: string;
}

export interface DeriveResult {
  out: string;
  years: number[];
  units: number;
  /** Rows copied per table. */
  rows: Record<string, number>;
}

function descendants(tree: OrgTree, ids: Iterable<number>): Set<number> {
  const out = new Set<number>();
  const walk = (id: number) => {
    if (out.has(id)) return;
    out.add(id);
    for (const c of tree.childrenOf(id)) walk(c.id);
  };
  for (const id of ids) if (tree.byId.has(id)) walk(id);
  return out;
}

/** Which units of each year the new file takes: with their data, or only as the frame above them. */
export function pickUnits(db: DB, codes: string[]): { picks: Pick[]; years: number[] } {
  if (codes.length === 0) throw new UserError('Cần ít nhất một mã đơn vị (--units).', 'usage');
  const years = listYears(db);
  const today = years[years.length - 1];
  if (today === undefined) throw new UserError('Tệp nguồn chưa có cơ cấu tổ chức năm nào.', 'year-empty');
  const todayTree = new OrgTree(listUnits(db, today));
  const named = codes.map((c) => {
    const id = findUnitIdByCode(db, c.trim());
    if (id === undefined) throw new UserError(`Không có đơn vị mã "${c.trim()}" trong tệp nguồn.`, 'not-found');
    if (!todayTree.byId.has(id))
      throw new UserError(`Đơn vị mã "${c.trim()}" không còn trong cơ cấu năm ${today}; hãy chọn các đơn vị hiện nay.`, 'not-found');
    return id;
  });
  const ours = descendants(todayTree, named);
  const events = successions(listLineage(db));
  const picks: Pick[] = [];
  const usedYears: number[] = [];
  for (const y of years) {
    const tree = y === today ? todayTree : new OrgTree(listUnits(db, y));
    // The named units as they were that year, and every cell that became part of them since.
    const take = descendants(tree, named);
    for (const u of tree.units) {
      if (!CELL_KINDS.includes(u.kind) || take.has(u.id)) continue;
      for (const s of successorsIn(events, todayTree, y, today, u.id))
        if (ours.has(s)) {
          take.add(u.id);
          break;
        }
    }
    if (take.size === 0) continue;
    usedYears.push(y);
    const frame = new Set<number>();
    for (const id of take)
      for (let p = tree.byId.get(id)!.parentId; p !== null && !take.has(p) && !frame.has(p); p = tree.byId.get(p)?.parentId ?? null)
        frame.add(p);
    for (const id of take) picks.push({ year: y, unitId: id, data: 1 });
    for (const id of frame) picks.push({ year: y, unitId: id, data: 0 });
  }
  return { picks, years: usedYears };
}

export function deriveFile(src: DB, srcPath: string, req: DeriveRequest): DeriveResult {
  if (existsSync(req.out)) throw new UserError(`Tệp "${basename(req.out)}" đã có; hãy chọn tên khác hoặc xóa tệp cũ.`, 'exists');
  const as = normalizeText(req.as);
  if (!as) throw new UserError('Cần tên đảng bộ của tệp mới (--as), ví dụ "Đảng bộ xã Quốc Oai".', 'usage');
  const { picks, years } = pickUnits(src, req.codes);
  checkpoint(src); // the attached copy must see every committed page
  const dst = openDatabase(req.out);
  try {
    let copied!: { units: number; rows: Record<string, number> };
    attachSource(dst, srcPath);
    dst.transaction(() => {
      fillPick(dst, picks);
      copied = copyPicked(dst);
      copySettings(dst);
    })();
    detachSource(dst);
    updateSettings(dst, profileForLevel(req.level, as));
    checkpoint(dst);
    dst.close();
    return { out: req.out, years, units: copied.units, rows: copied.rows };
  } catch (e) {
    dst.close();
    for (const f of [req.out, `${req.out}-wal`, `${req.out}-shm`]) rmSync(f, { force: true });
    throw e;
  }
}
