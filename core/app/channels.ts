/**
 * The names main and the preload share: the operations, their channels, the one push channel and the menu
 * commands. Plain data, no zod and no engine: the sandboxed preload bundles this module alone (the schemas and
 * types live in core/app/contract.ts, which re-exports everything here).
 */

/** The name under which the preload exposes the API in the renderer's main world. */
export const API_KEY = 'lexgap';

/** The prefix of every lexgap channel; main refuses nothing else because it registers nothing else. */
export const CHANNEL_PREFIX = 'lexgap:';

/** Every operation the renderer may ask of main, one channel each. */
export const OPERATIONS = [
  'analyzeText',
  'getSampleLaw',
  'importLaw',
  'importLawFile',
  'chooseLawFiles',
  'stopJob',
  'openProject',
  'openRecent',
  'recentProjects',
  'saveProject',
  'autosave',
  'recovery',
  'discardRecovery',
  'autosaveRegion',
  'restoreRegion',
  'openRegionFile',
  'exportFile',
  'setLanguage',
] as const;

export type OperationName = (typeof OPERATIONS)[number];

export type Channel<Op extends OperationName = OperationName> = `${typeof CHANNEL_PREFIX}${Op}`;

export function channelFor<Op extends OperationName>(op: Op): Channel<Op> {
  return `${CHANNEL_PREFIX}${op}`;
}

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && (OPERATIONS as readonly string[]).includes(name);
}

/** Main -> renderer: menu commands, import progress, projects opened from outside the window. */
export const PUSH_CHANNEL = `${CHANNEL_PREFIX}push`;

/**
 * Renderer -> main, one way, sent by the preload when the page subscribes to pushes. Main holds pushes for a
 * page until it has subscribed, so a file given on the command line is not lost while the page loads.
 */
export const SUBSCRIBE_CHANNEL = `${CHANNEL_PREFIX}subscribe`;

// The commands the native menu sends to the page are listed with the app's shared types.
export { MENU_COMMANDS, type MenuCommand } from './types.js';
