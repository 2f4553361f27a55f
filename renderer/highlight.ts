/**
 * Splits a clause's text into runs, marking where the matched terms occur, so the UI can highlight them.
 * Matching ignores case and accents and extends a term to the end of its word, so a stem such as
 * "manufactur" marks "manufacturer".
 */
export interface Run {
  text: string;
  match: boolean;
  /** Text left out between two passages of an excerpt (shown as an ellipsis). */
  gap?: true;
}

const HAN = /\p{Script=Han}/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for one term: accents optional (where the text has any), whitespace flexible. */
function termPattern(term: string, marks: boolean): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .split(/\s+/)
    .map((word) => (marks ? [...word].map((ch) => `${escape(ch)}\\p{M}*`).join('') : escape(word)))
    .join('\\s+');
}

export function highlight(text: string, terms: readonly string[]): Run[] {
  // A matcher's term may be written `=word` (that form only) or `stem*`: the marks are not the text's.
  const unique = [...new Set(terms.map((t) => t.trim().replace(/^=|\*$/g, '')).filter((t) => t.length > 1))].sort((a, b) => b.length - a.length);
  if (unique.length === 0 || text === '') return [{ text, match: false }];
  // A word of a script written without spaces (Chinese) has no boundary to find: it is marked where it stands.
  // Other terms start at a word's start and extend to its end.
  const nfd = text.normalize('NFD');
  // A text without a single mark (most English, Chinese) needs no optional marks in its patterns, which are then
  // several times faster on a clause of tens of thousands of characters.
  const marks = /\p{M}/u.test(nfd);
  const unspaced = unique.filter((t) => HAN.test(t)).map((t) => termPattern(t, marks));
  const spaced = unique.filter((t) => !HAN.test(t)).map((t) => termPattern(t, marks));
  const patterns = [...(spaced.length ? [`(?<![\\p{L}\\p{N}])(?:${spaced.join('|')})[\\p{L}\\p{M}\\p{N}]*`] : []), ...unspaced];
  // Search a decomposed copy (accents as separate marks) and map the offsets back to the original text. Most
  // clauses decompose to themselves (English, Chinese, most Arabic): their offsets need no map, which matters for
  // a clause of tens of thousands of characters.
  const { haystack, at } = nfd.length === text.length ? { haystack: nfd, at: (i: number) => i } : decomposedWithOffsets(text);
  const regex = new RegExp(patterns.join('|'), 'giu');
  const runs: Run[] = [];
  let last = 0;
  for (const m of haystack.matchAll(regex)) {
    if (m[0].length === 0) continue;
    const start = at(m.index);
    const end = at(m.index + m[0].length);
    if (start > last) runs.push({ text: text.slice(last, start), match: false });
    runs.push({ text: text.slice(start, end), match: true });
    last = end;
  }
  if (last < text.length) runs.push({ text: text.slice(last), match: false });
  return runs;
}

/** A text decomposed (accents as separate marks), and where each of its offsets lies in the original text. */
function decomposedWithOffsets(text: string): { haystack: string; at(index: number): number } {
  const decomposed: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  for (const ch of text) {
    for (const part of ch.normalize('NFD')) {
      decomposed.push(part);
      origin.push(offset);
    }
    offset += ch.length;
  }
  origin.push(text.length);
  // Index in the decomposed string (UTF-16) -> index in `decomposed` (code points).
  const unitToPoint: number[] = [];
  decomposed.forEach((part, i) => {
    for (let k = 0; k < part.length; k++) unitToPoint.push(i);
  });
  unitToPoint.push(decomposed.length);
  return { haystack: decomposed.join(''), at: (index) => origin[unitToPoint[index] ?? decomposed.length] ?? text.length };
}

/** The most characters of a clause an evidence card lays out: a longer clause is shown as passages. */
export const EXCERPT_CHARS = 1_500;
/** Characters of context kept on each side of a matched word in a passage. */
const CONTEXT_CHARS = 160;

/**
 * A long clause's runs cut to the passages around its matched words, in order, with a gap between them, at most
 * about `limit` characters in all (the start of the clause when nothing matched); undefined when the clause is
 * short enough to show whole. Laying out a clause of 50,000 characters in a card held the page for a fifth of a
 * second, and nobody reads evidence in that form: the whole clause is one click away in the law pane.
 */
export function excerpt(runs: readonly Run[], limit = EXCERPT_CHARS): Run[] | undefined {
  const length = runs.reduce((n, r) => n + r.text.length, 0);
  if (length <= limit) return undefined;
  const text = runs.map((r) => r.text).join('');
  const windows: [number, number][] = [];
  let kept = 0;
  let offset = 0;
  for (const run of runs) {
    const start = offset;
    offset += run.text.length;
    if (!run.match || kept >= limit) continue;
    const from = Math.max(0, start - CONTEXT_CHARS);
    const to = Math.min(length, offset + CONTEXT_CHARS);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) {
      kept += to - last[1];
      last[1] = Math.max(last[1], to);
    } else {
      windows.push([from, to]);
      kept += to - from;
    }
  }
  if (windows.length === 0) windows.push([0, limit]);
  // Passages start and end at a space, not inside a word.
  const atSpace = (i: number, direction: 1 | -1) => {
    if (i <= 0 || i >= length) return i;
    const found = direction < 0 ? text.lastIndexOf(' ', i) : text.indexOf(' ', i);
    return found < 0 || Math.abs(found - i) > 30 ? i : direction < 0 ? found + 1 : found;
  };
  const out: Run[] = [];
  for (const [from, to] of windows.map(([a, b]) => [atSpace(a, -1), atSpace(b, 1)] as const)) {
    if (from > 0 && out[out.length - 1]?.gap !== true) out.push({ text: '…', match: false, gap: true });
    let at = 0;
    for (const run of runs) {
      const start = at;
      at += run.text.length;
      if (at <= from || start >= to) continue;
      out.push({ text: run.text.slice(Math.max(0, from - start), Math.min(run.text.length, to - start)), match: run.match });
    }
    if (to < length) out.push({ text: '…', match: false, gap: true });
  }
  return out;
}
