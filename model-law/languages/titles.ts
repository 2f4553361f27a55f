/**
 * The catalogue's words in the languages beyond the core three (Arabic, Russian, Chinese), one file each, added to
 * the catalogue's data when it loads (model-law/index.ts): titles, the obligations in the project's own words, the
 * elements' notes and the chapters' pointers. Every word here is lexgap's translation, so an article title is marked
 * unverified; a title missing here shows in English (schema.ts, `Titled`), and so does an obligation or pointer.
 */
import type { ArticleData, ChapterData, ElementData, ModelLawEditionData, Recogniser, RollupData } from '../schema.js';
import type { MORE_LANGUAGES } from '../schema.js';

export interface LanguageTitles {
  /** Article titles by number. */
  articles: Record<number, string>;
  /** Element and roll-up titles by id. */
  elements: Record<string, string>;
  /** Model Law chapter titles by id. */
  chapters: Record<string, string>;
  /** Model Law section names by their English name. */
  sections: Record<string, string>;
  /** What a law may lack, by "element/id": list items (facets), shortfalls (weaker, downgrade, partialOnly) and checks. */
  items: Record<string, string>;
  /** The obligation in the project's own words, by element and roll-up id (translated from the English). */
  obligations: Record<string, string>;
  /** The elements' notes, by element id: only where the English has one. */
  notes: Record<string, string>;
  /** What each Model Law chapter helps the drafter do, by chapter id. */
  pointers: Record<string, string>;
  edition: string;
  published: string;
}

type More = (typeof MORE_LANGUAGES)[number];

interface Data {
  articles: ArticleData[];
  elements: ElementData[];
  rollups: RollupData[];
  chapters: ChapterData[];
  modelLaw: ModelLawEditionData;
  recognisers: Recogniser[];
}

/** The data with each language's titles added beside the core ones. */
export function withTitles<D extends Data>(data: D, languages: Record<More, LanguageTitles>): D {
  const entries = Object.entries(languages) as [More, LanguageTitles][];
  const each = <T>(pick: (l: LanguageTitles) => T | undefined) => Object.fromEntries(entries.flatMap(([lang, l]) => (pick(l) === undefined ? [] : [[lang, pick(l)]])));
  return {
    ...data,
    articles: data.articles.map((a) => ({ ...a, title: { ...a.title, ...each((l) => (l.articles[a.number] ? { text: l.articles[a.number]!, verified: false } : undefined)) } })),
    elements: data.elements.map((e) => ({
      ...e,
      title: { ...e.title, ...each((l) => l.elements[e.id]) },
      obligation: { ...e.obligation, ...each((l) => l.obligations[e.id]) },
      ...(e.note ? { note: { ...e.note, ...each((l) => l.notes[e.id]) } } : {}),
    })),
    rollups: data.rollups.map((r) => ({
      ...r,
      title: { ...r.title, ...each((l) => l.elements[r.id]) },
      obligation: { ...r.obligation, ...each((l) => l.obligations[r.id]) },
    })),
    chapters: data.chapters.map((c) => ({
      ...c,
      title: { ...c.title, ...each((l) => l.chapters[c.id]) },
      pointer: { ...c.pointer, ...each((l) => l.pointers[c.id]) },
      ...(c.section ? { section: { ...c.section, ...each((l) => l.sections[c.section!.en]) } } : {}),
    })),
    recognisers: data.recognisers.map((r) => {
      const item = <T extends { id: string }, K extends keyof T>(x: T, key: K) => ({ ...x, [key]: { ...x[key], ...each((l) => l.items[`${r.element}/${x.id}`]) } });
      return {
        ...r,
        ...(r.facets ? { facets: r.facets.map((f) => item(f, 'label')) } : {}),
        ...(r.weaker ? { weaker: r.weaker.map((w) => item(w, 'shortfall')) } : {}),
        ...(r.downgrade ? { downgrade: r.downgrade.map((w) => item(w, 'shortfall')) } : {}),
        ...(r.partialOnly ? { partialOnly: r.partialOnly.map((w) => item(w, 'shortfall')) } : {}),
        ...(r.checks ? { checks: r.checks.map((c) => ({ ...c, label: { ...c.label, ...each((l) => l.items[`${r.element}/${c.kind}`]) } })) } : {}),
      };
    }),
    modelLaw: { ...data.modelLaw, edition: { ...data.modelLaw.edition, ...each((l) => l.edition) }, published: { ...data.modelLaw.published, ...each((l) => l.published) } },
  };
}
