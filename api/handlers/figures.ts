import { parseCount } from '../../io/values.ts';
import type { Handlers } from '../handler.ts';
import type { figuresContract } from '../contract/figures.ts';
import { insertIndicator, listIndicators, setFigure } from '../../db/figures.ts';
import { listUnits } from '../../db/units.ts';
import { yearMatrix } from '../../stats/year-matrix.ts';
import { figureWindow } from '../../stats/figure-window.ts';
import { UserError } from '../../core/errors.ts';

export const figuresHandlers: Handlers<typeof figuresContract> = {
  'indicators.list': (_i, { session }) => listIndicators(session.db),
  'indicators.create': (i, { session }) => {
    const all = listIndicators(session.db);
    if (all.some((x) => x.code === i.code)) throw new UserError(`Mã chỉ tiêu "${i.code}" đã có.`, 'exists');
    if (i.partOf && !all.some((x) => x.code === i.partOf)) throw new UserError(`Không có chỉ tiêu "${i.partOf}".`, 'not-found');
    insertIndicator(session.db, i);
    return listIndicators(session.db).find((x) => x.code === i.code)!;
  },
  'figures.grid': ({ year, offset, limit, filter, around }, { session }) => {
    // The screen asks for the rows in view; exports and scripts may still take the whole year at once.
    if (limit !== undefined || filter || around !== undefined) {
      return { year, ...figureWindow(session.db, year, { offset, limit: limit ?? 100, filter, around }) };
    }
    const { tree, indicators, rows, entered, sums } = yearMatrix(session.db, year);
    const k = indicators.length;
    return {
      year,
      indicators,
      total: rows.length,
      offset: 0,
      at: null,
      rows: rows.map(({ unit, depth }, i) => {
        const leaf = tree.isLeaf(unit.id);
        const values: (number | null)[] = new Array(k);
        const totals: (number | null)[] = new Array(k);
        for (let j = 0; j < k; j++) {
          const v = entered[i * k + j]!;
          values[j] = Number.isNaN(v) ? null : v;
          totals[j] = leaf ? null : sums[i * k + j]!;
        }
        return { unitId: unit.id, code: unit.code, name: unit.name, kind: unit.kind, depth, leaf, values, sums: totals };
      }),
    };
  },
  'figures.set': ({ year, changes }, { session }) => {
    const db = session.db;
    const units = new Map(listUnits(db, year).map((u) => [u.id, u]));
    const codes = new Set(listIndicators(db).map((i) => i.code));
    const errors: string[] = [];
    changes.forEach((c, n) => {
      const where = `Dòng ${n + 1}`;
      const u = units.get(c.unitId);
      if (!u) errors.push(`${where}: đơn vị #${c.unitId} không có trong năm ${year}.`);
      if (!codes.has(c.indicator)) errors.push(`${where}: không có chỉ tiêu "${c.indicator}".`);
      // The grid and the imports read counts with this same rule.
      const p = c.value === null ? null : parseCount(c.value);
      if (p && !p.ok) errors.push(`${where}${u ? ` (${u.name})` : ''}: ${p.reason}`);
    });
    if (errors.length) throw new UserError(errors.slice(0, 20).join('\n'), 'invalid-figures', { errors });
    db.transaction(() => {
      for (const c of changes) setFigure(db, year, c.unitId, c.indicator, c.value);
    })();
    return { changed: changes.length };
  },
};
