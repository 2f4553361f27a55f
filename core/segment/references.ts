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

/**
 * Fills each clause's refs with the ids of the units its text cites (itself and its own unit excepted). Each clause
 * reads only its own lines, and what they cite counts for the clauses that hold it too: the law is read once, not
 * once for every level of its tree.
 */
export function linkReferences(clauses: Clause[], units: number[], lines: readonly { text: string; start: number; role: string }[]): void {
  const byNumber = new Map<string, number>();
  clauses.forEach((c, i) => {
    const n = unitNumber(c.label);
    if (n !== undefined && !byNumber.has(n)) byNumber.set(n, i);
  });
  // Parts of a long clause cut inside its lines ("Disposición Décima ¶2") read their own text; lines belong to the
  // innermost other clause that holds them.
  const isPart = clauses.map((c) => c.label.includes(' ¶'));
  const own: string[][] = clauses.map(() => []);
  const parent = new Int32Array(clauses.length).fill(-1);
  const open: number[] = [];
  let next = 0;
  for (const line of lines) {
    if (line.role !== 'text' || !line.text) continue;
    for (; next < clauses.length && clauses[next]!.span.start <= line.start; next++) {
      if (isPart[next]) continue;
      while (open.length && clauses[open.at(-1)!]!.span.end <= clauses[next]!.span.start) open.pop();
      parent[next] = open.at(-1) ?? -1;
      open.push(next);
    }
    while (open.length && clauses[open.at(-1)!]!.span.end <= line.start) open.pop();
    if (open.length) own[open.at(-1)!]!.push(line.text);
  }
  const refs = clauses.map(() => new Set<string>());
  const cite = (text: string, holders: (i: number) => void) => {
    for (const m of text.matchAll(CITATION))
      for (const part of m[2]!.split(/\s*(?:,|\band\b|\bor\b|\bet\b|\bou\b|\by\b|\bo\b|\bto\b|\bà\b|\ba\b)\s*/u)) {
        const target = byNumber.get(key(part));
        if (target !== undefined) holders(target);
      }
  };
  const add = (i: number, target: number) => {
    if (target !== units[i] && target !== i) refs[i]!.add(clauses[target]!.id);
  };
  clauses.forEach((c, i) => {
    if (isPart[i]) cite(c.text, (target) => add(i, target));
    else if (own[i]!.length) cite(own[i]!.join(' '), (target) => {
      for (let k = i; k >= 0; k = parent[k]!) add(k, target);
    });
  });
  clauses.forEach((c, i) => (c.refs = [...refs[i]!]));
}
