/**
 * The lines of a PDF's pages -> the law's text. A PDF has no paragraphs, only positioned lines, so this puts
 * back what the typesetting took away: lines wrapped inside a paragraph are joined, words hyphenated at a line
 * end are mended, running headers, footers and page numbers are dropped, and every heading, article and
 * numbered item keeps its own line, which the segmenter needs.
 */

export interface PdfLine {
  text: string;
  /** Left and right edges and baseline, in PDF units (y grows upwards). */
  x: number;
  right: number;
  y: number;
  /** Font size. */
  size: number;
}

const UNIT_WORDS =
  'article|art\\.|artículo|articulo|section|sec\\.|§|part|partie|parte|chapter|chapitre|capítulo|capitulo|title|titre|título|titulo' +
  '|book|livre|libro|schedule|annex|annexe|anexo|division|sección|seccion|статья|глава|раздел|المادة|الفصل|الباب';

/** A line that opens a unit of the law: a heading, an article or section, or a numbered or lettered item. */
const STRUCTURE = new RegExp(
  [
    // A Markdown law printed to PDF keeps its heading marks: "###### Artículo 8".
    `^(?:#{1,6}\\s+|\\*\\*)?(?:${UNIT_WORDS})\\s*[\\dIVXLC]`,
    '|^第',
    '|^\\(?\\d{1,3}[a-z]?\\)',
    '|^\\(?[a-z]{1,4}\\)',
    '|^\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s',
    '|^[IVXLC]{1,6}[.)-]\\s',
    '|^[•·▪–-]\\s',
    // A defined term in quotes opens a definition: "firearm" means ...
    '|^["“«„‘][^"”»’]{1,60}["”»’]\\s',
  ].join(''),
  'iu',
);

/** "Section 71" or "Article L. 2339-10" alone on its line: a heading, never the wrapped end of a sentence. */
const UNIT_ALONE = new RegExp(`^(?:#{1,6}\\s+)?(?:${UNIT_WORDS})\\s*(?:[LRD]\\.?\\s?)?(?:\\d[\\w.°º-]{0,10}|[IVXLC]{1,6}\\.?)(?:\\s(?:bis|ter|quater|[A-Z]))?\\.?$`, 'iu');

export function startsStructure(line: string): boolean {
  return STRUCTURE.test(line);
}

/** A line that ends a sentence, a list item or a lead-in, after which a numbered item starts anew. */
const CLOSED = /(?:[.;:!?,—–-]|[。；：！？，、]|[؛،؟]|(?:^|\s)(?:and|or|et|ou|y|o|и|или))$/iu;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}（「《]/u;
const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}。；：！？，、（）「」《》]$/u;
// A PDF puts a gap where the font changes, between Chinese and a number: "2009 年", "不超过 4.5 毫米".
const CJK_DIGIT_GAP = /(?<=[\p{Script=Han}])[ \t]+(?=[\d])|(?<=[\d])[ \t]+(?=[\p{Script=Han}])/gu;

const PAGE_NUMBER = /^(?:(?:page|p\.|pág(?:ina)?\.?|стр\.?)\s*)?[-–—]?\s*(\d{1,5})\s*[-–—]?(?:\s*(?:of|de|sur|\/|из)\s*\d{1,5})?$/iu;

/** Lines at the top and bottom of a page that may be running headers or footers. */
const EDGE_LINES = 2;

const key = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

const capitals = (text: string) => /\p{Lu}/u.test(text) && text === text.toUpperCase();

function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Drops running headers and footers (the same words at the edge of most pages) and page numbers. */
export function dropPageFurniture(pages: PdfLine[][]): PdfLine[][] {
  const edges = pages.map((lines) => new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]));
  const pagesWith = new Map<string, number>();
  edges.forEach((edge) => {
    for (const k of new Set([...edge].map((l) => key(l.text)))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  });
  const repeated = (l: PdfLine) => pages.length >= 3 && (pagesWith.get(key(l.text)) ?? 0) >= Math.max(3, pages.length / 2) && !startsStructure(l.text);

  // A bare number at the very top or bottom of a page is a page number when it runs with the pages
  // (page 7 says 7, or 107 in a gazette): a section number that happens to fall there does not.
  const offsets = new Map<number, number>();
  const candidates: [page: number, line: PdfLine, offset: number][] = [];
  pages.forEach((lines, p) => {
    for (const l of new Set([lines[0], lines[lines.length - 1]])) {
      const m = l && PAGE_NUMBER.exec(l.text);
      if (!l || !m) continue;
      const offset = Number(m[1]) - p;
      candidates.push([p, l, offset]);
      offsets.set(offset, (offsets.get(offset) ?? 0) + 1);
    }
  });
  const [runOffset, runLength] = [...offsets].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  const numbers = new Set(candidates.filter(([, , o]) => o === runOffset && (runLength >= 2 || pages.length === 1)).map(([, l]) => l));

  return pages.map((lines, p) => lines.filter((l) => !numbers.has(l) && !(edges[p]!.has(l) && repeated(l))));
}

/** Words of the document, for deciding whether a hyphen at a line end belongs to the word. */
function vocabulary(lines: PdfLine[]): Set<string> {
  const words = new Set<string>();
  for (const l of lines) for (const w of l.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) words.add(w);
  return words;
}

/**
 * Joins "fire-" and "arms" into "firearms", but keeps "end-user": the hyphen stays when the document writes the
 * compound with one elsewhere, or when both halves are words of their own and the joined word is not.
 */
function mendHyphen(before: string, after: string, words: Set<string>): string {
  const head = /(\p{L}+)-$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  const tail = /^\p{L}+/u.exec(after)?.[0]?.toLowerCase() ?? '';
  const joined = head + tail;
  const keep = words.has(`${head}-${tail}`) ? !words.has(joined) : !words.has(joined) && head.length > 1 && words.has(head) && words.has(tail);
  return keep ? before + after : before.slice(0, -1) + after;
}

export function layoutPages(input: PdfLine[][]): string {
  // Reading order is top to bottom; content streams may draw a footer first.
  const sorted = input.map((lines) =>
    lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text).sort((a, b) => b.y - a.y),
  );
  const pages = dropPageFurniture(sorted);
  const all = pages.flat();
  if (!all.length) return '';
  const words = vocabulary(all);
  const gaps = pages.flatMap((lines) => lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0));
  const lineGap = percentile(gaps, 0.5) || 12;
  const bodySize = percentile(all.map((l) => l.size), 0.5);
  // The right margin: where full lines end. Headings and last lines end earlier; a wide table may end later.
  // A document of short lines only (a list, a form) has no full line to join.
  const margin = percentile(all.filter((l) => l.text.length > 20).map((l) => l.right), 0.9) || Infinity;

  const out: string[] = [];
  let current = '';
  let prev: PdfLine | undefined;
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const samePage = i > 0;
      if (!prev) {
        current = line.text;
        prev = line;
        return;
      }
      const charWidth = (line.right - line.x) / Math.max(line.text.length, 1);
      // Chinese and Japanese break a line at any character: the first "word" is one character wide.
      const firstWord = CJK_START.test(line.text) ? 1 : line.text.split(' ')[0]!.length;
      // The line broke because the next word did not fit: the paragraph goes on.
      const full = prev.right + (firstWord + 1) * charWidth >= margin - charWidth;
      const gap = samePage ? prev.y - line.y : 0;
      // Larger type (a title) has wider line spacing; only space beyond that separates paragraphs.
      const spaced = gap > lineGap * 1.5 * Math.max(1, prev.size / bodySize);
      const resized = Math.abs(prev.size - line.size) > 0.15 * Math.max(prev.size, line.size);
      const newItem = (startsStructure(line.text) && CLOSED.test(current)) || UNIT_ALONE.test(line.text);
      // A heading in capitals ends where the capitals do.
      const afterHeading = capitals(current) && !capitals(line.text);
      if (full && !spaced && !resized && !newItem && !afterHeading) {
        // A soft hyphen (often drawn as U+2010) marks a break the typesetter chose: never part of the word.
        if (/\u00AD[-\u2010]?$/.test(current)) current = current.replace(/\u00AD[-\u2010]?$/, '') + line.text;
        else if (/\p{L}[-\u2010]$/u.test(current) && /^\p{Ll}/u.test(line.text)) current = mendHyphen(current.slice(0, -1) + '-', line.text, words);
        // A date or a range broken after its dash ("13-12-" / "1971", "21–" / "24") is one token.
        else if (/\d[-\u2010\u2013]$/u.test(current) && /^\d/u.test(line.text)) current += line.text;
        // Chinese has no spaces between words: a wrapped line goes on without one.
        else if (CJK_END.test(current) && CJK_START.test(line.text)) current += line.text;
        else current += ' ' + line.text;
      } else {
        out.push(current);
        if (spaced) out.push('');
        current = line.text;
      }
      prev = line;
    });
  }
  out.push(current);
  return out.join('\n').replace(/\u00AD/g, '').replace(CJK_DIGIT_GAP, '').replace(/\n{3,}/g, '\n\n').trim();
}
