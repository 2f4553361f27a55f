/**
 * Several laws side by side: each law's own analysis (with any reviewer decisions applied), put into one matrix
 * of Protocol elements by laws. Pure: the laws are analysed elsewhere (the CLI analyses them in parallel), so the
 * matrix holds exactly the statuses each single analysis gives.
 */
import type { Catalogue } from '../../model-law/schema.js';
import { applyReview, type ReviewDecision, type ReviewedFinding } from '../review.js';
import type { Analysis, Clause, Language, ReviewStatus } from '../types.js';

export interface LawInput {
  analysis: Analysis;
  decisions?: readonly ReviewDecision[];
  /** What to show where the text does not say it, or says it wrongly. */
  law?: { title?: string; country?: string };
}

export interface ComparedLaw {
  file: string;
  /** The title as the text gives it, else the file name. */
  title: string;
  /** Whether the title was found in the text (or given), rather than the file name standing in for it. */
  titleFound: boolean;
  language: Language;
  country?: string;
  sha256: string;
  clauses: number;
  /** A short name for a column heading: the country, else the title, else the file; unique among the laws. */
  name: string;
  summary: Record<ReviewStatus, number>;
}

export interface MatrixRow {
  id: string;
  article: number;
  /** One per law, in the order the laws were given. */
  statuses: ReviewStatus[];
  findings: ReviewedFinding[];
}

export interface Comparison {
  laws: ComparedLaw[];
  rows: MatrixRow[];
  /** Each law's clauses by id, in the order of the laws. */
  clauses: Map<string, Clause>[];
  inputs: readonly LawInput[];
}

const NAME_CHARS = 28;

export function compareLaws(inputs: readonly LawInput[], catalogue: Catalogue): Comparison {
  const reviewed = inputs.map((law) => new Map(applyReview(law.analysis, law.decisions ?? []).map((f) => [f.id, f])));
  const ordered = catalogue.elements.filter((e) => reviewed.every((byId) => byId.has(e.id)));
  const rows: MatrixRow[] = ordered.map((e) => {
    const findings = reviewed.map((byId) => byId.get(e.id)!);
    return { id: e.id, article: e.article, statuses: findings.map((f) => f.status), findings };
  });
  const laws = inputs.map((law, i): Omit<ComparedLaw, 'name'> => {
    // The law's identity as its analysis read it, unless the person named it otherwise.
    const { source } = law.analysis;
    const title = law.law?.title ?? source.title;
    const country = law.law?.country ?? source.countryName ?? source.country;
    const summary: Record<ReviewStatus, number> = { covered: 0, partial: 0, missing: 0, 'not-applicable': 0 };
    for (const r of rows) summary[r.statuses[i]!]++;
    return {
      file: law.analysis.source.file,
      title: title ?? law.analysis.source.file,
      titleFound: Boolean(title),
      language: law.analysis.source.language,
      ...(country ? { country } : {}),
      sha256: law.analysis.source.sha256,
      clauses: law.analysis.clauses.length,
      summary,
    };
  });
  const names = lawNames(laws);
  return {
    laws: laws.map((l, i) => ({ ...l, name: names[i]! })),
    rows,
    clauses: inputs.map((law) => new Map(law.analysis.clauses.map((c) => [c.id, c]))),
    inputs,
  };
}

/**
 * Column names: the country where the text names one, else the title when it is short, else the file name
 * without its extension; where two laws would share a name, the file is added, and where that is the same too,
 * a number.
 */
export function lawNames(laws: readonly { file: string; title: string; titleFound: boolean; country?: string }[]): string[] {
  const stem = (file: string) => file.replace(/\.[^.]+$/, '');
  // A long title cut short reads worse than the file's own name ("Loi fédérale sur les…"), so only a short one is used.
  const base = laws.map((l) => l.country ?? (l.titleFound && l.title.length <= NAME_CHARS ? l.title : stem(l.file)));
  const withFile = base.map((n, i) => (base.filter((x) => x === n).length > 1 && n !== stem(laws[i]!.file) ? `${n} (${laws[i]!.file})` : n));
  const seen = new Map<string, number>();
  return withFile.map((n) => {
    if (withFile.filter((x) => x === n).length === 1) return n;
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return `${n} #${k}`;
  });
}

/** A clause as a drafter cites it: its label, with its own title where it has one. */
export function clauseName(c: Clause): string {
  return c.title ? `${c.label} (${c.title})` : c.label;
}

/** The labels of the clauses cited for a finding, best first. */
export function evidenceLabels(f: ReviewedFinding, clauses: ReadonlyMap<string, Clause>): string[] {
  return f.evidence.flatMap((ev) => {
    const c = clauses.get(ev.clause);
    return c ? [c.label] : [];
  });
}
