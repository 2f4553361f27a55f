/**
 * The Electron main process: one sandboxed window that shows the renderer from app://lexgap/, a native
 * menu, and the IPC handlers of the contract (main/ipc-contract.ts). Security follows Electron's checklist:
 * context isolation, sandbox, no Node in the renderer, web security on, a strict CSP, a custom protocol
 * instead of file://, no navigation, no new windows, no permissions, validated IPC from our origin only.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type WebContents } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../core/analyze.js';
import sampleText from '../renderer/sample/kestria-en.txt';
import { registerHandlers } from './ipc.js';
import { APP_ORIGIN, APP_SCHEME } from './ipc.js';
import { buildMenuTemplate } from './menu.js';
import { createAppProtocolHandler } from './protocol.js';
import { createWindowOptions, isSafeExternalUrl } from './security.js';

const here = path.dirname(fileURLToPath(import.meta.url)); // dist/main
const RENDERER_ROOT = path.join(here, '..', 'renderer');
const PRELOAD = path.join(here, 'preload.cjs');
const START_URL = `${APP_ORIGIN}/index.html`;
const SAMPLE_FILE = 'kestria-en.txt';

// Must happen before `ready`: app:// behaves like https (standard, secure origin, fetch, CORS for modules).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

function openExternalIfSafe(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
  else console.warn(`lexgap: refused to open ${url}`);
}

/** Applies to every web contents the app creates: no navigation, no redirects, no windows, no webviews. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternalIfSafe(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url);
    return { action: 'deny' };
  });
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(createWindowOptions(PRELOAD, { devTools: !app.isPackaged }));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(START_URL);
  return window;
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: 'About lexgap',
    message: `lexgap ${app.getVersion()}`,
    detail: 'Gap analysis of national firearms legislation against the UN Firearms Protocol and the UNODC Model Law.',
  };
  if (mainWindow) void dialog.showMessageBox(mainWindow, options);
  else void dialog.showMessageBox(options);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => lockDown(contents));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    ses.setDevicePermissionHandler(() => false);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_ROOT));

    registerHandlers(ipcMain, {
      handlers: {
        analyzeText: ({ text, file, language }) => analyzeText(text, { file, language: language ?? 'auto' }),
        getSampleLaw: () => ({ file: SAMPLE_FILE, text: sampleText }),
      },
    });

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({ isMac: process.platform === 'darwin', devTools: !app.isPackaged, openExternal: openExternalIfSafe, showAbout }),
      ),
    );

    mainWindow = createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });
}
