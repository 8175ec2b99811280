import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open.ts';
import { backupDirFor } from '../../db/backup-files.ts';
import { latestVersion, loadMigrations } from '../../db/migrate.ts';
import { schemaSnapshot } from '../../db/snapshot.ts';
import { tempDir } from '../helpers/db.ts';

describe('database file', () => {
  it('migrates an empty file to the checked-in schema snapshot, with WAL, foreign keys and full sync', () => {
    const path = join(tempDir(), 'empty.sqlite');
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    const snapshot = readFileSync(new URL('../../db/schema.sql', import.meta.url), 'utf8');
    expect(schemaSnapshot(db)).toBe(snapshot);
  });

  it('migrates a file from the previous schema version and keeps a copy of it first', () => {
    const dir = tempDir();
    const path = join(dir, 'old.sqlite');
    const versions = loadMigrations().map((m) => m.version);
    const prev = versions.length > 1 ? versions[versions.length - 2]! : 0;
    const old = openDatabase(path, { upTo: Math.max(1, prev) });
    old.prepare("INSERT INTO setting (key, value) VALUES ('place', '\"Quốc Oai\"')").run();
    old.close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.prepare("SELECT value FROM setting WHERE key = 'place'").get()).toEqual({ value: '"Quốc Oai"' });
    if (prev >= 1) {
      const copies = readdirSync(backupDirFor(path));
      expect(copies.some((f) => f.includes(`truoc-nang-cap-v${prev}`))).toBe(true);
    }
  });

  it('refuses a file that is not SQLite, with a Vietnamese message', () => {
    const path = join(tempDir(), 'broken.sqlite');
    writeFileSync(path, 'đây không phải cơ sở dữ liệu '.repeat(200));
    expect(() => openDatabase(path)).toThrow(/bị hỏng hoặc không phải tệp SQLite \(phần đầu tệp không phải của SQLite\)/);
    expect(() => openDatabase(path)).not.toThrow(/file is not a database/);
  });

  it('refuses a SQLite file of another program', () => {
    const path = join(tempDir(), 'other.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE t (x); PRAGMA user_version = 3;');
    other.close();
    expect(() => openDatabase(path)).toThrow(/không phải tệp dữ liệu của tochuc/);
    expect(existsSync(path)).toBe(true);
  });

  it('refuses a file made by a newer version', () => {
    const path = join(tempDir(), 'newer.sqlite');
    const db = openDatabase(path);
    db.pragma(`user_version = ${latestVersion() + 1}`);
    db.close();
    expect(() => openDatabase(path)).toThrow(/phiên bản tochuc mới hơn/);
  });
});
