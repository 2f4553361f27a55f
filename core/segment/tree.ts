/** Relations in the flattened clause tree (parents come before their children in document order). */
import type { Clause } from '../types.js';
import { classifyKind } from './classify.js';

const contains = (outer: Clause, inner: Clause) =>
  outer !== inner && outer.span.start <= inner.span.start && inner.span.end <= outer.span.end;

/** Indices of the clauses that contain a clause defining a term (a whole definitions section, say). */
export function termContainers(clauses: Clause[]): Set<number> {
  const out = new Set<number>();
  clauses.forEach((c, i) => {
    if (c.term === undefined) return;
    // Items of a definition share its term ("(A) means ...", "(B) does not include ..."): they do not make it a container.
    for (let j = i - 1; j >= 0; j--) {
      const p = clauses[j]!;
      if (p.span.end < c.span.start && !contains(p, c) && p.path.length === 0) break;
      if (contains(p, c) && p.term !== c.term) out.add(j);
    }
  });
  return out;
}

/** For each clause, the index of the outermost clause (the article or section) that contains it. */
export function outermost(clauses: Clause[]): number[] {
  const out: number[] = [];
  let top = -1;
  clauses.forEach((c, i) => {
    if (top < 0 || !contains(clauses[top]!, c)) top = i;
    out.push(top);
  });
  return out;
}

/** Units whose first sentence is penal, so that each of their lettered paragraphs states an offence. */
export function penalUnits(clauses: Clause[], units: number[]): Set<number> {
  const out = new Set<number>();
  for (const u of new Set(units)) {
    const opening = clauses[u]!.text.split(/[.:;]\s|\n/).slice(0, 2).join(' ');
    if (classifyKind(opening) === 'offence') out.add(u);
  }
  return out;
}
