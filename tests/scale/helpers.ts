/** A small synthetic province on a real SQLite file, built once per test file. */
import { join } from 'node:path';
import { openDatabase, type DB } from '../../db/open.ts';
import { buildProvince, type SynthSummary } from '../../synth/build.ts';
import type { SynthOptions } from '../../synth/options.ts';
import { tempDir } from '../helpers/db.ts';

export const SMALL: SynthOptions = { units: 600, members: 12_000, years: 4, lastYear: 2025, seed: 8 };

export function smallProvince(options: SynthOptions = SMALL): { db: DB; path: string; summary: SynthSummary } {
  const path = join(tempDir(), 'province.sqlite');
  const db = openDatabase(path);
  const summary = buildProvince(db, options);
  return { db, path, summary };
}
