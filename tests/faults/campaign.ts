/**
 * Fault injection: tochuc commands run as real processes and are SIGKILLed at a random moment (a
 * uniform draw over how long the same command takes when left to finish). After each kill the file
 * must pass integrity_check and hold either the state before or the state after, never a mix; a
 * backup or a produced file is whole or absent; what the killed process was writing under a temporary
 * name is gone once the next command has started (its sweep).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import Database from 'better-sqlite3';
import { openDatabase } from '../../db/open.ts';
import { inspectFile } from '../../db/backup.ts';
import { dataFingerprint } from '../../db/snapshot.ts';
import { listDocuments } from '../../db/reports.ts';
import { latestVersion } from '../../db/migrate.ts';
import { backupDirFor } from '../../db/backup-files.ts';
import { sweepPending } from '../../db/pending.ts';
import { writeRowsCsv } from '../../io/write-rows.ts';
import { sampleMemberRows, SAMPLE_HEADERS } from '../../members/sample.ts';
import { demoCopy, tempDir } from '../helpers/db.ts';

const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;

export const OPERATIONS = ['import', 'backup', 'restore', 'report', 'migration'] as const;
export type Operation = (typeof OPERATIONS)[number];

interface Fixture {
  stateDir: string;
  demo: string; // the demo file
  list: string; // a member list for 2019
  imported: string; // the demo file after importing the list: what restore brings back
  old: string; // a file at an older schema version
  oldVersion: number;
}

export interface RunResult {
  op: Operation;
  killed: boolean;
  ok: boolean;
  why: string;
}

function child(
  args: string[],
  env: NodeJS.ProcessEnv,
  killAfterMs: number | null,
): Promise<{ killed: boolean; code: number | null; ms: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const c = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    c.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    let timer: NodeJS.Timeout | undefined;
    if (killAfterMs !== null) timer = setTimeout(() => c.kill('SIGKILL'), killAfterMs);
    c.on('error', reject);
    c.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code, ms: Number(process.hrtime.bigint() - t0) / 1e6, stderr });
    });
  });
}

function fingerprint(path: string): string {
  const db = openDatabase(path);
  try {
    return dataFingerprint(db);
  } finally {
    db.close();
  }
}

/** integrity_check and the schema version, read without migrating or recovering anything first. */
function rawCheck(path: string): { integrity: string; version: number } {
  const db = new Database(path, { fileMustExist: true });
  try {
    return {
      integrity: String(db.pragma('integrity_check', { simple: true })),
      version: db.pragma('user_version', { simple: true }) as number,
    };
  } finally {
    db.close();
  }
}

export async function prepare(members = 20_000): Promise<Fixture> {
  const dir = tempDir();
  const stateDir = join(dir, 'trang-thai');
  const demo = demoCopy();
  const list = join(dir, 'danh-sach.csv');
  const db = openDatabase(demo);
  await writeRowsCsv(list, SAMPLE_HEADERS, sampleMemberRows(db, 2019, { count: members }));
  db.close();
  const imported = join(dir, 'da-nhap.sqlite');
  copyFileSync(demo, imported);
  const env = { ...process.env, TOCHUC_STATE_DIR: stateDir };
  const r = await child(['import', 'members', list, '--db', imported, '--year', '2019'], env, null);
  if (r.code !== 0) throw new Error(`chuẩn bị: nhập danh sách không được: ${r.stderr}`);
  const old = join(dir, 'cu.sqlite');
  const oldVersion = 4;
  openDatabase(old, { upTo: oldVersion }).close();
  return { stateDir, demo, list, imported, old, oldVersion };
}

interface Plan {
  args: string[];
  check(killed: boolean): string | null;
}

/** A fresh copy for one run, and what must hold after it whatever the moment of the kill. */
function plan(op: Operation, f: Fixture, expected: Map<string, string>): Plan {
  const dir = tempDir();
  const db = join(dir, 'du-lieu.sqlite');
  const fp = (p: string) => expected.get(p) ?? (expected.set(p, fingerprint(p)), expected.get(p)!);
  const leftovers = (where: string) => readdirSync(where).filter((n) => /\.dang-(chep|ghi|khoi-phuc)/.test(n));
  const backupsWhole = () => {
    const sl = backupDirFor(db);
    if (!existsSync(sl)) return null;
    if (leftovers(sl).length) return `còn tệp dở dang trong sao-luu: ${leftovers(sl).join(', ')}`;
    for (const n of readdirSync(sl))
      if (n.endsWith('.sqlite') && !inspectFile(join(sl, n)).ok) return `bản sao lưu hỏng mang tên thật: ${n}`;
    return null;
  };
  const integrity = () => {
    const c = rawCheck(db);
    return c.integrity === 'ok' ? null : `integrity_check: ${c.integrity}`;
  };
  switch (op) {
    case 'import': {
      copyFileSync(f.demo, db);
      return {
        args: ['import', 'members', f.list, '--db', db, '--year', '2019'],
        check: () =>
          integrity() ??
          backupsWhole() ??
          ([fp(f.demo), fp(f.imported)].includes(fingerprint(db)) ? null : 'nhập dở: dữ liệu không phải trước cũng không phải sau'),
      };
    }
    case 'backup': {
      copyFileSync(f.demo, db);
      const out = join(dir, 'ban-sao.sqlite');
      return {
        args: ['backup', '--db', db, '--out', out],
        check: (killed) => {
          if (leftovers(dir).length) return `còn tệp dở dang cạnh bản sao: ${leftovers(dir).join(', ')}`;
          if (existsSync(out) && !(inspectFile(out).ok && fingerprint(out) === fp(f.demo)))
            return 'bản sao mang tên người dùng nhưng không đọc lại được';
          if (!killed && !existsSync(out)) return 'xong mà không có bản sao';
          return integrity() ?? (fingerprint(db) === fp(f.demo) ? null : 'sao lưu làm đổi dữ liệu');
        },
      };
    }
    case 'restore': {
      copyFileSync(f.demo, db);
      return {
        args: ['restore', '--db', db, '--from', f.imported],
        check: () => {
          if (leftovers(dir).length) return `còn tệp dở dang cạnh tệp dữ liệu: ${leftovers(dir).join(', ')}`;
          return integrity() ?? backupsWhole() ?? ([fp(f.demo), fp(f.imported)].includes(fingerprint(db)) ? null : 'khôi phục dở');
        },
      };
    }
    case 'report': {
      copyFileSync(f.demo, db);
      const out = join(dir, 'de-an.docx');
      return {
        args: ['report', '--db', db, '--kind', 'de-an', '--year', '2019', '--out', out],
        check: () => {
          if (leftovers(dir).length) return `còn tệp dở dang: ${leftovers(dir).join(', ')}`;
          const bad = integrity();
          if (bad) return bad;
          // The built-in templates may be written on first use, in their own transaction; the document's
          // record is one row or none (a kill after it and before the file leaves a record to regenerate from).
          const h = openDatabase(db);
          const docs = listDocuments(h).length;
          h.close();
          return docs <= 1 ? null : `lịch sử văn bản: ${docs} bản ghi cho một lần xuất`;
        },
      };
    }
    case 'migration': {
      copyFileSync(f.old, db);
      return {
        args: ['stats', '--db', db, '--year', '2019'],
        check: () => {
          const c = rawCheck(db);
          if (c.integrity !== 'ok') return `integrity_check: ${c.integrity}`;
          if (c.version !== f.oldVersion && c.version !== latestVersion()) return `nâng cấp dở: lược đồ ${c.version}`;
          return backupsWhole();
        },
      };
    }
  }
}

async function docxWhole(path: string): Promise<boolean> {
  try {
    const z = await JSZip.loadAsync(readFileSync(path));
    return z.file('word/document.xml') !== null;
  } catch {
    return false;
  }
}

export interface Counts {
  runs: number;
  killed: number;
  finished: number;
  failures: RunResult[];
  perOp: Record<Operation, { runs: number; killed: number }>;
  baselineMs: Record<Operation, number>;
}

/** `runs` kills spread round-robin over the operations; a seeded draw decides each moment. */
export async function campaign(
  runs: number,
  opts: { seed?: number; members?: number; only?: Operation[]; log?: (s: string) => void } = {},
): Promise<Counts> {
  const f = await prepare(opts.members);
  const env = { ...process.env, TOCHUC_STATE_DIR: f.stateDir };
  const expected = new Map<string, string>();
  let s = (opts.seed ?? 20261201) >>> 0;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const baselineMs = {} as Record<Operation, number>;
  for (const op of OPERATIONS) {
    const p = plan(op, f, expected);
    const r = await child(p.args, env, null);
    if (r.code !== 0) throw new Error(`${op} không chạy được: ${r.stderr}`);
    const why = p.check(false);
    if (why) throw new Error(`${op} chạy hết mà kiểm tra không đạt: ${why}`);
    baselineMs[op] = r.ms;
  }
  const counts: Counts = {
    runs: 0,
    killed: 0,
    finished: 0,
    failures: [],
    perOp: Object.fromEntries(OPERATIONS.map((o) => [o, { runs: 0, killed: 0 }])) as Counts['perOp'],
    baselineMs,
  };
  for (let n = 0; n < runs; n++) {
    const ops = opts.only ?? OPERATIONS;
    const op = ops[n % ops.length]!;
    const p = plan(op, f, expected);
    const r = await child(p.args, env, Math.floor(rand() * baselineMs[op] * 1.1));
    sweepAs(f.stateDir); // what the next command does first
    let why = p.check(r.killed);
    if (!why && op === 'report') {
      const out = p.args[p.args.indexOf('--out') + 1]!;
      if (existsSync(out) && !(await docxWhole(out))) why = 'tệp .docx mang tên người dùng nhưng không mở được';
    }
    counts.runs++;
    counts.perOp[op].runs++;
    if (r.killed) {
      counts.killed++;
      counts.perOp[op].killed++;
    } else counts.finished++;
    if (why && !r.killed) why += ` (mã thoát ${r.code}: ${r.stderr.trim().split('\n').pop()})`;
    if (why) counts.failures.push({ op, killed: r.killed, ok: false, why });
    opts.log?.(`${n + 1}/${runs} ${op}: ${r.killed ? 'bị dừng (SIGKILL)' : 'chạy xong'}${why ? ` — LỖI: ${why}` : ''}`);
  }
  return counts;
}

function sweepAs(stateDir: string): void {
  const saved = process.env.TOCHUC_STATE_DIR;
  process.env.TOCHUC_STATE_DIR = stateDir;
  try {
    sweepPending();
  } finally {
    if (saved === undefined) delete process.env.TOCHUC_STATE_DIR;
    else process.env.TOCHUC_STATE_DIR = saved;
  }
}
