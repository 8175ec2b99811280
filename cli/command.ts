import type { ParseArgsOptionsConfig } from 'node:util';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCtx, createSession, upkeepProgress } from '../api/session.ts';
import type { Ctx } from '../core/context.ts';
import { UserError } from '../core/errors.ts';

export type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: ParseArgsOptionsConfig;
  run(values: Values, positionals: string[]): Promise<void> | void;
}

export function str(values: Values, key: string): string | undefined {
  const v = values[key];
  return typeof v === 'string' ? v : undefined;
}

export function need(values: Values, key: string): string {
  const v = str(values, key);
  if (v === undefined) throw new UserError(`Thiếu tham số --${key}.`, 'usage');
  return v;
}

export function yearArg(values: Values, key = 'year'): number {
  const v = need(values, key);
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1930 || n > 2100)
    throw new UserError(`--${key} phải là một năm, ví dụ 2019 (nhận được "${v}").`, 'usage');
  return n;
}

/** A whole-number option; "25.000" and "25_000" read as 25000. Absent: undefined. */
export function intArg(values: Values, key: string, min = 0): number | undefined {
  const v = str(values, key);
  if (v === undefined) return undefined;
  const n = Number(v.replace(/[._]/g, ''));
  if (!Number.isInteger(n) || n < min)
    throw new UserError(`--${key} phải là số nguyên${min > 0 ? ` từ ${min} trở lên` : ' không âm'} (nhận được "${v}").`, 'usage');
  return n;
}

export function yearsArg(values: Values, key = 'years'): number[] {
  return need(values, key)
    .split(',')
    .map((s) => {
      const n = Number(s.trim());
      if (!Number.isInteger(n))
        throw new UserError(`--${key} là danh sách năm cách nhau bởi dấu phẩy, ví dụ 2017,2018,2019 (nhận được "${s}").`, 'usage');
      return n;
    });
}

/** Opens the database named by --db; it must exist (the `demo` command is the one that creates files). */
export function openCtx(values: Values): Ctx {
  const path = resolve(need(values, 'db'));
  if (!existsSync(path))
    throw new UserError(`Không tìm thấy tệp dữ liệu "${path}". Tạo dữ liệu mẫu bằng: tochuc demo --out ${need(values, 'db')}`, 'not-found');
  const session = createSession(path);
  // The day's integrity check ends after the command's own output: a damaged file still gets said.
  void session.upkeep?.then((o) => {
    if (o?.status === 'corrupt') process.stderr.write(`Cảnh báo: ${upkeepProgress(session)?.text ?? o.integrity}\n`);
  });
  return createCtx(session, { kind: 'cli' });
}

export const dbOption = { db: { type: 'string' } } as const;
export const jsonOption = { json: { type: 'boolean' } } as const;

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
