/** tochuc reorg on the command line: close a commune giving its cells to another, list the steps, read a cell's history, undo. */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { demoCopy } from '../helpers/db.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;
const tochuc = (...args: string[]) => run(process.execPath, [bin, ...args], { encoding: 'utf8' });

let db: string;
beforeAll(() => {
  db = demoCopy();
});

const units = async () =>
  JSON.parse((await tochuc('units', '--db', db, '--year', '2019', '--json')).stdout).units as {
    code: string;
    name: string;
    parent: string | null;
    members: number;
  }[];

describe('tochuc reorg', () => {
  it('closes a commune, its cells going to its neighbour on one date, then undoes it', async () => {
    const before = await units();
    const cells = before.filter((u) => u.parent === 'QO.X02').map((u) => u.code);
    const members = (code: string, list: typeof before) => list.find((u) => u.code === code)!.members;
    const out = (
      await tochuc(
        'reorg',
        'close',
        '--db',
        db,
        '--year',
        '2019',
        '--units',
        'QO.X02',
        '--move',
        `${cells.join(',')}=>@QO.X03`,
        '--date',
        '2019-12-01',
        '--summary',
        'Nhập xã Cấn Hữu vào xã Cộng Hòa',
      )
    ).stdout;
    expect(out).toMatch(/^Đã ghi bước sắp xếp số \d+\.$/m);
    const after = await units();
    expect(after.find((u) => u.code === 'QO.X02')).toBeUndefined();
    expect(members('QO.X03', after)).toBe(members('QO.X03', before) + members('QO.X02', before));
    const changes = (await tochuc('reorg', 'changes', '--db', db, '--year', '2019', '--json')).stdout;
    const list = JSON.parse(changes) as { id: number; summary: string; undoable: boolean }[];
    expect(list.at(-1)).toMatchObject({ summary: 'Nhập xã Cấn Hữu vào xã Cộng Hòa', undoable: true });
    const history = (await tochuc('reorg', 'history', '--db', db, '--unit', cells[0]!)).stdout;
    expect(history).toContain('Chuyển đơn vị cấp trên ngày 01/12/2019: chuyển về Đảng bộ xã Cộng Hòa');
    await expect(
      tochuc('reorg', 'close', '--db', db, '--year', '2019', '--units', 'QO.X03', '--move', 'QO.X03.01=>@QO.X04'),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/"Đảng bộ xã Cộng Hòa" còn \d+ đơn vị trực thuộc chưa chuyển đi/) });
    expect((await tochuc('reorg', 'undo', '--db', db, '--change', String(list.at(-1)!.id))).stdout).toContain('Đã hoàn tác bước số');
    expect(await units()).toEqual(before);
  });
});
