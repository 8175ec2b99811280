/** Saving a template checks every name against the catalog: an error names the line and lists valid names. */
import type { DB } from '../../db/open.ts';
import { UserError } from '../../core/errors.ts';
import { listBreakdowns } from '../../stats/definitions.ts';
import { BLOCKS, breakdownBlock, FIELD_NAMES, FIELDS } from '../catalog.ts';
import { parseTemplate, type ParsedTemplate, type TemplateProblem } from './parse.ts';

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

function suggestion(name: string, valid: string[]): string {
  const best = valid.map((v) => ({ v, d: distance(name, v) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(name.length / 4)) ? ` Có phải "${best.v}"?` : '';
}

export function checkTemplate(db: DB, body: string): { parsed: ParsedTemplate; problems: TemplateProblem[] } {
  const { parsed, problems } = parseTemplate(body);
  const fieldNames = FIELDS.map((f) => f.name);
  for (const [name, line] of parsed.fields) {
    if (!FIELD_NAMES.has(name)) {
      problems.push({ line, message: `không có trường "{{${name}}}".${suggestion(name, fieldNames)} Các trường hợp lệ: ${fieldNames.join(', ')}.` });
    }
  }
  const blocks = blockNames(db);
  for (const [name, line] of parsed.blocks) {
    if (!blocks.includes(name)) {
      problems.push({ line, message: `không có khối "[[${name}]]".${suggestion(name, blocks)} Các khối hợp lệ: ${blocks.join(', ')}.` });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { parsed, problems };
}

/** Throws one UserError listing every problem, line by line. */
export function assertValidTemplate(db: DB, body: string, where: string): ParsedTemplate {
  const { parsed, problems } = checkTemplate(db, body);
  if (problems.length > 0) {
    throw new UserError(
      `Mẫu "${where}" có ${problems.length} lỗi:\n${problems.map((p) => `- Dòng ${p.line}: ${p.message}`).join('\n')}`,
      'invalid-template',
      { problems },
    );
  }
  return parsed;
}
