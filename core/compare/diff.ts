/**
 * Two versions of one law: which elements changed status (gaps closed, gaps opened), where the evidence moved,
 * and which clauses were added, removed or reworded. Clauses are matched by their label ("Section 12(1)"), as a
 * drafter reads an amendment; a label used twice is matched in order of appearance. Pure.
 */
import type { Catalogue } from '../../model-law/schema.js';
import type { Clause, ReviewStatus, Shortfall } from '../types.js';
import { compareLaws, evidenceLabels, type ComparedLaw, type LawInput } from './matrix.js';
import { diffWords, flatten, type DiffSegment } from './text-diff.js';

/**
 * closed: a gap (missing or partial) became covered; opened: a covered element became a gap; narrowed: missing
 * became partial; widened: partial became missing. A reviewer's "not applicable" on either side is "other".
 */
export type ChangeKind = 'closed' | 'opened' | 'narrowed' | 'widened' | 'other';
export const CHANGE_KINDS: readonly ChangeKind[] = ['closed', 'opened', 'narrowed', 'widened', 'other'];

export interface StatusChange {
  id: string;
  from: ReviewStatus;
  to: ReviewStatus;
  change: ChangeKind;
  /** The labels of the clauses cited, best first, in the earlier and the later version. */
  before: string[];
  after: string[];
  /** For a partial, what it lacks, in each version. */
  shortfallsBefore: Shortfall[];
  shortfallsAfter: Shortfall[];
}

export interface EvidenceMove {
  id: string;
  /** The status, the same in both versions. */
  status: ReviewStatus;
  before: string[];
  after: string[];
  /** Clauses cited now and not before, and the reverse. */
  added: string[];
  dropped: string[];
}

export interface ClauseText {
  label: string;
  title?: string;
  path: string[];
  /** The clause's own wording: its text without the clauses inside it, which are listed on their own. */
  text: string;
}

export interface ClauseChange {
  label: string;
  title?: string;
  path: string[];
  before: string;
  after: string;
  diff: DiffSegment[];
}

export interface LawDiff {
  old: ComparedLaw;
  new: ComparedLaw;
  changes: StatusChange[];
  evidence: EvidenceMove[];
  clauses: { added: ClauseText[]; removed: ClauseText[]; changed: ClauseChange[] };
}

export function changeKind(from: ReviewStatus, to: ReviewStatus): ChangeKind {
  const gap = (s: ReviewStatus) => s === 'missing' || s === 'partial';
  if (gap(from) && to === 'covered') return 'closed';
  if (from === 'covered' && gap(to)) return 'opened';
  if (from === 'missing' && to === 'partial') return 'narrowed';
  if (from === 'partial' && to === 'missing') return 'widened';
  return 'other';
}

export function diffLaws(before: LawInput, after: LawInput, catalogue: Catalogue): LawDiff {
  const c = compareLaws([before, after], catalogue);
  const [oldClauses, newClauses] = c.clauses as [Map<string, Clause>, Map<string, Clause>];
  const changes: StatusChange[] = [];
  const evidence: EvidenceMove[] = [];
  for (const r of c.rows) {
    const [f0, f1] = r.findings as [(typeof r.findings)[0], (typeof r.findings)[0]];
    const labels0 = evidenceLabels(f0, oldClauses);
    const labels1 = evidenceLabels(f1, newClauses);
    if (f0.status !== f1.status) {
      changes.push({
        id: r.id,
        from: f0.status,
        to: f1.status,
        change: changeKind(f0.status, f1.status),
        before: labels0,
        after: labels1,
        shortfallsBefore: f0.status === 'partial' ? f0.shortfalls : [],
        shortfallsAfter: f1.status === 'partial' ? f1.shortfalls : [],
      });
      continue;
    }
    const added = labels1.filter((l) => !labels0.includes(l));
    const dropped = labels0.filter((l) => !labels1.includes(l));
    if (added.length || dropped.length) evidence.push({ id: r.id, status: f1.status, before: labels0, after: labels1, added, dropped });
  }
  return { old: c.laws[0]!, new: c.laws[1]!, changes, evidence, clauses: diffClauses(before.analysis.clauses, after.analysis.clauses) };
}

/** Clauses added, removed and reworded, by label. An added or removed clause inside another such is not listed on its own. */
export function diffClauses(before: readonly Clause[], after: readonly Clause[]): LawDiff['clauses'] {
  const own0 = ownTexts(before);
  const own1 = ownTexts(after);
  const keyed = (clauses: readonly Clause[]) => {
    const seen = new Map<string, number>();
    return clauses.map((c) => {
      const label = flatten(c.label);
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      return `${label}\u0000${n}`;
    });
  };
  const keys0 = keyed(before);
  const keys1 = keyed(after);
  const index0 = new Map(keys0.map((k, i) => [k, i]));
  const index1 = new Map(keys1.map((k, i) => [k, i]));
  const parents0 = parentsOf(before);
  const parents1 = parentsOf(after);
  const text = (c: Clause, own: string): ClauseText => ({ label: c.label, ...(c.title ? { title: c.title } : {}), path: c.path, text: own });

  const removedAt = new Set(keys0.flatMap((k, i) => (index1.has(k) ? [] : [i])));
  const addedAt = new Set(keys1.flatMap((k, i) => (index0.has(k) ? [] : [i])));
  // A clause removed with its parent is part of the parent's text; so for one added with its parent.
  const outermost = (set: Set<number>, parents: (number | undefined)[]) => [...set].filter((i) => parents[i] === undefined || !set.has(parents[i]!));
  const removed = outermost(removedAt, parents0).map((i) => text(before[i]!, flatten(before[i]!.text)));
  const added = outermost(addedAt, parents1).map((i) => text(after[i]!, flatten(after[i]!.text)));
  const changed: ClauseChange[] = [];
  keys1.forEach((k, j) => {
    const i = index0.get(k);
    if (i === undefined) return;
    const was = flatten(own0[i]!);
    const now = flatten(own1[j]!);
    if (was === now) return;
    const c = after[j]!;
    changed.push({ label: c.label, ...(c.title ? { title: c.title } : {}), path: c.path, before: was, after: now, diff: diffWords(was, now) });
  });
  return { added, removed, changed };
}

/** For each clause, the index of the innermost clause that contains it, by their spans in the text. */
function parentsOf(clauses: readonly Clause[]): (number | undefined)[] {
  const order = clauses.map((_, i) => i).sort((x, y) => clauses[x]!.span.start - clauses[y]!.span.start || clauses[y]!.span.end - clauses[x]!.span.end || x - y);
  const parents: (number | undefined)[] = new Array(clauses.length).fill(undefined);
  const stack: number[] = [];
  for (const i of order) {
    const c = clauses[i]!;
    while (stack.length && clauses[stack[stack.length - 1]!]!.span.end < c.span.end) stack.pop();
    parents[i] = stack[stack.length - 1];
    stack.push(i);
  }
  return parents;
}

/** Each clause's own wording: its text with the text of the clauses directly inside it left out (marked "…"). */
function ownTexts(clauses: readonly Clause[]): string[] {
  const parents = parentsOf(clauses);
  const children = clauses.map(() => [] as number[]);
  parents.forEach((p, i) => {
    if (p !== undefined) children[p]!.push(i);
  });
  return clauses.map((c, i) => {
    let own = '';
    let at = 0;
    for (const k of children[i]!.sort((x, y) => clauses[x]!.span.start - clauses[y]!.span.start)) {
      const t = clauses[k]!.text;
      const found = t ? c.text.indexOf(t, at) : -1;
      if (found < 0) continue;
      own += `${c.text.slice(at, found)} … `;
      at = found + t.length;
    }
    return (own + c.text.slice(at)).replace(/(?:\s*…\s*)+/g, ' … ');
  });
}
