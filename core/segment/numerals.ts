/**
 * Numbers as laws print them, read as integers: Roman numerals ("XIV", "Ier"), ordinal words in Spanish, French
 * and English ("DÉCIMO PRIMERA", "troisième", "FIRST"), Arabic ordinal words and Arabic-Indic digits
 * ("الثالثة والستون", "١٢"), and Chinese numerals of any size ("一百二十三"). Each reader returns undefined for
 * text that is not such a number, so the numbering table can try them in turn.
 */

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** "XIV" -> 14; "Ier" and "IIA" are read by the caller, which strips their suffixes. */
export function romanValue(s: string): number | undefined {
  const r = s.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(r) || !/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(r)) return undefined;
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN_VALUES[r[i]!]!;
    const next = ROMAN_VALUES[r[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// Spanish, French and English ordinal (and a few cardinal) words, folded. Feminine and apocopated forms included.
const UNITS: Record<string, number> = {
  primero: 1, primera: 1, primer: 1, premier: 1, premiere: 1, first: 1, uno: 1, one: 1, unico: 1, unica: 1, unique: 1,
  segundo: 2, segunda: 2, deuxieme: 2, second: 2, seconde: 2, dos: 2, two: 2,
  tercero: 3, tercera: 3, tercer: 3, troisieme: 3, third: 3, tres: 3, three: 3,
  cuarto: 4, cuarta: 4, quatrieme: 4, fourth: 4, four: 4,
  quinto: 5, quinta: 5, cinquieme: 5, fifth: 5, five: 5,
  sexto: 6, sexta: 6, sixieme: 6, sixth: 6, six: 6,
  septimo: 7, septima: 7, setimo: 7, setima: 7, septieme: 7, seventh: 7, seven: 7,
  octavo: 8, octava: 8, huitieme: 8, eighth: 8, eight: 8,
  noveno: 9, novena: 9, neuvieme: 9, ninth: 9, nine: 9,
  decimo: 10, decima: 10, dixieme: 10, tenth: 10, ten: 10,
  undecimo: 11, undecima: 11, onzieme: 11, eleventh: 11, eleven: 11,
  duodecimo: 12, duodecima: 12, douzieme: 12, twelfth: 12, twelve: 12,
  treizieme: 13, thirteenth: 13, quatorzieme: 14, fourteenth: 14, quinzieme: 15, fifteenth: 15, seizieme: 16, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, dixseptieme: 17, dixhuitieme: 18, dixneuvieme: 19,
};
const TENS: Record<string, number> = {
  decimo: 10, decima: 10, vigesimo: 20, vigesima: 20, trigesimo: 30, trigesima: 30, cuadragesimo: 40, cuadragesima: 40,
  quincuagesimo: 50, quincuagesima: 50, sexagesimo: 60, sexagesima: 60, septuagesimo: 70, septuagesima: 70,
  octogesimo: 80, octogesima: 80, nonagesimo: 90, nonagesima: 90, vingtieme: 20, trentieme: 30, quarantieme: 40,
  cinquantieme: 50, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50,
};

/**
 * Ordinal words: "DÉCIMO PRIMERA" -> 11, "decimotercero" -> 13, "VIGÉSIMA" -> 20, "troisième" -> 3, "FIRST" -> 1.
 * Undefined when any word is not part of an ordinal.
 */
export function ordinalWordsValue(text: string): number | undefined {
  const words = fold(text)
    .replace(/[-‐–]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'y' && w !== 'et' && w !== 'and');
  if (!words.length || words.length > 3) return undefined;
  let total = 0;
  for (const w of words) {
    // Fused forms: "decimoprimero", "vigesimosegunda".
    const fused = w.match(/^(decim|vigesim|trigesim|cuadragesim|quincuagesim)[oa](\w+)$/);
    if (fused && UNITS[fused[2]!] !== undefined) {
      total += TENS[`${fused[1]}o`]! + UNITS[fused[2]!]!;
      continue;
    }
    const v = TENS[w] ?? UNITS[w];
    if (v === undefined) return undefined;
    total += v;
  }
  return total || undefined;
}

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** "١٢" or "۱۲" -> "12"; other characters are left as they are. */
export function westernDigits(s: string): string {
  return s.replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** Arabic letters reduced to one form per sound, the way ordinal words are compared. */
export function foldArabic(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // diacritics, dagger alef, tatweel
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
}

const AR_UNITS: Record<string, number> = {
  اول: 1, اولي: 1, حادي: 1, حاديه: 1, واحد: 1,
  ثاني: 2, ثانيه: 2, ثالث: 3, ثالثه: 3, رابع: 4, رابعه: 4, خامس: 5, خامسه: 5, سادس: 6, سادسه: 6,
  سابع: 7, سابعه: 7, ثامن: 8, ثامنه: 8, تاسع: 9, تاسعه: 9, عاشر: 10, عاشره: 10,
};
const AR_TENS: Record<string, number> = {
  // "ثالثون" is "ثلاثون" as a PDF gives it back, its lam-alef ligature reversed (no such word exists otherwise).
  عشر: 10, عشره: 10, عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, ثالثون: 30, ثالثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
  مايه: 100, مئه: 100, ماييه: 100, مايتين: 200, مايتان: 200, ميتين: 200, ميتان: 200,
};

/**
 * Arabic ordinal words, feminine or masculine: "الأولى" -> 1, "الحادية عشرة" -> 11, "الثالثة والستون" -> 63,
 * "العاشرة بعد المائة" -> 110. Undefined when a word is not part of an ordinal.
 */
export function arabicOrdinalValue(text: string): number | undefined {
  const words = foldArabic(text)
    .replace(/[():،,.\-–—]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length || words.length > 5) return undefined;
  let total = 0;
  for (const raw of words) {
    if (raw === 'بعد' || raw === 'و') continue;
    // The conjunction and the article are prefixes: "والستون" -> "ستون", "الثالثة" -> "ثالثه".
    const w = raw.replace(/^و(?=ال|[^ا])/, '').replace(/^ال/, '');
    const v = AR_UNITS[w] ?? AR_TENS[w];
    if (v === undefined) return undefined;
    total += v;
  }
  return total || undefined;
}

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZH_LARGE: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Chinese numerals of any size: "十" -> 10, "二十三" -> 23, "一百零五" -> 105, "一千二百" -> 1200; digits pass through. */
export function chineseValue(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text || !/^[零〇一二两三四五六七八九十百千万亿]+$/.test(text)) return undefined;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in ZH_DIGITS) digit = ZH_DIGITS[ch]!;
    else if (ch in ZH_SMALL) {
      section += (digit || 1) * ZH_SMALL[ch]!;
      digit = 0;
    } else {
      total += (section + digit) * ZH_LARGE[ch]!;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}
