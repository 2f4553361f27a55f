/**
 * Reading a law from disk or standard input into text, with the checks that protect the user: size limit,
 * empty input, binary data, a file that is not what its name says, and encodings for plain text. Documents
 * (.docx, .pdf, .odt, .rtf, .html) are converted in a worker thread with time and memory limits (convert.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeText, readText, type DecodedText } from '../import/decode.js';
import { readingWarnings } from '../import/index.js';
import { checkContent, formatOf, formatOfBytes, type Format } from '../import/detect.js';
import { MAX_INPUT_BYTES } from '../app/contract.js';
import { InputError, named, textTooLong, type FileName, type Problem } from '../input-error.js';
import { LIMITS } from '../limits.js';
import { convertInWorker, DEFAULT_WORKER_LIMITS, type ProgressListener, type WorkerLimits } from './convert.js';

export { decodeText };

/** Laws run to a few megabytes at most; anything far larger is not a law and would stall the machine. */
export { MAX_INPUT_BYTES };

export interface LoadedText {
  file: string;
  text: string;
  bytes: Uint8Array;
  /** What the user should know about how the text was read (bytes that were not valid UTF-8), as codes with data. */
  warnings: Problem[];
}

export interface ReadOptions {
  /** Limits for this read; tests use small ones. */
  limits?: Partial<WorkerLimits & { maxBytes: number }>;
  /** Pages done of pages in all, while a long PDF is read. */
  onProgress?: ProgressListener;
  /** Aborting it stops the reading (its worker is terminated); the read then rejects with WorkStopped. */
  signal?: AbortSignal;
}

const MB = 1024 * 1024;

function checkSize(size: number, file: FileName, max: number) {
  if (size > max) throw new InputError('too-large', { ...named(file), size: size / MB, limit: max / MB });
}

async function toText(bytes: Uint8Array, format: Format, file: FileName, options: ReadOptions): Promise<{ text: string; warnings: Problem[] }> {
  checkContent(bytes, format, file);
  // Plain text needs no parser, so nothing in it can run away: decode it here.
  const read: DecodedText = format === 'text' ? readText(bytes, file) : await convertInWorker(bytes, format, file, { ...DEFAULT_WORKER_LIMITS, ...options.limits }, options.onProgress, options.signal);
  // A text past this would only be refused by the analysis, after a long wait: say so now.
  if (read.text.length > LIMITS.textLength) throw textTooLong(file, LIMITS.textLength);
  return { text: read.text, warnings: readingWarnings(file, read) };
}

/**
 * A law file's bytes, not yet read as text, with the checks made before reading it: a file, there, within the size
 * limit. Its name only (never its path) labels what is said about it.
 */
export async function lawFileBytes(path: string, options: Pick<ReadOptions, 'limits'> = {}): Promise<{ file: string; bytes: Uint8Array }> {
  const file = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError('not-a-file', { file });
    size = info.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('unreadable', { file: path });
  }
  checkSize(size, file, options.limits?.maxBytes ?? MAX_INPUT_BYTES);
  try {
    return { file, bytes: new Uint8Array(await readFile(path)) };
  } catch {
    throw new InputError('unreadable', { file: path });
  }
}

/** A law file as text, with how long reading it took (for `npm run bench`). */
export async function importFile(path: string, options: ReadOptions = {}): Promise<LoadedText & { ms: number }> {
  const started = performance.now();
  const { file, bytes } = await lawFileBytes(path, options);
  const format = formatOf(extname(path), file);
  return { file, bytes, ...(await toText(bytes, format, file, options)), ms: performance.now() - started };
}

export async function readLaw(path: string, options: ReadOptions = {}): Promise<LoadedText> {
  const { file, text, bytes, warnings } = await importFile(path, options);
  return { file, text, bytes, warnings };
}

/**
 * A law given as bytes with its file name (dropped on the app's window): the same checks and the same converter
 * as a file on disk. The name only chooses the format and labels the messages; nothing is read from disk.
 */
export async function readLawBytes(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<LoadedText> {
  const file = basename(name);
  checkSize(bytes.byteLength, file, options.limits?.maxBytes ?? MAX_INPUT_BYTES);
  const format = formatOf(extname(file), file);
  return { file, bytes, ...(await toText(bytes, format, file, options)) };
}

/** Standard input has no name: messages call it what the catalogue calls it. */
const STDIN: FileName = { subject: 'stdin' };

/** Standard input has no name: a document is recognised by its first bytes, anything else is read as text. */
export async function readStdin(stream: AsyncIterable<Uint8Array>, options: ReadOptions = {}): Promise<LoadedText> {
  const max = options.limits?.maxBytes ?? MAX_INPUT_BYTES;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    checkSize(size, STDIN, max);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  if (!size) throw new InputError('empty', named(STDIN));
  return { file: 'stdin', bytes, ...(await toText(bytes, formatOfBytes(bytes, STDIN), STDIN, options)) };
}
