/**
 * End to end, in a real browser: builds the web version once (scripts/web.js), serves it on a free port, and
 * drives Debian's Chromium (Electron's engine) with playwright-core, in one fresh profile. No Electron binary is
 * needed. The tests run in order and share the page, as a drafter's session would: the sample law, review with
 * undo and redo, the Word report, the dashboard, saving and recovery after a reload, a .docx made by LibreOffice,
 * and the French interface. The steps go through page objects (pages.ts) that wait on the page and the app's
 * events, never on time. Screenshots of each screen go to test-output/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { projectFromAnalysis, serializeProject } from '../../core/project.js';
import { parseRegion } from '../../core/region.js';
import { CATALOGUE, WORDS_LANGUAGES, isWordsLanguage } from '../../core/i18n/index.js';
import { loadCatalogue } from '../../model-law/index.js';
import { ExportDialog, type LexgapApp } from './pages.js';
import { OUTPUT, ROOT, startJourney, type Journey } from './serve.js';

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

describe('web version in Chromium', () => {
  let journey: Journey | undefined;
  let page: Page;
  let app: LexgapApp;
  let work: string;
  let docx: string;
  let pdf: string;
  let problems: string[] = [];

  beforeAll(async () => {
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
    journey = await startJourney();
    ({ page, app, problems } = journey);
    // Building the web version and two LibreOffice conversions, while other test files run, takes minutes on 2 cores.
  }, 300_000);

  afterAll(async () => {
    await journey?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('serves the start screen under its Content-Security-Policy', async () => {
    const response = await page.request.get(journey!.url);
    expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    await app.start.heading('New assessment').waitFor();
    await app.start.heading('Recent projects').waitFor();
    expect(await app.start.analyseButton().isDisabled()).toBe(true);
    expect(await app.button('Findings').isDisabled()).toBe(true);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('start');
  });

  it('explains a file it cannot read in plain words, and keeps what was typed', async () => {
    const { start } = app;
    await start.field('Country').fill('Testland');
    await start.field('Or paste the text of the law').fill('1. Every firearm shall be marked.');
    // An old Word file dropped on the form.
    await start.drop('old-law.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0], 'form');
    await start.formError().waitFor();
    expect(await start.formError().textContent()).toContain('old-law.doc');
    expect(await start.formError().textContent()).toMatch(/Word or LibreOffice|\.docx/);
    expect(await start.field('Country').inputValue()).toBe('Testland');
    expect(await start.field('Or paste the text of the law').inputValue()).toContain('Every firearm');
    await start.dismissError();
    await start.field('Country').fill('');
    await start.field('Or paste the text of the law').fill('');
  });

  it('says beside the text read that a few bytes of its file were not valid UTF-8, in the user\'s language, until dismissed', async () => {
    const { start } = app;
    // UTF-8 but for one byte (an "é" pasted from a Windows-1252 text): read as UTF-8, that byte said, not re-read as
    // Windows-1252 (which would garble every accented letter).
    const bytes = [...Buffer.from('Article 1. Toute arme à feu est marquée '), 0xe9, ...Buffer.from(' du nom du fabricant.\nArticle 2. Les registres sont conservés dix ans.\n')];
    await start.drop('loi.txt', bytes, 'form', 'text/plain');
    expect(await start.textReadFrom('loi.txt')).toContain('Toute arme à feu est marquée \uFFFD du nom du fabricant');
    await start.readingWarning().waitFor();
    expect(await start.readingWarning().locator('p').textContent()).toBe(
      'loi.txt is not entirely valid UTF-8: 1 byte could not be read (at byte 42) and shows as �; the rest of the text was read as it is. Check the text, or save the file again as UTF-8.',
    );
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('reading-warning');
    // In the interface's language.
    await app.chooseLanguage('Language of the interface', 'es');
    await start.readingWarning().filter({ hasText: 'loi.txt no está enteramente en UTF-8 válido: 1 byte no pudo leerse (en el byte 42)' }).waitFor();
    await app.chooseLanguage('Idioma de la interfaz', 'en');
    await start.heading('New assessment').waitFor();
    // Dismissed, it is gone; the text stays for the person to check.
    await start.dismissReadingWarning();
    await start.readingWarning().waitFor({ state: 'detached' });
    expect(await start.textReadFrom('loi.txt')).toContain('Article 2.');
    await start.field('Text read from loi.txt').fill('');
    await start.field('Country').fill('');
    await start.field('Title of the law').fill('');
  });

  it('analyses the sample law in one click', async () => {
    const { findings } = app;
    await app.start.trySample();
    await findings.waitForAnalysis();
    expect(await findings.provisions().count()).toBe(49);
    expect(await findings.statusOf('Art. 8(1)(a)')).toMatch(STATUS);
    expect(await app.projectName()).toContain('Kestria');
    // An analysis nobody has touched yet is nobody's work to lose: not marked unsaved.
    expect(await app.saveState()).toBe('Not saved yet');
    expect(await page.title()).toContain('Kestria');
    expect(await page.title()).not.toContain('Unsaved');

    await findings.open('Art. 8(1)(a)');
    await findings.detail().getByRole('heading', { name: 'What the Protocol requires' }).waitFor();
    expect(await findings.evidence().locator('mark').count()).toBeGreaterThan(0);
    expect(await findings.detail().locator('.score').first().textContent()).toMatch(/Match \d+%/);
    // The law's text, with the clause in context.
    await findings.lawFocus().first().waitFor();
    expect(await findings.lawFocus().locator('mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.law-focus-label').textContent()).toMatch(/^Showing .+ in context$/);
    // Where the statement was checked, and the Model Law's edition.
    expect(await findings.detail().locator('.facts').textContent()).toContain('English text (Netherlands Treaty Series), art. 8(1)(a)');
    expect(await findings.detail().locator('.facts').textContent()).toContain('second revised edition (Vienna, 2014)');
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('workspace');
    // A measure the law lacks, of an article the law meets with another: the panel says the article is met.
    await findings.open('Art. 15(1)(c)');
    const rollup = findings.detail().locator('.rollup');
    await rollup.waitFor();
    expect(await rollup.textContent()).toContain('Article 15(1) is met: the law provides for registration of brokers (Art. 15(1)(a)) and licensing of brokering (Art. 15(1)(b)).');
    expect(await findings.detail().locator('.facts').textContent()).toContain('a duty to consider the measure, not to adopt it');
    await app.screenshot('rollup');
  });

  it('moves through the provisions with the keyboard (roving focus)', async () => {
    const focused = () => page.evaluate(() => document.activeElement?.id);
    await app.findings.provision('Art. 8(1)(a)').focus();
    await page.keyboard.press('Home');
    const first = await focused();
    await page.keyboard.press('ArrowDown');
    const second = await focused();
    expect(first).toMatch(/^opt-/);
    expect(second).toMatch(/^opt-/);
    expect(second).not.toBe(first);
    expect(await page.locator(`#${second}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`#${second}`).getAttribute('tabindex')).toBe('0');
    await page.keyboard.press('End');
    expect(await focused()).toBe(await app.findings.provisions().last().getAttribute('id'));
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('detail-heading');
  });

  it('filters by status, tier and article, and searches', async () => {
    const { findings } = app;
    await findings.filter('Status', 'missing');
    const missing = await findings.provisions().count();
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(48);
    expect(await page.locator('[role=option] .badge-covered').count()).toBe(0);
    await findings.clearFilters();
    await findings.filter('Article', '8');
    expect(await findings.provisions().count()).toBe(4);
    await findings.filter('Article', 'all');
    await findings.filter('Kind', 'definition');
    expect(await findings.provisions().count()).toBe(6);
    await findings.clearFilters();
    await findings.search('brokers');
    const found = await findings.provisions().allTextContents();
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(10);
    expect(found.some((t) => t.startsWith('Art. 15'))).toBe(true);
    await findings.clearFilters();
    expect(await findings.provisions().count()).toBe(49);
    // The Model Law view: chapters with their rolled-up status.
    await findings.groupBy('Model Law');
    const chapter = page.locator('.group-label', { hasText: 'Chapter IV.' });
    expect(await chapter.locator('.badge').textContent()).toMatch(/Covered|Partly covered|Missing/);
    await app.screenshot('model-law');
    await findings.groupBy('Protocol');
  });

  it('records a review of an element, undoes it and redoes it', async () => {
    const { findings } = app;
    await findings.open('Art. 10(3)');
    const before = { status: await findings.status(), provenance: await findings.provenance(), evidence: await findings.evidence().count() };
    expect(before.provenance).toContain('Proposed by lexgap');
    expect(before.evidence).toBeGreaterThan(1);

    // Confirm, reject a clause, change the status, write a note.
    await findings.confirm();
    await findings.waitForProvenance('Decided by');
    await findings.rejectEvidence(1);
    expect(await findings.evidence().count()).toBe(before.evidence - 1);
    expect(await findings.rejected().count()).toBe(1);
    await findings.setStatus('Partly covered', 'The licence does not name the transit countries.');
    expect(await findings.status()).toContain('Partly covered');
    await findings.writeNote('A. Drafter', 'The licence must also name the transit countries.');
    await findings.waitForProvenance('Decided by A. Drafter');
    expect(await findings.provision('Art. 10(3)').locator('.reviewer-mark').count()).toBe(1);
    const reviewed = { status: await findings.status(), evidence: await findings.evidence().count(), note: await findings.note() };
    await findings.detail().evaluate((panel) => panel.scrollTo(0, 0));
    await app.screenshot('review');

    // Undo all four actions: the element is back as lexgap proposed it.
    await findings.detail().getByRole('heading', { level: 2 }).click();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+z');
    await findings.waitForProvenance('Proposed by lexgap');
    expect(await findings.status()).toBe(before.status);
    expect(await findings.evidence().count()).toBe(before.evidence);
    expect(await findings.rejected().count()).toBe(0);
    expect(await findings.note()).toBe('');
    expect(await findings.provision('Art. 10(3)').locator('.reviewer-mark').count()).toBe(0);
    expect(await app.button('Undo').isDisabled()).toBe(true);

    // Redo them (both shortcuts), and the review is back.
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+y');
    await page.keyboard.press('Control+Shift+Z');
    await page.keyboard.press('Control+y');
    await findings.waitForProvenance('Decided by A. Drafter');
    expect(await findings.status()).toBe(reviewed.status);
    expect(await findings.evidence().count()).toBe(reviewed.evidence);
    expect(await findings.note()).toBe(reviewed.note);
    expect(await app.button('Redo').isDisabled()).toBe(true);
  });

  it('writes the Word report as a download', async () => {
    await app.button('Export…').click();
    const exporting = new ExportDialog(page);
    await exporting.dialog.waitFor();
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('export');
    const download = await app.download(() => exporting.button('Write the Word report').click());
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
    await exporting.dialog.waitFor({ state: 'detached' });
  });

  it('shows the coverage dashboard, readable without colour', async () => {
    await app.goTo('Dashboard');
    await app.dashboard.waitFor();
    await page.getByRole('heading', { name: 'By kind of obligation' }).waitFor();
    await page.getByRole('heading', { name: 'By article of the Protocol' }).waitFor();
    // Every status is named in words, and every bar carries its numbers.
    expect(await app.dashboard.tileLabels()).toEqual(expect.arrayContaining(['Covered', 'Partly covered', 'Missing']));
    expect(await page.locator('.bar-count').count()).toBeGreaterThan(10);
    expect(await page.locator('.chapter-card').count()).toBe(17);
    // Art 15(1) counts once, and is said to be met.
    expect(await page.locator('.rollup-note').textContent()).toContain('Article 15(1) is met');
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('dashboard');
    // A row leads to the findings of that article.
    await app.dashboard.showArticle(8);
    expect(await app.findings.provisions().count()).toBe(4);
    await app.findings.clearFilters();
  });

  it('saves to the browser, and restores unsaved work after a reload', async () => {
    const { findings } = app;
    await page.keyboard.press('Control+s');
    await app.waitForSaveState('All changes saved');
    expect(await page.title()).not.toContain('Unsaved');
    // One more change after the save: it is autosaved (the app says so), not saved.
    await findings.open('Art. 7');
    await app.afterEvent('autosaved', () => findings.setStatus('Missing', 'Records are kept for five years only.'));
    await app.waitForSaveState('Unsaved changes');
    await app.reload();
    await app.start.heading('Unsaved work was found').waitFor();
    await page.getByRole('button', { name: /Kestria/ }).waitFor();
    await app.screenshot('recovery');
    await page.getByRole('button', { name: 'Restore the work' }).click();
    await findings.open('Art. 7');
    expect(await findings.status()).toContain('Missing');
    await findings.open('Art. 10(3)');
    await findings.waitForProvenance('Decided by A. Drafter');
    expect(await findings.note()).toContain('transit countries');
    await page.keyboard.press('Control+s');
    await app.waitForSaveState('All changes saved');
  });

  it('says in the note field that a note is too long, saves nothing too long, and the project opens again after a reload', async () => {
    const { start, findings } = app;
    // The probe's note: 20,015 characters, then Ctrl+S, then a reload.
    await findings.open('Art. 7');
    await findings.noteField().fill('n'.repeat(20_015));
    await findings.noteLength().waitFor();
    expect(await findings.noteLength().textContent()).toBe('This note is 20,015 characters long; a note may hold up to 20,000. Shorten it to save it.');
    expect(await findings.noteField().getAttribute('aria-invalid')).toBe('true');
    expect(await findings.saveNoteButton().isDisabled()).toBe(true);
    await findings.noteField().press('Enter'); // the form is not submitted either
    await page.keyboard.press('Control+s');
    await app.waitForSaveState('All changes saved');
    await app.reload();
    await start.heading('Recent projects').waitFor();
    await start.recentNamed('Kestria').first().click();
    await findings.lawHead().filter({ hasText: 'kestria' }).waitFor();
    await findings.open('Art. 7');
    expect((await findings.note()).length).toBeLessThan(20_001);
    expect(await app.alerts().count()).toBe(0);
  });

  it('refuses a crafted project in words, and stays usable', async () => {
    // A project whose first finding has lost its evidence, which the screen reads: it used to open into a blank page.
    const law = readFileSync(VALDORIA, 'utf8');
    const project = projectFromAnalysis(analyzeText(law, { file: 'valdoria-es.txt' }), { text: law, file: 'valdoria-es.txt' });
    const crafted = JSON.parse(serializeProject(project)) as { analysis: { elements: { evidence?: unknown }[] } };
    delete crafted.analysis.elements[0]!.evidence;
    const file = path.join(work, 'crafted.lexgap');
    writeFileSync(file, JSON.stringify(crafted));
    await app.goTo('Start');
    await app.start.openProjectFile(file);
    const alert = app.alert('crafted.lexgap is damaged and cannot be opened');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('analysis.elements.0.evidence');
    expect(await page.getByRole('button', { name: 'Try the sample law' }).isVisible()).toBe(true);
  });

  it('imports a .docx written by LibreOffice through the file input and analyses it', async () => {
    const { start, findings } = app;
    await app.goTo('Start');
    await start.chooseFile(docx);
    expect(await start.textReadFrom('valdoria-es.docx')).toContain('VALDORIA');
    expect(await start.field('Country').inputValue()).toBe('Valdoria');
    expect(await start.field('Title of the law').inputValue()).toContain('DECRETO LEGISLATIVO 45/2020');
    await start.field('Language of the law').selectOption('auto');
    await start.analyseButton().click();
    await findings.lawHead().filter({ hasText: 'valdoria-es.docx' }).waitFor({ timeout: 60_000 });
    expect(await findings.lawHead().textContent()).toContain('Spanish');
    expect(await findings.provisions().count()).toBe(49);
    const statuses = await page.locator('[role=option] .provision-status').allTextContents();
    expect(statuses.some((s) => s.includes('Covered'))).toBe(true);
    expect(statuses.some((s) => s.includes('Missing'))).toBe(true);
    expect(await app.projectName()).toContain('Valdoria');
    // The Kestria project is in the recent list.
    await app.goTo('Start');
    expect(await start.recentNamed('Kestria').count()).toBe(1);
    await app.goTo('Findings');
  });

  it('reads a PDF with a text layer dropped on the window', async () => {
    await app.goTo('Start');
    await app.start.drop('valdoria-es.pdf', [...readFileSync(pdf)], 'window', 'application/pdf');
    expect(await app.start.textReadFrom('valdoria-es.pdf')).toMatch(/ART[ÍI]CULO 3/);
    await app.goTo('Findings');
  });

  it('writes the project as a .lexgap file and opens it again', async () => {
    await app.button('Export…').click();
    const exporting = new ExportDialog(page);
    const download = await app.download(() => exporting.button('Project file (.lexgap)').click());
    expect(download.suggestedFilename()).toMatch(/^valdoria-decreto-legislativo-45-2020.*\.lexgap$/);
    const file = path.join(work, 'valdoria.lexgap');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'lexgap-project', law: { file: 'valdoria-es.docx', language: 'es' } });
    // A finding reviewed: the open project has unsaved changes, and lexgap asks first.
    await app.goTo('Findings');
    await app.findings.open('Art. 8(1)(a)');
    await app.findings.confirm();
    await app.waitForSaveState('Unsaved changes');
    await app.goTo('Start');
    await page.getByRole('button', { name: 'Open a project…' }).click();
    const ask = page.getByRole('dialog', { name: 'Save your changes?' });
    await ask.waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), ask.getByRole('button', { name: 'Don’t save' }).click()]);
    await chooser.setFiles(file);
    await app.findings.lawHead().filter({ hasText: 'valdoria-es.docx' }).waitFor();
    expect(await app.saveState()).toBe('All changes saved');
    expect(await app.findings.provisions().count()).toBe(49);
  });

  it('lists the keyboard shortcuts in a help panel, and reviews from the keyboard', async () => {
    const { findings } = app;
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Keyboard and help' });
    await help.waitFor();
    expect(await help.locator('kbd').allTextContents()).toEqual(expect.arrayContaining(['Ctrl+Z', 'Ctrl+S', 'C']));
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('help');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await findings.provision('Art. 5(1)(a)').focus();
    await page.keyboard.press('4');
    // A status other than lexgap's asks why, in a dialog the keyboard answers: the reason, then Enter.
    await findings.question().waitFor();
    await page.keyboard.type('Deactivation is not regulated here.');
    await page.keyboard.press('Enter');
    await findings.question().waitFor({ state: 'detached' });
    await findings.detail().locator('.status-line .badge', { hasText: 'Not applicable' }).waitFor();
    await page.keyboard.press('Control+z');
    await findings.waitForProvenance('Proposed by lexgap');
    await page.keyboard.press('c');
    await findings.waitForProvenance('Decided by');
    await page.keyboard.press('Control+z');
  });

  it('speaks French throughout, with no English left', async () => {
    await app.chooseLanguage('Language of the interface', 'fr');
    await app.button('Constats').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    // The law and its clause labels are the law's own words, not the interface's.
    const english = async () => {
      const ui = await app.interfaceText();
      return ENGLISH_LABELS.filter((label) => new RegExp(`(^|[^\\p{L}])${label}([^\\p{L}]|$)`, 'u').test(ui));
    };
    await app.findings.provision('Art. 10(3)').click();
    await page.getByRole('heading', { name: 'Ce qu’exige le Protocole' }).waitFor();
    expect(await english()).toEqual([]);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('workspace-fr');
    await app.button('Tableau de bord').click();
    await page.getByRole('heading', { level: 1, name: 'Couverture' }).waitFor();
    expect(await english()).toEqual([]);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('dashboard-fr');
    await app.button('Accueil').click();
    await app.start.heading('Nouvelle évaluation').waitFor();
    expect(await english()).toEqual([]);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('start-fr');
    // The choice is remembered.
    await app.reload();
    await app.start.heading('Nouvelle évaluation').waitFor();
    await app.chooseLanguage('Langue de l’interface', 'en');
    await app.start.heading('New assessment').waitFor();
  });

  it('compares two laws in the regional workspace, filters the matrix and writes the comparative report', async () => {
    const { region } = app;
    await app.button('Region').click();
    await page.getByRole('heading', { level: 1, name: 'Regional comparison' }).waitFor();
    await region.addSample();
    await region.laws().first().waitFor({ timeout: 60_000 });
    // What goes wrong is said beside what caused it: the same law again, beside the buttons that add laws...
    await region.addSample();
    await region.addError().waitFor({ timeout: 60_000 });
    expect(await region.addError().textContent()).toContain('This law is already in the comparison.');
    expect(await region.pasteError().count()).toBe(0);
    // ... and a document that cannot be read, there too, among several chosen at once; nothing is added.
    const oldDoc = path.join(work, 'old-law.doc');
    writeFileSync(oldDoc, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await region.addDocuments([oldDoc]);
    await region.addError().filter({ hasText: 'old-law.doc' }).waitFor();
    expect(await region.addError().textContent()).toMatch(/old-law\.doc.*(Word or LibreOffice|\.docx)/s);
    expect(await region.laws().count()).toBe(1);
    await region.dismissError();
    await region.addError().waitFor({ state: 'detached' });
    // The comparison is kept in the browser (the app says when): a reload brings both laws back.
    await app.afterEvent(
      'region-kept',
      async () => {
        await region.addText(readFileSync(VALDORIA, 'utf8'));
        await region.laws().nth(1).waitFor({ timeout: 60_000 });
      },
      2,
    );
    expect(await page.evaluate(keptRegionLaws)).toBe(2);
    await app.reload();
    await app.button('Region').click();
    await region.laws().nth(1).waitFor({ timeout: 30_000 });
    expect(await region.laws().count()).toBe(2);
    expect((await region.lawNames()).join(' ')).toMatch(/Kestria.*Valdoria/s);
    // A pasted law already compared is said beside the pasted text, not beside the buttons; the text stays.
    await region.addText(readFileSync(VALDORIA, 'utf8'));
    await region.pasteError().waitFor({ timeout: 60_000 });
    expect(await region.pasteError().textContent()).toContain('This law is already in the comparison.');
    expect(await region.addError().count()).toBe(0);
    expect(await page.getByLabel('Paste the text of a law to compare').inputValue()).toContain('Valdoria');
    expect(await app.accessibilityProblems()).toEqual([]);
    await region.dismissError();
    await page.getByLabel('Paste the text of a law to compare').fill('');
    expect(await region.laws().count()).toBe(2);
    const heads = await region.matrix().locator('thead th').allTextContents();
    expect(heads).toHaveLength(3);
    expect(heads.slice(1).join(' ')).toMatch(/Kestria/);
    expect(heads.slice(1).join(' ')).toMatch(/Valdoria/);
    const row = region.row('Art. 8(1)(a)');
    const cells = (await row.locator('td .badge').allTextContents()).map((s) => s.replace(/^[●◐○–·]/, '').trim());
    expect(cells).toHaveLength(2);
    for (const c of cells) expect(c).toMatch(STATUS);
    const all = await region.rows().count();
    expect(all).toBe(49);
    await region.onlySharedGaps(true);
    const shared = await region.rows().count();
    expect(shared).toBeLessThan(all);
    // Every row left has both laws short of the element.
    const statuses = await region.rows().locator('td .badge').allTextContents();
    expect(statuses.every((s) => /Missing|Partly covered/.test(s))).toBe(true);
    expect(await app.accessibilityProblems()).toEqual([]);
    await region.onlySharedGaps(false);
    await page.getByRole('heading', { name: 'Harmonization notes' }).waitFor();
    await app.screenshot('region');
    await page.locator('tr', { has: page.locator('th', { hasText: /^Art\. 10\(1\)/ }) }).first().scrollIntoViewIfNeeded();
    await app.screenshot('region-matrix');
    await page.getByRole('heading', { name: 'Harmonization notes' }).scrollIntoViewIfNeeded();
    await app.screenshot('region-notes');

    const download = await app.download(() => page.getByRole('button', { name: 'Write the comparative report' }).click());
    expect(download.suggestedFilename()).toMatch(/^regional-comparison-2-laws-en\.docx$/);
    const file = path.join(work, download.suggestedFilename());
    await download.saveAs(file);
    const text = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']!).replace(/<[^>]+>/g, '');
    expect(text).toContain('Kestria');
    expect(text).toContain('Valdoria');

    // The comparison saved as a file holds both projects.
    const saved = await app.download(() => page.getByRole('button', { name: 'Save comparison…' }).click());
    expect(saved.suggestedFilename()).toBe('region.lexgap-region.json');
    const savedFile = path.join(work, saved.suggestedFilename());
    await saved.saveAs(savedFile);
    expect(parseRegion(readFileSync(savedFile, 'utf8')).projects).toHaveLength(2);

    // A cell opens that law's finding in the workspace.
    await row.locator('td button').nth(1).click();
    await app.findings.detail().getByRole('heading', { level: 2, name: /Art\. 8\(1\)\(a\)/ }).waitFor();
    expect(await app.projectName()).toContain('Valdoria');
  });

  it.each(['ar', 'zh', 'ru'] as const)('%s: start, findings, dashboard and region in that language, Arabic mirrored, nothing clipped, axe content', async (lang) => {
    const ui = CATALOGUE[lang].interface;
    const before = await page.locator('html').getAttribute('lang');
    await app.chooseLanguage(CATALOGUE[isWordsLanguage(before) ? before : 'en'].interface.header.uiLanguage, lang);
    await app.button(ui.nav.workspace).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    // The switch offers all six languages at any time, each in its own words.
    expect(await page.getByLabel(ui.header.uiLanguage).locator('option').allTextContents()).toEqual(WORDS_LANGUAGES.map((l) => CATALOGUE[l].interface.languageName));
    const check = async (screen: string) => {
      // Shortened on purpose in every language: an article's title in the list of provisions (in full above the finding).
      expect(await app.clipped(['.group-name'])).toEqual([]);
      expect(await app.accessibilityProblems()).toEqual([]);
      await app.screenshot(`${screen}-${lang}`);
    };

    await app.button(ui.nav.workspace).click();
    await app.findings.provision('Art. 10(3)').click();
    await page.getByRole('heading', { name: ui.detail.requires }).waitFor();
    // Arabic mirrors the screen: the list of provisions on the right of the finding; the law (Valdoria's, in
    // Spanish) keeps its own direction inside it.
    const list = (await page.getByRole('listbox').boundingBox())!;
    const detail = (await app.findings.detail().boundingBox())!;
    expect(list.x > detail.x).toBe(lang === 'ar');
    expect(await page.locator('.law-text').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await app.findings.detail().evaluate((el) => getComputedStyle(el).direction)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    // What the element requires, and its note, in that language (model-law/languages/), not English prose amid it.
    const element = (id: string) => loadCatalogue().elements.find((e) => e.id === id)!;
    expect(await app.findings.obligation()).toBe(element('fp.10.3').obligation[lang]);
    expect(await app.findings.elementNote()).toBeNull();
    await app.findings.open('Art. 10(2)(b)');
    expect(await app.findings.obligation()).toBe(element('fp.10.2.b').obligation[lang]);
    expect(await app.findings.elementNote()).toBe(element('fp.10.2.b').note![lang]);
    await check('workspace');

    await app.button(ui.nav.dashboard).click();
    await page.getByRole('heading', { level: 1, name: ui.dashboard.heading }).waitFor();
    await check('dashboard');

    await app.button(ui.nav.region).click();
    await page.getByRole('heading', { level: 1, name: ui.region.heading }).waitFor();
    await app.region.laws().nth(1).waitFor();
    await check('region');

    await app.button(ui.nav.start).click();
    await app.start.heading(ui.start.newHeading).waitFor();
    await check('start');
  });

  it('logged no errors and no CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
