/**
 * .odt -> text: content.xml read with a streaming XML parser. Headings, paragraphs and list items each start
 * a line; tabs, spaces (text:s) and line breaks are rendered; footnote bodies, comments and deleted text
 * (tracked changes) are left out so they do not break sentences apart. Automatic list numbering is not text in
 * the file and is lost, as in .docx.
 */
import { Parser } from 'htmlparser2';
import { InputError, named, type FileName } from '../input-error.js';
import { decodeWith } from './decode.js';
import { listZip, unzipSafely, zipKind, type ZipLimits } from './zip.js';

const WHAT = 'odt';

const SKIP = new Set(['text:note-body', 'text:note-citation', 'office:annotation', 'text:tracked-changes', 'office:forms', 'draw:image', 'svg:desc', 'svg:title']);
const BLOCK = new Set(['text:p', 'text:h', 'table:table-row', 'text:list-item']);

export function odtContentToText(xml: string): string {
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  let cellsInRow = 0;
  /** Inside a table cell, paragraphs run on: a row is one line. */
  let cellDepth = 0;
  const flush = () => {
    const text = line.replace(/[ \t]+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  /** Paragraph nesting, with whether each has text; an empty top-level paragraph is a blank line. */
  const paragraphs: boolean[] = [];

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIP.has(name)) skipDepth++;
        if (skipDepth) return;
        if (name === 'text:s') line += ' '.repeat(Math.min(Number(attrs['text:c'] ?? 1) || 1, 100));
        else if (name === 'text:tab') line += ' ';
        else if (name === 'text:line-break') flush();
        else if (name === 'table:table-row') cellsInRow = 0;
        else if (name === 'table:table-cell') {
          cellDepth++;
          if (cellsInRow++) line += ' | ';
        }
        if (cellDepth && (name === 'text:p' || name === 'text:h')) line += ' ';
        else if (name === 'text:p' || name === 'text:h') {
          if (!paragraphs.length) flush();
          paragraphs.push(false);
        } else if (BLOCK.has(name)) flush();
      },
      ontext(text) {
        if (skipDepth) return;
        // Whitespace in ODF text is not significant: spaces that matter are written as text:s.
        line += text.replace(/\s+/g, ' ');
        if (text.trim()) paragraphs.fill(true);
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth) return;
        if (name === 'table:table-cell') cellDepth--;
        else if (cellDepth && (name === 'text:p' || name === 'text:h')) return;
        else if (name === 'text:p' || name === 'text:h') {
          const hadText = paragraphs.pop();
          if (!paragraphs.length) {
            flush();
            if (!hadText) lines.push('');
          }
        } else if (BLOCK.has(name)) flush();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  flush();
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

export function odtToText(bytes: Uint8Array, file: FileName, limits?: ZipLimits): string {
  const entries = listZip(bytes, file, WHAT);
  const kind = zipKind(entries);
  if (kind === 'docx')
    throw new InputError('wrong-extension', { ...named(file), named: 'odt', actual: 'docx' });
  if (kind !== 'odt')
    throw new InputError('not-a-document', { ...named(file), named: 'odt', context: 'empty-archive' });
  const content = unzipSafely(bytes, entries, (name) => name === 'content.xml', file, WHAT, limits)['content.xml']!;
  let xml: string;
  try {
    xml = decodeWith('utf-8', content, true);
  } catch {
    throw new InputError('corrupt', { ...named(file), named: WHAT, context: 'archive' });
  }
  return odtContentToText(xml);
}
