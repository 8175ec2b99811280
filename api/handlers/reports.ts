import type { Handlers } from '../handler.ts';
import type { reportsContract } from '../contract/reports.ts';
import { listDocuments, templateVersions, type TemplateRow } from '../../db/reports.ts';
import { getSettings } from '../../settings/store.ts';
import { BLOCKS, breakdownBlock, CONDITIONS, DIRECTIVES, FIELDS, LISTS } from '../../reports/catalog.ts';
import { KINDS, REPORT_KINDS } from '../../reports/kinds.ts';
import { suggestNumber } from '../../reports/numbering.ts';
import { parseTemplate } from '../../reports/template/parse.ts';
import { checkTemplate } from '../../reports/template/validate.ts';
import { exportTemplate, importTemplate, listTemplates, loadTemplate, restoreBuiltin, saveTemplate } from '../../reports/template/store.ts';
import { listBreakdowns } from '../../stats/definitions.ts';

const entry = (e: { name: string; description: string }) => ({ name: e.name, description: e.description });
/** A stored template as the contract shows it: whether it is a Word template, not its bytes. */
const info = ({ docx, ...t }: TemplateRow) => ({ ...t, word: docx !== null });

/** docx, chart.js and the canvas take most of a second to load: only the calls that write a document pay for it. */
const writer = () => import('../../reports/generate.ts');

export const reportsHandlers: Handlers<typeof reportsContract> = {
  'reports.kinds': () => REPORT_KINDS.map((k) => KINDS[k]),
  'reports.catalog': (_i, { session }) => {
    const tables = listBreakdowns(session.db).map((d) => ({ name: breakdownBlock(d.id), description: `Bảng phân tổ: ${d.name}` }));
    return {
      fields: FIELDS.map(entry),
      blocks: [...BLOCKS.map(entry), ...tables],
      directives: Object.entries(DIRECTIVES).map(([name, description]) => ({ name: `@${name}`, description })),
      conditions: CONDITIONS.map(entry),
      lists: LISTS.map((l) => ({ ...entry(l), items: Object.entries(l.items).map(([name, description]) => ({ name, description })) })),
    };
  },
  'reports.suggestNumber': (i, { session }) => {
    const t = loadTemplate(session.db, i.template ?? i.kind);
    // A Word template's body holds its paragraphs as lines: its @ky-hieu reads the same way.
    const code = parseTemplate(t.body, { word: t.docx !== null }).parsed.directives.code ?? KINDS[i.kind].code;
    return suggestNumber(session.db, getSettings(session.db), code, i.date);
  },
  'reports.generate': async ({ jobId, ...input }, { session, progress }) => {
    const { generateReport } = await writer();
    const r = await generateReport(session.db, input, (done, text) => progress(jobId, done, text));
    return {
      base64: r.bytes.toString('base64'),
      fileName: r.fileName,
      number: r.number,
      seq: r.seq,
      date: r.date,
      documentId: r.documentId,
      sha256: r.sha256,
      size: r.bytes.length,
      templateCode: r.templateCode,
      templateVersion: r.templateVersion,
      term: r.term,
      warnings: r.warnings,
    };
  },
  'reports.history': (i, { session }) => listDocuments(session.db, i.limit),
  'reports.regenerate': async (i, { session }) => {
    const { regenerateDocument } = await writer();
    const r = await regenerateDocument(session.db, i.id);
    return { base64: r.bytes.toString('base64'), fileName: r.fileName, identical: r.identical, sha256: r.sha256 };
  },
  'templates.list': (_i, { session }) => listTemplates(session.db).map(({ body: _b, docx, ...info }) => ({ ...info, word: docx !== null })),
  'templates.get': (i, { session }) => {
    const { docx, ...t } = loadTemplate(session.db, i.code, i.version);
    return { ...t, word: docx !== null, versions: templateVersions(session.db, i.code) };
  },
  'templates.check': (i, { session }) => ({ problems: checkTemplate(session.db, i.body).problems }),
  'templates.save': (i, { session }) => info(saveTemplate(session.db, i)),
  'templates.restore': (i, { session }) => info(restoreBuiltin(session.db, i.code)),
  'templates.export': (i, { session }) => exportTemplate(session.db, i.code, i.version, i.format),
  'templates.import': (i, { session }) => info(importTemplate(session.db, i.text, i.code, i.kind)),
  'templates.importWord': async (i, { session }) => {
    const { importWordTemplate } = await import('../../reports/template/store.ts');
    return info(await importWordTemplate(session.db, Buffer.from(i.base64, 'base64'), i));
  },
};
