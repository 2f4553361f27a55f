/**
 * The outline of a law as lexgap read it: the headings (parts, chapters) over the units (articles, sections),
 * and each unit's subdivisions under it, in the law's order. A drafter reads it to check the numbering before
 * citing a clause.
 */
import type { Clause } from '../core/types.js';

export interface OutlineNode {
  /** Unique in the outline: the clause's id, or the path of headings for a heading. */
  key: string;
  label: string;
  /** The clause's title or its first words; none for a heading. */
  gist?: string;
  /** The clause shown when the node is chosen; none for a heading. */
  clause?: string;
  children: OutlineNode[];
}

const contains = (outer: Clause, inner: Clause) => outer.span.start <= inner.span.start && inner.span.end <= outer.span.end;

/** The first words of a clause after its own number, for a line of the outline. */
function gistOf(clause: Clause): string {
  if (clause.title) return clause.title;
  // The opening only: a unit's text holds all its subdivisions, megabytes in all for a long law.
  const opening = clause.text.slice(0, 200);
  const newline = opening.indexOf('\n');
  const first = newline < 0 ? opening : opening.slice(0, newline);
  const words = first.replace(/^\s*(§+\s*)?\(?[\p{L}\p{N}.]{1,12}\)?[.:)\-–—]?\s+/u, '').trim();
  return words.length > 90 ? `${words.slice(0, 88)}…` : words;
}

/** The outline of the clauses (parents before their children, in document order, as the engine gives them). */
export function outlineOf(clauses: readonly Clause[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  /** The open clauses, outermost first, with their nodes. */
  const stack: { clause: Clause; node: OutlineNode }[] = [];
  /** The open headings, outermost first. */
  let headings: OutlineNode[] = [];
  for (const clause of clauses) {
    while (stack.length && !contains(stack[stack.length - 1]!.clause, clause)) stack.pop();
    const node: OutlineNode = { key: clause.id, label: clause.label, gist: gistOf(clause), clause: clause.id, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.node.children.push(node);
    else {
      // A unit: under its headings, reusing those still open (same path so far), opening the others.
      const kept: OutlineNode[] = [];
      for (let level = 0; level < clause.path.length; level++) {
        const open = headings[level];
        if (open && open.label === clause.path[level] && kept.length === level) kept.push(open);
        else {
          const heading: OutlineNode = { key: `h:${clause.id}:${level}`, label: clause.path[level]!, children: [] };
          (level === 0 ? roots : kept[level - 1]!.children).push(heading);
          kept.push(heading);
        }
      }
      headings = kept;
      (kept.length ? kept[kept.length - 1]!.children : roots).push(node);
    }
    stack.push({ clause, node });
  }
  return roots;
}

/** The nodes a reader sees, in order, with their depth: the roots, and the children of expanded nodes. */
export function visibleNodes(roots: readonly OutlineNode[], expanded: ReadonlySet<string>): { node: OutlineNode; level: number; parent?: OutlineNode }[] {
  const out: { node: OutlineNode; level: number; parent?: OutlineNode }[] = [];
  const walk = (nodes: readonly OutlineNode[], level: number, parent?: OutlineNode) => {
    for (const node of nodes) {
      out.push({ node, level, ...(parent ? { parent } : {}) });
      if (node.children.length && expanded.has(node.key)) walk(node.children, level + 1, node);
    }
  };
  walk(roots, 1);
  return out;
}
