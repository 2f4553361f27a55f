/**
 * The law's identity, read from its own text: title, country (ISO 3166-1 alpha-2), date (ISO 8601, as precise
 * as the text allows) and kind. Sources in order of trust: YAML front matter; the head of the law (its first
 * Markdown heading, its title lines, its number, the date printed under it, its enacting formula); its own
 * statements ("This Act may be cited as ...", "la présente loi", "本法"); the names of States in a bounded
 * sample of the body; and, for the country only, a corpus `SOURCE:` line and then the file name when nothing
 * else says. Whatever the text does not say stays undefined: nothing is invented.
 *
 * Pure and cheap: it reads the first 20,000 characters and, for names of States, reads on only until one
 * clearly leads (at most 200,000 characters, sampled across a longer law).
 */
import type { Language, Source } from '../types.js';
import { cleanTitle } from './clean.js';
import { findCountry, isCountryCode, nameOf, countryMentions } from './country.js';
import { dayMonth, findDates, findYear, isoDateValue, type FoundDate } from './dates.js';
import { field, frontMatter, KEYS, sourceNotes } from './front-matter.js';
import { readHead, type HeadLine } from './head.js';
import { kindOfSelfReference, kindOfTitle, kindOfWord, type LawKind } from './kind.js';
import { allCaps, citedTitle, headTitle, LONG_TITLE, numberStatement, sameTitle, withNumber } from './title.js';

export { LAW_KINDS, type LawKind } from './kind.js';

export interface LawIdentity {
  title?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  /** The State as the text names it ("Swiss Confederation", "Namibia"), also when it has no ISO code ("Kestria"). */
  countryName?: string;
  /** YYYY-MM-DD, or YYYY when the text gives only the year. */
  date?: string;
  /** The date as printed ("20 June 1997", "25/7/1426هـ", "1959"). */
  dateText?: string;
  kind?: LawKind;
  /** Where each field was read, for a reviewer who wonders. */
  from: {
    title?: 'front-matter' | 'heading' | 'head' | 'citation' | 'division';
    country?: 'front-matter' | 'text' | 'source-line' | 'file';
    date?: 'front-matter' | 'title' | 'head' | 'title-year';
    kind?: 'front-matter' | 'title' | 'self-reference';
  };
}

/** How much of the law's opening is read for its title block, statements and self-references. */
const OPENING = 20_000;
/** A citation clause comes early: this much of the opening is searched for it. */
const STATEMENTS = 12_000;
/** How a law calls itself ("du présent code") is counted over this much of it. */
const SELF_REFERENCES = 60_000;
/** Lines recording an amendment, a consolidation or a status: their dates are not the law's own. */
const NOT_THE_LAWS_DATE =
  /amend|modifi|reform|vigente|vigencia|[ée]tat\s+(?:le|au)|status|as\s+at|as\s+of|consolidat|in\s+force|en\s+vigueur|commenc|rige|last\s+updated|actualiza|修正|修订|修改|изменени|редакци|تعديل|معدل|عدل/iu;

/** Words that date the law itself: assent, adoption, signature, promulgation, publication. */
const ENACTED =
  /assent|adopt|signed|enacted|promulg|sanction|approved|publi|adopté|signé|aprobad|firmad|expedid|dado en|принят|подписан|опубликован|通过|公布|صدر|صادر|نشر/iu;

interface DateFound {
  date: string;
  text: string;
  from: NonNullable<LawIdentity['from']['date']>;
}

const full = (d: FoundDate, from: DateFound['from']): DateFound => ({ date: d.iso, text: d.text, from });

/**
 * The law's own date: the date in its title ("Loi du 2 février 2022"), the date printed under the title
 * ("of 20 June 1997 (Status as of ...)", "(diciembre 17)"), a date of adoption or signature in the head that is
 * not an amendment's, else the year in its title or number.
 */
function headDate(lines: readonly HeadLine[], title: string | undefined, titleLine: number, titleSpan: number, dayFirst: boolean): DateFound | undefined {
  const year = title ? findYear(title) : undefined;
  const inTitle = title ? findDates(title, dayFirst)[0] : undefined;
  if (inTitle) return full(inTitle, 'title');
  if (titleLine >= 0) {
    // The lines under the title's first line, within its span too: "LEY 1987 DE 2021" / "(agosto 12)" / "por medio de la cual ...".
    for (const line of lines.slice(titleLine + 1, titleLine + titleSpan + 3)) {
      const first = findDates(line.text, dayFirst)[0];
      // The line under the title: its first date is the law's, whatever status note follows it.
      if (first && first.index <= 12) return full(first, 'head');
      const dm = dayMonth(line.text);
      if (dm && year) {
        const d = findDates(`${dm.day} ${line.text.replace(/[()\d\s]/g, '')} ${year.year}`)[0];
        if (d) return { date: d.iso, text: `${dm.text} ${year.text}`.replace(/^\((.*)\)/, '$1'), from: 'head' };
      }
    }
  }
  const candidates = lines.filter((l) => !NOT_THE_LAWS_DATE.test(l.text));
  // A date of assent, adoption, signature, promulgation or publication is the law's, whatever its year.
  const enacted = candidates.filter((l) => ENACTED.test(l.text)).flatMap((l) => findDates(l.text, dayFirst))[0];
  if (enacted) return full(enacted, 'head');
  // Any other date in the head only when it is of the year the title gives.
  const sameYear = candidates.flatMap((l) => findDates(l.text, dayFirst)).find((d) => !year || d.year === year.year);
  if (sameYear) return full(sameYear, 'head');
  if (year) return { date: String(year.year), text: year.text, from: 'title-year' };
  return undefined;
}

export function lawIdentity(text: string, language: Language, file?: string): LawIdentity {
  const id: LawIdentity = { from: {} };
  const notes = sourceNotes(text);
  const sourceLine = notes.notes.length ? notes.notes.join('\n') : undefined;
  const fm = frontMatter(text);
  const start = fm ? fm.end : notes.end;
  const opening = text.slice(start, start + OPENING);
  const { lines, first } = readHead(opening);

  // Title: front matter, else the head; a citation clause in mixed case replaces the same title in capitals,
  // and names the law when nothing else does; the number printed apart is put in front.
  const fmNumber = field(fm, KEYS.kind) && field(fm, KEYS.number) ? `${field(fm, KEYS.kind)} ${field(fm, KEYS.number)}` : undefined;
  const inHead = headTitle(lines, language);
  const number = inHead?.number ?? lines.map((l) => numberStatement(l.text)).find(Boolean) ?? (fmNumber ? numberStatement(fmNumber.replace(/_/g, ' ')) : undefined);
  const fmTitle = cleanTitle(field(fm, KEYS.title) ?? '');
  const cited = citedTitle(opening.slice(0, STATEMENTS), language);
  let title: string | undefined;
  if (fmTitle) [title, id.from.title] = [fmTitle, 'front-matter'];
  else if (inHead) [title, id.from.title] = [cleanTitle(inHead.title), inHead.from];
  if (title && cited && sameTitle(title, cited) && allCaps(title) && !allCaps(cited)) title = cited;
  // A number alone ("REPUBLIC ACT No. 10591") or a long title ("An Act to ...") gives way to the short title.
  else if (cited && (!title || (!fmTitle && (number ? sameTitle(title, number.text) : LONG_TITLE.test(title))))) {
    [title, id.from.title] = [cited, 'citation'];
    if (number) title = cleanTitle(withNumber(cited, number));
  }
  if (title && number && (fmTitle || inHead?.number)) title = cleanTitle(withNumber(title, number));
  // A law printed as one division of a larger instrument ("TITRE III : MATÉRIELS DE GUERRE ...") that refers
  // to itself as that division ("le présent titre") is named by that division's heading.
  if (!title && !lines.length && first && /:\s*\S|\s[-–—]\s/.test(first.text) && /(?:présent|this|presente|este)\s+(?:titre|title|título|titulo|chapitre|chapter|capítulo|capitulo|livre|book|libro|part|partie)/iu.test(opening)) {
    title = cleanTitle(first.text);
    if (title) id.from.title = 'division';
  }
  if (title) id.title = title;

  // Kind.
  const fmKind = field(fm, KEYS.kind);
  const kind = (fmKind && kindOfWord(fmKind)) || undefined;
  if (kind) [id.kind, id.from.kind] = [kind, 'front-matter'];
  else if (title && kindOfTitle(title)) [id.kind, id.from.kind] = [kindOfTitle(title), 'title'];
  else {
    const self = kindOfSelfReference(text.slice(start, start + SELF_REFERENCES), language);
    if (self) [id.kind, id.from.kind] = [self, 'self-reference'];
  }

  // Date.
  const fmDate = isoDateValue(field(fm, KEYS.date));
  if (fmDate) [id.date, id.dateText, id.from.date] = [fmDate, fmDate, 'front-matter'];
  else {
    const at = inHead && !fmTitle ? inHead.line : -1;
    const found = headDate(lines, title ?? number?.text, at, inHead?.span ?? 1, language !== 'en');
    if (found) [id.date, id.dateText, id.from.date] = [found.date, found.text, found.from];
  }

  // Country.
  const fmCountry = field(fm, KEYS.country);
  if (fmCountry && isCountryCode(fmCountry) && fmCountry.length === 2) {
    id.country = fmCountry.toUpperCase();
    id.countryName = nameOf(id.country, language);
    id.from.country = 'front-matter';
  } else {
    const named = fmCountry ? countryMentions(fmCountry, language).concat(countryMentions(fmCountry, 'en'))[0] : undefined;
    const found = named
      ? { code: named.code, name: named.text, from: 'front-matter' as const }
      : findCountry({ lang: language, title, head: lines.map((l) => l.text), body: text.slice(start), sourceLine, file });
    if (found?.code) id.country = found.code;
    if (found?.name) id.countryName = found.name;
    if (found) id.from.country = found.from;
  }
  return id;
}

/** The identity's fields that `Analysis.source` carries, only those the text gave. */
export function identitySource(id: LawIdentity): Pick<Source, 'title' | 'country' | 'countryName' | 'date' | 'kind'> {
  const { title, country, countryName, date, kind } = id;
  return Object.fromEntries(Object.entries({ title, country, countryName, date, kind }).filter(([, v]) => v !== undefined));
}
