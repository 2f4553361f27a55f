/**
 * What every end-to-end journey needs: the web version built and served on a free port (scripts/web.js), and
 * Debian's Chromium (Electron's engine) driven by playwright-core in a fresh profile. No Electron binary is needed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { LexgapApp } from './pages.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUTPUT = path.join(ROOT, 'test-output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts `node scripts/web.js` and resolves with its URL once it says it is serving. With `outDir`, the web version
 * is built there rather than in dist/renderer, so that journeys in other files can build theirs at the same time.
 */
export function startWebServer(port: number, outDir?: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'web.js')], {
      cwd: ROOT,
      // The build people get: vitest runs with NODE_ENV=test, which would make Vite build React's development
      // code (several times slower, and what the journeys' timings would then measure).
      env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', ...(outDir ? { LEXGAP_WEB_OUT: outDir } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /lexgap web version: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], child });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`scripts/web.js exited with ${code} before serving:\n${output}`)));
  });
}

/** Debian's Chromium, headless, with nothing of its own reaching the network. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** A journey's browser: the web version served, a fresh profile at 1440x900, and every console error collected. */
export interface Journey {
  url: string;
  page: Page;
  app: LexgapApp;
  /** Console errors (CSP violations among them) and uncaught errors, in order. */
  problems: string[];
  close(): Promise<void>;
}

/** `viewport` other than 1440x900 (a projector's 1024x768); `screenshots` names them `<screenshots>-<name>.png`. */
export async function startJourney(outDir?: string, options: { viewport?: { width: number; height: number }; screenshots?: string } = {}): Promise<Journey> {
  const server = await startWebServer(await freePort(), outDir);
  const browser = await launchChromium();
  // A fresh profile (Playwright's contexts start empty): no IndexedDB, no saved language.
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, acceptDownloads: true, locale: 'en-GB' });
  const page = await context.newPage();
  const problems: string[] = [];
  // Console errors include CSP violations: the strict policy must not block anything the app needs.
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.url);
  return {
    url: server.url,
    page,
    app: new LexgapApp(page, OUTPUT, options.screenshots),
    problems,
    close: async () => {
      await browser.close();
      server.child.kill('SIGTERM');
    },
  };
}
