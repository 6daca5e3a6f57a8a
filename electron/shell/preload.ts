/**
 * The sandboxed preload: exposes exactly the contract's transport as `window.mostrador` and nothing
 * else — no ipcRenderer, no Node. It exports nothing, so the CommonJS bundle needs no module object.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Transport } from '../../shared/contract';
import { createPreloadTransport } from './preload-transport';

const transport = createPreloadTransport(ipcRenderer);
// Expose copies of the two functions only: not the transport object with its closure map.
contextBridge.exposeInMainWorld('mostrador', {
  invoke: (method, input) => transport.invoke(method, input),
  on: (event, listener) => transport.on(event, listener),
} satisfies Transport);
