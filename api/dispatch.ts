/** The single entry every transport calls: look up the method, validate the input, run the handler. */
import { z } from 'zod';
import { contract, contractGroups, type Api, type GroupName, type MethodName } from './contract.ts';
import { handlerGroups } from './handlers.ts';
import type { Handler, InputOf, OutputOf } from './define.ts';
import type { Ctx } from '../core/context.ts';
import { describeIssues, UserError, type ApiError } from '../core/errors.ts';

export type { ApiError };

export function isMethod(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}


const groupOf = new Map<string, GroupName>();
for (const [g, c] of Object.entries(contractGroups)) for (const k of Object.keys(c)) groupOf.set(k, g as GroupName);
const loaded = new Map<GroupName, Record<string, unknown>>();

/** The handler of a method, its group loaded on first use. */
async function handlerOf(name: MethodName): Promise<unknown> {
  const g = groupOf.get(name)!;
  let hs = loaded.get(g);
  if (!hs) {
    hs = (await handlerGroups[g]()) as Record<string, unknown>;
    loaded.set(g, hs);
  }
  return hs[name];
}

export async function dispatch<K extends MethodName>(ctx: Ctx, name: K, rawInput: InputOf<Api[K]>, opts?: { checkOutput?: boolean }): Promise<OutputOf<Api[K]>>;
export async function dispatch(ctx: Ctx, name: string, rawInput: unknown, opts?: { checkOutput?: boolean }): Promise<unknown>;
export async function dispatch(ctx: Ctx, name: string, rawInput: unknown, opts: { checkOutput?: boolean } = {}): Promise<unknown> {
  if (!isMethod(name)) throw new UserError(`Không có lệnh "${name}".`, 'unknown-method');
  const m = contract[name];
  const parsed = m.input.safeParse(rawInput ?? {});
  if (!parsed.success) throw new UserError(`Dữ liệu gửi lên không hợp lệ (${name}): ${describeIssues(parsed.error)}`, 'invalid-input');
  const handler = (await handlerOf(name)) as Handler<typeof m>;
  const out = await handler(parsed.data, ctx);
  return opts.checkOutput ? m.output.parse(out) : out;
}

/** Turns any thrown value into what a transport sends back; unexpected errors keep their text but say so. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof UserError) return { code: e.code, message: e.message, details: e.details };
  const msg = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message: `Lỗi không mong đợi: ${msg}` };
}
