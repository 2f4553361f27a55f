/**
 * Harmonization notes, article by article: where laws share a gap (two or more fall short on the same element),
 * and where one law offers a model for the others (it covers an element they miss or cover only in part, in a
 * clause that can be cited). Pure data; the comparative report words it.
 */
import type { Catalogue } from '../../model-law/schema.js';
import type { Clause, ReviewStatus } from '../types.js';
import type { Comparison } from './matrix.js';

export interface SharedGap {
  element: string;
  /** The laws that fall short, as indices into the comparison's laws. */
  laws: number[];
  /** Every law it applies to falls short: no law in the comparison offers a model. */
  everyLaw: boolean;
}

export interface ModelProvision {
  element: string;
  /** The law that offers the model. */
  law: number;
  /** Its clause that covers the element (the best evidence). */
  clause: Clause;
  /** The laws that fall short and could draw on it. */
  gapIn: number[];
  /** Other laws that cover the element as well. */
  alsoCoveredBy: number[];
}

export interface ArticleNotes {
  article: number;
  /** The article's elements, in catalogue order. */
  elements: string[];
  sharedGaps: SharedGap[];
  models: ModelProvision[];
  /** Elements every law covers. */
  coveredByAll: string[];
}

const isGap = (s: ReviewStatus) => s === 'missing' || s === 'partial';

export function harmonize(c: Comparison, catalogue: Catalogue): ArticleNotes[] {
  return catalogue.articles
    .filter((a) => c.rows.some((r) => r.article === a.number))
    .map((a) => {
      const rows = c.rows.filter((r) => r.article === a.number);
      const notes: ArticleNotes = { article: a.number, elements: rows.map((r) => r.id), sharedGaps: [], models: [], coveredByAll: [] };
      for (const r of rows) {
        const applies = r.statuses.flatMap((s, i) => (s === 'not-applicable' ? [] : [i]));
        const gaps = applies.filter((i) => isGap(r.statuses[i]!));
        const covering = applies.filter((i) => r.statuses[i] === 'covered');
        if (applies.length && covering.length === applies.length) notes.coveredByAll.push(r.id);
        if (gaps.length >= 2) notes.sharedGaps.push({ element: r.id, laws: gaps, everyLaw: gaps.length === applies.length });
        if (!gaps.length) continue;
        // The model: among the laws that cover the element with a clause to cite, the surest match; on a tie,
        // the law given first.
        let best: { law: number; clause: Clause; confidence: number } | undefined;
        for (const i of covering) {
          const f = r.findings[i]!;
          const clause = f.evidence.map((ev) => c.clauses[i]!.get(ev.clause)).find((x): x is Clause => Boolean(x));
          if (clause && (!best || f.confidence > best.confidence)) best = { law: i, clause, confidence: f.confidence };
        }
        if (best) notes.models.push({ element: r.id, law: best.law, clause: best.clause, gapIn: gaps, alsoCoveredBy: covering.filter((i) => i !== best.law) });
      }
      return notes;
    });
}
