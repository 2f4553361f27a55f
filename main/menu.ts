/**
 * The native menu, as a template built from plain data so it can be checked without Electron
 * (test/main/security.test.ts). main.ts turns it into a Menu.
 */
import type { MenuItemConstructorOptions } from 'electron';

/** The Protocol's page at UNODC, opened from Help in the user's browser. */
export const PROTOCOL_URL = 'https://www.unodc.org/unodc/en/firearms-protocol/the-firearms-protocol.html';

export interface MenuDeps {
  isMac: boolean;
  /** Offer the developer tools (never in a packaged app). */
  devTools: boolean;
  /** Opens a URL in the user's browser after checking it (main.ts: openExternalIfSafe). */
  openExternal: (url: string) => void;
  showAbout: () => void;
}

export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [deps.isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' }],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(deps.devTools
        ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      { label: 'The Firearms Protocol (UNODC website)', click: () => deps.openExternal(PROTOCOL_URL) },
      { type: 'separator' },
      { label: 'About lexgap', click: () => deps.showAbout() },
    ],
  };
  const template: MenuItemConstructorOptions[] = [file, edit, view, help];
  if (deps.isMac) template.unshift({ role: 'appMenu' });
  return template;
}
