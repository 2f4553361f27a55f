/**
 * The legal facts of the catalogue, pinned against the Protocol's text (../shared/reference/catalogue-review.md,
 * December 2026): each element's tier, the qualifiers that limit it and whether a law must say it; each list's
 * mandatory items; each threshold; where each statement was checked; the Model Law's edition. Then the same facts
 * as a law in English, French and Spanish meets them, and as the report's words say them in each language.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { qualifierWords } from '../../core/report/catalogue-words.js';
import { anyOf } from '../../core/report/rollup.js';
import { reportWords } from '../../core/report/words.js';
import { loadCatalogue, type Language, type Means, type Qualifier, type Tier } from '../../model-law/index.js';

const catalogue = loadCatalogue();
const element = (id: string) => catalogue.elements.find((e) => e.id === id)!;
const recogniser = (id: string) => catalogue.recognisers.find((r) => r.element === id)!;

// [id, tier, qualifiers, means]: the Protocol's words for each, quoted where they limit the duty.
const FACTS: [string, Tier, Qualifier[], Means][] = [
  ['fp.3.a', 'definition', [], 'legislative'],
  ['fp.3.b', 'definition', [], 'legislative'],
  ['fp.3.c', 'definition', [], 'legislative'],
  ['fp.3.d', 'definition', [], 'legislative'],
  ['fp.3.e', 'definition', [], 'legislative'],
  ['fp.3.f', 'definition', [], 'legislative'],
  ['fp.4.1', 'scope', [], 'legislative'],
  ['fp.4.2', 'scope', [], 'legislative'],
  ['fp.5.1.a', 'mandatory', [], 'legislative'],
  ['fp.5.1.b', 'mandatory', [], 'legislative'],
  ['fp.5.1.c', 'mandatory', [], 'legislative'],
  // "Subject to the basic concepts of its legal system": of all the offences of art 5, only 5(2)(a).
  ['fp.5.2.a', 'qualified', ['basic-concepts'], 'legislative'],
  ['fp.5.2.b', 'mandatory', [], 'legislative'],
  // "to the greatest extent possible within their domestic legal systems ... to enable confiscation"
  ['fp.6.1', 'qualified', ['greatest-extent-possible'], 'legislative'],
  ['fp.6.2', 'mandatory', ['domestic-legal-system'], 'legislative'],
  // Parts, components and ammunition "where appropriate and feasible".
  ['fp.7', 'mandatory', ['where-feasible'], 'legislative'],
  ['fp.7.a', 'mandatory', [], 'legislative'],
  ['fp.7.b', 'mandatory', [], 'legislative'],
  ['fp.8.1.a', 'mandatory', [], 'legislative'],
  // The year of import "where possible".
  ['fp.8.1.b', 'mandatory', ['where-possible'], 'legislative'],
  ['fp.8.1.c', 'mandatory', [], 'legislative'],
  ['fp.8.2', 'qualified', ['encourage-only'], 'administrative'],
  ['fp.9', 'conditional', ['deactivated-not-firearms'], 'legislative'],
  ['fp.9.a', 'conditional', ['deactivated-not-firearms'], 'legislative'],
  ['fp.9.b', 'conditional', ['deactivated-not-firearms', 'as-appropriate'], 'legislative'],
  ['fp.9.c', 'conditional', ['deactivated-not-firearms'], 'legislative'],
  ['fp.10.1', 'mandatory', [], 'legislative'],
  ['fp.10.2.a', 'mandatory', [], 'legislative'],
  ['fp.10.2.b', 'mandatory', [], 'legislative'],
  ['fp.10.3', 'mandatory', [], 'legislative'],
  // "The information contained in the import licence must be provided in advance to the transit States."
  ['fp.10.3.b', 'mandatory', [], 'administrative'],
  ['fp.10.4', 'mandatory', ['on-request'], 'administrative'],
  // "Each State Party shall, within available means, ..."
  ['fp.10.5', 'qualified', ['available-means'], 'administrative'],
  ['fp.10.6', 'optional', ['may'], 'legislative'],
  ['fp.11.a', 'qualified', ['appropriate-measures'], 'legislative'],
  ['fp.11.b', 'qualified', ['appropriate-measures'], 'administrative'],
  ['fp.12.1', 'qualified', ['domestic-legal-system', 'where-possible'], 'administrative'],
  ['fp.12.2', 'qualified', ['domestic-legal-system'], 'administrative'],
  ['fp.12.3', 'qualified', ['as-appropriate'], 'administrative'],
  ['fp.12.4', 'qualified', ['available-means'], 'administrative'],
  ['fp.12.5', 'qualified', ['basic-concepts', 'on-request'], 'administrative'],
  ['fp.13.1', 'mandatory', [], 'administrative'],
  ['fp.13.2', 'mandatory', [], 'legislative'],
  ['fp.13.3', 'mandatory', ['seek-only'], 'administrative'],
  ['fp.14', 'qualified', ['as-appropriate', 'on-request'], 'administrative'],
  // "shall consider establishing a system ... could include one or more measures such as": (a) to (c).
  ['fp.15.1.a', 'must-consider', ['consider-only', 'not-yet-regulating'], 'legislative'],
  ['fp.15.1.b', 'must-consider', ['consider-only', 'not-yet-regulating'], 'legislative'],
  ['fp.15.1.c', 'must-consider', ['consider-only', 'not-yet-regulating'], 'legislative'],
  // "are encouraged", and only States "that have established a system of authorization regarding brokering".
  ['fp.15.2', 'encouraged', ['brokering-authorised'], 'administrative'],
];

describe('tiers, qualifiers and the legislative or administrative mark', () => {
  it('covers every element of the catalogue', () => {
    expect(FACTS.map(([id]) => id).sort()).toEqual(catalogue.elements.map((e) => e.id).sort());
  });

  it.each(FACTS)('%s: %s, %j, %s', (id, tier, qualifiers, means) => {
    const e = element(id);
    expect(e.tier).toBe(tier);
    expect(e.qualifiers ?? []).toEqual(qualifiers);
    expect(e.means).toBe(means);
  });

  it('rolls art 15(1) up as one obligation to consider a system, met by any one of its measures', () => {
    expect(catalogue.rollups).toHaveLength(1);
    const r = catalogue.rollups[0]!;
    expect(r).toMatchObject({ id: 'fp.15.1', ref: 'Art. 15(1)', tier: 'must-consider', qualifiers: ['consider-only', 'not-yet-regulating'], anyOf: ['fp.15.1.a', 'fp.15.1.b', 'fp.15.1.c'] });
    // Any one measure in place meets it; one addressed in part is partial; none, missing; all set aside, not applicable.
    expect(anyOf(['missing', 'covered', 'missing'])).toBe('covered');
    expect(anyOf(['partial', 'missing', 'missing'])).toBe('partial');
    expect(anyOf(['missing', 'missing', 'missing'])).toBe('missing');
    expect(anyOf(['not-applicable', 'covered', 'missing'])).toBe('covered');
    expect(anyOf(['not-applicable', 'not-applicable'])).toBe('not-applicable');
  });

  it('files art 10(3)’s last sentence as an element of its own, in the id pattern of DESIGN.md section 2', () => {
    const e = element('fp.10.3.b');
    expect(e.id).toMatch(/^fp\.\d+(\.\d+)?(\.[a-z])?$/);
    expect(e).toMatchObject({ article: 10, ref: 'Art. 10(3) in fine', tier: 'mandatory' });
    expect(catalogue.chapters.find((c) => c.id === 'ml.VII')!.implements).toContain('fp.10.3.b');
  });

  it('points the manufacturing offence to Chapter VIII only, not to the licensing chapter', () => {
    expect(catalogue.chapters.find((c) => c.id === 'ml.III')!.implements).not.toContain('fp.5.1.a');
    expect(catalogue.chapters.find((c) => c.id === 'ml.VIII')!.implements).toContain('fp.5.1.a');
  });
});

describe('the mandatory items of each list, and each threshold', () => {
  // [id, every item listed, the items needed for covered, the items the law may leave out]
  const LISTS: [string, string[], string[]][] = [
    // Art 7(b): every item, the transit countries "where appropriate".
    ['fp.7.b', ['issue-date', 'expiry-date', 'export-country', 'import-country', 'transit-countries', 'final-recipient', 'description', 'quantity'], ['transit-countries']],
    // Art 10(3): "at a minimum, shall include" every item, the transit countries "whenever there is transit".
    ['fp.10.3', ['issue-place', 'issue-date', 'expiry-date', 'export-country', 'import-country', 'transit-countries', 'final-recipient', 'description', 'quantity'], ['transit-countries']],
    // Art 8(1)(a): the manufacturer, the country or place and the serial number (or the geometric-symbol alternative).
    ['fp.8.1.a', ['manufacturer', 'country', 'serial-number'], []],
    // Art 8(1)(b): the country of import and a unique marking where there is none; the year only "where possible".
    ['fp.8.1.b', ['import-country', 'unique-if-none', 'import-year'], ['import-year']],
    // Art 3(d) and 3(e): each limb of the definition.
    ['fp.3.d', ['trafficked-parts', 'unlicensed', 'unmarked'], []],
    ['fp.3.e', ['across-borders', 'unauthorised', 'unmarked'], []],
    // Art 3(c): every component of ammunition.
    ['fp.3.c', ['cases', 'primers', 'propellant', 'projectiles'], []],
    // Art 6(2): destruction, or another disposal officially authorised, with the firearms marked and the method recorded.
    ['fp.6.2', ['destruction', 'authorised', 'marked', 'recorded'], []],
    ['fp.10.3.b', ['in-advance'], []],
  ];
  it.each(LISTS)('%s lists %j and needs all but %j', (id, items, optional) => {
    const rec = recogniser(id);
    expect(rec.facets!.map((f) => f.id)).toEqual(items);
    expect(rec.facets!.filter((f) => f.optional).map((f) => f.id)).toEqual(optional);
    const needed = rec.facets!.filter((f) => !f.optional).length;
    expect(rec.facetsForCovered ?? needed).toBe(needed);
  });

  it('requires the security of firearms at three of the four stages of art 11(a) at least, and lists all four', () => {
    const rec = recogniser('fp.11.a');
    expect(rec.facets!.map((f) => f.id)).toEqual(['manufacture', 'import', 'export', 'transit']);
    expect(rec.facetsForCovered).toBeGreaterThanOrEqual(3);
  });

  it('keeps records ten years at least (art 7), and no firearm made after 1899 is antique (art 3(a)), in every language', () => {
    expect(recogniser('fp.7').checks).toEqual([expect.objectContaining({ kind: 'min-years', value: 10 })]);
    const e7 = element('fp.7').obligation;
    expect([e7.en, e7.fr, e7.es]).toEqual([expect.stringContaining('ten years'), expect.stringContaining('dix ans'), expect.stringContaining('diez años')]);
    const e3 = element('fp.3.a').obligation;
    for (const text of [e3.en, e3.fr, e3.es]) expect(text).toContain('1899');
  });
});

/** A sentence as a one-article law in its language. */
const law = (lang: 'en' | 'fr' | 'es', sentence: string) => `${{ en: 'Section 1. Firearms', fr: 'Article 1. Armes', es: 'Artículo 1. Armas de fuego' }[lang]}\n${sentence}\n`;
const statusOf = (lang: 'en' | 'fr' | 'es', sentence: string, id: string) => analyzeText(law(lang, sentence), { file: 'fact.txt', language: lang }).elements.find((e) => e.id === id)!;

describe('the facts as a law meets them, in English, French and Spanish', () => {
  // [element, language, sentence, status, the items or shortfall it lacks]
  const CASES: [string, 'en' | 'fr' | 'es', string, 'covered' | 'partial', unknown?][] = [
    // Art 10(3): every minimum item; the transit countries only where there is transit.
    ['fp.10.3', 'en', 'Every export licence shall state the place and date of issue, the date of expiry, the country of export, the country of import, the final recipient, and a description and the quantity of the firearms.', 'covered'],
    ['fp.10.3', 'en', 'Every export licence shall state the place and date of issue, the date of expiry, the country of export, the country of import, the final recipient and a description of the firearms.', 'partial', { code: 'items-missing', items: ['quantity'] }],
    ['fp.10.3', 'fr', "La licence d'exportation indique le lieu et la date de délivrance, la date d'expiration, le pays d'exportation, le pays d'importation, le destinataire final, ainsi que la description et la quantité des armes.", 'covered'],
    ['fp.10.3', 'fr', "La licence d'exportation indique le lieu et la date de délivrance, le pays d'exportation, le pays d'importation, le destinataire final, ainsi que la description et la quantité des armes.", 'partial', { code: 'items-missing', items: ['expiry-date'] }],
    ['fp.10.3', 'es', 'La licencia de exportación indicará el lugar y la fecha de expedición, la fecha de expiración, el país de exportación, el país de importación, el destinatario final y la descripción y cantidad de las armas.', 'covered'],
    ['fp.10.3', 'es', 'La licencia de exportación indicará el lugar y la fecha de expedición, la fecha de expiración, el país de exportación, el país de importación y la descripción y cantidad de las armas.', 'partial', { code: 'items-missing', items: ['final-recipient'] }],
    // Art 7: ten years at least.
    ['fp.7', 'en', 'The Registrar shall keep a record of every firearm and retain it for at least ten years.', 'covered'],
    ['fp.7', 'en', 'The Registrar shall keep a record of every firearm and retain it for five years.', 'partial', { code: 'period-short', stated: 5, required: 10 }],
    ['fp.7', 'fr', 'Le registre de toutes les armes à feu est conservé pendant au moins dix ans.', 'covered'],
    ['fp.7', 'fr', 'Le registre de toutes les armes à feu est conservé pendant cinq ans.', 'partial', { code: 'period-short', stated: 5, required: 10 }],
    ['fp.7', 'es', 'El registro de todas las armas de fuego se conservará durante al menos diez años.', 'covered'],
    ['fp.7', 'es', 'El registro de todas las armas de fuego se conservará durante cinco años.', 'partial', { code: 'period-short', stated: 5, required: 10 }],
    // Art 10(3) in fine: in advance.
    ['fp.10.3.b', 'en', 'The information contained in the import licence shall be provided in advance to the transit States.', 'covered'],
    ['fp.10.3.b', 'en', 'The information contained in the import licence shall be provided to the transit States.', 'partial', { code: 'items-missing', items: ['in-advance'] }],
    ['fp.10.3.b', 'fr', "Les informations de la licence d'importation sont transmises aux États de transit avant l'expédition.", 'covered'],
    ['fp.10.3.b', 'es', 'La información de la licencia de importación se comunicará previamente a los Estados de tránsito.', 'covered'],
  ];
  it.each(CASES)('%s (%s): %s -> %s', (id, lang, sentence, status, shortfall) => {
    const f = statusOf(lang, sentence, id);
    expect(f.status).toBe(status);
    if (shortfall) expect(f.shortfalls).toEqual([shortfall]);
  });
});

describe('the facts in the report’s words, in every language', () => {
  // [element, what its qualifier says in en, fr, es]
  const WORDS: [string, string, string, string][] = [
    ['fp.5.2.a', 'basic concepts', 'concepts fondamentaux', 'conceptos básicos'],
    ['fp.6.1', 'greatest extent possible', 'toute la mesure possible', 'mayor medida posible'],
    ['fp.10.5', 'within available means', 'moyens disponibles', 'medios disponibles'],
    ['fp.15.1.b', 'consider the measure, not to adopt it', 'envisager la mesure, non de l’adopter', 'considerar la medida, no de adoptarla'],
    ['fp.15.2', 'already have a system of authorization for brokering', 'déjà établi un système d’autorisations concernant le courtage', 'ya han establecido un sistema de autorización del corretaje'],
    ['fp.8.1.b', 'only where possible', 'seulement si possible', 'solo cuando sea posible'],
  ];
  it.each(WORDS)('%s: %s / %s / %s', (id, en, fr, es) => {
    const e = element(id);
    expect(qualifierWords(e, reportWords('en'))).toContain(en);
    expect(qualifierWords(e, reportWords('fr'))).toContain(fr);
    expect(qualifierWords(e, reportWords('es'))).toContain(es);
  });

  it('never calls a qualified obligation one "with reservations", a term of art for treaty reservations', () => {
    expect(reportWords('en').t('tier.qualified')).toBe('Mandatory, qualified');
    expect(reportWords('fr').t('tier.qualified')).toBe('Obligatoire, avec limites');
    expect(reportWords('es').t('tier.qualified')).toBe('Obligatoria, con límites');
    for (const lang of ['fr', 'es'] as const) {
      const w = reportWords(lang);
      const all = [w.t('tier.qualified'), w.t('summary.binding', { total: 1, parts: '' }), w.t('summary.tierNote'), w.c('overview.tableNote', { elements: 1 })].join(' ');
      expect(all).not.toMatch(/réserve|reserva|salvedad/i);
    }
  });

  it('states each obligation whose paraphrase carries a qualifier with that qualifier, in every language', () => {
    const PARAPHRASE: [string, Record<'en' | 'fr' | 'es', string>][] = [
      ['fp.8.1.b', { en: 'where possible', fr: 'si possible', es: 'cuando sea posible' }],
      ['fp.10.5', { en: 'licensing or authorization procedures securely', fr: 'sécuriser ses procédures', es: 'dotar de seguridad' }],
      ['fp.15.2', { en: 'encouraged', fr: 'encouragé', es: 'alienta' }],
      ['fp.5.2.a', { en: 'basic concepts', fr: 'principes fondamentaux', es: 'conceptos básicos' }],
    ];
    for (const [id, words] of PARAPHRASE) for (const lang of ['en', 'fr', 'es'] as const) expect(element(id).obligation[lang], `${id} ${lang}`).toContain(words[lang]);
  });
});

describe('where each statement comes from', () => {
  const sources = new Map(catalogue.sources.map((s) => [s.id, s]));

  it('marks nothing verified without a source, and cites only sources it lists', () => {
    for (const e of [...catalogue.elements, ...catalogue.rollups]) {
      expect(e.verified, e.id).toBe(true);
      expect(e.sources?.[0]?.source, e.id).toBe('fp-en-trb');
      for (const s of e.sources!) expect(sources.has(s.source), `${e.id} ${s.source}`).toBe(true);
    }
    for (const a of catalogue.articles)
      for (const lang of ['en', 'fr', 'es'] as Language[]) {
        const title = a.title[lang as 'en' | 'fr' | 'es'];
        if (title.verified) expect(title.source, `art ${a.number} ${lang}`).toBeDefined();
      }
  });

  it('verifies the English titles, the French titles read in section B of the review, and no Spanish one', () => {
    expect(catalogue.articles.every((a) => a.title.en.verified && a.title.en.source?.source === 'fp-en-trb')).toBe(true);
    expect(catalogue.articles.filter((a) => a.title.fr.verified).map((a) => a.number)).toEqual([3, 5, 6, 7, 8, 9, 10, 11, 15]);
    expect(catalogue.articles.some((a) => a.title.es.verified)).toBe(false);
    // Nothing was checked against a Spanish text: none was found.
    expect(catalogue.sources.filter((s) => s.language === 'es').map((s) => s.id)).toEqual(['ml-es-2015']);
    expect(catalogue.elements.flatMap((e) => e.sources ?? []).some((s) => sources.get(s.source)!.language === 'es')).toBe(false);
  });

  it('says the unofficial French copy is unofficial', () => {
    expect(sources.get('fp-fr-rs')!.official).toBe(false);
    expect(sources.get('fp-en-trb')!.where).toContain('05d694bb65f06dcd49e7651b71eee2fcd7bc5f6c');
  });

  it('names the Model Law’s second revised edition, and what its chapter list was checked against', () => {
    expect(catalogue.modelLaw).toMatchObject({
      edition: { en: 'second revised edition', fr: 'deuxième édition révisée', es: 'segunda edición revisada' },
      published: { en: 'Vienna, 2014', es: 'Viena, 2015' },
      salesNumber: 'E.14.V.8',
      chaptersCheckedAgainst: { source: 'ml-toc-2011' },
    });
  });
});
