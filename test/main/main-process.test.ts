/**
 * Runs the built main process (dist/main/main.js, with its workers dist/main/import-worker.js and
 * analyze-worker.js) in plain Node
 * with a fake 'electron' module (fixtures/fake-electron.mjs), twice over the same user-data folder: a first
 * session that works on a project and then crashes, and a second that recovers the work, takes a project from
 * a second launch and quits cleanly. The Electron binary is never needed.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeProject } from '../../core/project.js';
import { OPERATIONS } from '../../core/app/channels.js';
import { sampleProject, textPdf } from './support.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const REGISTER = path.join(ROOT, 'test', 'main', 'fixtures', 'register-fake-electron.mjs');
const BUILT = ['main.js', 'import-worker.js', 'analyze-worker.js', 'preload.cjs', 'package.json'];

interface LogEntry {
  what: string;
  data?: Record<string, unknown> & { ready?: boolean };
}

/* eslint-disable @typescript-eslint/no-explicit-any */
let first: any;
let second: any;
/* eslint-enable @typescript-eslint/no-explicit-any */
const entries = (report: { log: LogEntry[] }, what: string): LogEntry[] => report.log.filter((entry) => entry.what === what);

let base: string;
let app: string;
let documents: string;
let userData: string;

function runMain(args: string[], env: Record<string, string>) {
  const out = execFileSync(process.execPath, ['--import', REGISTER, path.join(app, 'dist', 'main', 'main.js'), ...args], {
    cwd: app,
    env: { ...process.env, LEXGAP_FAKE_ELECTRON_QUIET: '1', ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron', LEXGAP_FAKE_USER_DATA: userData, ...env },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
}

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js'), 'main'], { cwd: ROOT, stdio: 'pipe' });
  // The bundles are self-contained: run a copy beside a renderer of our own, so that a renderer build running at
  // the same time (test/e2e) cannot disturb this test, and so that no TypeScript source of the worker is near.
  base = mkdtempSync(path.join(tmpdir(), 'lexgap-main-'));
  app = path.join(base, 'app');
  documents = path.join(base, 'documents');
  userData = path.join(base, 'user-data');
  mkdirSync(path.join(app, 'dist', 'main'), { recursive: true });
  mkdirSync(path.join(app, 'dist', 'renderer'), { recursive: true });
  mkdirSync(documents, { recursive: true });
  for (const file of BUILT) copyFileSync(path.join(ROOT, 'dist', 'main', file), path.join(app, 'dist', 'main', file));
  writeFileSync(path.join(app, 'dist', 'renderer', 'index.html'), '<!doctype html><title>lexgap</title>');
  writeFileSync(path.join(app, 'package.json'), '{"type": "module", "secret": true}');

  const project = sampleProject();
  const titled = (title: string) => serializeProject({ ...project, meta: { ...project.meta, title } });
  writeFileSync(path.join(documents, 'argv.lexgap'), titled('From the command line'));
  writeFileSync(path.join(documents, 'act.lexgap'), titled('Firearms Act'));
  writeFileSync(path.join(documents, 'second.lexgap'), titled('From a second launch'));
  writeFileSync(path.join(documents, 'damaged.lexgap'), '{"format": "lexgap-project", "law": ');
  const pdf = path.join(documents, 'act.pdf');
  writeFileSync(pdf, textPdf(['Section 1. Every firearm shall bear a serial number.', 'Section 2. Records shall be kept for ten years.']));

  first = runMain([path.join(documents, 'argv.lexgap')], {
    LEXGAP_FAKE_SCENARIO: 'first',
    LEXGAP_FAKE_PDF: pdf,
    LEXGAP_FAKE_DIALOGS: JSON.stringify([path.join(documents, 'act.lexgap'), path.join(documents, 'copy.lexgap'), path.join(documents, 'gaps'), [pdf, path.join(documents, 'act.lexgap')]]),
  });
  second = runMain([], {
    LEXGAP_FAKE_SCENARIO: 'after-crash',
    // A French system: menus and dialogs in French until the page says otherwise.
    LEXGAP_FAKE_LOCALE: 'fr-FR',
    LEXGAP_FAKE_SECOND_ARGV: JSON.stringify(['lexgap', '--allow-file-access-from-files', path.join(documents, 'second.lexgap')]),
  });
}, 180_000);

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

describe('main process (built, with a fake Electron): security', () => {
  it('registers app:// as a privileged scheme before ready and sandboxes every renderer', () => {
    const [registration] = entries(first, 'protocol.registerSchemesAsPrivileged');
    expect(registration?.data?.ready).toBe(false);
    expect(registration?.data?.schemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(entries(first, 'app.enableSandbox')[0]?.data?.ready).toBe(false);
    expect(entries(first, 'app.requestSingleInstanceLock')).toHaveLength(1);
  });

  it('opens one window with the secure preferences, the bundled preload, and a size that fits the screen', () => {
    const [created] = entries(first, 'new BrowserWindow');
    const options = created?.data?.options as { webPreferences: Record<string, unknown>; width: number; height: number };
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' });
    expect(options.webPreferences.preload).toBe(path.join(app, 'dist', 'main', 'preload.cjs'));
    expect(existsSync(options.webPreferences.preload as string)).toBe(true);
    expect(options).toMatchObject({ width: 1280, height: 820 });
    expect(entries(first, 'BrowserWindow.loadURL')[0]?.data?.url).toBe('app://lexgap/index.html');
  });

  it('builds what electron-builder packs, with the workers and their package.json outside the archive', () => {
    for (const file of BUILT) expect(existsSync(path.join(ROOT, 'dist', 'main', file))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(ROOT, 'dist', 'main', 'package.json'), 'utf8'))).toEqual({ type: 'module' });
    const config = readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    const list = (key: string) => [...(new RegExp(`^${key}:\\n((?:  - .*\\n)+)`, 'm').exec(config)?.[1] ?? '').matchAll(/ {2}- "?([^"\n]+)"?/g)].map((m) => m[1]);
    expect(list('files')).toEqual(expect.arrayContaining(['dist/main/**', 'dist/renderer/**']));
    expect(list('asarUnpack')).toEqual(['dist/main/import-worker.js', 'dist/main/analyze-worker.js', 'dist/main/package.json']);
    expect(config).toMatch(/fileAssociations:\n {2}- ext: lexgap/);
  });

  it('ships a preload that holds names only: no zod, no engine', () => {
    const preload = readFileSync(path.join(app, 'dist', 'main', 'preload.cjs'), 'utf8');
    expect(preload.length).toBeLessThan(5000);
    expect(preload).not.toMatch(/zod|ZodError|analyzeText\(/);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('serves the renderer over app:// with the CSP header and refuses traversal', () => {
    expect(first.protocol.index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(first.protocol.root.status).toBe(200);
    expect(first.protocol.index.csp).toContain("default-src 'self'");
    expect(first.protocol.traversal.status).toBe(403);
  });

  it('answers the contract over IPC with the real engine, only for our page', () => {
    expect(first.channels).toEqual(OPERATIONS.map((op) => `lexgap:${op}`).sort());
    expect(first.listeners).toEqual(['lexgap:subscribe']);
    expect(first.ipc.sample).toEqual({ ok: true, file: 'kestria-en.txt', length: expect.any(Number) });
    expect(first.ipc.sample.length).toBeGreaterThan(1000);
    expect(first.ipc.analyze.ok).toBe(true);
    expect(first.ipc.analyze.elements).toBeGreaterThan(40);
    expect(first.ipc.fromFile).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(first.ipc.invalid).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('takes no path from the page: unknown and path-shaped locations are refused', () => {
    expect(first.unknownLocation).toMatchObject({ ok: false, error: { code: 'input', problem: { code: 'unknown-location' } } });
    expect(first.pathAsLocation).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('prevents navigation, redirects, webviews and new windows; opens only safe https links outside', () => {
    expect(first.navigation).toMatchObject({
      httpsPrevented: true,
      filePrevented: true,
      redirectPrevented: true,
      webviewPrevented: true,
      openHttps: { action: 'deny' },
      openJavascript: { action: 'deny' },
    });
    const opened = entries(first, 'shell.openExternal').map((entry) => entry.data?.url);
    expect(opened).toEqual(['https://www.unodc.org/', 'https://www.unodc.org/page']);
  });

  it('denies permission requests and sets the native menu', () => {
    expect(first.permissions).toEqual({ request: false, check: false });
    expect(entries(first, 'Menu.setApplicationMenu')[0]?.data?.labels).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('speaks the interface’s language in its menus, and the system’s until the page says', () => {
    expect(first.setLanguage).toEqual({ ok: true, value: null });
    expect(first.menuAfterLanguage).toEqual(['&Archivo', '&Edición', '&Ver', 'Ay&uda']);
    expect(entries(second, 'Menu.setApplicationMenu')[0]?.data?.labels).toEqual(['&Fichier', 'É&dition', '&Affichage', 'Aid&e']);
  });
});

describe('main process (built, with a fake Electron): projects', () => {
  it('holds pushes until our page subscribes: the command-line project, then menu commands', () => {
    expect(first.pushesBeforeSubscribe).toBe(0);
    expect(first.pushesAfterForeignSubscribe).toBe(0);
    expect(first.afterSubscribe).toEqual([
      { channel: 'lexgap:push', kind: 'open-project', name: 'argv.lexgap', id: expect.stringMatching(/^loc-/), title: 'From the command line' },
      { channel: 'lexgap:push', kind: 'menu-command', command: 'save' },
      { channel: 'lexgap:push', kind: 'menu-command', command: 'dashboard' },
    ]);
  });

  it('reads a dropped PDF in the bundled worker (no node_modules near it, as in the packaged app), with progress', () => {
    expect(first.importLawFile).toEqual({ ok: true, file: 'act.pdf', text: expect.stringContaining('serial number') });
    expect(first.importProgress).toEqual([
      { channel: 'lexgap:push', kind: 'import-progress', job: 'fake-1', done: 1, total: 2 },
      { channel: 'lexgap:push', kind: 'import-progress', job: 'fake-1', done: 2, total: 2 },
    ]);
  });

  it('opens, saves, saves as and exports through its own dialogs, attached to the window', () => {
    expect(first.openProject).toMatchObject({ ok: true, location: { name: 'act.lexgap' }, title: 'Firearms Act' });
    expect(first.saveProject).toEqual({ ok: true, value: first.openProject.location });
    expect(first.saveAs).toMatchObject({ ok: true, value: { name: 'copy.lexgap' } });
    expect(first.autosave).toEqual({ ok: true, value: null });
    expect(first.exportFile).toEqual({ ok: true, value: 'gaps.csv' });
    expect(readFileSync(path.join(documents, 'gaps.csv'), 'utf8')).toBe('id,status\n');
    expect(JSON.parse(readFileSync(path.join(documents, 'copy.lexgap'), 'utf8')).meta.title).toBe('Firearms Act');
    const open = entries(first, 'dialog.showOpenDialog')[0]?.data;
    expect(open).toMatchObject({ withWindow: true, filters: [{ extensions: ['lexgap'] }] });
    const save = entries(first, 'dialog.showSaveDialog').map((e) => e.data);
    expect(save).toEqual([
      expect.objectContaining({ withWindow: true, defaultPath: path.join(documents, 'act.lexgap'), filters: [expect.objectContaining({ extensions: ['lexgap'] })] }),
      expect.objectContaining({ withWindow: true, defaultPath: path.join(documents, 'gaps.csv'), filters: [expect.objectContaining({ extensions: ['csv'] })] }),
    ]);
  });

  it('lets the person choose several law documents at once for the comparison, and gives each by its name', () => {
    const chooser = entries(first, 'dialog.showOpenDialog').find((e) => e.data?.title === 'Add laws to the comparison')?.data;
    expect(chooser).toMatchObject({ withWindow: true, properties: ['openFile', 'multiSelections'], filters: [expect.objectContaining({ extensions: expect.arrayContaining(['docx', 'pdf']) }), expect.anything()] });
    expect(first.chooseLawFiles).toEqual([
      { name: 'act.pdf', bytes: readFileSync(path.join(documents, 'act.pdf')).byteLength },
      { name: 'act.lexgap', bytes: readFileSync(path.join(documents, 'act.lexgap')).byteLength },
    ]);
    // A single-file dialog stays one: opening a project.
    expect(entries(first, 'dialog.showOpenDialog')[0]?.data?.properties).toEqual(['openFile']);
  });

  it('keeps the recent list, in the app and in the menu and the system', () => {
    expect(first.recent).toEqual(['copy.lexgap', 'act.lexgap', 'argv.lexgap']);
    expect(first.recentMenu).toEqual(['copy.lexgap', 'act.lexgap', 'argv.lexgap']);
    expect(entries(first, 'app.addRecentDocument').map((e) => e.data?.file)).toContain(path.join(documents, 'copy.lexgap'));
    // ...and the second session (below) added the project of the second launch on top.
    const stored = JSON.parse(readFileSync(path.join(userData, 'recent.json'), 'utf8')) as Array<{ name: string }>;
    expect(stored.map((entry) => entry.name)).toEqual(['second.lexgap', 'copy.lexgap', 'act.lexgap', 'argv.lexgap']);
  });

  it('leaves the session marker while running (the first session then crashes)', () => {
    expect(first.sessionMarker).toBe(true);
    expect(readdirSync(path.join(userData, 'autosave')).filter((f) => f.endsWith('.lexgap'))).toEqual([]); // discarded in the second session
  });

  it('offers the autosaved project after the crash, and forgets it when discarded', () => {
    expect(second.recovery).toMatchObject({ ok: true, title: 'Firearms Act', location: 'act.lexgap' });
    expect(second.discard).toEqual({ ok: true, value: null });
    expect(second.recoveryAfterDiscard).toEqual({ ok: true, value: null });
  });

  it("opens a second launch's project in the first window, and explains a damaged one", () => {
    expect(second.pushes).toEqual([{ channel: 'lexgap:push', kind: 'open-project', name: 'second.lexgap', id: expect.stringMatching(/^loc-/), title: 'From a second launch' }]);
    expect(entries(second, 'BrowserWindow.focus').length).toBeGreaterThan(0);
    // In the system's language (French), as the menus are.
    expect(entries(second, 'dialog.showMessageBox').map((e) => [e.data?.title, e.data?.message])).toEqual([
      ['Le projet ne peut pas être ouvert', expect.stringMatching(/^damaged\.lexgap est endommagé et ne peut pas être ouvert/)],
    ]);
    expect(readFileSync(path.join(documents, 'damaged.lexgap'), 'utf8')).toBe('{"format": "lexgap-project", "law": ');
  });

  it('removes the session marker on a clean exit and remembers the window', () => {
    expect(second.sessionMarker).toBe(false);
    expect(second.windowState).toEqual({ x: 40, y: 30, width: 1100, height: 760, maximized: false });
  });
});
