/**
 * .rtf -> text. The RTF packages on npm either need Node streams or a DOM, or render layout we do not need, so
 * this is a small reader of the part of RTF that carries text: paragraphs (\par), \'xx bytes in the document's
 * or the font's code page, \uN Unicode with its fallback, and the groups that hold no body text (font and
 * colour tables, style sheets, pictures, headers and footers, footnotes, field instructions, \* destinations).
 * Word writes automatic list numbers as text ({\listtext 1.}), so unlike .docx the numbers survive.
 */
import { InputError, named, type FileName } from '../input-error.js';
import { decodeWith, knownEncoding } from './decode.js';

/** Groups whose content is not body text. */
const SKIP_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer',
  'footerl', 'footerr', 'footerf', 'footnote', 'fldinst', 'themedata', 'colorschememapping', 'datastore', 'latentstyles',
  'listtable', 'listoverridetable', 'rsidtbl', 'xmlnstbl', 'generator', 'pgdsctbl', 'filetbl', 'revtbl', 'pn', 'shp',
  'nonshppict', 'template', 'mmathPr', 'annotation', 'atnid', 'atnauthor',
]);

/** Control words that are characters. */
const CHARACTERS: Record<string, string> = {
  par: '\n', line: '\n', sect: '\n', page: '\n', row: '\n', tab: ' ', cell: ' | ', emdash: '\u2014', endash: '\u2013',
  lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201C', rdblquote: '\u201D', bullet: '\u2022', emspace: ' ',
  enspace: ' ', qmspace: ' ',
};

/** \fcharsetN -> the code page its \'xx bytes are in. */
const CHARSETS: Record<number, string> = {
  77: 'macintosh', 128: 'shift_jis', 129: 'euc-kr', 134: 'gbk', 136: 'big5', 161: 'windows-1253', 162: 'windows-1254',
  163: 'windows-1258', 177: 'windows-1255', 178: 'windows-1256', 186: 'windows-1257', 204: 'windows-1251',
  222: 'windows-874', 238: 'windows-1250',
};

/** \ansicpgN / \cpgN -> an encoding label. */
function codePage(n: number): string | undefined {
  const named: Record<number, string> = { 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5', 10000: 'macintosh', 866: 'ibm866' };
  const label = named[n] ?? `windows-${n}`;
  return knownEncoding(label) ? label : undefined;
}

interface Group {
  skip: boolean;
  /** How many fallback characters follow a \uN. */
  uc: number;
  font: number;
  hidden: boolean;
  inFontTable: boolean;
}

/** Nesting this deep is not a document but an attempt to exhaust the reader. */
const MAX_DEPTH = 2000;

const isLetter = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a);
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

export function rtfToText(bytes: Uint8Array, file: FileName): string {
  const out: string[] = [];
  let ansi = 'windows-1252';
  const fontCodePages = new Map<number, string>();
  let definingFont = -1;
  let state: Group = { skip: false, uc: 1, font: -1, hidden: false, inFontTable: false };
  const stack: Group[] = [];
  /** Bytes of \'xx escapes waiting to be decoded together (one character may take two bytes). */
  let pending: number[] = [];
  /** Fallback characters still to drop after a \uN. */
  let toSkip = 0;
  /** The next control word opens a destination group ("{\fonttbl", "{\*\foo"). */
  let groupStart = false;

  const flushBytes = () => {
    if (!pending.length) return;
    const label = fontCodePages.get(state.font) ?? ansi;
    out.push(decodeWith(label, Uint8Array.from(pending)));
    pending = [];
  };
  const emit = (text: string) => {
    if (state.skip || state.hidden) return;
    flushBytes();
    out.push(text);
  };

  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b === 0x7b /* { */) {
      flushBytes();
      if (stack.length >= MAX_DEPTH)
        throw new InputError('corrupt', { ...named(file), context: 'rtf' });
      stack.push(state);
      state = { ...state };
      groupStart = true;
      toSkip = 0;
      i++;
      continue;
    }
    if (b === 0x7d /* } */) {
      flushBytes();
      state = stack.pop() ?? state;
      groupStart = false;
      toSkip = 0;
      i++;
      continue;
    }
    if (b === 0x5c /* \ */) {
      const next = bytes[i + 1];
      if (next === undefined) break;
      if (isLetter(next)) {
        // RTF caps a control word at 32 letters and its parameter at a few digits: cutting longer runs there keeps
        // a hostile file from making one huge token.
        let j = i + 1;
        while (j < n && j - i <= 32 && isLetter(bytes[j]!)) j++;
        const word = String.fromCharCode(...bytes.subarray(i + 1, j));
        let k = j;
        if (bytes[k] === 0x2d || isDigit(bytes[k] ?? 0)) {
          k++;
          while (k < n && k - j <= 11 && isDigit(bytes[k]!)) k++;
        }
        const param = k > j ? Number(String.fromCharCode(...bytes.subarray(j, k))) : undefined;
        if (bytes[k] === 0x20) k++; // the space that ends a control word is not text
        i = k;
        const opening = groupStart;
        groupStart = false;
        if (word === 'bin') {
          i += Math.max(0, param ?? 0);
          continue;
        }
        if (toSkip > 0) {
          toSkip--;
          continue;
        }
        if (opening && SKIP_DESTINATIONS.has(word)) {
          if (word === 'fonttbl') state.inFontTable = true;
          state.skip = true;
        }
        if (state.inFontTable) {
          if (word === 'f') definingFont = param ?? -1;
          else if (word === 'fcharset' && CHARSETS[param ?? 0]) fontCodePages.set(definingFont, CHARSETS[param ?? 0]!);
          else if (word === 'cpg' && param && codePage(param)) fontCodePages.set(definingFont, codePage(param)!);
          continue;
        }
        switch (word) {
          case 'ansicpg':
            ansi = codePage(param ?? 1252) ?? ansi;
            break;
          case 'f':
            flushBytes();
            state.font = param ?? -1;
            break;
          case 'uc':
            state.uc = Math.max(0, param ?? 1);
            break;
          case 'u':
            emit(String.fromCharCode((param ?? 0) < 0 ? (param ?? 0) + 65536 : (param ?? 0)));
            toSkip = state.uc;
            break;
          case 'v':
            state.hidden = param !== 0;
            break;
          default:
            if (CHARACTERS[word] !== undefined) emit(CHARACTERS[word]!);
        }
        continue;
      }
      // Control symbols: \'xx, \\, \{, \}, \~, \-, \_, \*, and a backslash before a line break (= \par).
      i += 2;
      const opening = groupStart;
      groupStart = false;
      if (next === 0x27 /* ' */) {
        const hex = String.fromCharCode(bytes[i] ?? 0, bytes[i + 1] ?? 0);
        i += 2;
        if (toSkip > 0) toSkip--;
        else if (!state.skip && !state.hidden && /^[0-9a-f]{2}$/i.test(hex)) pending.push(parseInt(hex, 16));
        continue;
      }
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      if (next === 0x2a /* * */) {
        if (opening) state.skip = true;
      } else if (next === 0x5c || next === 0x7b || next === 0x7d) emit(String.fromCharCode(next));
      else if (next === 0x7e /* ~ */) emit(' ');
      else if (next === 0x5f /* _ */) emit('-');
      else if (next === 0x0a || next === 0x0d) emit('\n');
      continue;
    }
    i++;
    groupStart = false;
    if (b === 0x0a || b === 0x0d) continue; // line breaks in the file are not text
    if (toSkip > 0) {
      toSkip--;
      continue;
    }
    if (state.skip || state.hidden) continue;
    if (b >= 0x80) pending.push(b);
    else emit(b === 0x09 ? ' ' : String.fromCharCode(b));
  }
  flushBytes();
  return out
    .join('')
    .split('\n')
    // \cell ends every cell, the last of a row too: drop the separator it leaves at the end.
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').replace(/(?:\s*\|)+\s*$/, '').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
