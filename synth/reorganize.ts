/**
 * Changes between years, through org/operations as a user makes them: cells renamed, merged in
 * pairs, split, dissolved, moved and created; from 2025 on, communes consolidated (the 2025
 * reform that ended the district level merged communes too).
 */
import type { DB } from '../db/open.ts';
import type { Random } from '../demo/random.ts';
import { listUnits, type UnitRow } from '../db/units.ts';
import { createUnit, dissolveUnit, mergeUnits, moveUnit, renameUnit, splitUnit } from '../org/operations.ts';
import { cellName, nameKeys, placeName, unique } from './names.ts';
import { cellType } from './shape.ts';
import { drawTraits, type Traits } from './traits.ts';

export interface YearChanges {
  renamed: number;
  merged: number;
  split: number;
  dissolved: number;
  moved: number;
  created: number;
  consolidated: number;
}

const RATES = { rename: 0.005, merge: 0.006, split: 0.0015, dissolve: 0.001, move: 0.001, create: 0.004 };

export function reorganize(db: DB, year: number, rnd: Random, traits: Map<number, Traits>): YearChanges {
  const out: YearChanges = { renamed: 0, merged: 0, split: 0, dissolved: 0, moved: 0, created: 0, consolidated: 0 };
  const units = listUnits(db, year);
  const byId = new Map(units.map((u) => [u.id, u]));
  const cells = units.filter((u) => u.kind === 'cell');
  const touched = new Set<number>();
  // Names in use under each base organization (and among base organizations): new names must not repeat them.
  const baseOf = (u: UnitRow): number => {
    let x: UnitRow | undefined = u;
    while (x && x.kind !== 'baseCommittee' && x.kind !== 'baseCell' && x.parentId !== null) x = byId.get(x.parentId);
    return x?.id ?? 0;
  };
  const taken = new Map<number, Set<string>>();
  /** Key 0 holds the names of the base organizations themselves. */
  const namesIn = (baseId: number) => {
    let set = taken.get(baseId);
    if (!set) taken.set(baseId, (set = new Set()));
    return set;
  };
  const namesUnder = (u: UnitRow) => namesIn(u.kind === 'baseCommittee' || u.kind === 'baseCell' ? 0 : baseOf(u));
  for (const u of units) for (const key of nameKeys(u.name)) namesUnder(u).add(key);
  const pickCell = (ok: (u: UnitRow) => boolean): UnitRow | undefined => {
    for (let tries = 0; tries < 20; tries++) {
      const u = rnd.pick(cells);
      if (!touched.has(u.id) && byId.has(u.id) && ok(u)) return u;
    }
    return undefined;
  };
  const n = (rate: number) => Math.round(cells.length * rate);
  let serial = 0;
  const code = () => `T.N${year}.${String(++serial).padStart(4, '0')}`;

  for (let k = 0; k < n(RATES.rename); k++) {
    const u = pickCell(() => true);
    if (!u) continue;
    touched.add(u.id);
    renameUnit(
      db,
      year,
      u.id,
      unique(namesUnder(u), u.unitType === 'thon' ? `Chi bộ thôn ${placeName(rnd)}` : `${u.name} (đổi tên ${year})`),
    );
    out.renamed++;
  }
  // Villages and residential groups merge in pairs with a sibling, as small villages are joined.
  const siblings = new Map<number, UnitRow[]>();
  for (const c of cells)
    if (c.parentId !== null && (c.unitType === 'thon' || c.unitType === 'to-dan-pho')) {
      let l = siblings.get(c.parentId);
      if (!l) siblings.set(c.parentId, (l = []));
      l.push(c);
    }
  for (let k = 0; k < n(RATES.merge); k++) {
    const a = pickCell((u) => (siblings.get(u.parentId!)?.length ?? 0) > 3);
    if (!a) continue;
    const b = siblings.get(a.parentId!)!.find((s) => s.id !== a.id && !touched.has(s.id));
    if (!b) continue;
    touched.add(a.id).add(b.id);
    const id = mergeUnits(db, year, [a.id, b.id], {
      name: unique(namesUnder(a), `${a.name} - ${b.name.replace(/^Chi bộ (thôn|tổ dân phố) /, '')}`),
      code: code(),
    });
    const ta = traits.get(a.id)!,
      tb = traits.get(b.id)!;
    traits.set(id, { ...ta, weight: ta.weight + tb.weight });
    out.merged++;
  }
  for (let k = 0; k < n(RATES.split); k++) {
    const u = pickCell((x) => (traits.get(x.id)?.weight ?? 0) > 30);
    if (!u) continue;
    touched.add(u.id);
    const ids = splitUnit(db, year, u.id, [
      { name: unique(namesUnder(u), `${u.name} A`), code: code() },
      { name: unique(namesUnder(u), `${u.name} B`), code: code() },
    ]);
    const t = traits.get(u.id)!;
    for (const id of ids) traits.set(id, { ...t, weight: t.weight / 2 });
    out.split++;
  }
  for (let k = 0; k < n(RATES.dissolve); k++) {
    const u = pickCell((x) => x.sector === 'doanh-nghiep');
    if (!u) continue;
    touched.add(u.id);
    dissolveUnit(db, year, u.id);
    out.dissolved++;
  }
  // Cells move between a committee and its partial committees.
  for (let k = 0; k < n(RATES.move); k++) {
    const u = pickCell((x) => byId.get(x.parentId!)?.kind === 'subCommittee');
    if (!u) continue;
    touched.add(u.id);
    moveUnit(db, year, u.id, byId.get(u.parentId!)!.parentId!);
    out.moved++;
  }
  const committees = units.filter((u) => u.kind === 'baseCommittee');
  for (let k = 0; k < n(RATES.create) && committees.length > 0; k++) {
    const p = rnd.pick(committees);
    const type = cellType(rnd, p.sector ?? '', false);
    const id = createUnit(db, year, {
      code: code(),
      name: unique(namesIn(p.id), cellName(rnd, type, 100 + k)),
      kind: 'cell',
      parentId: p.id,
      sector: p.sector,
      unitType: type,
    });
    traits.set(id, drawTraits(rnd, type, traits.get(p.id) ?? { minority: 0, religion: 0 }));
    out.created++;
  }
  if (year >= 2025) out.consolidated = consolidateCommunes(db, year, rnd, committees, namesIn);
  return out;
}

/** A fifth of the communes join a neighbour: their cells move over, the emptied committee is dissolved, the other renamed. */
function consolidateCommunes(db: DB, year: number, rnd: Random, committees: UnitRow[], namesIn: (baseId: number) => Set<string>): number {
  const communes = committees.filter((u) => u.sector === 'xa-thi-tran');
  const children = new Map<number, UnitRow[]>();
  for (const u of listUnits(db, year))
    if (u.parentId !== null) {
      let l = children.get(u.parentId);
      if (!l) children.set(u.parentId, (l = []));
      l.push(u);
    }
  let done = 0;
  for (let i = 0; i + 1 < communes.length && done < Math.round(communes.length * 0.1); i += 2) {
    if (!rnd.chance(0.2)) continue;
    const keep = communes[i]!,
      gone = communes[i + 1]!;
    // Cells keep their names unless the other commune has one of the same name.
    const place = gone.name.replace(/^Đảng bộ xã /, '');
    for (const c of children.get(gone.id) ?? []) {
      moveUnit(db, year, c.id, keep.id);
      if (nameKeys(c.name).some((key) => namesIn(keep.id).has(key)))
        renameUnit(db, year, c.id, unique(namesIn(keep.id), `${c.name} (${place})`));
      else for (const key of nameKeys(c.name)) namesIn(keep.id).add(key);
    }
    dissolveUnit(db, year, gone.id);
    renameUnit(db, year, keep.id, unique(namesIn(0), `Đảng bộ xã ${placeName(rnd)} (hợp nhất ${year})`));
    done++;
  }
  return done;
}
