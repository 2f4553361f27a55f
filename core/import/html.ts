/**
 * HTML -> text with one line per block: paragraphs, headings, list items and table rows each start a line,
 * which is what the segmenter needs to find "Article 5" or "(1)" at the start of a line. Used for .html files
 * and for the HTML mammoth makes of a .docx. A streaming parser (htmlparser2), so no DOM is built.
 */
import { Parser } from 'htmlparser2';
import { InputError, named, type FileName } from '../input-error.js';
import { decodeWith, encodingOf, readUnlabelled, readUtf8, type DecodedText } from './decode.js';

/** Elements whose content is not the document's text. */
const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'button']);

/** Elements that start and end a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'legend',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Elements open at once. Real pages and Word's HTML nest a few dozen deep; the parser's cost grows with the square
 * of the depth (it keeps open elements in an array it adds to at the front), so 200,000 nested elements would
 * take minutes.
 */
const MAX_DEPTH = 10_000;

/** Blocks that stand for a paragraph: an empty one is a blank line, as in the document. */
const PARAGRAPH = new Set(['p', 'div', 'pre']);

export function htmlToText(html: string, file?: FileName): string {
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  let preDepth = 0;
  /** Characters of text emitted so far, to tell an empty paragraph from a full one. */
  let emitted = 0;
  const opened: number[] = [];
  let cellsInRow = 0;
  let cellDepth = 0;

  const flush = () => {
    const text = line.replace(/[ \t]+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (open.length > MAX_DEPTH)
          throw new InputError('corrupt', { ...named(file), context: 'html' });
        if (SKIP.has(name)) skipDepth++;
        if (skipDepth) return;
        if (name === 'pre') preDepth++;
        if (name === 'br') {
          flush();
          return;
        }
        if (name === 'tr') cellsInRow = 0;
        if (name === 'td' || name === 'th') {
          // Cells of a row stay on the row's line, kept apart.
          if (cellsInRow++) line += ' | ';
          cellDepth++;
          return;
        }
        // Paragraphs inside a cell (Word puts one in each) run on: the row is one line.
        if (cellDepth && BLOCK.has(name) && name !== 'table' && name !== 'tr') line += ' ';
        else if (BLOCK.has(name)) {
          flush();
          opened.push(emitted);
        }
      },
      ontext(text) {
        if (skipDepth) return;
        if (preDepth) {
          const parts = text.split('\n');
          parts.forEach((part, i) => {
            if (i) flush();
            line += part;
          });
        } else line += text.replace(/\s+/g, ' ');
        emitted += text.trim().length;
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (name === 'td' || name === 'th') cellDepth = Math.max(0, cellDepth - 1);
        else if (cellDepth && BLOCK.has(name) && name !== 'table' && name !== 'tr') line += ' ';
        else if (BLOCK.has(name)) {
          flush();
          const before = opened.pop();
          if (PARAGRAPH.has(name) && before === emitted) lines.push('');
        }
      },
    },
    { decodeEntities: true },
  );
  const open = (parser as unknown as { stack: string[] }).stack;
  parser.write(html);
  parser.end();
  flush();
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * The text of an .html file's bytes, decoded as a browser would: a byte-order mark first; else the encoding a
 * <meta> in the first 1,024 bytes declares, where a UTF-16 label counts as UTF-8 (the page was legible as ASCII
 * to find it, so it is not UTF-16) and x-user-defined as Windows-1252; else as unlabelled text. Invalid bytes of
 * a UTF-8 page are reported.
 */
export function readHtml(bytes: Uint8Array): DecodedText {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (hasBom) return readUnlabelled(bytes);
  const head = decodeWith('windows-1252', bytes.subarray(0, 1024));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase();
  let encoding = label === 'x-user-defined' ? 'windows-1252' : label ? encodingOf(label) : undefined;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') encoding = 'utf-8';
  if (encoding === 'utf-8') return readUtf8(bytes);
  if (encoding) return { text: decodeWith(encoding, bytes) };
  return readUnlabelled(bytes);
}

export function decodeHtml(bytes: Uint8Array): string {
  return readHtml(bytes).text;
}
