/** The two IPC channels; shared by main and preload, so kept apart from anything that pulls in the API. */
export const CALL_CHANNEL = 'tochuc:call';
export const NAVIGATE_CHANNEL = 'tochuc:navigate';

/** Menu items may only move between screens: a hash like "#/so-lieu", nothing else. */
export function isScreenHash(hash: unknown): hash is string {
  return typeof hash === 'string' && /^#\/[a-z-]{1,32}$/.test(hash);
}
