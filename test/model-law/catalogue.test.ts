import { describe, expect, it } from 'vitest';
import { articles, elements, rollups } from '../../model-law/protocol.js';
import { chapters, modelLaw } from '../../model-law/chapters.js';
import { sources } from '../../model-law/sources.js';
import { recognisers } from '../../model-law/recognisers/index.js';
import { Catalogue, CORE_LANGUAGES, TIERS, loadCatalogue } from '../../model-law/index.js';
import { termsFor } from '../../core/match/match.js';

// The provision ids that DESIGN.md section 2 fixes as a contract.
const DESIGN_IDS = [
  ...['a', 'b', 'c', 'd', 'e', 'f'].map((l) => `fp.3.${l}`),
  'fp.4.1', 'fp.4.2', 'fp.5.1.a', 'fp.5.1.b', 'fp.5.1.c', 'fp.5.2.a', 'fp.5.2.b', 'fp.6.1', 'fp.6.2',
  'fp.7', 'fp.7.a', 'fp.7.b', 'fp.8.1.a', 'fp.8.1.b', 'fp.8.1.c', 'fp.8.2', 'fp.9', 'fp.9.a', 'fp.9.b', 'fp.9.c',
  'fp.10.1', 'fp.10.2.a', 'fp.10.2.b', 'fp.10.3', 'fp.10.4', 'fp.10.5', 'fp.10.6', 'fp.11.a', 'fp.11.b',
  'fp.12.1', 'fp.12.2', 'fp.12.3', 'fp.12.4', 'fp.12.5', 'fp.13.1', 'fp.13.2', 'fp.13.3', 'fp.14',
  'fp.15.1.a', 'fp.15.1.b', 'fp.15.1.c', 'fp.15.2',
  // Added by the review of December 2026: art 10(3)'s last sentence, in the pattern of section 2.
  'fp.10.3.b',
];

const catalogue = loadCatalogue();

describe('the reference catalogue', () => {
  it('contains every provision id of DESIGN.md, and only well-formed ones', () => {
    const ids = catalogue.elements.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(DESIGN_IDS));
    for (const id of ids) expect(id).toMatch(/^fp\.\d+(\.\d+)?(\.[a-z])?$/);
  });

  it('has no duplicate ids', () => {
    const ids = catalogue.elements.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(catalogue.chapters.map((c) => c.id)).size).toBe(catalogue.chapters.length);
  });

  it('lists all 21 articles with titles in English, French and Spanish', () => {
    expect(catalogue.articles.map((a) => a.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    for (const a of catalogue.articles) for (const l of CORE_LANGUAGES) expect(a.title[l].text.length).toBeGreaterThan(3);
    // Articles 1, 2 and 16 to 21 carry no element for national law.
    expect(catalogue.articles.filter((a) => !a.hasElements).map((a) => a.number)).toEqual([1, 2, 16, 17, 18, 19, 20, 21]);
  });

  it('gives every element a valid tier, a paraphrase and keywords in en, fr and es', () => {
    const recs = new Map(catalogue.recognisers.map((r) => [r.element, r]));
    for (const e of catalogue.elements) {
      expect(TIERS).toContain(e.tier);
      expect(e.obligation.en.length).toBeGreaterThan(40);
      const rec = recs.get(e.id);
      expect(rec, e.id).toBeDefined();
      for (const lang of CORE_LANGUAGES)
        for (const concept of rec!.concepts) expect(termsFor(concept.terms, lang).every((t) => t.lang === lang), `${e.id} ${concept.id} ${lang}`).toBe(true);
    }
  });

  it('gives the list-like obligations their items and fp.7 its ten-year check', () => {
    const recs = new Map(catalogue.recognisers.map((r) => [r.element, r]));
    const facetCount = (id: string) => recs.get(id)?.facets?.length ?? 0;
    expect(facetCount('fp.10.3')).toBe(9);
    expect(facetCount('fp.7.b')).toBe(8);
    expect(facetCount('fp.8.1.a')).toBe(3);
    expect(facetCount('fp.3.b')).toBe(5);
    expect(facetCount('fp.3.c')).toBe(4);
    expect(facetCount('fp.10.6')).toBe(5);
    expect(recs.get('fp.7')?.checks).toEqual([expect.objectContaining({ kind: 'min-years', value: 10 })]);
  });

  it('maps Model Law chapters I to XVII to existing elements, citing no article numbers', () => {
    expect(catalogue.chapters.map((c) => c.numeral)).toEqual(
      ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'],
    );
    const ids = new Set(catalogue.elements.map((e) => e.id));
    for (const ch of catalogue.chapters) for (const id of ch.implements) expect(ids.has(id), `${ch.id} -> ${id}`).toBe(true);
    // Every mandatory element has a chapter to draw on.
    for (const e of catalogue.elements) expect(catalogue.chapters.some((c) => c.implements.includes(e.id)), e.id).toBe(true);
    // Model Law article numbers are unverified: the data must not cite them.
    expect(JSON.stringify(chapters)).not.toMatch(/\b(Model Law )?art(icle)?\.? ?\d+ of the Model Law|Model Law,? art/i);
    expect(catalogue.chapters.find((c) => c.id === 'ml.XVI')?.tier).toBe('must-consider');
    expect(catalogue.chapters.find((c) => c.id === 'ml.XVII')?.implements).toEqual(['fp.10.6']);
  });

  it('flags unverified titles instead of dropping them', () => {
    const art9 = catalogue.articles.find((a) => a.number === 9)!;
    expect(art9.title.fr).toEqual({ text: 'Neutralisation des armes à feu', verified: true, source: { source: 'fp-fr-rs', at: 'art. 9' } });
    expect(catalogue.articles.every((a) => a.title.es.verified === false)).toBe(true);
  });
});

const valid = { articles, elements, rollups, recognisers, chapters, modelLaw, sources };
const withElement = (patch: Record<string, unknown>, index = 0) => ({
  ...valid,
  elements: elements.map((e, i) => (i === index ? { ...e, ...patch } : e)),
});

describe('the catalogue schema rejects malformed data', () => {
  const cases: { name: string; data: unknown; message: RegExp }[] = [
    { name: 'a malformed element id', data: withElement({ id: 'fp-3-a' }), message: /expected fp\./ },
    { name: 'an unknown tier', data: withElement({ tier: 'advisory' }), message: /tier/ },
    { name: 'a duplicate element', data: { ...valid, elements: [...elements, elements[0]] }, message: /duplicate element fp\.3\.a/ },
    { name: 'an element filed under the wrong article', data: withElement({ article: 4 }), message: /filed under article 4/ },
    { name: 'a chapter implementing an unknown element', data: { ...valid, chapters: chapters.map((c, i) => (i === 0 ? { ...c, implements: ['fp.99.1'] } : c)) }, message: /unknown element fp\.99\.1/ },
    { name: 'an element without a recogniser', data: { ...valid, recognisers: recognisers.slice(1) }, message: /fp\.3\.a has no recogniser/ },
    { name: 'a recogniser without Spanish terms', data: { ...valid, recognisers: recognisers.map((r, i) => (i === 0 ? { ...r, concepts: [{ id: 'x', terms: { en: ['a'], fr: ['b'] } }] } : r)) }, message: /es/ },
    { name: 'a missing article', data: { ...valid, articles: articles.slice(1) }, message: /21/ },
    { name: 'an unexpected field', data: withElement({ colour: 'red' }), message: /colour/ },
    { name: 'a verified element with no source', data: withElement({ sources: undefined }), message: /fp\.3\.a is verified but names no source/ },
    { name: 'a qualified element with no qualifier', data: withElement({ tier: 'qualified', qualifiers: undefined }), message: /fp\.3\.a is qualified but names no qualifier/ },
    { name: 'an element with no legislative or administrative mark', data: withElement({ means: undefined }), message: /means/ },
    { name: 'a source the catalogue does not list', data: withElement({ sources: [{ source: 'fp-es-dof', at: 'art. 3' }] }), message: /sources/ },
    {
      name: 'a verified title with no source',
      data: { ...valid, articles: articles.map((a, i) => (i === 0 ? { ...a, title: { ...a.title, es: { text: a.title.es.text, verified: true } } } : a)) },
      message: /a verified title names its source/,
    },
    { name: 'a roll-up of an element of another paragraph', data: { ...valid, rollups: rollups.map((r) => ({ ...r, anyOf: [...r.anyOf, 'fp.15.2'] })) }, message: /rolls up fp\.15\.2, which is not one of its subparagraphs/ },
    { name: 'a roll-up that is also an element', data: { ...valid, rollups: rollups.map((r) => ({ ...r, id: 'fp.15.2' })) }, message: /fp\.15\.2 is both an element and a roll-up/ },
  ];
  it.each(cases)('rejects $name', ({ data, message }) => {
    const result = Catalogue.safeParse(data);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });

  it('accepts the real data', () => {
    expect(Catalogue.safeParse(valid).success).toBe(true);
  });
});
