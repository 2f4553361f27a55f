/**
 * The head of a law: the lines before its first provision or division, where it states its title, number,
 * date and enacting authority. Corpus and scraper debris (a `SOURCE:` line, front matter, running headers, a
 * table of contents' page furniture) is set apart from the lines a title may come from.
 */
import { plainText } from './clean.js';
import { findDates } from './dates.js';

export interface HeadLine {
  /** The line as plain text: Markdown and HTML markup removed, entities decoded, spaces collapsed. */
  text: string;
  /** Its Markdown heading level, 0 when it is not a heading. */
  level: number;
}

/** A provision begins: "Article 1", "Art. 1er", "Section 3", "§ 921.", "1 Definitions", "1. Citation", "第一条", "المادة الأولى", "Статья 1". */
const PROVISION =
  /^(?:(?:article|art\.?|artículo|articulo|section|sec\.|§|статья|ст\.|مادة|المادة|الماده)\s*(?:\(?\d|[ivxlc]+\b|premier|1er|primero|primera|única|unica|unique|first|one|الأولى|الاولى|الأول|الاول)|第[一二三四五六七八九十百千零〇\d]+条|\d{1,3}\.\s|\(1\)\s)/iu;
/** "1 Definitions", "5A Trafficking": a number and a capital (case-sensitive, so not "13 ноября"), but not a date. */
const NUMBERED_HEADING = /^\d{1,3}[A-Z]?\.?\s+\p{Lu}/u;

/** A division begins: "PART I", "Chapter 1", "TITRE III :", "CAPÍTULO I", "Глава 1", "الباب الأول", "第一章". */
const DIVISION =
  /^["“]?(?:part|chapter|title|book|schedule|titre|chapitre|livre|partie|título|titulo|capítulo|capitulo|libro|parte|раздел|глава|часть|الباب|الفصل|القسم|الجزء|الكتاب)(?:\s+(?:[\divxlc]+[a-z]?(?![\p{L}])|ier\b|1er\b|premier|première|first|one|on\s?e\b|two|primer[oa]?|segund[oa]|únic[oa]|preliminar|préliminaire|preliminary|الأول|الاول|الثاني|[٠-٩]+)|$)|^第[一二三四五六七八九十百零〇\d]+[章编編节節]/iu;

/** Page furniture and corpus notes that are never a title. */
const DEBRIS =
  /^(?:source|fuente|url)\s*:|^(?:page|p\.|pages?\s+\d|principal|contents|table of contents|t\s?able of|sommaire|table des matières|índice|indice|содержание|目录|目錄|المحتويات|фн|service\s*\d|\[the next page|laws of the|<!--)|^\d[\d\s,.]*$/iu;

/** The most lines and characters read as the head: a title block is a few lines, a long preamble a few dozen. */
const MAX_LINES = 80;
const MAX_CHARS = 6_000;
/** A head line longer than this is read only so far: no title, number or date line is longer. */
const MAX_LINE = 1_000;

function headLine(raw: string): HeadLine {
  const heading = raw.match(/^\s{0,3}(#{1,6})\s+/);
  const text = plainText(raw.replace(/^\s{0,3}#{1,6}\s+/, ''))
    .replace(/(?<![\p{L}])\p{Lu}(?: \p{Lu}){2,}(?![\p{L}])/gu, (m) => m.replace(/ /g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  return { text, level: heading ? heading[1]!.length : 0 };
}

const isProvision = (text: string) => PROVISION.test(text) || (NUMBERED_HEADING.test(text) && findDates(text)[0]?.index !== 0);
const isDivision = (text: string) => DIVISION.test(text);
export const isDebris = (text: string) => DEBRIS.test(text);

/**
 * The head's lines (non-empty, in order) from `opening`, the text after any front matter. The first line that
 * starts a provision or a division ends it; that line is returned apart, since a law printed as an extract
 * (one Title of a code) has no other name.
 */
export function readHead(opening: string): { lines: HeadLine[]; first?: HeadLine } {
  const lines: HeadLine[] = [];
  let chars = 0;
  for (const raw of opening.split(/\r?\n/)) {
    if (!raw.trim()) continue;
    const line = headLine(raw.trimStart().slice(0, MAX_LINE));
    if (!line.text) continue;
    if (isProvision(line.text) || isDivision(line.text)) return { lines, first: line };
    lines.push(line);
    chars += line.text.length;
    if (lines.length >= MAX_LINES || chars >= MAX_CHARS) break;
  }
  return { lines };
}
