/**
 * A person's review of the engine's findings. lexgap proposes a status and evidence for each element; a drafter
 * or adviser confirms or corrects it. Decisions are a layer on top of the analysis (the app keeps them in its
 * project file), so re-running the analysis never loses them, and every output shows them as a person's
 * decision, distinct from what the engine proposed.
 */
import type { Analysis, Evidence, Finding, ReviewStatus, Shortfall } from './types.js';

export interface ReviewDecision {
  /** The element decided on, e.g. "fp.8.1.b". */
  element: string;
  /** The status the person sets; absent when they only changed the evidence or added a note. */
  status?: ReviewStatus;
  /** Clause ids the person rejects as evidence for this element. */
  rejectedEvidence?: string[];
  /** Clause ids the person adds as evidence for this element. */
  addedEvidence?: string[];
  note?: string;
  /** Why the person's status differs from the engine's (asked whenever they override it), as a checklist's comment. */
  reason?: string;
  /** Who decided, as they want to be named in the report. */
  author?: string;
  /** When, as an ISO 8601 time. */
  decidedAt: string;
  /** A second reviewer approved the decision as it stands (any later change withdraws the approval). */
  approvedBy?: string;
  approvedAt?: string;
}

/** One step of the review as it happened, kept with the project so the history survives a reload. */
export interface HistoryEntry {
  element: string;
  /** What was done: a review action's kind ("set-status", "reject-evidence", "approve"...). */
  action: string;
  /** The status the step left standing, when it set one. */
  status?: ReviewStatus;
  /** The clause the step was about, when there was one. */
  clause?: string;
  reason?: string;
  author?: string;
  at: string;
}

/** Evidence after review: the engine's (with its score and words) or a clause a person added. */
export interface ReviewedEvidence {
  clause: string;
  origin: 'engine' | 'reviewer';
  score?: number;
  terms: string[];
}

/** An element as the report shows it: the engine's finding with the person's decision applied and kept. */
export interface ReviewedFinding {
  id: string;
  /** The status that stands: the person's where they set one, else the engine's. */
  status: ReviewStatus;
  /** Who set the status that stands. */
  statusBy: 'engine' | 'reviewer';
  confidence: number;
  evidence: ReviewedEvidence[];
  /** What the engine found lacking; kept only while the standing status is the engine's "partial". */
  shortfalls: Shortfall[];
  /** What the engine proposed, unchanged. */
  engine: Finding;
  /** The decision applied, if any. */
  decision?: ReviewDecision;
  /** Clause ids the decision names that are not in this analysis (the law changed since the decision). */
  staleClauses: string[];
  /**
   * The evidence and the standing status contradict each other and no person has said which holds: the engine's
   * "covered" or "partial" with every clause rejected, or its "missing" with a clause attached (an older project,
   * or one changed outside the app). The screens ask for a status; such a finding does not count as reviewed.
   */
  contradicts: boolean;
}

/**
 * Applies the decisions to the analysis, in the catalogue's element order. One decision counts per element: when
 * several name the same element, the latest (by decidedAt, then by position in the list) stands. Decisions on
 * elements the analysis does not have are ignored; clause ids the analysis does not have are reported as stale.
 */
export function applyReview(analysis: Analysis, decisions: readonly ReviewDecision[]): ReviewedFinding[] {
  const latest = latestDecisions(decisions);
  const clauseIds = new Set(analysis.clauses.map((c) => c.id));
  return analysis.elements.map((f) => reviewFinding(f, latest.get(f.id), clauseIds));
}

/**
 * The decision that stands for each element: the latest by decidedAt; on a tie, or where the earlier one has no
 * readable time, the later in the list.
 */
export function latestDecisions(decisions: readonly ReviewDecision[]): Map<string, ReviewDecision> {
  const latest = new Map<string, ReviewDecision>();
  for (const d of decisions) {
    const prev = latest.get(d.element);
    if (!prev || Date.parse(d.decidedAt) >= Date.parse(prev.decidedAt) || Number.isNaN(Date.parse(prev.decidedAt))) latest.set(d.element, d);
  }
  return latest;
}

/** The element's decision that stands, if any. */
export function currentDecision(decisions: readonly ReviewDecision[], element: string): ReviewDecision | undefined {
  return latestDecisions(decisions.filter((d) => d.element === element)).get(element);
}

function reviewFinding(f: Finding, d: ReviewDecision | undefined, clauseIds: Set<string>): ReviewedFinding {
  const fromEngine = (e: Evidence): ReviewedEvidence => ({ clause: e.clause, origin: 'engine', score: e.score, terms: e.terms });
  if (!d) return { id: f.id, status: f.status, statusBy: 'engine', confidence: f.confidence, evidence: f.evidence.map(fromEngine), shortfalls: f.shortfalls, engine: f, staleClauses: [], contradicts: false };
  const rejected = new Set(d.rejectedEvidence ?? []);
  const named = [...(d.rejectedEvidence ?? []), ...(d.addedEvidence ?? [])];
  const evidence = f.evidence.filter((e) => !rejected.has(e.clause)).map(fromEngine);
  for (const id of d.addedEvidence ?? [])
    if (clauseIds.has(id) && !evidence.some((e) => e.clause === id)) evidence.push({ clause: id, origin: 'reviewer', terms: [] });
  const status = d.status ?? f.status;
  return {
    id: f.id,
    status,
    statusBy: d.status ? 'reviewer' : 'engine',
    confidence: f.confidence,
    evidence,
    shortfalls: status === 'partial' && f.status === 'partial' ? f.shortfalls : [],
    engine: f,
    decision: d,
    staleClauses: [...new Set(named.filter((id) => !clauseIds.has(id)))],
    contradicts: !d.status && contradicts(status, evidence.length),
  };
}

/** Whether a status and a number of supporting clauses say opposite things: found without a clause, or missing with one. */
export function contradicts(status: ReviewStatus, clauses: number): boolean {
  return ((status === 'covered' || status === 'partial') && clauses === 0) || (status === 'missing' && clauses > 0);
}

/** Whether a value read from outside (a project file, an IPC message) is a status a reviewer may set. */
export function isReviewStatus(s: unknown): s is ReviewStatus {
  return s === 'covered' || s === 'partial' || s === 'missing' || s === 'not-applicable';
}
