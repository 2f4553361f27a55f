/**
 * The review pass, as Word's review pane walks through changes: where each finding stands in the review, the
 * queue in the order a careful reviewer would take it (the engine's own doubt first), the next finding to look at,
 * and the progress of the pass.
 */
import type { ReviewedFinding } from '../../core/review.js';
import { BINDING } from '../../core/report/model.js';
import type { Counts, ProjectView, Row } from './view.js';

/** Open: no one has decided the status; reviewed: a person has; approved: a second person approved it. */
export type ReviewState = 'open' | 'reviewed' | 'approved';

export function reviewState(f: ReviewedFinding): ReviewState {
  if (!f.decision?.status || f.contradicts) return 'open';
  return f.decision.approvedAt ? 'approved' : 'reviewed';
}

/** How much the engine doubts a finding, most first: a contradiction, then a finding flagged for review, then low confidence. */
function doubt(f: ReviewedFinding): number {
  return (f.contradicts ? 2 : 0) + (f.engine.review ? 1 : 0) + (1 - f.engine.confidence) / 2;
}

/** The findings in the order of the pass: most doubted first; equal doubt in the catalogue's order. */
export function reviewQueue(rows: readonly Row[]): Row[] {
  return rows
    .map((row, i) => ({ row, i, d: doubt(row.finding) }))
    .sort((a, b) => b.d - a.d || a.i - b.i)
    .map((x) => x.row);
}

/**
 * The next open finding in the queue after `current` (from the start of the queue when there is none, or the
 * current one is not in it), round to the start; undefined when every finding is reviewed.
 */
export function nextUnreviewed(rows: readonly Row[], current: string | undefined): string | undefined {
  const queue = reviewQueue(rows);
  const at = queue.findIndex((r) => r.element.id === current);
  const order = at < 0 ? queue : [...queue.slice(at + 1), ...queue.slice(0, at)];
  return order.find((r) => reviewState(r.finding) === 'open')?.element.id;
}

export interface Progress {
  total: number;
  /** Reviewed or approved. */
  reviewed: number;
  approved: number;
  counts: Counts;
  /** Binding obligations (mandatory, including those the Protocol qualifies) the law misses or meets only in part. */
  bindingUnmet: number;
  binding: number;
  /** Findings the engine flags for review that no one has decided yet. */
  flaggedOpen: number;
}

export function progress(view: ProjectView): Progress {
  const states = view.rows.map((r) => reviewState(r.finding));
  const binding = view.rows.filter((r) => BINDING.includes(r.element.tier));
  return {
    total: view.rows.length,
    reviewed: states.filter((s) => s !== 'open').length,
    approved: states.filter((s) => s === 'approved').length,
    counts: view.counts,
    bindingUnmet: binding.filter((r) => r.finding.status === 'partial' || r.finding.status === 'missing').length,
    binding: binding.length,
    flaggedOpen: view.rows.filter((r, i) => r.finding.engine.review && states[i] === 'open').length,
  };
}
