/**
 * The catalogue's words in Arabic, Russian and Chinese (model-law/languages/): every article, element, roll-up and
 * Model Law chapter has its title, and every element and roll-up its obligation (and note, where the English has one)
 * and every chapter its pointer, in the language's own script, none left in English; none claims to be checked against
 * an official text.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue, MORE_LANGUAGES } from '../../model-law/index.js';
import { ar } from '../../model-law/languages/ar.js';
import { ru } from '../../model-law/languages/ru.js';
import { zh } from '../../model-law/languages/zh.js';

const catalogue = loadCatalogue();
const SCRIPT = { ar: /\p{Script=Arabic}/u, ru: /\p{Script=Cyrillic}/u, zh: /\p{Script=Han}/u } as const;

describe.each(MORE_LANGUAGES)('the catalogue in %s', (lang) => {
  const titles = [
    ...catalogue.articles.map((a) => ({ id: `art. ${a.number}`, text: a.title[lang].text, en: a.title.en.text })),
    ...[...catalogue.elements, ...catalogue.rollups].map((e) => ({ id: e.id, text: e.title[lang], en: e.title.en })),
    ...catalogue.chapters.flatMap((c) => [
      { id: c.id, text: c.title[lang], en: c.title.en },
      ...(c.section ? [{ id: `${c.id} section`, text: c.section[lang], en: c.section.en }] : []),
    ]),
    { id: 'edition', text: catalogue.modelLaw.edition[lang], en: catalogue.modelLaw.edition.en },
    { id: 'published', text: catalogue.modelLaw.published[lang], en: catalogue.modelLaw.published.en },
  ];

  it('titles everything in its own script, nothing left in English', () => {
    expect(titles.filter((t) => t.text === t.en || !SCRIPT[lang].test(t.text)).map((t) => t.id)).toEqual([]);
  });

  it('words every list item, shortfall and threshold the report may name as missing', () => {
    const items = catalogue.recognisers.flatMap((r) => [
      ...(r.facets ?? []).map((f) => ({ id: `${r.element}/${f.id}`, text: f.label[lang] })),
      ...[...(r.weaker ?? []), ...(r.downgrade ?? []), ...(r.partialOnly ?? [])].map((w) => ({ id: `${r.element}/${w.id}`, text: w.shortfall[lang] })),
      ...(r.checks ?? []).map((c) => ({ id: `${r.element}/${c.kind}`, text: c.label[lang] })),
    ]);
    expect(items.length).toBeGreaterThan(100);
    expect(items.filter((x) => !x.text || !SCRIPT[lang].test(x.text)).map((x) => x.id)).toEqual([]);
    const known = new Set(items.map((x) => x.id));
    expect(Object.keys({ ar, ru, zh }[lang].items).filter((id) => !known.has(id))).toEqual([]);
  });

  // The prose a report and the element panel show beside the titles: what each obligation asks, its caution, and
  // what each Model Law chapter helps the drafter do.
  const prose = [
    ...[...catalogue.elements, ...catalogue.rollups].map((e) => ({ id: `${e.id} obligation`, text: e.obligation[lang], en: e.obligation.en })),
    ...catalogue.elements.flatMap((e) => (e.note ? [{ id: `${e.id} note`, text: e.note[lang], en: e.note.en }] : [])),
    ...catalogue.chapters.map((c) => ({ id: `${c.id} pointer`, text: c.pointer[lang], en: c.pointer.en })),
  ];

  it('words every obligation, note and chapter pointer in its own script, nothing left in English', () => {
    expect(prose.length).toBe(catalogue.elements.length + catalogue.rollups.length + catalogue.elements.filter((e) => e.note).length + catalogue.chapters.length);
    expect(prose.filter((p) => !p.text || p.text === p.en || !SCRIPT[lang].test(p.text)).map((p) => p.id)).toEqual([]);
  });

  it('marks its article titles as lexgap’s translation, and names only ids the catalogue has', () => {
    expect(catalogue.articles.every((a) => a.title[lang].verified === false)).toBe(true);
    const words = { ar, ru, zh }[lang];
    const ids = new Set([...catalogue.elements, ...catalogue.rollups].map((e) => e.id));
    expect(Object.keys(words.elements).filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.keys(words.chapters).filter((id) => !catalogue.chapters.some((c) => c.id === id))).toEqual([]);
    expect(Object.keys(words.obligations).filter((id) => !ids.has(id))).toEqual([]);
    // A note only where the English has one: a note of its own would say what the English does not.
    expect(Object.keys(words.notes).filter((id) => !catalogue.elements.some((e) => e.id === id && e.note))).toEqual([]);
    expect(Object.keys(words.pointers).filter((id) => !catalogue.chapters.some((c) => c.id === id))).toEqual([]);
  });
});
