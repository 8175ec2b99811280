/**
 * Entering a year's ratings by hand or from a sheet: units' levels (with the 366-QĐ/TW score) and
 * each cell's members by level. One checker for the API and the import, so that both refuse the
 * same things with the same words; writing is all or nothing.
 */
import type { DB } from '../db/open.ts';
import { listUnits, type UnitRow } from '../db/units.ts';
import { indicatorValues } from '../db/figures.ts';
import {
  clearMemberRatings,
  memberRatings,
  memberUnrated,
  setMemberRating,
  setMemberUnrated,
  setUnitRating,
  setUnitScore,
  unitRatingsWithScores,
} from '../db/ratings.ts';
import { CELL_KINDS, KIND_LABELS } from './catalog.ts';
import { OrgTree } from './tree.ts';
import { levelForScore, levelName, memberScaleFor, ratingRuleFor, RATING_LEVELS, unitScaleFor } from './ratings.ts';
import { acceptedLevels, LEVEL_SHORT, parseLevel } from './rating-words.ts';
import { formatDecimal, formatInt } from '../format/vi.ts';

export const MEMBER_LEVELS = ['htxs', 'htt', 'ht', 'khtnv'] as const;
export interface MemberCounts {
  htxs: number;
  htt: number;
  ht: number;
  khtnv: number;
  unrated: number;
}

export interface UnitRatingInput {
  unitId: number;
  level: string | null;
  score?: number | null;
}
export interface MemberCountsInput extends MemberCounts {
  unitId: number;
}

/** Where an entry came from, so a message can point at it: a sheet row and column, or a line of a call. */
export interface Place {
  row: number | null;
  column: string | null;
}
export interface EntryProblem extends Place {
  message: string;
  /** Warnings only: fewer rated than members, or members not entered. */ kind?: 'short' | 'unchecked';
}

export interface CheckedRatings {
  units: { unitId: number; level: string | null; scoreCenti: number | null }[];
  members: MemberCountsInput[];
  errors: EntryProblem[];
  warnings: EntryProblem[];
}

/** 87,5 → 8750; refuses more than two decimals rather than rounding a score someone wrote. */
export function scoreToCenti(score: number): number | null {
  const centi = Math.round(score * 100);
  return Math.abs(centi - score * 100) < 1e-6 && centi >= 0 && centi <= 10000 ? centi : null;
}

export class RatingChecker {
  readonly tree: OrgTree;
  readonly scale: string;
  readonly memberScale: string;
  readonly scored: boolean;
  private readonly members: Map<number, number>;
  readonly errors: EntryProblem[] = [];
  readonly warnings: EntryProblem[] = [];

  /** `members` overrides the stored cell members (figures arriving in the same import). */
  readonly db: DB;
  readonly year: number;

  constructor(db: DB, year: number, units?: UnitRow[], members?: Map<number, number>) {
    this.db = db;
    this.year = year;
    this.tree = new OrgTree(units ?? listUnits(db, year));
    const rule = ratingRuleFor(year);
    this.scale = unitScaleFor(year);
    this.memberScale = memberScaleFor(year);
    this.scored = rule.scored;
    this.members = members ?? this.tree.rollup(indicatorValues(db, year, 'dang_vien'));
    if (!members) {
      // rollup counts a cell without figures as 0; keep "not entered" apart from "0 members".
      const entered = indicatorValues(db, year, 'dang_vien');
      for (const u of this.tree.units) if (this.tree.isLeaf(u.id) && !entered.has(u.id)) this.members.delete(u.id);
    }
  }

  private error(at: Place, message: string) {
    this.errors.push({ ...at, message });
  }

  unit(unitId: number, at: Place): UnitRow | undefined {
    const u = this.tree.byId.get(unitId);
    if (!u) this.error(at, `Đơn vị #${unitId} không có trong cơ cấu tổ chức năm ${this.year}.`);
    return u;
  }

  /** A unit's level (words of any kind) and score; returns what to store, or undefined when refused. */
  unitRating(
    u: UnitRow,
    levelText: string | null,
    score: number | null,
    at: Place,
    scoreAt: Place = at,
  ): { level: string | null; scoreCenti: number | null } | undefined {
    if (u.kind === 'committee') {
      this.error(
        at,
        `"${u.name}" là cấp ủy cấp trên cơ sở, không xếp loại trong tệp này; xếp loại các tổ chức cơ sở đảng, đảng bộ bộ phận và chi bộ.`,
      );
      return undefined;
    }
    let level: string | null = null;
    if (levelText !== null && levelText.trim() !== '') {
      level = parseLevel(levelText, this.scale) ?? null;
      if (level === null) {
        const other =
          this.scale !== 'hd27-2014' && parseLevel(levelText, 'hd27-2014') ? ` (mức "${levelText}" là của thang trước năm 2018)` : '';
        this.error(
          at,
          `${u.name}: không hiểu mức xếp loại "${levelText}"${other}. Năm ${this.year} dùng các mức: ${acceptedLevels(this.scale)}.`,
        );
        return undefined;
      }
    }
    let scoreCenti: number | null = null;
    if (score !== null) {
      scoreCenti = Number.isFinite(score) && score >= 0 && score <= 100 ? scoreToCenti(score) : null;
      if (scoreCenti === null) {
        this.error(
          scoreAt,
          `${u.name}: điểm "${String(score).replace('.', ',')}" không hợp lệ — điểm từ 0 đến 100, tối đa hai chữ số thập phân.`,
        );
        return undefined;
      }
      if (this.scored) {
        const byScore = levelForScore(scoreCenti);
        if (level === null) level = byScore;
        else if (level !== byScore) {
          this.error(
            at,
            `${u.name}: ${formatDecimal(scoreCenti / 100)} điểm ứng với mức "${levelName(this.scale, byScore)}" (${ratingRuleFor(this.year).citation}), không phải "${levelName(this.scale, level)}".`,
          );
          return undefined;
        }
      }
    }
    if (level === null && scoreCenti !== null) {
      this.error(at, `${u.name}: có điểm nhưng chưa có mức xếp loại.`);
      return undefined;
    }
    return { level, scoreCenti };
  }

  /** A cell's members by level: only cells, and no more than the cell's members. */
  memberCounts(u: UnitRow, c: MemberCounts, at: Place): boolean {
    if (!CELL_KINDS.includes(u.kind)) {
      this.error(
        at,
        `"${u.name}" là ${KIND_LABELS[u.kind].toLowerCase()}: số đảng viên theo mức xếp loại nhập cho từng chi bộ, không nhập cho đơn vị có chi bộ trực thuộc.`,
      );
      return false;
    }
    for (const k of [...MEMBER_LEVELS, 'unrated'] as const) {
      if (!Number.isInteger(c[k]) || c[k] < 0) {
        this.error(at, `${u.name}: số đảng viên "${c[k]}" không hợp lệ — phải là số nguyên không âm.`);
        return false;
      }
    }
    const sum = c.htxs + c.htt + c.ht + c.khtnv + c.unrated;
    const members = this.members.get(u.id);
    if (members === undefined) {
      this.warnings.push({
        ...at,
        kind: 'unchecked',
        message: `${u.name}: chưa có số đảng viên năm ${this.year} nên chưa đối chiếu được ${formatInt(sum)} đảng viên đã xếp loại.`,
      });
    } else if (sum > members) {
      this.error(
        at,
        `${u.name}: tổng số đảng viên theo mức xếp loại là ${formatInt(sum)}, nhiều hơn số đảng viên của chi bộ (${formatInt(members)}).`,
      );
      return false;
    } else if (sum < members) {
      this.warnings.push({
        ...at,
        kind: 'short',
        message: `${u.name}: mới xếp loại ${formatInt(sum)}/${formatInt(members)} đảng viên; ${formatInt(members - sum)} người chưa có trong các cột (ghi vào "ĐV chưa đánh giá" nếu miễn hoặc chưa đánh giá).`,
      });
    }
    return true;
  }
}

/** Writes checked ratings in one transaction: a unit's rating and score, a cell's counts replaced as a whole. */
export function writeRatings(db: DB, year: number, units: CheckedRatings['units'], members: MemberCountsInput[]): void {
  const scale = unitScaleFor(year);
  const memberScale = memberScaleFor(year);
  db.transaction(() => {
    for (const u of units) {
      setUnitRating(db, year, u.unitId, scale, u.level);
      if (u.level !== null) setUnitScore(db, year, u.unitId, u.scoreCenti);
    }
    for (const m of members) {
      clearMemberRatings(db, year, m.unitId);
      for (const l of MEMBER_LEVELS) setMemberRating(db, year, m.unitId, memberScale, l, m[l]);
      setMemberUnrated(db, year, m.unitId, m.unrated);
    }
  })();
}

/** A cell's member counts as stored, or null when none were entered. */
export function memberCountsOf(db: DB, year: number): Map<number, MemberCounts> {
  const out = new Map<number, MemberCounts>();
  const get = (id: number) => {
    let c = out.get(id);
    if (!c) out.set(id, (c = { htxs: 0, htt: 0, ht: 0, khtnv: 0, unrated: 0 }));
    return c;
  };
  for (const r of memberRatings(db, year))
    if ((MEMBER_LEVELS as readonly string[]).includes(r.level)) get(r.unitId)[r.level as (typeof MEMBER_LEVELS)[number]] += r.count;
  for (const r of memberUnrated(db, year)) get(r.unitId).unrated = r.count;
  return out;
}

/** The year's ratings as the entry screen lists them, in tree order. */
export function ratingsView(db: DB, year: number) {
  const tree = new OrgTree(listUnits(db, year));
  const scale = unitScaleFor(year);
  const memberScale = memberScaleFor(year);
  const rule = ratingRuleFor(year);
  const ratings = new Map(unitRatingsWithScores(db, year).map((r) => [r.unitId, r]));
  const entered = indicatorValues(db, year, 'dang_vien');
  const members = tree.rollup(entered);
  const counts = memberCountsOf(db, year);
  const levels = (s: string) => (RATING_LEVELS[s] ?? []).map((l) => ({ code: l.code, name: l.name, short: LEVEL_SHORT[l.code] ?? l.code }));
  return {
    year,
    scale,
    memberScale,
    citation: rule.citation,
    scored: rule.scored,
    levels: levels(scale),
    memberLevels: levels(memberScale),
    rows: tree.ordered().map(({ unit: u, depth }) => {
      const r = ratings.get(u.id);
      const isCell = CELL_KINDS.includes(u.kind);
      return {
        unitId: u.id,
        code: u.code,
        name: u.name,
        kind: u.kind,
        depth,
        parent: u.parentId === null ? null : (tree.byId.get(u.parentId)?.name ?? null),
        level: r?.level ?? null,
        score: r?.scoreCenti == null ? null : r.scoreCenti / 100,
        members: tree.isLeaf(u.id) && !entered.has(u.id) ? null : (members.get(u.id) ?? null),
        memberCounts: isCell ? (counts.get(u.id) ?? null) : null,
        isCell,
      };
    }),
  };
}
