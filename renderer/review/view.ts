/**
 * The project as the screens show it: the catalogue joined with the reviewed findings (the engine's finding
 * with the person's decision applied), grouped by Protocol article and by Model Law chapter, and counted.
 */
import { applyReview, type ReviewedFinding } from '../../core/review.js';
import type { Project } from '../../core/project.js';
import type { Clause, ReviewStatus } from '../../core/types.js';
import { chapterStatus, rollupStatus, type ChapterStatus } from '../../core/report/rollup.js';
import { reviewState } from './queue.js';
import { loadCatalogue, TIERS, type Article, type Catalogue, type Chapter, type Element, type Rollup, type Tier } from '../../model-law/index.js';

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['covered', 'partial', 'missing', 'not-applicable'];

export interface Row {
  element: Element;
  finding: ReviewedFinding;
}

export interface ArticleGroup {
  key: string;
  article: Article;
  rows: Row[];
}

export interface ChapterGroup {
  key: string;
  chapter: Chapter;
  status: ChapterStatus;
  rows: Row[];
}

export type Counts = Record<ReviewStatus, number>;

/** An obligation rolled up from several elements (art 15(1)), with its status and its measures' rows. */
export interface RollupGroup {
  rollup: Rollup;
  status: ReviewStatus;
  rows: Row[];
}

export interface ProjectView {
  rows: Row[];
  rollups: RollupGroup[];
  byId: Map<string, Row>;
  articles: ArticleGroup[];
  chapters: ChapterGroup[];
  clauses: Map<string, Clause>;
  counts: Counts;
  byTier: { tier: Tier; counts: Counts }[];
  byArticle: { article: Article; counts: Counts }[];
  reviewed: number;
}

let catalogue: Catalogue | undefined;
export function getCatalogue(): Catalogue {
  catalogue ??= loadCatalogue();
  return catalogue;
}

const zero = (): Counts => ({ covered: 0, partial: 0, missing: 0, 'not-applicable': 0 });

function count(rows: readonly Row[]): Counts {
  const c = zero();
  for (const r of rows) c[r.finding.status]++;
  return c;
}

/** Views already built: a project is never changed in place, and opening one asked for its view twice. */
const views = new WeakMap<Project, ProjectView>();

export function buildView(project: Project): ProjectView {
  let view = views.get(project);
  if (!view) views.set(project, (view = viewOf(project)));
  return view;
}

function viewOf(project: Project): ProjectView {
  const cat = getCatalogue();
  const reviewed = new Map(applyReview(project.analysis, project.decisions).map((f) => [f.id, f]));
  const rows: Row[] = cat.elements.flatMap((element) => {
    const finding = reviewed.get(element.id);
    return finding ? [{ element, finding }] : [];
  });
  const byId = new Map(rows.map((r) => [r.element.id, r]));
  const articles = [...cat.articles]
    .sort((a, b) => a.number - b.number)
    .map((article) => ({ key: `a${article.number}`, article, rows: rows.filter((r) => r.element.article === article.number) }))
    .filter((g) => g.rows.length > 0);
  const statusOf = new Map<string, ReviewStatus>(rows.map((r) => [r.element.id, r.finding.status]));
  const rollups = cat.rollups.flatMap((rollup) => {
    const status = rollupStatus(rollup, statusOf);
    return status ? [{ rollup, status, rows: rollup.anyOf.flatMap((id) => byId.get(id) ?? []) }] : [];
  });
  // By kind of obligation, a roll-up counts once, as itself, not as its measures.
  const members = new Set(cat.rollups.flatMap((r) => r.anyOf));
  const byTier = TIERS.map((tier) => {
    const counts = count(rows.filter((r) => r.element.tier === tier && !members.has(r.element.id)));
    for (const g of rollups) if (g.rollup.tier === tier) counts[g.status]++;
    return { tier, counts };
  });
  const chapters = cat.chapters.map((chapter) => ({
    key: chapter.id.replace('.', '-'),
    chapter,
    status: chapterStatus(chapter, statusOf, cat.rollups),
    rows: chapter.implements.flatMap((id) => byId.get(id) ?? []),
  }));
  return {
    rows,
    rollups,
    byId,
    articles,
    chapters,
    clauses: new Map(project.analysis.clauses.map((c) => [c.id, c])),
    counts: count(rows),
    byTier: byTier.filter((t) => total(t.counts) > 0),
    byArticle: articles.map((g) => ({ article: g.article, counts: count(g.rows) })),
    // Decided by a person, status and evidence agreeing (renderer/review/queue.ts): what the review pass counts.
    reviewed: rows.filter((r) => reviewState(r.finding) !== 'open').length,
  };
}

export function total(c: Counts): number {
  return c.covered + c.partial + c.missing + c['not-applicable'];
}
