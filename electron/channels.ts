/** The IPC channels; shared by main and preload, so kept apart from anything that pulls in the API. */
export const CALL_CHANNEL = 'tochuc:call';
export const NAVIGATE_CHANNEL = 'tochuc:navigate';
/** Main → page: progress, data changed, the backend restarted (see electron/backend.ts WindowEvent). */
export const EVENT_CHANNEL = 'tochuc:event';

const EVENT_TYPES = new Set(['progress', 'data-changed', 'backend-restarted', 'backend-stopped']);

/** The preload hands the page only events of these shapes. */
export function isWindowEvent(e: unknown): e is { type: string } {
  return typeof e === 'object' && e !== null && EVENT_TYPES.has((e as { type?: unknown }).type as string);
}

/** Menu items may only move between screens: a hash like "#/so-lieu", nothing else. */
export function isScreenHash(hash: unknown): hash is string {
  return typeof hash === 'string' && /^#\/[a-z-]{1,32}$/.test(hash);
}
