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
}

type RawTemplate = Omit<TemplateRow, 'builtin'> & { builtin: number };
const TEMPLATE_COLS = 'code, version, kind, name, body, builtin, saved_at AS savedAt';
const toTemplate = (r: RawTemplate): TemplateRow => ({ ...r, builtin: r.builtin === 1 });

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
      version: number; savedAt: string; builtin: number;
    }[]
  ).map((r) => ({ ...r, builtin: r.builtin === 1 }));
}

/** Saves a new version (never overwrites one: documents refer to versions). */
export function insertTemplateVersion(db: DB, t: Omit<TemplateRow, 'version'>): number {
  return db.transaction(() => {
    const next = (db.prepare('SELECT coalesce(max(version), 0) + 1 AS v FROM report_template WHERE code = ?').get(t.code) as { v: number }).v;
    db.prepare('INSERT INTO report_template (code, version, kind, name, body, builtin, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      t.code, next, t.kind, t.name, t.body, t.builtin ? 1 : 0, t.savedAt,
    );
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
}

const DOC_COLS = `id, kind, kind_code AS kindCode, term, seq, number, date, year, template_code AS templateCode, template_version AS templateVersion,
  inputs, figures, sha256, size, file_name AS fileName, created_at AS createdAt`;

export function insertDocument(db: DB, d: Omit<DocumentRow, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO report_document (kind, kind_code, term, seq, number, date, year, template_code, template_version, inputs, figures, sha256, size, file_name, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(d.kind, d.kindCode, d.term, d.seq, d.number, d.date, d.year, d.templateCode, d.templateVersion, d.inputs, d.figures, d.sha256, d.size, d.fileName, d.createdAt)
      .lastInsertRowid,
  );
}

export function getDocument(db: DB, id: number): DocumentRow | undefined {
  return db.prepare(`SELECT ${DOC_COLS} FROM report_document WHERE id = ?`).get(id) as DocumentRow | undefined;
}

/** Without the bulky JSON: the history list. */
export function listDocuments(db: DB, limit = 200): Omit<DocumentRow, 'inputs' | 'figures'>[] {
  return db
    .prepare(
      `SELECT id, kind, kind_code AS kindCode, term, seq, number, date, year, template_code AS templateCode, template_version AS templateVersion,
              sha256, size, file_name AS fileName, created_at AS createdAt
       FROM report_document ORDER BY id DESC LIMIT ?`,
    )
    .all(limit) as Omit<DocumentRow, 'inputs' | 'figures'>[];
}

export function maxSeq(db: DB, kindCode: string, term: string): number {
  return (
    db.prepare('SELECT coalesce(max(seq), 0) AS s FROM report_document WHERE kind_code = ? AND term = ?').get(kindCode, term) as { s: number }
  ).s;
}

