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
import { field, frontMatter, KEYS, sourceNotes, type FrontMatter } from './front-matter.js';
import { readHead, type HeadLine } from './head.js';
import { kindOfSelfReference, kindOfTitle, kindOfWord, type LawKind } from './kind.js';
import { allCaps, citedTitle, headTitle, LONG_TITLE, numberStatement, sameTitle, withNumber, type NumberStatement } from './title.js';

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

/** What the top of the text holds, read once and shared by the readers below. */
interface Opening {
  text: string;
  lang: Language;
  file?: string;
  fm?: FrontMatter;
  /** Corpus or scraper notes above everything ("SOURCE: ..."), joined. */
  sourceLine?: string;
  /** Where the law's own text starts (after notes and front matter). */
  start: number;
  /** The first OPENING characters of the law's own text. */
  opening: string;
  head: ReturnType<typeof readHead>;
  inHead?: ReturnType<typeof headTitle>;
  number?: NumberStatement;
}

function readOpening(text: string, lang: Language, file?: string): Opening {
  const notes = sourceNotes(text);
  const fm = frontMatter(text);
  const start = fm ? fm.end : notes.end;
  const opening = text.slice(start, start + OPENING);
  const head = readHead(opening);
  const inHead = headTitle(head.lines, lang);
  const fmNumber = field(fm, KEYS.kind) && field(fm, KEYS.number) ? `${field(fm, KEYS.kind)} ${field(fm, KEYS.number)}`.replace(/_/g, ' ') : undefined;
  const number = inHead?.number ?? head.lines.map((l) => numberStatement(l.text)).find(Boolean) ?? (fmNumber ? numberStatement(fmNumber) : undefined);
  const sourceLine = notes.notes.length ? notes.notes.join('\n') : undefined;
  return { text, lang, start, opening, head, ...(file ? { file } : {}), ...(fm ? { fm } : {}), ...(sourceLine ? { sourceLine } : {}), ...(inHead ? { inHead } : {}), ...(number ? { number } : {}) };
}

type Found<K extends keyof LawIdentity['from']> = { from: NonNullable<LawIdentity['from'][K]> };

/**
 * The title: front matter, else the head; a citation clause in mixed case replaces the same title in capitals
 * and names the law when nothing else does; the number printed apart is put in front.
 */
function readTitle(o: Opening): ({ title: string } & Found<'title'>) | undefined {
  const { inHead, number } = o;
  const fmTitle = cleanTitle(field(o.fm, KEYS.title) ?? '');
  const cited = citedTitle(o.opening.slice(0, STATEMENTS), o.lang);
  let title: string | undefined = fmTitle ?? (inHead ? cleanTitle(inHead.title) : undefined);
  let from: Found<'title'>['from'] | undefined = fmTitle ? 'front-matter' : inHead?.from;
  if (title && cited && sameTitle(title, cited) && allCaps(title) && !allCaps(cited)) title = cited;
  // A number alone ("REPUBLIC ACT No. 10591") or a long title ("An Act to ...") gives way to the short title.
  else if (cited && (!title || (!fmTitle && (number ? sameTitle(title, number.text) : LONG_TITLE.test(title))))) {
    [title, from] = [cited, 'citation'];
  }
  if (title && number && (fmTitle || inHead?.number || from === 'citation')) title = cleanTitle(withNumber(title, number));
  if (title && from) return { title, from };
  // A law printed as one division of a larger instrument ("TITRE III : MATÉRIELS DE GUERRE ...") that refers
  // to itself as that division ("le présent titre") is named by that division's heading.
  const { lines, first } = o.head;
  if (!lines.length && first && /:\s*\S|\s[-–—]\s/.test(first.text) && DIVISION_SELF.test(o.opening)) {
    const division = cleanTitle(first.text);
    if (division) return { title: division, from: 'division' };
  }
  return undefined;
}

const DIVISION_SELF = /(?:présent|this|presente|este)\s+(?:titre|title|título|titulo|chapitre|chapter|capítulo|capitulo|livre|book|libro|part|partie)/iu;

/** The kind: front matter's type or rank, else the kind its title names, else how it most often calls itself. */
function readKind(o: Opening, title: string | undefined): ({ kind: LawKind } & Found<'kind'>) | undefined {
  const fmKind = field(o.fm, KEYS.kind);
  const fromFm = fmKind ? kindOfWord(fmKind) : undefined;
  if (fromFm) return { kind: fromFm, from: 'front-matter' };
  const fromTitle = title ? kindOfTitle(title) : undefined;
  if (fromTitle) return { kind: fromTitle, from: 'title' };
  const self = kindOfSelfReference(o.text.slice(o.start, o.start + SELF_REFERENCES), o.lang);
  return self ? { kind: self, from: 'self-reference' } : undefined;
}

function readDate(o: Opening, title: string | undefined): DateFound | undefined {
  const fmDate = isoDateValue(field(o.fm, KEYS.date));
  if (fmDate) return { date: fmDate, text: fmDate, from: 'front-matter' };
  const fmTitle = Boolean(field(o.fm, KEYS.title));
  const at = o.inHead && !fmTitle ? o.inHead.line : -1;
  return headDate(o.head.lines, title ?? o.number?.text, at, o.inHead?.span ?? 1, o.lang !== 'en');
}

/** The country: front matter's code or name, else the names of States in the text (then notes, then file name). */
function readCountry(o: Opening, title: string | undefined): ({ code?: string; name?: string } & Found<'country'>) | undefined {
  const fmCountry = field(o.fm, KEYS.country);
  if (fmCountry && fmCountry.length === 2 && isCountryCode(fmCountry)) {
    const code = fmCountry.toUpperCase();
    return { code, name: nameOf(code, o.lang), from: 'front-matter' };
  }
  const named = fmCountry ? [...countryMentions(fmCountry, o.lang), ...countryMentions(fmCountry, 'en')][0] : undefined;
  if (named) return { code: named.code, name: named.text, from: 'front-matter' };
  return findCountry({ lang: o.lang, title, head: o.head.lines.map((l) => l.text), body: o.text.slice(o.start), sourceLine: o.sourceLine, file: o.file });
}

export function lawIdentity(text: string, language: Language, file?: string): LawIdentity {
  const o = readOpening(text, language, file);
  const id: LawIdentity = { from: {} };
  const title = readTitle(o);
  if (title) [id.title, id.from.title] = [title.title, title.from];
  const kind = readKind(o, id.title);
  if (kind) [id.kind, id.from.kind] = [kind.kind, kind.from];
  const date = readDate(o, id.title);
  if (date) [id.date, id.dateText, id.from.date] = [date.date, date.text, date.from];
  const country = readCountry(o, id.title);
  if (country?.code) id.country = country.code;
  if (country?.name) id.countryName = country.name;
  if (country) id.from.country = country.from;
  return id;
}

/** The identity's fields that `Analysis.source` carries, only those the text gave. */
export function identitySource(id: LawIdentity): Pick<Source, 'title' | 'country' | 'countryName' | 'date' | 'kind'> {
  const { title, country, countryName, date, kind } = id;
  return Object.fromEntries(Object.entries({ title, country, countryName, date, kind }).filter(([, v]) => v !== undefined));
}
