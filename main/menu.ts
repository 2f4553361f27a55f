/**
 * The native menu, as a template built from plain data so it can be checked without Electron
 * (test/main/menu.test.ts). main.ts turns it into a Menu and rebuilds it when the recent list changes.
 *
 * Commands that belong to the page (New, Open…, Save, Import, the exports, the review's Undo and Redo, Find,
 * the coverage dashboard, About) are sent to it as MenuCommands; the page decides what they do (it may ask to
 * save first). Clipboard, zoom, full screen and quit are Electron's own roles. Labels come from the
 * catalogue's menu namespace, in the interface's language.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core/app/channels.js';
import { translator, type WordsLanguage } from '../core/i18n/index.js';

/** The Protocol's page at UNODC, opened from Help in the user's browser. */
export const PROTOCOL_URL = 'https://www.unodc.org/unodc/en/firearms-protocol/the-firearms-protocol.html';

/** The project's guide (its README) on GitHub, opened from Help in the user's browser. */
export const README_URL = 'https://github.com/lexgap/lexgap#readme';

export interface RecentMenuEntry {
  name: string;
  path: string;
}

export interface MenuDeps {
  isMac: boolean;
  /** Windows says Exit where other systems say Quit. */
  isWindows?: boolean;
  /** Offer reload and the developer tools (never in a packaged app). */
  devTools: boolean;
  /** Sends a command to the focused lexgap window. */
  send: (command: MenuCommand) => void;
  /** Opens a URL in the user's browser after checking it (main.ts: openExternalIfSafe). */
  openExternal: (url: string) => void;
  /** The recent projects, newest first, for Open Recent. */
  recent?: readonly RecentMenuEntry[];
  /** Opens a recent project (main opens it and hands it to the page). */
  openRecent?: (path: string) => void;
  /** The language of the labels (the interface's); English by default. */
  language?: WordsLanguage;
}

/** A label shows "&" as an access-key marker: a file name's own "&" is doubled to show as itself. */
export function escapeMnemonic(label: string): string {
  return label.replace(/&/g, '&&');
}

export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const t = translator(deps.language ?? 'en', 'menu', 'menu');
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: `command:${cmd}`,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => deps.send(cmd),
  });

  const recent = deps.recent ?? [];
  const openRecent: MenuItemConstructorOptions = {
    id: 'open-recent',
    label: t('openRecent'),
    submenu: recent.length
      ? recent.map((entry, index) => ({
          id: `recent:${index}`,
          label: escapeMnemonic(entry.name),
          toolTip: entry.path,
          click: () => deps.openRecent?.(entry.path),
        }))
      : [{ label: t('noRecent'), enabled: false }],
  };

  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      command(t('new'), 'new', 'CmdOrCtrl+N'),
      command(t('open'), 'open', 'CmdOrCtrl+O'),
      openRecent,
      { type: 'separator' },
      command(t('save'), 'save', 'CmdOrCtrl+S'),
      command(t('saveAs'), 'save-as', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command(t('importLaw'), 'import', 'CmdOrCtrl+I'),
      { type: 'separator' },
      command(t('exportReport'), 'export-report', 'CmdOrCtrl+E'),
      command(t('exportCsv'), 'export-csv'),
      command(t('exportJson'), 'export-json'),
      { type: 'separator' },
      deps.isMac ? { role: 'close', label: t('close') } : { role: 'quit', label: deps.isWindows ? t('exit') : t('quit') },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      // The review's own undo and redo (a decision set, evidence rejected...), handled by the page.
      command(t('undo'), 'undo', 'CmdOrCtrl+Z'),
      command(t('redo'), 'redo', deps.isMac || !deps.isWindows ? 'CmdOrCtrl+Shift+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      { role: 'selectAll', label: t('selectAll') },
      { type: 'separator' },
      command(t('find'), 'find', 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      command(t('dashboard'), 'dashboard', 'CmdOrCtrl+1'),
      { type: 'separator' },
      { role: 'resetZoom', label: t('resetZoom') },
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('fullScreen') },
      ...(deps.devTools
        ? ([
            { type: 'separator' },
            { role: 'reload', label: t('reload') },
            { role: 'toggleDevTools', label: t('devTools') },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: t('help'),
    role: 'help',
    submenu: [
      { id: 'help:readme', label: t('readme'), click: () => deps.openExternal(README_URL) },
      { id: 'help:protocol', label: t('protocol'), click: () => deps.openExternal(PROTOCOL_URL) },
      { type: 'separator' },
      command(t('about'), 'about'),
    ],
  };

  const template: MenuItemConstructorOptions[] = [file, edit, view, help];
  if (deps.isMac) template.unshift({ role: 'appMenu' });
  return template;
}
