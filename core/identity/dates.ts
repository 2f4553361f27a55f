/**
 * Dates as laws print them, in the six UN languages: "20 June 1997", "June 20, 1997", "1er août 2011",
 * "17 de diciembre de 1993", "13 декабря 1996 г.", "13.12.1996", "1996年7月5日", "5 مايو 2005", and Hijri dates
 * ("25/7/1426هـ", "25 رجب 1426هـ"), which are converted to the Gregorian calendar. Each date keeps the text it
 * was read from, so a report can show it as printed.
 */

import { fold } from './fold.js';

export interface FoundDate {
  /** As printed, e.g. "20 June 1997" or "25/7/1426هـ". */
  text: string;
  /** YYYY-MM-DD (Gregorian). */
  iso: string;
  year: number;
  /** Offset of the date in the string searched. */
  index: number;
}

const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  // en, fr, es (with short forms), ru (nominative and genitive), ar (Egyptian/Gulf, Maghreb and Levantine)
  ['january', 'jan', 'janvier', 'janv', 'enero', 'ene', 'январь', 'января', 'يناير', 'جانفي', 'كانون الثاني'],
  ['february', 'feb', 'fevrier', 'fevr', 'febrero', 'feb', 'февраль', 'февраля', 'فبراير', 'فيفري', 'شباط'],
  ['march', 'mar', 'mars', 'marzo', 'март', 'марта', 'مارس', 'آذار'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'апрель', 'апреля', 'أبريل', 'ابريل', 'إبريل', 'أفريل', 'افريل', 'نيسان'],
  ['may', 'mai', 'mayo', 'май', 'мая', 'مايو', 'ماي', 'أيار', 'ايار'],
  ['june', 'jun', 'juin', 'junio', 'июнь', 'июня', 'يونيو', 'يونيه', 'جوان', 'حزيران'],
  ['july', 'jul', 'juillet', 'juil', 'julio', 'июль', 'июля', 'يوليو', 'يوليه', 'جويلية', 'تموز'],
  ['august', 'aug', 'aout', 'agosto', 'ago', 'август', 'августа', 'أغسطس', 'اغسطس', 'أوت', 'اوت', 'آب'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set', 'сентябрь', 'сентября', 'سبتمبر', 'أيلول', 'ايلول'],
  ['october', 'oct', 'octobre', 'octubre', 'октябрь', 'октября', 'أكتوبر', 'اكتوبر', 'تشرين الأول'],
  ['november', 'nov', 'novembre', 'noviembre', 'ноябрь', 'ноября', 'نوفمبر', 'تشرين الثاني'],
  ['december', 'dec', 'decembre', 'diciembre', 'dic', 'декабрь', 'декабря', 'ديسمبر', 'كانون الأول'],
];

const HIJRI_MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['محرم'], ['صفر'], ['ربيع الأول', 'ربيع الاول'], ['ربيع الآخر', 'ربيع الثاني', 'ربيع الاخر'],
  ['جمادى الأولى', 'جمادى الاولى'], ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الاخرة'], ['رجب'], ['شعبان'], ['رمضان'],
  ['شوال'], ['ذو القعدة', 'ذي القعدة'], ['ذو الحجة', 'ذي الحجة'],
];

const foldMonth = (s: string) => fold(s).replace(/\.$/, '');

function table(names: ReadonlyArray<readonly string[]>): Map<string, number> {
  const map = new Map<string, number>();
  names.forEach((forms, i) => forms.forEach((f) => map.set(foldMonth(f), i + 1)));
  return map;
}
const MONTHS = table(MONTH_NAMES);
const HIJRI_MONTHS = table(HIJRI_MONTH_NAMES);

/** Arabic-Indic and Persian digits to ASCII, so one set of patterns reads them all. */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90 % 16));
}

const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese number as dates write it: digit by digit for years (一九九六), with 十 for days and months (二十四). */
function hanNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s.includes('十')) return Number([...s].map((c) => HAN_DIGITS[c] ?? NaN).join(''));
  const [tens, units] = s.split('十') as [string, string];
  return (tens ? (HAN_DIGITS[tens] ?? NaN) : 1) * 10 + (units ? (HAN_DIGITS[units] ?? NaN) : 0);
}

function valid(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const isoOf = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

let hijriFormat: Intl.DateTimeFormat | null | undefined;

/** The Gregorian date of a Hijri (Umm al-Qura) date, through the platform's calendar data; undefined without it. */
function hijriToIso(y: number, m: number, d: number): string | undefined {
  if (hijriFormat === undefined) {
    try {
      const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      hijriFormat = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
    } catch {
      hijriFormat = null;
    }
  }
  if (!hijriFormat || y < 1300 || y > 1600 || m < 1 || m > 12 || d < 1 || d > 30) return undefined;
  // The mean Hijri year is 354.367 days from 16 July 622; search the few weeks around that estimate.
  const estimate = Date.UTC(622, 6, 16) + ((y - 1) * 354.367 + (m - 1) * 29.53 + (d - 1)) * 86_400_000;
  for (let off = -45; off <= 45; off++) {
    const t = new Date(estimate + off * 86_400_000);
    const parts = Object.fromEntries(hijriFormat.formatToParts(t).map((p) => [p.type, p.value]));
    if (Number(parts.year) === y && Number(parts.month) === m && Number(parts.day) === d)
      return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  return undefined;
}

const B = '(?<![\\p{L}\\p{N}])';
const WORD = '\\p{L}[\\p{L}\\p{M}]*';
const HIJRI_MARK = '\\s*(?:هـ|ه(?![\\p{L}])|H\\b|A\\.?H\\.?)';
/** Day, month name, year: "20 June 1997", "1er août 2011", "17 de diciembre de 1993", "13 декабря 1996", "25 رجب 1426هـ". */
const DAY_MONTH_YEAR = new RegExp(
  `${B}(\\d{1,2})(?:\\s?(?:er|ère|re|º|°|o|st|nd|rd|th)(?![\\p{L}])|\\.)?\\s+(?:de\\s+)?(${WORD}(?:\\s${WORD})?)\\.?,?\\s+(?:(?:de|del|of)\\s+)?(\\d{4})(?!\\d)(${HIJRI_MARK})?`,
  'gu',
);
/** Month name, day, year: "June 20, 1997", "diciembre 17 de 1993". */
const MONTH_DAY_YEAR = new RegExp(`${B}(${WORD})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'gu');
/** Day, month and year in figures: "13.12.1996", "17/12/1993", "25/7/1426هـ". */
const NUMERIC = new RegExp(`${B}(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?!\\d)(${HIJRI_MARK})?`, 'gu');
const ISO = new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`, 'gu');
const HAN = /([〇零一二三四五六七八九\d]{4})\s*年\s*([一二三四五六七八九十\d]{1,3})\s*月\s*([一二三四五六七八九十\d]{1,3})\s*日/gu;

function monthOf(words: string, hijri: boolean): number | undefined {
  const tbl = hijri ? HIJRI_MONTHS : MONTHS;
  const folded = foldMonth(words);
  const whole = tbl.get(folded);
  if (whole) return whole;
  // "diciembre de", "декабря 1996 г": only the first word is the month.
  const first = folded.split(/\s/)[0]!;
  return folded.includes(' ') ? tbl.get(first) : undefined;
}

/**
 * Every full date in `s`, in order of appearance. `dayFirst` says how to read figures such as 05/06/2007 (day
 * first everywhere but in English, where only a day above 12 or a Hijri mark settles it).
 */
export function findDates(input: string, dayFirst = true): FoundDate[] {
  const s = asciiDigits(input);
  const found: FoundDate[] = [];
  const add = (index: number, text: string, y: number, m: number, d: number, hijri = false) => {
    const iso = hijri ? hijriToIso(y, m, d) : valid(y, m, d) ? isoOf(y, m, d) : undefined;
    if (iso && !found.some((f) => index >= f.index && index < f.index + f.text.length))
      found.push({ text: input.slice(index, index + text.length).trim(), iso, year: Number(iso.slice(0, 4)), index });
  };
  for (const m of s.matchAll(DAY_MONTH_YEAR)) {
    // A Hijri month name makes the date Hijri even without the era mark.
    let hijri = Boolean(m[4]);
    let month = monthOf(m[2]!, hijri);
    if (!month && !hijri) hijri = Boolean((month = monthOf(m[2]!, true)));
    if (month) add(m.index, m[0], Number(m[3]), month, Number(m[1]), hijri);
  }
  for (const m of s.matchAll(MONTH_DAY_YEAR)) {
    const month = MONTHS.get(foldMonth(m[1]!));
    if (month) add(m.index, m[0], Number(m[3]), month, Number(m[2]));
  }
  for (const m of s.matchAll(NUMERIC)) {
    const hijri = Boolean(m[5]);
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (hijri || dayFirst || a > 12) add(m.index, m[0], Number(m[4]), b, a, hijri);
  }
  for (const m of s.matchAll(ISO)) add(m.index, m[0], Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of s.matchAll(HAN)) add(m.index, m[0], hanNumber(m[1]!), hanNumber(m[2]!), hanNumber(m[3]!));
  return found.sort((a, b) => a.index - b.index);
}

/** A day and month with no year, as Colombian decrees print under their number: "(diciembre 17)", "(17 de diciembre)". */
export function dayMonth(input: string): { month: number; day: number; text: string } | undefined {
  const s = input.trim().replace(/^\(|\)$/g, '').trim();
  const m = s.match(/^(\p{L}+)\.?\s+(\d{1,2})$/u) ?? s.match(/^(\d{1,2})\s+(?:de\s+)?(\p{L}+)$/u);
  if (!m) return undefined;
  const [word, day] = /^\d/.test(m[1]!) ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
  const month = MONTHS.get(foldMonth(word));
  return month ? { month, day: Number(day), text: input.trim() } : undefined;
}

/**
 * The year of a title or number: "2016", "2018-112", "45/2020", "لسنة 2005", "1996年". A year introduced as one
 * ("LEY 1987 DE 2021", "Act No. 5 of 1996") wins over a number that merely looks like a year.
 */
export function findYear(input: string): { text: string; year: number } | undefined {
  const s = asciiDigits(input);
  const stated = s.match(/(?<![\p{L}])(?:de|del|of|du|لسنة|لعام|год[а]?|year)\s+(1[6-9]\d\d|20\d\d)(?!\d)/iu);
  const m = stated ?? s.match(/(?<![\d.,])(1[6-9]\d\d|20\d\d)(?![\d.,]\d)/u);
  return m ? { text: m[1]!, year: Number(m[1]) } : undefined;
}

/** A full ISO date from a metadata value ("1993-12-17", "2017-04-01T00:00:00Z", a YAML date). */
export function isoDateValue(value: unknown): string | undefined {
  const s = value instanceof Date ? value.toISOString() : typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  const m = s.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m && valid(Number(m[1]), Number(m[2]), Number(m[3]))) return m.slice(1, 4).join('-');
  const dates = findDates(s);
  return dates[0]?.iso;
}
