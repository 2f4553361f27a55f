/**
 * The example sentences of every recogniser, run as tests (like remark-lint's fixtures): each, read as a short law,
 * must give the status it is filed under. A legal expert changes a recogniser and its examples together.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { termTokens } from '../../core/text/normalize.js';
import { loadCatalogue } from '../../model-law/index.js';
import type { Language, Terms } from '../../model-law/schema.js';

const catalogue = loadCatalogue();

/** A sentence as a one-article law in its language; definitions sit in a definitions article. */
function law(sentence: string, lang: Language, definition: boolean): string {
  const heading = { en: definition ? 'Section 1. Definitions' : 'Section 1. Firearms', fr: definition ? 'Article 1. Définitions' : 'Article 1. Armes', es: definition ? 'Artículo 1. Definiciones' : 'Artículo 1. Armas de fuego', ar: 'المادة الأولى', ru: 'Статья 1', zh: '第一条' }[lang];
  return `${heading}\n${sentence}\n`;
}

const cases = catalogue.recognisers.flatMap((rec) =>
  Object.entries(rec.examples ?? {}).flatMap(([lang, examples]) =>
    (['covered', 'partial', 'missing'] as const).flatMap((status) =>
      (examples?.[status] ?? []).map((sentence) => ({ element: rec.element, lang: lang as Language, status, sentence, definition: rec.proves.includes('definition') })),
    ),
  ),
);

describe('recogniser examples', () => {
  it('every element has examples, at least one that proves it and one near miss or partial', () => {
    const byElement = new Map<string, Set<string>>();
    for (const c of cases) byElement.set(c.element, (byElement.get(c.element) ?? new Set()).add(c.status));
    for (const e of catalogue.elements) {
      const statuses = byElement.get(e.id);
      expect(statuses, e.id).toBeDefined();
      expect(statuses!.has('covered') || statuses!.has('partial'), e.id).toBe(true);
    }
  });

  it.each(cases)('$element ($lang) $status: $sentence', ({ element, lang, status, sentence, definition }) => {
    const out = analyzeText(law(sentence, lang, definition), { file: 'example.txt', language: lang });
    expect(out.elements.find((e) => e.id === element)!.status).toBe(status);
  });
});

const zhWords = new Intl.Segmenter('zh', { granularity: 'word' });

describe('recogniser terms', () => {
  const terms: { where: string; lang: Language; term: string }[] = [];
  const visit = (v: unknown, where: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${where}[${i}]`));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (Array.isArray(o.en) && Array.isArray(o.fr) && Array.isArray(o.es))
        for (const lang of ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as Language[]) for (const term of (o as Terms)[lang] ?? []) terms.push({ where, lang, term });
      for (const [k, x] of Object.entries(o)) if (k !== 'examples') visit(x, `${where}.${k}`);
    }
  };
  for (const r of catalogue.recognisers) visit(r, r.element);

  it('no phrase shrinks to one word once its stopwords are dropped ("purpose of this" would match any "purpose")', () => {
    const collapsed = terms.filter(({ lang, term }) => {
      const plain = term.replace(/^\^/, '');
      // Chinese writes a phrase without spaces: its words are the segmenter's.
      const words = lang === 'zh' ? [...zhWords.segment(plain.replace(/[=*]/g, ''))].filter((w) => w.isWordLike) : plain.split(/\s+/).filter(Boolean);
      return words.length > 1 && termTokens(term.replace(/^\^/, ''), lang).length < 2;
    });
    expect(collapsed.map((t) => `${t.where} ${t.lang} "${t.term}"`)).toEqual([]);
  });

  it.each([
    // Prefixes that catch common words of another meaning (catalogue review, A5).
    { term: 'mark*', why: 'market, marketing, marksman' },
    { term: 'authori*', why: 'authority, authorities' },
    { term: 'intermédiair*', why: "par l'intermédiaire de (through)" },
    { term: 'transf*', why: 'transformation' },
  ])('no recogniser uses the prefix $term ($why)', ({ term }) => {
    expect(terms.filter((t) => t.term === term).map((t) => t.where)).toEqual([]);
  });

  it('no Spanish or French term is the bare prefix import*, which takes "importe" (an amount), "important" and "n\'importe"', () => {
    expect(terms.filter((t) => (t.lang === 'es' || t.lang === 'fr') && t.term === 'import*').map((t) => t.where)).toEqual([]);
    // Nor the Spanish "importe" alone: "el importe de la tasa" is the fee's amount (the verb is matched beside its subject).
    expect(terms.filter((t) => t.lang === 'es' && t.term === '=importe').map((t) => t.where)).toEqual([]);
  });
});
