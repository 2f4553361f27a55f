/**
 * Any supported document's bytes -> the law's text, one heading, article or numbered item per line. Pure:
 * no file system, no DOM; core/node runs it in a worker thread, with time and memory limits, because the
 * parsers work on files from outside.
 */
import { InputError, named, type FileName, type Problem } from '../input-error.js';
import { invalidBytesWarning, readText, type DecodedText } from './decode.js';
import { checkContent, type Format } from './detect.js';
import type { Progress } from './pdf.js';
import type { ZipLimits } from './zip.js';

export type { Format } from './detect.js';
export { formatOf, formatOfBytes, SUPPORTED_EXTENSIONS } from './detect.js';
export type { ZipLimits } from './zip.js';
export type { DecodedText, InvalidBytes } from './decode.js';
export type { Progress } from './pdf.js';

export interface ConvertOptions {
  zipLimits?: ZipLimits;
  /** Pages done of pages in all, for long PDFs. */
  onProgress?: Progress;
}

/** Characters that print as nothing or as a plain space, which the segmenter's patterns should not trip on. */
function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B\u2060\uFEFF]/g, '')
    .replace(/[ \t]+\n/g, '\n');
}

async function extract(bytes: Uint8Array, format: Exclude<Format, 'text'>, file: FileName, options: ConvertOptions): Promise<DecodedText> {
  // Each parser is loaded when its format comes: pdf.js alone is megabytes that a .docx never needs.
  switch (format) {
    case 'html': {
      const { readHtml, htmlToText } = await import('./html.js');
      const page = readHtml(bytes);
      return { ...page, text: htmlToText(page.text, file) };
    }
    case 'docx':
      return { text: await (await import('./docx.js')).docxToText(bytes, file, options.zipLimits) };
    case 'odt':
      return { text: (await import('./odt.js')).odtToText(bytes, file, options.zipLimits) };
    case 'pdf':
      return { text: await (await import('./pdf.js')).pdfToText(bytes, file, options.onProgress) };
    case 'rtf':
      return { text: (await import('./rtf.js')).rtfToText(bytes, file) };
  }
}

/** The law's text, with the bytes that were not valid in its encoding (replaced) when there were any. */
export async function convertDetailed(bytes: Uint8Array, format: Format, file: FileName, options: ConvertOptions = {}): Promise<DecodedText> {
  checkContent(bytes, format, file);
  // Plain text is taken exactly as written: its offsets are the ones a drafter sees in the file.
  if (format === 'text') return readText(bytes, file);
  const extracted = await extract(bytes, format, file, options);
  const text = tidy(extracted.text);
  if (!text.trim()) throw new InputError('empty', named(file));
  return { ...extracted, text };
}

export async function convert(bytes: Uint8Array, format: Format, file: FileName, options: ConvertOptions = {}): Promise<string> {
  return (await convertDetailed(bytes, format, file, options)).text;
}

/** What the user should know about how the text was read (bytes replaced), as problems the edges word. */
export function readingWarnings(file: FileName, read: DecodedText): Problem[] {
  return read.invalid ? [invalidBytesWarning(file, read.invalid)] : [];
}
