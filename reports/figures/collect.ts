/** Computes only the sources a template needs, and merges them into one Figures record. */
import type { DB } from '../../db/open.ts';
import { getSettings } from '../../settings/store.ts';
import type { Settings } from '../../settings/schema.ts';
import { ratingRuleFor } from '../../org/ratings.ts';
import { upper } from '../text.ts';
import { listBreakdowns } from '../../stats/definitions.ts';
import { BLOCKS, CONDITIONS, FIELDS, LISTS, type Source } from '../catalog.ts';
import type { ParsedTemplate } from '../template/parse.ts';
import type { FigureRequest, Figures, Findings } from '../model.ts';
import { compareFigures } from './compare.ts';
import { ratingsFigures } from './ratings.ts';
import { structureFigures } from './structure.ts';
import { targetsFigures } from './targets.ts';

const SOURCE_OF = new Map<string, Source>([...FIELDS, ...BLOCKS].map((e) => [e.name, e.source]));
const LIST_SOURCE = new Map<string, Source>(LISTS.map((e) => [e.name, e.source]));
const CONDITION_SOURCE = new Map<string, Source>(CONDITIONS.map((e) => [e.name, e.source]));

/** Which sources a template reads, and the breakdown tables it names. */
/** `explicit`: the sources the template names itself, before the ones its findings read. */
export function sourcesOf(db: DB, t: ParsedTemplate): { sources: Set<Source>; breakdowns: string[]; explicit: Set<Source> } {
  const sources = new Set<Source>();
  const ids = new Set(listBreakdowns(db).map((d) => d.id));
  const breakdowns: string[] = [];
  for (const r of t.references) {
    const s = r.kind === 'list' ? LIST_SOURCE.get(r.name) : r.kind === 'condition' ? CONDITION_SOURCE.get(r.name) : SOURCE_OF.get(r.name);
    if (s) sources.add(s);
    else if (r.kind === 'block' && r.name.startsWith('bang:') && ids.has(r.name.slice(5)) && !breakdowns.includes(r.name.slice(5))) {
      sources.add('structure');
      breakdowns.push(r.name.slice(5));
    }
  }
  const explicit = new Set(sources);
  // Sentences drawn from the figures read all of them.
  if (sources.has('insights')) for (const s of ['structure', 'compare', 'ratings', 'targets'] as const) sources.add(s);
  return { sources, breakdowns, explicit };
}

/** "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI" → "Đảng bộ thành phố Hà Nội": the place's words keep their capitals. */
export function bodyName(upperName: string): string {
  const words = upperName.trim().toLocaleLowerCase('vi').split(/\s+/);
  const cap = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
  const lead = words[0] === 'đảng' && words[1] === 'bộ' ? 2 : 0;
  const kind = words[lead] === 'thành' && words[lead + 1] === 'phố' ? 2 : words[lead] === 'tỉnh' ? 1 : 0;
  return words.map((w, i) => (i === 0 ? cap(w) : i < lead + kind ? w : cap(w))).join(' ');
}

/**
 * The superior committee as a sentence names it, from the superior body in settings: "Thành ủy"
 * for a district of a city (the seed's wording), "Tỉnh ủy" under a province. A commune names a
 * city's committee by its full name, so its documents never borrow a district's words.
 */
export function superiorShortName(s: Settings): string {
  if (s.level === 'tinh') return 'Trung ương';
  const body = upper(s.superiorBody);
  if (body.includes('TỈNH')) return 'Tỉnh ủy';
  if (body.includes('THÀNH PHỐ')) return s.level === 'huyen' ? 'Thành ủy' : bodyName(s.superiorBody);
  return 'cấp ủy cấp trên';
}

/** A blank the drafter fills, visible as such in the document. */
const blank = (what: string) => `[${what}]`;

function general(db: DB, req: FigureRequest): Record<string, string> {
  const s = getSettings(db);
  const superior = superiorShortName(s);
  const m = req.meeting ?? {};
  return {
    nam: String(req.year),
    'nam-so-sanh': req.compareYears.join(', '),
    'nam-truoc': req.compareYears.length > 0 ? String(req.compareYears[req.compareYears.length - 1]) : '',
    'ten-dang-bo': s.committeeName,
    noi: s.place,
    'nhiem-ky': req.term ?? s.term.name,
    'cap-uy': s.shortName,
    'co-quan-tham-muu': s.advisoryBody,
    'cap-uy-cap-tren': superior,
    'ban-to-chuc-cap-tren': superior === 'cấp ủy cấp trên' ? 'cơ quan tổ chức cấp trên' : `Ban Tổ chức ${superior}`,
    'quy-dinh-xep-loai': ratingRuleFor(req.year).citation,
    'hoi-nghi-ngay': m.date?.trim() ? m.date.trim() : blank('ngày họp'),
    'hoi-nghi-dia-diem': m.place?.trim() ? m.place.trim() : blank('địa điểm họp'),
    'chu-tri': m.chair?.trim() ? m.chair.trim() : blank('đồng chí chủ trì'),
    'thanh-phan': m.attendees?.trim() ? m.attendees.trim() : blank('thành phần dự họp'),
  };
}

export function collectFigures(db: DB, req: FigureRequest, t: ParsedTemplate, onStep?: (text: string) => void): Figures {
  const { sources, breakdowns } = sourcesOf(db, t);
  const parts: Figures[] = [{ values: general(db, req), tables: {}, charts: {} }];
  if (sources.has('structure') || breakdowns.length > 0) {
    onStep?.('Đang tính cơ cấu tổ chức, đảng viên…');
    parts.push(structureFigures(db, req, breakdowns));
  }
  if (sources.has('compare') && req.compareYears.length > 0) {
    onStep?.('Đang so sánh các năm…');
    parts.push(compareFigures(db, req));
  }
  if (sources.has('ratings')) {
    onStep?.('Đang tổng hợp xếp loại…');
    parts.push(ratingsFigures(db, req));
  }
  if (sources.has('targets')) {
    onStep?.('Đang đánh giá chỉ tiêu…');
    parts.push(targetsFigures(db, req));
  }
  const out: Figures = { values: {}, tables: {}, charts: {}, lists: {}, flags: { 'co-nam-truoc': req.compareYears.length > 0 } };
  for (const p of parts) {
    Object.assign(out.values, p.values);
    Object.assign(out.tables, p.tables);
    Object.assign(out.charts, p.charts);
    Object.assign(out.lists!, p.lists ?? {});
    Object.assign(out.flags!, p.flags ?? {});
  }
  if (sources.has('insights')) {
    const all = parts.map((p) => p.findings).filter((x) => x !== undefined);
    const items = (pick: (f: Findings) => string[]) => all.flatMap(pick).map((text) => ({ 'noi-dung': text }));
    out.lists!['uu-diem'] = items((f) => f.strengths);
    out.lists!['han-che'] = items((f) => f.shortcomings);
    out.lists!['giai-phap'] = items((f) => f.remedies);
    out.flags!['co-uu-diem'] = out.lists!['uu-diem'].length > 0;
    out.flags!['co-han-che'] = out.lists!['han-che'].length > 0;
  }
  return out;
}
