/**
 * What a room needs to see of one law or of several: how many binding obligations of the Protocol each leaves
 * unmet, each Model Law chapter as a fraction of its elements covered, and coverage article by article. Read from
 * the status of each element (the reviewed status where a person decided), so a project and a comparison give
 * the same figures.
 */
import type { ReviewStatus } from '../../core/types.js';
import type { Article, Catalogue, Chapter, Tier } from '../../model-law/index.js';

/** A law as a room sees it: its name and the status of each element of the catalogue. */
export interface LawResults {
  name: string;
  status: ReadonlyMap<string, ReviewStatus>;
}

/** The kinds of obligation a State party must implement: mandatory ones, and those qualified by its legal system. */
export const BINDING_TIERS: ReadonlySet<Tier> = new Set<Tier>(['mandatory', 'qualified']);

const unmet = (s: ReviewStatus | undefined) => s === 'missing' || s === 'partial';

export interface Fraction {
  covered: number;
  /** Elements that count: those with a status other than not applicable. */
  total: number;
}

export interface ArticleCoverage {
  article: Article;
  counts: Record<'covered' | 'partial' | 'missing', number>;
}

export interface LawPresentation {
  name: string;
  /** Binding elements the law does not meet (missing or only partly covered), in catalogue order. */
  unmet: string[];
  binding: number;
  chapters: { chapter: Chapter; fraction: Fraction }[];
  articles: ArticleCoverage[];
}

export function presentLaw(law: LawResults, catalogue: Catalogue): LawPresentation {
  const binding = catalogue.elements.filter((e) => BINDING_TIERS.has(e.tier) && law.status.has(e.id) && law.status.get(e.id) !== 'not-applicable');
  const chapters = catalogue.chapters
    .map((chapter) => {
      const statuses = chapter.implements.map((id) => law.status.get(id)).filter((s): s is ReviewStatus => s !== undefined && s !== 'not-applicable');
      return { chapter, fraction: { covered: statuses.filter((s) => s === 'covered').length, total: statuses.length } };
    })
    .filter((c) => c.fraction.total > 0);
  const articles = [...catalogue.articles]
    .sort((a, b) => a.number - b.number)
    .map((article) => {
      const counts = { covered: 0, partial: 0, missing: 0 };
      for (const e of catalogue.elements) {
        const s = e.article === article.number ? law.status.get(e.id) : undefined;
        if (s && s !== 'not-applicable') counts[s]++;
      }
      return { article, counts };
    })
    .filter((a) => a.counts.covered + a.counts.partial + a.counts.missing > 0);
  return { name: law.name, unmet: binding.filter((e) => unmet(law.status.get(e.id))).map((e) => e.id), binding: binding.length, chapters, articles };
}

/** The binding elements that every law leaves unmet: the gaps a region shares. */
export function sharedUnmet(laws: readonly LawPresentation[]): string[] {
  const [first, ...rest] = laws;
  if (!first || !rest.length) return [];
  return first.unmet.filter((id) => rest.every((l) => l.unmet.includes(id)));
}
