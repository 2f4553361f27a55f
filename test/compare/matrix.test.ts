/**
 * The pieces of a comparison: the matrix from analyses (with reviewer decisions), column names, harmonization
 * notes, the parallel analysis (the same analyses as one at a time), and how the matrix is laid out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { harmonize } from '../../core/compare/harmonize.js';
import { compareLaws, lawNames, type LawInput } from '../../core/compare/matrix.js';
import { analyzeAll } from '../../core/node/analyze-pool.js';
import { matrixParts } from '../../core/report/compare-docx.js';
import { annexLetter, defaultCompareLanguage } from '../../core/report/compare-model.js';
import { MARGIN, PAGE } from '../../core/report/docx.js';
import { loadCatalogue } from '../../model-law/index.js';
import { SHARED } from '../support/cli.js';

const catalogue = loadCatalogue();
const LAWS = ['kestria-en.txt', 'ardenne-fr.txt', 'valdoria-es.txt'];
const texts = LAWS.map((f) => readFileSync(join(SHARED, 'eval', f), 'utf8'));
const analyses = LAWS.map((f, i) => analyzeText(texts[i]!, { file: f }));
const laws: LawInput[] = analyses.map((analysis, i) => ({ analysis, source: texts[i] }));

describe('the matrix', () => {
  it('holds each law’s statuses, in the order given', () => {
    const c = compareLaws(laws, catalogue);
    expect(c.rows.map((r) => r.id)).toEqual(catalogue.elements.map((e) => e.id));
    c.rows.forEach((r, k) => expect(r.statuses).toEqual(analyses.map((a) => a.elements[k]!.status)));
    expect(c.laws.map((l) => l.name)).toEqual(['Kestria', 'Ardenne', 'Valdoria']);
  });

  it('applies each law’s reviewer decisions, and leaves a law set aside out of shared gaps', () => {
    const missingInAll = catalogue.elements.find((e) => analyses.every((a) => a.elements.find((f) => f.id === e.id)!.status === 'missing'))!;
    const decided: LawInput[] = laws.map((l, i) => (i === 0 ? { ...l, decisions: [{ element: missingInAll.id, status: 'not-applicable', decidedAt: '2025-03-01T00:00:00Z' }] } : l));
    const c = compareLaws(decided, catalogue);
    const row = c.rows.find((r) => r.id === missingInAll.id)!;
    expect(row.statuses).toEqual(['not-applicable', 'missing', 'missing']);
    const gap = harmonize(c, catalogue).flatMap((n) => n.sharedGaps).find((g) => g.element === missingInAll.id)!;
    expect(gap).toEqual({ element: missingInAll.id, laws: [1, 2], everyLaw: true });
    expect(c.laws[0]!.summary['not-applicable']).toBe(1);
  });

  it('offers as a model the covering law whose match is surest, and names the others', () => {
    const c = compareLaws(laws, catalogue);
    for (const m of harmonize(c, catalogue).flatMap((n) => n.models)) {
      const row = c.rows.find((r) => r.id === m.element)!;
      const covering = row.findings.flatMap((f, i) => (f.status === 'covered' && f.evidence.length ? [i] : []));
      expect(covering).toContain(m.law);
      for (const i of covering) expect(row.findings[m.law]!.confidence).toBeGreaterThanOrEqual(row.findings[i]!.confidence);
      expect(m.clause.id).toBe(row.findings[m.law]!.evidence[0]!.clause);
      expect([...m.alsoCoveredBy, m.law].sort()).toEqual(row.statuses.flatMap((s, i) => (s === 'covered' ? [i] : [])));
    }
  });
});

describe('column names', () => {
  const law = (file: string, title?: string, country?: string) => ({ file, title: title ?? file, titleFound: Boolean(title), ...(country ? { country } : {}) });
  it('use the country, else a short title, else the file; and never repeat', () => {
    expect(lawNames([law('a.txt', 'Arms Act 2016', 'Kestria'), law('b.txt', 'Arms Act 2016'), law('c.txt', 'A very long title of a law on arms and ammunition'), law('d.txt')])).toEqual([
      'Kestria',
      'Arms Act 2016',
      'c',
      'd',
    ]);
    expect(lawNames([law('old.txt', 'T', 'Kestria'), law('new.txt', 'T', 'Kestria')])).toEqual(['Kestria (old.txt)', 'Kestria (new.txt)']);
    expect(lawNames([law('k.txt', 'T', 'Kestria'), law('k.txt', 'T', 'Kestria')])).toEqual(['Kestria (k.txt) #1', 'Kestria (k.txt) #2']);
  });
  it('annexes are lettered A to Z, then AA', () => {
    expect([0, 1, 25, 26, 27].map(annexLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
  it('the report is in the laws’ language when they share one, else in English', () => {
    expect(defaultCompareLanguage(['fr', 'fr'])).toBe('fr');
    expect(defaultCompareLanguage(['es', 'fr'])).toBe('en');
    expect(defaultCompareLanguage(['ar', 'ar'])).toBe('ar');
    expect(defaultCompareLanguage(['zh', 'ru'])).toBe('en');
  });
});

describe('the matrix layout', () => {
  const landscape = PAGE.a4.height - MARGIN.left - MARGIN.right;
  it('keeps ten laws in one landscape table and splits more into tables of near-equal size', () => {
    expect(matrixParts(10, landscape)).toEqual([[0, 10]]);
    expect(matrixParts(12, landscape)).toEqual([[0, 6], [6, 12]]);
    expect(matrixParts(25, landscape)).toEqual([[0, 9], [9, 18], [18, 25]]);
  });
});

describe('analysing several laws at once', () => {
  it('gives in worker threads exactly the analyses the main thread gives', { timeout: 120_000 }, async () => {
    const inputs = LAWS.map((f, i) => ({ text: texts[i]!, options: { file: f } }));
    const parallel = await analyzeAll(inputs, { workers: 2 });
    expect(parallel).toEqual(analyses);
    const here = await analyzeAll(inputs, { workers: 1 });
    expect(here).toEqual(analyses);
  });

  it('analyses the laws in this thread when a worker cannot run', async () => {
    const inputs = LAWS.map((f, i) => ({ text: texts[i]!, options: { file: f } }));
    expect(await analyzeAll(inputs, { workers: 2, workerCode: 'throw new Error("no worker here")' })).toEqual(analyses);
  });
});
