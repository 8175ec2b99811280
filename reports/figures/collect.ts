/** Computes only the sources a template needs, and merges them into one Figures record. */
import type { DB } from '../../db/open.ts';
import { getSettings } from '../../settings/store.ts';
import { listBreakdowns } from '../../stats/definitions.ts';
import { BLOCKS, FIELDS, type Source } from '../catalog.ts';
import type { ParsedTemplate } from '../template/parse.ts';
import type { FigureRequest, Figures } from '../model.ts';
import { compareFigures } from './compare.ts';
import { ratingsFigures } from './ratings.ts';
import { structureFigures } from './structure.ts';
import { targetsFigures } from './targets.ts';

const SOURCE_OF = new Map<string, Source>([...FIELDS, ...BLOCKS].map((e) => [e.name, e.source]));

/** Which sources a template reads, and the breakdown tables it names. */
export function sourcesOf(db: DB, t: ParsedTemplate): { sources: Set<Source>; breakdowns: string[] } {
  const sources = new Set<Source>();
  const ids = new Set(listBreakdowns(db).map((d) => d.id));
  const breakdowns: string[] = [];
  for (const name of [...t.fields.keys(), ...t.blocks.keys()]) {
    const s = SOURCE_OF.get(name);
    if (s) sources.add(s);
    else if (name.startsWith('bang:') && ids.has(name.slice(5))) {
      sources.add('structure');
      breakdowns.push(name.slice(5));
    }
  }
  return { sources, breakdowns };
}

function general(db: DB, req: FigureRequest): Record<string, string> {
  const s = getSettings(db);
  return {
    nam: String(req.year),
    'nam-so-sanh': req.compareYears.join(', '),
    'nam-truoc': req.compareYears.length > 0 ? String(req.compareYears[req.compareYears.length - 1]) : '',
    'ten-dang-bo': s.committeeName,
    noi: s.place,
    'nhiem-ky': s.term.name,
  };
}

export function collectFigures(db: DB, req: FigureRequest, t: ParsedTemplate, onStep?: (text: string) => void): Figures {
  const { sources, breakdowns } = sourcesOf(db, t);
  const parts: Figures[] = [{ values: general(db, req), tables: {}, charts: {} }];
  if (sources.has('structure') || breakdowns.length > 0) { onStep?.('Đang tính cơ cấu tổ chức, đảng viên…'); parts.push(structureFigures(db, req, breakdowns)); }
  if (sources.has('compare')) { onStep?.('Đang so sánh các năm…'); parts.push(compareFigures(db, req)); }
  if (sources.has('ratings')) { onStep?.('Đang tổng hợp xếp loại…'); parts.push(ratingsFigures(db, req)); }
  if (sources.has('targets')) { onStep?.('Đang đánh giá chỉ tiêu…'); parts.push(targetsFigures(db, req)); }
  const out: Figures = { values: {}, tables: {}, charts: {} };
  for (const p of parts) {
    Object.assign(out.values, p.values);
    Object.assign(out.tables, p.tables);
    Object.assign(out.charts, p.charts);
  }
  return out;
}
