/** The bundled CLI prints what the sources print, and is never run once a source it came from changed. */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDemo, tempDir } from '../helpers/db.ts';
import { sampleMemberRows, SAMPLE_HEADERS } from '../../members/sample.ts';
import { writeRowsXlsx } from '../../io/write-rows.ts';
import { THREAD_FROM_BYTES } from '../../io/xlsx-lean.ts';
import { commands } from '../../cli/commands.ts';
// @ts-expect-error plain JS next to the CLI's entry, no types
import { bundleIsCurrent } from '../../bin/bundle.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const node = (...args: string[]) => run(process.execPath, args, { encoding: 'utf8', cwd: root, maxBuffer: 64 << 20 });

describe('CLI bundle', () => {
  it('lists every command under the name its file gives it', async () => {
    for (const c of commands) expect((await c.load()).name).toBe(c.name);
    expect(new Set(commands.map((c) => c.name)).size).toBe(commands.length);
  });

  it('gives the same breakdown as the sources, migrating a file with the SQL copied beside it', async () => {
    const dir = tempDir();
    const out = join(dir, 'cli');
    // Dependencies stay in node_modules, found from the bundle's folder upwards as from dist/cli.
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    await node(join(root, 'scripts', 'build-cli.js'), '--out', out);
    expect(existsSync(join(out, 'migrations'))).toBe(true);
    const db = join(dir, 'demo.sqlite');
    await node(join(out, 'main.js'), 'demo', '--out', db);
    const bundled = (await node(join(out, 'main.js'), 'stats', '--db', db, '--year', '2019', '--json')).stdout;
    const sources = (await node(join(root, 'cli', 'main.ts'), 'stats', '--db', db, '--year', '2019', '--json')).stdout;
    expect(JSON.parse(bundled).total).toEqual({ units: 296, members: 7101 });
    expect(bundled).toBe(sources);

    // A list large enough to be parsed in the worker thread, which the bundle carries as a file of its own.
    const list = join(dir, 'danh-sach.xlsx');
    const demo = openDemo();
    await writeRowsXlsx(list, 'Danh sách', SAMPLE_HEADERS, sampleMemberRows(demo, 2019, { count: 7101 }));
    demo.close();
    expect(statSync(list).size).toBeGreaterThan(THREAD_FROM_BYTES);
    expect(existsSync(join(out, 'xlsx-lean.worker.js'))).toBe(true);
    const args = ['import', 'members', list, '--db', db, '--year', '2019', '--dry-run', '--json'];
    const imported = JSON.parse((await node(join(out, 'main.js'), ...args)).stdout);
    expect(imported).toMatchObject({ ok: true, applied: false, counts: { members: 7101 } });
    expect(imported).toEqual(JSON.parse((await node(join(root, 'cli', 'main.ts'), ...args)).stdout));

    expect(bundleIsCurrent(out, root)).toBe(true);
    // One source edited after the build (its time moves): the bundle is no longer current.
    const inputs = JSON.parse(readFileSync(join(out, 'inputs.json'), 'utf8')) as [string, number][];
    const i = inputs.findIndex(([p]) => p === 'stats/breakdown.ts');
    expect(i).toBeGreaterThanOrEqual(0);
    inputs[i]![1] -= 1000;
    writeFileSync(join(out, 'inputs.json'), JSON.stringify(inputs));
    expect(bundleIsCurrent(out, root)).toBe(false);
    expect(bundleIsCurrent(join(dir, 'none'), root)).toBe(false);
  });
});
