import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../db/open.ts';
import { figuresForYear } from '../../db/figures.ts';
import { countMembers } from '../../db/members.ts';
import { sampleMemberRows, SAMPLE_HEADERS } from '../../members/sample.ts';
import { writeRowsCsv } from '../../io/write-rows.ts';
import { demoCopy, tempDir } from '../helpers/db.ts';

const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;
const N = 100_000;

/** Runs `tochuc import members` and SIGKILLs it when its progress on stderr first matches `when`. */
function importKilledAt(db: string, list: string, when: RegExp | null): Promise<{ signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'import', 'members', list, '--db', db, '--year', '2019'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      stderr += s;
      if (when && when.test(stderr)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, stderr }));
  });
}

function state(path: string) {
  const db = openDatabase(path);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      members: countMembers(db, 2019),
      figures: JSON.stringify(figuresForYear(db, 2019).sort((a, b) => a.unitId - b.unitId || a.indicator.localeCompare(b.indicator))),
    };
  } finally {
    db.close();
  }
}

describe('crash safety of a large import', () => {
  let template: string;
  let list: string;
  let before: ReturnType<typeof state>;
  let after: ReturnType<typeof state>;

  beforeAll(async () => {
    template = demoCopy();
    list = join(tempDir(), 'danh-sach.csv');
    const db = openDatabase(template);
    await writeRowsCsv(list, SAMPLE_HEADERS, sampleMemberRows(db, 2019, { count: N }));
    db.close();
    before = state(template);
    // The same import, left to finish: what "fully applied" looks like.
    const done = join(tempDir(), 'done.sqlite');
    copyFileSync(template, done);
    const r = await importKilledAt(done, list, null);
    expect(r.signal).toBeNull();
    after = state(done);
    expect(after.members).toBe(N);
    expect(after.figures).not.toBe(before.figures);
  });

  const cases: [string, RegExp][] = [
    ['early while reading and checking the list', /Đã đọc/],
    ['late in reading, or while backing up', /Đã đọc [5-9]\d\.000|Đang|Đã ghi/],
    ['while writing it', /Đang ghi|Đã ghi \d/],
  ];
  for (const [label, when] of cases) {
    it(`killed ${label}: integrity ok, import fully applied or absent`, async () => {
      const path = join(tempDir(), 'db.sqlite');
      copyFileSync(template, path);
      const r = await importKilledAt(path, list, when);
      expect(r.stderr).toMatch(when);
      const s = state(path);
      expect(s.integrity).toBe('ok');
      if (s.members === 0) expect(s.figures).toBe(before.figures);
      else expect(s).toEqual(after);
    });
  }
});
