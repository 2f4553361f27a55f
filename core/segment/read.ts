/**
 * Source text -> the lines a drafter reads. Markdown is read through remark-parse's own tree (headings at any
 * depth, bold article openers, list items, HTML left in the text), character references are decoded, and what
 * is not the law's wording (markup, front matter, source notes) is blanked in `plain`: a copy of the source of
 * the same length, so every offset the engine computes is an offset into the source the user sees.
 *
 * Blanked characters become FILL, which the tokenizer treats as part of a word and then drops: "**Art**ículo"
 * and "pirot&eacute;cnicos" stay one word ("Artículo", "pirotécnicos") at their original offsets.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A character that stands for blanked markup; never part of the law's wording. */
export const FILL = '\uE000';
const FILLS = /\uE000/g;

/** The wording of a stretch of `plain`: blanked characters removed. */
export const unfill = (s: string): string => (s.includes(FILL) ? s.replace(FILLS, '') : s);
/** A line's wording: markup gone, white space single. */
const tidy = (s: string): string => {
  const t = unfill(s);
  return MORE_SPACE.test(t) ? t.replace(/\s+/g, ' ').trim() : t.trim();
};
const MORE_SPACE = /\s\s|[^\S ]/;

export interface Line {
  /** The line's wording, markup removed and trimmed. */
  text: string;
  /** Offsets of the line in the source (its terminator excluded). */
  start: number;
  end: number;
  /** Depth of a Markdown heading ("### 12 Licences" -> 3), 0 otherwise. */
  mdDepth: number;
  /** The bold words a line opens with ("**Artículo 1° Ambito.** El presente ..." -> "Artículo 1° Ambito."). */
  strong?: string;
}

export interface Reading {
  source: string;
  /** The source with markup blanked (same length, same offsets). */
  plain: string;
  lines: Line[];
  /** Lines at the top that describe the file rather than belong to the law: source notes, YAML front matter. */
  header: { start: number; end: number; lines: number } | undefined;
  /** Whether the text uses Markdown structure (headings, bold openers, front matter). */
  markdown: boolean;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Lines with their offsets; "\r\n", "\r" and "\n" all end a line (Word and old Mac exports use bare "\r"). */
function splitLines(source: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of source.matchAll(LINE_BREAK)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: source.length });
  return out;
}

const SOURCE_NOTE = /^\s*(?:source|fuente|quelle|origine|provenance)\s*:/i;
const FENCE = /^\s*---\s*$/;

/** A corpus or scraper note on the first lines, then YAML front matter between "---" lines. */
function headerLines(source: string, lines: { start: number; end: number }[]): number {
  let i = 0;
  const text = (k: number) => source.slice(lines[k]!.start, lines[k]!.end);
  while (i < lines.length && i < 3 && SOURCE_NOTE.test(text(i))) i++;
  let j = i;
  while (j < lines.length && !text(j).trim()) j++;
  if (j < lines.length && FENCE.test(text(j))) {
    for (let k = j + 1; k < Math.min(lines.length, j + 200); k++) if (FENCE.test(text(k))) return k + 1;
  }
  return i;
}

// Lines whose Markdown block structure matters: ATX headings, list bullets, block quotes, HTML blocks, bold openers.
const BLOCK_SYNTAX = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|[-+*][ \t]+\S|>|<[A-Za-z!/?]|\*\*|__)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
// "of fence(s)", "of fender", "of ficer", "ef fect", "af fairs" (ff ligatures); "T raf ficking" (kerned T and ff).
// The two kinds apart: "of his" and "of able" are words, only "T his" is one.
const SPLIT_WORD = /(?<![\p{L}])(?:(of|ef|af|suf|dif|traf|raf) (?=fen[cs]e|fences|fender|fenders|ficer|ficers|fice\b|fices|fect|fects|fective|ficking|fic\b|fairs|ficient|fering|fered|fer\b|fers\b)|(T) (?=able\b|raf\b|rade|ransit|ransfer|ype|itle|erritor|he\b|his\b|hat\b))/gu;
/** A bold run at the start of a line that remark does not read as strong ("**Artículo 41.***Suspensión*"). */
const BOLD_LEAD = /^\s*\*\*([^*]{2,150}?)\*\*/;
/** Only the opening of a long line is parsed: bold openers and heading marks are at its start. */
const PARSE_PREFIX = 400;
// Inline markup left in ordinary lines, blanked by pattern (remark's inline parser is too slow for 600 KB of text).
const INLINE_MARKUP = /<!--[\s\S]*?-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,300})?\/?>|\*\*|__|(?<![\p{L}\p{N}*\\(])\*(?=[^\s*)][^*\n]{0,40}?[^\s*(]\*(?![\p{L}\p{N}*)])|[^\s*(]\*(?![\p{L}\p{N}*)]))|\\(?=[!-/:-@[-`{-~])|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|!?\[(?=[^\]\n]{0,300}\]\([^)\s]{0,500}\))|\]\([^)\s]{0,500}\)|\[(?:fn\s?)?\d{1,3}\]/gu;
// The closing star of an emphasis ("art. 31 *c* ") found by INLINE_MARKUP's opening star: the next star after it.
const EMPHASIS_CLOSE = /\*/g;

function decodeReference(ref: string): string | undefined {
  const body = ref.slice(1, -1);
  if (body.startsWith('#')) {
    const code = /^#[xX]/.test(body) ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
  }
  const named = decodeNamedCharacterReference(body);
  return named === false ? undefined : named;
}

class Blanker {
  // UTF-16 code units, edited in place: a law of a few hundred thousand characters is one typed array, not an array
  // of one-character strings.
  private readonly codes: Uint16Array;
  constructor(source: string) {
    // A FILL already in the input is not markup of ours: make it a space.
    const text = source.replace(FILLS, ' ');
    this.codes = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) this.codes[i] = text.charCodeAt(i);
  }
  /** Blank [start, end): its visible characters become FILL, white space stays. */
  blank(start: number, end: number): void {
    for (let i = start; i < end; i++) if (!isSpace(this.codes[i]!)) this.codes[i] = FILL_CODE;
  }
  /** Replace [start, end) by a shorter value, padded with FILL (a character reference, an escape). */
  put(start: number, end: number, value: string): void {
    if (value.length > end - start) return;
    for (let i = start; i < end; i++) this.codes[i] = i - start < value.length ? value.charCodeAt(i - start) : FILL_CODE;
  }
  private slice(start: number, end: number): string {
    return decodeUtf16(this.codes.subarray(start, end));
  }
  inlineMarkup(start: number, end: number): void {
    const text = this.slice(start, end);
    for (const m of text.matchAll(INLINE_MARKUP)) {
      const at = start + m.index;
      if (m[0].startsWith('&')) {
        const value = decodeReference(m[0]);
        if (value !== undefined) this.put(at, at + m[0].length, value);
      } else if (m[0].startsWith('[') && /\d\]$/.test(m[0])) {
        // A footnote reference inside the wording ("Art. 1 [fn 4] Armes", "... LArm sont remplies et: [41]"); at the
        // start of a line it opens the footnote itself, which is kept.
        if (text.slice(0, m.index).trim()) this.blank(at, at + m[0].length);
      } else if (m[0] === '*') {
        // An emphasis: blank its opening star and the star that closes it, not a lone "(*)".
        EMPHASIS_CLOSE.lastIndex = m.index + 1;
        const close = EMPHASIS_CLOSE.exec(text);
        this.blank(at, at + 1);
        if (close) this.blank(start + close.index, start + close.index + 1);
      } else this.blank(at, at + m[0].length);
    }
  }
  /**
   * Words split by PDF extraction at a ligature or a kerned capital ("of fence", "T raf ficking", "ef fect"): the
   * space inside the word is blanked, so the word is read whole at its own offsets.
   */
  mendSplitWords(start: number, end: number): void {
    const text = this.slice(start, end);
    for (const m of text.matchAll(SPLIT_WORD)) {
      const space = m.index + (m[1] ?? m[2]!).length;
      this.codes[start + space] = FILL_CODE;
    }
  }
  toString(): string {
    return decodeUtf16(this.codes);
  }
}

const FILL_CODE = 0xe000;
const UTF16 = new TextDecoder('utf-16le');
const decodeUtf16 = (codes: Uint16Array) => UTF16.decode(codes);
/** The white space of /\s/, by code unit. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

interface Excerpt {
  line: number;
  /** Offset of the excerpt in the batch given to remark, and in the source. */
  batchStart: number;
  sourceStart: number;
  length: number;
}

/** Text leaves of mdast: what remains of a line once its markup is gone. */
const TEXT_LEAVES = new Set(['text', 'inlineCode']);

/**
 * Parse the lines that carry Markdown block syntax with remark-parse, in one batch (blank lines keep them apart),
 * and apply what the tree says: heading depths, bold openers, and every character outside a text leaf blanked.
 */
function readMarkdown(source: string, spans: { start: number; end: number }[], picked: number[], blanker: Blanker, depth: Map<number, number>, strong: Map<number, string>): void {
  const parts: string[] = [];
  const excerpts: Excerpt[] = [];
  let at = 0;
  let previous = -2;
  for (const i of picked) {
    const span = spans[i]!;
    const length = Math.min(PARSE_PREFIX, span.end - span.start);
    // A setext heading is its line and the underline below it: keep them together.
    const sep = previous === i - 1 && SETEXT_UNDERLINE.test(source.slice(span.start, span.end)) ? '\n' : '\n\n';
    if (parts.length) {
      parts.push(sep);
      at += sep.length;
    }
    parts.push(source.slice(span.start, span.start + length));
    excerpts.push({ line: i, batchStart: at, sourceStart: span.start, length });
    at += length;
    previous = i;
  }
  if (!excerpts.length) return;
  const tree = unified().use(remarkParse).parse(parts.join('')) as Root;
  let e = 0;
  const excerptAt = (offset: number): Excerpt | undefined => {
    while (e < excerpts.length - 1 && excerpts[e + 1]!.batchStart <= offset) e++;
    while (e > 0 && excerpts[e]!.batchStart > offset) e--;
    const x = excerpts[e]!;
    return offset >= x.batchStart && offset <= x.batchStart + x.length ? x : undefined;
  };
  const toSource = (x: Excerpt, offset: number) => x.sourceStart + Math.min(x.length, Math.max(0, offset - x.batchStart));
  const handle = (node: Nodes): void => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return;
    const x = excerptAt(from);
    if (!x) return;
    const xEnd = x.batchStart + x.length;
    // A node over several excerpts (a list whose items are lines of their own): each of its children on its own.
    const setext = node.type === 'heading' && x.line + 1 < spans.length && to > xEnd;
    if (to > xEnd + 1 && !setext && 'children' in node) {
      for (const c of node.children as Nodes[]) handle(c);
      return;
    }
    if (node.type === 'heading') depth.set(x.line, node.depth);
    if (setext) depth.set(x.line + 1, -1); // the setext underline
    if (node.type === 'paragraph' && node.children[0]?.type === 'strong') strong.set(x.line, toString(node.children[0]).trim());
    if (node.type === 'html') {
      // An HTML block: its tags are markup, its words are the law's.
      blanker.inlineMarkup(toSource(x, from), toSource(x, Math.min(to, xEnd)));
      return;
    }
    // Blank the node's whole extent, then put back its text leaves.
    const start = toSource(x, from);
    const end = toSource(x, Math.min(to, xEnd));
    const keep: [number, number, string][] = [];
    const walk = (n: Nodes) => {
      if (TEXT_LEAVES.has(n.type) && n.position?.start.offset !== undefined && n.position.end.offset !== undefined) {
        const s = toSource(x, n.position.start.offset);
        const t = toSource(x, n.position.end.offset);
        keep.push([s, t, (n as { value: string }).value]);
      } else if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
    };
    walk(node);
    const original = keep.map(([s, t]) => source.slice(s, t));
    blanker.blank(start, end);
    keep.forEach(([s, t, value], k) => {
      // A leaf whose value differs from its source decoded a reference or an escape: write the value.
      if (value === original[k] || value.replace(/\s+/g, ' ') === original[k]!.replace(/\s+/g, ' ')) blanker.put(s, t, original[k]!);
      else blanker.put(s, t, value.length <= t - s ? value : original[k]!);
    });
    // The rest of a long line, past the parsed opening, is cleaned by pattern.
    const line = spans[x.line]!;
    if (line.end > x.sourceStart + x.length) blanker.inlineMarkup(x.sourceStart + x.length, line.end);
  };
  for (const node of tree.children) handle(node);
}

/**
 * The lines at the top of `source` that describe the file rather than belong to the law (source notes, YAML front
 * matter): what `read` leaves out of the law's wording, for the person to see before analysing.
 */
export function fileHeader(source: string): { end: number; lines: number } | undefined {
  // Only the top of the text can hold a header: a front matter block is read over at most 200 lines.
  const top = source.slice(0, 64_000);
  const spans = splitLines(top);
  const n = headerLines(top, spans);
  return n > 0 ? { end: spans[n - 1]!.end, lines: n } : undefined;
}

export function read(source: string): Reading {
  const spans = splitLines(source);
  const headerEnd = headerLines(source, spans);
  const blanker = new Blanker(source);
  if (headerEnd > 0) blanker.blank(spans[0]!.start, spans[headerEnd - 1]!.end);

  const picked: number[] = [];
  const inline: number[] = [];
  for (let i = headerEnd; i < spans.length; i++) {
    const raw = source.slice(spans[i]!.start, spans[i]!.end);
    if (!raw.trim()) continue;
    const next = spans[i + 1] ? source.slice(spans[i + 1]!.start, spans[i + 1]!.end) : '';
    if (BLOCK_SYNTAX.test(raw)) picked.push(i);
    else if (SETEXT_UNDERLINE.test(next) && /=|-{2,}/.test(next) && !/^\s*-\s*$/.test(next)) {
      picked.push(i, i + 1);
      i++;
    } else if (/[*_<&\\[]/.test(raw)) inline.push(i);
  }
  const depth = new Map<number, number>();
  const strong = new Map<number, string>();
  readMarkdown(source, spans, picked, blanker, depth, strong);
  // Markup remark leaves as literal text ("**Artículo 13.****Armas**", a bold run over two lines) is blanked too.
  for (const i of [...inline, ...picked]) blanker.inlineMarkup(spans[i]!.start, spans[i]!.end);
  for (let i = headerEnd; i < spans.length; i++) if (/ f/.test(source.slice(spans[i]!.start, spans[i]!.end))) blanker.mendSplitWords(spans[i]!.start, spans[i]!.end);
  for (const i of picked) {
    if (strong.has(i)) continue;
    const bold = source.slice(spans[i]!.start, spans[i]!.end).match(BOLD_LEAD);
    if (bold) strong.set(i, bold[1]!.replace(/\*+/g, ' ').replace(/\s+/g, ' ').trim());
  }
  const plain = blanker.toString();

  const lines: Line[] = spans.map((s, i) => {
    const d = depth.get(i) ?? 0;
    const text = i < headerEnd || d < 0 ? '' : tidy(plain.slice(s.start, s.end));
    const line: Line = { text, start: s.start, end: s.end, mdDepth: Math.max(0, d) };
    const lead = strong.get(i);
    if (lead) line.strong = lead;
    return line;
  });
  const markdown = depth.size > 0 || strong.size > 0 || headerEnd > 0;
  return {
    source,
    plain,
    lines,
    header: headerEnd > 0 ? { start: spans[0]!.start, end: spans[headerEnd - 1]!.end, lines: headerEnd } : undefined,
    markdown,
  };
}
