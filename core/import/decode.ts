/**
 * Bytes -> text for plain-text files (.txt, .md, .html): UTF-8, UTF-16 with a byte-order mark, or the
 * Windows-1252 that older Windows files use; and the checks that a file holds text at all.
 */
import { InputError, named, type FileName } from '../input-error.js';

interface Decoder {
  decode(bytes: Uint8Array): string;
}
type DecoderClass = new (label: string, options?: { fatal?: boolean }) => Decoder;

/**
 * TextDecoder exists wherever lexgap runs (Node, Electron, browsers, workers) but is not part of the ECMAScript
 * library core/ is type-checked against; take it from globalThis rather than pull in DOM or Node types.
 */
const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;

/** Decodes with a WHATWG encoding label ("utf-8", "windows-1251", "shift_jis"...); throws on bad bytes when fatal. */
export function decodeWith(label: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoderClass(label, { fatal }).decode(bytes);
}

/** Whether a WHATWG encoding label is one this runtime can decode. */
export function knownEncoding(label: string): boolean {
  try {
    new TextDecoderClass(label);
    return true;
  } catch {
    return false;
  }
}

/** The text of a byte stream whose encoding is not declared: BOM, else UTF-8, else Windows-1252. */
export function decodeUnlabelled(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeWith('utf-16le', bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeWith('utf-16be', bytes.subarray(2));
  else {
    try {
      text = decodeWith('utf-8', bytes, true);
    } catch {
      // Not valid UTF-8: older Windows files are in Windows-1252.
      text = decodeWith('windows-1252', bytes);
    }
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Throws the drafter's error when decoded text is binary data or holds no words. */
export function checkText(text: string, file: FileName): void {
  // Control characters other than tab and line breaks mean binary data, not text.
  // eslint-disable-next-line no-control-regex
  const controls = (text.match(/[\u0000-\u0008\u000E-\u001F]/g) ?? []).length;
  if (controls > Math.max(8, text.length / 200))
    throw new InputError('not-a-document', { ...named(file), context: 'text' });
  if (!text.trim()) throw new InputError('empty', named(file));
}

/** A plain-text law (.txt, .md) as text, exactly as written apart from line endings. */
export function decodeText(bytes: Uint8Array, file: FileName): string {
  const text = decodeUnlabelled(bytes);
  checkText(text, file);
  return text;
}
