/**
 * The shape of the reference catalogue: the Firearms Protocol's articles and obligation elements, the Model
 * Law's chapters, and what the matcher needs to recognise each element in a national law.
 * Every file in model-law/ is data checked against these schemas when the catalogue loads.
 */
import { z } from 'zod';

export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** Languages the catalogue must fully cover (titles, keywords). */
export const CORE_LANGUAGES = ['en', 'fr', 'es'] as const satisfies readonly Language[];

/**
 * How binding an element is. 'qualified': mandatory, but the Protocol limits the duty or leaves the means to the State
 * (its `qualifiers` say how); 'must-consider': the State must consider the measure, not adopt it (art 15(1));
 * 'encouraged': the Protocol only encourages it (art 15(2)); 'optional': the Protocol permits it (art 10(6)).
 */
export const TIERS = ['definition', 'scope', 'mandatory', 'qualified', 'conditional', 'must-consider', 'encouraged', 'optional'] as const;
export const Tier = z.enum(TIERS);
export type Tier = z.infer<typeof Tier>;

const nonEmpty = z.string().trim().min(1);

/** Text in English, with the other languages where the project can write them well (English stands in for the rest). */
export const Localized = z
  .object({ en: nonEmpty, fr: nonEmpty.optional(), es: nonEmpty.optional(), ar: nonEmpty.optional(), ru: nonEmpty.optional(), zh: nonEmpty.optional() })
  .strict();
export type Localized = z.infer<typeof Localized>;

/** Text required in all three core languages (labels a report or UI will show), with the others where model-law/languages gives them. */
export const Localized3 = z
  .object({ en: nonEmpty, fr: nonEmpty, es: nonEmpty, ar: nonEmpty.optional(), ru: nonEmpty.optional(), zh: nonEmpty.optional() })
  .strict();
export type Localized3 = z.infer<typeof Localized3>;

/** The languages beyond the core three: their titles are in model-law/languages/, English standing in where none is written. */
export const MORE_LANGUAGES = ['ar', 'ru', 'zh'] as const satisfies readonly Language[];

/** Fills every language of MORE_LANGUAGES, with English where the catalogue has no words in it yet. */
function inEveryLanguage<O extends { en: unknown } & Partial<Record<(typeof MORE_LANGUAGES)[number], O['en']>>>(t: O) {
  return { ...t, ar: t.ar ?? t.en, ru: t.ru ?? t.en, zh: t.zh ?? t.en } as O & Record<(typeof MORE_LANGUAGES)[number], O['en']>;
}

/**
 * A title the screen and the reports show in every language they speak: the core three always, Arabic, Russian and
 * Chinese where model-law/languages/ gives them (English otherwise, so that a title is never missing).
 */
export const Titled = z
  .object({ en: nonEmpty, fr: nonEmpty, es: nonEmpty, ar: nonEmpty.optional(), ru: nonEmpty.optional(), zh: nonEmpty.optional() })
  .strict()
  .transform(inEveryLanguage);
export type Titled = z.infer<typeof Titled>;

/** The sources the catalogue was checked against (model-law/sources.ts), by id. */
export const SOURCE_IDS = ['fp-en-trb', 'fp-fr-trb', 'fp-fr-rs', 'ml-toc-2011', 'ml-2014', 'ml-es-2015'] as const;
export const SourceId = z.enum(SOURCE_IDS);
export type SourceId = z.infer<typeof SourceId>;

/** A source the catalogue was checked against: its name as a citation, where it was read, and whether it is official. */
export const Source = z
  .object({
    id: SourceId,
    language: z.enum(['en', 'fr', 'es']),
    /** The citation, in the source's own language (a reference, not a sentence of lexgap's). */
    name: nonEmpty,
    /** Where it was read: the address, or the repository and commit. */
    where: nonEmpty,
    /** False for a reproduction its publisher says is not the official publication (the Swiss compilation online). */
    official: z.boolean(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

/** Where a statement was checked: the source and the place in it ("art. 5(2)(a)", "table of contents"). */
export const SourceRef = z.object({ source: SourceId, at: nonEmpty }).strict();
export type SourceRef = z.infer<typeof SourceRef>;

/**
 * A title as found in the sources; `verified: false` when it could not be checked against an official text, and
 * never `true` without the source it was checked against.
 */
export const SourcedTitle = z
  .object({ text: nonEmpty, verified: z.boolean(), source: SourceRef.optional() })
  .strict()
  .refine((t) => !t.verified || t.source !== undefined, { message: 'a verified title names its source' });

/**
 * What limits a duty, as the Protocol words it (each worded in locales/<language>/report.json, `qualifier.<id>`):
 *   basic-concepts            "subject to the basic concepts of its legal system" (5(2)(a), 12(5))
 *   greatest-extent-possible  "to the greatest extent possible within their domestic legal systems" (6(1))
 *   domestic-legal-system     "within their domestic legal systems" (6(2)); "consistent with ... domestic legal and
 *                             administrative systems" (12(1), 12(2))
 *   available-means           "within available means" (10(5), 12(4))
 *   appropriate-measures      "appropriate measures": the State chooses the means (11)
 *   as-appropriate            "as appropriate" (12(3), 14)
 *   where-possible            an item required only "where possible" or "whenever possible" (8(1)(b) year, 12(1) carriers)
 *   where-feasible            "where appropriate and feasible" (7: parts, components and ammunition)
 *   on-request                owed only when another State asks (10(4), 12(5), 14)
 *   encourage-only            a duty to encourage others, not to bind them (8(2))
 *   seek-only                 a duty to seek cooperation, not to secure it (13(3))
 *   consider-only             a duty to consider the measure, not to adopt it (15(1))
 *   not-yet-regulating        only States "that have not yet done so" (15(1))
 *   brokering-authorised      only States that already have a system of authorization for brokering (15(2))
 *   deactivated-not-firearms  only States whose law does not treat a deactivated firearm as a firearm (9)
 *   may                       permitted, not required (10(6))
 */
export const QUALIFIERS = [
  'basic-concepts',
  'greatest-extent-possible',
  'domestic-legal-system',
  'available-means',
  'appropriate-measures',
  'as-appropriate',
  'where-possible',
  'where-feasible',
  'on-request',
  'encourage-only',
  'seek-only',
  'consider-only',
  'not-yet-regulating',
  'brokering-authorised',
  'deactivated-not-firearms',
  'may',
] as const;
export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * How a State meets an element, after the Legislative Guide's distinction between the elements likely to be
 * legislative and those likely to be administrative (UNODC's tools page, citing A/55/383/Add.1, para. 69):
 *   legislative     the law must say it: a definition, an offence, a duty or licence imposed on persons;
 *   administrative  mostly the State's own action (exchanging information, cooperating, training, encouraging
 *                   industry): steps for the ministry, for which a law may at most need to give a legal basis.
 */
export const MEANS = ['legislative', 'administrative'] as const;
export const Means = z.enum(MEANS);
export type Means = z.infer<typeof Means>;

export const ElementId = z.string().regex(/^fp\.(\d+)(\.\d+)?(\.[a-z])?$/, 'expected fp.<article>[.<paragraph>][.<letter>]');
export const ChapterId = z.string().regex(/^ml\.[IVX]+$/, 'expected ml.<roman numeral>');

export const ARTICLE_PARTS = ['I', 'II', 'III'] as const;

export const Article = z
  .object({
    number: z.number().int().min(1).max(21),
    part: z.enum(ARTICLE_PARTS),
    title: z
      .object({ en: SourcedTitle, fr: SourcedTitle, es: SourcedTitle, ar: SourcedTitle.optional(), ru: SourcedTitle.optional(), zh: SourcedTitle.optional() })
      .strict()
      .transform(inEveryLanguage),
    /** False for articles with no element for national law (1, 2, 16 to 21). */
    hasElements: z.boolean(),
    summary: Localized,
  })
  .strict();
export type Article = z.infer<typeof Article>;
/** Article as model-law/ writes it (titles in the core languages; the others added when the catalogue loads). */
export type ArticleData = z.input<typeof Article>;

/**
 * What kind of clause can prove an element: a definition clause proves a definition, an offence needs a
 * penal clause, anything else needs an operative provision.
 */
export const ROLES = ['definition', 'offence', 'obligation', 'scope'] as const;

/** What kind of provision a clause is (core/tag reads it from the wording; see the README for each). */
// 'purpose': a clause saying what the law is about ("El presente Decreto tiene por objeto ..."), which lays no rule.
// "delegation": a power to make regulations on a matter ("The Minister may make regulations ... (k) the marking of
// firearms"), which regulates nothing itself.
export const CHARACTERS = ['definition', 'offence', 'infraction', 'purpose', 'exemption', 'transitional', 'delegation', 'register', 'contents', 'prohibition', 'duty', 'permission', 'institution', 'provision'] as const;
export const Character = z.enum(CHARACTERS);
export type Character = z.infer<typeof Character>;

/** The regimes a clause is about. */
export const SUBJECTS = ['firearms', 'ammunition', 'parts', 'explosives', 'pyrotechnics', 'other-weapons', 'precursors', 'wmd'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** Which movement a clause governs. */
export const DIRECTIONS = ['import', 'export', 'transit', 'domestic-transfer'] as const;
export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

/** Whom a clause binds or empowers. */
export const ACTORS = ['authority', 'licensee', 'any-person'] as const;
export type Actor = (typeof ACTORS)[number];
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Element = z
  .object({
    id: ElementId,
    article: z.number().int().min(1).max(21),
    /** The paragraph reference as a drafter cites it, e.g. "Art. 8(1)(a)". */
    ref: nonEmpty,
    tier: Tier,
    role: Role,
    title: Titled,
    /** The obligation in the project's own words. */
    obligation: Localized,
    /** What limits the duty, as the Protocol words it: required for a qualified element. */
    qualifiers: z.array(Qualifier).optional(),
    /** Whether a law must say it, or the State mostly meets it by administrative action. */
    means: Means,
    /**
     * False where the content could not be checked against an official text of the Protocol; true only with the
     * sources it was checked against (`sources`).
     */
    verified: z.boolean(),
    /** Where the content was checked: the English text always, the French where it was read too. */
    sources: z.array(SourceRef).optional(),
    /** A caution beside the obligation (English, with the languages model-law/languages gives it in). */
    note: Localized.optional(),
  })
  .strict();
export type Element = z.infer<typeof Element>;
/** Element as model-law/ writes it (titles in the core languages; the others added when the catalogue loads). */
export type ElementData = z.input<typeof Element>;

/**
 * An obligation met by any one of several elements: art 15(1) asks the State to consider one system regulating
 * brokering, which "could include one or more" of (a) to (c). It is no element of its own (the analysis scores its
 * members); the report and the screen roll it up from them: met when any member is covered.
 */
export const Rollup = Element.omit({ role: true, note: true })
  .extend({
    /** The elements any one of which meets it, in the Protocol's order; its own id is the paragraph's (its chapeau's). */
    anyOf: z.array(ElementId).min(2),
  })
  .strict();
export type Rollup = z.infer<typeof Rollup>;
/** Rollup as model-law/ writes it (titles in the core languages; the others added when the catalogue loads). */
export type RollupData = z.input<typeof Rollup>;

/** The edition of the Model Law the catalogue cites, and what its chapter list was checked against. */
export const ModelLawEdition = z
  .object({
    /** The edition in each report language ("second revised edition"), and where and when it was published. */
    edition: Titled,
    published: Titled,
    salesNumber: nonEmpty,
    /** The sources that name the edition (the English and French edition; the Spanish one). */
    sources: z.array(SourceRef).min(1),
    /** What the chapter list (numbers, titles, parts, brackets) was checked against. */
    chaptersCheckedAgainst: SourceRef,
  })
  .strict();
export type ModelLawEdition = z.infer<typeof ModelLawEdition>;
/** ModelLawEdition as model-law/ writes it (titles in the core languages; the others added when the catalogue loads). */
export type ModelLawEditionData = z.input<typeof ModelLawEdition>;

/** Terms per language; a term is a word or phrase, matched after normalisation and stemming. */
export const Terms = z
  .object({
    en: z.array(nonEmpty).min(1),
    fr: z.array(nonEmpty).min(1),
    es: z.array(nonEmpty).min(1),
    ar: z.array(nonEmpty).optional(),
    ru: z.array(nonEmpty).optional(),
    zh: z.array(nonEmpty).optional(),
  })
  .strict();
export type Terms = z.infer<typeof Terms>;

/** A group of interchangeable terms: one concept that a clause must express for the element to match. */
export const Concept = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    terms: Terms,
    /** Share of the element's score this concept carries (default 1). */
    weight: z.number().positive().max(5).optional(),
    /**
     * The element's own wording: a clause proves the element only where one of the anchor concepts' terms is in
     * it. Generic words (authority, apply, record) are never anchors; they support.
     */
    anchor: z.boolean().optional(),
  })
  .strict();
export type Concept = z.infer<typeof Concept>;

/** An item of a list-like obligation (a licence item, a marking item, a listed part). */
export const Facet = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    label: Localized3,
    terms: Terms,
    /** The law naming its own country ("the mention 'Ardenne'") also shows this item. */
    ownCountry: z.boolean().optional(),
    /** The element cannot be covered without this item, however many others are present. */
    required: z.boolean().optional(),
    /** The Protocol asks for this item only where it applies ("transit countries, where appropriate"): never needed. */
    optional: z.boolean().optional(),
    /**
     * A clause of one of these characters, penal in its own words, names the item by what it is (a criminal
     * penalty is a court's order), unless it also imposes administrative penalties (an authority's confiscation).
     */
    characters: z.array(Character).optional(),
  })
  .strict();
export type Facet = z.infer<typeof Facet>;

/** A shortfall the engine can report, by id; its words are the edges' (catalogue data for now: `shortfall`). */
const ShortfallId = z.string().regex(/^[a-z][a-z0-9-]*$/);

/** Example sentences a legal expert can read and change, run as tests: each must give the status it is filed under. */
export const Examples = z
  .object({
    covered: z.array(nonEmpty).optional(),
    partial: z.array(nonEmpty).optional(),
    /** Near misses: sentences that use the element's words but must not prove it. */
    missing: z.array(nonEmpty).optional(),
  })
  .strict();
export type Examples = z.infer<typeof Examples>;

/** A numeric threshold the law must meet, e.g. records kept for at least ten years. */
export const Check = z
  .object({
    kind: z.literal('min-years'),
    value: z.number().int().positive(),
    label: Localized3,
  })
  .strict();
export type Check = z.infer<typeof Check>;

/** How the matcher recognises an element in a national law. */
export const Recogniser = z
  .object({
    element: ElementId,
    /** Every concept must be expressed in one clause (or its headings) for a candidate to count. */
    concepts: z.array(Concept).min(1),
    /** Terms that raise the score but are not required. */
    support: Terms.optional(),
    /**
     * Words of the clause that lays the obligation down ("without a licence", "sans autorisation préalable"): among
     * clauses nearly as strong, it leads the evidence, ahead of those that only issue, withdraw or hear appeals.
     */
    rule: Terms.optional(),
    /** Terms whose presence in a clause means it does not address this element (e.g. "deactivated" for marking). */
    exclude: Terms.optional(),
    /**
     * A weaker form of the element: when no clause expresses every concept but one expresses these, the
     * element is partial and the shortfall says what is lacking (e.g. seizure without confiscation).
     */
    weaker: z
      .array(
        z
          .object({
            id: ShortfallId,
            concepts: z.array(Concept).min(1),
            shortfall: Localized3,
            /** Found only in the definition of another term: brokering among the activities of a "dealer". */
            inDefinitionOfAnother: z.boolean().optional(),
            /** Found only in the definition of one of these terms: the barrel named in the definition of "firearm". */
            inDefinitionOf: Terms.optional(),
          })
          .strict(),
      )
      .optional(),
    /**
     * Wording that makes a clause fall short even though it expresses every concept (e.g. possessing a firearm
     * whose serial number was erased, instead of erasing it): such a clause can only make the element partial.
     */
    downgrade: z.array(z.object({ id: ShortfallId, terms: Terms, shortfall: Localized3 }).strict()).optional(),
    /** The characters of provision that can prove the element (see CHARACTERS). */
    proves: z.array(Character).min(1),
    /** Characters that prove at most a partial, with the shortfall said: an administrative fine for a criminal offence. */
    partialOnly: z.array(z.object({ character: Character, id: ShortfallId, shortfall: Localized3 }).strict()).optional(),
    /** Clauses about other regimes only (explosives, fireworks, knives, precursors) can prove it too. */
    anyRegime: z.boolean().optional(),
    /** The movement the clause must govern, where the element is about one (export licensing, transit). */
    directions: z.array(Direction).optional(),
    /** The clause must deal with other States (information exchange, cooperation). */
    international: z.boolean().optional(),
    /** Example sentences per language, run as tests. */
    examples: z.object({ en: Examples, fr: Examples, es: Examples, ar: Examples.optional(), ru: Examples.optional(), zh: Examples.optional() }).partial().optional(),
    facets: z.array(Facet).optional(),
    /**
     * Whether the items may be spread over several clauses (licences for import in one article, for transit in
     * another). By default one clause must list them, as a licence or a register does.
     */
    facetsAcrossClauses: z.boolean().optional(),
    /**
     * Words that name the whole obligation and so stand for all its items: an offence of "illicit trafficking" (as the
     * law defines it), a register of "the markings" of every firearm.
     */
    wholeTerms: Terms.optional(),
    /** Facets needed for `covered`; fewer makes the element partial. Defaults to all facets. */
    facetsForCovered: z.number().int().positive().optional(),
    /** Facets needed before a clause counts as addressing the list at all (default 1; 0 when the concepts suffice). */
    facetsForPartial: z.number().int().min(0).optional(),
    checks: z.array(Check).optional(),
  })
  .strict();
export type Recogniser = z.infer<typeof Recogniser>;

export const CHAPTER_PARTS = ['one', 'two', 'three'] as const;
export const Chapter = z
  .object({
    id: ChapterId,
    numeral: z.string().regex(/^[IVX]+$/),
    part: z.enum(CHAPTER_PARTS),
    /** Section within the part, e.g. "A. Preventive measures"; absent for Part One. */
    section: Titled.optional(),
    tier: z.enum(['introductory', 'mandatory', 'conditional', 'must-consider', 'optional']),
    title: Titled,
    /** Bracketed in the Model Law: adopt only where it applies. */
    bracketed: z.boolean(),
    implements: z.array(ElementId),
    /** Other sources the chapter draws on, e.g. the Organized Crime Convention's jurisdiction article. */
    alsoDrawsOn: z.array(nonEmpty).optional(),
    pointer: Localized,
  })
  .strict();
export type Chapter = z.infer<typeof Chapter>;
/** Chapter as model-law/ writes it (titles in the core languages; the others added when the catalogue loads). */
export type ChapterData = z.input<typeof Chapter>;

export const Catalogue = z
  .object({
    articles: z.array(Article).length(21),
    elements: z.array(Element).min(1),
    rollups: z.array(Rollup),
    recognisers: z.array(Recogniser),
    chapters: z.array(Chapter).length(17),
    modelLaw: ModelLawEdition,
    sources: z.array(Source).min(1),
  })
  .strict()
  .superRefine((c, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    const dupes = (ids: readonly (string | number)[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    for (const d of dupes(c.articles.map((a) => a.number))) issue(`duplicate article ${d}`);
    for (const d of dupes(c.elements.map((e) => e.id))) issue(`duplicate element ${d}`);
    for (const d of dupes(c.chapters.map((ch) => ch.id))) issue(`duplicate chapter ${d}`);
    for (const d of dupes(c.recognisers.map((r) => r.element))) issue(`duplicate recogniser for ${d}`);
    const ids = new Set(c.elements.map((e) => e.id));
    const articles = new Map(c.articles.map((a) => [a.number, a]));
    for (const e of c.elements) {
      if (!e.id.startsWith(`fp.${e.article}`) || !/^fp\.\d+/.test(e.id) || e.id.split('.')[1] !== String(e.article))
        issue(`${e.id} is filed under article ${e.article}`);
      if (!articles.get(e.article)?.hasElements) issue(`${e.id} belongs to article ${e.article}, which has no elements`);
    }
    for (const a of c.articles)
      if (a.hasElements && !c.elements.some((e) => e.article === a.number)) issue(`article ${a.number} has no element`);
    for (const ch of c.chapters)
      for (const id of ch.implements) if (!ids.has(id)) issue(`${ch.id} implements unknown element ${id}`);
    for (const r of c.recognisers) if (!ids.has(r.element)) issue(`recogniser for unknown element ${r.element}`);
    for (const e of c.elements)
      if (!c.recognisers.some((r) => r.element === e.id)) issue(`${e.id} has no recogniser`);
    for (const r of c.recognisers)
      if (r.facetsForCovered !== undefined && r.facetsForCovered > (r.facets?.length ?? 0))
        issue(`${r.element} asks for more facets than it lists`);
    // Nothing is verified without a source, and every source cited is listed.
    const sources = new Set(c.sources.map((s) => s.id));
    for (const d of dupes(c.sources.map((s) => s.id))) issue(`duplicate source ${d}`);
    const cited = [
      ...c.elements.flatMap((e) => e.sources ?? []),
      ...c.rollups.flatMap((r) => r.sources ?? []),
      ...c.articles.flatMap((a) => [a.title.en.source, a.title.fr.source, a.title.es.source].flatMap((s) => s ?? [])),
      ...c.modelLaw.sources,
      c.modelLaw.chaptersCheckedAgainst,
    ];
    for (const ref of cited) if (!sources.has(ref.source)) issue(`unknown source ${ref.source}`);
    for (const e of [...c.elements, ...c.rollups]) {
      if (e.verified && !e.sources?.length) issue(`${e.id} is verified but names no source`);
      if (e.tier === 'qualified' && !e.qualifiers?.length) issue(`${e.id} is qualified but names no qualifier`);
    }
    for (const r of c.rollups) {
      if (ids.has(r.id)) issue(`${r.id} is both an element and a roll-up`);
      for (const m of r.anyOf) {
        if (!ids.has(m)) issue(`${r.id} rolls up unknown element ${m}`);
        else if (!m.startsWith(`${r.id}.`)) issue(`${r.id} rolls up ${m}, which is not one of its subparagraphs`);
      }
    }
    for (const d of dupes(c.rollups.flatMap((r) => r.anyOf))) issue(`${d} is in two roll-ups`);
  });
export type Catalogue = z.infer<typeof Catalogue>;
