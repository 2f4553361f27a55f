/**
 * End to end at a projector's 1024x768, as a workshop adviser uses lexgap in front of a room: a new law after
 * another starts from a clean slate and shows what lexgap read from its file to confirm, the header fits in every
 * interface language, and a file that cannot be read says so beside where it was given, without scrolling.
 * Screenshots at that size go to test-output/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, WORDS_LANGUAGES, type WordsLanguage } from '../../core/i18n/index.js';
import { REPORT_LANGUAGES } from '../../core/report/index.js';
import { ExportDialog, type LexgapApp } from './pages.js';
import { OUTPUT, ROOT, startJourney, type Journey } from './serve.js';

const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const PERU = path.join(CORPUS, 'pe-ley-30299-2015.txt');
const US = path.join(CORPUS, 'us-18usc-ch44-firearms.txt');
const PROJECTOR = { width: 1024, height: 768 };

describe('workshop mode at 1024x768 in Chromium', () => {
  let journey: Journey | undefined;
  let page: Page;
  let app: LexgapApp;
  let problems: string[] = [];
  let work: string;

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    work = mkdtempSync(path.join(tmpdir(), 'lexgap-workshop-'));
    journey = await startJourney(path.join(work, 'web'), { viewport: PROJECTOR, screenshots: 'workshop' });
    ({ page, app, problems } = journey);
    // Building the web version while other test files run takes minutes on 2 cores.
  }, 300_000);

  afterAll(async () => {
    await journey?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('shows what it read from a file to confirm, with the file’s header lines set apart', async () => {
    const { start } = app;
    await start.chooseFile(PERU);
    await start.textReadFrom('pe-ley-30299-2015.txt');
    const read = await start.identity();
    expect(read.title).toBe('Ley N.° 30299, Ley de armas de fuego, municiones, explosivos, productos pirotécnicos y materiales relacionados de uso civil');
    expect(read.country).toBe('Perú');
    expect(read.date).toBe('2015-01-22');
    expect(read.language).toBe('Read as Spanish');
    await page.getByText('lexgap read the title, country, date and language above from pe-ley-30299-2015.txt.', { exact: false }).waitFor();
    // The corpus note and the front matter: shown as the file's header, not the law.
    const header = start.fileHeader();
    expect(await header.locator('summary').textContent()).toMatch(/^\d+ lines at the top describe the file, not the law: they are left out of the analysis$/);
    await header.locator('summary').click();
    expect(await header.locator('pre').textContent()).toContain('SOURCE: github.com/crafter-research/legalize-pe');
    expect(await header.locator('pre').textContent()).toContain('publication_date:');
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('confirm-identity');
  });

  it('starts every new law from a clean slate: nothing of the previous law carries over', async () => {
    const { start, findings } = app;
    await start.analyse();
    await findings.waitForAnalysis();
    expect(await app.projectName()).toBe('Perú – Ley N.° 30299, Ley de armas de fuego, municiones, explosivos, productos pirotécnicos y materiales relacionados de uso civil');
    // The next law: the United States chapter, which states no title of its own.
    await app.goTo('Start');
    const blank = await start.identity();
    expect({ title: blank.title, country: blank.country }).toEqual({ title: '', country: '' });
    expect({ date: blank.date, language: blank.language }).toEqual({ date: '', language: null });
    await start.chooseFile(US);
    await start.textReadFrom('us-18usc-ch44-firearms.txt');
    const read = await start.identity();
    expect(read.title).toBe('');
    expect(read.country).toBe('United States');
    expect(read.date).toBe('');
    expect(read.language).toBe('Read as English');
    await start.analyse();
    const unsaved = page.getByRole('dialog');
    // Leaving an untouched analysis asks nothing: nothing of the person's would be lost.
    await findings.provision('Art. 8(1)(a)').waitFor({ timeout: 120_000 });
    expect(await unsaved.count()).toBe(0);
    await page.locator('.project-name', { hasText: 'United States' }).waitFor();
    expect(await app.projectName()).not.toContain('Ley');
  });

  it('decodes a title read from a web page’s header and never cuts it mid-phrase', async () => {
    const { start } = app;
    const html = path.join(work, 'ley-30299.html');
    writeFileSync(
      html,
      '<!doctype html><html><head><meta charset="utf-8"><title>Ley N&ordm; 30299, Ley de</title></head><body>' +
        '<h1>Ley N&ordm; 30299, Ley de armas de fuego, municiones, explosivos, productos pirot&eacute;cnicos y materiales relacionados de uso civil</h1>' +
        '<p>Art&iacute;culo 1. Objeto de la ley. La presente ley regula las armas de fuego y municiones de uso civil.</p>' +
        '<p>Art&iacute;culo 2. Marcaje. Toda arma de fuego fabricada en el pa&iacute;s lleva el nombre del fabricante y un n&uacute;mero de serie.</p></body></html>',
    );
    await app.goTo('Start');
    await start.chooseFile(html);
    await start.textReadFrom('ley-30299.html');
    expect((await start.identity()).title).toBe('Ley Nº 30299, Ley de armas de fuego, municiones, explosivos, productos pirotécnicos y materiales relacionados de uso civil');
  });

  it('shows what it read from pasted text to confirm, as it does for a file, and keeps what the person typed', async () => {
    const { start } = app;
    await app.goTo('Start');
    await start.field('Country').fill('');
    await start.field('Title of the law').fill('');
    await start.pasteText(readFileSync(PERU, 'utf8'));
    await start.detectedNote().filter({ hasText: 'lexgap read the title, country, date and language above from the pasted text.' }).waitFor();
    const read = await start.identity();
    expect(read).toEqual({
      title: 'Ley N.° 30299, Ley de armas de fuego, municiones, explosivos, productos pirotécnicos y materiales relacionados de uso civil',
      country: 'Perú',
      date: '2015-01-22',
      language: 'Read as Spanish',
    });
    // The front matter pasted with the law is shown as such, and left out of the analysis.
    expect(await start.fileHeader().locator('summary').textContent()).toMatch(/^16 lines at the top describe the file, not the law/);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('confirm-identity-pasted');

    // Another text pasted in its place: what lexgap filled follows it, what the person typed stays.
    await start.field('Title of the law').fill('Código de armas (borrador)');
    await start.pasteText(readFileSync(US, 'utf8'));
    await page.locator('.new-assessment .hint', { hasText: 'Read as English' }).waitFor();
    const next = await start.identity();
    expect(next).toEqual({ title: 'Código de armas (borrador)', country: 'United States', date: '', language: 'Read as English' });
    await start.detectedNote().filter({ hasText: 'from the pasted text' }).waitFor();
    // The text taken away: what lexgap filled goes with it, what the person typed stays until they clear it.
    await start.pasteText('');
    await start.detectedNote().waitFor({ state: 'detached' });
    expect(await start.identity()).toEqual({ title: 'Código de armas (borrador)', country: '', date: '', language: null });
    await start.field('Title of the law').fill('');
  });

  it('says beside the file given, without scrolling, that it cannot be read', async () => {
    const { start } = app;
    await app.goTo('Start');
    await start.trySampleInstead();
    // From the Findings screen, an old Word file dropped on the window.
    await start.drop('old-law.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0], 'window');
    await start.formError().waitFor();
    expect(await start.formError().textContent()).toContain('old-law.doc');
    expect(await app.inView(start.formError())).toBe(true);
    expect(await app.inView(page.getByRole('button', { name: 'Choose a file…' }))).toBe(true);
    await app.screenshot('file-error');
    await start.dismissError();
  });

  it('fits the header at 1024x768 in every interface language, with a project open', async () => {
    await app.goTo('Start');
    await app.start.trySampleInstead();
    // The language menu is labelled in the language the interface is in.
    const menu = (lang: WordsLanguage) => CATALOGUE[lang].interface.header.uiLanguage;
    let current: WordsLanguage = 'en';
    for (const lang of WORDS_LANGUAGES) {
      if (lang !== current) await app.chooseLanguage(menu(current), lang);
      current = lang;
      await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
      const fit = await app.headerFit();
      expect({ lang, fits: fit.needed <= fit.width, offScreen: fit.offScreen, wrapped: fit.wrapped }).toEqual({ lang, fits: true, offScreen: [], wrapped: [] });
      expect({ lang, toggle: await app.findings.groupingOnOneRow() }).toEqual({ lang, toggle: true });
      await app.screenshot(`header-${lang}`);
    }
    await app.chooseLanguage(menu(current), 'en');
  });

  it('presents the dashboard in large type: binding obligations unmet, chapters as fractions, coverage by article', async () => {
    const { dashboard, presentation } = app;
    await app.goTo('Dashboard');
    await dashboard.waitFor();
    await dashboard.present();
    await presentation.waitFor('Kestria');
    await app.screenshot('presentation');
    const [headline] = await presentation.headlines();
    expect(headline).toMatch(/^\d+binding obligations? unmetmissing or only partly covered, of \d+ binding obligations of the Protocol$/);
    const fractions = await presentation.fractions();
    expect(fractions.length).toBeGreaterThan(10);
    for (const f of fractions) expect(f).toMatch(/^\d+ of \d+ covered$/);
    // The chart is a picture with a name, and its figures are a table.
    expect(await presentation.chart().getAttribute('aria-label')).toContain('Bar chart of coverage by article');
    expect(await presentation.chartRows()).toContainEqual(expect.stringMatching(/^Art\. 8 .+\t\d+ covered, \d+ partly covered, \d+ missing$/));
    expect(await app.headerFit()).toMatchObject({ offScreen: [], wrapped: [] });
    expect(await app.accessibilityProblems()).toEqual([]);
    await page.keyboard.press('Escape');
    await dashboard.waitFor();
  });

  it('says that Save keeps the project in this browser, and offers the file beside it', async () => {
    expect(await app.saveState()).toBe('Not saved yet');
    await app.button('Save in this browser').click();
    await app.waitForSaveState('All changes saved');
    const note = page.locator('.banner-note[role=status]');
    expect(await note.locator('p').textContent()).toBe(
      '“Kestria – Arms and Ammunition Act 2016” is kept in this browser, on this computer only. To keep a copy elsewhere or send it to a colleague, download the project file.',
    );
    const download = await app.download(() => note.getByRole('button', { name: 'Download the project file (.lexgap)' }).click());
    expect(download.suggestedFilename()).toMatch(/\.lexgap$/);
    expect(await app.accessibilityProblems()).toEqual([]);
    await note.getByRole('button', { name: 'Dismiss' }).click();
    await note.waitFor({ state: 'detached' });
  });

  it('compares several documents added at once, renamed, with a choice of shared gaps and a model clause to read', async () => {
    const { region, presentation } = app;
    await app.goTo('Region');
    await region.addDocuments([PERU, path.join(work, 'ley-30299.html')]);
    await region.laws().nth(1).waitFor({ timeout: 120_000 });
    expect(await region.laws().count()).toBe(2);
    await region.rename(0, 'Ley 30299 (2015)');
    await page.locator('.region-law-title', { hasText: 'Ley 30299 (2015)' }).waitFor();
    // What counts as a shared gap: the stricter rule never shows more.
    await region.onlySharedGaps(true);
    const loose = await region.rows().count();
    await region.sharedRule('Missing in every law');
    const strict = await region.rows().count();
    expect(strict).toBeLessThanOrEqual(loose);
    await region.sharedRule('Missing or partly covered in two laws or more');
    await region.onlySharedGaps(false);
    // A model clause, read where it is offered.
    const model = region.modelClauses().first();
    await model.locator('summary').click();
    expect((await model.locator('blockquote').textContent())?.length).toBeGreaterThan(20);
    // The region's own dashboard, and its presentation.
    expect(await region.board().locator('.headline-number').count()).toBe(2);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('region-board');
    await region.present();
    await presentation.waitFor('Coverage of the laws compared');
    expect(await presentation.fractions()).toEqual([]);
    expect(await page.locator('.presentation .board-chapters td').first().textContent()).toMatch(/^\d+ of \d+ covered$/);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('region-presentation');
    await presentation.leave();
    await region.matrix().waitFor();
  });

  it('offers the Word report in every language lexgap writes, the interface’s and the law’s marked', async () => {
    await app.button('Export…').click();
    const dialog = new ExportDialog(page);
    const languages = dialog.dialog.getByRole('group', { name: 'Language of the report' }).getByRole('radio');
    const labels = await languages.evaluateAll((radios) => radios.map((r) => r.parentElement?.textContent?.trim()));
    expect(labels).toHaveLength(REPORT_LANGUAGES.length);
    expect(labels.slice(0, 1)).toEqual(['English (language of the interface)']);
    expect(labels).toEqual(expect.arrayContaining(['French', 'Spanish']));
    await dialog.dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('logged no errors', () => {
    expect(problems).toEqual([]);
  });
});
