/** The cheap open check that replaces quick_check on large files still catches a truncated file. */
import { describe, expect, it } from 'vitest';
import { copyFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerProblem } from '../../db/intact.ts';
import { demoCopy, tempDir } from '../helpers/db.ts';

describe('header check on open', () => {
  it('passes an intact file and names a truncated one, with both lengths', () => {
    const path = demoCopy();
    expect(headerProblem(path)).toBeNull();
    const cut = join(tempDir(), 'cut.sqlite');
    copyFileSync(path, cut);
    const size = statSync(cut).size;
    truncateSync(cut, Math.floor(size / 2));
    expect(headerProblem(cut)).toBe(`tệp ngắn hơn độ dài ghi trong phần đầu tệp (${Math.floor(size / 2)} < ${size} byte)`);
  });

  it('refuses a file that does not start as SQLite', () => {
    const path = join(tempDir(), 'text.sqlite');
    writeFileSync(path, 'không phải cơ sở dữ liệu '.repeat(20));
    expect(headerProblem(path)).toBe('phần đầu tệp không phải của SQLite');
  });
});
