/**
 * Lines that are in the file but not in the law's operative text: amendment notes and footnotes (kept as notes on
 * the clause they follow), the validity line of an article printed with its history ("Vigente desde ... hasta
 * ..."), and debris (page numbers, running headers and footers, empty scraper labels), which is dropped and
 * counted in the structure report.
 */
import { foldArabic } from './numerals.js';
import { markerOf } from './numbering.js';
import type { Line } from './read.js';

export type LineRole = 'text' | 'note' | 'history' | 'debris';

/** Debris kinds, as the structure report counts them. */
export type DebrisKind = 'page-number' | 'running-header' | 'scraper-label' | 'link' | 'footnote-ref' | 'table-of-contents';

// Amendment wording in the languages of the laws lexgap reads: "amended", "inserted", "substituted", "repealed",
// "modifié", "créé", "abrogé", "modificado", "adicionado", "derogado", "reformado".
const AMENDMENT = /\b(amended|inserted|substituted|subs\.|ins\.|repealed|rep\.|added|renumbered|omitted|modifi|cr[ée]{2}|abrog|ajout|remplac|reformad|adicionad|derogad|sustituid|modificad|incorporad|w\.e\.f\.)/iu;
/** A whole line (or a few) in brackets that records an amendment: "[Section 5(2): amended, on 9 December 2017, by ...]". */
const BRACKET_OPEN = /^[[(]/;
const FOOTNOTE = /^\[(?:fn|footnote|note|nota)\b[^\]]*\]|^\[\d{1,3}\]\s|^\(\*+\)|^\*+\)\s/iu;
// Russian consolidations: "(в ред. Федерального закона от ...)", "(введена Федеральным законом ...)", "(утратил силу ...)".
const NOTE_LEAD = /^(?:\(?\s*(?:así\s+(?:reformad|adicionad|derogad|modificad)|modificado por|adicionado por|derogado por|texto (?:según|modificado)|modifi[ée] par|cr[ée]{2} par|abrog[ée] par|version en vigueur|inserted by|substituted by|amended by|as amended by|в ред\.|введен[аоы]? (?:федеральным )?законом|утратил[аио]? силу))/iu;
// Arabic amendment notes: "عُدلت هذه المادة ...", "تم تعديل الفقرة ...", "أُلغيت ...", "أضيفت ...".
/** The opening of the article's new wording in an amendment note about this article: '... لتكون بالنص الآتي: "'. */
const RESTATED = /(?:لتكون|ليكون|لتصبح|ليصبح)\s+بالنص\s+الآتي\s*:?\s*["«“]/u;
// Egyptian consolidations number them as footnotes: "(1) استبدلت الفقرة الأولى من المادة 1 بالقانون رقم 165 لسنة 1981".
const AR_NOTE = /^(?:[-–]|\(\d{1,2}\))?\s*(?:عدلت|تم تعديل|تم الغاء|الغيت|اضيفت|عدل[ت]? بموجب|استبدلت|مستبدله|معدله بالقانون)/u;
/**
 * Where the note ends in an Arabic amendment note that restates its article ("عُدلت هذه المادة ... لتكون بالنص الآتي:
 * "..."): the quoted wording after it is the article in force. Undefined for any other line, so that an amending
 * article of the law itself is never taken for a note.
 */
export function restatedNoteEnd(text: string): number | undefined {
  if (!ARABIC.test(text) || !AR_NOTE.test(foldArabic(text))) return undefined;
  const m = text.match(RESTATED);
  return m?.index !== undefined ? m.index + m[0].length : undefined;
}
const HISTORY = /^vigente\s+(?:desde|a partir)\b.*\bhasta\b/iu;
const PAGE = /^(?:[-–—]\s*)?(?:(?:page|p[áa]g(?:ina)?\.?|p\.)\s*)?\d{1,4}(?:\s*(?:\/|of|de|sur)\s*\d{1,4})?(?:\s*[-–—])?$/iu;
const NEXT_PAGE = /^\[(?:the )?next page is\b/iu;
const SCRAPER = /^(?:jurisprudencia|legislaci[óo]n anterior|texto correspondiente a|concordancias|doctrina|notas? de vigencia|ficha art[íi]culo|enlace web\b.*|\[\s*\])\s*(?:\[\s*\])?\s*$/iu;
const SITE_FOOTER = /^(?:History of this document|▲ To the top)\b/u;
const LINK_ONLY = /^enlace web\b/iu;
// A footnote reference left on a line of its own by an HTML-to-text conversion: "[8]", "[181] ;".
const FOOTNOTE_REF = /^\[\d{1,3}\]\s*[;,.]?$/u;

/** A note may run over a few lines before its closing bracket. */
const NOTE_SPAN = 4;

function closes(open: string, text: string): boolean {
  return text.includes(open === '[' ? ']' : ')');
}

/** Running headers and footers are short lines. */
const HEADER_LENGTH = 60;
const ARABIC = /[\u0600-\u06FF]/u;

/** Normalised shape of a line for spotting running headers and footers: digits are page or section numbers. */
const shape = (text: string) => text.replace(/[\d\s,.]*\d[\d\s,.]*/g, '#').replace(/\s+/g, ' ').trim();

export interface Roles {
  roles: LineRole[];
  debris: Map<number, DebrisKind>;
}

export function lineRoles(lines: Line[]): Roles {
  const roles: LineRole[] = lines.map(() => 'text');
  const debris = new Map<number, DebrisKind>();
  // Running headers and footers repeat with only their numbers changing ("Service 0 315,302", "s 5LAWS OF THE ...").
  const counts = new Map<string, number>();
  for (const l of lines)
    if (l.text && l.text.length < HEADER_LENGTH) {
      const s = shape(l.text);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!text) continue;
    if (PAGE.test(text) || NEXT_PAGE.test(text)) {
      roles[i] = 'debris';
      debris.set(i, 'page-number');
      continue;
    }
    if (FOOTNOTE_REF.test(text)) {
      roles[i] = 'debris';
      debris.set(i, 'footnote-ref');
      continue;
    }
    if (SCRAPER.test(text)) {
      roles[i] = 'debris';
      debris.set(i, LINK_ONLY.test(text) ? 'link' : 'scraper-label');
      continue;
    }
    if (HISTORY.test(text)) {
      roles[i] = 'history';
      continue;
    }
    if (FOOTNOTE.test(text) || NOTE_LEAD.test(text) || (ARABIC.test(text) && AR_NOTE.test(foldArabic(text)))) {
      // A note that restates the article as amended carries the text in force: the line is read, and the reader
      // cuts the note from the quoted text (splitInlineItems, by restatedNoteEnd).
      if (restatedNoteEnd(text) !== undefined) continue;
      roles[i] = 'note';
      continue;
    }
    const open = text[0]!;
    if (BRACKET_OPEN.test(open) && AMENDMENT.test(text.slice(0, 200)) && !markerOf(text)) {
      // The note runs to its closing bracket, at most a few lines on.
      let j = i;
      while (j < lines.length - 1 && j - i < NOTE_SPAN && !closes(open, lines[j]!.text)) j++;
      if (closes(open, lines[j]!.text)) {
        for (let k = i; k <= j; k++) roles[k] = 'note';
        i = j;
        continue;
      }
    }
    if (text.length >= HEADER_LENGTH) continue;
    if ((counts.get(shape(text)) ?? 0) >= 3 && !/^[(\d\p{Ll}]/u.test(text) && !/[.;:,]$/.test(text) && !markerOf(text)) {
      roles[i] = 'debris';
      debris.set(i, 'running-header');
    }
  }
  return { roles, debris };
}

/**
 * A legal information institute's page footer ("History of this document", "▲ To the top", then the site's links):
 * every line from it on is debris. Read after run-in items are split, as the footer is often run into the last
 * section.
 */
export function dropSiteFooter(lines: (Line & { role: LineRole; from: number })[], debris: Map<number, DebrisKind>): void {
  const start = lines.findIndex((l) => l.role === 'text' && SITE_FOOTER.test(l.text));
  if (start < 0) return;
  for (const l of lines.slice(start)) {
    if (!l.text) continue;
    l.role = 'debris';
    if (!debris.has(l.from)) debris.set(l.from, 'scraper-label');
  }
}
