/** Relations in the flattened clause tree (parents come before their children in document order). */
import type { Clause } from '../types.js';

const contains = (outer: Clause, inner: Clause) =>
  outer !== inner && outer.span.start <= inner.span.start && inner.span.end <= outer.span.end;

/** Indices of the clauses that contain a clause defining a term (a whole definitions section, say). */
export function termContainers(clauses: Clause[]): Set<number> {
  const out = new Set<number>();
  clauses.forEach((c, i) => {
    if (c.term === undefined) return;
    for (let j = i - 1; j >= 0; j--) {
      const p = clauses[j]!;
      if (p.span.end < c.span.start && !contains(p, c) && p.path.length === 0) break;
      if (contains(p, c)) out.add(j);
    }
  });
  return out;
}
