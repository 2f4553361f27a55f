/** The data that flows through the engine: source -> clauses -> candidates -> findings -> analysis. */
import type { Language } from '../model-law/schema.js';
import type { LawKind } from './identity/kind.js';
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
  /** What kind of provision it is (core/tag), the regimes it is about, the movements it governs, whom it binds. */
  character?: import('../model-law/schema.js').Character;
  subjects?: import('../model-law/schema.js').Subject[];
  directions?: import('../model-law/schema.js').Direction[];
  actor?: import('../model-law/schema.js').Actor;
  scope?: 'international';
}

export type ClauseKind = 'definition' | 'offence' | 'provision' | 'heading';

export type { Actor, Character, Direction, Subject } from '../model-law/schema.js';

export type Status = 'covered' | 'partial' | 'missing';
export type ReviewStatus = Status | 'not-applicable';

export interface Evidence {
  clause: string;
  score: number;
  terms: string[];
}

/**
 * What a partial finding lacks, as data (the edges word it): list items not found (facet ids of the element's
 * recogniser), a period shorter than required or not stated, or a weaker measure (the id of a recogniser's weaker
 * form, downgrade or partial-only character).
 */
export type Shortfall =
  | { code: 'items-missing'; items: string[] }
  | { code: 'period-short'; stated: number; required: number }
  | { code: 'no-period'; required: number }
  /** The period is met only by the records of one kind of transaction (exports, sales at a distance), not all records. */
  | { code: 'period-limited'; stated: number; required: number }
  | { code: 'weaker'; form: string };

/** Why the engine cannot stand behind a finding; the edges word each code. */
export const REVIEW_REASONS = [
  'list-evidence', // the evidence is a list of register fields or application contents
  'other-regime', // clauses with the element's words were set aside as being about explosives, fireworks, knives...
  'generic-words', // only common words matched: the element's own wording is rare or absent
  'long-clause', // the evidence is a long clause that could not be split
  'cross-reference', // the evidence proves the element only through a rule it cites
  'administrative', // the sanction is administrative, not criminal
  'title-disagrees', // the clause's title and heading say nothing of the element
  'single-clause', // one clause only, with no other clause agreeing
  'near-miss', // no clause proves it, but some came close (another kind of provision or another regime)
] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** What the engine found for one element of the catalogue. */
export interface Finding {
  id: string;
  status: Status;
  /** The probability that the status is right, calibrated on labelled real laws (see the README). */
  confidence: number;
  /** How strongly the best clause proves the element (for a missing finding: how near any clause came), 0 to 1: the input of the calibration. */
  strength: number;
  evidence: Evidence[];
  /** For a partial: what it lacks, as codes with data. */
  shortfalls: Shortfall[];
  /** The engine cannot stand behind this finding: a person should look first. */
  review: boolean;
  /** Why, as codes (the JSON also gives them in words). */
  reasons: ReviewReason[];
}

export interface Source {
  file: string;
  language: Language;
  sha256: string;
  /** The law's identity as its own text states it (core/identity); each absent when the text does not say. */
  title?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  /** The State as the text names it ("Swiss Confederation", "Kestria"), also when it has no ISO code. */
  countryName?: string;
  /** ISO 8601: YYYY-MM-DD, or YYYY when the text gives only the year. */
  date?: string;
  kind?: LawKind;
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
