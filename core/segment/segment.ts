/**
 * Text -> clause tree. The reader gives the lines a drafter reads (Markdown through remark-parse's tree, markup
 * blanked); notes and debris are set apart; the numbering table then finds headings, numbered units and their
 * subdivisions line by line. Every clause keeps its label as printed, its path of headings, its source span and
 * the notes printed with it; an article printed again with its history keeps only the version in force.
 */
import type { Clause, ClauseKind } from '../types.js';
import { citedNumber, despace, headingLabel, markerOf, numberValue, unitLabel, type Marker } from './numbering.js';
import { classifyKind, definedTerm, isDefinitionsUnit } from './classify.js';
import { nameSpans } from './names.js';
import { dropSiteFooter, lineRoles, type LineRole } from './debris.js';
import { splitInlineItems } from './inline-items.js';
import { FILL, read, type Line, type Reading } from './read.js';
import { linkReferences } from './references.js';
import { splitLargeClauses } from './split.js';
import { structureReport, type Structure } from './structure.js';
import { outermost } from './tree.js';

interface RoleLine extends Line {
  role: LineRole;
  /** Index of the reader's line this one came from (several when items were run together). */
  from: number;
}

const HEADING_RANK: Record<string, number> = {
  book: 0, livre: 0, libro: 0, part: 1, partie: 1, parte: 1, título: 2, title: 2, titre: 2,
  chapter: 3, chapitre: 3, capítulo: 3, 章: 3, 编: 1, 节: 4, глава: 3, раздел: 1, الباب: 1, الفصل: 3, القسم: 4,
  division: 4, section: 4, sección: 4, 'sub-part': 4, subdivision: 5, 'sous-section': 5, subsección: 5,
};
/** Ranks of headings: table ranks between Markdown depths, so "## Part II" and "### Offences" nest as printed. */
const rankOf = (marker: Marker | undefined, mdDepth: number): number => {
  if (marker?.style === 'heading:provisions') return 25;
  if (marker) return (HEADING_RANK[marker.noun.toLowerCase()] ?? 3) * 10 + 5;
  return mdDepth * 10;
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
  const named = ranked.find(([style, n]) => !BARE_STYLES.has(style) && style !== 'unit:annex' && n >= 3);
  const primary = named?.[0] ?? ranked[0]?.[0];
  // A bare "12." or "Section 2" is a unit only where it is the law's own numbering; elsewhere it is a list item
  // or a heading.
  const onlyPrimary = new Set(['unit:numbered', 'unit:bare', 'unit:section', 'unit:section-sign']);
  return new Set([...ranked.filter(([style, n]) => style === primary || (n > 1 && !onlyPrimary.has(style))).map(([s]) => s), 'unit:annex']);
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
  /** Text of its first line, to spot a running header that repeats it. */
  firstLine: string;
  /** The unit was printed with a validity that has ended: an earlier version, kept as history. */
  superseded?: boolean;
  /** Whether any line of wording followed the unit's own line. */
  hasBody?: boolean;
}

const ROMAN_BEFORE: Record<string, string> = { i: '', v: 'iv', x: 'ix', I: '', V: 'IV', X: 'IX' };

/**
 * Whether "(i)", "(v)" or "(x)" is the next letter of a list rather than a roman numeral: it follows the list's
 * last letter closely ("(h)" -> "(i)"; "(u)" -> "(x)" where "(v)" and "(w)" were repealed), and the roman list
 * did not just reach the numeral before it ("(iv)" -> "(v)"). A roman numeral of two or more letters is never
 * a letter.
 */
function continuesLetters(n: string, lastLetter: string | undefined, lastRoman: string | undefined, reach = 3): boolean {
  if (n.length !== 1 || !lastLetter || lastLetter.length !== 1) return false;
  const gap = n.charCodeAt(0) - lastLetter.charCodeAt(0);
  if (gap === 1) return true;
  if (ROMAN_BEFORE[n] && lastRoman === ROMAN_BEFORE[n]) return false;
  // "(i)" is a numeral unless it is exactly the next letter: "(h)" holds a list of numerals as often as not.
  return n.toLowerCase() !== 'i' && gap > 1 && gap <= reach;
}

type SubType =
  | 'digit' | 'digit-dot' | 'digit-half' | 'digit-degree' | 'lower' | 'upper' | 'doubled' | 'doubled-upper'
  | 'roman' | 'upper-roman' | 'other' | 'named' | 'rubric' | 'term';

// Numbers printed differently are different levels: "(1)" paragraphs hold "a)" letters, which hold "1." points.
const DIGIT_FORMS: Record<string, SubType> = { 'sub:unit:numbered': 'digit-dot', 'sub:half-paren': 'digit-half', 'sub:degree': 'digit-degree' };

function subType(marker: Marker, previous: Map<SubType, string>): SubType {
  const n = marker.number;
  if (marker.style === 'sub:rubric') return 'rubric';
  if (/^\d/.test(n) || /^[\u0660-\u0669]/.test(n)) {
    const form = DIGIT_FORMS[marker.style] ?? 'digit';
    // A misprinted number that continues another form's list ("8)" after "(7)") is the next of that list.
    if (previous.has(form) || parseInt(n, 10) === 1) return form;
    const continued = (['digit', 'digit-dot', 'digit-half', 'digit-degree'] as SubType[]).find((t) => previous.has(t) && parseInt(previous.get(t)!, 10) === parseInt(n, 10) - 1);
    return continued ?? form;
  }
  if (marker.style === 'sub:roman') return 'roman';
  if (marker.style.startsWith('sub:ar') || marker.style.startsWith('sub:zh')) return 'other';
  if (/^[ivx]+$/.test(n) && !continuesLetters(n, previous.get('lower'), previous.get('roman'))) return 'roman';
  if (/^[IVX]+$/.test(n) && !continuesLetters(n, previous.get('upper'), previous.get('upper-roman'))) {
    // A lone "(I)" is a roman numeral below (i) in United States Code style, or where it cannot be the next letter ("(B)" then "(I)").
    if (n.length > 1 || previous.has('roman') || (previous.has('upper') && !continuesLetters(n, previous.get('upper'), undefined, 8))) return 'upper-roman';
  }
  // "(aa)", "(bb)" are a level of their own (United States Code items below subclauses), unless they follow "(z)".
  if (/^([a-z])\1+$/.test(n) && !(n === 'aa' && previous.get('lower') === 'z')) return 'doubled';
  if (/^([A-Z])\1+$/.test(n) && !(n === 'AA' && previous.get('upper') === 'Z')) return 'doubled-upper';
  return /^[a-z]+$/.test(n) ? 'lower' : 'upper';
}

/** The words after a unit's number, when they are its title ("Citation", "Unlawful acts") rather than its text. */
function unitTitle(rest: string): string | undefined {
  return rest && rest.length <= 160 && !/[.;:,。；：，]$/u.test(rest) && !/[。；]/u.test(rest) && !/\b(shall|must|doit|deberá|será)\b/i.test(rest) ? rest : undefined;
}

/** The title of a bold opener: "**Artículo 1° Ambito.** El presente ..." -> "Ambito". */
function strongTitle(strong: string | undefined): string | undefined {
  if (!strong) return undefined;
  const m = markerOf(strong);
  const title = (m ? m.rest : '').replace(/[.:\-–—\s]+$/u, '').trim();
  return title && title.length <= 150 ? title : undefined;
}

const unitHeading = (unit: Clause) => (unit.title ? `${unit.label}: ${unit.title}` : unit.label);

/** A short line under a heading that names it ("TÍTULO XI" / "EXPORTACIÓN DE ARMAS DE FUEGO"). */
function isHeadingTitle(line: RoleLine, marker: Marker | undefined): boolean {
  if (marker || line.role !== 'text' || !line.text || line.text.length > 150) return false;
  return line.mdDepth > 0 || line.text === line.text.toUpperCase() || line.strong === line.text || !/[.;:,]$/.test(line.text);
}

/** Blocks of consecutive lines that are not headings, as clauses "Paragraph 1", "Paragraph 2"... */
function paragraphs(lines: RoleLine[], markers: (Marker | undefined)[]): Clause[] {
  const out: Clause[] = [];
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    const span = { start: lines[start]!.start, end: lines[end]!.end };
    const text = lines.slice(start, end + 1).filter((l) => l.role === 'text' && l.text).map((l) => l.text).join('\n');
    if (text) out.push({ id: '', label: `Paragraph ${out.length + 1}`, path: [], text, span, kind: 'provision', refs: [] });
    start = -1;
  };
  lines.forEach((line, i) => {
    // A heading, or the title line under it ("PART 1" / "INTRODUCTORY").
    const title = markers[i - 1]?.kind === 'heading' && line.text.length < 80 && line.text === line.text.toUpperCase();
    const heading = markers[i]?.kind === 'heading' || line.mdDepth > 0 || title;
    if (!line.text || heading) flush(i - 1);
    else if (line.role === 'text' && start < 0) start = i;
  });
  flush(lines.length - 1);
  return out;
}

export interface Segmentation {
  clauses: Clause[];
  structure: Structure;
  /** The reader's blanked source with notes and debris blanked too: what the matcher reads. */
  plain: string;
}

/**
 * Blank the lines that are not operative text, so the matcher never reads a note or a page number, and the names
 * of institutions and other instruments inside the text (see names.ts).
 */
function blankLines(plain: string, lines: RoleLine[]): string {
  const parts: string[] = [];
  let at = 0;
  const blank = (s: string) => s.replace(/[^ \t]/g, FILL);
  for (const l of lines) {
    if (l.start < at) continue;
    if (l.role !== 'text') {
      parts.push(plain.slice(at, l.start), blank(plain.slice(l.start, l.end)));
      at = l.end;
      continue;
    }
    const source = plain.slice(l.start, l.end);
    for (const [from, to] of nameSpans(source)) {
      if (l.start + from < at) continue;
      parts.push(plain.slice(at, l.start + from), blank(source.slice(from, to)));
      at = l.start + to;
    }
  }
  parts.push(plain.slice(at));
  return parts.join('');
}

/**
 * A section's text that restates its heading opens no section or subsection of that number: its title again ("11
 * Restrictions on manufacturing" then "11. Restrictions on manufacturing (1) No person ...", as ZimLII prints it), or
 * only its number before the first subsection ("4 Meaning of ..." then "4. —(1) In this Act ...", Singapore).
 */
function restatesHeading(m: Marker, heading: Marker): boolean {
  if (m.number !== heading.number) return false;
  const title = heading.rest.toLowerCase().replace(/[.\s]+$/u, '');
  return (title.length >= 4 && m.rest.toLowerCase().startsWith(title)) || /^[-–—]*\s*(?:\(1\)|$)/u.test(m.rest);
}

/** Segment what the reader read into its clause tree (flattened in document order, parents before children). */
export function segmentReading(reading: Reading): Segmentation {
  const roles = lineRoles(reading.lines);
  // Built field by field: a spread of each of a hundred thousand lines is slow.
  const withRoles: RoleLine[] = reading.lines.map((l, i) => ({ text: l.text, start: l.start, end: l.end, mdDepth: l.mdDepth, strong: l.strong, role: roles.roles[i]!, from: i }));
  const lines = splitInlineItems(withRoles, reading.plain);
  dropSiteFooter(lines, roles.debris);
  const plain = blankLines(reading.plain, lines);
  let lastUnit: { marker: Marker; at: number } | undefined;
  const markers = lines.map((l, i) => {
    if (!l.text || l.role !== 'text') return undefined;
    const m = markerOf(l.text);
    // A Markdown heading is a heading unless its text starts with a unit's number ("### 12 Licences").
    if (l.mdDepth && (!m || m.kind === 'sub')) return undefined;
    if (m?.kind !== 'unit') return m;
    if (lastUnit && i - lastUnit.at <= 3 && restatesHeading(m, lastUnit.marker)) return undefined;
    lastUnit = { marker: m, at: i };
    return m;
  });
  const allowedUnits = unitStyles(markers);

  const clauses: Clause[] = [];
  const unitValues = new Map<Clause, number | undefined>();
  const superseded = new Set<Clause>();
  const headings: { rank: number; label: string }[] = [];
  let unit: OpenClause | undefined;
  const subs: OpenClause[] = [];
  let subOrder: SubType[] = [];
  const lastOfType = new Map<SubType, string>();
  /** Opening lines of the unit's subdivisions, to spot a scraper repeating one as context further down. */
  const openedInUnit = new Set<string>();
  let definitions = false;
  let inToc = false;
  let lastNumber: number | undefined;
  const tocLabels = new Set<string>();
  /** Headings met inside an annex: they structure it without closing it. */
  let annexPath: string[] = [];
  const orphanNotes: string[] = [];
  let sawTitle = false;

  const textOf = (from: number, to: number) =>
    lines
      .slice(from, to + 1)
      .filter((l) => l.role === 'text' && l.text)
      .map((l) => l.text)
      .join('\n');
  const close = (open: OpenClause, endLine: number) => {
    let last = endLine;
    while (last > open.startLine && (!lines[last]?.text || lines[last]!.role !== 'text')) last--;
    const end = lines[last]?.end ?? open.clause.span.end;
    open.clause.span.end = end;
    open.clause.text = textOf(open.startLine, last);
    if (open.superseded) superseded.add(open.clause);
  };
  const closeSubsFrom = (level: number, endLine: number) => {
    while (subs.length && subs[subs.length - 1]!.level >= level) close(subs.pop()!, endLine);
  };
  const closeUnit = (endLine: number) => {
    closeSubsFrom(0, endLine);
    if (unit) close(unit, endLine);
    unit = undefined;
    annexPath = [];
  };
  const open = (label: string, path: string[], i: number, kind: ClauseKind, level: number): OpenClause => {
    const clause: Clause = { id: '', label, path, text: '', span: { start: lines[i]!.start, end: lines[i]!.end }, kind, refs: [] };
    clauses.push(clause);
    return { clause, level, startLine: i, firstLine: lines[i]!.text };
  };
  const innermost = () => subs[subs.length - 1] ?? unit;
  /** The next line of wording after line i, skipping blank lines. */
  const nextText = (i: number): number | undefined => {
    for (let k = i + 1; k < lines.length && k <= i + 3; k++) if (lines[k]!.text) return lines[k]!.role === 'text' ? k : undefined;
    return undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text) continue;
    if (line.role === 'debris') continue;
    if (line.role === 'note') {
      const target = innermost();
      const note = line.text;
      if (!target) orphanNotes.push(note);
      else {
        const notes = (target.clause.notes ??= []);
        // A note that runs over several lines is one note.
        if (lines[i - 1]?.role === 'note' && notes.length) notes[notes.length - 1] += ` ${note}`;
        else notes.push(note);
      }
      continue;
    }
    if (line.role === 'history') {
      if (unit) unit.superseded = true;
      continue;
    }

    let marker = markers[i];
    const fromHeading = line.mdDepth > 0 && marker?.kind === 'unit';
    if (marker?.kind === 'unit' && !fromHeading && !allowedUnits.has(marker.style)) marker = demote(marker);
    // An excerpt may start anywhere ("9. Records"): a first number is trusted when a title follows it.
    const titled = lastNumber === undefined && marker !== undefined && unitTitle(marker.rest) !== undefined;
    if (marker?.kind === 'unit' && !fromHeading && SEQUENCED.has(marker.style) && !titled && !inSequence(marker.number, lastNumber)) marker = undefined;
    // The unit's heading printed again as its first line ("###### Artículo 9" / "Artículo 9°- Los que ..."): the same unit.
    if (marker?.kind === 'unit' && unit && !unit.hasBody && !subs.length && unit.clause.label === unitLabel(marker)) {
      unit.hasBody = true;
      if (!unit.clause.title) {
        const t = strongTitle(line.strong) ?? unitTitle(marker.rest);
        if (t) unit.clause.title = t;
      }
      continue;
    }
    const mdHeading = !marker && line.mdDepth > 0;

    const setAside = () => {
      line.role = 'debris';
      roles.debris.set(line.from, 'table-of-contents');
    };
    if (TOC_TITLE.test(despace(line.text))) {
      inToc = true;
      tocLabels.clear();
      setAside();
      continue;
    }
    if (inToc) {
      // The body starts where a heading or unit listed in the table of contents appears again.
      if (marker && marker.kind !== 'sub') {
        const key = `${marker.noun} ${citedNumber(marker)}`.toLowerCase();
        if (!tocLabels.has(key)) {
          tocLabels.add(key);
          setAside();
          continue;
        }
        inToc = false;
      } else if (line.text.length < 160) {
        setAside();
        continue;
      } else inToc = false;
    }

    // Inside an annex, parts and chapters structure the annex; they do not end it.
    if (unit && unitIsAnnex(unit.clause) && (marker?.kind === 'heading' || mdHeading)) {
      closeSubsFrom(1, i - 1);
      let title = marker?.rest ?? '';
      const next = nextText(i);
      if (marker && !title && next !== undefined && isHeadingTitle(lines[next]!, markers[next])) {
        title = lines[next]!.text;
        i = next;
      }
      annexPath = [marker ? [headingLabel(marker), title].filter(Boolean).join(': ') : line.text];
      continue;
    }

    // The law's own title as the first Markdown heading ("# Ley de armas ..."): not a heading of its parts.
    if (mdHeading && line.mdDepth === 1 && !clauses.length && !headings.length && !sawTitle) {
      sawTitle = true;
      continue;
    }
    if (marker?.kind === 'heading' || mdHeading) {
      closeUnit(i - 1);
      const rank = rankOf(marker, line.mdDepth);
      while (headings.length && headings[headings.length - 1]!.rank >= rank) headings.pop();
      let title = marker ? marker.rest : line.text;
      // "PART 1" with its title on the next line, or after a blank line.
      const next = nextText(i);
      if (marker && !title && next !== undefined && isHeadingTitle(lines[next]!, markers[next])) {
        title = lines[next]!.text;
        i = next;
      }
      const label = marker ? [headingLabel(marker), title].filter(Boolean).join(': ') : title;
      headings.push({ rank, label });
      continue;
    }

    if (marker?.kind === 'unit') {
      closeUnit(i - 1);
      const label = unitLabel(marker);
      // An annex stands outside the parts and chapters of the body it follows.
      if (marker.style === 'unit:annex') headings.length = 0;
      unit = open(label, headings.map((h) => h.label), i, 'provision', 0);
      unitValues.set(unit.clause, marker.style === 'unit:annex' ? undefined : numberValue(marker));
      // The title is bold ("**Artículo 1° Ambito.**"), on the unit's line ("1. Citation") or, after a bare "Section 1", on the next.
      const next = nextText(i);
      const title =
        strongTitle(line.strong) ??
        unitTitle(marker.rest) ??
        (!marker.rest && next !== undefined && !markers[next] ? unitTitle(lines[next]!.text) : undefined);
      if (title) unit.clause.title = title;
      // An annex's words after its number are its title; a bare number there is a footnote reference.
      if (marker.style === 'unit:annex') {
        // "Annex to Act No. 119/2002" is titled by the line below it ("Definitions of Firearms ...").
        const below = next !== undefined && !markers[next] && lines[next]!.text.length < 120 ? lines[next]!.text : undefined;
        if (marker.rest && !/^\d+$/.test(marker.rest) && !/^(to|au|à|al|a la|de la|del)\b/i.test(marker.rest)) unit.clause.title = marker.rest;
        else if (below) unit.clause.title = below;
        else delete unit.clause.title;
      }
      if (SEQUENCED.has(marker.style)) lastNumber = parseInt(marker.number, 10);
      // Wording after the number and title: the unit has begun (a repeat of its label is then a new version).
      unit.hasBody = marker.rest.replace(/[.:\-–—\s]+/g, ' ').trim().length > (title ?? '').length + 2;
      const nextLine = next !== undefined ? lines[next]!.text : '';
      definitions = isDefinitionsUnit(marker.style === 'unit:annex' ? `${marker.noun} ${marker.rest}` : marker.rest, textOf(i, Math.min(lines.length - 1, i + 3)).replace(/\n/g, ' '), nextLine);
      if (definitions) unit.clause.kind = 'definition';
      subOrder = [];
      lastOfType.clear();
      openedInUnit.clear();
      continue;
    }

    if (!unit) continue;
    if (marker?.kind !== undefined || line.text) unit.hasBody = true;
    if (marker?.kind === 'sub') {
      // A running header that repeats the opening line of a subdivision still open ("(a) As used in this chapter").
      // A long one repeated after its subdivision closed is the same breadcrumb ("(h) It shall be unlawful ...").
      if (subs.some((s) => s.firstLine === line.text) || (line.text.length >= 60 && openedInUnit.has(line.text))) {
        line.role = 'debris';
        continue;
      }
      const m = marker;
      // A named paragraph of the article ("Parágrafo 1°") follows its items and holds the items after it.
      const named = m.style === 'sub:paragrafo';
      const type: SubType = named ? 'named' : subType(m, lastOfType);
      if (named) subOrder = ['named'];
      // The first item after a defined term belongs to it: '“arm” means - (a) a gas pistol; (b) any barrel'.
      const top = subs[subs.length - 1];
      if (!named && top?.clause.term !== undefined && top.clause.label.endsWith('"') && /^(a|1|i|A)$/.test(m.number)) {
        const kept = subOrder.slice(0, top.level).filter((t) => t !== type);
        while (kept.length < top.level) kept.push('term');
        subOrder = [...kept, type];
      }
      // A Swiss paragraph number that does not start at one continues an unnumbered first paragraph ("Exemption
      // permits ... a. ... b. ... 2 Legitimate grounds"): it is the article's own paragraphs.
      if (!subOrder.includes(type) && m.style === 'sub:bare-digit' && parseInt(m.number, 10) > 1) subOrder = [];
      lastOfType.set(type, m.number);
      if (!subOrder.includes(type)) subOrder.push(type);
      const level = subOrder.indexOf(type) + 1;
      closeSubsFrom(level, i - 1);
      const parent = subs[subs.length - 1]?.clause ?? unit.clause;
      const label = named
        ? `${unit.clause.label}, ${m.noun}${m.number ? ` ${citedNumber(m)}` : ''}`
        : type === 'rubric'
          ? `${parent.label}, ${m.noun} ${m.number}`
          : `${parent.label}(${m.number})`;
      const sub = open(label, [...unit.clause.path, unitHeading(unit.clause), ...annexPath], i, 'provision', level);
      // Items inside a definition belong to it: "(B) the frame or receiver" is part of the definition of "firearm".
      const term = definitions ? (definedTerm(line.text) ?? parent.term) : undefined;
      if (definitions) sub.clause.kind = 'definition';
      if (term) sub.clause.term = term;
      subs.push(sub);
      openedInUnit.add(line.text);
      continue;
    }
    // An unnumbered definition line inside a definitions unit: '"firearm" means ...', "**Acta:** documento ...".
    const term = definitions ? (strongTerm(line.strong) ?? definedTerm(line.text)) : undefined;
    if (term) {
      // A run of definitions are siblings: each closes the one before.
      // A run of definitions are siblings, even after the items of one: '"arm" means - (a) ... (c) ...; "deal" means'.
      const top = subs[subs.length - 1];
      const previousTerm = [...subs].reverse().find((o) => o.clause.term !== undefined && o.clause.label.endsWith('"'));
      const level = previousTerm ? previousTerm.level : (top?.level ?? 0) + 1;
      closeSubsFrom(level, i - 1);
      const parent = subs[subs.length - 1]?.clause ?? unit.clause;
      const sub = open(`${parent.label} "${term}"`, [...unit.clause.path, unitHeading(unit.clause), ...annexPath], i, 'definition', level);
      sub.clause.term = term;
      subs.push(sub);
    }
  }
  closeUnit(lines.length - 1);
  // Pasted text without numbering: each paragraph is a clause, so a drafter can check a draft sentence.
  if (!clauses.length) clauses.push(...paragraphs(lines, markers));

  // An article printed with its history: the version in force is the clause, earlier versions are its history.
  const kept = setAsideHistory(clauses, superseded).filter((c) => c.text.length > 0);
  // An article that defines one term: its title ("Definición de armas de fuego") or first sentence names it.
  // Not a definitions section whose subdivisions define terms of their own: its first term is not its term.
  const definesSeveral = new Set(kept.filter((c) => c.term !== undefined && /[("]/.test(c.label)).map((c) => c.label.replace(/[("].*$/u, '').trim()));
  for (const c of kept) if (c.kind === 'definition' && c.term === undefined && !/[("]/.test(c.label) && !definesSeveral.has(c.label)) {
    const term = termOfTitle(c.title) ?? definedTerm(c.text.replace(/^[^\n]*?(?:\d+\s*(?:o|º|°|ª)?\.?|[IVXLC]+\.?)\s*[-–—.:]*\s*/u, '').replace(c.title ?? '\u0000', '').replace(/^[\s.:\-–—]+/u, ''));
    if (term) c.term = term;
  }
  const { clauses: split, oversize } = splitLargeClauses(kept, lines, plain);
  // A clause states an offence when one of its lines does: each line is read once, not once per enclosing clause.
  const offenceBefore = [0];
  for (const l of lines) offenceBefore.push(offenceBefore.at(-1)! + (l.role === 'text' && l.text && classifyKind(l.text) === 'offence' ? 1 : 0));
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  split.forEach((c, n) => {
    c.id = `c${n + 1}`;
    if (c.kind === 'provision' && offenceBefore[lineAt(c.span.end - 1) + 1]! - offenceBefore[lineAt(c.span.start)]! > 0) c.kind = 'offence';
  });
  linkReferences(split, outermost(split), lines);
  const structure = structureReport({ reading, lines, clauses: split, unitValues, oversize, debris: roles.debris, orphanNotes, superseded: [...superseded].map((c) => c.span) });
  return { clauses: split, structure, plain };
}

/** "Definición de armas de fuego" -> "armas de fuego"; "Definition of ammunition" -> "ammunition". */
function termOfTitle(title: string | undefined): string | undefined {
  const m = title?.match(/^(?:definici[óo]n|definition|d[ée]finition)\s+(?:de(?:l| la| las| los| los)?|of|du|des|de la|de l')\s*(.{2,60}?)\.?$/iu);
  return m?.[1]?.trim();
}

const unitIsAnnex = (c: Clause) => /^(Annex|Annexe|Anexo|Appendix|Appendice|Apéndice|Apendice|Schedule|Glossary|Glossaire|Glosario|Lexique)\b/u.test(c.label);

/** "**Acta:**" -> "Acta": a glossary's bold term. */
function strongTerm(strong: string | undefined): string | undefined {
  const m = strong?.match(/^([\p{L}][\p{L}\s,'’()-]{1,80}?)\s*[:.–—-]?$/u);
  return m && m[1]!.split(/\s+/).length <= 10 ? m[1]!.trim() : undefined;
}

/**
 * Earlier versions of an article (their validity ended: "Vigente desde ... hasta ...") leave the clause list; their
 * text is kept on the version in force with the same label, or, where none is printed, they stay as they are.
 */
function setAsideHistory(clauses: Clause[], superseded: Set<Clause>): Clause[] {
  if (!superseded.size) return clauses;
  const inForce = new Map<string, Clause>();
  for (const c of clauses) if (!superseded.has(c) && !/[("¶]/.test(c.label)) inForce.set(c.label, c);
  const dropped = new Set<Clause>();
  for (const c of superseded) {
    const current = inForce.get(c.label);
    if (!current) continue;
    (current.history ??= []).push(c.text);
    dropped.add(c);
  }
  // Subdivisions of a dropped version go with it.
  return clauses.filter((c) => ![...dropped].some((d) => d === c || (d.span.start <= c.span.start && c.span.end <= d.span.end && c !== d && c.label.startsWith(d.label))));
}

/** Segment a law into its clause tree (flattened in document order, parents before children). */
export function segment(source: string): Clause[] {
  return segmentReading(read(source)).clauses;
}
