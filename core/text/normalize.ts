/**
 * Language-aware normalisation shared by the law's text and the catalogue's terms, so that both sides of a
 * match are reduced the same way: lower case, per-language stem, accents folded, stopwords dropped. Arabic letter
 * forms are folded and lightly stemmed (core/text/arabic.ts); Chinese, written without spaces, is cut into words by
 * the platform's Intl.Segmenter, so that terms match words, not loose characters.
 */
import snowball from 'snowball-stemmers';
import type { Language } from '../types.js';
import { arabicSurface, foldArabicLetters, lightStem, repairLamAlef } from './arabic.js';
import { simplified } from './chinese.js';

const SNOWBALL: Partial<Record<Language, string>> = {
  en: 'english',
  fr: 'french',
  es: 'spanish',
  ru: 'russian',
};

/** Function words that carry no meaning for matching; dropping them lets "name of the manufacturer" match "name of manufacturer". */
const STOPWORDS: Partial<Record<Language, readonly string[]>> = {
  en: ['a', 'an', 'the', 'of', 'to', 'in', 'on', 'by', 'for', 'or', 'and', 'as', 'at', 'be', 'is', 'are', 'its', 'it', 'any', 'such', 'that', 'which', 'with', 'this', 'from', 'their', 'his', 'her', 'has', 'have', 'been', 'was', 'were', 'shall', 'may'],
  fr: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'et', 'ou', 'à', 'a', 'au', 'aux', 'en', 'par', 'pour', 'sur', 'dans', 'que', 'qui', 'se', 'sa', 'son', 'ses', 'leur', 'leurs', 'est', 'sont', 'ce', 'cette', 'ces', 'y'],
  es: ['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'de', 'del', 'y', 'e', 'o', 'u', 'a', 'al', 'en', 'por', 'para', 'con', 'que', 'se', 'su', 'sus', 'es', 'son', 'este', 'esta', 'estos', 'estas'],
  // Folded forms (see core/text/arabic.ts): في من على إلى عن أو أن التي الذي ... Never "لا", "غير", "دون", "إلا": they negate.
  ar: ['في', 'من', 'علي', 'الي', 'عن', 'او', 'ان', 'التي', 'الذي', 'الذين', 'اللذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'ما', 'مع', 'قد', 'به', 'بها', 'له', 'لها', 'هو', 'هي', 'ثم', 'كما', 'اي'],
  // Never "не", "без": they negate.
  ru: ['и', 'в', 'во', 'на', 'с', 'со', 'по', 'к', 'ко', 'о', 'об', 'от', 'для', 'из', 'или', 'а', 'но', 'что', 'это', 'его', 'ее', 'её', 'их', 'при', 'за', 'до', 'как', 'также', 'то', 'который', 'которые', 'которых', 'которым', 'этого', 'этой', 'этих', 'же', 'ли', 'бы'],
  // Particles and conjunctions the segmenter cuts out: 的 和 与 及 或者 ... Never 不, 未, 非 (they negate), nor 地 (a place: 制造地).
  zh: ['的', '了', '着', '和', '与', '及', '以及', '或', '或者', '之', '其', '等', '在', '对', '由', '将', '把', '并', '而', '是', '于'],
};

/** Stem then fold accents, memoised per language. */
const stemmers = new Map<Language, (word: string) => string>();

function stemmerFor(lang: Language): (word: string) => string {
  let stem = stemmers.get(lang);
  if (!stem) {
    const name = SNOWBALL[lang];
    // A law repeats a small vocabulary many times: stem each distinct word once.
    const s = name ? snowball.newStemmer(name) : undefined;
    const reduce = lang === 'ar' ? lightStem : lang === 'zh' ? (w: string) => w.normalize('NFKC') : (w: string) => foldAccents(s ? s.stem(w) : w);
    const cache = new Map<string, string>();
    stem = (w) => {
      let out = cache.get(w);
      if (out === undefined) cache.set(w, (out = reduce(w)));
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

// Letters and digits, with the marks that sit on them (Arabic short vowels, decomposed accents); Han characters stand
// alone where no segmenter cuts Chinese into words.
const WORD = /\p{Script=Han}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)?/gu;
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

let zhSegmenter: Intl.Segmenter | undefined;

/**
 * The words of a text with their offsets. Chinese is cut by Intl.Segmenter (ICU's dictionary, which Node and
 * Chromium carry with full ICU), punctuation left out; other languages by letters and digits.
 */
function* wordsOf(text: string, lang: Language): Generator<{ word: string; index: number }> {
  if (lang === 'zh' && typeof Intl.Segmenter === 'function') {
    zhSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    // Traditional characters are read as the simplified ones the recognisers use, at the same offsets.
    for (const s of zhSegmenter.segment(simplified(text))) if (s.isWordLike) yield { word: s.segment, index: s.index };
    return;
  }
  for (const m of text.matchAll(WORD)) yield { word: m[0], index: m.index };
}

/** A word lower-cased and, per language, cleared of what does not change it: elisions, Arabic letter forms. */
function cleanWord(raw: string, lang: Language): string {
  // Composed accents, so that the stemmer sees "ación" whether the text wrote é as one character or two.
  const word = (/[\u0080-\uffff]/.test(raw) ? raw.normalize('NFC') : raw).toLowerCase().replace('’', "'");
  // French and English elisions: "l'importation" -> "importation", "manufacturer's" -> "manufacturer".
  if (lang === 'fr') return elide(word);
  if (lang === 'en') return word.replace(/'s$/, '');
  if (lang === 'ar') return repairLamAlef(foldArabicLetters(word));
  return word;
}

const cleaned = new Map<Language, Map<string, string>>();

/** Split text into normalised tokens with their offsets; stopwords are left out. */
export function tokenize(text: string, lang: Language): Token[] {
  const stem = stemmerFor(lang);
  const stop = stopwordsOf(lang);
  // A law repeats its words: clean each distinct spelling once.
  let clean = cleaned.get(lang);
  if (!clean) cleaned.set(lang, (clean = new Map()));
  const out: Token[] = [];
  const plain = compact(text);
  for (const { word: raw, index } of wordsOf(plain.text, lang)) {
    let word = clean.get(raw);
    if (word === undefined) clean.set(raw, (word = cleanWord(raw, lang)));
    if (stop.has(word)) continue;
    out.push({ norm: stem(word), start: plain.at(index), end: plain.at(index + raw.length - 1) + 1 });
  }
  return out;
}

const stopwordSets = new Map<Language, ReadonlySet<string>>();
function stopwordsOf(lang: Language): ReadonlySet<string> {
  let set = stopwordSets.get(lang);
  if (!set) stopwordSets.set(lang, (set = new Set(STOPWORDS[lang] ?? [])));
  return set;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Folded surface form of a word, as prefix ("word*") and exact ("=word") terms compare it. */
export function surface(word: string): string {
  if (ARABIC.test(word)) return arabicSurface(word.toLowerCase());
  return elide(foldAccents(word.toLowerCase().replace('’', "'")));
}

/**
 * A French word without its elided article or pronoun: "l'importation" -> "importation". Not "n'importe"
 * ("à n'importe quel moment": at any time), which would otherwise read as the verb to import.
 */
function elide(word: string): string {
  return word === "n'importe" ? word : word.replace(/^(?:l|d|qu|n|s|c|j)'/, '');
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
    // The mark applies to the last word: "主要零部件*" is 主要 then any word beginning 零部件.
    const pieces = [...wordsOf(core, lang)].map((w) => w.word);
    const last = pieces.pop();
    out.push(...tokenize(pieces.join(' '), lang).map((t) => t.norm));
    if (last) out.push(exact ? `=${surface(last)}` : `${surface(last)}*`);
  }
  return out;
}
