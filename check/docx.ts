/** A .docx draft: read its text for checking, and write a copy where only the wrong numbers are changed. */
import JSZip from 'jszip';
import { UserError } from '../core/errors.ts';
import { applyFixes, checkText, fixesOf } from './check.ts';
import type { Facts } from './database.ts';
import { patchRuns, readRuns, type RunText } from './docx-xml.ts';
import { normalizeWithMap, sourceSpan, type MappedText } from './text.ts';
import type { CheckResult, Fix } from './types.ts';

const DOCUMENT = 'word/document.xml';

/** The main part named by the package relationships (almost always word/document.xml). */
async function mainPart(zip: JSZip): Promise<string> {
  const rels = await zip.file('_rels/.rels')?.async('string');
  const m = rels && /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels);
  const target = m && /Target="\/?([^"]+)"/.exec(m[0]);
  return target ? target[1]! : DOCUMENT;
}

export interface DocxDraft {
  zip: JSZip;
  part: string;
  xml: string;
  runs: RunText;
  mapped: MappedText;
}

export async function readDocx(bytes: Uint8Array, name = 'tệp .docx'): Promise<DocxDraft> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new UserError(`Không mở được "${name}": đây không phải tệp Word .docx (${(e as Error).message}).`, 'unreadable');
  }
  const part = await mainPart(zip);
  const file = zip.file(part);
  if (!file) throw new UserError(`"${name}" không có phần nội dung văn bản (${part}); có thể đây không phải tệp Word .docx.`, 'unreadable');
  const xml = await file.async('string');
  const runs = readRuns(xml);
  return { zip, part, xml, runs, mapped: normalizeWithMap(runs.text) };
}

export function checkDocxDraft(draft: DocxDraft, facts?: Facts): CheckResult {
  return checkText(draft.mapped.text, facts);
}

export interface Corrected {
  bytes: Uint8Array;
  applied: Fix[];
  skipped: Fix[];
}

/** The corrected copy: every other part of the package is copied as it was. */
export async function correctDocx(draft: DocxDraft, result: CheckResult): Promise<Corrected> {
  const fixes = fixesOf(result.claims).map((f) => ({ ...sourceSpan(draft.mapped, f), text: f.text }));
  const patched = patchRuns(draft.xml, draft.runs, fixes);
  draft.zip.file(draft.part, patched.xml, { createFolders: false });
  const bytes = await draft.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, applied: patched.applied, skipped: patched.skipped };
}

/** Plain text drafts: the same check, the corrected text. */
export function correctText(result: CheckResult): { text: string; applied: Fix[] } {
  const fixes = fixesOf(result.claims);
  return { text: applyFixes(result.text, fixes), applied: fixes };
}
