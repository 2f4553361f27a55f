/**
 * A PDF's compressed streams measured before pdf.js reads them. A page's content, a font or an object stream is
 * usually Flate-compressed, and Flate inflates up to a thousand times: a 1 MB file can hold a gigabyte, which
 * pdf.js would inflate into memory outside the JavaScript heap (where a worker's heap limit does not reach). So
 * every Flate stream other than an image (pdf.js decodes images only to look for scans, within its own size
 * limit) is inflated here, counting bytes and keeping none, and the file is refused as soon as the count passes
 * the limit. A stream that does not inflate (encrypted, damaged) counts what it gave; pdf.js judges it after.
 */
import { Inflate } from 'fflate';
import { InputError, named, type FileName } from '../input-error.js';
import { LIMITS } from '../limits.js';
import { decodeWith } from './decode.js';

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const STREAM = ascii('stream');
const END_STREAM = ascii('endstream');
const OBJ = ascii('obj');

function matchAt(bytes: Uint8Array, at: number, word: number[]): boolean {
  for (let i = 0; i < word.length; i++) if (bytes[at + i] !== word[i]) return false;
  return true;
}

function indexOf(bytes: Uint8Array, word: number[], from: number, to = bytes.length): number {
  const first = word[0]!;
  for (let i = from; i + word.length <= to; i++) if (bytes[i] === first && matchAt(bytes, i, word)) return i;
  return -1;
}

function lastIndexOf(bytes: Uint8Array, word: number[], from: number, to: number): number {
  const first = word[0]!;
  for (let i = from - word.length; i >= to; i--) if (bytes[i] === first && matchAt(bytes, i, word)) return i;
  return -1;
}

const isDelimiter = (b: number | undefined) => b === undefined || b <= 0x20 || b === 0x3e /* > */ || b === 0x2f || b === 0x5b || b === 0x5d || b === 0x3c || b === 0x28 || b === 0x29;

/** How far back from "stream" its dictionary may start: dictionaries are short; font dictionaries a few KB. */
const DICT_REACH = 64 * 1024;
/** Input fed to the inflater at a time: its output per call stays under a thousand times this. */
const CHUNK = 4 * 1024;

interface Stream {
  /** The stream's dictionary, as text. */
  dict: string;
  start: number;
  end: number;
}

/** The streams of a PDF file, each with its dictionary, found by their keywords (as a repairing reader would). */
function* streams(bytes: Uint8Array): Generator<Stream> {
  let at = 0;
  while ((at = indexOf(bytes, STREAM, at)) >= 0) {
    const keyword = at;
    at += STREAM.length;
    // "endstream" contains "stream"; so might a name or a string: a real keyword stands alone, after ">>".
    if (!isDelimiter(bytes[keyword - 1]) || (bytes[at] !== 0x0d && bytes[at] !== 0x0a)) continue;
    const start = at + (bytes[at] === 0x0d && bytes[at + 1] === 0x0a ? 2 : 1);
    const objAt = lastIndexOf(bytes, OBJ, keyword, Math.max(0, keyword - DICT_REACH));
    if (objAt < 0) continue;
    const dict = decodeWith('windows-1252', bytes.subarray(objAt + OBJ.length, keyword));
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    let end = length ? start + Number(length[1]) : -1;
    if (end < start || end > bytes.length || !matchAt(bytes, skipSpace(bytes, end), END_STREAM)) end = indexOf(bytes, END_STREAM, start);
    if (end < 0) end = bytes.length;
    yield { dict, start, end };
    at = Math.max(at, end);
  }
}

function skipSpace(bytes: Uint8Array, at: number): number {
  while (at < bytes.length && bytes[at]! <= 0x20) at++;
  return at;
}

/** The stream's filters in order, when every one is Flate; undefined when any other filter is in the chain. */
function flateLayers(dict: string): number | undefined {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1];
  if (!filter) return undefined;
  const names = filter.match(/\/[A-Za-z0-9]+/g) ?? [];
  return names.length && names.every((n) => n === '/FlateDecode' || n === '/Fl') ? names.length : undefined;
}

class Limit extends Error {}

/**
 * Inflates `layers` times (a chain of Flate filters), calling `count` with the size of each piece of the final
 * output; a zlib header (the usual case) is skipped, raw deflate read as it is. Stops quietly on bad data.
 */
function inflate(data: Uint8Array, layers: number, count: (n: number) => void): void {
  let sink: (chunk: Uint8Array, final: boolean) => void = (chunk) => count(chunk.length);
  for (let k = 0; k < layers; k++) {
    const downstream = sink;
    let header = true;
    let inflater: Inflate | undefined;
    sink = (chunk, final) => {
      if (header && chunk.length) {
        header = false;
        // A zlib header is two bytes whose value is a multiple of 31, compression method 8.
        const zlib = chunk.length >= 2 && (chunk[0]! & 0x0f) === 8 && ((chunk[0]! << 8) | chunk[1]!) % 31 === 0;
        inflater = new Inflate((out, last) => downstream(out, last));
        if (zlib) chunk = chunk.subarray(2);
      }
      for (let i = 0; i < chunk.length; i += CHUNK) inflater?.push(chunk.subarray(i, i + CHUNK), final && i + CHUNK >= chunk.length);
      if (final && !chunk.length) inflater?.push(new Uint8Array(0), true);
    };
  }
  try {
    sink(data, true);
  } catch (err) {
    if (err instanceof Limit) throw err;
    // Damaged or encrypted data: it inflated as far as it did.
  }
}

/** Refuses a PDF whose streams (other than images) would inflate past `limit` bytes in all. */
export function checkPdfStreams(bytes: Uint8Array, file: FileName, limit: number = LIMITS.pdfStreamBytes): void {
  let total = 0;
  const count = (n: number) => {
    total += n;
    if (total > limit) throw new Limit();
  };
  try {
    for (const s of streams(bytes)) {
      if (/\/Subtype\s*\/Image\b/.test(s.dict)) continue;
      const layers = flateLayers(s.dict);
      if (layers) inflate(bytes.subarray(s.start, s.end), layers, count);
    }
  } catch (err) {
    if (!(err instanceof Limit)) throw err;
    throw new InputError('pdf-bomb', { ...named(file), limit: Math.round(limit / 1048576) });
  }
}
