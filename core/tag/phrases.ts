/**
 * Finding cue phrases in text, word by word: a cue is a sequence of words, each exact or a prefix ("confiscat*"),
 * looked up from the word it starts with, so a clause is read once whatever the number of cues. Chinese and Arabic
 * cues are found inside the text instead (no spaces between Chinese words; Arabic joins articles to words).
 */
import type { Language } from '../types.js';
import { arabicSurface } from '../text/arabic.js';

/** Lower case, accents folded (Arabic letter forms folded as core/text/arabic.ts does), apostrophes straightened. */
export function fold(text: string, lang: Language): string {
  const lower = text.toLowerCase().replace(/[’`]/g, "'");
  // Arabic word by word as the matcher reads it: letter forms folded, PDF-reversed lam-alef put back.
  if (lang === 'ar') return lower.replace(/[\p{L}\p{M}\p{N}]+/gu, arabicSurface);
  if (lang === 'zh') return lower;
  return lower.normalize('NFD').replace(/\p{M}+/gu, '');
}

const WORD = /[\p{L}\p{N}]+/gu;
export const words = (folded: string): string[] => folded.match(WORD) ?? [];

const SUBSTRING: ReadonlySet<Language> = new Set(['zh', 'ar']);

interface Part {
  text: string;
  prefix: boolean;
}

function parse(cue: string, lang: Language): Part[] {
  const out: Part[] = [];
  for (const raw of fold(cue, lang).split(/\s+/)) {
    // "authori?ed": one letter may vary; read as a prefix up to it.
    const prefix = raw.endsWith('*') || raw.includes('?');
    const core = raw.replace(/\?.*$/, '').replace(/\*$/, '');
    const pieces = words(core);
    pieces.forEach((p, k) => out.push({ text: p, prefix: prefix && k === pieces.length - 1 }));
  }
  return out;
}

const KEY = 3;

/**
 * Many cue lists at once, each under a label: one pass over a text gives, for every label found, the index of the
 * first word where one of its cues starts.
 */
export class CueIndex<L extends string> {
  private readonly exact = new Map<string, [L, Part[]][]>();
  private readonly byStart = new Map<string, [L, Part[]][]>();
  private readonly plain: [L, string][] = [];
  private readonly substring: boolean;

  constructor(lists: readonly (readonly [L, readonly string[]])[], lang: Language) {
    this.substring = SUBSTRING.has(lang);
    for (const [label, cues] of lists)
      for (const cue of cues) {
        if (this.substring) {
          this.plain.push([label, fold(cue, lang).replace(/\*$/, '')]);
          continue;
        }
        const parts = parse(cue, lang);
        if (!parts.length) continue;
        const first = parts[0]!;
        const map = first.prefix ? this.byStart : this.exact;
        const key = first.prefix ? first.text.slice(0, KEY) : first.text;
        const list = map.get(key);
        if (list) list.push([label, parts]);
        else map.set(key, [[label, parts]]);
      }
  }

  /** The labels whose cues occur in the text, each with the word index of its first occurrence. */
  find(text: { folded: string; words: string[] }): Map<L, number> {
    const found = new Map<L, number>();
    if (this.substring) {
      for (const [label, p] of this.plain) {
        const at = text.folded.indexOf(p);
        if (at >= 0 && (found.get(label) ?? Infinity) > at) found.set(label, at);
      }
      return found;
    }
    const w = text.words;
    for (let i = 0; i < w.length; i++) {
      const word = w[i]!;
      const a = this.exact.get(word);
      if (a) for (const [label, parts] of a) if (!found.has(label) && matchesAt(parts, w, i)) found.set(label, i);
      const b = word.length >= KEY ? this.byStart.get(word.slice(0, KEY)) : this.byStart.get(word);
      if (b) for (const [label, parts] of b) if (!found.has(label) && matchesAt(parts, w, i)) found.set(label, i);
    }
    return found;
  }
}

function matchesAt(parts: Part[], w: string[], at: number): boolean {
  if (at + parts.length > w.length) return false;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const word = w[at + k]!;
    if (p.prefix ? !word.startsWith(p.text) : word !== p.text) return false;
  }
  return true;
}

/** A text read once for cue lookups. */
export function prepared(text: string, lang: Language): { folded: string; words: string[] } {
  const folded = fold(text, lang);
  return { folded, words: SUBSTRING.has(lang) ? [] : words(folded) };
}
