/** The single entry every transport calls: look up the method, validate the input, run the handler. */
import { contract, contractGroups, isMethod, type Api, type GroupName, type MethodName } from './contract.ts';

export { isMethod };
import { handlerGroups } from './handlers.ts';
import type { InputOf, OutputOf } from './define.ts';
import type { Handler } from './handler.ts';
import type { Ctx } from '../core/context.ts';
import { describeIssues, UserError, type ApiError, type CallReply } from '../core/errors.ts';
import { dataVersion } from '../db/version.ts';
import { systemError, unexpectedError } from '../db/system-errors.ts';
import { cleanInput } from './clean-input.ts';

export type { ApiError, CallReply };

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

export async function dispatch<K extends MethodName>(
  ctx: Ctx,
  name: K,
  rawInput: InputOf<Api[K]>,
  opts?: { checkOutput?: boolean },
): Promise<OutputOf<Api[K]>>;
export async function dispatch(ctx: Ctx, name: string, rawInput: unknown, opts?: { checkOutput?: boolean }): Promise<unknown>;
export async function dispatch(ctx: Ctx, name: string, rawInput: unknown, opts: { checkOutput?: boolean } = {}): Promise<unknown> {
  if (!isMethod(name)) throw new UserError(`Không có lệnh "${name}".`, 'unknown-method');
  const m = contract[name];
  const parsed = m.input.safeParse(cleanInput(rawInput ?? {}, name));
  if (!parsed.success) throw new UserError(`Dữ liệu gửi lên không hợp lệ (${name}): ${describeIssues(parsed.error)}`, 'invalid-input');
  const handler = (await handlerOf(name)) as Handler<typeof m>;
  const out = await handler(parsed.data, ctx);
  if (opts.checkOutput) return m.output.parse(out);
  if (checkOutputs()) {
    // Checked, not parsed: the caller gets exactly what the handler returned, as in production.
    const r = m.output.safeParse(out);
    if (!r.success) throw new Error(`kết quả của ${name} không khớp hợp đồng: ${describeIssues(r.error)}`);
  }
  return out;
}

/**
 * Tests (vitest.config.ts) and development runs set this (the unpackaged desktop app, electron/backend.ts
 * backendEnv; `serve --check-outputs`, which `npm run web` uses), so every call's output is checked against
 * its schema. Read on each call: serve sets it after this module is loaded.
 */
const checkOutputs = () => process.env.TOCHUC_CHECK_OUTPUTS === '1';

/** Turns any thrown value into what a transport sends back; unexpected errors keep their text but say so. */
export function toApiError(e: unknown): ApiError {
  const u = e instanceof UserError ? e : (systemError(e) ?? unexpectedError(e));
  return { code: u.code, message: u.message, details: u.details };
}

/**
 * Runs one call for a transport and wraps the outcome. When the file's data moved (or another file was
 * opened), listeners hear `data-changed`, so every open view re-reads without each screen refreshing by hand.
 */
export async function runCall(ctx: Ctx, method: string, input: unknown): Promise<CallReply> {
  const db = ctx.session.db;
  const before = dataVersion(db);
  try {
    return { ok: true, result: await dispatch(ctx, method, input) };
  } catch (e) {
    return { ok: false, error: toApiError(e) };
  } finally {
    if (ctx.session.db !== db || changedSince(ctx, before)) ctx.events.emit({ type: 'data-changed', method });
  }
}

/** A handle a call closed (a restore) counts as changed: the views must re-read either way. */
function changedSince(ctx: Ctx, before: string): boolean {
  try {
    return dataVersion(ctx.session.db) !== before;
  } catch {
    return true;
  }
}
