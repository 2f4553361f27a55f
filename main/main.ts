/**
 * The Electron main process: one sandboxed window that shows the renderer from app://lexgap/, a native
 * menu, the IPC handlers of the contract (core/app/contract.ts, main/operations.ts), autosave and crash
 * recovery, the recent list, the window's remembered size and place, a single instance, and .lexgap files
 * opened by the operating system.
 *
 * Security follows Electron's checklist: context isolation, sandbox, no Node in the renderer, web security on,
 * a strict CSP, a custom protocol instead of file://, no navigation, no new windows, no permissions,
 * validated IPC from our origin only, paths only from main's own dialogs, external links only https.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type OpenDialogOptions,
  type SaveDialogOptions,
  type WebContents,
} from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../core/input-error.js';
import sampleText from '../renderer/sample/kestria-en.txt';
import type { MenuCommand } from '../core/app/channels.js';
import { APP_ORIGIN, APP_SCHEME, registerHandlers, type PushHub, type PushTarget } from './ipc.js';
import { LocationRegistry } from './locations.js';
import { buildMenuTemplate } from './menu.js';
import { OpenQueue, projectPathFromArgv } from './open-files.js';
import { createOperations, dialogWords, type Dialogs, type OpenOptions, type Operations } from './operations.js';
import { AppStore, type RecentEntry } from './projects.js';
import { createAppProtocolHandler } from './protocol.js';
import { createWindowOptions, isSafeExternalUrl } from './security.js';
import { isWordsLanguage, type WordsLanguage } from '../core/i18n/index.js';
import { problemText } from '../core/i18n/problems.js';
import { loadWindowState, restoreBounds, saveWindowState } from './window-state.js';

const here = path.dirname(fileURLToPath(import.meta.url)); // dist/main
const RENDERER_ROOT = path.join(here, '..', 'renderer');
const PRELOAD = path.join(here, 'preload.cjs');
const START_URL = `${APP_ORIGIN}/index.html`;
const SAMPLE_FILE = 'kestria-en.txt';
const isMac = process.platform === 'darwin';
const isWindows = process.platform === 'win32';

// Must happen before `ready`: app:// behaves like https (standard, secure origin, fetch, CORS for modules).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
]);
app.enableSandbox();

/** Files the operating system asked us to open, held until the window is there. */
const openQueue = new OpenQueue();
// macOS sends open-file for a double-clicked project, possibly before `ready`.
app.on('open-file', (event, file) => {
  event.preventDefault();
  openQueue.request(file);
});

let mainWindow: BrowserWindow | null = null;

/** The language of menus and dialogs: the system's until the page says which the interface speaks. */
let language: WordsLanguage = 'en';
function systemLanguage(): WordsLanguage {
  const base = app.getLocale().split('-')[0]!.toLowerCase();
  return isWordsLanguage(base) ? base : 'en';
}

interface Running {
  userData: string;
  pushes: PushHub;
  operations: Operations;
}
let running: Running | null = null;

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

function showWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function createWindow(state: Running): BrowserWindow {
  const options = createWindowOptions(PRELOAD, { devTools: !app.isPackaged });
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const { bounds, maximized } = restoreBounds(loadWindowState(state.userData), workAreas, {
    width: options.width ?? 1280,
    height: options.height ?? 820,
    minWidth: options.minWidth ?? 720,
    minHeight: options.minHeight ?? 480,
  });
  const window = new BrowserWindow({
    ...options,
    ...bounds,
    // createWindowOptions (tested in test/main/security.test.ts) sets these; they are pinned again here, where
    // the window is made, so that no spread can undo them and a reader or a scanner sees them.
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => saveWindowState(state.userData, { ...window.getNormalBounds(), maximized: window.isMaximized() }));
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  // A reload (development only: navigation is otherwise refused) starts a new page: hold pushes until it
  // subscribes again. The first load needs no reset: nothing has subscribed before it.
  let loads = 0;
  window.webContents.on('did-navigate', () => {
    if (loads++ > 0) state.pushes.reset(window.webContents);
  });
  void window.loadURL(START_URL);
  return window;
}

/** The lexgap window, made if there is none (macOS keeps running without windows). */
function ensureWindow(state: Running): BrowserWindow {
  if (!mainWindow) mainWindow = createWindow(state);
  return mainWindow;
}

function ownerWindow(sender: PushTarget | undefined): BrowserWindow | null {
  const fromSender = sender ? BrowserWindow.fromWebContents(sender as WebContents) : null;
  return fromSender ?? BrowserWindow.getFocusedWindow() ?? mainWindow;
}

/** The paths chosen in the open dialog (one, or several with `many`); none if the user cancelled. */
async function showOpen(owner: PushTarget | undefined, { title, filters, defaultPath }: OpenOptions, many: boolean): Promise<string[]> {
  const options: OpenDialogOptions = { title, filters, properties: many ? ['openFile', 'multiSelections'] : ['openFile'], ...(defaultPath ? { defaultPath } : {}) };
  const window = ownerWindow(owner);
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

function electronDialogs(): Dialogs {
  return {
    showOpen: async (owner, options) => (await showOpen(owner, options, false))[0],
    showOpenMany: (owner, options) => showOpen(owner, options, true),
    async showSave(owner, { title, filters, defaultPath }) {
      const options: SaveDialogOptions = { title, filters, defaultPath, properties: ['showOverwriteConfirmation', 'createDirectory'] };
      const window = ownerWindow(owner);
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
    async confirmReplace(owner, name) {
      const t = dialogWords(language);
      const options = {
        type: 'question' as const,
        buttons: [t('replace'), t('cancel')],
        defaultId: 1,
        cancelId: 1,
        title: t('replaceTitle'),
        message: t('replaceMessage', { name }),
      };
      const window = ownerWindow(owner);
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
  };
}

function setMenu(state: Running, recent: readonly RecentEntry[]): void {
  const send = (command: MenuCommand) => {
    const window = BrowserWindow.getFocusedWindow() ?? ensureWindow(state);
    state.pushes.send(window.webContents, { kind: 'menu-command', command });
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isMac,
        isWindows,
        devTools: !app.isPackaged,
        send,
        openExternal: openExternalIfSafe,
        recent: recent.map((entry) => ({ name: entry.name, path: entry.path })),
        language,
        openRecent: (file) => openQueue.request(file),
      }),
    ),
  );
}

/** Opens a project the system or the menu named, hands it to the page, or says why it cannot be opened. */
async function openFromOutside(state: Running, file: string): Promise<void> {
  const window = ensureWindow(state);
  try {
    const opened = await state.operations.openPath(file);
    state.pushes.send(window.webContents, { kind: 'open-project', opened });
    showWindow(window);
  } catch (error) {
    if (!(error instanceof InputError)) console.warn(`lexgap: opening ${file} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const problem = error instanceof InputError ? error.problem : { code: 'open-failed' as const, params: { file: path.basename(file) } };
    await dialog.showMessageBox(window, { type: 'warning', title: dialogWords(language)('openFailedTitle'), message: problemText(problem, language) });
  }
}

function start(): void {
  const userData = app.getPath('userData');
  language = systemLanguage();
  let recentEntries: readonly RecentEntry[] = [];
  const store = new AppStore(userData);
  const { previousEndedCleanly } = store.startSession();
  // Temporary files a crash left halfway through a write: no one will finish them.
  void store.tidy().catch(() => undefined);
  // A clean exit removes the session marker; a crash leaves it, and the next start offers the autosave.
  app.on('will-quit', () => store.endSession());

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_ROOT));

  const operations = createOperations({
    dialogs: electronDialogs(),
    store,
    locations: new LocationRegistry(),
    previousEndedCleanly,
    sampleLaw: () => ({ file: SAMPLE_FILE, text: sampleText }),
    documentsDir: app.getPath('documents'),
    addRecentDocument: (file) => app.addRecentDocument(file),
    onRecentChanged: (entries) => {
      recentEntries = entries;
      if (running) setMenu(running, entries);
    },
    language,
    onLanguage: (chosen) => {
      language = chosen;
      if (running) setMenu(running, recentEntries);
    },
  });
  const { pushes } = registerHandlers(ipcMain, { handlers: operations.handlers });
  const state: Running = { userData, pushes, operations };
  running = state;

  setMenu(state, []);
  void operations.recent().then(
    (entries) => {
      recentEntries = entries;
      if (running) setMenu(running, entries);
    },
    () => undefined,
  );

  mainWindow = createWindow(state);
  openQueue.start((file) => openFromOutside(state, file));
  app.on('activate', () => {
    if (running && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(running);
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Windows and Linux: a project double-clicked while lexgap was closed is in our own command line.
  const initial = projectPathFromArgv(process.argv, process.cwd());
  if (initial) openQueue.request(initial);

  // A second launch hands us its command line and quits: show our window and open the file it was given.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (running) showWindow(ensureWindow(running));
    const file = projectPathFromArgv(argv, workingDirectory);
    if (file) openQueue.request(file);
  });

  app.on('web-contents-created', (_event, contents) => lockDown(contents));

  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });

  void app.whenReady().then(start);
}
