/**
 * Bytes -> text for plain-text files (.txt, .md, .html): UTF-8, UTF-16 with a byte-order mark, or the
 * Windows-1252 that older Windows files use; and the checks that a file holds text at all.
 *
 * A file that is UTF-8 but for a few invalid bytes (a copy cut short, one pasted character from elsewhere) is
 * read as UTF-8, those bytes replaced by U+FFFD and reported: re-reading the whole file as Windows-1252 would
 * silently turn every accented letter into two wrong ones and change the findings. A file is taken as
 * Windows-1252 only when its bytes above 0x7F are mostly not UTF-8 (a real Windows-1252 file, where each
 * accented letter is one byte, has almost no valid UTF-8 sequences).
 */
import { InputError, named, type FileName, type Problem } from '../input-error.js';

interface Decoder {
  decode(bytes: Uint8Array): string;
  /** The encoding's canonical name ("utf-16le" for the label "utf-16"). */
  readonly encoding: string;
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
  return encodingOf(label) !== undefined;
}

/** The canonical name of the encoding a WHATWG label names, or undefined when it names none this runtime has. */
export function encodingOf(label: string): string | undefined {
  try {
    return new TextDecoderClass(label).encoding;
  } catch {
    return undefined;
  }
}

/** Bytes that were not valid in the encoding the text was read in, each replaced by U+FFFD. */
export interface InvalidBytes {
  count: number;
  /** Offset of the first, from the start of the file. */
  firstAt: number;
}

export interface DecodedText {
  text: string;
  invalid?: InvalidBytes;
}

/** Valid multi-byte sequences and invalid bytes in what should be UTF-8 (the WHATWG decoder's rules). */
export function utf8Census(bytes: Uint8Array): { multibyte: number; invalid: number; firstInvalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length = 0;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    }
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) {
      const c = bytes[i + k]!;
      ok = k === 1 ? c >= low && c <= high : c >= 0x80 && c <= 0xbf;
    }
    if (ok) {
      multibyte++;
      i += length;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid, firstInvalid };
}

/** The text of a byte stream whose encoding is not declared: BOM, else UTF-8, else Windows-1252. */
export function readUnlabelled(bytes: Uint8Array): DecodedText {
  const tidy = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: tidy(decodeWith('utf-16le', bytes.subarray(2))) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: tidy(decodeWith('utf-16be', bytes.subarray(2))) };
  try {
    return { text: tidy(decodeWith('utf-8', bytes, true)) };
  } catch {
    // Not all valid UTF-8: mostly UTF-8 with a few bad bytes, or a Windows-1252 file (see above).
  }
  const census = utf8Census(bytes);
  if (census.multibyte > census.invalid) return readUtf8(bytes);
  return { text: tidy(decodeWith('windows-1252', bytes)) };
}

/** UTF-8 text, invalid bytes replaced and counted. */
export function readUtf8(bytes: Uint8Array): DecodedText {
  const text = decodeWith('utf-8', bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.includes('\uFFFD')) return { text };
  const census = utf8Census(bytes);
  return census.invalid ? { text, invalid: { count: census.invalid, firstAt: census.firstInvalid } } : { text };
}

export function decodeUnlabelled(bytes: Uint8Array): string {
  return readUnlabelled(bytes).text;
}

/**
 * What the user is told about bytes that were replaced: a warning (the text was read all the same), as a code
 * with data that the edges word (errors.json's invalid-bytes).
 */
export function invalidBytesWarning(file: FileName, invalid: InvalidBytes): Problem {
  return { code: 'invalid-bytes', params: { ...named(file), count: invalid.count, at: invalid.firstAt } };
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

/** A plain-text law (.txt, .md) as text, exactly as written apart from line endings, with any bytes replaced. */
export function readText(bytes: Uint8Array, file: FileName): DecodedText {
  const decoded = readUnlabelled(bytes);
  checkText(decoded.text, file);
  return decoded;
}

export function decodeText(bytes: Uint8Array, file: FileName): string {
  return readText(bytes, file).text;
}
