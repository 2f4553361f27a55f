/** Joins an Analysis with the catalogue into what the screens show: elements grouped by article. */
import type { Analysis, Clause, Finding } from '../core/types.js';
import { loadCatalogue, type Article, type Catalogue, type Chapter, type Element } from '../model-law/index.js';

export interface ElementRow {
  element: Element;
  /** Undefined only if the engine did not assess the element. */
  finding: Finding | undefined;
}

export interface ArticleGroup {
  article: Article;
  rows: ElementRow[];
}

export interface ResultView {
  groups: ArticleGroup[];
  clauses: Map<string, Clause>;
  chaptersFor(elementId: string): Chapter[];
}

let catalogue: Catalogue | undefined;
export function getCatalogue(): Catalogue {
  catalogue ??= loadCatalogue();
  return catalogue;
}

export function buildResultView(analysis: Analysis): ResultView {
  const cat = getCatalogue();
  const findings = new Map(analysis.elements.map((f) => [f.id, f]));
  const groups: ArticleGroup[] = [...cat.articles]
    .sort((a, b) => a.number - b.number)
    .map((article) => ({
      article,
      rows: cat.elements.filter((e) => e.article === article.number).map((element) => ({ element, finding: findings.get(element.id) })),
    }))
    .filter((group) => group.rows.length > 0);
  return {
    groups,
    clauses: new Map(analysis.clauses.map((c) => [c.id, c])),
    chaptersFor: (id) => cat.chapters.filter((ch) => ch.implements.includes(id)),
  };
}
