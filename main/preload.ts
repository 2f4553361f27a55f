/**
 * The preload bridge, bundled to one CommonJS file (sandboxed preloads cannot load ES modules or other
 * files). It exposes `window.lexgap`: one function per operation of the contract, each an
 * ipcRenderer.invoke on that operation's channel with at most one argument, and `subscribe`, which hands the
 * page what main pushes without Electron's event object (it would leak `sender`). Nothing else of Electron
 * reaches the page. It imports names only (core/app/channels.ts), so neither zod nor the engine is bundled here.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_KEY, channelFor, OPERATIONS, PUSH_CHANNEL, SUBSCRIBE_CHANNEL } from '../core/app/channels.js';
import type { LexgapApi, PushMessage } from '../core/app/contract.js';

const operations = Object.fromEntries(
  OPERATIONS.map((op) => {
    const channel = channelFor(op);
    // One argument at most, so the page cannot smuggle extra values to main.
    return [op, (request?: unknown) => ipcRenderer.invoke(channel, request)];
  }),
);

function subscribe(listener: (message: PushMessage) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError('lexgap.subscribe needs a function.');
  const forward = (_event: IpcRendererEvent, message: unknown) => listener(message as PushMessage);
  ipcRenderer.on(PUSH_CHANNEL, forward);
  // Tells main this page listens, so that it delivers what it held while the page was loading.
  ipcRenderer.send(SUBSCRIBE_CHANNEL);
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    ipcRenderer.removeListener(PUSH_CHANNEL, forward);
  };
}

const api = Object.freeze({ ...operations, subscribe }) as LexgapApi;

contextBridge.exposeInMainWorld(API_KEY, api);
