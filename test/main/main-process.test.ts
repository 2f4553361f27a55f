/**
 * Runs the built main process (dist/main/main.js) in plain Node with a fake 'electron' module
 * (fixtures/fake-electron.mjs) and checks what it does: the security settings it applies, the protocol it
 * serves, the IPC it answers and the navigation it refuses. The Electron binary is never needed.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const REGISTER = path.join(ROOT, 'test', 'main', 'fixtures', 'register-fake-electron.mjs');

interface LogEntry {
  what: string;
  data?: Record<string, unknown> & { ready?: boolean };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
let report: any;
const entries = (what: string): LogEntry[] => (report.log as LogEntry[]).filter((entry) => entry.what === what);

let app: string;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js'), 'main'], { cwd: ROOT, stdio: 'pipe' });
  // The bundles are self-contained: run a copy beside a renderer of our own, so that a renderer build
  // running at the same time (test/e2e) cannot disturb this test.
  app = mkdtempSync(path.join(tmpdir(), 'lexgap-main-'));
  mkdirSync(path.join(app, 'dist', 'main'), { recursive: true });
  mkdirSync(path.join(app, 'dist', 'renderer'), { recursive: true });
  for (const file of ['main.js', 'preload.cjs']) copyFileSync(path.join(ROOT, 'dist', 'main', file), path.join(app, 'dist', 'main', file));
  writeFileSync(path.join(app, 'dist', 'renderer', 'index.html'), '<!doctype html><title>lexgap</title>');
  writeFileSync(path.join(app, 'package.json'), '{"type": "module", "secret": true}');
  const out = execFileSync(process.execPath, ['--import', REGISTER, path.join(app, 'dist', 'main', 'main.js')], {
    cwd: app,
    env: { ...process.env, LEXGAP_FAKE_ELECTRON_QUIET: '1', ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  report = JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
});

afterAll(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

describe('main process (built, with a fake Electron)', () => {
  it('registers app:// as a privileged scheme before ready and sandboxes every renderer', () => {
    const [registration] = entries('protocol.registerSchemesAsPrivileged');
    expect(registration?.data?.ready).toBe(false);
    expect(registration?.data?.schemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(entries('app.enableSandbox')[0]?.data?.ready).toBe(false);
    expect(entries('app.requestSingleInstanceLock')).toHaveLength(1);
  });

  it('opens one window with the secure preferences and the bundled CommonJS preload', () => {
    const [created] = entries('new BrowserWindow');
    const prefs = (created?.data?.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs.preload).toBe(path.join(app, 'dist', 'main', 'preload.cjs'));
    expect(existsSync(prefs.preload as string)).toBe(true);
    expect(entries('BrowserWindow.loadURL')[0]?.data?.url).toBe('app://lexgap/index.html');
  });

  it('serves the renderer over app:// with the CSP header and refuses traversal', () => {
    expect(report.protocol.index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(report.protocol.root.status).toBe(200);
    expect(report.protocol.index.csp).toContain("default-src 'self'");
    expect(report.protocol.traversal.status).toBe(403);
  });

  it('answers the contract over IPC with the real engine, only for our page', () => {
    expect(report.channels).toEqual(['lexgap:analyzeText', 'lexgap:getSampleLaw']);
    expect(report.ipc.sample).toEqual({ ok: true, file: 'kestria-en.txt', length: expect.any(Number) });
    expect(report.ipc.sample.length).toBeGreaterThan(1000);
    expect(report.ipc.analyze.ok).toBe(true);
    expect(report.ipc.analyze.elements).toBeGreaterThan(40);
    expect(report.ipc.fromFile).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(report.ipc.invalid).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('prevents navigation, redirects, webviews and new windows; opens only safe https links outside', () => {
    expect(report.navigation).toMatchObject({
      httpsPrevented: true,
      filePrevented: true,
      redirectPrevented: true,
      webviewPrevented: true,
      openHttps: { action: 'deny' },
      openJavascript: { action: 'deny' },
    });
    const opened = entries('shell.openExternal').map((entry) => entry.data?.url);
    expect(opened).toEqual(['https://www.unodc.org/', 'https://www.unodc.org/page']);
  });

  it('denies permission requests and sets the native menu', () => {
    expect(report.permissions).toEqual({ request: false, check: false });
    expect(entries('Menu.setApplicationMenu')[0]?.data?.labels).toEqual(['&File', '&Edit', '&View', '&Help']);
  });
});
