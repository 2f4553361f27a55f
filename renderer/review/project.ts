/**
 * The reviewer's actions on an element, each producing the project's new list of decisions (the app keeps one
 * decision per element, the person's latest word on it; core/review.ts says which decision stands), and the step
 * it adds to the project's history.
 */
import { currentDecision, type HistoryEntry, type ReviewDecision } from '../../core/review.js';
import type { ReviewStatus } from '../../core/types.js';

export { currentDecision };

/**
 * What a reviewer can do to an element. A change of evidence may carry the status it leaves standing (asked when
 * the change would contradict the status: renderer/review/consistency.ts); a status other than lexgap's carries
 * the reviewer's reason.
 */
export type ReviewAction =
  | { kind: 'confirm'; status: ReviewStatus }
  | { kind: 'set-status'; status: ReviewStatus; reason?: string }
  | { kind: 'reject-evidence'; clause: string; status?: ReviewStatus; reason?: string }
  | { kind: 'restore-evidence'; clause: string; status?: ReviewStatus; reason?: string }
  | { kind: 'add-evidence'; clause: string; status?: ReviewStatus; reason?: string }
  | { kind: 'remove-added'; clause: string; status?: ReviewStatus; reason?: string }
  | { kind: 'note'; note: string }
  | { kind: 'approve' }
  | { kind: 'withdraw-approval' }
  | { kind: 'reset' };

export type ReviewActionKind = ReviewAction['kind'];

const without = (list: readonly string[] | undefined, id: string) => (list ?? []).filter((x) => x !== id);
const withId = (list: readonly string[] | undefined, id: string) => [...without(list, id), id];

/** Drops empty fields, so the project file stays tidy and valid. */
function tidy(d: ReviewDecision): ReviewDecision {
  const out: ReviewDecision = { element: d.element, decidedAt: d.decidedAt };
  if (d.status) out.status = d.status;
  if (d.rejectedEvidence?.length) out.rejectedEvidence = d.rejectedEvidence;
  if (d.addedEvidence?.length) out.addedEvidence = d.addedEvidence;
  if (d.note?.trim()) out.note = d.note;
  if (d.status && d.reason?.trim()) out.reason = d.reason.trim();
  if (d.author?.trim()) out.author = d.author.trim();
  if (d.status && d.approvedAt) {
    out.approvedAt = d.approvedAt;
    if (d.approvedBy?.trim()) out.approvedBy = d.approvedBy.trim();
  }
  return out;
}

/** The status an action sets, with its reason: a status given anew replaces the earlier reason, kept or not. */
function statusOf(action: ReviewAction): { status: ReviewStatus; reason?: string } | undefined {
  if (action.kind === 'confirm') return { status: action.status };
  if ((action.kind === 'set-status' || action.kind === 'reject-evidence' || action.kind === 'restore-evidence' || action.kind === 'add-evidence' || action.kind === 'remove-added') && action.status)
    return { status: action.status, ...(action.reason?.trim() ? { reason: action.reason.trim() } : {}) };
  return undefined;
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
  const name = author?.trim();
  if (action.kind === 'approve' || action.kind === 'withdraw-approval') {
    // Approval is a second look at the decision as it stands: it changes neither the decision nor who made it.
    if (!prev.status) return [...decisions];
    const { approvedBy: _by, approvedAt: _at, ...kept } = prev;
    const next = action.kind === 'approve' ? { ...kept, approvedAt: now.toISOString(), ...(name ? { approvedBy: name } : {}) } : kept;
    return [...rest, tidy(next)];
  }
  // Any other change is a new decision: an approval given to the old one no longer stands.
  const { approvedBy: _by, approvedAt: _at, ...base } = prev;
  let next: ReviewDecision = { ...base, decidedAt: now.toISOString(), ...(name ? { author: name } : {}) };
  const set = statusOf(action);
  if (set) next = { ...next, status: set.status, reason: set.reason };
  switch (action.kind) {
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

/** The step an action adds to the project's history. */
export function historyEntry(element: string, action: ReviewAction, author: string | undefined, now = new Date()): HistoryEntry {
  const set = statusOf(action);
  const clause = 'clause' in action ? action.clause : undefined;
  const name = author?.trim();
  return {
    element,
    action: action.kind,
    ...(set ? { status: set.status, ...(set.reason ? { reason: set.reason } : {}) } : {}),
    ...(clause ? { clause } : {}),
    ...(name ? { author: name } : {}),
    at: now.toISOString(),
  };
}
