/**
 * From candidates to a finding: covered, partial or missing, with the evidence best first and, for a partial,
 * what is lacking in words a drafter can act on (list items not found, a period shorter than required, a
 * weaker measure than the Protocol asks for).
 */
import type { Check, Element, Facet, Recogniser } from '../../model-law/schema.js';
import type { ElementMatch } from '../match/match.js';
import type { Clause, Evidence, Finding } from '../types.js';
import { yearsStated } from './years.js';

const MAX_EVIDENCE = 5;

interface Shortfall {
  missing: string[];
}

function facetShortfall(rec: Recogniser, present: Set<string>): Shortfall & { addressed: boolean; enough: boolean } {
  const facets = rec.facets ?? [];
  if (!facets.length) return { missing: [], addressed: true, enough: true };
  const need = rec.facetsForCovered ?? facets.length;
  const gate = rec.facetsForPartial ?? 1;
  const absent = facets.filter((f: Facet) => !present.has(f.id));
  return {
    missing: absent.map((f) => f.label.en),
    addressed: present.size >= gate,
    enough: present.size >= need && !absent.some((f) => f.required),
  };
}

function checkShortfall(checks: Check[], texts: string[]): string[] {
  const out: string[] = [];
  for (const check of checks) {
    const years = texts.flatMap(yearsStated);
    if (!years.length) out.push(`no period stated; ${check.label.en}`);
    else if (years.includes(Infinity)) continue;
    else if (Math.max(...years) < check.value)
      out.push(`${Math.max(...years)} years stated; the Protocol requires at least ${check.value} (${check.label.en})`);
  }
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function assessElement(element: Element, rec: Recogniser, match: ElementMatch, clauses: Clause[]): Finding {
  const evidence = (list: ElementMatch['candidates']): Evidence[] =>
    list.slice(0, MAX_EVIDENCE).map((c) => ({ clause: clauses[c.clause]!.id, score: c.score, terms: c.terms }));

  // Clauses whose wording falls short (possession instead of tampering, say) count only when nothing better does.
  const full = match.candidates.filter((c) => c.downgrade === undefined);
  const candidates = full.length ? full : match.candidates;
  if (candidates.length) {
    const present = rec.facetsAcrossClauses
      ? new Set(candidates.flatMap((c) => c.facets))
      : new Set(candidates.reduce((best, c) => (c.facets.length > best.facets.length ? c : best)).facets);
    const facets = facetShortfall(rec, present);
    if (facets.addressed) {
      const checks = checkShortfall(rec.checks ?? [], candidates.map((c) => c.passage));
      const downgraded = full.length ? [] : [rec.downgrade![candidates[0]!.downgrade!]!.shortfall.en];
      const missing = [...downgraded, ...(facets.enough ? [] : facets.missing), ...checks];
      const best = candidates[0]!;
      // Evidence that names more of the list's items ranks first.
      const ranked = [...candidates].sort((a, b) => b.facets.length - a.facets.length || b.score - a.score);
      return {
        id: element.id,
        status: missing.length ? 'partial' : 'covered',
        confidence: round(missing.length ? Math.min(best.score, 0.75) : best.score),
        evidence: evidence(rec.facets?.length ? ranked : candidates),
        missing,
      };
    }
  }
  const weaker = match.weaker[0];
  if (weaker) {
    return {
      id: element.id,
      status: 'partial',
      confidence: round(Math.min(0.7, weaker.candidates[0]!.score)),
      evidence: evidence(weaker.candidates),
      missing: [rec.weaker![weaker.form]!.shortfall.en],
    };
  }
  return {
    id: element.id,
    status: 'missing',
    // Nothing matched at all is a surer "missing" than a clause that expressed some of the concepts.
    confidence: round(1 - 0.5 * match.nearest),
    evidence: [],
    missing: [],
  };
}
