/**
 * What the end-to-end test files share: the web version built and served by `node scripts/web.js` on a free port
 * (each file in its own build folder, since test files run at once), and Debian's Chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

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

/** Starts `node scripts/web.js` (built into `outDir` when given) and resolves with its URL once it says it is serving. */
export async function startWebServer(outDir?: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'web.js')], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...(outDir ? { LEXGAP_WEB_OUT: outDir } : {}) },
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

/** Collects the page's console errors (CSP violations among them) and uncaught errors into `problems`. */
export function watchProblems(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
}

/** Closes the browser, stops the server and removes the work folder, whichever were started. */
export async function stopAll(browser: Browser | undefined, server: { child: ChildProcess } | undefined, work: string | undefined): Promise<void> {
  await browser?.close();
  server?.child.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}
