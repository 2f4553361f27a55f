/**
 * The workshop's logic without a browser: a new file's draft starts from a clean slate, what a file says of itself
 * is read for the person to confirm, what counts as a shared gap, and the figures a room is shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../core/compare/matrix.js';
import type { ReviewStatus } from '../../core/types.js';
import { loadCatalogue } from '../../model-law/index.js';
import { detect, draftForFile, draftForPaste } from '../../renderer/app/use-intake.js';
import { EMPTY_DRAFT, withoutDetected, type Draft } from '../../renderer/components/StartScreen.js';
import { sharedGaps, type SharedRule } from '../../renderer/region.js';
import { BINDING_TIERS, presentLaw, sharedUnmet } from '../../renderer/review/presentation.js';
import { SHARED } from '../support/cli.js';

const PERU = readFileSync(join(SHARED, 'corpus', 'pe-ley-30299-2015.txt'), 'utf8');
const US = readFileSync(join(SHARED, 'corpus', 'us-18usc-ch44-firearms.txt'), 'utf8');

describe('a new file’s draft', () => {
  const fromPeru: Draft = { ...EMPTY_DRAFT, text: 'x', file: 'pe.txt', title: 'Ley N.° 30299', country: 'Perú', date: '2015-01-22', detected: { title: 'Ley N.° 30299', country: 'Perú', date: '2015-01-22' } };
  it.each([
    ['a file after a file: nothing of the first carries over', fromPeru, { country: 'United States' }, { title: '', country: 'United States', date: '' }],
    ['a file after a file the person corrected: still a clean slate', { ...fromPeru, title: 'Corrected' }, {}, { title: '', country: '', date: '' }],
    ['a file after typing: what was typed stays, the rest is read', { ...EMPTY_DRAFT, country: 'Testland' }, { title: 'Arms Act', country: 'Kestria', date: '2016' }, { title: 'Arms Act', country: 'Testland', date: '2016' }],
    ['a first file on an empty form', EMPTY_DRAFT, { title: 'Arms Act' }, { title: 'Arms Act', country: '', date: '' }],
  ] as const)('%s', (_, previous, detected, expected) => {
    const draft = draftForFile(previous as Draft, { file: 'next.txt', text: 'text of the next law' }, detected);
    expect({ title: draft.title, country: draft.country, date: draft.date }).toEqual(expected);
    expect(draft).toMatchObject({ file: 'next.txt', text: 'text of the next law', detected });
  });
});

describe('pasted text’s draft', () => {
  const pastedPeru = fromPeruPasted();
  it.each([
    ['a first paste on an empty form', { ...EMPTY_DRAFT, text: 'x' }, { title: 'Arms Act', country: 'Kestria' }, { title: 'Arms Act', country: 'Kestria', date: '' }],
    ['a paste after typing: what was typed stays, the rest is read', { ...EMPTY_DRAFT, text: 'x', country: 'Testland' }, { title: 'Arms Act', country: 'Kestria', date: '2016' }, { title: 'Arms Act', country: 'Testland', date: '2016' }],
    ['another paste: what lexgap filled follows the new text', pastedPeru, { country: 'United States' }, { title: '', country: 'United States', date: '' }],
    ['another paste after a correction: the correction stays', { ...pastedPeru, title: 'Corrected' }, { title: 'Arms Act' }, { title: 'Corrected', country: '', date: '' }],
  ] as const)('%s', (_, previous, detected, expected) => {
    const draft = draftForPaste(previous as Draft, detected);
    expect({ title: draft.title, country: draft.country, date: draft.date }).toEqual(expected);
    expect(draft).toMatchObject({ text: 'x', detected });
    expect(draft.file).toBeUndefined();
  });

  it.each([
    ['what lexgap read goes with the text', { ...fromPeruPasted(), file: 'pe.txt' }, { title: '', country: '', date: '' }],
    ['what the person typed over it stays', { ...fromPeruPasted(), title: 'Corrected' }, { title: 'Corrected', country: '', date: '' }],
    ['typed without any reading, all stays', { ...EMPTY_DRAFT, title: 'Typed', country: 'Testland' }, { title: 'Typed', country: 'Testland', date: '' }],
  ] as const)('text taken away: %s', (_, previous, expected) => {
    const draft = withoutDetected(previous as Draft);
    expect({ title: draft.title, country: draft.country, date: draft.date }).toEqual(expected);
    expect(draft.detected).toBeUndefined();
    expect(draft.file).toBeUndefined();
  });
});

function fromPeruPasted(): Draft {
  return { ...EMPTY_DRAFT, text: 'x', title: 'Ley N.° 30299', country: 'Perú', date: '2015-01-22', detected: { title: 'Ley N.° 30299', country: 'Perú', date: '2015-01-22' } };
}

describe('what a file says of itself, to confirm', () => {
  it('reads a law with front matter: its identity, its language, and its header lines apart', async () => {
    const d = await detect(PERU, 'pe-ley-30299-2015.txt');
    expect(d).toMatchObject({ title: 'Ley N.° 30299, Ley de armas de fuego, municiones, explosivos, productos pirotécnicos y materiales relacionados de uso civil', country: 'Perú', date: '2015-01-22', language: 'es' });
    expect(d.header?.text.startsWith('SOURCE: github.com/crafter-research/legalize-pe')).toBe(true);
    expect(d.header?.text.trimEnd().endsWith('---')).toBe(true);
    expect(d.header?.lines).toBe(PERU.slice(0, d.header!.text.length).split('\n').length);
  });

  it('reads a law that states no title: none is made up', async () => {
    const d = await detect(US, 'us.txt');
    expect(d).toMatchObject({ country: 'United States', language: 'en' });
    expect(d.title).toBeUndefined();
    expect(d.header?.text.startsWith('SOURCE:')).toBe(true);
    expect(d.header?.lines).toBe(1);
  });

  it('finds no header in a law that has none', async () => {
    expect((await detect('Article 1. Every firearm shall be marked.', 'a.txt')).header).toBeUndefined();
  });
});

describe('what counts as a shared gap', () => {
  const row = (id: string, statuses: ReviewStatus[]) => ({ id, article: 5, statuses, findings: [] });
  const comparison = {
    laws: [],
    clauses: [],
    inputs: [],
    rows: [
      row('a', ['missing', 'missing', 'missing']),
      row('b', ['missing', 'partial', 'missing']),
      row('c', ['missing', 'covered', 'partial']),
      row('d', ['missing', 'missing', 'covered']),
      row('e', ['missing', 'missing', 'not-applicable']),
      row('f', ['covered', 'covered', 'missing']),
    ],
  } as unknown as Comparison;
  it.each([
    ['gap-two', ['a', 'b', 'c', 'd', 'e']],
    ['gap-every', ['a', 'b', 'e']],
    ['missing-two', ['a', 'b', 'd', 'e']],
    ['missing-every', ['a', 'e']],
  ] as [SharedRule, string[]][])('%s', (rule, expected) => {
    expect([...sharedGaps(comparison, rule)]).toEqual(expected);
  });
});

describe('the figures a room is shown', () => {
  const catalogue = loadCatalogue();
  const all = (status: ReviewStatus) => new Map(catalogue.elements.map((e) => [e.id, status]));
  const binding = catalogue.elements.filter((e) => BINDING_TIERS.has(e.tier)).length;

  it('counts every binding obligation unmet in a law that meets none, and none in a law that meets all', () => {
    const none = presentLaw({ name: 'None', status: all('missing') }, catalogue);
    const every = presentLaw({ name: 'All', status: all('covered') }, catalogue);
    expect(binding).toBeGreaterThan(20);
    expect([none.unmet.length, none.binding]).toEqual([binding, binding]);
    expect([every.unmet.length, every.binding]).toEqual([0, binding]);
    expect(sharedUnmet([none, every])).toEqual([]);
    expect(sharedUnmet([none, none])).toEqual(none.unmet);
    for (const c of every.chapters) expect(c.fraction.covered).toBe(c.fraction.total);
    for (const c of none.chapters) expect(c.fraction.covered).toBe(0);
    expect(every.articles.map((a) => a.article.number)).toEqual([...new Set(catalogue.elements.map((e) => e.article))].sort((a, b) => a - b));
  });

  it('leaves an element set aside as not applicable out of every figure', () => {
    const status = all('partial');
    const first = catalogue.elements.find((e) => BINDING_TIERS.has(e.tier))!;
    status.set(first.id, 'not-applicable');
    const p = presentLaw({ name: 'Law', status }, catalogue);
    expect(p.binding).toBe(binding - 1);
    expect(p.unmet).not.toContain(first.id);
    const article = p.articles.find((a) => a.article.number === first.article)!;
    expect(article.counts.partial).toBe(catalogue.elements.filter((e) => e.article === first.article).length - 1);
  });
});
