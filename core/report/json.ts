/**
 * The JSON lexgap writes: the one module for the command line's --json (analyze, compare, diff) and the app's
 * JSON exports. The engine's data goes out as it is, with the words the contract of DESIGN.md section 4 asks
 * for made here, in English, from the catalogue: `missing` (what a partial lacks: the list items not found, a
 * period, a weaker measure) from the findings' shortfalls, and `reasons` in words beside their codes.
 */
import type { Catalogue, Recogniser } from '../../model-law/schema.js';
import { CHANGE_KINDS, type ChangeKind, type LawDiff, type StatusChange } from '../compare/diff.js';
import type { ArticleNotes } from '../compare/harmonize.js';
import { evidenceLabels, type ComparedLaw, type Comparison } from '../compare/matrix.js';
import { applyReview, type ReviewDecision, type ReviewedFinding } from '../review.js';
import type { Analysis, Finding, Language, ReviewStatus, Shortfall, Status } from '../types.js';
import { VERSION } from '../version.js';
import { rollupStatus } from './rollup.js';
import { shortfallPhrases } from './shortfall.js';
import { reportWords } from './words.js';

/** The contract's words are English. */
const english = reportWords('en');

function recognisers(catalogue: Catalogue): (id: string) => Recogniser | undefined {
  const byId = new Map(catalogue.recognisers.map((r) => [r.element, r]));
  return (id) => byId.get(id);
}

const missingOf = (shortfalls: readonly Shortfall[], rec: Recogniser | undefined) => shortfallPhrases(shortfalls, rec, english);

// ---- lexgap analyze --json, and the app's JSON export

function findingJson(f: Finding, rec: Recogniser | undefined) {
  const { reasons, ...rest } = f;
  return {
    ...rest,
    missing: missingOf(f.shortfalls, rec),
    // DESIGN.md: short reasons in words; the codes beside them for programs.
    reasons: reasons.map((r) => english.t(`reasons.${r}`)),
    reasonCodes: reasons,
  };
}

/**
 * The review beside lexgap's finding: the status that stands (`reviewedStatus`, lexgap's while no one decided),
 * who set it, and the decision's reason and approval. `status` stays lexgap's proposal, as DESIGN.md defines it.
 */
function reviewJson(f: ReviewedFinding) {
  const d = f.decision;
  return {
    reviewedStatus: f.status,
    statusBy: f.statusBy,
    ...(d
      ? {
          decision: {
            ...(d.reason ? { reason: d.reason } : {}),
            ...(d.author ? { author: d.author } : {}),
            decidedAt: d.decidedAt,
            ...(d.approvedAt ? { approvedAt: d.approvedAt, ...(d.approvedBy ? { approvedBy: d.approvedBy } : {}) } : {}),
            reviewedEvidence: f.evidence.map((e) => e.clause),
          },
        }
      : {}),
  };
}

function countStatuses(statuses: readonly ReviewStatus[]): Record<ReviewStatus, number> {
  const counts: Record<ReviewStatus, number> = { covered: 0, partial: 0, missing: 0, 'not-applicable': 0 };
  for (const s of statuses) counts[s]++;
  return counts;
}

export function analysisJson(analysis: Analysis, catalogue: Catalogue, decisions: readonly ReviewDecision[] = []): string {
  const rec = recognisers(catalogue);
  const statusOf = new Map(analysis.elements.map((f) => [f.id, f.status]));
  const reviewed = new Map(applyReview(analysis, decisions).map((f) => [f.id, f]));
  const out = {
    ...analysis,
    elements: analysis.elements.map((f) => ({ ...findingJson(f, rec(f.id)), ...reviewJson(reviewed.get(f.id)!) })),
    // Art 15(1), one obligation met by any of its measures, rolled up from the elements above (which keep their own).
    rollups: catalogue.rollups.flatMap((r) => {
      const status = rollupStatus(r, statusOf);
      return status ? [{ id: r.id, ref: r.ref, status, anyOf: r.anyOf, met: r.anyOf.filter((id) => statusOf.get(id) === 'covered') }] : [];
    }),
    // The counts as reviewed (equal to `summary` until someone decides), with the reviewer's not-applicable.
    reviewedSummary: countStatuses([...reviewed.values()].map((f) => f.status)),
    ...(decisions.length ? { decisions } : {}),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

// ---- lexgap compare --json

export interface CompareJson {
  tool: { name: 'lexgap'; version: string };
  laws: {
    file: string;
    title: string;
    language: Language;
    country?: string;
    sha256: string;
    clauses: number;
    summary: Record<Status, number> & { 'not-applicable'?: number };
  }[];
  elements: {
    id: string;
    /** One per law, in the order of `laws`. */
    statuses: ReviewStatus[];
    /** Per law, the labels of the clauses cited, best first. */
    evidence: string[][];
    /** Per law, for a partial finding, what is missing. */
    missing: string[][];
  }[];
  harmonization: {
    article: number;
    /** Elements on which two laws or more fall short; `laws` are indices into `laws`. */
    sharedGaps: { element: string; laws: number[]; everyLaw: boolean }[];
    /** Elements one law covers and others do not: the covering law's clause, as a model for the rest. */
    models: { element: string; law: number; clause: string; label: string; gapIn: number[]; alsoCoveredBy: number[] }[];
  }[];
}

export function comparisonJson(c: Comparison, notes: readonly ArticleNotes[], catalogue: Catalogue): CompareJson {
  const rec = recognisers(catalogue);
  return {
    tool: { name: 'lexgap', version: VERSION },
    laws: c.laws.map((l) => {
      const { 'not-applicable': na, ...counts } = l.summary;
      return {
        file: l.file,
        title: l.title,
        language: l.language,
        ...(l.country ? { country: l.country } : {}),
        sha256: l.sha256,
        clauses: l.clauses,
        summary: { ...counts, ...(na ? { 'not-applicable': na } : {}) },
      };
    }),
    elements: c.rows.map((r) => ({
      id: r.id,
      statuses: r.statuses,
      evidence: r.findings.map((f, i) => evidenceLabels(f, c.clauses[i]!)),
      missing: r.findings.map((f) => (f.status === 'partial' ? missingOf(f.shortfalls, rec(r.id)) : [])),
    })),
    harmonization: notes.map((n) => ({
      article: n.article,
      sharedGaps: n.sharedGaps.map((g) => ({ element: g.element, laws: g.laws, everyLaw: g.everyLaw })),
      models: n.models.map((m) => ({ element: m.element, law: m.law, clause: m.clause.id, label: m.clause.label, gapIn: m.gapIn, alsoCoveredBy: m.alsoCoveredBy })),
    })),
  };
}

// ---- lexgap diff --json

type LawJson = Pick<ComparedLaw, 'file' | 'title' | 'language' | 'country' | 'sha256' | 'clauses'>;

export interface DiffJson {
  tool: { name: 'lexgap'; version: string };
  old: LawJson;
  new: LawJson;
  summary: Record<ChangeKind, number> & { evidenceMoved: number; clausesAdded: number; clausesRemoved: number; clausesChanged: number };
  elements: (Omit<StatusChange, 'shortfallsBefore' | 'shortfallsAfter'> & { missingBefore: string[]; missingAfter: string[] })[];
  evidence: LawDiff['evidence'];
  clauses: LawDiff['clauses'];
}

export function diffJson(d: LawDiff, catalogue: Catalogue): DiffJson {
  const rec = recognisers(catalogue);
  const law = (l: ComparedLaw): LawJson => ({ file: l.file, title: l.title, language: l.language, ...(l.country ? { country: l.country } : {}), sha256: l.sha256, clauses: l.clauses });
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, d.changes.filter((c) => c.change === k).length])) as Record<ChangeKind, number>;
  return {
    tool: { name: 'lexgap', version: VERSION },
    old: law(d.old),
    new: law(d.new),
    summary: {
      ...counts,
      evidenceMoved: d.evidence.length,
      clausesAdded: d.clauses.added.length,
      clausesRemoved: d.clauses.removed.length,
      clausesChanged: d.clauses.changed.length,
    },
    elements: d.changes.map(({ shortfallsBefore, shortfallsAfter, ...change }) => ({
      ...change,
      missingBefore: missingOf(shortfallsBefore, rec(change.id)),
      missingAfter: missingOf(shortfallsAfter, rec(change.id)),
    })),
    evidence: d.evidence,
    clauses: d.clauses,
  };
}
