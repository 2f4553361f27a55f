/**
 * How the law was read, for a reviewer to see at once when it was read badly: units found per level, numbering
 * gaps and repeats, the share of the law's wording in no clause, the largest clauses, clauses over the size limit,
 * and what was set aside (notes, earlier versions, debris). Data only; the edges word it.
 */
import type { Clause } from '../types.js';
import type { DebrisKind, LineRole } from './debris.js';
import type { Line, Reading } from './read.js';
import { CLAUSE_LIMIT } from './split.js';

export interface Structure {
  /** Clauses per level: "unit" (articles, sections), "annex", "subdivision", "definition", "part" (split parts). */
  levels: { level: 'unit' | 'annex' | 'subdivision' | 'definition' | 'part'; count: number }[];
  /** Numbered units that skip numbers: the unit before and after the gap. */
  gaps: { after: string; before: string; missing: number }[];
  /** Unit labels printed more than once (numbering restarts, or an article printed twice). */
  repeats: { label: string; count: number }[];
  /** Share of the law's wording after its first clause (notes, debris and earlier versions aside) in no clause, 0 to 1. */
  unread: number;
  /** Characters of wording before the first clause: title, preamble, enacting words. */
  preamble: number;
  /** The clauses with the most wording of their own, largest first. */
  largest: { clause: string; label: string; chars: number }[];
  /** The size limit, and the clauses still over it after splitting. */
  limit: number;
  oversize: string[];
  /** Lines set aside as debris, by kind, with one example each. */
  debris: { kind: DebrisKind | 'repeated-context'; count: number; example: string }[];
  /** Amendment notes and footnotes kept as notes on clauses (and notes before any clause). */
  notes: number;
  /** Earlier versions of articles set aside as their history. */
  history: number;
  /** Lines at the top that describe the file (source notes, front matter), left out of the analysis. */
  headerLines: number;
}

interface Input {
  reading: Reading;
  lines: (Line & { role: LineRole; from: number })[];
  clauses: Clause[];
  unitValues: Map<Clause, number | undefined>;
  oversize: Clause[];
  debris: Map<number, DebrisKind>;
  orphanNotes: string[];
  superseded: { start: number; end: number }[];
}

const isUnit = (c: Clause) => !/[("¶,]/.test(c.label);

export function structureReport(input: Input): Structure {
  const { clauses, lines } = input;
  const units = clauses.filter(isUnit);
  const annex = units.filter((c) => input.unitValues.has(c) && input.unitValues.get(c) === undefined && /^(Annex|Annexe|Anexo|Appendix|Appendice|Apéndice|Schedule|Glossary|Glossaire|Glosario|Lexique)\b/u.test(c.label));
  const levels: Structure['levels'] = [
    { level: 'unit', count: units.length - annex.length },
    { level: 'annex', count: annex.length },
    { level: 'subdivision', count: clauses.filter((c) => !isUnit(c) && c.kind !== 'definition' && !c.label.includes('¶')).length },
    { level: 'definition', count: clauses.filter((c) => c.term !== undefined && !isUnit(c)).length },
    { level: 'part', count: clauses.filter((c) => c.label.includes('¶')).length },
  ];

  // Gaps: consecutive numbered units of one noun whose numbers jump by more than one (a restart is not a gap).
  const gaps: Structure['gaps'] = [];
  let previous: { label: string; value: number; noun: string } | undefined;
  for (const u of units) {
    const value = input.unitValues.get(u);
    const noun = u.label.replace(/\s*\S+$/, '');
    if (value === undefined) continue;
    if (previous && previous.noun === noun && value > previous.value + 1 && value - previous.value < 50)
      gaps.push({ after: previous.label, before: u.label, missing: value - previous.value - 1 });
    previous = { label: u.label, value, noun };
  }
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.label, (counts.get(u.label) ?? 0) + 1);
  const repeats = [...counts].filter(([, n]) => n > 1).map(([label, count]) => ({ label, count }));

  // Wording in no clause: text lines outside every clause span.
  const spans = clauses.map((c) => c.span).sort((a, b) => a.start - b.start);
  let wording = 0;
  let outside = 0;
  let preamble = 0;
  let k = 0;
  let reach = -1;
  const first = spans[0]?.start ?? Infinity;
  const setAside = (l: Line) => input.superseded.some((s) => s.start <= l.start && l.end <= s.end);
  for (const l of lines) {
    if (l.role !== 'text' || !l.text) continue;
    if (l.start < first) {
      preamble += l.text.length;
      continue;
    }
    if (setAside(l)) continue;
    wording += l.text.length;
    while (k < spans.length && spans[k]!.start <= l.start) reach = Math.max(reach, spans[k++]!.end);
    if (reach < l.end) outside += l.text.length;
  }

  // Own wording: a clause's text less that of the clauses inside it.
  const own = clauses.map((c, i) => {
    let inner = 0;
    let end = -1;
    for (let j = i + 1; j < clauses.length && clauses[j]!.span.start < c.span.end; j++) {
      const d = clauses[j]!;
      if (d.span.start >= end && d.span.end <= c.span.end) {
        inner += d.text.length;
        end = d.span.end;
      }
    }
    return { clause: c.id, label: c.label, chars: Math.max(0, c.text.length - inner) };
  });
  const largest = own.sort((a, b) => b.chars - a.chars).slice(0, 5);

  const debris = new Map<string, { count: number; example: string }>();
  const note = (kind: string, example: string) => {
    const d = debris.get(kind) ?? { count: 0, example };
    d.count++;
    debris.set(kind, d);
  };
  for (const [i, kind] of input.debris) note(kind, input.reading.lines[i]!.text);
  for (const l of lines) if (l.role === 'debris' && !input.debris.has(l.from)) note('repeated-context', l.text);

  return {
    levels,
    gaps,
    repeats,
    unread: wording ? Math.round((outside / wording) * 1000) / 1000 : 0,
    preamble,
    largest,
    limit: CLAUSE_LIMIT,
    oversize: input.oversize.map((c) => c.id),
    debris: [...debris].map(([kind, d]) => ({ kind: kind as Structure['debris'][number]['kind'], count: d.count, example: d.example.slice(0, 80) })),
    notes: clauses.reduce((n, c) => n + (c.notes?.length ?? 0), 0) + input.orphanNotes.length,
    history: input.superseded.length,
    headerLines: input.reading.header?.lines ?? 0,
  };
}
