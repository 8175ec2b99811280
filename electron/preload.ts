/**
 * The preload of a sandboxed, context-isolated window: it exposes one function per contract method as
 * `window.tochuc[method](input)` and nothing else — never ipcRenderer itself, so the page cannot send
 * on other channels. The method list is fixed at build time (scripts/build-electron.js).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, NAVIGATE_CHANNEL, isScreenHash } from './channels.ts';

declare const __TOCHUC_METHODS__: string[];
// The preload runs in the page but is compiled with the Node code (no DOM types); it touches only the hash.
declare const window: { location: { hash: string } };

const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of __TOCHUC_METHODS__) {
  api[name] = (input: unknown) => ipcRenderer.invoke(CALL_CHANNEL, name, input);
}
contextBridge.exposeInMainWorld('tochuc', api);

// The menu switches screens by setting the hash of our own page; any other message is ignored.
ipcRenderer.on(NAVIGATE_CHANNEL, (_event, hash: unknown) => {
  if (isScreenHash(hash)) window.location.hash = hash;
});
