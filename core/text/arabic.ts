/**
 * Arabic words reduced so that the spellings of one word compare equal: letter forms folded, the lam-alef that PDF
 * extraction writes reversed put back, and a light stemmer (Larkey's "light10": the conjunction و, the article and
 * its prefixed forms, common suffixes) that strips what Arabic attaches to a word.
 */

/** Short vowels and other marks (tashkeel), the dagger alef, Quranic annotation marks and tatweel (kashida). */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Arabic-Indic and Eastern Arabic-Indic digits to Western digits: "١٢" -> "12". */
export function westernDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

/**
 * Letter forms folded: presentation forms and the lam-alef ligatures (ﻻ ﻷ) to letters, marks and tatweel removed,
 * alef with hamza or madda and alef wasla to alef, hamza on waw or ya to the bare letter, taa marbuta to ha, alef
 * maqsura to ya.
 */
export function foldArabicLetters(s: string): string {
  return westernDigits(
    s
      .normalize('NFKC')
      .replace(MARKS, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ؤ/g, 'و')
      .replace(/ئ/g, 'ي')
      .replace(/ة/g, 'ه')
      .replace(/ى/g, 'ي'),
  );
}

/**
 * Some PDF extraction writes each lam-alef ligature as its two letters in the wrong order: "األسلحة" for "الأسلحة",
 * "االستيراد" for "الاستيراد", "ال يجوز" for "لا يجوز". Where the reversal is certain (no Arabic word starts with two
 * alefs, and the article never stands alone) it is undone; inside a word it cannot be told from a real "ال", so the
 * stems compare in one order (see canonicalLamAlef).
 */
export function repairLamAlef(folded: string): string {
  if (folded === 'ال') return 'لا';
  return folded.replace(/^([وف]?[بك]?)اال/, '$1الا').replace(/^([وف]?)لال/, '$1للا');
}

/** "لا" and "ال" inside a stem in one order, so that "سلاح" and its reversed extraction "سالح" are the same word. */
export function canonicalLamAlef(s: string): string {
  return s.replace(/لا/g, 'ال');
}

/** A word as the exact and prefix terms compare it: folded, repaired, lam-alef in one order. */
export function arabicSurface(word: string): string {
  return canonicalLamAlef(repairLamAlef(foldArabicLetters(word)));
}

const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['هم', 'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/**
 * Light stemming of a folded, repaired word (Larkey, Ballesteros and Connell's light10, letter forms already folded):
 * the conjunction و where three letters remain, one article form where two remain, then each suffix once, right to
 * left, where two remain. Then a preposition joined to a word without the article (ب ك ل ف) is taken off where three
 * letters remain: "بترخيص" is "ترخيص", "بحكم" is "حكم", "بيع" stays. A word that begins with one of these letters
 * loses it too, with or without the article ("بيانات" and "البيانات" alike): the same on both sides of a match.
 */
export function lightStem(word: string): string {
  let w = word;
  if (w.startsWith('و') && w.length >= 4) w = w.slice(1);
  const article = ARTICLES.find((a) => w.startsWith(a) && w.length - a.length >= 2);
  if (article) w = w.slice(article.length);
  const bare = w;
  // The accusative ending (tanween on alef, its mark already folded away): "سلاحا" is "سلاح", "تسلسليا" "تسلسلي".
  if (w.endsWith('ا') && w.length >= 4) w = w.slice(0, -1);
  for (const s of SUFFIXES) if (w.endsWith(s) && w.length - s.length >= 2) w = w.slice(0, -s.length);
  // A taa marbuta before a pronoun is written ت: "مشاركته" is "مشاركة" + his.
  if (w.length >= 4 && bare.length > w.length && w.endsWith('ت') && /(?:ته|تها|تهم|تهن)$/.test(bare)) w = w.slice(0, -1);
  w = canonicalLamAlef(w);
  return /^[بكلف]/.test(w) && w.length >= 4 ? w.slice(1) : w;
}
