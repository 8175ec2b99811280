/** Real SQLite files in a temp folder: the demo database built once per test file, copied per test. */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../db/open.ts';
import { buildDemo } from '../../demo/build.ts';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tochuc-'));
}

let demoTemplate: string | undefined;

/** Path of a fresh copy of the demo database. */
export function demoCopy(): string {
  if (!demoTemplate) {
    demoTemplate = join(tempDir(), 'demo.sqlite');
    const db = openDatabase(demoTemplate);
    buildDemo(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }
  const path = join(tempDir(), 'demo.sqlite');
  copyFileSync(demoTemplate, path);
  return path;
}

export function openDemo(): DB {
  return openDatabase(demoCopy());
}
