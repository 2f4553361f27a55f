/** The data that flows through the engine: source -> clauses -> candidates -> findings -> analysis. */
import type { Language } from '../model-law/schema.js';
import type { Structure } from './segment/structure.js';

export type { Language, Structure };

/** A span of the source text, in UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** A unit of the law as a drafter would cite it: an article, a section, a subsection, a defined term. */
export interface Clause {
  id: string;
  /** The label as printed in the law: "Section 12(1)", "Article 5", "Artículo 4". */
  label: string;
  /** Headings above the clause, outermost first: ["Part III", "Section 12"]. */
  path: string[];
  /** The unit's own title as printed ("Unlawful acts"), when it has one. */
  title?: string;
  text: string;
  span: Span;
  /** What the clause is, as far as its wording shows. */
  kind: ClauseKind;
  /** For a definition clause, the term it defines. */
  term?: string;
  /** Ids of clauses this one refers to ("under section 6"). */
  refs: string[];
  /** Amendment notes and footnotes printed with the clause ("[Section 5(2): amended ... by ...]"), not part of its text. */
  notes?: string[];
  /** Earlier versions of the clause printed in the file, whose validity has ended. */
  history?: string[];
  /** Longer than the size limit and could not be split at its own paragraphs or sentences. */
  oversize?: boolean;
}

export type ClauseKind = 'definition' | 'offence' | 'provision' | 'heading';

export type Status = 'covered' | 'partial' | 'missing';
export type ReviewStatus = Status | 'not-applicable';

export interface Evidence {
  clause: string;
  score: number;
  terms: string[];
}

/** What the engine found for one element of the catalogue. */
export interface Finding {
  id: string;
  status: Status;
  confidence: number;
  evidence: Evidence[];
  /** For a partial: the facets or thresholds not met, in words a drafter reads. */
  missing: string[];
}

export interface Source {
  file: string;
  language: Language;
  sha256: string;
}

export interface Analysis {
  tool: { name: 'lexgap'; version: string };
  source: Source;
  clauses: Clause[];
  elements: Finding[];
  summary: Record<Status, number>;
  /** How the law was read: units, gaps, wording in no clause, large clauses, what was set aside. */
  structure?: Structure;
}

/** A problem with the input, in the user's words, with where it happened and which rule raised it. */
export interface Diagnostic {
  reason: string;
  place?: string;
  rule: string;
  fatal: boolean;
}
