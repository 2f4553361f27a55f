/**
 * The renderer's only way out: a Platform (types.ts). In Electron it is built on `window.lexgap`, the bridge
 * the preload exposes (electron.ts); in a plain browser it is the web adapter (web.ts). The rest of the UI
 * never knows which one it has.
 */
import { electronPlatform } from './electron.js';
import type { Platform } from './types.js';
import { webPlatform } from './web.js';

export * from './types.js';

export function getPlatform(): Platform {
  return window.lexgap ? electronPlatform(window.lexgap) : webPlatform();
}
