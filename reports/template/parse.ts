/**
 * The template language, one for text templates and for templates written in Word (where each
 * paragraph is a line):
 *
 * - "# I- …", "## 1- …", "### a) …" headings; other lines are paragraphs; "- …" a list item;
 * - {{field}} anywhere in a line; **in đậm** and *in nghiêng* inside a line (\* for an asterisk);
 * - [[block]] alone on its line: a table, a chart, a page break;
 * - {% lap nhom %} … {% het-lap %}: the lines between, once per item; {{nhom.ten}} inside;
 * - {% neu co-chi-tieu-chua-dat %} … {% con-lai %} … {% het-neu %}, and {% neu khong … %};
 * - "@key: value" lines for the document's metadata (in Word, a paragraph each).
 *
 * Nothing runs: a template can only name what the catalog holds, and anything else that looks
 * like markup is an error rather than text printed as it is.
 */
import { cleanLines, cleanText } from '../text.ts';
import { DIRECTIVES } from '../catalog.ts';

/** A piece of a line with its emphasis; fields are still {{…}} in it until the document is filled. */
export interface Span {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

export type TemplateLine =
  | { type: 'heading'; level: 1 | 2 | 3; spans: Span[]; line: number }
  | { type: 'paragraph'; spans: Span[]; line: number; list?: boolean }
  | { type: 'block'; name: string; line: number };

export type TemplateNode =
  | TemplateLine
  | { type: 'loop'; list: string; body: TemplateNode[]; line: number }
  | { type: 'if'; condition: string; negate: boolean; then: TemplateNode[]; otherwise: TemplateNode[]; line: number };

export interface Directives {
  title?: string;
  code?: string;
  about?: string;
  recipients: string[];
}

/** A name the template uses, where, and inside which loop: what the validator checks against the catalog. */
export interface Reference {
  kind: 'field' | 'block' | 'list' | 'condition';
  name: string;
  line: number;
  loop: string | null;
}

export interface ParsedTemplate {
  directives: Directives;
  nodes: TemplateNode[];
  references: Reference[];
  /** Every field named, with the first line naming it (item fields as "nhom.ten"). */
  fields: Map<string, number>;
  blocks: Map<string, number>;
}

export interface TemplateProblem {
  line: number;
  message: string;
}

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;
const BLOCK = /^\[\[\s*([^[\]]+?)\s*\]\]$/;
const DIRECTIVE = /^@([a-z-]+)\s*:\s*(.*)$/;
const TAG = /^\{%\s*(.*?)\s*%\}$/;

/** Splits **đậm** and *nghiêng* into spans; reports a mark left open. */
export function parseSpans(text: string, onProblem: (message: string) => void): Span[] {
  const spans: Span[] = [];
  let bold = false;
  let italics = false;
  let buf = '';
  const flush = () => {
    if (buf) spans.push({ text: buf, ...(bold ? { bold: true } : {}), ...(italics ? { italics: true } : {}) });
    buf = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === '*') {
      buf += '*';
      i++;
      continue;
    }
    if (c === '*' && text[i + 1] === '*') {
      flush();
      bold = !bold;
      i++;
      continue;
    }
    if (c === '*') {
      flush();
      italics = !italics;
      continue;
    }
    buf += c;
  }
  flush();
  if (bold) onProblem('dấu ** (in đậm) mở mà không đóng; viết **chữ in đậm**, hoặc \\* cho dấu sao.');
  if (italics) onProblem('dấu * (in nghiêng) mở mà không đóng; viết *chữ in nghiêng*, hoặc \\* cho dấu sao.');
  return spans;
}

interface Frame {
  node: TemplateNode | null;
  children: TemplateNode[];
  line: number;
  loop: string | null;
  inElse?: boolean;
}

/**
 * `word`: the lines are the paragraphs of a Word document, whose headings, emphasis and lists are
 * Word's own: only fields, blocks, commands and @ lines (a paragraph each, left out of the document) are read.
 */
export function parseTemplate(body: string, opts: { word?: boolean } = {}): { parsed: ParsedTemplate; problems: TemplateProblem[] } {
  const word = opts.word ?? false;
  const problems: TemplateProblem[] = [];
  const parsed: ParsedTemplate = { directives: { recipients: [] }, nodes: [], references: [], fields: new Map(), blocks: new Map() };
  const stack: Frame[] = [{ node: null, children: parsed.nodes, line: 0, loop: null }];
  const top = () => stack[stack.length - 1]!;
  const ref = (kind: Reference['kind'], name: string, line: number) => {
    parsed.references.push({ kind, name, line, loop: top().loop });
    if (kind === 'field' && !parsed.fields.has(name)) parsed.fields.set(name, line);
    if (kind === 'block' && !parsed.blocks.has(name)) parsed.blocks.set(name, line);
  };
  const noteFields = (text: string, line: number) => {
    for (const m of text.matchAll(FIELD)) ref('field', m[1]!, line);
    const rest = text.replace(FIELD, '');
    if (rest.includes('{{') || rest.includes('}}'))
      problems.push({ line, message: 'dấu {{ hoặc }} không khép đúng cặp; trường viết {{ten-truong}}.' });
    if (rest.includes('{%') || rest.includes('%}')) problems.push({ line, message: 'lệnh {% … %} phải đứng riêng một dòng (một đoạn).' });
  };
  const spans = (text: string, line: number) => parseSpans(text, (message) => problems.push({ line, message }));

  cleanLines(body)
    .split('\n')
    .forEach((raw, i) => {
      const line = i + 1;
      const text = cleanText(raw).trim();
      if (!text) return;
      const tag = TAG.exec(text);
      if (tag) return command(tag[1]!, line);
      const d = DIRECTIVE.exec(text);
      if (d) {
        const [, key, value] = d as unknown as [string, string, string];
        if (!Object.hasOwn(DIRECTIVES, key)) {
          problems.push({
            line,
            message: `không có mục "@${key}". Các mục hợp lệ: ${Object.keys(DIRECTIVES)
              .map((k) => `@${k}`)
              .join(', ')}.`,
          });
          return;
        }
        if (stack.length > 1) problems.push({ line, message: `mục "@${key}" không đặt trong {% lap %} hay {% neu %}.` });
        noteFields(value, line);
        if (key === 'noi-nhan') parsed.directives.recipients.push(value);
        else if (key === 'tieu-de') parsed.directives.title = value;
        else if (key === 'ky-hieu') parsed.directives.code = value;
        else parsed.directives.about = value;
        return;
      }
      const b = BLOCK.exec(text);
      if (b) {
        ref('block', b[1]!, line);
        top().children.push({ type: 'block', name: b[1]!, line });
        return;
      }
      if (text.includes('[[') || text.includes(']]')) {
        problems.push({ line, message: 'khối [[…]] phải đứng riêng một dòng (một đoạn).' });
        return;
      }
      if (word) {
        noteFields(text, line);
        top().children.push({ type: 'paragraph', spans: [{ text }], line });
        return;
      }
      const h = /^(#+)\s*(.*)$/.exec(text);
      if (h) {
        if (h[1]!.length > 3) {
          problems.push({ line, message: `tiêu đề chỉ có 3 cấp (#, ##, ###); "${h[1]}" không có.` });
          return;
        }
        noteFields(h[2]!, line);
        top().children.push({ type: 'heading', level: h[1]!.length as 1 | 2 | 3, spans: spans(h[2]!, line), line });
        return;
      }
      const item = /^[-–]\s+(.*)$/.exec(text);
      noteFields(text, line);
      if (item) top().children.push({ type: 'paragraph', spans: spans(item[1]!, line), line, list: true });
      else top().children.push({ type: 'paragraph', spans: spans(text, line), line });
    });
  for (const f of stack.slice(1).reverse()) {
    problems.push({
      line: f.line,
      message: f.node?.type === 'loop' ? `{% lap ${f.node.list} %} thiếu {% het-lap %}.` : '{% neu … %} thiếu {% het-neu %}.',
    });
  }
  return { parsed, problems };

  function command(cmd: string, line: number): void {
    const words = cmd.split(/\s+/);
    const [head] = words;
    if (head === 'lap' && words.length === 2) {
      ref('list', words[1]!, line);
      const node: TemplateNode = { type: 'loop', list: words[1]!, body: [], line };
      top().children.push(node);
      stack.push({ node, children: node.body, line, loop: words[1]! });
    } else if (head === 'neu' && (words.length === 2 || (words.length === 3 && words[1] === 'khong'))) {
      const condition = words[words.length - 1]!;
      ref('condition', condition, line);
      const node: TemplateNode = { type: 'if', condition, negate: words.length === 3, then: [], otherwise: [], line };
      top().children.push(node);
      stack.push({ node, children: node.then, line, loop: top().loop });
    } else if (head === 'con-lai' && words.length === 1) {
      const f = top();
      if (f.node?.type !== 'if' || f.inElse)
        problems.push({ line, message: '{% con-lai %} chỉ dùng một lần, giữa {% neu … %} và {% het-neu %}.' });
      else {
        f.inElse = true;
        f.children = f.node.otherwise;
      }
    } else if ((head === 'het-lap' || head === 'het-neu') && words.length === 1) {
      const f = top();
      const want = head === 'het-lap' ? 'loop' : 'if';
      if (f.node?.type !== want) {
        problems.push({
          line,
          message: `{% ${head} %} không khớp: ${f.node ? (f.node.type === 'loop' ? `đang mở {% lap ${f.node.list} %} (dòng ${f.line}), cần {% het-lap %}` : `đang mở {% neu %} (dòng ${f.line}), cần {% het-neu %}`) : 'không có lệnh nào đang mở'}.`,
        });
      } else stack.pop();
    } else {
      problems.push({
        line,
        message: `không có lệnh "{% ${cmd} %}". Các lệnh: {% lap ten-danh-sach %} … {% het-lap %}, {% neu dieu-kien %} / {% neu khong dieu-kien %} … {% con-lai %} … {% het-neu %}.`,
      });
    }
  }
}

/** Replaces each {{field}} with its value; validation has made sure every name has one. */
export function fillFields(text: string, values: Record<string, string>): string {
  return text.replace(FIELD, (_m, name: string) => values[name] ?? '');
}
