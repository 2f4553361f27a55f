/**
 * The reviewer's actions on an element, each producing the project's new list of decisions (the app keeps one
 * decision per element, the person's latest word on it; core/review.ts says which decision stands).
 */
import { currentDecision, type ReviewDecision } from '../../core/review.js';
import type { ReviewStatus } from '../../core/types.js';

export { currentDecision };

/** What a reviewer can do to an element. */
export type ReviewAction =
  | { kind: 'confirm'; status: ReviewStatus }
  | { kind: 'set-status'; status: ReviewStatus }
  | { kind: 'reject-evidence'; clause: string }
  | { kind: 'restore-evidence'; clause: string }
  | { kind: 'add-evidence'; clause: string }
  | { kind: 'remove-added'; clause: string }
  | { kind: 'note'; note: string }
  | { kind: 'reset' };

const without = (list: readonly string[] | undefined, id: string) => (list ?? []).filter((x) => x !== id);
const withId = (list: readonly string[] | undefined, id: string) => [...without(list, id), id];

/** Drops empty fields, so the project file stays tidy and valid. */
function tidy(d: ReviewDecision): ReviewDecision {
  const out: ReviewDecision = { element: d.element, decidedAt: d.decidedAt };
  if (d.status) out.status = d.status;
  if (d.rejectedEvidence?.length) out.rejectedEvidence = d.rejectedEvidence;
  if (d.addedEvidence?.length) out.addedEvidence = d.addedEvidence;
  if (d.note?.trim()) out.note = d.note;
  if (d.author?.trim()) out.author = d.author.trim();
  return out;
}

/** The project's decisions after the action: the element's decision replaced by the new one (or removed). */
export function applyAction(
  decisions: readonly ReviewDecision[],
  element: string,
  action: ReviewAction,
  author: string | undefined,
  now = new Date(),
): ReviewDecision[] {
  const rest = decisions.filter((d) => d.element !== element);
  if (action.kind === 'reset') return rest;
  const prev: ReviewDecision = currentDecision(decisions, element) ?? { element, decidedAt: now.toISOString() };
  let next: ReviewDecision = { ...prev, decidedAt: now.toISOString(), ...(author?.trim() ? { author: author.trim() } : {}) };
  switch (action.kind) {
    case 'confirm':
    case 'set-status':
      next = { ...next, status: action.status };
      break;
    case 'reject-evidence':
      next = { ...next, rejectedEvidence: withId(prev.rejectedEvidence, action.clause), addedEvidence: without(prev.addedEvidence, action.clause) };
      break;
    case 'restore-evidence':
      next = { ...next, rejectedEvidence: without(prev.rejectedEvidence, action.clause) };
      break;
    case 'add-evidence':
      next = { ...next, addedEvidence: withId(prev.addedEvidence, action.clause), rejectedEvidence: without(prev.rejectedEvidence, action.clause) };
      break;
    case 'remove-added':
      next = { ...next, addedEvidence: without(prev.addedEvidence, action.clause) };
      break;
    case 'note':
      next = { ...next, note: action.note };
      break;
  }
  const tidied = tidy(next);
  // A decision that says nothing any more (a note cleared, a rejection undone) is no decision.
  if (!tidied.status && !tidied.rejectedEvidence && !tidied.addedEvidence && !tidied.note) return rest;
  return [...rest, tidied];
}
