/**
 * A title as a reader wants it: HTML entities decoded, Markdown and HTML markup removed, letters spaced out by
 * a PDF ("A C T") joined, dot leaders and page numbers of a table of contents dropped, a scraper's run-on
 * ("...de uso civilEsta norma jurídica alcanza...") cut, and a very long title shortened at a natural break,
 * never inside a word.
 */
import { decodeHTML } from 'entities/decode';

/** Longer than this, a title is shortened at a phrase boundary; a report's header shortens further. */
export const MAX_TITLE = 300;

/** Inline Markdown and HTML reduced to their text. */
export function plainText(raw: string): string {
  return decodeHTML(
    raw
      .replace(/<[^<>]{0,200}>/g, '')
      .replace(/!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
      .replace(/\*\*|__|[*`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '')
      .replace(/ ?\[fn \d+\]/g, ''),
  );
}

/** Opening quotes and the closing quote each takes. */
const PAIRS: Record<string, string> = { '"': '"', "'": "'", '“': '”', '«': '»', '„': '“', '‘': '’' };

/** Runs of single capitals spaced out ("A C T", "T I T L E") joined into words. */
function joinSpacedLetters(s: string): string {
  return s.replace(/(?<![\p{L}])\p{Lu}(?: \p{Lu}){2,}(?![\p{L}])/gu, (m) => m.replace(/ /g, ''));
}

/** Where a title stops when it must be shortened: before its amending clause, then at a comma or bracket. */
const AMENDING_TAIL = /\s+(?:(?:and|et|y|и)\s+(?:on\s+the\s+amendment|amending|to\s+amend|modifiant|portant\s+modification|por\s+(?:el|la)\s+que\s+se\s+modifica|que\s+modifica|о\s+внесении)|,?\s+as\s+amended)\b/iu;

function shorten(s: string): string {
  if (s.length <= MAX_TITLE) return s;
  const tail = s.search(AMENDING_TAIL);
  if (tail > 20 && tail <= MAX_TITLE) return s.slice(0, tail);
  const window = s.slice(0, MAX_TITLE);
  const phrase = Math.max(window.lastIndexOf(', '), window.lastIndexOf(' ('), window.lastIndexOf('; '));
  if (phrase > MAX_TITLE / 2) return window.slice(0, phrase) + '…';
  const space = window.lastIndexOf(' ');
  return (space > 0 ? window.slice(0, space) : window) + '…';
}

/** The title of a law, clean; undefined when nothing readable is left. */
export function cleanTitle(raw: string): string | undefined {
  // Nothing longer is a title: reading at most this much keeps every pattern below cheap on hostile input.
  let s = joinSpacedLetters(plainText(raw.slice(0, 4 * MAX_TITLE)))
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    // A table-of-contents line: "Cook Islands Arms Ordinance 1954 . . . . . 315,301".
    .replace(/ ?(?:\. ?){4,}.*$/, '')
    // A footnote call at the end: "... simplifié et préventif (1)", "[2]".
    .replace(/\s*(?:\(\d{1,2}\)|\[\d{1,2}\])\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A scraper that lost a line break glues the next sentence onto the title: "de uso civilEsta norma ...".
  const glued = s.match(/^(.{20,}?\p{Ll}{2})(\p{Lu}\p{Ll}+\s.{10,})$/u);
  if (glued) s = glued[1]!;
  // Quotes around the whole title go; a quoted name inside it stays («Об оружии»).
  const close = PAIRS[s.charAt(0)];
  if (close && s.length > 2 && s.endsWith(close)) {
    const inner = s.slice(1, -1);
    const opens = inner.split(s.charAt(0)).length - 1;
    const closes = inner.split(close).length - 1;
    if (close === s.charAt(0) ? opens % 2 === 0 : opens === closes) s = inner.trim();
  }
  // Trailing punctuation goes, but not the point of an abbreviation ("U.S.C.", "Coll.").
  s = s.replace(/(?<!(?:^|[\s.])(?:\p{L}|Coll|Sb|No|Nr|Cap|Ch|Stat|etc))\s*[.:;,\-–—]+$/u, '').trim();
  s = balanceBrackets(s);
  if (!/[\p{L}]/u.test(s)) return undefined;
  return shorten(s);
}

/** A title that lost its closing bracket gets it back; a stray closing bracket is dropped. */
function balanceBrackets(s: string): string {
  const open = (s.match(/\(/g) ?? []).length;
  const close = (s.match(/\)/g) ?? []).length;
  if (open > close) return s + ')'.repeat(open - close);
  if (close > open && s.endsWith(')')) return s.slice(0, -1).trim();
  return s;
}
