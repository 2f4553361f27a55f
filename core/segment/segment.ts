/**
 * Text -> clause tree. remark-parse gives the block structure (and Markdown headings when the input is .md);
 * the numbering table then finds headings, numbered units and their subdivisions line by line, the way a
 * drafter reads a law. Every clause keeps its label as printed, its path of headings and its source span.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Heading, Root } from 'mdast';
import type { Clause, ClauseKind } from '../types.js';
import { citedNumber, despace, headingLabel, markerOf, unitLabel, type Marker } from './numbering.js';
import { classifyKind, definedTerm, isDefinitionsUnit } from './classify.js';
import { linkReferences } from './references.js';
import { outermost } from './tree.js';

interface Line {
  text: string;
  start: number;
  end: number;
  /** Depth of a Markdown heading ("# Part 1"), 0 otherwise. */
  mdDepth: number;
}

/** Split into lines with offsets, noting which lines remark-parse sees as Markdown headings. */
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * Markdown headings by line number (1-based) and depth. A heading is decided by its own line (ATX "# Part 1") or
 * its line and the underline below it (setext), so remark-parse is run on just those lines: the same answer
 * as parsing the whole law, at a fraction of the cost on a 600 KB text.
 */
function markdownHeadings(rawLines: string[]): Map<number, number> {
  const picked: number[] = [];
  rawLines.forEach((line, i) => {
    if (ATX.test(line)) picked.push(i);
    else if (line.trim() && SETEXT_UNDERLINE.test(rawLines[i + 1] ?? '')) picked.push(i, i + 1);
  });
  const depths = new Map<number, number>();
  if (!picked.length) return depths;
  // Blank lines between excerpts keep them apart; a setext pair stays together.
  const excerptLines: number[] = [];
  const parts: string[] = [];
  picked.forEach((original, k) => {
    if (k > 0 && picked[k - 1] !== original - 1) {
      parts.push('');
      excerptLines.push(-1);
    }
    parts.push(rawLines[original]!);
    excerptLines.push(original);
  });
  const tree = unified().use(remarkParse).parse(parts.join('\n')) as Root;
  for (const node of tree.children)
    if (node.type === 'heading' && node.position) {
      const original = excerptLines[node.position.start.line - 1];
      if (original !== undefined && original >= 0) depths.set(original + 1, (node as Heading).depth);
    }
  return depths;
}

function readLines(source: string): Line[] {
  const headingDepth = markdownHeadings(source.split('\n'));
  const lines: Line[] = [];
  let offset = 0;
  let lineNo = 1;
  for (const raw of source.split('\n')) {
    const depth = headingDepth.get(lineNo) ?? 0;
    // Markdown decoration is not part of the law's wording: "# Part 1" -> "Part 1", "**Ley N.° 30299**" -> "Ley N.° 30299".
    const text = raw
      .replace(/\r$/, '')
      .trim()
      .replace(depth ? /^#+\s*/ : /^$/, '')
      .replace(/^\*\*|\*\*$/g, '')
      .trim();
    lines.push({ text, start: offset, end: offset + raw.replace(/\r$/, '').length, mdDepth: depth });
    offset += raw.length + 1;
    lineNo++;
  }
  return splitRunOnItems(lines, source);
}

const LETTER_ITEM = /^([a-zñ])\)\s/u;
/** The letters that may follow an item's letter: Spanish lists run "n), ñ), o)". */
const nextLetters = (c: string): string[] => (c === 'n' ? ['ñ', 'o'] : c === 'ñ' ? ['o'] : [String.fromCharCode(c.charCodeAt(0) + 1)]);

/**
 * PDF extraction often runs a lettered item into the previous line across a page break ("... reglamento. n) Tarjeta
 * de propiedad ..."). Where the next letter of the running list follows a full stop, it starts a line of its own.
 */
function splitRunOnItems(lines: Line[], source: string): Line[] {
  const out: Line[] = [];
  let last: string | undefined;
  for (const line of lines) {
    let current = line;
    const own = current.text.match(LETTER_ITEM);
    if (own) last = own[1];
    else if (markerOf(current.text)?.kind === 'unit' || markerOf(current.text)?.kind === 'heading') last = undefined;
    for (;;) {
      if (!last) break;
      const text = current.text;
      const found = nextLetters(last)
        .map((letter) => ({ letter, at: text.search(new RegExp(`[.;:]\\s+${letter}\\)\\s+\\p{Lu}`, 'u')) }))
        .find((f) => f.at >= 0);
      if (!found) break;
      const { letter: want, at } = found;
      const cut = current.text.indexOf(`${want})`, at);
      const offsetInLine = source.slice(current.start, current.end).indexOf(current.text.slice(cut, cut + 20));
      if (offsetInLine < 0) break;
      const start = current.start + offsetInLine;
      out.push({ ...current, text: current.text.slice(0, cut).trim(), end: start });
      current = { text: current.text.slice(cut), start, end: current.end, mdDepth: 0 };
      last = want;
    }
    out.push(current);
  }
  return out;
}

const HEADING_RANK: Record<string, number> = {
  book: 0, livre: 0, libro: 0, part: 1, partie: 1, parte: 1, schedule: 1, annex: 1, annexe: 1, anexo: 1,
  title: 2, titre: 2, título: 2, chapter: 3, chapitre: 3, capítulo: 3, 章: 3, 编: 1, 节: 4, глава: 3, раздел: 1, الباب: 1, الفصل: 3,
  division: 4, section: 4, sección: 4, القسم: 4, 'sub-part': 4, subdivision: 5, 'sous-section': 5,
};

const TOC_TITLE = /^(arrangement of (sections|provisions)|table of (contents|provisions)|contents|sommaire|table des matières|índice|indice|contenido|содержание|目录|الفهرس)$/iu;

const BARE_STYLES = new Set(['unit:numbered', 'unit:bare']);

/** Which unit styles this document uses: its most frequent one, plus other explicit styles seen more than once. */
function unitStyles(markers: (Marker | undefined)[]): Set<string> {
  const counts = new Map<string, number>();
  for (const m of markers) if (m?.kind === 'unit') counts.set(m.style, (counts.get(m.style) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  // A named unit ("Section 12", "Article 5") used a few times is the law's numbering, however many numbered
  // list items it also has.
  const named = ranked.find(([style, n]) => !BARE_STYLES.has(style) && n >= 3);
  const primary = named?.[0] ?? ranked[0]?.[0];
  // A bare "12." or "Section 2" is a unit only where it is the law's own numbering; elsewhere it is a list item
  // or a heading.
  const onlyPrimary = new Set(['unit:numbered', 'unit:bare', 'unit:section', 'unit:section-sign']);
  return new Set(ranked.filter(([style, n]) => style === primary || (n > 1 && !onlyPrimary.has(style))).map(([s]) => s));
}

/** Unit styles whose bare numbers are trusted only when they follow on from the previous unit. */
const SEQUENCED = new Set(['unit:numbered', 'unit:bare']);

/** "7" after "6", "5A" after "5", or a small first number: a wrapped line starting "18 inches" is not section 18. */
function inSequence(number: string, last: number | undefined): boolean {
  const n = parseInt(number, 10);
  if (last === undefined) return n <= 5;
  return (n > last && n <= last + 10) || (n === last && /[A-Z]$/.test(number));
}

/** A unit marker in a style this law does not number its units by. */
function demote(marker: Marker): Marker | undefined {
  // "Section 1" in a law numbered by articles is a heading (Swiss and French texts).
  if (marker.style === 'unit:section') return { ...marker, kind: 'heading' };
  // "1." inside a civil-law article, "§ 2." inside a Belgian one, are numbered paragraphs.
  if (marker.style === 'unit:numbered' || marker.style === 'unit:section-sign' || marker.style === 'unit:bare')
    return { ...marker, kind: 'sub', style: `sub:${marker.style}` };
  return undefined;
}

interface OpenClause {
  clause: Clause;
  level: number;
  startLine: number;
}

type SubType = 'digit' | 'lower' | 'upper' | 'roman';

function subType(marker: Marker, previous: Map<SubType, string>): SubType {
  const n = marker.number;
  if (/^\d/.test(n)) return 'digit';
  if (marker.style === 'sub:roman') return 'roman';
  // (i), (v), (x) are roman numerals unless they continue a run of letters: (h) -> (i).
  if (/^[ivx]+$/.test(n) && !(n === 'i' && previous.get('lower') === 'h') && !(n === 'v' && previous.get('lower') === 'u') && !(n === 'x' && previous.get('lower') === 'w'))
    return 'roman';
  return /^[a-z]+$/.test(n) ? 'lower' : 'upper';
}

/** The words after a unit's number, when they are its title ("Citation", "Unlawful acts") rather than its text. */
function unitTitle(rest: string): string | undefined {
  return rest && rest.length <= 90 && !/[.;:,]$/.test(rest) && !/\b(shall|must|doit|deberá|será)\b/i.test(rest) ? rest : undefined;
}

const unitHeading = (unit: Clause) => (unit.title ? `${unit.label}: ${unit.title}` : unit.label);

/** Blocks of consecutive lines that are not headings, as clauses "Paragraph 1", "Paragraph 2"... */
function paragraphs(lines: Line[], markers: (Marker | undefined)[], source: string): Clause[] {
  const out: Clause[] = [];
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    const span = { start: lines[start]!.start, end: lines[end]!.end };
    const text = source.slice(span.start, span.end).replace(/[ \t]*\r?\n[ \t]*/g, '\n').trim();
    out.push({ id: '', label: `Paragraph ${out.length + 1}`, path: [], text, span, kind: 'provision', refs: [] });
    start = -1;
  };
  lines.forEach((line, i) => {
    // A heading, or the title line under it ("PART 1" / "INTRODUCTORY").
    const title = markers[i - 1]?.kind === 'heading' && line.text.length < 80 && line.text === line.text.toUpperCase();
    const heading = markers[i]?.kind === 'heading' || line.mdDepth > 0 || title;
    if (!line.text || heading) flush(i - 1);
    else if (start < 0) start = i;
  });
  flush(lines.length - 1);
  return out;
}

/** Segment a law into its clause tree (flattened in document order, parents before children). */
export function segment(source: string): Clause[] {
  const lines = readLines(source);
  const markers = lines.map((l) => (l.text ? markerOf(l.text) : undefined));
  const allowedUnits = unitStyles(markers);

  const clauses: Clause[] = [];
  const headings: { rank: number; label: string }[] = [];
  let unit: OpenClause | undefined;
  const subs: OpenClause[] = [];
  let subOrder: SubType[] = [];
  const lastOfType = new Map<SubType, string>();
  let definitions = false;
  let inToc = false;
  let lastNumber: number | undefined;
  const tocLabels = new Set<string>();

  const close = (open: OpenClause, endLine: number) => {
    let last = endLine;
    while (last > open.startLine && !lines[last]?.text) last--;
    const end = lines[last]?.end ?? open.clause.span.end;
    open.clause.span.end = end;
    open.clause.text = source.slice(open.clause.span.start, end).replace(/[ \t]*\r?\n[ \t]*/g, '\n').trim();
  };
  const closeSubsFrom = (level: number, endLine: number) => {
    while (subs.length && subs[subs.length - 1]!.level >= level) close(subs.pop()!, endLine);
  };
  const closeUnit = (endLine: number) => {
    closeSubsFrom(0, endLine);
    if (unit) close(unit, endLine);
    unit = undefined;
  };
  const open = (label: string, path: string[], i: number, kind: ClauseKind, level: number): OpenClause => {
    const clause: Clause = { id: '', label, path, text: '', span: { start: lines[i]!.start, end: lines[i]!.end }, kind, refs: [] };
    clauses.push(clause);
    return { clause, level, startLine: i };
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text) continue;
    let marker = markers[i];
    if (marker?.kind === 'unit' && !allowedUnits.has(marker.style)) marker = demote(marker);
    // An excerpt may start anywhere ("9. Records"): a first number is trusted when a title follows it.
    const titled = lastNumber === undefined && marker !== undefined && unitTitle(marker.rest) !== undefined;
    if (marker?.kind === 'unit' && SEQUENCED.has(marker.style) && !titled && !inSequence(marker.number, lastNumber)) marker = undefined;
    if (!marker && line.mdDepth && !unit) marker = { kind: 'heading', number: '', noun: '', rest: line.text, style: 'heading:md' };

    if (TOC_TITLE.test(despace(line.text))) {
      inToc = true;
      tocLabels.clear();
      continue;
    }
    if (inToc) {
      // The body starts where a heading or unit listed in the table of contents appears again.
      if (marker && marker.kind !== 'sub') {
        const key = `${marker.noun} ${citedNumber(marker)}`.toLowerCase();
        if (!tocLabels.has(key)) {
          tocLabels.add(key);
          continue;
        }
        inToc = false;
      } else if (line.text.length < 160) continue;
      else inToc = false;
    }

    if (marker?.kind === 'heading') {
      closeUnit(i - 1);
      const rank = marker.style === 'heading:md' ? line.mdDepth : (HEADING_RANK[marker.noun.toLowerCase()] ?? 3);
      while (headings.length && headings[headings.length - 1]!.rank >= rank) headings.pop();
      let title = marker.rest;
      // "PART 1" with its title on the next line.
      const next = lines[i + 1];
      if (!title && next?.text && !markers[i + 1] && next.text.length < 120) {
        title = next.text;
        i++;
      }
      const label = marker.style === 'heading:md' ? title : [headingLabel(marker), title].filter(Boolean).join(': ');
      headings.push({ rank, label });
      continue;
    }

    if (marker?.kind === 'unit') {
      closeUnit(i - 1);
      const label = unitLabel(marker);
      unit = open(label, headings.map((h) => h.label), i, 'provision', 0);
      // The title is on the unit's line ("1. Citation") or, after a bare "Section 1", on the next.
      const next = lines[i + 1]?.text ?? '';
      const title = unitTitle(marker.rest) ?? (!marker.rest && !markers[i + 1] ? unitTitle(next) : undefined);
      if (title) unit.clause.title = title;
      if (SEQUENCED.has(marker.style)) lastNumber = parseInt(marker.number, 10);
      definitions = isDefinitionsUnit(marker.rest, lines.slice(i, i + 3).map((l) => l.text).join(' '));
      if (definitions) unit.clause.kind = 'definition';
      subOrder = [];
      lastOfType.clear();
      continue;
    }

    if (!unit) continue;
    if (marker?.kind === 'sub') {
      const m = marker;
      const type = subType(m, lastOfType);
      lastOfType.set(type, m.number);
      if (!subOrder.includes(type)) subOrder.push(type);
      const level = subOrder.indexOf(type) + 1;
      closeSubsFrom(level, i - 1);
      const parent = subs[subs.length - 1]?.clause ?? unit.clause;
      const label = `${parent.label}(${m.number})`;
      const sub = open(label, [...unit.clause.path, unitHeading(unit.clause)], i, 'provision', level);
      // Items inside a definition belong to it: "(B) the frame or receiver" is part of the definition of "firearm".
      const term = definitions ? (definedTerm(line.text) ?? parent.term) : undefined;
      if (definitions) sub.clause.kind = 'definition';
      if (term) sub.clause.term = term;
      subs.push(sub);
      continue;
    }
    // An unnumbered definition line inside a definitions unit: '"firearm" means ...'.
    const term = definitions ? definedTerm(line.text) : undefined;
    if (term) {
      // A run of definitions are siblings: each closes the one before.
      const top = subs[subs.length - 1];
      const level = top?.clause.term !== undefined && !/\)$/.test(top.clause.label) ? top.level : (top?.level ?? 0) + 1;
      closeSubsFrom(level, i - 1);
      const parent = subs[subs.length - 1]?.clause ?? unit.clause;
      const sub = open(`${parent.label} "${term}"`, [...unit.clause.path, unitHeading(unit.clause)], i, 'definition', level);
      sub.clause.term = term;
      subs.push(sub);
    }
  }
  closeUnit(lines.length - 1);
  // Pasted text without numbering: each paragraph is a clause, so a drafter can check a draft sentence.
  if (!clauses.length) clauses.push(...paragraphs(lines, markers, source));

  const kept = clauses.filter((c) => c.text.length > 0);
  kept.forEach((c, n) => {
    c.id = `c${n + 1}`;
    if (c.kind === 'provision') c.kind = classifyKind(c.text);
  });
  linkReferences(kept, outermost(kept));
  return kept;
}
