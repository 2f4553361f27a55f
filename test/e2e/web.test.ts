/**
 * End to end, in a real browser: builds the web version (scripts/web.js), serves it on a free port, and
 * drives Debian's Chromium (Electron's engine) with playwright-core. No Electron binary is needed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUTPUT = path.join(ROOT, 'test-output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STATUS = /^(Covered|Partly covered|Missing)$/;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts `node scripts/web.js` and resolves with its URL once it says it is serving. */
function startWebServer(port: number): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'web.js')], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
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

describe('web version in Chromium', () => {
  let server: { url: string; child: ChildProcess } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install chromium).`);
    mkdirSync(OUTPUT, { recursive: true });
    server = await startWebServer(await freePort());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    // axe needs pages made from an explicit context.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    // Console errors include CSP violations: the strict policy must not block anything the app needs.
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
  });

  it('serves the page under its Content-Security-Policy', async () => {
    const response = await page.request.get(server!.url);
    expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    await page.getByRole('heading', { name: 'The law to analyse' }).waitFor();
    expect(await page.getByRole('button', { name: 'Analyse' }).isDisabled()).toBe(true);
  });

  it('analyses the sample law and shows a status for every element', async () => {
    await page.getByRole('button', { name: 'Try the sample law' }).click();
    const option = page.getByRole('option', { name: /Art\. 8\(1\)\(a\)/ });
    await option.waitFor({ timeout: 30_000 });
    const status = (await option.locator('.badge').textContent())?.trim() ?? '';
    expect(status).toMatch(STATUS);

    expect(await page.getByRole('textbox', { name: 'Text of the law' }).inputValue()).toContain('KINGDOM OF KESTRIA');
    await page.locator('.summary-source', { hasText: 'kestria-en.txt' }).waitFor();
    const options = page.getByRole('option');
    expect(await options.count()).toBeGreaterThan(20);
    expect(await page.locator('[role=option] .badge-none').count()).toBe(0);

    // The detail of the element: its obligation, and for a found element the clause with terms marked.
    await option.click();
    expect(await page.getByRole('heading', { level: 2, name: /Art\. 8\(1\)\(a\)/ }).count()).toBe(1);
    await page.getByRole('heading', { name: 'What the Protocol requires' }).waitFor();
    if (status !== 'Missing') {
      const evidence = page.locator('.evidence-item');
      expect(await evidence.count()).toBeGreaterThan(0);
      expect(await evidence.first().locator('mark').count()).toBeGreaterThan(0);
    }

    await page.screenshot({ path: path.join(OUTPUT, 'web-sample-law.png') });
  });

  it('moves through the elements with the keyboard', async () => {
    const list = page.getByRole('listbox', { name: /Protocol elements/ });
    await list.focus();
    await list.press('Home');
    const first = await list.getAttribute('aria-activedescendant');
    await list.press('ArrowDown');
    const second = await list.getAttribute('aria-activedescendant');
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    expect(await page.locator(`#${second}`).getAttribute('aria-selected')).toBe('true');
    await list.press('End');
    const last = await page.getByRole('option').last().getAttribute('id');
    expect(await list.getAttribute('aria-activedescendant')).toBe(last);
  });

  it('shows only the gaps when asked', async () => {
    const all = await page.getByRole('option').count();
    await page.getByRole('checkbox', { name: 'Only gaps' }).check();
    const gaps = page.getByRole('option');
    expect(await gaps.count()).toBeLessThan(all);
    expect(await page.locator('[role=option] .badge-covered').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Only gaps' }).uncheck();
    expect(await page.getByRole('option').count()).toBe(all);
  });

  it('has no WCAG 2.1 A/AA violations that axe can find', async () => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('analyses pasted text', async () => {
    const text = [
      'FIREARMS (AMENDMENT) ACT',
      '1. Marking',
      'Every firearm manufactured in the Republic shall bear a unique marking showing the name of the manufacturer, the country of manufacture and the serial number.',
      '2. Records',
      'The Registrar shall keep records of all firearms and of their markings for not less than five years.',
    ].join('\n\n');
    await page.getByRole('textbox', { name: 'Text of the law' }).fill(text);
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('.summary-source', { hasText: 'pasted text' }).waitFor({ timeout: 30_000 });
    const status = (await page.getByRole('option', { name: /Art\. 8\(1\)\(a\)/ }).locator('.badge').textContent())?.trim() ?? '';
    expect(status).toMatch(STATUS);
    expect(await page.locator('.error').count()).toBe(0);
    await page.screenshot({ path: path.join(OUTPUT, 'web-pasted-text.png') });
  });

  it('logged no errors and no CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
