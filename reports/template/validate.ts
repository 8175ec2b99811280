/**
 * The one validator of templates, text or Word: every name checked against the catalog, every
 * problem reported at once with its line (or paragraph) and the nearest valid names — never the
 * whole list, which helps nobody find a typo.
 */
import type { DB } from '../../db/open.ts';
import { UserError } from '../../core/errors.ts';
import { listBreakdowns } from '../../stats/definitions.ts';
import { BLOCKS, breakdownBlock, CONDITIONS, FIELDS, LISTS } from '../catalog.ts';
import { parseTemplate, type ParsedTemplate, type Reference, type TemplateProblem } from './parse.ts';

/** Every block name valid in this database: the fixed blocks and one table per breakdown. */
export function blockNames(db: DB): string[] {
  return [...BLOCKS.map((b) => b.name), ...listBreakdowns(db).map((d) => breakdownBlock(d.id))];
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

/** Folds what people type by mistake: diacritics, case, spaces and underscores for hyphens. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** Up to three valid names close to `name`: by edit distance on the folded text, or containing it. */
export function nearest(name: string, valid: string[]): string[] {
  const n = fold(name);
  return valid
    .map((v) => {
      const fv = fold(v);
      const d = distance(n, fv);
      const contains = n.length >= 3 && (fv.includes(n) || n.includes(fv));
      return { v, score: contains ? Math.min(d, 1) + 0.5 : d };
    })
    .filter((x) => x.score <= Math.max(2, Math.floor(n.length / 3)))
    .sort((a, b) => a.score - b.score || a.v.localeCompare(b.v))
    .slice(0, 3)
    .map((x) => x.v);
}

function hint(name: string, valid: string[], wrap: (s: string) => string, where: string): string {
  const near = nearest(name, valid);
  return near.length > 0
    ? ` Có phải ${near.map((v) => `"${wrap(v)}"`).join(' hoặc ')}?`
    : ` Xem danh mục ${where} ở màn hình Mẫu văn bản hoặc "tochuc templates --catalog".`;
}

function checkReference(r: Reference, blocks: string[]): string | null {
  if (r.kind === 'field') {
    const dot = r.name.indexOf('.');
    if (dot < 0) {
      return FIELDS.some((f) => f.name === r.name)
        ? null
        : `không có trường "{{${r.name}}}".${hint(
            r.name,
            FIELDS.map((f) => f.name),
            (v) => `{{${v}}}`,
            'trường',
          )}`;
    }
    const list = r.name.slice(0, dot);
    const item = r.name.slice(dot + 1);
    const entry = LISTS.find((x) => x.name === list);
    if (!entry)
      return `không có danh sách "${list}" cho trường "{{${r.name}}}".${hint(
        list,
        LISTS.map((x) => x.name),
        (v) => `{{${v}.…}}`,
        'danh sách',
      )}`;
    if (r.loop !== list) return `trường "{{${r.name}}}" chỉ dùng bên trong {% lap ${list} %} … {% het-lap %}.`;
    if (!Object.hasOwn(entry.items, item))
      return `danh sách "${list}" không có trường "${item}".${hint(item, Object.keys(entry.items), (v) => `{{${list}.${v}}}`, 'trường')}`;
    return null;
  }
  if (r.kind === 'block') {
    return blocks.includes(r.name) ? null : `không có khối "[[${r.name}]]".${hint(r.name, blocks, (v) => `[[${v}]]`, 'khối')}`;
  }
  if (r.kind === 'list') {
    return LISTS.some((x) => x.name === r.name)
      ? null
      : `không có danh sách "${r.name}" để lặp.${hint(
          r.name,
          LISTS.map((x) => x.name),
          (v) => `{% lap ${v} %}`,
          'danh sách',
        )}`;
  }
  return CONDITIONS.some((c) => c.name === r.name)
    ? null
    : `không có điều kiện "${r.name}".${hint(
        r.name,
        CONDITIONS.map((c) => c.name),
        (v) => `{% neu ${v} %}`,
        'điều kiện',
      )}`;
}

/** Problems of a parsed template's names, added to the problems its parsing found, in line order. */
export function checkParsed(db: DB, parsed: ParsedTemplate, problems: TemplateProblem[]): TemplateProblem[] {
  const blocks = blockNames(db);
  const out = [...problems];
  for (const r of parsed.references) {
    const message = checkReference(r, blocks);
    if (message) out.push({ line: r.line, message });
  }
  return out.sort((a, b) => a.line - b.line);
}

export function checkTemplate(
  db: DB,
  body: string,
  opts: { word?: boolean } = {},
): { parsed: ParsedTemplate; problems: TemplateProblem[] } {
  const { parsed, problems } = parseTemplate(body, opts);
  return { parsed, problems: checkParsed(db, parsed, problems) };
}

/** "Dòng 3: …" for a text template, "Đoạn 3: …" for one written in Word. */
export function problemsText(problems: TemplateProblem[], unit: 'Dòng' | 'Đoạn' = 'Dòng'): string {
  // Line 0: the page header or footer of a Word template.
  return problems.map((p) => `- ${p.line === 0 ? 'Đầu trang, chân trang' : `${unit} ${p.line}`}: ${p.message}`).join('\n');
}

export function templateError(where: string, problems: TemplateProblem[], unit: 'Dòng' | 'Đoạn' = 'Dòng'): UserError {
  return new UserError(`Mẫu "${where}" có ${problems.length} lỗi:\n${problemsText(problems, unit)}`, 'invalid-template', { problems });
}

/** Throws one UserError listing every problem, line by line. */
export function assertValidTemplate(db: DB, body: string, where: string): ParsedTemplate {
  const { parsed, problems } = checkTemplate(db, body);
  if (problems.length > 0) throw templateError(where, problems);
  return parsed;
}
