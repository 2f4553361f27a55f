/**
 * Reading the zip archives that .docx and .odt files are, without letting a hostile archive ("zip bomb":
 * a few kilobytes that unpack to gigabytes) exhaust memory: the sizes each entry declares are checked before
 * anything is unpacked, and each entry is unpacked into a buffer of its declared size, so it cannot grow past it.
 */
import { unzipSync } from 'fflate';
import { InputError, named, type FileName } from '../input-error.js';

export interface ZipLimits {
  /** Total unpacked size allowed for the entries we read. */
  maxUnpackedBytes: number;
  /** Largest unpacked/packed ratio allowed for a sizeable entry; real documents compress 5 to 20 times. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUnpackedBytes: 200 * 1024 * 1024, maxRatio: 100 };

/** A document has tens of entries; hundreds of thousands of them is an attack on the reader, not a document. */
const MAX_ENTRIES = 10_000;
/** Small entries may compress very well (an empty style sheet) without being a danger. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

export interface ZipEntry {
  name: string;
  /** Packed size. */
  size: number;
  /** Unpacked size, as the archive declares it. */
  originalSize: number;
}

export type ZipKind = 'docx' | 'odt';

/** What an archive was opened as, for messages: a document of either kind, or one of them. */
export type ArchiveKind = ZipKind | 'document';

function corrupt(file: FileName, what: ArchiveKind): InputError {
  return new InputError('corrupt', { ...named(file), named: what, context: 'archive' });
}

/** The entries of an archive, from its central directory; nothing is unpacked. */
export function listZip(bytes: Uint8Array, file: FileName, what: ArchiveKind): ZipEntry[] {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: ({ name, size, originalSize }) => {
        entries.push({ name, size, originalSize });
        if (entries.length > MAX_ENTRIES) throw bomb(file);
        return false;
      },
    });
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw corrupt(file, what);
  }
  return entries;
}

function bomb(file: FileName): InputError {
  return new InputError('zip-bomb', named(file));
}

/** Which document an archive holds, from the parts that each format must have. */
export function zipKind(entries: ZipEntry[]): ZipKind | undefined {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('[Content_Types].xml') && [...names].some((n) => n.startsWith('word/'))) return 'docx';
  if (names.has('content.xml')) return 'odt';
  return undefined;
}

/** Unpacks the entries `want` selects, after checking their declared sizes against the limits. */
export function unzipSafely(
  bytes: Uint8Array,
  entries: ZipEntry[],
  want: (name: string) => boolean,
  file: FileName,
  what: ArchiveKind,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Record<string, Uint8Array> {
  let total = 0;
  for (const e of entries.filter((e) => want(e.name))) {
    total += e.originalSize;
    const ratio = e.originalSize / Math.max(e.size, 1);
    if (total > limits.maxUnpackedBytes || (e.originalSize > RATIO_FLOOR_BYTES && ratio > limits.maxRatio)) throw bomb(file);
  }
  try {
    // fflate unpacks each entry into a buffer of the size checked above; data beyond it is dropped, not grown into.
    return unzipSync(bytes, { filter: ({ name }) => want(name) });
  } catch {
    throw corrupt(file, what);
  }
}
