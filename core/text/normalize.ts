/**
 * Language-aware normalisation shared by the law's text and the catalogue's terms, so that both sides of a
 * match are reduced the same way: lower case, per-language Snowball stem, accents folded, stopwords dropped.
 */
import snowball from 'snowball-stemmers';
import type { Language } from '../types.js';

const SNOWBALL: Partial<Record<Language, string>> = {
  en: 'english',
  fr: 'french',
  es: 'spanish',
  ar: 'arabic',
  ru: 'russian',
};

/** Function words that carry no meaning for matching; dropping them lets "name of the manufacturer" match "name of manufacturer". */
const STOPWORDS: Partial<Record<Language, readonly string[]>> = {
  en: ['a', 'an', 'the', 'of', 'to', 'in', 'on', 'by', 'for', 'or', 'and', 'as', 'at', 'be', 'is', 'are', 'its', 'it', 'any', 'such', 'that', 'which', 'with', 'this', 'from', 'their', 'his', 'her', 'has', 'have', 'been', 'was', 'were', 'shall', 'may'],
  fr: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'et', 'ou', 'à', 'a', 'au', 'aux', 'en', 'par', 'pour', 'sur', 'dans', 'que', 'qui', 'se', 'sa', 'son', 'ses', 'leur', 'leurs', 'est', 'sont', 'ce', 'cette', 'ces', 'y'],
  es: ['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'de', 'del', 'y', 'e', 'o', 'u', 'a', 'al', 'en', 'por', 'para', 'con', 'que', 'se', 'su', 'sus', 'es', 'son', 'este', 'esta', 'estos', 'estas'],
};

/** Stem then fold accents, memoised per language. */
const stemmers = new Map<Language, (word: string) => string>();

function stemmerFor(lang: Language): (word: string) => string {
  let stem = stemmers.get(lang);
  if (!stem) {
    const name = SNOWBALL[lang];
    // A law repeats a small vocabulary many times: stem each distinct word once.
    const s = name ? snowball.newStemmer(name) : undefined;
    const cache = new Map<string, string>();
    stem = (w) => {
      let out = cache.get(w);
      if (out === undefined) {
        out = foldAccents(s ? s.stem(w) : w);
        cache.set(w, out);
      }
      return out;
    };
    stemmers.set(lang, stem);
  }
  return stem;
}

/** Remove diacritics: "fabricación" -> "fabricacion". Folding after stemming keeps Snowball's accent rules intact. */
export function foldAccents(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '');
}

export interface Token {
  /** The normalised form used for matching. */
  norm: string;
  /** Offsets of the word in the text it came from. */
  start: number;
  end: number;
}

// Letters and digits (Han characters stand alone: Chinese has no spaces, so each character is a token).
const WORD = /\p{Script=Han}|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const FILL = '\uE000';

/**
 * The text without blanked markup (U+E000, see core/segment/read.ts), and where each of its characters stands in
 * the text: "**Art**ículo" is read as "Artículo" at its own offsets.
 */
function compact(text: string): { text: string; at: (i: number) => number } {
  if (!text.includes(FILL)) return { text, at: (i) => i };
  const map = new Int32Array(text.length + 1);
  let out = '';
  let n = 0;
  let from = 0;
  for (let i = text.indexOf(FILL); i >= 0; i = text.indexOf(FILL, i + 1)) {
    out += text.slice(from, i);
    for (let k = from; k < i; k++) map[n++] = k;
    from = i + 1;
  }
  out += text.slice(from);
  for (let k = from; k < text.length; k++) map[n++] = k;
  map[n] = text.length;
  return { text: out, at: (i) => map[i]! };
}

/** Split text into normalised tokens with their offsets; stopwords are left out. */
export function tokenize(text: string, lang: Language): Token[] {
  const stem = stemmerFor(lang);
  const stop = new Set(STOPWORDS[lang] ?? []);
  const out: Token[] = [];
  const plain = compact(text);
  for (const m of plain.text.matchAll(WORD)) {
    let word = m[0].toLowerCase().replace('’', "'");
    // French and English elisions: "l'importation" -> "importation", "manufacturer's" -> "manufacturer".
    if (lang === 'fr') word = word.replace(/^(?:l|d|qu|n|s|c|j)'/, '');
    else if (lang === 'en') word = word.replace(/'s$/, '');
    if (stop.has(word)) continue;
    out.push({ norm: stem(word), start: plain.at(m.index), end: plain.at(m.index + m[0].length - 1) + 1 });
  }
  return out;
}

/** Folded surface form of a word, as prefix ("word*") and exact ("=word") terms compare it. */
export function surface(word: string): string {
  return foldAccents(word.toLowerCase().replace('’', "'")).replace(/^(?:l|d|qu|n|s|c|j)'/, '');
}

/**
 * Normalised tokens of a catalogue term: stems for plain words, "prefix*" and "=word" kept as folded surface
 * forms (see model-law/recognisers.ts for the syntax).
 */
export function termTokens(term: string, lang: Language): string[] {
  const out: string[] = [];
  for (const word of term.split(/\s+/)) {
    const exact = word.startsWith('=');
    const prefix = word.endsWith('*');
    const core = word.replace(/^=/, '').replace(/\*$/, '');
    if (!exact && !prefix) {
      out.push(...tokenize(core, lang).map((t) => t.norm));
      continue;
    }
    const pieces = [...core.matchAll(WORD)].map((m) => m[0]);
    const last = pieces.pop();
    out.push(...tokenize(pieces.join(' '), lang).map((t) => t.norm));
    if (last) out.push(exact ? `=${surface(last)}` : `${surface(last)}*`);
  }
  return out;
}
