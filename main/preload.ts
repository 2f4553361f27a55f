/**
 * The preload bridge, bundled to one CommonJS file (sandboxed preloads cannot load ES modules or other
 * files). It exposes `window.lexgap`: one function per operation of the contract, each an
 * ipcRenderer.invoke on that operation's channel. Nothing else of Electron reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_KEY, channelFor, OPERATIONS, type LexgapApi } from './ipc-contract.js';

const api = Object.freeze(
  Object.fromEntries(
    OPERATIONS.map((op) => {
      const channel = channelFor(op);
      // One argument at most, so the page cannot smuggle extra values to main.
      return [op, (request?: unknown) => ipcRenderer.invoke(channel, request)];
    }),
  ),
) as LexgapApi;

contextBridge.exposeInMainWorld(API_KEY, api);
