/**
 * No giant clauses: a clause whose own wording (what its subdivisions do not hold) is longer than a few thousand
 * characters is split at its own paragraphs, then at sentences, into parts labelled "¶1", "¶2"... A part that
 * still cannot be brought under the limit (one sentence of thousands of characters) is flagged `oversize`, so the
 * structure report and the matcher know not to trust it as evidence.
 */
import type { Clause } from '../types.js';
import type { LineRole } from './debris.js';
import { unfill, type Line } from './read.js';

/** Own wording longer than this is split. Evidence is judged on clauses of at most 2,500 characters. */
export const CLAUSE_LIMIT = 2500;
/** Parts are gathered up to about this length, so a part is a paragraph or a few, not a line. */
const PART_TARGET = 1500;

interface Piece {
  start: number;
  end: number;
  text: string;
}

const SENTENCE_END = /[.;:](?=\s+[\p{Lu}\d(«"“¿¡])|[。；]/gu;

/** Split one long paragraph at sentence ends into pieces of about PART_TARGET characters. */
function sentences(piece: Piece, plain: string): Piece[] {
  const raw = plain.slice(piece.start, piece.end);
  const cuts: number[] = [];
  let last = 0;
  for (const m of raw.matchAll(SENTENCE_END)) {
    const at = m.index + m[0].length;
    if (unfill(raw.slice(last, at)).length >= PART_TARGET) {
      cuts.push(at);
      last = at;
    }
  }
  if (!cuts.length) return [piece];
  const out: Piece[] = [];
  let from = 0;
  for (const at of [...cuts, raw.length]) {
    const text = unfill(raw.slice(from, at)).replace(/\s+/g, ' ').trim();
    if (text) out.push({ start: piece.start + from, end: piece.start + at, text });
    from = at;
  }
  return out;
}

interface SplitLine extends Line {
  role: LineRole;
}

export function splitLargeClauses(clauses: Clause[], lines: SplitLine[], plain = ''): { clauses: Clause[]; oversize: Clause[] } {
  const added: Clause[] = [];
  const oversize: Clause[] = [];
  // Lines sorted by offset, to find a clause's lines quickly.
  const starts = lines.map((l) => l.start);
  const firstLineAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  clauses.forEach((clause, index) => {
    if (clause.text.length <= CLAUSE_LIMIT) return;
    // Its children: the clauses after it whose span lies inside its own.
    const children: Clause[] = [];
    for (let k = index + 1; k < clauses.length; k++) {
      const c = clauses[k]!;
      if (c.span.start >= clause.span.end) break;
      if (c.span.end <= clause.span.end) children.push(c);
    }
    const inChild = (l: Line) => children.some((c) => c.span.start <= l.start && l.end <= c.span.end);
    // Runs of its own wording, broken by blank lines and by its children.
    const blocks: Piece[][] = [[]];
    for (let i = firstLineAt(clause.span.start); i < lines.length && lines[i]!.start < clause.span.end; i++) {
      const l = lines[i]!;
      if (inChild(l) || !l.text) {
        if (blocks[blocks.length - 1]!.length) blocks.push([]);
        continue;
      }
      if (l.role !== 'text') continue;
      blocks[blocks.length - 1]!.push({ start: l.start, end: l.end, text: l.text });
    }
    const paragraphs = blocks.filter((b) => b.length).map((b) => ({ start: b[0]!.start, end: b.at(-1)!.end, text: b.map((p) => p.text).join('\n') }));
    const own = paragraphs.reduce((n, p) => n + p.text.length, 0);
    if (own <= CLAUSE_LIMIT) return;
    // Gather paragraphs into parts; a paragraph too long alone is cut at its sentences.
    const parts: Piece[] = [];
    let current: Piece | undefined;
    for (const p of paragraphs.flatMap((p) => (p.text.length > CLAUSE_LIMIT && plain ? sentences(p, plain) : [p]))) {
      if (current && current.text.length + p.text.length + 1 <= PART_TARGET && !childBetween(children, current.end, p.start)) {
        current = { start: current.start, end: p.end, text: `${current.text}\n${p.text}` };
        parts[parts.length - 1] = current;
      } else {
        current = p;
        parts.push(p);
      }
    }
    if (parts.length < 2) {
      clause.oversize = true;
      oversize.push(clause);
      return;
    }
    const heading = clause.title ? `${clause.label}: ${clause.title}` : clause.label;
    parts.forEach((p, k) => {
      const part: Clause = {
        id: '',
        label: `${clause.label} ¶${k + 1}`,
        path: [...clause.path, heading],
        text: p.text,
        span: { start: p.start, end: p.end },
        kind: clause.kind === 'definition' ? 'definition' : 'provision',
        refs: [],
        ...(clause.term ? { term: clause.term } : {}),
      };
      if (p.text.length > CLAUSE_LIMIT) {
        part.oversize = true;
        oversize.push(part);
      }
      added.push(part);
    });
  });
  if (!added.length) return { clauses, oversize };
  // Parents before children, in document order.
  const all = [...clauses, ...added].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return { clauses: all, oversize };
}

const childBetween = (children: Clause[], from: number, to: number) => children.some((c) => c.span.start >= from && c.span.start < to);
