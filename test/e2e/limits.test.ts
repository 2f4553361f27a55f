/**
 * End to end, the limits of issue 16: a drafter who brings a 30 MB file. The page's thread is watched throughout,
 * with the Long Tasks API and Chromium's trace, and no task may hold it past CPU_MS: a plain text past the limit is
 * refused at once, a 30 MB web page saved from a word processor is read off the page's thread and can be stopped,
 * its 2.4 million characters are summarised rather than laid out in a field, the size and the expected wait are
 * said before the analysis, which can be stopped too (the engine's worker is terminated: the app fires
 * "lexgap:engine-stopped"), and the findings of such a law are shown and clicked through without freezing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LexgapApp } from './pages.js';
import { ROOT, startJourney, type Journey } from './serve.js';

/**
 * The most CPU time one task may take on the page's thread: the 100 ms. Read from Chromium's trace of the
 * thread, not from the wall clock, since the machines that run the tests share 2 cores with other work (a load of
 * 20 has been seen, where a task's wall time is many times its CPU time).
 */
const CPU_MS = 100;
/**
 * The longest wall time of a task as the Long Tasks API reports it, bounded loosely for the same reason. Today's
 * code (before this issue) held the page for 2.6 s and then 5.5 s with the 30 MB text, and 1.2 s on every click
 * after analysing 2.4 million characters, on an idle machine.
 */
const WALL_MS = 2_000;
const US = path.resolve(ROOT, '..', 'shared', 'corpus', 'us-18usc-ch44-firearms.txt');
const MB = 1024 * 1024;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The US chapter sixteen times over (2.4 million characters) as a word processor saves a web page: every paragraph
 * in its own styled markup, the letterhead image embedded, 30 MB in all.
 */
function wordProcessorPage(law: string): string {
  const paragraphs = Array(16)
    .fill(law)
    .join('\n\n')
    .split('\n')
    .map(
      (line) =>
        `<p class=MsoNormal style='margin-top:0cm;margin-right:0cm;margin-bottom:6.0pt;margin-left:0cm;text-align:justify;line-height:115%'><span lang=EN-US style='font-size:12.0pt;line-height:115%;font-family:"Times New Roman",serif;mso-fareast-font-family:"Times New Roman"'>${escapeHtml(line) || '&nbsp;'}</span></p>`,
    )
    .join('\n');
  const head = `<html><head><meta charset="utf-8"><title>Firearms</title></head><body lang=EN-US><div class=WordSection1>`;
  const bytes = Buffer.byteLength(head) + Buffer.byteLength(paragraphs) + 200;
  // The letterhead, embedded as Word does in a single-file page: a base64 image filling the file to 30 MB.
  const image = Buffer.alloc(Math.max(0, Math.floor(((30 * MB - bytes) * 3) / 4)), 7).toString('base64');
  return `${head}<p><img width=600 height=80 alt="" src="data:image/png;base64,${image}"></p>\n${paragraphs}</div></body></html>`;
}

describe('a 30 MB input in the web version', () => {
  let journey: Journey | undefined;
  let page: Page;
  let app: LexgapApp;
  let work: string;
  let plainText: string;
  let webPage: string;
  const longest: Record<string, { wall: number; cpu: number }> = {};

  /** The page's thread was never held long since the last look. */
  async function expectResponsive(step: string): Promise<void> {
    longest[step] = await app.longestTask();
    expect(longest[step].cpu, `${step}: CPU time of the longest task`).toBeLessThanOrEqual(CPU_MS);
    expect(longest[step].wall, `${step}: wall time of the longest task`).toBeLessThanOrEqual(WALL_MS);
  }

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'lexgap-limits-'));
    const law = readFileSync(US, 'utf8');
    plainText = path.join(work, 'consolidated.txt');
    writeFileSync(plainText, Array(200).fill(law).join('\n\n'));
    webPage = path.join(work, 'firearms.html');
    writeFileSync(webPage, wordProcessorPage(law));
    journey = await startJourney();
    ({ page, app } = journey);
    await app.watchLongTasks();
  });

  afterAll(async () => {
    console.log(`lexgap limits journey: longest task per step (ms of wall and of CPU time) ${JSON.stringify(longest)}`);
    await journey?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the files are what the journey says, 30 MB each, and the page is the build people get', async () => {
    for (const file of [plainText, webPage]) expect(readFileSync(file).length).toBeGreaterThan(29 * MB);
    // React's development build (what Vite makes under vitest's NODE_ENV=test) is several times slower: timing it
    // measured the wrong thing.
    const scripts = await page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src));
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(await (await fetch(src)).text()).not.toMatch(/jsxDEV|react-dom\.development/);
  });

  it('refuses a 30 MB plain text at once, saying why, without holding the page', async () => {
    await app.start.chooseFile(plainText);
    await expect(app.start.formError().textContent()).resolves.toMatch(/consolidated\.txt is too long: its text runs past 5,000,000 characters/);
    await expectResponsive('plain text refused');
  });

  it('reads a 30 MB web page off the page\'s thread, and stops reading it when asked', async () => {
    await app.start.dismissError();
    await app.start.chooseFile(webPage);
    await app.start.stopReadingButton().waitFor();
    await app.afterEvent('engine-stopped', () => app.start.stopReadingButton().click());
    await app.start.said('Reading stopped').waitFor({ state: 'attached' });
    await expect(app.start.largeText().count()).resolves.toBe(0);
    await expectResponsive('reading stopped');
  });

  it('shows its 2.4 million characters as a summary, says its size and the wait before analysing, and stops the analysis when asked', async () => {
    await app.start.chooseFile(webPage);
    await app.start.largeText().waitFor({ timeout: 120_000 });
    expect(await app.start.largeText().textContent()).toMatch(/^firearms\.html: 2\.\d million characters/);
    await expectResponsive('read');

    await app.start.analyseButton().click();
    const warning = await app.start.largeWarning().textContent();
    expect(warning).toMatch(/This text is 2\.\d million characters long/);
    expect(warning).toMatch(/takes about \d+ seconds/);
    await app.start.analyseLarge();
    await app.start.stopAnalysisButton().waitFor();
    await app.afterEvent('engine-stopped', () => app.start.stopAnalysisButton().click());
    await app.start.said('Analysis stopped').waitFor({ state: 'attached' });
    // The text is still there, ready to analyse again.
    await app.start.largeText().waitFor();
    await expectResponsive('analysis stopped');
  });

  it('analyses it to the end and shows the findings, and the page answers every click at once', async () => {
    await app.start.analyseButton().click();
    await app.start.analyseLarge();
    await app.findings.waitForAnalysis('Art. 8(1)(a)');
    // A new analysis nobody has touched is nobody's work to lose: it is not autosaved until a review changes it.
    await expectResponsive('analysed');

    for (const ref of ['Art. 5(1)(b)', 'Art. 8(1)(a)', 'Art. 3(a)']) {
      await app.findings.open(ref);
      await app.findings.lawFocus().first().waitFor();
    }
    await expectResponsive('clicks');
    // The analysis takes 10 to 30 s on a loaded machine.
  }, 180_000);

  it('shows the outline of the long law as lexgap read it, and goes from it to a clause with the keyboard', async () => {
    await app.findings.showLawAs('Outline');
    await app.findings.outline().waitFor();
    await app.findings.outline().locator('[role=treeitem][tabindex="0"]').focus();
    // Section 921 > (a) > its first paragraphs, down to (17), then its subparagraph (B).
    await app.findings.pressInOutline('ArrowRight', 'ArrowRight');
    expect(await app.findings.focusedOutlineItem().textContent()).toBe('Section 921(a)');
    await app.findings.pressInOutline('ArrowRight', 'ArrowRight', ...Array(16).fill('ArrowDown'));
    expect(await app.findings.focusedOutlineItem().textContent()).toBe('Section 921(a)(17)');
    await app.findings.pressInOutline('ArrowRight', 'ArrowRight', 'ArrowDown');
    expect(await app.findings.focusedOutlineItem().textContent()).toBe('Section 921(a)(17)(B)');
    await expectResponsive('outline');
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('outline');
    await app.longestTask();

    await app.findings.pressInOutline('Enter');
    await page.locator('.law-focus-label', { hasText: 'Showing Section 921(a)(17)(B) in context' }).waitFor();
    expect(await app.findings.lawFocus().first().textContent()).toMatch(/^\(B\) The term “armor piercing ammunition” means/);
    await expectResponsive('clause from the outline');
    // axe reads every node of a page that holds a long law's outline and findings.
  }, 180_000);
});
