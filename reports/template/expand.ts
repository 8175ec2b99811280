/** A parsed template and a year's figures → the lines of the document: loops repeated, conditions decided, fields filled. */
import type { Figures } from '../model.ts';
import { fillFields, type Span, type TemplateLine, type TemplateNode } from './parse.ts';

function fillSpans(spans: Span[], values: Record<string, string>): Span[] {
  return spans.map((s) => ({ ...s, text: fillFields(s.text, values) }));
}

export function expandNodes(nodes: TemplateNode[], figures: Figures, values: Record<string, string> = figures.values): TemplateLine[] {
  const out: TemplateLine[] = [];
  for (const n of nodes) {
    if (n.type === 'loop') {
      for (const item of figures.lists?.[n.list] ?? []) {
        const scoped = { ...values };
        for (const [k, v] of Object.entries(item)) scoped[`${n.list}.${k}`] = v;
        out.push(...expandNodes(n.body, figures, scoped));
      }
    } else if (n.type === 'if') {
      const holds = (figures.flags?.[n.condition] ?? false) !== n.negate;
      out.push(...expandNodes(holds ? n.then : n.otherwise, figures, values));
    } else if (n.type === 'block') {
      out.push(n);
    } else {
      out.push({ ...n, spans: fillSpans(n.spans, values) });
    }
  }
  return out;
}

/** The plain text of a line's spans. */
export const spanText = (spans: Span[]) => spans.map((s) => s.text).join('');
