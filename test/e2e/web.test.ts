/**
 * End to end, in a real browser: builds the web version once (scripts/web.js), serves it on a free port, and
 * drives Debian's Chromium (Electron's engine) with playwright-core, in one fresh profile. No Electron binary is
 * needed. The tests run in order and share the page, as a drafter's session would: the sample law, review with
 * undo and redo, the Word report, the dashboard, saving and recovery after a reload, a .docx made by LibreOffice,
 * and the French interface. Screenshots of each screen go to test-output/.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { unzipSync, strFromU8 } from 'fflate';
import { chromium, type Browser, type BrowserContext, type Dialog, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProject, serializeProject } from '../../core/project.js';
import { parseRegion } from '../../core/region.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUTPUT = path.join(ROOT, 'test-output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VALDORIA = path.resolve(ROOT, '..', 'shared', 'eval', 'valdoria-es.txt');
const STATUS = /^(Covered|Partly covered|Missing|Not applicable)$/;

/** English words of the interface that must not be left in the French one. */
const ENGLISH_LABELS = [
  'Findings',
  'Dashboard',
  'Save',
  'Export',
  'Undo',
  'Redo',
  'Help',
  'Covered',
  'Partly covered',
  'Missing',
  'Not applicable',
  'Provisions',
  'Search',
  'Status',
  'Kind of obligation',
  'What the Protocol requires',
  'Where the law addresses it',
  'What is missing',
  'Confirm the finding',
  'Set the status',
  'Attach another clause',
  'Reviewer',
  'Your name',
  'The law',
  'Mandatory',
  'Chapter',
  'Show in the law',
  'Proposed by lexgap',
  'New assessment',
  'Try the sample law',
  'Recent projects',
  'Coverage',
  'By article',
  'elements',
  'clauses',
];

/** In the page: how many laws the comparison kept in IndexedDB holds (0 if none yet). */
function keptRegionLaws(): Promise<number> {
  return new Promise((resolve) => {
    const req = indexedDB.open('lexgap');
    req.onerror = () => resolve(-1);
    req.onsuccess = () => {
      const db = req.result;
      const get = db.transaction('state').objectStore('state').get('region');
      get.onerror = () => resolve(-1);
      get.onsuccess = () => {
        db.close();
        resolve(typeof get.result === 'string' ? (JSON.parse(get.result) as { projects: unknown[] }).projects.length : 0);
      };
    };
  });
}

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

/** axe's serious and critical findings (WCAG 2.1 A and AA), as short lines. */
async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('web version in Chromium', () => {
  let server: { url: string; child: ChildProcess } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let work: string;
  let docx: string;
  let pdf: string;
  const problems: string[] = [];

  const shot = (name: string) => page.screenshot({ path: path.join(OUTPUT, `web-${name}.png`) });
  const detail = () => page.locator('section.detail');
  const option = (ref: string) => page.getByRole('listbox').getByRole('option', { name: new RegExp(`^${ref.replace(/[()]/g, '\\$&')}`) }).first();

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install chromium).`);
    mkdirSync(OUTPUT, { recursive: true });
    work = mkdtempSync(path.join(tmpdir(), 'lexgap-e2e-'));
    // A .docx as LibreOffice writes it, from the labelled Spanish law.
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(work, 'lo-profile')}`, '--headless', '--convert-to', 'docx', '--outdir', work, VALDORIA], {
      stdio: 'ignore',
      timeout: 90_000,
    });
    docx = path.join(work, 'valdoria-es.docx');
    if (!existsSync(docx)) throw new Error('LibreOffice did not write valdoria-es.docx');
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
      stdio: 'ignore',
      timeout: 90_000,
    });
    pdf = path.join(work, 'valdoria-es.pdf');
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
    // A fresh profile (Playwright's contexts start empty): no IndexedDB, no saved language.
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'en-GB' });
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
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('serves the start screen under its Content-Security-Policy', async () => {
    const response = await page.request.get(server!.url);
    expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    await page.getByRole('heading', { name: 'New assessment' }).waitFor();
    await page.getByRole('heading', { name: 'Recent projects' }).waitFor();
    expect(await page.getByRole('button', { name: 'Analyse the law' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Findings' }).isDisabled()).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await shot('start');
  });

  it('explains a file it cannot read in plain words, and keeps what was typed', async () => {
    await page.getByLabel('Country').fill('Testland');
    await page.getByLabel('Or paste the text of the law').fill('1. Every firearm shall be marked.');
    // An old Word file dropped on the page.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])], 'old-law.doc'));
      document.querySelector('.new-assessment')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    const alert = page.locator('.new-assessment [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('old-law.doc');
    expect(await alert.textContent()).toMatch(/Word or LibreOffice|\.docx/);
    expect(await page.getByLabel('Country').inputValue()).toBe('Testland');
    expect(await page.getByLabel('Or paste the text of the law').inputValue()).toContain('Every firearm');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByLabel('Country').fill('');
    await page.getByLabel('Or paste the text of the law').fill('');
  });

  it('analyses the sample law in one click', async () => {
    await page.getByRole('button', { name: 'Try the sample law' }).first().click();
    await option('Art. 8(1)(a)').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('listbox').getByRole('option').count()).toBe(48);
    const status = (await option('Art. 8(1)(a)').locator('.badge').textContent())?.replace(/^[●◐○–·]/, '').trim() ?? '';
    expect(status).toMatch(STATUS);
    expect(await page.locator('.project-name').textContent()).toContain('Kestria');
    expect(await page.locator('.save-state').textContent()).toBe('Unsaved changes');
    expect(await page.title()).toContain('Kestria');

    await option('Art. 8(1)(a)').click();
    await detail().getByRole('heading', { level: 2, name: /Art\. 8\(1\)\(a\)/ }).waitFor();
    await detail().getByRole('heading', { name: 'What the Protocol requires' }).waitFor();
    expect(await detail().locator('.evidence-card mark').count()).toBeGreaterThan(0);
    expect(await detail().locator('.score').first().textContent()).toMatch(/Match \d+%/);
    // The law's text, with the clause in context.
    await page.locator('.law-text .law-focus').waitFor();
    expect(await page.locator('.law-text .law-focus mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.law-focus-label').textContent()).toMatch(/^Showing .+ in context$/);
    expect(await axeProblems(page)).toEqual([]);
    await shot('workspace');
  });

  it('moves through the provisions with the keyboard (roving focus)', async () => {
    await option('Art. 8(1)(a)').focus();
    await page.keyboard.press('Home');
    const first = await page.evaluate(() => document.activeElement?.id);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.id);
    expect(first).toMatch(/^opt-/);
    expect(second).toMatch(/^opt-/);
    expect(second).not.toBe(first);
    expect(await page.locator(`#${second}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`#${second}`).getAttribute('tabindex')).toBe('0');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await page.getByRole('listbox').getByRole('option').last().getAttribute('id'));
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
  });

  it('filters by status, tier and article, and searches', async () => {
    await page.getByLabel('Status', { exact: true }).selectOption('missing');
    const missing = await page.getByRole('listbox').getByRole('option').count();
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(48);
    expect(await page.locator('[role=option] .badge-covered').count()).toBe(0);
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await page.getByLabel('Article', { exact: true }).selectOption('8');
    expect(await page.getByRole('listbox').getByRole('option').count()).toBe(4);
    await page.getByLabel('Article', { exact: true }).selectOption('all');
    await page.getByLabel('Kind', { exact: true }).selectOption('definition');
    expect(await page.getByRole('listbox').getByRole('option').count()).toBe(6);
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await page.getByPlaceholder(/^Search/).fill('brokers');
    const found = await page.getByRole('listbox').getByRole('option').allTextContents();
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(10);
    expect(found.some((t) => t.startsWith('Art. 15'))).toBe(true);
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    expect(await page.getByRole('listbox').getByRole('option').count()).toBe(48);
    // The Model Law view: chapters with their rolled-up status.
    await page.getByRole('button', { name: 'Model Law', exact: true }).click();
    const chapter = page.locator('.group-label', { hasText: 'Chapter IV.' });
    expect(await chapter.locator('.badge').textContent()).toMatch(/Covered|Partly covered|Missing/);
    await shot('model-law');
    await page.getByRole('button', { name: 'Protocol', exact: true }).click();
  });

  it('records a review of an element, undoes it and redoes it', async () => {
    await option('Art. 10(3)').click();
    await detail().getByRole('heading', { level: 2, name: /Art\. 10\(3\)/ }).waitFor();
    const before = {
      status: await detail().locator('.status-line .badge').textContent(),
      provenance: await detail().locator('.provenance').textContent(),
      evidence: await detail().locator('.evidence-card').count(),
    };
    expect(before.provenance).toContain('Proposed by lexgap');
    expect(before.evidence).toBeGreaterThan(1);

    // Confirm, reject a clause, change the status, write a note.
    await detail().getByRole('button', { name: 'Confirm the finding' }).click();
    await detail().locator('.provenance', { hasText: 'Decided by' }).waitFor();
    await detail().locator('.evidence-card').nth(1).getByRole('button', { name: /^Reject / }).click();
    expect(await detail().locator('.evidence-card').count()).toBe(before.evidence - 1);
    expect(await detail().locator('.rejected-list li').count()).toBe(1);
    await detail().getByRole('group', { name: 'Set the status' }).getByRole('button', { name: 'Partly covered' }).click();
    expect(await detail().locator('.status-line .badge').textContent()).toContain('Partly covered');
    await detail().getByLabel('Your name').fill('A. Drafter');
    await detail().getByLabel('Reviewer’s note').fill('The licence must also name the transit countries.');
    await detail().getByRole('button', { name: 'Save the note' }).click();
    await detail().locator('.provenance', { hasText: 'Decided by A. Drafter' }).waitFor();
    expect(await option('Art. 10(3)').locator('.reviewer-mark').count()).toBe(1);
    const reviewed = {
      status: await detail().locator('.status-line .badge').textContent(),
      evidence: await detail().locator('.evidence-card').count(),
      note: await detail().getByLabel('Reviewer’s note').inputValue(),
    };
    await detail().evaluate((panel) => panel.scrollTo(0, 0));
    await shot('review');

    // Undo all four actions: the element is back as lexgap proposed it.
    await detail().getByRole('heading', { level: 2 }).click();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+z');
    await detail().locator('.provenance', { hasText: 'Proposed by lexgap' }).waitFor();
    expect(await detail().locator('.status-line .badge').textContent()).toBe(before.status);
    expect(await detail().locator('.evidence-card').count()).toBe(before.evidence);
    expect(await detail().locator('.rejected-list li').count()).toBe(0);
    expect(await detail().getByLabel('Reviewer’s note').inputValue()).toBe('');
    expect(await option('Art. 10(3)').locator('.reviewer-mark').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);

    // Redo them (both shortcuts), and the review is back.
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+y');
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+y');
    await detail().locator('.provenance', { hasText: 'Decided by A. Drafter' }).waitFor();
    expect(await detail().locator('.status-line .badge').textContent()).toBe(reviewed.status);
    expect(await detail().locator('.evidence-card').count()).toBe(reviewed.evidence);
    expect(await detail().getByLabel('Reviewer’s note').inputValue()).toBe(reviewed.note);
    expect(await page.getByRole('button', { name: 'Redo' }).isDisabled()).toBe(true);
  });

  it('writes the Word report as a download', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await shot('export');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      dialog.getByRole('button', { name: 'Write the Word report' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kestria-arms-and-ammunition-act-2016-gap-analysis-en\.docx$/);
    const file = path.join(work, download.suggestedFilename());
    await download.saveAs(file);
    const entries = unzipSync(new Uint8Array(readFileSync(file)));
    const xml = strFromU8(entries['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text.toUpperCase()).toContain('ARMS AND AMMUNITION ACT 2016');
    expect(text).toMatch(/Partly covered|Covered|Missing/);
    // The reviewer's note made it into the report.
    expect(text).toContain('transit countries');
    await dialog.waitFor({ state: 'detached' });
  });

  it('shows the coverage dashboard, readable without colour', async () => {
    await page.getByRole('button', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Coverage' }).waitFor();
    await page.getByRole('heading', { name: 'By kind of obligation' }).waitFor();
    await page.getByRole('heading', { name: 'By article of the Protocol' }).waitFor();
    // Every status is named in words, and every bar carries its numbers.
    expect(await page.locator('.tile-label').allTextContents()).toEqual(expect.arrayContaining(['Covered', 'Partly covered', 'Missing']));
    expect(await page.locator('.bar-count').count()).toBeGreaterThan(10);
    expect(await page.locator('.chapter-card').count()).toBe(17);
    expect(await axeProblems(page)).toEqual([]);
    await shot('dashboard');
    // A row leads to the findings of that article.
    await page.getByRole('button', { name: /^Art\. 8 / }).click();
    expect(await page.getByRole('listbox').getByRole('option').count()).toBe(4);
    await page.getByRole('button', { name: 'Clear the filters' }).click();
  });

  it('saves to the browser, and restores unsaved work after a reload', async () => {
    await page.keyboard.press('Control+s');
    await page.locator('.save-state', { hasText: 'All changes saved' }).waitFor();
    expect(await page.title()).not.toContain('Unsaved');
    // One more change after the save: it is autosaved, not saved.
    await option('Art. 7').click();
    await detail().getByRole('group', { name: 'Set the status' }).getByRole('button', { name: 'Missing' }).click();
    await page.locator('.save-state', { hasText: 'Unsaved changes' }).waitFor();
    await page.waitForTimeout(1500);
    page.once('dialog', (d) => void d.accept());
    await page.reload();
    await page.getByRole('heading', { name: 'Unsaved work was found' }).waitFor();
    await page.getByRole('button', { name: /Kestria/ }).waitFor();
    await shot('recovery');
    await page.getByRole('button', { name: 'Restore the work' }).click();
    await option('Art. 7').click();
    expect(await detail().locator('.status-line .badge').textContent()).toContain('Missing');
    await option('Art. 10(3)').click();
    await detail().locator('.provenance', { hasText: 'Decided by A. Drafter' }).waitFor();
    expect(await detail().getByLabel('Reviewer’s note').inputValue()).toContain('transit countries');
    await page.keyboard.press('Control+s');
    await page.locator('.save-state', { hasText: 'All changes saved' }).waitFor();
  });

  it('says in the note field that a note is too long, saves nothing too long, and the project opens again after a reload', async () => {
    // The probe's note: 20,015 characters, then Ctrl+S, then a reload.
    await option('Art. 7').click();
    const note = detail().getByLabel('Reviewer’s note');
    await note.fill('n'.repeat(20_015));
    const said = detail().getByTestId('note-length');
    await said.waitFor();
    expect(await said.textContent()).toBe('This note is 20,015 characters long; a note may hold up to 20,000. Shorten it to save it.');
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    expect(await detail().getByRole('button', { name: 'Save the note' }).isDisabled()).toBe(true);
    await note.press('Enter'); // the form is not submitted either
    await page.keyboard.press('Control+s');
    await page.locator('.save-state', { hasText: 'All changes saved' }).waitFor();
    page.once('dialog', (d) => void d.accept());
    await page.reload();
    await page.getByRole('button', { name: 'Start' }).or(page.getByRole('heading', { name: 'Recent projects' })).first().waitFor();
    await page.locator('.recent-name', { hasText: 'Kestria' }).first().click();
    await page.locator('.law-head', { hasText: 'kestria' }).waitFor();
    await option('Art. 7').click();
    expect((await detail().getByLabel('Reviewer’s note').inputValue()).length).toBeLessThan(20_001);
    expect(await page.locator('[role=alert]').count()).toBe(0);
  });

  it('refuses a crafted project in words, and stays usable', async () => {
    // A project whose first finding has lost its evidence, which the screen reads: it used to open into a blank page.
    const crafted = JSON.parse(serializeProject(newProject(readFileSync(VALDORIA, 'utf8'), { file: 'valdoria-es.txt' }))) as { analysis: { elements: { evidence?: unknown }[] } };
    delete crafted.analysis.elements[0]!.evidence;
    const file = path.join(work, 'crafted.lexgap');
    writeFileSync(file, JSON.stringify(crafted));
    await page.getByRole('button', { name: 'Start' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open a project…' }).click()]);
    await chooser.setFiles(file);
    const alert = page.locator('[role=alert]', { hasText: 'crafted.lexgap is damaged and cannot be opened' }).first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain('analysis.elements.0.evidence');
    expect(await page.getByRole('button', { name: 'Try the sample law' }).isVisible()).toBe(true);
  });

  it('imports a .docx written by LibreOffice through the file input and analyses it', async () => {
    await page.getByRole('button', { name: 'Start' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose a file…' }).click()]);
    await chooser.setFiles(docx);
    await page.getByLabel('Text read from valdoria-es.docx').waitFor({ timeout: 60_000 });
    expect(await page.getByLabel('Text read from valdoria-es.docx').inputValue()).toContain('VALDORIA');
    expect(await page.getByLabel('Country').inputValue()).toBe('Valdoria');
    expect(await page.getByLabel('Title of the law').inputValue()).toContain('DECRETO LEGISLATIVO 45/2020');
    await page.getByLabel('Language of the law').selectOption('auto');
    await page.getByRole('button', { name: 'Analyse the law' }).click();
    await page.locator('.law-head', { hasText: 'valdoria-es.docx' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.law-head').textContent()).toContain('Spanish');
    expect(await page.getByRole('listbox').getByRole('option').count()).toBe(48);
    const statuses = await page.locator('[role=option] .provision-status').allTextContents();
    expect(statuses.some((s) => s.includes('Covered'))).toBe(true);
    expect(statuses.some((s) => s.includes('Missing'))).toBe(true);
    expect(await page.locator('.project-name').textContent()).toContain('Valdoria');
    // The Kestria project is in the recent list.
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await page.locator('.recent-name', { hasText: 'Kestria' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Findings' }).click();
  });

  it('reads a PDF with a text layer dropped on the window', async () => {
    await page.getByRole('button', { name: 'Start' }).click();
    const bytes = [...readFileSync(pdf)];
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'valdoria-es.pdf', { type: 'application/pdf' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await page.getByLabel('Text read from valdoria-es.pdf').waitFor({ timeout: 60_000 });
    expect(await page.getByLabel('Text read from valdoria-es.pdf').inputValue()).toMatch(/ART[ÍI]CULO 3/);
    await page.getByRole('button', { name: 'Findings' }).click();
  });

  it('writes the project as a .lexgap file and opens it again', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Project file (.lexgap)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^valdoria-decreto-legislativo-45-2020.*\.lexgap$/);
    const file = path.join(work, 'valdoria.lexgap');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'lexgap-project', law: { file: 'valdoria-es.docx', language: 'es' } });
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Open a project…' }).click();
    // The open project has unsaved changes: lexgap asks first.
    const ask = page.getByRole('dialog', { name: 'Save your changes?' });
    await ask.waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), ask.getByRole('button', { name: 'Don’t save' }).click()]);
    await chooser.setFiles(file);
    await page.locator('.law-head', { hasText: 'valdoria-es.docx' }).waitFor();
    expect(await page.locator('.save-state').textContent()).toBe('All changes saved');
    expect(await page.getByRole('listbox').getByRole('option').count()).toBe(48);
  });

  it('lists the keyboard shortcuts in a help panel, and reviews from the keyboard', async () => {
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Keyboard and help' });
    await help.waitFor();
    expect(await help.locator('kbd').allTextContents()).toEqual(expect.arrayContaining(['Ctrl+Z', 'Ctrl+S', 'C']));
    expect(await axeProblems(page)).toEqual([]);
    await shot('help');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await option('Art. 5(1)(a)').focus();
    await page.keyboard.press('4');
    await detail().locator('.status-line .badge', { hasText: 'Not applicable' }).waitFor();
    await page.keyboard.press('Control+z');
    await detail().locator('.provenance', { hasText: 'Proposed by lexgap' }).waitFor();
    await page.keyboard.press('c');
    await detail().locator('.provenance', { hasText: 'Decided by' }).waitFor();
    await page.keyboard.press('Control+z');
  });

  it('speaks French throughout, with no English left', async () => {
    await page.getByLabel('Language of the interface').selectOption('fr');
    await page.getByRole('button', { name: 'Constats' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    const english = async () => {
      const text = await page.locator('body').innerText();
      // The law and its clause labels are the law's own words, not the interface's.
      const ui = text.replace((await page.locator('.law-text').allInnerTexts()).join('\n'), '');
      return ENGLISH_LABELS.filter((label) => new RegExp(`(^|[^\\p{L}])${label}([^\\p{L}]|$)`, 'u').test(ui));
    };
    await option('Art. 10(3)').click();
    await page.getByRole('heading', { name: 'Ce qu’exige le Protocole' }).waitFor();
    expect(await english()).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await shot('workspace-fr');
    await page.getByRole('button', { name: 'Tableau de bord' }).click();
    await page.getByRole('heading', { level: 1, name: 'Couverture' }).waitFor();
    expect(await english()).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await shot('dashboard-fr');
    await page.getByRole('button', { name: 'Accueil' }).click();
    await page.getByRole('heading', { name: 'Nouvelle évaluation' }).waitFor();
    expect(await english()).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await shot('start-fr');
    // The choice is remembered.
    page.once('dialog', (d) => void d.accept());
    await page.reload();
    await page.getByRole('heading', { name: 'Nouvelle évaluation' }).waitFor();
    await page.getByLabel('Langue de l’interface').selectOption('en');
    await page.getByRole('heading', { name: 'New assessment' }).waitFor();
  });

  it('compares two laws in the regional workspace, filters the matrix and writes the comparative report', async () => {
    await page.getByRole('button', { name: 'Region', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Regional comparison' }).waitFor();
    await page.getByRole('button', { name: 'Add the sample law' }).click();
    await page.locator('.region-law-list li').first().waitFor({ timeout: 60_000 });
    await page.getByLabel('Paste the text of a law to compare').fill(readFileSync(VALDORIA, 'utf8'));
    await page.getByRole('button', { name: 'Add to the comparison' }).click();
    await page.locator('.region-law-list li').nth(1).waitFor({ timeout: 60_000 });
    // The comparison is kept in the browser: once written, a reload brings both laws back.
    await expect.poll(() => page.evaluate(keptRegionLaws), { timeout: 15_000 }).toBe(2);
    const accept = (dialog: Dialog) => void dialog.accept();
    page.on('dialog', accept);
    await page.reload();
    page.off('dialog', accept);
    await page.getByRole('button', { name: 'Region', exact: true }).click();
    await page.locator('.region-law-list li').nth(1).waitFor({ timeout: 30_000 });
    expect(await page.locator('.region-law-list li').count()).toBe(2);
    expect((await page.locator('.region-law-list .region-law-name').allTextContents()).join(' ')).toMatch(/Kestria.*Valdoria/s);
    const matrix = page.locator('table.matrix');
    const heads = await matrix.locator('thead th').allTextContents();
    expect(heads).toHaveLength(3);
    expect(heads.slice(1).join(' ')).toMatch(/Kestria/);
    expect(heads.slice(1).join(' ')).toMatch(/Valdoria/);
    const row = matrix.locator('tbody tr', { has: page.locator('th', { hasText: /^Art\. 8\(1\)\(a\)/ }) });
    const cells = (await row.locator('td .badge').allTextContents()).map((s) => s.replace(/^[●◐○–·]/, '').trim());
    expect(cells).toHaveLength(2);
    for (const c of cells) expect(c).toMatch(STATUS);
    const all = await matrix.locator('tbody tr:not(.matrix-article)').count();
    expect(all).toBe(48);
    await page.getByLabel('Only shared gaps').check();
    const shared = await matrix.locator('tbody tr:not(.matrix-article)').count();
    expect(shared).toBeLessThan(all);
    // Every row left has both laws short of the element.
    const statuses = await matrix.locator('tbody tr:not(.matrix-article) td .badge').allTextContents();
    expect(statuses.every((s) => /Missing|Partly covered/.test(s))).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await page.getByLabel('Only shared gaps').uncheck();
    await page.getByRole('heading', { name: 'Harmonization notes' }).waitFor();
    await shot('region');
    await page.locator('tr', { has: page.locator('th', { hasText: /^Art\. 10\(1\)/ }) }).first().scrollIntoViewIfNeeded();
    await shot('region-matrix');
    await page.getByRole('heading', { name: 'Harmonization notes' }).scrollIntoViewIfNeeded();
    await shot('region-notes');

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByRole('button', { name: 'Write the comparative report' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^regional-comparison-2-laws-en\.docx$/);
    const file = path.join(work, download.suggestedFilename());
    await download.saveAs(file);
    const text = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']!).replace(/<[^>]+>/g, '');
    expect(text).toContain('Kestria');
    expect(text).toContain('Valdoria');

    // The comparison saved as a file holds both projects.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save comparison…' }).click()]);
    expect(saved.suggestedFilename()).toBe('region.lexgap-region.json');
    const savedFile = path.join(work, saved.suggestedFilename());
    await saved.saveAs(savedFile);
    expect(parseRegion(readFileSync(savedFile, 'utf8')).projects).toHaveLength(2);

    // A cell opens that law's finding in the workspace.
    await row.locator('td button').nth(1).click();
    await detail().getByRole('heading', { level: 2, name: /Art\. 8\(1\)\(a\)/ }).waitFor();
    expect(await page.locator('.project-name').textContent()).toContain('Valdoria');
  });

  it('logged no errors and no CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
