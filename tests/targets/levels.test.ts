import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open.ts';
import { atLeast, comparableOf, mappingView, SCALE_MAPPING } from '../../targets/levels.ts';

describe('rating scale mapping', () => {
  it('maps every level stored in rating_level, and nothing else', () => {
    const db = openDatabase(':memory:');
    const levels = db.prepare('SELECT scale, code FROM rating_level ORDER BY scale, code').all() as { scale: string; code: string }[];
    db.close();
    expect(levels.length).toBe(20);
    for (const l of levels) expect(comparableOf(l.scale, l.code), `${l.scale}/${l.code}`).toBeDefined();
    expect(SCALE_MAPPING.map((r) => `${r.scale}/${r.code}`).sort()).toEqual(levels.map((l) => `${l.scale}/${l.code}`).sort());
  });

  it('hand-checked equivalences across the 2018 rule change', () => {
    // Old unit scale (27-HD/BTCTW, 2014) → new (132-QĐ/TW, 2018).
    expect(comparableOf('hd27-2014', 'tsvm')).toBe('xuat-sac');
    expect(comparableOf('qd132-2018', 'htxs')).toBe('xuat-sac');
    expect(comparableOf('hd27-2014', 'htt')).toBe(comparableOf('qd132-2018', 'htt'));
    expect(comparableOf('hd27-2014', 'ht')).toBe(comparableOf('qd132-2018', 'ht'));
    expect(comparableOf('hd27-2014', 'yk')).toBe(comparableOf('qd132-2018', 'khtnv'));
    // The old member scale has the same four levels as the new one.
    for (const c of ['htxs', 'htt', 'ht', 'khtnv']) expect(comparableOf('hd27-2014-dv', c)).toBe(comparableOf('qd132-2018', c));
    // A code that exists on one scale only is not mapped on the other.
    expect(comparableOf('hd27-2014', 'htxs')).toBeUndefined();
    expect(comparableOf('qd132-2018', 'tsvm')).toBeUndefined();
    expect(comparableOf('other', 'htt')).toBeUndefined();
  });

  it('"at least" follows the order xuất sắc > tốt > hoàn thành > không hoàn thành', () => {
    expect(atLeast('xuat-sac', 'tot')).toBe(true);
    expect(atLeast('tot', 'tot')).toBe(true);
    expect(atLeast('hoan-thanh', 'tot')).toBe(false);
    expect(atLeast('tot', 'xuat-sac')).toBe(false);
    expect(atLeast('khong-hoan-thanh', 'hoan-thanh')).toBe(false);
  });

  it('shows the user each stored level next to its equivalent, with the TSVM note', () => {
    const view = mappingView();
    const tsvm = view.find((v) => v.scale === 'hd27-2014' && v.code === 'tsvm')!;
    expect(tsvm.name).toBe('Trong sạch vững mạnh');
    expect(tsvm.comparableName).toContain('hoàn thành xuất sắc nhiệm vụ');
    expect(tsvm.note).toContain('danh hiệu');
    expect(view.find((v) => v.scale === 'qd132-2018' && v.code === 'htxs')!.scaleName).toContain('132-QĐ/TW');
  });
});
