/** Statistics through the API (as the screens call them) against one hand-written SQL query each. */
import { dispatch, isMethod } from '../../api/dispatch.ts';
import * as base from '../../db/baselines.ts';
import { budgetFor, type Key } from '../budgets.ts';
import { formatMs, timePair, timeRuns } from '../measure.ts';
import { clearCaches } from '../../db/cache.ts';
import type { Row } from '../row.ts';
import type { Scale } from './context.ts';

export async function statsRows(s: Scale, opts: { spans?: number[]; screens?: boolean } = {}): Promise<Row[]> {
  const db = s.ctx.session.db;
  const rows: Row[] = [];
  const prov = s.kind === 'province';
  // Statistics, comparisons, targets and checks: each run of the app is the first call after an edit
  // of the current year (one cell's member figure of the last year, written on the same connection
  // as a user's edit is), so past years' results and what the edit does not touch stay cached, as
  // in a session (db/cache.ts: caches per year). The baseline is the same hand-written SQL as
  // before; the note keeps the figure with every cache empty and the call repeated on unchanged data.
  // The other screens' rows start with every cache empty.
  const figure = base.editOneFigure(db, s.last);
  const row = async (
    key: Key,
    name: string,
    fn: () => unknown,
    baseline: string,
    baseFn: () => unknown,
    note?: string,
    afterEdit = false,
  ) => {
    const empty = () => {
      clearCaches(db);
      return fn();
    };
    const [value, baselineValue] = await timePair(s.runs, afterEdit ? fn : empty, baseFn, 1, afterEdit ? figure.edit : undefined);
    if (afterEdit) figure.undo();
    const cold = afterEdit ? await timeRuns(s.runs, empty) : null;
    const warm = await timeRuns(s.runs, fn);
    const warmNote = [
      ...(cold === null
        ? []
        : [
            `số đo là lần gọi đầu tiên sau khi sửa 1 số đảng viên của 1 chi bộ năm ${s.last} (các năm khác và phần không bị sửa vẫn trong bộ đệm)`,
            `mọi bộ đệm trống: ${formatMs(cold)}`,
          ]),
      `lặp lại trên dữ liệu không đổi (bộ đệm): ${formatMs(warm)}`,
    ].join('; ');
    rows.push({
      key,
      scale: s.label,
      name,
      value,
      unit: 'ms',
      baseline,
      baselineValue,
      ...budgetFor(key, s.factor),
      runs: s.runs,
      note: note ? `${note} ${warmNote}.` : `${warmNote}.`,
    });
  };

  // The baseline must count what the API counts, or the ratio means nothing.
  const api = await dispatch(s.ctx, 'stats.breakdown', { year: s.last });
  const sql = base.cellGroupsBaseline(db, [s.last]);
  const sqlMembers = sql.reduce((a, r) => a + r.members, 0);
  if (api.total.members !== sqlMembers) throw new Error(`Mốc SQL (${sqlMembers}) khác API (${api.total.members}) ở phân tổ năm ${s.last}`);

  await row(
    'breakdown',
    `Phân tổ năm ${s.last} (stats.breakdown)`,
    () => dispatch(s.ctx, 'stats.breakdown', { year: s.last }),
    '1 câu SQL GROUP BY',
    () => base.cellGroupsBaseline(db, [s.last]),
    undefined,
    true,
  );
  const spans = opts.spans ?? (prov ? [5, 10] : [s.years.length]);
  for (const n of spans.filter((n) => n >= 2 && n <= s.years.length)) {
    const ys = s.years.slice(-n);
    await row(
      n === 10 ? 'compare10' : 'compare5',
      `So sánh ${n} năm (stats.compare)`,
      () => dispatch(s.ctx, 'stats.compare', { years: ys }),
      '1 câu SQL GROUP BY năm',
      () => base.cellGroupsBaseline(db, ys),
      undefined,
      true,
    );
  }
  if (isMethod('targets.evaluate')) {
    await row(
      'targets',
      `Đánh giá chỉ tiêu đề án năm ${s.last} (targets.evaluate)`,
      () => dispatch(s.ctx, 'targets.evaluate', { year: s.last }),
      '1 câu SQL theo phạm vi',
      () => base.targetsBaseline(db, s.last),
      'API trả 50 chi bộ / cấp ủy viên chưa đạt đầu tiên của mỗi chỉ tiêu và tổng số (phần còn lại: targets.failing theo trang); mốc SQL chỉ đếm.',
      true,
    );
  } else {
    rows.push({
      key: 'targets',
      scale: s.label,
      name: 'Đánh giá chỉ tiêu đề án (targets.evaluate)',
      value: null,
      unit: 'ms',
      baseline: '',
      baselineValue: null,
      runs: 0,
    });
  }
  await row(
    'checks',
    `Kiểm tra số liệu năm (checks.year)`,
    () => dispatch(s.ctx, 'checks.year', { year: s.last }),
    '1 câu SQL cha ≠ tổng con',
    () => base.checksBaseline(db, s.last),
    undefined,
    true,
  );
  await row(
    'grid',
    `Màn hình Số liệu (figures.grid)`,
    () => dispatch(s.ctx, 'figures.grid', { year: s.last }),
    '1 câu SQL số liệu',
    () => base.gridBaseline(db, s.last),
  );
  if (opts.screens === false) return rows;
  // The other screens' data: budget at district scale, shown for information at province scale.
  await row(
    'units',
    `Màn hình Tổ chức (units.list)`,
    () => dispatch(s.ctx, 'units.list', { year: s.last }),
    '1 câu SQL các đơn vị',
    () => base.unitsBaseline(db, s.last),
  );
  await row(
    'headline',
    `Màn hình Tổng quan (overview.headline)`,
    () => dispatch(s.ctx, 'overview.headline', { year: s.last }),
    '1 câu SQL theo loại',
    () => base.headlineBaseline(db, s.last),
  );
  return rows;
}
