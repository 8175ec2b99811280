/**
 * Templates are text an office worker edits: "# I- …" and "## 1- …" headings, paragraphs with
 * {{fields}}, [[blocks]] on a line of their own, and "@key: value" lines for the document's
 * metadata. Nothing runs: a template can only name what the catalog holds.
 */
import { cleanLines, cleanText } from '../text.ts';
import { DIRECTIVES } from '../catalog.ts';

export type TemplateLine =
  | { type: 'heading'; level: 1 | 2 | 3; text: string; line: number }
  | { type: 'paragraph'; text: string; line: number }
  | { type: 'block'; name: string; line: number };

export interface Directives { title?: string; code?: string; about?: string; recipients: string[] }

export interface ParsedTemplate {
  directives: Directives;
  lines: TemplateLine[];
  /** Every field named, with the first line naming it. */
  fields: Map<string, number>;
  blocks: Map<string, number>;
}

export interface TemplateProblem { line: number; message: string }

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;
const BLOCK = /^\[\[\s*([^[\]]+?)\s*\]\]$/;
const DIRECTIVE = /^@([a-z-]+)\s*:\s*(.*)$/;

export function parseTemplate(body: string): { parsed: ParsedTemplate; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  const parsed: ParsedTemplate = { directives: { recipients: [] }, lines: [], fields: new Map(), blocks: new Map() };
  const noteFields = (text: string, line: number) => {
    for (const m of text.matchAll(FIELD)) if (!parsed.fields.has(m[1]!)) parsed.fields.set(m[1]!, line);
    const rest = text.replace(FIELD, '');
    if (rest.includes('{{') || rest.includes('}}')) problems.push({ line, message: 'dấu {{ hoặc }} không khép đúng cặp.' });
  };
  cleanLines(body).split('\n').forEach((raw, i) => {
    const line = i + 1;
    const text = cleanText(raw).trim();
    if (!text) return;
    const d = DIRECTIVE.exec(text);
    if (d) {
      const [, key, value] = d as unknown as [string, string, string];
      if (!Object.hasOwn(DIRECTIVES, key)) {
        problems.push({ line, message: `không có mục "@${key}". Các mục hợp lệ: ${Object.keys(DIRECTIVES).map((k) => `@${k}`).join(', ')}.` });
        return;
      }
      noteFields(value, line);
      if (key === 'noi-nhan') parsed.directives.recipients.push(value);
      else if (key === 'tieu-de') parsed.directives.title = value;
      else if (key === 'ky-hieu') parsed.directives.code = value;
      else parsed.directives.about = value;
      return;
    }
    const b = BLOCK.exec(text);
    if (b) {
      parsed.lines.push({ type: 'block', name: b[1]!, line });
      if (!parsed.blocks.has(b[1]!)) parsed.blocks.set(b[1]!, line);
      return;
    }
    if (text.includes('[[') || text.includes(']]')) {
      problems.push({ line, message: 'khối [[…]] phải đứng riêng một dòng.' });
      return;
    }
    const h = /^(#{1,3})\s+(.*)$/.exec(text);
    if (h) {
      noteFields(h[2]!, line);
      parsed.lines.push({ type: 'heading', level: h[1]!.length as 1 | 2 | 3, text: h[2]!, line });
      return;
    }
    noteFields(text, line);
    parsed.lines.push({ type: 'paragraph', text, line });
  });
  return { parsed, problems };
}

/** Replaces each {{field}} with its value; validation has made sure every name has one. */
export function fillFields(text: string, values: Record<string, string>): string {
  return text.replace(FIELD, (_m, name: string) => values[name] ?? '');
}
