/**
 * The renderer's one way in: a typed `call(method, input)` over whichever transport the page has —
 * the preload's functions in Electron, or HTTP with the per-run token in web mode.
 */
import type { Api, MethodName } from '../api/contract.ts';
import type { InputOf, OutputOf } from '../api/define.ts';
import type { ApiError, ErrorCode } from '../core/errors.ts';

export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(e: ApiError) {
    super(e.message);
    this.code = e.code;
    this.details = e.details;
  }
}

type Bridge = { [K in MethodName]: (input: unknown) => Promise<{ ok: true; result: unknown } | { ok: false; error: ApiError }> };

declare global {
  interface Window { tochuc?: Bridge }
}

export type Call = <K extends MethodName>(method: K, input: InputOf<Api[K]>) => Promise<OutputOf<Api[K]>>;

export function createClient(): Call {
  const bridge = typeof window !== 'undefined' ? window.tochuc : undefined;
  if (bridge) {
    return async (method, input) => {
      const r = await bridge[method](input);
      if (!r.ok) throw new ApiCallError(r.error);
      return r.result as never;
    };
  }
  const token = document.querySelector('meta[name="tochuc-token"]')?.getAttribute('content') ?? '';
  return async (method, input) => {
    const res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Tochuc-Token': token },
      body: JSON.stringify(input ?? {}),
    });
    const body = (await res.json()) as { ok: true; result: unknown } | { ok: false; error: ApiError };
    if (!body.ok) throw new ApiCallError(body.error);
    return body.result as never;
  };
}
