/**
 * Cross-references between clauses: "an offence under section 6", "l'autorisation prévue à l'article L. 2-3",
 * "el permiso a que se refiere el artículo 2o.". Each clause's refs list the ids of the units it cites, so an
 * offence that only points at a prohibition can be read together with it.
 */
import type { Clause } from '../types.js';

// "section 6", "sections 10, 13 or 17", "s 4", "§ 922", "article 5", "articles 12 et 13", "artículo 2o.", "Art. L. 2-3".
const NUMBER = String.raw`(?:[LRD]\.?\s?)?\d+(?:-\d+)*(?:er|re|[A-Za-z])?(?:\.?(?:o|º|°)\.?)?`;
const CITATION = new RegExp(
  String.raw`\b(sections?|ss?\.?|§§?|articles?|art\.|artículos?|arts?\.)\s+(${NUMBER}(?:\s*(?:,|and|or|et|ou|y|o|to|à|a)\s*${NUMBER})*)`,
  'giu',
);

/** "L. 2-3" -> "l2-3", "2o." -> "2", "925A" -> "925a": the key a citation and a label share. */
function key(number: string): string {
  return number
    .toLowerCase()
    .replace(/\.?(?:o|º|°)\.?$/u, '')
    .replace(/^(\d+)(?:er|re)$/u, '$1')
    .replace(/[.\s]/g, '');
}

/** The number a unit's label carries ("Section 925A" -> "925a"), or undefined for subdivisions and definitions. */
function unitNumber(label: string): string | undefined {
  const m = label.match(/^(?:Section|Article|Artículo|Статья|المادة)\s+([^("]+)$/u);
  return m ? key(m[1]!) : undefined;
}

/** Fills each clause's refs with the ids of the units its text cites (itself and its own unit excepted). */
export function linkReferences(clauses: Clause[], units: number[]): void {
  const byNumber = new Map<string, number>();
  clauses.forEach((c, i) => {
    const n = unitNumber(c.label);
    if (n !== undefined && !byNumber.has(n)) byNumber.set(n, i);
  });
  clauses.forEach((c, i) => {
    const refs = new Set<string>();
    for (const m of c.text.matchAll(CITATION)) {
      for (const part of m[2]!.split(/\s*(?:,|\band\b|\bor\b|\bet\b|\bou\b|\by\b|\bo\b|\bto\b|\bà\b|\ba\b)\s*/u)) {
        const target = byNumber.get(key(part));
        if (target !== undefined && target !== units[i] && target !== i) refs.add(clauses[target]!.id);
      }
    }
    c.refs = [...refs];
  });
}
