/**
 * The renderer's one way in: a typed `call(method, input)` over whichever transport the page has —
 * the preload's functions in Electron, or HTTP with the per-run token in web mode.
 */
import type { Api, MethodName } from '../api/contract.ts';
import type { InputOf, OutputOf } from '../api/define.ts';
import type { ApiError, CallReply, ErrorCode } from '../core/errors.ts';
import type { WindowEvent } from '../core/progress.ts';

export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(e: ApiError) {
    super(e.message);
    this.code = e.code;
    this.details = e.details;
  }
}

type Bridge = { [K in MethodName]: (input: unknown) => Promise<CallReply> };
interface EventBridge {
  subscribe(fn: (event: WindowEvent) => void): () => void;
}

declare global {
  interface Window {
    tochuc?: Bridge;
    tochucEvents?: EventBridge;
  }
}

const pageToken = () => document.querySelector('meta[name="tochuc-token"]')?.getAttribute('content') ?? '';

/**
 * Listens to what the backend pushes (progress of a job, data changed, the backend restarted): the preload's
 * event bridge in Electron, one server-sent event stream in web mode. Returns a function that stops listening.
 */
export function createEvents(): EventBridge {
  const bridge = typeof window !== 'undefined' ? window.tochucEvents : undefined;
  if (bridge) return bridge;
  const listeners = new Set<(event: WindowEvent) => void>();
  let source: EventSource | null = null;
  return {
    subscribe(fn) {
      listeners.add(fn);
      if (!source && typeof EventSource !== 'undefined') {
        source = new EventSource(`/api/events?token=${encodeURIComponent(pageToken())}`);
        source.onmessage = (m: MessageEvent<string>) => {
          const event = JSON.parse(m.data) as WindowEvent;
          for (const l of listeners) l(event);
        };
      }
      return () => {
        listeners.delete(fn);
      };
    },
  };
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
  const token = pageToken();
  return async (method, input) => {
    const res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Tochuc-Token': token },
      body: JSON.stringify(input ?? {}),
    });
    const body = (await res.json()) as CallReply;
    if (!body.ok) throw new ApiCallError(body.error);
    return body.result as never;
  };
}
