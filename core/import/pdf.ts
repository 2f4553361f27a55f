/**
 * .pdf -> text with pdf.js (legacy build, which runs in Node): the text layer of each page, rebuilt into lines
 * from the items' positions, then into paragraphs by pdf-layout. A PDF without a text layer (a scan) or with a
 * password is refused with a message that says what to do.
 */
// The pdf.js "worker" runs in this thread (we are already off the UI thread): loading it here registers it on
// globalThis, so pdf.js does not try to import it by path, which fails once lexgap is bundled.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';
import { InputError, named, type FileName } from '../input-error.js';
import { layoutPages, type PdfLine } from './pdf-layout.js';

export type Progress = (done: number, total: number) => void;

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);

/** A text layer this thin (characters per page) is a page number or a stamp on a scanned image. */
const MIN_CHARS_PER_PAGE = 20;

function corrupt(file: FileName): InputError {
  return new InputError('corrupt', { ...named(file), context: 'pdf' });
}

/** A file cut short (an interrupted download) lacks the end-of-file mark; reading it would silently lose pages. */
function checkComplete(bytes: Uint8Array, file: FileName): void {
  const tail = String.fromCharCode(...bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (!tail.includes('%%EOF'))
    throw new InputError('truncated', named(file));
}

/** Items of one page -> lines: an item starts a new line when its baseline moves or pdf.js marks an end of line. */
export function itemsToLines(items: (TextItem | TextMarkedContent)[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let run: Run[] = [];
  const flush = () => {
    if (run.length) lines.push(joinRun(run));
    run = [];
  };
  for (const item of items) {
    if (!('str' in item)) continue;
    const [, , c, d, x, y] = item.transform as number[];
    const size = item.height || Math.hypot(c ?? 0, d ?? 0) || 10;
    const last = run[run.length - 1];
    if (last && Math.abs(y! - last.y) > Math.max(last.size, size) * 0.5) flush();
    if (item.str) run.push({ str: item.str, x: x!, right: x! + item.width, y: y!, size, rtl: item.dir === 'rtl' || RTL.test(item.str) });
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

interface Run {
  str: string;
  x: number;
  right: number;
  y: number;
  size: number;
  rtl: boolean;
}

const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '«': '»', '»': '«' };
// Arabic and Hebrew letters: a line mostly of them reads from right to left.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** The items of one line, in reading order: left to right, or right to left where the line is mostly RTL. */
function joinRun(items: Run[]): PdfLine {
  const rtlChars = items.filter((i) => i.rtl).reduce((n, i) => n + i.str.length, 0);
  const total = items.reduce((n, i) => n + i.str.length, 0);
  const rtl = rtlChars * 2 > total;
  // pdf.js gives an RTL line's words in drawing order (left to right): read them from the right.
  const ordered = rtl ? [...items].sort((a, b) => b.right - a.right) : items;
  const line: PdfLine = { text: '', x: Math.min(...items.map((i) => i.x)), right: Math.max(...items.map((i) => i.right)), y: items[0]!.y, size: Math.max(...items.map((i) => i.size)) };
  let edge: number | undefined;
  for (const item of ordered) {
    // Items drawn apart with no space character between them are separate words.
    const gap = edge === undefined ? 0 : rtl ? edge - item.right : item.x - edge;
    if (edge !== undefined && gap > item.size * 0.15 && !/\s$/.test(line.text) && !/^\s/.test(item.str)) line.text += ' ';
    line.text += item.str;
    edge = rtl ? Math.min(edge ?? Infinity, item.x) : Math.max(edge ?? -Infinity, item.right);
  }
  // A paragraph typeset left to right puts the full stop after Arabic at the right-hand end: it closes the line.
  // Brackets drawn in a right-to-left run are mirrored: the glyph ")" opens.
  if (rtl) line.text = mendLamAlef(line.text.replace(/^([.،؛:!?]+)\s*(.+)$/u, '$2$1')).replace(/[()[\]{}«»]/gu, (c) => MIRROR[c]!);
  return line;
}

/**
 * The lam-alef ligature comes out reversed when the PDF maps it to two letters and the right-to-left run is turned
 * round ("األسلحة" for "الأسلحة", "االستعمال" for "الاستعمال", "لالستعمال" for "للاستعمال"). Only the spellings Arabic
 * never has are mended; a reversed ligature that makes a real spelling ("خالف" for "خلاف") cannot be told apart.
 */
function mendLamAlef(text: string): string {
  return text.replace(/(?<=ا)([اأإآ])ل/gu, 'ل$1').replace(/(?<![\p{L}])لال/gu, 'للا');
}

async function hasImages(doc: PDFDocumentProxy): Promise<boolean> {
  for (let p = 1; p <= Math.min(doc.numPages, 3); p++) {
    const ops = await (await doc.getPage(p)).getOperatorList();
    if (ops.fnArray.some((fn) => IMAGE_OPS.has(fn))) return true;
  }
  return false;
}

export async function pdfToText(bytes: Uint8Array, file: FileName, onProgress?: Progress): Promise<string> {
  checkComplete(bytes, file);
  let doc: PDFDocumentProxy;
  try {
    // pdf.js takes over (detaches) the buffer it is given: hand it a copy, so the caller keeps its bytes.
    const data = bytes.slice();
    doc = await getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (err) {
    if ((err as { name?: string }).name === 'PasswordException')
      throw new InputError('encrypted', named(file));
    throw corrupt(file);
  }
  try {
    const pages: PdfLine[][] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      let items: (TextItem | TextMarkedContent)[];
      try {
        const page = await doc.getPage(p);
        items = (await page.getTextContent()).items;
        page.cleanup();
      } catch {
        throw corrupt(file);
      }
      const lines = itemsToLines(items);
      for (const l of lines) chars += l.text.replace(/\s/g, '').length;
      pages.push(lines);
      onProgress?.(p, doc.numPages);
    }
    if (chars < MIN_CHARS_PER_PAGE * doc.numPages && chars < 2000) {
      if (await hasImages(doc))
        throw new InputError('image-only', named(file));
      if (!chars) throw new InputError('empty', { ...named(file), context: 'pdf' });
    }
    return layoutPages(pages);
  } finally {
    await doc.destroy();
  }
}
