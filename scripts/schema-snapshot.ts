/**
 * Writes db/schema.sql: the schema that all migrations produce, as SQLite prints it.
 * A test compares it with a fresh migration, so a migration cannot change the schema unnoticed.
 * Run after adding a migration: node scripts/schema-snapshot.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/open.ts';
import { schemaSnapshot } from '../db/snapshot.ts';

const db = openDatabase(':memory:');
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'db', 'schema.sql');
writeFileSync(out, schemaSnapshot(db));
process.stdout.write(`Đã ghi ${out}\n`);
