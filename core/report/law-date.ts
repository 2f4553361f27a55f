/**
 * The date of a law as its opening lines state it, for the report's cover: a full date ("of 22 December 2007",
 * "du 3 août 2011", "de 22 de enero de 2015", "December 22, 2007") or, failing one, the year in the law's title
 * ("Arms Act 2016", "Décret-loi n° 2018-112", "Decreto 45/2020"). The text is returned as found; the year and,
 * for a full date, the ISO date are parsed from it.
 */

export interface LawDate {
  /** As printed in the law, e.g. "22 December 2007" or "2016". */
  text: string;
  year: number;
  /** YYYY-MM-DD, when a full date was found. */
  iso?: string;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const MONTH = '([\\p{L}]{3,10})';
const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º|°|o)?';

/** Day-month-year in English, French and Spanish ("22 December 2007", "1er août 2011", "22 de enero de 2015"). */
const DMY = new RegExp(`(?<![\\p{L}\\d])${DAY}\\s+(?:de\\s+)?${MONTH}\\s*,?\\s+(?:de\\s+|del\\s+)?${YEAR}(?!\\d)`, 'iu');
/** Month-day-year ("December 22, 2007"). */
const MDY = new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s+(\\d{1,2}),\\s*${YEAR}(?!\\d)`, 'iu');
/** A year standing alone or as the first or last part of a number ("2016", "2018-112", "45/2020"). */
const TITLE_YEAR = new RegExp(`(?<![\\d.])${YEAR}(?!\\d)`, 'u');

function valid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A full date in one line of text, if it states one. */
export function findDate(line: string): LawDate | undefined {
  const dmy = line.match(DMY);
  if (dmy) {
    const [text, d, month, y] = dmy;
    const m = MONTHS[fold(month!)];
    if (m && valid(Number(y), m, Number(d))) return { text: text.trim(), year: Number(y), iso: iso(Number(y), m, Number(d)) };
  }
  const mdy = line.match(MDY);
  if (mdy) {
    const [text, month, d, y] = mdy;
    const m = MONTHS[fold(month!)];
    if (m && valid(Number(y), m, Number(d))) return { text: text.trim(), year: Number(y), iso: iso(Number(y), m, Number(d)) };
  }
  return undefined;
}

/**
 * The law's date from its opening lines (the same lines `lawMetadata` reads for the title): the first full date
 * there, else the year in the title.
 */
export function lawDate(source: string, title?: string): LawDate | undefined {
  const lines = source
    .split('\n')
    .map((l) => l.replace(/^[#*\s]+|[*\s]+$/g, ''))
    .filter((l) => l && !/^(source|title|identifier|---)\b/i.test(l))
    .slice(0, 15);
  for (const line of lines) {
    // Stop at the body of the law: a date in an article is not the law's date.
    if (/^(article|art\.|section|artículo|§)\s*\d/i.test(line)) break;
    const date = findDate(line);
    if (date) return date;
  }
  const year = title?.match(TITLE_YEAR);
  return year ? { text: year[1]!, year: Number(year[1]) } : undefined;
}
