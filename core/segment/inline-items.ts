/**
 * Items run into one line: consolidations that flatten a section into one paragraph ("(1) In this Act ... (a) ...
 * (b) ... (2) ..."), and PDF extraction that runs a lettered item into the previous line across a page break
 * ("... reglamento. n) Tarjeta de propiedad ..."). Where the items follow each other in sequence, each starts a line
 * of its own, so the clause tree has the law's real subdivisions.
 */
import { westernDigits } from './numerals.js';
import { restatedNoteEnd } from './debris.js';
import { unfill, type Line } from './read.js';

/** Lines at least this long are read as flattened sections. */
const FLATTENED = 500;

type Kind = 'digit' | 'lower' | 'upper' | 'roman' | 'half' | 'degree' | 'abjad' | 'dash-digit';

interface Item {
  at: number;
  kind: Kind;
  value: number;
}

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];
const letterValue = (c: string) => (c === 'ñ' ? 14.5 : c.toLowerCase().charCodeAt(0) - 96);

// "(1) ", "(a) ", "(iv) ", "(B) " after a space or punctuation; "a) " and "1° " after a separator.
// Also after the bracket that opens an amendment ("16[(6) If any member ...", India Code's marking of inserted text).
const PAREN = /(?<=^|[\s.;:,—–-]|\d\[)\((\d{1,3}|[a-z]{1,2}|[ivx]{1,5}|[A-Z])\)\s+(?=\S)/gu;
const HALF = /(?<=[;:.,]\s{1,3}|\sy\s)([a-zñ])\)\s+(?=\S)/gu;
const DEGREE = /(?<=[;:.]\s{1,3})(\d{1,2})\s?°\s+(?=\S)/gu;
// A citation, not an item: "subsection (2)", "paragraph (a) of", "literales a), b)".
const CITING = /(?<![\p{L}])(?:section|subsection|sub-section|paragraph|subparagraph|sub-paragraph|regulation|clause|item|article|rule|schedule|part|chapter|s\.|ss\.|sec\.|and|or|to|of|in|under|with|by|from|see|et|ou|y|o|del|de|la|le|les|los|las|al|apartado|inciso|literal|literales|numeral|alinéa|al\.|let\.|art\.|\d)s?\s*$/iu;

// Arabic items run into the article: "ما يأتي: أ - صنع ... ب - ...", numbered "1- ... 2- ...". Letters in abjad order.
const ABJAD = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'];
const AR_ITEM = /(?<=^|[\s:.،؛"«“])(هـ|[أبجدهوزحطيكلمنسعفصقرشتثخذضظغ])\s?[-–]\s+(?=\S)/gu;
const AR_DIGIT = /(?<=^|[\s:.،؛"«“])([0-9\u0660-\u0669]{1,2})\s?[-–]\s*(?=[\u0600-\u06FF])/gu;

const ARABIC = /[\u0600-\u06FF]/u;

function items(text: string): Item[] {
  const out: Item[] = [];
  const citing = (at: number) => CITING.test(text.slice(Math.max(0, at - 30), at));
  for (const m of text.matchAll(PAREN)) {
    if (citing(m.index)) continue;
    const n = m[1]!;
    if (/^\d+$/.test(n)) out.push({ at: m.index, kind: 'digit', value: Number(n) });
    else if (ROMANS.includes(n)) out.push({ at: m.index, kind: 'roman', value: ROMANS.indexOf(n) + 1 });
    else if (/^[a-z]$/.test(n)) out.push({ at: m.index, kind: 'lower', value: letterValue(n) });
    else if (/^[A-Z]$/.test(n)) out.push({ at: m.index, kind: 'upper', value: letterValue(n) });
  }
  for (const m of text.matchAll(HALF)) if (!citing(m.index)) out.push({ at: m.index, kind: 'half', value: letterValue(m[1]!) });
  for (const m of text.matchAll(DEGREE)) out.push({ at: m.index, kind: 'degree', value: Number(m[1]) });
  for (const m of text.matchAll(AR_ITEM)) out.push({ at: m.index, kind: 'abjad', value: ABJAD.indexOf(m[1] === 'ه' ? 'هـ' : m[1]!) + 1 });
  for (const m of text.matchAll(AR_DIGIT)) out.push({ at: m.index, kind: 'dash-digit', value: Number(westernDigits(m[1]!)) });
  return out.sort((a, b) => a.at - b.at);
}

const follows = (previous: number | undefined, value: number) =>
  previous === undefined ? value === 1 : value === previous + 1 || (previous === 14 && value === 14.5) || (previous === 14.5 && value === 15);

/**
 * The items that continue a sequence: each kind of numbering keeps its own count, and an item is taken when it is
 * the next of its kind ("(b)" after "(a)"), or the first ("(1)", "(a)", "(i)") of a new list. "(i)" after "(h)" is a
 * letter, not a roman numeral.
 */
function inSequence(found: Item[], last: Map<Kind, number>): Item[] {
  const out: Item[] = [];
  for (const item of found) {
    let { kind, value } = item;
    if (kind === 'roman' && [1, 5, 10].includes(value)) {
      const letter = letterValue(['i', 'v', 'x'][[1, 5, 10].indexOf(value)]!);
      if (last.get('lower') === letter - 1) {
        kind = 'lower';
        value = letter;
      }
    }
    if (!follows(last.get(kind), value)) continue;
    last.set(kind, value);
    // A new list of one kind restarts the lists nested in it.
    if (kind === 'digit') for (const k of ['lower', 'roman', 'upper'] as Kind[]) last.delete(k);
    if (kind === 'dash-digit') last.delete('abjad');
    if (kind === 'lower') last.delete('roman');
    out.push({ ...item, kind, value });
  }
  return out;
}

const OWN_ITEM = /^\(?([a-zñ])\)\s/u;
// A heading run into the end of the section before it ("... at the request of any member of the Police. Chapter 4
// IMPORTATION AND EXPORTATION OF ARMS AND AMMUNITION").
const TRAILING_HEADING = /(?<=[.;:]\s{1,3})(?:Chapter|CHAPTER|Part|PART|Cap[íi]tulo|CAP[ÍI]TULO|Chapitre|CHAPITRE|T[íi]tulo|T[ÍI]TULO|Titre|TITRE)\s+(?:\d+[A-Z]?|[IVXLC]+)\s+[\p{Lu}][\p{Lu}\s,;'’()-]{8,}$/u;
// A schedule run into the section before it ("... this Act. Schedule 1 LIST OF CERTAIN OFFENCES (Section 10(6))
// ..."), and the footer of a legal information institute's page ("History of this document", "▲ To the top").
const EMBEDDED = /(?<=[.;:\]]\s{1,3})(?:Schedule|SCHEDULE|Annex|ANNEX|Annexe|ANNEXE|Anexo|ANEXO)\s+\d{1,2}[A-Z]?\s+[\p{Lu}][\p{Lu}\s,;'’-]{6,}\b|(?<=\s)(?:History of this document|▲ To the top)\b/gu;
// Definitions run together in one paragraph: '... - “ ammunition ” means ...; “ arm ” means ...'.
// Arabic definitions run together as "term : meaning." ("الأسلحة النارية الفردية : الأسلحة النارية المعدة ... .
// أسلحة الصيد : ..."): a short phrase of Arabic words, a colon spaced on both sides.
const AR_RUN_DEFINITION = /(?<=[.:]\s{1,3})(?=\p{L})\p{Script=Arabic}+(?:\s\p{Script=Arabic}+){0,4}?\s:\s/gu;
const RUN_DEFINITION = /(?<=[;:.\]\-–—]\s{0,3})[“"«]\s*[^”"»\n]{1,60}?\s*[”"»]\s*(?:or\s+[“"«][^”"»\n]{1,60}[”"»]\s*)?(?:,[^,]{1,60},\s*)?(?:means|includes|has the meaning|désigne|s'entend|se entiende|significa)\b/gu;

/**
 * Split lines at the items that run into them. `plain` is the reader's blanked source: items are found in it, so
 * the cuts are exact source offsets.
 */
export function splitInlineItems<T extends Line & { role: string }>(lines: T[], plain: string): T[] {
  const out: T[] = [];
  // The letter of the running list ("a)", "b)" on lines of their own), for PDF run-ons.
  let running: number | undefined;
  for (const line of lines) {
    const own = line.text.match(OWN_ITEM);
    if (own) running = letterValue(own[1]!);
    // A short line of wording (a heading, a new article) ends the list; page furniture does not.
    else if (line.text && line.role === 'text' && line.text.length < 40) running = undefined;
    if (line.text.length < 20) {
      out.push(line);
      continue;
    }
    const raw = plain.slice(line.start, line.end);
    // Finding items is the costly part: only where a split can follow (a running list, a flattened section, Arabic).
    const found = running !== undefined || line.text.length >= FLATTENED || ARABIC.test(raw) ? items(raw) : [];
    let cuts: Item[] = [];
    if (running !== undefined) {
      // A PDF run-on: the next letters of the running list, each after a full stop and before a capital.
      const last = new Map<Kind, number>([['half', running]]);
      cuts = inSequence(found.filter((f) => f.kind === 'half' && /^\p{Lu}/u.test(raw.slice(f.at).replace(/^\S+\s+/, ''))), last);
      if (cuts.length) running = cuts.at(-1)!.value;
    }
    if (!cuts.length && line.text.length >= FLATTENED) cuts = inSequence(found, new Map());
    // Several definitions in one paragraph: each starts a line, so each is a definition of its own.
    if (line.text.length >= FLATTENED) {
      const defs = [...raw.matchAll(RUN_DEFINITION), ...(ARABIC.test(raw) ? raw.matchAll(AR_RUN_DEFINITION) : [])].map((m) => m.index);
      if (defs.length >= 3) cuts = [...cuts, ...defs.map((at) => ({ at, kind: 'digit' as Kind, value: 0 }))].sort((a, b) => a.at - b.at);
    }
    // Arabic items are unmistakable (a letter and a dash after a colon or full stop): split at them in any line.
    else if (!cuts.length && found.some((f) => f.kind === 'abjad' || f.kind === 'dash-digit'))
      cuts = inSequence(found.filter((f) => f.kind === 'abjad' || f.kind === 'dash-digit'), new Map());
    const heading = raw.match(TRAILING_HEADING);
    if (heading?.index !== undefined) cuts = [...cuts, { at: heading.index, kind: 'digit' as Kind, value: 0 }];
    // A schedule's heading takes a line of its own, its contents the next.
    const embedded = line.text.length >= FLATTENED || line.text.includes('History of this document') || line.text.includes('▲ To the top')
      ? [...raw.matchAll(EMBEDDED)].flatMap((m) => [m.index, ...(/^[▲H]/u.test(m[0]) ? [] : [m.index + m[0].trimEnd().length])]).map((at) => ({ at, kind: 'digit' as Kind, value: 0 }))
      : [];
    if (embedded.length) cuts = [...cuts, ...embedded].sort((a, b) => a.at - b.at);
    // An amendment note that restates the article: the note before the quotation, the text in force after it.
    const noteEnd = restatedNoteEnd(raw);
    if (noteEnd !== undefined) cuts = [{ at: noteEnd, kind: 'digit' as Kind, value: 0 }, ...cuts.filter((c) => c.at > noteEnd)];
    const points = cuts.map((c) => c.at).filter((at) => at > 0 && raw.slice(0, at).trim());
    // A line that opens with its own Arabic item and runs the next into it ("أ - لا يجوز ... . ب - يجوز ...").
    const ownArabicItem = cuts[0]?.at === 0 && (cuts[0].kind === 'abjad' || cuts[0].kind === 'dash-digit') && cuts.length > 1;
    const runOn = (cuts.length > 0 && cuts.every((c) => c.kind === 'half') && running !== undefined) || heading !== null || embedded.length > 0 || ownArabicItem || noteEnd !== undefined;
    if (points.length < (runOn ? 1 : 2)) {
      out.push(line);
      continue;
    }
    let previous = 0;
    for (const at of [...points, raw.length]) {
      const piece = unfill(raw.slice(previous, at)).replace(/\s+/g, ' ').trim();
      if (piece) {
        const first = previous === 0;
        out.push({ ...line, text: piece, start: line.start + previous, end: line.start + at, mdDepth: first ? line.mdDepth : 0, ...(first ? {} : { strong: undefined }), ...(noteEnd !== undefined && at <= noteEnd ? { role: 'note' } : {}) });
      }
      previous = at;
    }
  }
  return out;
}
