/**
 * Any supported document's bytes -> the law's text, one heading, article or numbered item per line. Pure:
 * no file system, no DOM; core/node runs it in a worker thread, with time and memory limits, because the
 * parsers work on files from outside.
 */
import { InputError, named, type FileName } from '../input-error.js';
import { decodeText } from './decode.js';
import { checkContent, type Format } from './detect.js';
import type { Progress } from './pdf.js';
import type { ZipLimits } from './zip.js';

export type { Format } from './detect.js';
export { formatOf, formatOfBytes, SUPPORTED_EXTENSIONS } from './detect.js';
export type { ZipLimits } from './zip.js';
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

async function extract(bytes: Uint8Array, format: Exclude<Format, 'text'>, file: FileName, options: ConvertOptions): Promise<string> {
  // Each parser is loaded when its format comes: pdf.js alone is megabytes that a .docx never needs.
  switch (format) {
    case 'html': {
      const { decodeHtml, htmlToText } = await import('./html.js');
      return htmlToText(decodeHtml(bytes));
    }
    case 'docx':
      return (await import('./docx.js')).docxToText(bytes, file, options.zipLimits);
    case 'odt':
      return (await import('./odt.js')).odtToText(bytes, file, options.zipLimits);
    case 'pdf':
      return (await import('./pdf.js')).pdfToText(bytes, file, options.onProgress);
    case 'rtf':
      return (await import('./rtf.js')).rtfToText(bytes, file);
  }
}

export async function convert(bytes: Uint8Array, format: Format, file: FileName, options: ConvertOptions = {}): Promise<string> {
  checkContent(bytes, format, file);
  // Plain text is taken exactly as written: its offsets are the ones a drafter sees in the file.
  if (format === 'text') return decodeText(bytes, file);
  const text = tidy(await extract(bytes, format, file, options));
  if (!text.trim()) throw new InputError('empty', named(file));
  return text;
}
