/**
 * Reading a law from disk or standard input into text, with the checks that protect the user: size limit,
 * empty input, binary data, and encodings (UTF-8, UTF-16 with a byte-order mark, Windows-1252).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InputError } from '../input-error.js';

/** Laws run to a few megabytes at most; anything far larger is not a law and would stall the machine. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export interface LoadedText {
  file: string;
  text: string;
  bytes: Uint8Array;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.text', '']);

export function decodeText(bytes: Uint8Array, file: string): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not valid UTF-8: older Windows files are in Windows-1252.
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Control characters other than tab and line breaks mean binary data, not text.
  // eslint-disable-next-line no-control-regex
  const controls = (text.match(/[\u0000-\u0008\u000E-\u001F]/g) ?? []).length;
  if (controls > Math.max(8, text.length / 200))
    throw new InputError(`${file} is not a text document (it holds binary data). Save the law as .txt, .docx or .pdf and try again.`, 'not-a-document');
  if (!text.trim()) throw new InputError(`${file} is empty: there is no text to analyse.`, 'empty');
  return text;
}

function checkSize(size: number, file: string) {
  if (size > MAX_INPUT_BYTES)
    throw new InputError(`${file} is too large (${Math.round(size / 1048576)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB). Split the law into parts and analyse each.`, 'too-large');
}

export async function readLaw(path: string): Promise<LoadedText> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${file} is a folder, not a file. Give the path of the law itself.`, 'not-a-file');
    size = info.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${path} cannot be opened: no such file, or no permission to read it. Check the path.`, 'unreadable');
  }
  checkSize(size, file);
  if (!TEXT_EXTENSIONS.has(ext))
    throw new InputError(`${file}: lexgap cannot read ${ext} files yet. Save the law as plain text (.txt) and try again.`, 'unsupported-format');
  const bytes = new Uint8Array(await readFile(path));
  return { file, text: decodeText(bytes, file), bytes };
}

export async function readStdin(stream: AsyncIterable<Uint8Array>): Promise<LoadedText> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    checkSize(size, 'standard input');
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { file: 'stdin', text: decodeText(bytes, 'standard input'), bytes };
}
