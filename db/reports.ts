/** Report templates (with versions) and the record of exported documents. */
import type { DB } from './open.ts';

export interface TemplateRow {
  code: string;
  version: number;
  kind: string;
  name: string;
  body: string;
  builtin: boolean;
  savedAt: string;
  /** The .docx of a template authored in Word; null for a text template. */
  docx: Buffer | null;
}

type RawTemplate = Omit<TemplateRow, 'builtin'> & { builtin: number };
const TEMPLATE_COLS = 'code, version, kind, name, body, builtin, saved_at AS savedAt, docx';
const toTemplate = (r: RawTemplate): TemplateRow => ({ ...r, builtin: r.builtin === 1, docx: r.docx ?? null });

/** The latest version of every template. */
export function latestTemplates(db: DB): TemplateRow[] {
  return (
    db
      .prepare(
        `SELECT ${TEMPLATE_COLS} FROM report_template t
         WHERE version = (SELECT max(version) FROM report_template WHERE code = t.code) ORDER BY kind, code`,
      )
      .all() as RawTemplate[]
  ).map(toTemplate);
}

export function getTemplate(db: DB, code: string, version?: number): TemplateRow | undefined {
  const r = (
    version === undefined
      ? db.prepare(`SELECT ${TEMPLATE_COLS} FROM report_template WHERE code = ? ORDER BY version DESC LIMIT 1`).get(code)
      : db.prepare(`SELECT ${TEMPLATE_COLS} FROM report_template WHERE code = ? AND version = ?`).get(code, version)
  ) as RawTemplate | undefined;
  return r && toTemplate(r);
}

export function templateVersions(db: DB, code: string): { version: number; savedAt: string; builtin: boolean }[] {
  return (
    db.prepare('SELECT version, saved_at AS savedAt, builtin FROM report_template WHERE code = ? ORDER BY version').all(code) as {
      version: number;
      savedAt: string;
      builtin: number;
    }[]
  ).map((r) => ({ ...r, builtin: r.builtin === 1 }));
}

/** Saves a new version (never overwrites one: documents refer to versions). */
export function insertTemplateVersion(db: DB, t: Omit<TemplateRow, 'version' | 'docx'> & { docx?: Buffer | null }): number {
  return db.transaction(() => {
    const next = (db.prepare('SELECT coalesce(max(version), 0) + 1 AS v FROM report_template WHERE code = ?').get(t.code) as { v: number })
      .v;
    db.prepare(
      'INSERT INTO report_template (code, version, kind, name, body, builtin, saved_at, docx) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(t.code, next, t.kind, t.name, t.body, t.builtin ? 1 : 0, t.savedAt, t.docx ?? null);
    return next;
  })();
}

export interface DocumentRow {
  id: number;
  kind: string;
  kindCode: string;
  term: string;
  seq: number;
  number: string;
  date: string;
  year: number;
  templateCode: string;
  templateVersion: number;
  inputs: string;
  figures: string;
  sha256: string;
  size: number;
  fileName: string;
  createdAt: string;
  /** The draft this document replaced (it took that draft's number). */
  replaces: number | null;
  /** The document that replaced this draft; null while this one holds its number. */
  replacedBy: number | null;
}

const DOC_COLS = `id, kind, kind_code AS kindCode, term, seq, number, date, year, template_code AS templateCode, template_version AS templateVersion,
  inputs, figures, sha256, size, file_name AS fileName, created_at AS createdAt, replaces, replaced_by AS replacedBy`;

/** Records a document; when it replaces a draft, marks the draft in the same transaction so the number passes to it. */
export function insertDocument(db: DB, d: Omit<DocumentRow, 'id' | 'replacedBy'>): number {
  return db.transaction(() => {
    // The draft lets go of its number before the new document takes it (the unique index is checked per row);
    // replaced_by's reference is deferred to the commit, when the new row exists.
    const id = (db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM report_document').get() as { id: number }).id;
    if (d.replaces !== null) db.prepare('UPDATE report_document SET replaced_by = ? WHERE id = ?').run(id, d.replaces);
    db.prepare(
      `INSERT INTO report_document (id, kind, kind_code, term, seq, number, date, year, template_code, template_version, inputs, figures, sha256, size, file_name, created_at, replaces)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      d.kind,
      d.kindCode,
      d.term,
      d.seq,
      d.number,
      d.date,
      d.year,
      d.templateCode,
      d.templateVersion,
      d.inputs,
      d.figures,
      d.sha256,
      d.size,
      d.fileName,
      d.createdAt,
      d.replaces,
    );
    return id;
  })();
}

/** The document holding a number in a term now, if any. */
export function numberHolder(
  db: DB,
  kindCode: string,
  term: string,
  seq: number,
): Pick<DocumentRow, 'id' | 'date' | 'kind' | 'number'> | undefined {
  return db
    .prepare('SELECT id, date, kind, number FROM report_document WHERE kind_code = ? AND term = ? AND seq = ? AND replaced_by IS NULL')
    .get(kindCode, term, seq) as Pick<DocumentRow, 'id' | 'date' | 'kind' | 'number'> | undefined;
}

export function getDocument(db: DB, id: number): DocumentRow | undefined {
  return db.prepare(`SELECT ${DOC_COLS} FROM report_document WHERE id = ?`).get(id) as DocumentRow | undefined;
}

/** Without the bulky JSON: the history list. */
export function listDocuments(db: DB, limit = 200): Omit<DocumentRow, 'inputs' | 'figures'>[] {
  return db
    .prepare(
      `SELECT id, kind, kind_code AS kindCode, term, seq, number, date, year, template_code AS templateCode, template_version AS templateVersion,
              sha256, size, file_name AS fileName, created_at AS createdAt, replaces, replaced_by AS replacedBy
       FROM report_document ORDER BY id DESC LIMIT ?`,
    )
    .all(limit) as Omit<DocumentRow, 'inputs' | 'figures'>[];
}

export function maxSeq(db: DB, kindCode: string, term: string): number {
  return (
    db.prepare('SELECT coalesce(max(seq), 0) AS s FROM report_document WHERE kind_code = ? AND term = ?').get(kindCode, term) as {
      s: number;
    }
  ).s;
}
