/**
 * The date of a law as its opening lines state it, for the report's cover: a full date ("of 22 December 2007",
 * "du 3 août 2011", "de 22 de enero de 2015", "December 22, 2007") or, failing one, the year in the law's title
 * ("Arms Act 2016", "Décret-loi n° 2018-112", "Decreto 45/2020"). The text is returned as found; the year and,
 * for a full date, the ISO date are parsed from it. The report reads this until it takes `analysis.source.date`
 * (core/identity), which supersedes it; the date forms are core/identity's.
 */
import { findDates, findYear } from '../identity/dates.js';

export interface LawDate {
  /** As printed in the law, e.g. "22 December 2007" or "2016". */
  text: string;
  year: number;
  /** YYYY-MM-DD, when a full date was found. */
  iso?: string;
}

/** A full date in one line of text, if it states one (the identity reader's date forms, six languages). */
function findDate(line: string): LawDate | undefined {
  const d = findDates(line)[0];
  return d ? { text: d.text, year: d.year, iso: d.iso } : undefined;
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
  const year = title ? findYear(title) : undefined;
  return year ? { text: year.text, year: year.year } : undefined;
}
