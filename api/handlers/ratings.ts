import type { Handlers } from '../handler.ts';
import type { ratingsContract } from '../contract/ratings.ts';
import { RatingChecker, ratingsView, writeRatings, type CheckedRatings } from '../../org/rating-entry.ts';
import { UserError } from '../../core/errors.ts';

export const ratingsHandlers: Handlers<typeof ratingsContract> = {
  'ratings.list': ({ year }, { session }) => ratingsView(session.db, year),
  'ratings.set': ({ year, units, members }, { session }) => {
    const db = session.db;
    const check = new RatingChecker(db, year);
    if (check.tree.units.length === 0) throw new UserError(`Năm ${year} chưa có cơ cấu tổ chức.`, 'year-empty');
    const out: CheckedRatings['units'] = [];
    const seen = new Set<number>();
    units.forEach((r, n) => {
      const at = { row: n + 1, column: null };
      const u = check.unit(r.unitId, at);
      if (!u) return;
      if (seen.has(u.id)) { check.errors.push({ ...at, message: `${u.name} có hai dòng xếp loại.` }); return; }
      seen.add(u.id);
      const v = check.unitRating(u, r.level, r.score ?? null, at);
      if (v) out.push({ unitId: u.id, ...v });
    });
    const seenCells = new Set<number>();
    members.forEach((m, n) => {
      const at = { row: n + 1, column: null };
      const u = check.unit(m.unitId, at);
      if (!u) return;
      if (seenCells.has(u.id)) { check.errors.push({ ...at, message: `${u.name} có hai dòng số đảng viên theo mức xếp loại.` }); return; }
      seenCells.add(u.id);
      check.memberCounts(u, m, at);
    });
    if (check.errors.length) {
      const lines = check.errors.slice(0, 20).map((e) => `Dòng ${e.row}: ${e.message}`);
      throw new UserError(`Chưa ghi xếp loại năm ${year}:\n${lines.join('\n')}`, 'invalid-ratings', { errors: check.errors });
    }
    writeRatings(db, year, out, members);
    return { units: out.length, members: members.length, warnings: check.warnings.map((w) => w.message) };
  },
};
