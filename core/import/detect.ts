/**
 * Which kind of document a file is: by its extension, checked against its first bytes, so that a renamed or
 * damaged file gets a clear message instead of a parser's error.
 */
import { InputError, named, type FileName } from '../input-error.js';
import { listZip, zipKind, type ZipKind } from './zip.js';

export type Format = 'text' | 'html' | 'docx' | 'odt' | 'pdf' | 'rtf';

const BY_EXTENSION: Record<string, Format> = {
  '': 'text', '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.docx': 'docx', '.odt': 'odt', '.pdf': 'pdf', '.rtf': 'rtf',
};

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION).filter(Boolean);

/** Older or other formats people are likely to have, each with its own advice in the errors namespace. */
const ADVICE: Record<string, string> = { '.doc': 'doc', '.wpd': 'wpd', '.pages': 'pages' };

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

/** The format to read a file as, from its extension; throws the drafter's error for extensions we cannot read. */
export function formatOf(ext: string, file: FileName): Format {
  const format = BY_EXTENSION[ext.toLowerCase()];
  if (!format)
    throw new InputError('unsupported-format', { ...named(file), ext, advice: ADVICE[ext.toLowerCase()] ?? 'other' });
  return format;
}

/**
 * Checks the bytes against the format the extension promises. A file whose bytes are a different document
 * (a .docx renamed .pdf) is named as what it is; binary data under any name is refused.
 */
export function checkContent(bytes: Uint8Array, format: Format, file: FileName): void {
  if (!bytes.length) throw new InputError('empty', named(file));
  const content = sniff(bytes);
  const expected: Content = format === 'docx' || format === 'odt' ? 'zip' : format;
  const textual = format === 'text' || format === 'html';
  // Text that is really binary gets decodeText's own message, which names what to do.
  if (content === expected || (textual && (content === 'unknown' || content === 'binary'))) return;
  if (content === 'ole')
    throw new InputError('unsupported-format', { ...named(file), context: 'ole' });
  if (content === 'zip') {
    // A zip under another name may be a .docx or .odt that was renamed: say which.
    let kind: ZipKind | undefined;
    try {
      kind = zipKind(listZip(bytes, file, 'document'));
    } catch {
      kind = undefined;
    }
    if (kind) throw new InputError('wrong-extension', { ...named(file), named: format, actual: kind });
  }
  if (content === 'binary' || content === 'unknown' || content === 'zip')
    throw new InputError('not-a-document', { ...named(file), named: format, holds: content === 'zip' ? 'zip' : 'binary' });
  throw new InputError('wrong-extension', { ...named(file), named: format, actual: content });
}

/** The format of unnamed bytes (standard input): documents by their first bytes, anything else as text. */
export function formatOfBytes(bytes: Uint8Array, file: FileName): Format {
  const content = sniff(bytes);
  if (content === 'pdf' || content === 'rtf') return content;
  if (content === 'zip') {
    const kind = zipKind(listZip(bytes, file, 'document'));
    if (!kind) throw new InputError('not-a-document', { ...named(file), context: 'archive' });
    return kind;
  }
  return 'text';
}
