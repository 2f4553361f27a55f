/**
 * The comparative report as plain data: several laws (each with its analysis, text and any reviewer decisions)
 * in; every section, row and sentence out, in the report's language. Like model.ts for the single report, it
 * decides what the report says; compare-docx.ts only lays it out.
 */
import type { Catalogue, Element, Tier } from '../../model-law/schema.js';
import { harmonize, type ArticleNotes } from '../compare/harmonize.js';
import { clauseName, compareLaws, type Comparison, type LawInput } from '../compare/matrix.js';
import type { ReviewStatus } from '../types.js';
import { VERSION } from '../version.js';
import { editionWords, elementItem as itemOf, lower, paragraphOf, rollupOf } from './catalogue-words.js';
import { rollupStatus } from './rollup.js';
import { excerpt, LAW_LOCALE, primaryChapter, type Field, type Paper, type StatusCell } from './model.js';
import { shortfallSentences } from './shortfall.js';
import { isReportLanguage, reportWords, type ReportLanguage, type ReportWords, type StatusWord } from './words.js';

export interface CompareReportOptions {
  lang: ReportLanguage;
  paper?: Paper;
  /** The day of the analysis (ISO 8601). */
  date: string;
}

export interface CompareReportInput {
  laws: readonly LawInput[];
  catalogue: Catalogue;
  options: CompareReportOptions;
}

export interface ModelQuote {
  /** "Quoted from Kestria:" */
  intro: string;
  label: string;
  text: string;
  /** BCP 47 tag of the quoted law's language. */
  locale: string;
}

/** What the comparative report and the report on two versions share: language, paper, wording, title, cover. */
export interface CompareReportHead {
  lang: ReportLanguage;
  locale: string;
  paper: Paper;
  words: ReportWords;
  title: string;
  header: string;
  cover: { kicker: string; title: string; subtitle: string; against: string; fields: Field[] };
}

export interface CompareReportModel extends CompareReportHead {
  overview: {
    heading: string;
    paragraphs: string[];
    table: { heading: string; columns: string[]; shades: (StatusWord | undefined)[]; rows: { cells: string[] }[] };
    note: string;
    highlights: string[];
  };
  matrix: {
    heading: string;
    intro: string;
    key: { heading: string; items: string[] };
    columns: { ref: string; element: string };
    laws: string[];
    /** The laws' letters (those of their annexes), for column headings where the names do not fit. */
    letters: string[];
    /** "Laws {from} to {to}" for a table that holds only some of the laws. */
    part: string;
    articles: { heading: string; rows: { ref: string; title: string; statuses: StatusCell[] }[] }[];
  };
  notes: {
    heading: string;
    intro: string;
    articles: {
      heading: string;
      paragraphs: string[];
      shared?: { heading: string; items: { text: string; detail: string[] }[] };
      models?: { heading: string; items: { text: string; detail: string[]; quote: ModelQuote }[] };
    }[];
  };
  annexes: {
    heading: string;
    paragraphs: string[];
    lawLocale: string;
    gaps: { heading: string; intro: string; none?: string; columns: string[]; rows: { ref: string; title: string; tier: string; status: StatusCell; missing: string[] }[] };
    evidence: { heading: string; intro: string; none?: string; columns: string[]; rows: { ref: string; title: string; status: StatusCell; clauses: string[] }[] };
  }[];
  method: { heading: string; sections: readonly { title: string; text: string }[] };
}

const BINDING: readonly Tier[] = ['mandatory', 'qualified'];
const MODEL_QUOTE_CHARS = 450;

/** The report's language when none is asked for: the laws' own where they share one lexgap writes reports in, else English. */
export function defaultCompareLanguage(languages: readonly string[]): ReportLanguage {
  const first = languages[0];
  return first !== undefined && isReportLanguage(first) && languages.every((l) => l === first) ? first : 'en';
}

export function buildCompareReportModel(input: CompareReportInput): CompareReportModel {
  const { catalogue, options } = input;
  const comparison = compareLaws(input.laws, catalogue);
  return compareReportModel(comparison, harmonize(comparison, catalogue), catalogue, options);
}

export function compareReportModel(c: Comparison, notes: readonly ArticleNotes[], catalogue: Catalogue, options: CompareReportOptions): CompareReportModel {
  const lang = options.lang;
  const words = reportWords(lang);
  const { t, c: w } = words;
  const elements = new Map(catalogue.elements.map((e) => [e.id, e]));
  const recognisers = new Map(catalogue.recognisers.map((r) => [r.element, r]));
  const ordered = c.rows.map((r) => elements.get(r.id)!);
  const names = c.laws.map((l) => l.name);
  const status = (key: StatusWord, byReviewer = false): StatusCell => ({ key, label: t(`status.${key}`), byReviewer });
  const word = (st: StatusWord) => lower(t(`status.${st}`));
  const elementItem = (e: Element) => itemOf(e, lang);
  const elementLine = (e: Element) => `${e.ref} ${e.title[lang]}`;
  const and = words.list;
  const colon = t('punctuation.colon');
  const semicolon = t('punctuation.semicolon');
  const chapterName = (e: Element) => {
    const ch = primaryChapter(e, catalogue);
    return ch ? `${t('chapterInText', { numeral: ch.numeral })} (${ch.title[lang]})` : undefined;
  };

  // ---- Cover
  const cover = {
    kicker: w('cover.kicker'),
    title: w('cover.title'),
    subtitle: and(names),
    against: w('cover.against'),
    fields: [
      {
        label: w('cover.laws'),
        values: c.laws.map((l) => w('cover.lawValue', { name: l.name, title: l.title, file: l.file, language: t(`language.${l.language}`), clauses: l.clauses })),
      },
      { label: w('cover.instruments'), values: [t('cover.protocol'), t('cover.modelLaw', editionWords(catalogue, words))] },
      { label: w('cover.analysedOn'), values: [words.date(options.date)] },
      { label: w('cover.tool'), values: [`lexgap ${VERSION}`] },
      { label: w('cover.reportStatus'), values: [w('cover.reportStatusText')] },
    ],
  };

  // ---- Overview
  const anyNa = c.laws.some((l) => l.summary['not-applicable'] > 0);
  const counted: ReviewStatus[] = ['covered', 'partial', 'missing', ...(anyNa ? (['not-applicable'] as const) : [])];
  const binding = ordered.filter((e) => BINDING.includes(e.tier));
  const rowOf = new Map(c.rows.map((r) => [r.id, r]));
  const everyGap = notes.flatMap((n) => n.sharedGaps.filter((g) => g.everyLaw && g.laws.length === c.laws.length).map((g) => elements.get(g.element)!));
  const everyCovered = notes.flatMap((n) => n.coveredByAll.map((id) => elements.get(id)!));
  const overview = {
    heading: w('overview.heading'),
    paragraphs: [w('overview.intro', { count: c.laws.length, elements: ordered.length }), w('overview.reviewedNone')],
    table: {
      heading: w('overview.table'),
      columns: [w('overview.columns.law'), w('overview.columns.language'), w('overview.columns.clauses'), ...counted.map((st) => t(`status.${st}`)), w('overview.columns.binding')],
      shades: [undefined, undefined, undefined, ...counted, undefined] as (StatusWord | undefined)[],
      rows: c.laws.map((l, i) => ({
        cells: [
          l.name,
          t(`language.${l.language}`),
          String(l.clauses),
          ...counted.map((st) => String(l.summary[st])),
          String(binding.filter((e) => ['missing', 'partial'].includes(rowOf.get(e.id)!.statuses[i]!)).length),
        ],
      })),
    },
    note: w('overview.tableNote', { elements: ordered.length }),
    highlights: [
      everyGap.length ? w('overview.everyGap', { items: and(everyGap.map(elementItem)) }) : w('overview.everyGapNone'),
      everyCovered.length ? w('overview.everyCovered', { items: and(everyCovered.map(elementItem)) }) : w('overview.everyCoveredNone'),
    ],
  };

  // ---- Matrix
  const articleHeading = (n: number) => {
    const a = catalogue.articles.find((x) => x.number === n)!;
    return `${t('article', { n })} — ${a.title[lang].text}`;
  };
  const matrix = {
    heading: w('matrix.heading'),
    intro: w('matrix.intro'),
    key: { heading: w('matrix.key'), items: c.laws.map((l, i) => `${annexLetter(i)} — ${w('matrix.keyValue', { name: l.name, title: l.title })}`) },
    columns: w('matrix.columns', { returnObjects: true }),
    laws: names,
    letters: names.map((_, i) => annexLetter(i)),
    part: w('matrix.part'),
    articles: notes.map((n) => ({
      heading: articleHeading(n.article),
      rows: n.elements.map((id) => {
        const e = elements.get(id)!;
        const r = rowOf.get(id)!;
        return {
          ref: e.ref,
          title: e.title[lang],
          statuses: r.findings.map((f) => {
            const cell = status(f.status, f.statusBy === 'reviewer');
            return cell.byReviewer ? { ...cell, label: `${cell.label} ${t('matrix.reviewed')}` } : cell;
          }),
        };
      }),
    })),
  };

  // ---- Harmonization notes
  const lawList = (laws: readonly number[]) => and(laws.map((i) => names[i]!));
  const withStatus = (laws: readonly number[], statuses: readonly ReviewStatus[]) => and(laws.map((i) => `${names[i]} (${word(statuses[i]!)})`));
  const notesModel = {
    heading: w('notes.heading'),
    intro: w('notes.intro'),
    articles: notes.map((n) => {
      const paragraphs: string[] = [];
      if (n.coveredByAll.length === n.elements.length) paragraphs.push(w('notes.allCovered'));
      else if (!n.sharedGaps.length && !n.models.length) paragraphs.push(w('notes.noGap'));
      const shared = n.sharedGaps.map((g) => {
        const e = elements.get(g.element)!;
        const r = rowOf.get(g.element)!;
        const groups = (['missing', 'partial'] as const).flatMap((st) => {
          const laws = g.laws.filter((i) => r.statuses[i] === st);
          return laws.length ? [`${word(st)}${colon}${lawList(laws)}`] : [];
        });
        const chapter = g.everyLaw ? chapterName(e) : undefined;
        return { text: w('notes.sharedItem', { element: elementLine(e), statuses: groups.join(semicolon) }), detail: chapter ? [w('notes.noModel', { chapter })] : [] };
      });
      const models = n.models.map((m) => {
        const e = elements.get(m.element)!;
        const r = rowOf.get(m.element)!;
        const f = r.findings[m.law]!;
        const terms = f.evidence.find((ev) => ev.clause === m.clause.id)?.terms ?? [];
        return {
          text: w('notes.modelItem', { element: elementLine(e), law: names[m.law]!, clause: clauseName(m.clause) }),
          detail: [
            w('notes.drawOn', { laws: withStatus(m.gapIn, r.statuses) }),
            ...(m.alsoCoveredBy.length ? [w('notes.alsoCovered', { laws: lawList(m.alsoCoveredBy) })] : []),
          ],
          quote: {
            intro: w('notes.quoteNote', { law: names[m.law]! }),
            label: [clauseName(m.clause), m.clause.path.join(' › ')].filter(Boolean).join(' — '),
            text: excerpt(m.clause.text, terms, MODEL_QUOTE_CHARS),
            locale: LAW_LOCALE[c.laws[m.law]!.language],
          },
        };
      });
      return {
        heading: articleHeading(n.article),
        paragraphs,
        ...(shared.length ? { shared: { heading: w('notes.shared'), items: shared } } : {}),
        ...(models.length ? { models: { heading: w('notes.models'), items: models } } : {}),
      };
    }),
  };

  // ---- Annexes, one per law
  const annexes = c.laws.map((l, i) => {
    const clauses = c.clauses[i]!;
    const findings = c.rows.map((r) => ({ e: elements.get(r.id)!, f: r.findings[i]! }));
    const cell = (f: (typeof findings)[number]['f']) => status(f.status, f.statusBy === 'reviewer');
    // A measure of art 15(1) the law lacks is no gap where the law has another: one is enough.
    const statusOfLaw = new Map(findings.map(({ e, f }) => [e.id, f.status]));
    const metElsewhere = (id: string) => {
      const r = rollupOf(catalogue, id);
      return r !== undefined && rollupStatus(r, statusOfLaw) === 'covered';
    };
    const gaps = findings
      .filter(({ e, f }) => (f.status === 'missing' || f.status === 'partial') && !metElsewhere(e.id))
      .map(({ e, f }) => ({
        ref: e.ref,
        title: e.title[lang],
        tier: ((r) => (r ? t('rollup.memberTier', { paragraph: paragraphOf(r) }) : t(`tier.${e.tier}`)))(rollupOf(catalogue, e.id)),
        status: cell(f),
        missing: f.status === 'partial' ? shortfallSentences(f.shortfalls, recognisers.get(f.id), words) : [],
      }));
    const evidence = findings
      .filter(({ f }) => (f.status === 'covered' || f.status === 'partial') && f.evidence.length)
      .map(({ e, f }) => ({
        ref: e.ref,
        title: e.title[lang],
        status: cell(f),
        clauses: f.evidence.flatMap((ev) => {
          const cl = clauses.get(ev.clause);
          return cl ? [clauseName(cl)] : [];
        }),
      }));
    const parts = counted.filter((st) => st !== 'not-applicable' || l.summary[st]).map((st) => `${word(st)}${colon}${l.summary[st]}`);
    return {
      heading: w('annex.heading', { letter: annexLetter(i), name: l.name }),
      paragraphs: [
        w('annex.intro', { title: l.title, file: l.file, language: t(`language.${l.language}`), clauses: l.clauses }),
        w('annex.counts', { elements: ordered.length, parts: parts.join(', ') }),
      ],
      lawLocale: LAW_LOCALE[l.language],
      gaps: {
        heading: w('annex.gaps'),
        intro: w('annex.gapsIntro'),
        ...(gaps.length ? {} : { none: w('annex.gapsNone') }),
        columns: [w('annex.gapColumns.ref'), w('annex.gapColumns.element'), w('annex.gapColumns.tier'), w('annex.gapColumns.status'), w('annex.gapColumns.missing')],
        rows: gaps,
      },
      evidence: {
        heading: w('annex.evidence'),
        intro: w('annex.evidenceIntro'),
        ...(evidence.length ? {} : { none: w('annex.evidenceNone') }),
        columns: [w('annex.evidenceColumns.ref'), w('annex.evidenceColumns.element'), w('annex.evidenceColumns.status'), w('annex.evidenceColumns.clauses')],
        rows: evidence,
      },
    };
  });

  const title = `${w('header')}: ${and(names)}`;
  return {
    lang,
    locale: t('locale'),
    paper: options.paper ?? 'a4',
    words,
    title,
    header: shorten(and(names), 64),
    cover,
    overview,
    matrix,
    notes: notesModel,
    annexes,
    method: { heading: t('method.heading'), sections: [w('method.comparative', { returnObjects: true }), ...t('method.sections', { returnObjects: true })] },
  };
}

/** A, B, … Z, then AA, AB, … */
export function annexLetter(i: number): string {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 2).replace(/\s+\S*$/, '')} …` : s;
}
