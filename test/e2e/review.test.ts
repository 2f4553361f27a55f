/**
 * The review pass end to end, in Chromium, on the sample law (issue 16): status and evidence never contradict
 * each other after a review (defect 1), overriding lexgap asks for a reason that reaches the report and the
 * exports, the pass walks the findings lexgap doubts first (next unreviewed, confirm and next, from the keyboard
 * too), a second reviewer approves, and the reviewer's name and the history survive a reload. Page objects
 * (pages.ts) wait on the page and the app's events, never on time.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { BINDING } from '../../core/report/model.js';
import { loadCatalogue } from '../../model-law/index.js';
import { ExportDialog, type LexgapApp } from './pages.js';
import { ROOT, startJourney, type Journey } from './serve.js';

const SAMPLE = readFileSync(path.join(ROOT, 'renderer', 'sample', 'kestria-en.txt'), 'utf8');
const analysis = analyzeText(SAMPLE, { file: 'kestria-en.txt' });
const catalogue = loadCatalogue();
const refOf = (id: string) => catalogue.elements.find((e) => e.id === id)!.ref;
const tierOf = (id: string) => catalogue.elements.find((e) => e.id === id)!.tier;
const bindingUnmet = analysis.elements.filter((f) => BINDING.includes(tierOf(f.id)) && f.status !== 'covered').length;
const binding = analysis.elements.filter((f) => BINDING.includes(tierOf(f.id))).length;
// One covered finding resting on a single clause, one missing binding finding, and the findings lexgap doubts.
const single = analysis.elements.find((f) => f.status === 'covered' && f.evidence.length === 1 && BINDING.includes(tierOf(f.id)))!;
const missing = analysis.elements.find((f) => f.status === 'missing' && BINDING.includes(tierOf(f.id)))!;
const flagged = analysis.elements.filter((f) => f.review);
const clauseOf = (id: string) => analysis.clauses.find((c) => c.id === id)!;

describe('the review pass in Chromium', () => {
  let journey: Journey | undefined;
  let page: Page;
  let app: LexgapApp;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'lexgap-review-'));
    journey = await startJourney(path.join(work, 'web'));
    ({ page, app } = journey);
  });

  afterAll(async () => {
    await journey?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('opens the Findings screen with the pass: who reviews, how far, the binding obligations unmet', async () => {
    const { findings } = app;
    expect(flagged.length).toBeGreaterThan(0);
    await app.start.trySample();
    await findings.waitForAnalysis();
    await findings.waitForReviewed(0);
    expect(await findings.pass().textContent()).toContain(`Binding obligations unmet: ${bindingUnmet} of ${binding}`);
    await findings.startReview('A. Drafter');
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('review-pass');
    // On a projector's 1024x768 the strip wraps within the screen, its two moves in view.
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await findings.pass().evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
    for (const name of ['Next unreviewed', 'Confirm and next']) expect(await findings.pass().getByRole('button', { name }).isVisible()).toBe(true);
    await app.screenshot('review-pass-1024');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('starts with the findings lexgap doubts, each with its reasons, and moves on with next unreviewed', async () => {
    const { findings } = app;
    // The screen opens on the finding lexgap doubts most.
    await findings.checkFirst().waitFor();
    const first = await findings.shownRef();
    expect(flagged.map((f) => refOf(f.id))).toContain(first);
    const reasons = await findings.checkFirst().locator('li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    expect(await findings.checkFirst().textContent()).toContain('Check this finding first: lexgap is not sure, because');
    // Every flagged finding comes before any other.
    const seen = [first];
    for (let i = 1; i < flagged.length; i++) {
      await findings.nextUnreviewed();
      seen.push(await findings.waitForOtherThan(seen.at(-1)!));
    }
    expect([...seen].sort()).toEqual(flagged.map((f) => refOf(f.id)).sort());
  });

  it('shows each evidence clause’s kind and subject in words, not codes', async () => {
    const { findings } = app;
    await findings.open(refOf(single.id));
    const clause = clauseOf(single.evidence[0]!.clause);
    const tags = await findings.clauseTags(0);
    const words = (JSON.parse(readFileSync(path.join(ROOT, 'locales', 'en', 'interface.json'), 'utf8')) as { tags: { kind: Record<string, string>; subject: Record<string, string> } }).tags;
    expect(tags[0]).toBe(`Kind of provision: ${words.kind[clause.character!]}`);
    expect(tags[1]).toBe(`About: ${clause.subjects!.map((s) => words.subject[s]).join(', ')}`);
  });

  it('asks which status stands when the last supporting clause is rejected, and then shows no contradiction', async () => {
    const { findings } = app;
    await findings.open(refOf(single.id));
    const label = clauseOf(single.evidence[0]!.clause).label;
    await findings.lawMarks().first().waitFor();
    await findings.rejectEvidence(0);
    const question = findings.question();
    await question.waitFor();
    expect(await question.textContent()).toContain(`You rejected the last clause that supports “${refOf(single.id)}”`);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('review-question');
    // A status other than lexgap's needs its reason: without one, the dialog says so and records nothing.
    await question.getByRole('radio', { name: 'Missing' }).check();
    await question.getByRole('button', { name: 'Record the decision' }).click();
    await question.getByRole('alert').filter({ hasText: 'Give a reason' }).waitFor();
    await findings.answer({ reason: `${label} is about assembling imported rifles, not manufacture.` });
    await findings.waitForProvenance('Decided by A. Drafter');
    expect(await findings.status()).toContain('Missing');
    expect(await findings.statusOf(refOf(single.id))).toBe('Missing');
    expect(await findings.evidence().count()).toBe(0);
    expect(await findings.rejected().count()).toBe(1);
    const panel = (await findings.detail().textContent()) ?? '';
    expect(panel).not.toContain('No clause of the law was found');
    expect(panel).toContain('The clauses lexgap found were all rejected by a reviewer');
    expect(panel).toContain(`Reason: ${label} is about assembling imported rifles`);
    // The rejected clause is neither shown nor marked in the law.
    expect(await findings.lawMarks().count()).toBe(0);
  });

  it('asks which status stands when a clause is attached to a missing element', async () => {
    const { findings } = app;
    await findings.open(refOf(missing.id));
    const clause = analysis.clauses.find((c) => /^Section 18/.test(c.label) && c.kind !== 'heading')!;
    await findings.attach(clause.label, clause.label);
    await findings.question().waitFor();
    expect(await findings.question().textContent()).toContain(`You attached ${clause.label} to “${refOf(missing.id)}”, which stands as missing`);
    await findings.answer({ status: 'Partly covered', reason: 'Confiscation only; destruction is not required.' });
    expect(await findings.status()).toContain('Partly covered');
    expect(await findings.evidence().count()).toBe(1);
    await findings.lawMarks().first().waitFor();
  });

  it('asks for a reason when lexgap is overridden, and cancelling changes nothing', async () => {
    const { findings } = app;
    const covered = analysis.elements.find((f) => f.status === 'covered' && f.evidence.length > 1)!;
    await findings.open(refOf(covered.id));
    await findings.detail().getByRole('group', { name: 'Set the status' }).getByRole('button', { name: 'Partly covered' }).click();
    await findings.question().waitFor();
    await page.keyboard.press('Escape');
    await findings.question().waitFor({ state: 'detached' });
    expect(await findings.provenance()).toContain('Proposed by lexgap');
    await findings.setStatus('Partly covered', 'Only licensed dealers are covered.');
    expect(await findings.detail().locator('.decision-reason').textContent()).toBe('Reason: Only licensed dealers are covered.');
  });

  it('asks which clause supports a status set where no clause is left, and cancelling changes nothing', async () => {
    const { findings } = app;
    const unsupported = analysis.elements.find((f) => f.status === 'missing' && f.id !== missing.id)!;
    const clause = analysis.clauses.find((c) => /^Section 2\b/.test(c.label) && c.kind !== 'heading')!;
    await findings.open(refOf(unsupported.id));
    await findings.detail().getByRole('group', { name: 'Set the status' }).getByRole('button', { name: 'Covered', exact: true }).click();
    const dialog = findings.question();
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`You set “${refOf(unsupported.id)}” to covered, but no clause of the law supports it now`);
    // Recorded without a clause, it says what is missing and stays open.
    await dialog.getByLabel('Reason').fill('Section 2 defines the licence.');
    await dialog.getByRole('button', { name: 'Record the decision' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toBe('Choose the clause that supports this status, or cancel.');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await findings.status()).toContain('Missing');
    expect(await findings.provenance()).toContain('Proposed by lexgap');

    await findings.detail().getByRole('group', { name: 'Set the status' }).getByRole('button', { name: 'Covered', exact: true }).click();
    await findings.answer({ clause: { query: clause.label, label: clause.label }, reason: 'Section 2 defines the licence.' });
    expect(await findings.status()).toContain('Covered');
    expect(await findings.evidence().count()).toBe(1);
    expect(await findings.evidence().first().textContent()).toContain('Added by a reviewer');
    expect(await findings.detail().locator('.contradiction').count()).toBe(0);
    // One step: undone at once.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await findings.detail().locator('.status-line', { hasText: 'Missing' }).waitFor();
    expect(await findings.evidence().count()).toBe(0);
  });

  it('confirms and goes to the next unreviewed, from the keyboard, and a second reviewer approves', async () => {
    const { findings } = app;
    await findings.waitForReviewed(3);
    await findings.nextUnreviewed();
    const first = await findings.shownRef();
    await findings.detail().getByRole('heading', { level: 2 }).focus();
    await page.keyboard.press('Shift+C');
    await findings.waitForReviewed(4);
    const second = await findings.waitForOtherThan(first);
    expect(second).not.toBe(first);
    await findings.confirmAndNext();
    await findings.waitForReviewed(5);
    await findings.waitForOtherThan(second);
    // The second reviewer approves the first of these.
    await findings.pass().getByRole('button', { name: 'Change the name' }).click();
    await findings.startReview('B. Adviser');
    await findings.open(first);
    await findings.detail().getByRole('heading', { level: 2 }).focus();
    await page.keyboard.press('a');
    await findings.detail().locator('.approval', { hasText: 'Approved by B. Adviser' }).waitFor();
    expect(await findings.pass().textContent()).toContain('1 approved');
  });

  it('writes the reviewed status beside lexgap’s in the CSV and JSON, and the reason in the Word report', async () => {
    const save = async (name: string) => {
      await app.button('Export…').click();
      const exporting = new ExportDialog(page);
      const download = await app.download(() => exporting.button(name).click());
      const file = path.join(work, download.suggestedFilename());
      await download.saveAs(file);
      await exporting.dialog.waitFor({ state: 'detached' });
      return readFileSync(file);
    };
    const json = JSON.parse((await save('Analysis data (.json)')).toString('utf8')) as {
      elements: { id: string; status: string; reviewedStatus: string; statusBy: string; decision?: { reason?: string } }[];
      reviewedSummary: Record<string, number>;
    };
    const rejected = json.elements.find((e) => e.id === single.id)!;
    expect(rejected).toMatchObject({ status: 'covered', reviewedStatus: 'missing', statusBy: 'reviewer' });
    expect(rejected.decision?.reason).toContain('assembling imported rifles');
    expect(json.elements.find((e) => e.id === missing.id)).toMatchObject({ status: 'missing', reviewedStatus: 'partial' });

    const csv = (await save('Spreadsheet (.csv)')).toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
    const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'));
    const columns = cells(csv[0]!);
    const row = cells(csv.find((l) => l.startsWith(`${single.id},`))!);
    const at = (name: string) => row[columns.indexOf(name)];
    expect([at('status'), at('engine_status'), at('status_by'), at('evidence')]).toEqual(['missing', 'covered', 'reviewer', '']);
    expect(at('reason')).toContain('assembling imported rifles');

    const docx = await save('Write the Word report');
    const text = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!).replace(/<[^>]+>/g, '');
    expect(text).toContain('Reason: Confiscation only; destruction is not required.');
    expect(text).toContain('Approved by B. Adviser');
  });

  it('keeps the reviewer, the decisions and their history across a reload', async () => {
    const { findings } = app;
    await page.keyboard.press('Control+s');
    await app.waitForSaveState('All changes saved');
    await app.reload();
    await app.start.recentNamed('Kestria').first().click();
    await findings.waitForAnalysis();
    await findings.waitForReviewed(5);
    await findings.pass().getByText('Reviewer: B. Adviser').waitFor();
    await findings.open(refOf(single.id));
    await findings.history().locator('summary').click();
    const steps = await findings.history().locator('li').allTextContents();
    expect(steps.some((s) => s.includes('A. Drafter: clause rejected for') && s.includes('(Missing)') && s.includes('assembling imported rifles'))).toBe(true);
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.screenshot('review-history');
  });

  it('logged no errors', () => {
    expect(journey!.problems).toEqual([]);
  });
});
