/**
 * Splits a clause's text into runs, marking where the matched terms occur, so the UI can highlight them.
 * Matching ignores case and accents and extends a term to the end of its word, so a stem such as
 * "manufactur" marks "manufacturer".
 */
export interface Run {
  text: string;
  match: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for one term: accents optional, whitespace flexible, extended to the end of the word. */
function termPattern(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .split(/\s+/)
    .map((word) => [...word].map((ch) => `${escape(ch)}\\p{M}*`).join(''))
    .join('\\s+');
}

export function highlight(text: string, terms: readonly string[]): Run[] {
  const patterns = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 1))]
    .sort((a, b) => b.length - a.length)
    .map(termPattern);
  if (patterns.length === 0 || text === '') return [{ text, match: false }];
  // Search a decomposed copy (accents as separate marks) and map the offsets back to the original text.
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
  const haystack = decomposed.join('');
  // Index in the decomposed string (UTF-16) -> index in `decomposed` (code points).
  const unitToPoint: number[] = [];
  decomposed.forEach((part, i) => {
    for (let k = 0; k < part.length; k++) unitToPoint.push(i);
  });
  unitToPoint.push(decomposed.length);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})[\\p{L}\\p{M}\\p{N}]*`, 'giu');
  const runs: Run[] = [];
  let last = 0;
  for (const m of haystack.matchAll(regex)) {
    if (m[0].length === 0) continue;
    const start = origin[unitToPoint[m.index] ?? decomposed.length] ?? text.length;
    const end = origin[unitToPoint[m.index + m[0].length] ?? decomposed.length] ?? text.length;
    if (start > last) runs.push({ text: text.slice(last, start), match: false });
    runs.push({ text: text.slice(start, end), match: true });
    last = end;
  }
  if (last < text.length) runs.push({ text: text.slice(last), match: false });
  return runs;
}
