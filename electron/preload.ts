/**
 * The preload of a sandboxed, context-isolated window: it exposes one function per contract method as
 * `window.tochuc[method](input)`, and `window.tochucEvents.subscribe(fn)` for pushed events — never
 * ipcRenderer itself, so the page cannot send on other channels. The method list is fixed at build time
 * (scripts/build-electron.js).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL, NAVIGATE_CHANNEL, isScreenHash, isWindowEvent } from './channels.ts';

declare const __TOCHUC_METHODS__: string[];
// The preload runs in the page but is compiled with the Node code (no DOM types); it touches only the hash.
declare const window: { location: { hash: string } };

const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of __TOCHUC_METHODS__) {
  api[name] = (input: unknown) => ipcRenderer.invoke(CALL_CHANNEL, name, input);
}
contextBridge.exposeInMainWorld('tochuc', api);

// Events pushed by main (progress, data changed, backend restarted): the page subscribes with one function
// and receives plain event objects, never the IPC event or ipcRenderer.
const listeners = new Set<(event: unknown) => void>();
ipcRenderer.on(EVENT_CHANNEL, (_event, payload: unknown) => {
  if (isWindowEvent(payload)) for (const fn of listeners) fn(payload);
});
contextBridge.exposeInMainWorld('tochucEvents', {
  subscribe(fn: (event: unknown) => void): () => void {
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
});

// The menu switches screens by setting the hash of our own page; any other message is ignored.
ipcRenderer.on(NAVIGATE_CHANNEL, (_event, hash: unknown) => {
  if (isScreenHash(hash)) window.location.hash = hash;
});
