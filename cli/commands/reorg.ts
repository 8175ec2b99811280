/** tochuc reorg: the reorganizations of a year, each in one step, by unit codes; the list of steps and undo. */
import type { Command, Values } from '../command.ts';
import { dbOption, jsonOption, need, openCtx, printJson, str, yearArg } from '../command.ts';
import type { Ctx } from '../../core/context.ts';
import { dispatch } from '../../api/dispatch.ts';
import { UserError } from '../../core/errors.ts';
import { renderTable } from '../table.ts';

const SUBCOMMANDS = ['merge', 'split', 'upgrade', 'close', 'changes', 'undo', 'history'] as const;

type Target = { unitId: number } | { open: number };

async function codeMap(ctx: Ctx, year: number): Promise<(code: string) => number> {
  const units = await dispatch(ctx, 'units.list', { year });
  const byCode = new Map(units.map((u) => [u.code, u.id]));
  return (code: string) => {
    const id = byCode.get(code.trim());
    if (id === undefined) throw new UserError(`Không có đơn vị mã "${code.trim()}" trong năm ${year}.`, 'not-found');
    return id;
  };
}

const codes = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const list = (values: Values, key: string): string[] => {
  const v = values[key];
  return Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
};

/** "Tên đơn vị:MÃ" → name and optional code. */
function nameCode(text: string): { name: string; code?: string } {
  const i = text.lastIndexOf(':');
  return i > 0 ? { name: text.slice(0, i).trim(), code: text.slice(i + 1).trim() } : { name: text.trim() };
}

async function step(ctx: Ctx, sub: string, values: Values): Promise<string> {
  const year = yearArg(values);
  const id = await codeMap(ctx, year);
  const date = str(values, 'date');
  if (sub === 'merge') {
    const { name, code } = nameCode(need(values, 'name'));
    const r = await dispatch(ctx, 'units.merge', {
      year,
      unitIds: codes(need(values, 'units')).map(id),
      name,
      code: str(values, 'code') ?? code,
      renumber: values.renumber === true,
      date,
    });
    return `Đã sáp nhập thành "${name}" (đơn vị #${r.id}).`;
  }
  if (sub === 'split') {
    // --part "Tên mới[:MÃ]=C1,C2" or --part "@MÃ_CÓ_SẴN=C3": the cells each part takes.
    const parts = list(values, 'part').map((p) => {
      const [head, cells = ''] = p.split('=');
      const childIds = codes(cells).map(id);
      if (head!.startsWith('@')) return { unitId: id(head!.slice(1)), childIds };
      return { ...nameCode(head!), childIds };
    });
    const r = await dispatch<'units.split'>(ctx, 'units.split', {
      year,
      unitId: id(need(values, 'unit')),
      parts,
      date,
      renumber: values.renumber === true,
    });
    return `Đã chia tách thành ${r.ids.length} phần.`;
  }
  if (sub === 'upgrade') {
    await dispatch(ctx, 'units.upgrade', { year, unitIds: codes(need(values, 'units')).map(id), date });
    return 'Đã chuyển thành chi bộ cơ sở.';
  }
  // close: --units A,B --open "Tên:MÃ:loại:MÃ_CẤP_TRÊN" … --move "C1,C2=>1" (số thứ tự của --open) | "C3=>@MÃ" [--base-cells]
  const open = list(values, 'open').map((o) => {
    const [name, code, kind = 'baseCommittee', parent] = o.split(':').map((s) => s.trim());
    const parentTarget: Target | null =
      parent === undefined || parent === ''
        ? null
        : parent.startsWith('#')
          ? { open: Number(parent.slice(1)) - 1 }
          : { unitId: id(parent) };
    return { name: name!, code: code || undefined, kind: kind as 'baseCommittee', parent: parentTarget };
  });
  const toTarget = (t: string): Target => (t.startsWith('@') ? { unitId: id(t.slice(1)) } : { open: Number(t) - 1 });
  const moves = list(values, 'move').flatMap((m) => {
    const [cells, to] = m.split('=>');
    if (!to) throw new UserError(`--move viết dạng "MÃ1,MÃ2=>1" hoặc "MÃ=>@MÃ_ĐƠN_VỊ" (nhận được "${m}").`, 'usage');
    return codes(cells!).map((c) => ({
      unitId: id(c),
      to: toTarget(to.trim()),
      kind: values['base-cells'] === true ? ('baseCell' as const) : undefined,
    }));
  });
  const r = await dispatch<'units.reorganize'>(ctx, 'units.reorganize', {
    year,
    date,
    close: codes(str(values, 'units') ?? '').map(id),
    open,
    moves,
    summary: str(values, 'summary'),
  });
  return `Đã ghi bước sắp xếp số ${r.changeId}${r.opened.length ? `, thành lập ${r.opened.length} đơn vị` : ''}.`;
}

export const reorgCommand: Command = {
  name: 'reorg',
  summary:
    'Sắp xếp tổ chức trong một bước: sáp nhập, chia tách, chuyển thành chi bộ cơ sở, giải thể và thành lập đơn vị kế tiếp; danh sách các bước, hoàn tác, lịch sử đơn vị',
  usage:
    'tochuc reorg merge --db F --year 2025 --units X01,X02 --name "Đảng bộ xã …" [--code M] [--renumber] [--date 2025-07-01] | ' +
    'reorg split --unit X03 --part "Đảng bộ xã mới:M=X03.01,X03.02" --part "@X04=X03.03" | reorg upgrade --units X01.TH | ' +
    'reorg close --units HQ --open "Đảng bộ xã …:XQO:committee" --move "X01,X02=>1" [--base-cells] | reorg changes [--year 2025] | reorg undo --change N | reorg history --unit X01.01',
  options: {
    ...dbOption,
    ...jsonOption,
    year: { type: 'string' },
    units: { type: 'string' },
    unit: { type: 'string' },
    name: { type: 'string' },
    code: { type: 'string' },
    renumber: { type: 'boolean' },
    date: { type: 'string' },
    part: { type: 'string', multiple: true },
    open: { type: 'string', multiple: true },
    move: { type: 'string', multiple: true },
    'base-cells': { type: 'boolean' },
    summary: { type: 'string' },
    change: { type: 'string' },
  },
  async run(values, positionals) {
    const sub = positionals[0];
    if (sub === undefined || !(SUBCOMMANDS as readonly string[]).includes(sub)) {
      throw new UserError(`Lệnh reorg cần một lệnh con: ${SUBCOMMANDS.join(', ')}.`, 'usage');
    }
    const ctx = openCtx(values);
    if (sub === 'changes') {
      const year = str(values, 'year') === undefined ? undefined : yearArg(values);
      const r = await dispatch(ctx, 'units.changes', { year });
      if (values.json) return printJson(r);
      if (r.length === 0) return void process.stdout.write('Chưa có bước sắp xếp nào được ghi.\n');
      process.stdout.write(
        `${renderTable(
          ['Số', 'Ngày', 'Bước', 'Hoàn tác'],
          r.map((c) => [String(c.id), c.date, c.summary, c.undoable ? 'được' : (c.reason ?? '')]),
          [true],
        )}\n`,
      );
      return;
    }
    if (sub === 'undo') {
      const n = Number(need(values, 'change'));
      await dispatch(ctx, 'units.undo', { changeId: n });
      return void process.stdout.write(`Đã hoàn tác bước số ${n}.\n`);
    }
    if (sub === 'history') {
      const code = need(values, 'unit');
      let unitId: number | undefined;
      for (const y of (await dispatch(ctx, 'years.list', {})).reverse()) {
        unitId = (await dispatch(ctx, 'units.list', { year: y })).find((u) => u.code === code)?.id;
        if (unitId !== undefined) break;
      }
      if (unitId === undefined) throw new UserError(`Không có đơn vị mã "${code}" trong năm nào.`, 'not-found');
      const r = await dispatch(ctx, 'units.lineage', { unitId });
      if (values.json) return printJson(r);
      const lines = [...r.names.map((n) => `${n.year}: ${n.name}`), '', ...r.events.map((e) => e.text)];
      return void process.stdout.write(`${lines.join('\n')}\n`);
    }
    const text = await step(ctx, sub, values);
    if (values.json) return printJson({ ok: true, message: text });
    process.stdout.write(`${text}\n`);
  },
};
