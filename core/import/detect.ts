/**
 * Which kind of document a file is: by its extension, checked against its first bytes, so that a renamed or
 * damaged file gets a clear message instead of a parser's error.
 */
import { InputError } from '../input-error.js';
import { listZip, zipKind, type ZipKind } from './zip.js';

export type Format = 'text' | 'html' | 'docx' | 'odt' | 'pdf' | 'rtf';

const BY_EXTENSION: Record<string, Format> = {
  '': 'text', '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.docx': 'docx', '.odt': 'odt', '.pdf': 'pdf', '.rtf': 'rtf',
};

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION).filter(Boolean);

const ASK_TO_SAVE = 'Save the law as .docx, .pdf, .odt, .rtf, .html or .txt and try again.';

/** Older or other formats people are likely to have, with what to do about them. */
const ADVICE: Record<string, string> = {
  '.doc': 'Open it in Word or LibreOffice and save it as a Word document (.docx).',
  '.wpd': 'Open it in WordPerfect or LibreOffice and save it as a Word document (.docx).',
  '.pages': 'Export it from Pages as a Word document (.docx) or PDF.',
};

/** What the first bytes say the file is, when they say anything. */
export type Content = Format | 'zip' | 'ole' | 'binary' | 'unknown';

function startsWith(bytes: Uint8Array, text: string, at = 0): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Looks at the first bytes only; zip-based formats are told apart later, from the archive's entries. */
export function sniff(bytes: Uint8Array): Content {
  // PDF readers accept a %PDF header anywhere in the first kilobyte; so do we.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 <= head.length; i++) if (head[i] === 0x25 && startsWith(head, '%PDF', i)) return 'pdf';
  if (startsWith(bytes, 'PK\x03\x04')) return 'zip';
  if (startsWith(bytes, '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1')) return 'ole';
  if (startsWith(bytes.subarray(bytes[0] === 0xef ? 3 : 0), '{\\rtf')) return 'rtf';
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  // UTF-16 text is half zeros but starts with a byte-order mark; other text has none.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (zeros && !utf16) return 'binary';
  return 'unknown';
}

const NAMES: Record<Content, string> = {
  text: 'a text file', html: 'a web page (.html)', docx: 'a Word document (.docx)', odt: 'an OpenDocument text (.odt)',
  pdf: 'a PDF', rtf: 'a Rich Text document (.rtf)', zip: 'a zip archive', ole: 'an old-style Word document (.doc)',
  binary: 'binary data', unknown: 'unknown data',
};

export function describe(content: Content): string {
  return NAMES[content];
}

/** The format to read a file as, from its extension; throws the drafter's error for extensions we cannot read. */
export function formatOf(ext: string, file: string): Format {
  const format = BY_EXTENSION[ext.toLowerCase()];
  if (!format)
    throw new InputError(`${file}: lexgap cannot read ${ext} files. ${ADVICE[ext.toLowerCase()] ?? ASK_TO_SAVE}`, 'unsupported-format');
  return format;
}

/**
 * Checks the bytes against the format the extension promises. A file whose bytes are a different document
 * (a .docx renamed .pdf) is named as what it is; binary data under any name is refused.
 */
export function checkContent(bytes: Uint8Array, format: Format, file: string): void {
  if (!bytes.length) throw new InputError(`${file} is empty: there is no text to analyse.`, 'empty');
  const content = sniff(bytes);
  const expected: Content = format === 'docx' || format === 'odt' ? 'zip' : format;
  const textual = format === 'text' || format === 'html';
  // Text that is really binary gets decodeText's own message, which names what to do.
  if (content === expected || (textual && (content === 'unknown' || content === 'binary'))) return;
  if (content === 'ole')
    throw new InputError(`${file} is an old-style Word document (.doc), which lexgap cannot read. ${ADVICE['.doc']}`, 'unsupported-format');
  if (content === 'zip') {
    // A zip under another name may be a .docx or .odt that was renamed: say which.
    let kind: ZipKind | undefined;
    try {
      kind = zipKind(listZip(bytes, file, 'a document'));
    } catch {
      kind = undefined;
    }
    if (kind) throw new InputError(`${file} is named as ${NAMES[format]} but is ${NAMES[kind]}. Rename it with the right extension and try again.`, 'wrong-extension');
  }
  if (content === 'binary' || content === 'unknown' || content === 'zip')
    throw new InputError(`${file} is not ${NAMES[format]}: it holds ${content === 'zip' ? 'a zip archive' : 'binary data'}, not a document. Check that this is the law's file, or save the law again as .docx or .pdf.`, 'not-a-document');
  throw new InputError(`${file} is named as ${NAMES[format]} but is ${NAMES[content]}. Rename it with the right extension and try again.`, 'wrong-extension');
}

/** The format of unnamed bytes (standard input): documents by their first bytes, anything else as text. */
export function formatOfBytes(bytes: Uint8Array, file: string): Format {
  const content = sniff(bytes);
  if (content === 'pdf' || content === 'rtf') return content;
  if (content === 'zip') {
    const kind = zipKind(listZip(bytes, file, 'a document'));
    if (!kind) throw new InputError(`${file} is a zip archive, not a document. Give the law itself (.docx, .odt, .pdf or .txt).`, 'not-a-document');
    return kind;
  }
  return 'text';
}
