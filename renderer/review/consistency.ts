/**
 * Status and evidence never contradict each other. Before an action is applied, this says what must be asked:
 * which status now stands when the last supporting clause is rejected or a clause is attached to a missing
 * element, which clause supports a status set where none is left, and why, when the reviewer's status differs
 * from lexgap's. The answer turns into one action (one undo
 * step) that carries the status and the reason.
 */
import { contradicts, type ReviewedFinding } from '../../core/review.js';
import type { ReviewStatus } from '../../core/types.js';
import type { ReviewAction } from './project.js';

/** Why a status must be chosen: the evidence left would contradict the status that stands. */
export type StatusCause = 'last-rejected' | 'attached-to-missing' | 'restored-to-missing' | 'contradicts';

export type Question =
  /** Which status stands now? (with the reason, if it is not lexgap's) */
  | { kind: 'status'; cause: StatusCause; action: ReviewAction | undefined; suggested: ReviewStatus }
  /** Why the reviewer's status differs from lexgap's. */
  | { kind: 'reason'; action: ReviewAction & { status: ReviewStatus } }
  /** Which clause supports a status that needs one (covered or partly covered) where none is left. */
  | { kind: 'clause'; action: ReviewAction & { kind: 'set-status' } };

/** Whether a status, standing as a person's decision, needs a reason: it is not what lexgap proposed. */
export function needsReason(finding: ReviewedFinding, status: ReviewStatus): boolean {
  return status !== finding.engine.status;
}

/** The clauses that would support the finding after the action. */
function evidenceAfter(finding: ReviewedFinding, action: ReviewAction): number {
  const ids = new Set(finding.evidence.map((e) => e.clause));
  if (action.kind === 'reject-evidence' || action.kind === 'remove-added') ids.delete(action.clause);
  if (action.kind === 'add-evidence' || action.kind === 'restore-evidence') ids.add(action.clause);
  return ids.size;
}

/** What to ask before the action is applied; undefined when it can be applied as it is. */
export function questionFor(finding: ReviewedFinding, action: ReviewAction): Question | undefined {
  switch (action.kind) {
    case 'reject-evidence':
    case 'remove-added':
    case 'add-evidence': {
      if (action.status) return action.reason || !needsReason(finding, action.status) ? undefined : { kind: 'reason', action: { ...action, status: action.status } };
      if (!contradicts(finding.status, evidenceAfter(finding, action))) return undefined;
      const cause = action.kind === 'add-evidence' ? 'attached-to-missing' : 'last-rejected';
      return { kind: 'status', cause, action, suggested: action.kind === 'add-evidence' ? 'partial' : 'missing' };
    }
    case 'restore-evidence':
      // A clause back as evidence for an element a person said is missing.
      if (action.status) return action.reason || !needsReason(finding, action.status) ? undefined : { kind: 'reason', action: { ...action, status: action.status } };
      return contradicts(finding.status, evidenceAfter(finding, action)) ? { kind: 'status', cause: 'restored-to-missing', action, suggested: 'partial' } : undefined;
    case 'set-status':
      // Covered or partly covered rests on a clause: where none is left, which one is asked.
      if (action.status !== 'missing' && contradicts(action.status, finding.evidence.length)) return { kind: 'clause', action };
      return needsReason(finding, action.status) && !action.reason?.trim() ? { kind: 'reason', action } : undefined;
    default:
      return undefined;
  }
}

/** The question a finding already in contradiction asks (an older project, or a file changed elsewhere). */
export function standingQuestion(finding: ReviewedFinding): Question | undefined {
  return finding.contradicts ? { kind: 'status', cause: 'contradicts', action: undefined, suggested: finding.evidence.length ? 'partial' : 'missing' } : undefined;
}

/**
 * The action that answers a question with a status (and the reason, when the status is not lexgap's); for the
 * clause question, the clause attached with that status, as one step.
 */
export function answer(question: Question, status: ReviewStatus, reason: string, clause?: string): ReviewAction {
  const why = reason.trim();
  if (question.kind === 'clause') {
    if (!clause) throw new Error('the clause question is answered with a clause');
    return { kind: 'add-evidence', clause, status, ...(why ? { reason: why } : {}) };
  }
  const base = question.action ?? { kind: 'set-status' as const, status };
  if (base.kind === 'reject-evidence' || base.kind === 'restore-evidence' || base.kind === 'remove-added' || base.kind === 'add-evidence' || base.kind === 'set-status')
    return { ...base, status, ...(why ? { reason: why } : {}) };
  return base;
}
