/**
 * The files the benchmark runs on: the demo (district scale) built fresh, and the synthetic
 * province built once and kept in a cache folder, keyed by the generator's code and options,
 * so a second run does not wait for it.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCtx, createSession } from '../api/session.ts';
import { dispatch } from '../api/dispatch.ts';
import { latestVersion } from '../db/migrate.ts';
import { checkpoint } from '../db/open.ts';
import type { SynthOptions } from '../synth/options.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function quietCtx(path: string) {
  const ctx = createCtx(createSession(path), { kind: 'cli' });
  ctx.progress = () => {};
  return ctx;
}

export async function buildDistrict(dir: string): Promise<string> {
  const path = join(dir, 'huyen.sqlite');
  rmSync(path, { force: true });
  const ctx = quietCtx(path);
  await dispatch(ctx, 'app.loadDemo', {});
  checkpoint(ctx.session.db);
  ctx.session.db.close();
  return path;
}

/**
 * A hash of everything that decides the province file's content: the generator and what it calls
 * to write (the demo's and the members' code), and of targets/ only what writes the seed plan —
 * how plans are evaluated does not change the file, and an edit there must not rebuild it.
 */
const TARGET_WRITERS = ['plans.ts', 'scopes.ts', 'seed-plan.ts', 'threshold.ts'];

export function provinceKey(o: SynthOptions): string {
  const h = createHash('sha256').update(JSON.stringify(o)).update(String(latestVersion()));
  h.update(readFileSync(join(root, 'cli', 'commands', 'synth.ts')));
  for (const dir of ['synth', 'demo', 'targets', 'members']) {
    for (const f of readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.ts') && (dir !== 'targets' || TARGET_WRITERS.includes(f)))
      .sort())
      h.update(f).update(readFileSync(join(root, dir, f)));
  }
  return h.digest('hex').slice(0, 12);
}

export async function provinceFile(
  cacheDir: string,
  o: SynthOptions,
  log: (s: string) => void,
): Promise<{ path: string; built: boolean; ms: number }> {
  const dir = join(cacheDir, `tinh-${o.units}-${o.members}-${o.years}-${provinceKey(o)}`);
  const path = join(dir, 'tinh.sqlite');
  if (existsSync(path)) return { path, built: false, ms: 0 };
  // Files of this size built by older code are of no further use (each is 300–500 MB with its daily
  // backup); files of the other sizes (the scaling table's) are kept.
  const size = `tinh-${o.units}-${o.members}-${o.years}-`;
  for (const old of readdirSync(cacheDir).filter((d) => d.startsWith(size))) rmSync(join(cacheDir, old), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const partial = join(dir, 'dang-tao.sqlite');
  log(`Đang tạo dữ liệu tỉnh tổng hợp (${o.units} đơn vị, ${o.members} đảng viên, ${o.years} năm) vào ${dir} …`);
  const t = performance.now();
  // The command a user runs, member lists imported through data.importMembers included.
  execFileSync(
    process.execPath,
    [
      join(root, 'bin', 'tochuc.js'),
      'synth',
      '--out',
      partial,
      '--units',
      String(o.units),
      '--members',
      String(o.members),
      '--years',
      String(o.years),
      '--last-year',
      String(o.lastYear),
      '--seed',
      String(o.seed),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // Renamed only when complete, so an interrupted build is not taken for a cached file.
  renameSync(partial, path);
  return { path, built: true, ms: performance.now() - t };
}
