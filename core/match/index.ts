/**
 * A positional index of the law's words: every normalised token once, with where it occurs, so that each
 * catalogue term is looked up once (exact stem, prefix, or tolerant fuse.js lookup for misspellings and OCR
 * slips) instead of scanning every clause for every term.
 */
import type { Clause, Language } from '../types.js';
import { surface, termTokens, tokenize, type Token } from '../text/normalize.js';

export interface LawIndex {
  lang: Language;
  tokens: Token[];
  /** Folded surface words, parallel to tokens (for prefix and exact-word terms). */
  words: string[];
  /** Token index range [start, end) of each clause, parallel to the clauses array. */
  ranges: { start: number; end: number }[];
  byStem: Map<string, number[]>;
  byWord: Map<string, number[]>;
  /** Sorted distinct words, for prefix lookup by binary search. */
  sortedWords: string[];
  /** Stems by their first two letters, for the tolerant lookup of misspellings. */
  byOpening?: Map<string, string[]>;
  stems: string[];
  /** Number of clauses each stem occurs in, for rarity weighting. */
  clauseCount: number;
}

function push(map: Map<string, number[]>, key: string, i: number) {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

function lowerBound(sorted: readonly number[] | readonly string[], value: number | string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildIndex(source: string, clauses: Clause[], lang: Language): LawIndex {
  const tokens = tokenize(source, lang);
  const starts = tokens.map((t) => t.start);
  // A law repeats a small vocabulary: fold each distinct word once.
  const folded = new Map<string, string>();
  const words = tokens.map((t) => {
    const raw = source.slice(t.start, t.end).replace(/\uE000/g, '');
    let w = folded.get(raw);
    if (w === undefined) folded.set(raw, (w = surface(raw)));
    return w;
  });
  const byStem = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    push(byStem, t.norm, i);
    push(byWord, words[i]!, i);
  });
  const ranges = clauses.map((c) => ({ start: lowerBound(starts, c.span.start), end: lowerBound(starts, c.span.end) }));
  return {
    lang,
    tokens,
    words,
    ranges,
    byStem,
    byWord,
    sortedWords: [...byWord.keys()].sort(),
    stems: [...byStem.keys()],
    clauseCount: clauses.length,
  };
}

/** Token positions matching one word of a term. */
function positionsOf(index: LawIndex, pattern: string): number[] {
  if (pattern.startsWith('=')) return index.byWord.get(pattern.slice(1)) ?? [];
  if (pattern.endsWith('*')) {
    const prefix = pattern.slice(0, -1);
    const out: number[] = [];
    for (let i = lowerBound(index.sortedWords, prefix); i < index.sortedWords.length; i++) {
      const w = index.sortedWords[i]!;
      if (!w.startsWith(prefix)) break;
      // A loop, not push(...list): a word repeated a few hundred thousand times would overflow the call stack.
      for (const at of index.byWord.get(w)!) out.push(at);
    }
    return out.sort((a, b) => a - b);
  }
  const exact = index.byStem.get(pattern);
  if (exact) return exact;
  // Tolerance for spelling variants and OCR slips on long words only: short words differ by meaning.
  if (pattern.length < 8) return [];
  if (!index.byOpening) {
    index.byOpening = new Map();
    for (const stem of index.stems) {
      const key = stem.slice(0, 2);
      const list = index.byOpening.get(key);
      if (list) list.push(stem);
      else index.byOpening.set(key, [stem]);
    }
  }
  // One slip in a long word (two in a very long one), same opening letters: "reglamentacion" / "reglamentacíon".
  const allowed = pattern.length >= 12 ? 2 : 1;
  const near = (index.byOpening.get(pattern.slice(0, 2)) ?? [])
    .filter((stem) => Math.abs(stem.length - pattern.length) <= 1 && withinEdits(stem, pattern, allowed))
    .flatMap((stem) => index.byStem.get(stem) ?? []);
  return near.sort((a, b) => a - b);
}

/** The largest number of other words allowed between two words of a phrase. */
const PHRASE_GAP = 2;

/**
 * Where a term occurs: the positions of its first word for each occurrence, with the position of its last
 * word, so the caller can quote the words that matched.
 */
export function occurrences(index: LawIndex, term: string, lang: Language): { start: number; end: number }[] {
  if (lang === 'zh' && /^[^\s=*^]+$/u.test(term)) return wordsSpelling(index, term.normalize('NFKC').toLowerCase());
  // "^import licence issued by": the words next to each other (stopwords aside), no words between them.
  const tight = term.startsWith('^');
  const gap = tight ? 0 : PHRASE_GAP;
  const parts = termTokens(tight ? term.slice(1) : term, lang);
  if (!parts.length) return [];
  const lists = parts.map((p) => positionsOf(index, p));
  const out: { start: number; end: number }[] = [];
  for (const first of lists[0]!) {
    let at = first;
    let ok = true;
    for (let k = 1; k < lists.length && ok; k++) {
      const list = lists[k]!;
      const next = list[lowerBound(list, at + 1)];
      if (next === undefined || next - at - 1 > gap) ok = false;
      else at = next;
    }
    if (ok) out.push({ start: first, end: at });
  }
  return out;
}

/**
 * Where consecutive words of a Chinese law spell a term, written together: "序号" is found whether the segmenter cut
 * it as one word or as 序 + 号 (its cut depends on the characters around it), but never inside a longer word, so "枪"
 * does not match "枪支". Particles the tokenizer drops (的, 和) may stand between the words.
 */
function wordsSpelling(index: LawIndex, term: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const { tokens } = index;
  for (let k = 1; k <= term.length; k++) {
    for (const first of index.byStem.get(term.slice(0, k)) ?? []) {
      let rest = term.slice(k);
      let at = first;
      while (rest && at + 1 < tokens.length && rest.startsWith(tokens[at + 1]!.norm)) {
        rest = rest.slice(tokens[at + 1]!.norm.length);
        at++;
      }
      if (!rest) out.push({ start: first, end: at });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Does the token range [start, end) contain any of these sorted positions? */
export function anyWithin(sorted: readonly number[], start: number, end: number): boolean {
  const i = lowerBound(sorted, start);
  return i < sorted.length && sorted[i]! < end;
}

export function firstWithin(sorted: readonly number[], start: number, end: number): number | undefined {
  const i = lowerBound(sorted, start);
  return i < sorted.length && sorted[i]! < end ? i : undefined;
}

/** Whether two words are at most `max` insertions, deletions or substitutions apart (banded Levenshtein). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return false;
    previous = row;
  }
  return previous[b.length]! <= max;
}
