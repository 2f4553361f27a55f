/**
 * The report on two versions of one law as plain data: the diff (core/compare/diff.ts) in, every section, row and
 * sentence out, in the report's language; compare-docx.ts lays it out.
 */
import type { Catalogue } from '../../model-law/schema.js';
import { CHANGE_KINDS, diffLaws, type ChangeKind, type LawDiff } from '../compare/diff.js';
import type { LawInput } from '../compare/matrix.js';
import type { DiffSegment } from '../compare/text-diff.js';
import type { Shortfall } from '../types.js';
import { VERSION } from '../version.js';
import { shorten, type CompareReportHead } from './compare-model.js';
import { LAW_LOCALE, type Paper, type StatusCell } from './model.js';
import { shortfallSentences } from './shortfall.js';
import { reportWords, type ReportLanguage, type StatusWord } from './words.js';

export interface DiffReportOptions {
  lang: ReportLanguage;
  paper?: Paper;
  date: string;
}

export interface DiffReportInput {
  before: LawInput;
  after: LawInput;
  catalogue: Catalogue;
  options: DiffReportOptions;
}

export interface ClauseItem {
  label: string;
  where: string;
}

export interface DiffReportModel extends CompareReportHead {
  /** BCP 47 tags of the two versions' languages, for the quotations. */
  beforeLocale: string;
  afterLocale: string;
  summary: { heading: string; paragraphs: string[]; columns: string[]; rows: { label: string; count: number }[]; caution: string };
  changes: {
    heading: string;
    intro: string;
    none?: string;
    columns: string[];
    rows: { ref: string; title: string; before: StatusCell; after: StatusCell; change: string; kind: ChangeKind; detail: string[] }[];
  };
  evidence: { heading: string; intro: string; none?: string; columns: string[]; rows: { ref: string; title: string; status: StatusCell; before: string; after: string }[] };
  clauses: {
    heading: string;
    intro: string;
    legend: string;
    marks: { removed: string; added: string };
    added: { heading: string; none?: string; items: (ClauseItem & { text: string })[] };
    removed: { heading: string; none?: string; items: (ClauseItem & { text: string })[] };
    changed: { heading: string; none?: string; items: (ClauseItem & { diff: DiffSegment[] })[] };
  };
}

export function buildDiffReportModel(input: DiffReportInput): DiffReportModel {
  return diffReportModel(diffLaws(input.before, input.after, input.catalogue), input.catalogue, input.options);
}

export function diffReportModel(d: LawDiff, catalogue: Catalogue, options: DiffReportOptions): DiffReportModel {
  const lang = options.lang;
  const words = reportWords(lang);
  const { t, c: w } = words;
  const elements = new Map(catalogue.elements.map((e) => [e.id, e]));
  const recognisers = new Map(catalogue.recognisers.map((r) => [r.element, r]));
  const status = (key: StatusWord): StatusCell => ({ key, label: t(`status.${key}`), byReviewer: false });
  const list = (labels: readonly string[]) => (labels.length ? labels.join(', ') : w('diff.changes.nothingCited'));
  const version = (l: LawDiff['old']) => w('diff.versionValue', { title: l.title, file: l.file, language: t(`language.${l.language}`), clauses: l.clauses });
  const where = (path: readonly string[], title?: string) => [title, path.join(' › ')].filter(Boolean).join(' — ');

  const cover = {
    kicker: w('diff.kicker'),
    title: w('diff.title'),
    subtitle: d.new.title,
    against: w('diff.against'),
    fields: [
      ...(d.new.country ? [{ label: t('cover.country'), values: [d.new.country] }] : []),
      { label: w('diff.earlier'), values: [version(d.old)] },
      { label: w('diff.later'), values: [version(d.new)] },
      { label: t('cover.instruments'), values: [t('cover.protocol')] },
      { label: t('cover.analysedOn'), values: [words.date(options.date)] },
      { label: t('cover.tool'), values: [`lexgap ${VERSION}`] },
      { label: w('diff.fingerprint'), values: [`${w('diff.earlier')}: ${d.old.sha256}`, `${w('diff.later')}: ${d.new.sha256}`] },
      { label: t('cover.reportStatus'), values: [t('cover.reportStatusText')] },
    ],
  };

  const count = (k: ChangeKind) => d.changes.filter((c) => c.change === k).length;
  const summary = {
    heading: w('diff.summary.heading'),
    paragraphs: [w('diff.summary.intro'), ...(d.changes.length ? [] : [w('diff.summary.none')])],
    columns: [w('diff.summary.columns.what'), w('diff.summary.columns.count')],
    rows: [
      ...CHANGE_KINDS.filter((k) => k !== 'other' || count(k)).map((k) => ({ label: w(`diff.summary.rows.${k}`), count: count(k) })),
      { label: w('diff.summary.rows.evidence'), count: d.evidence.length },
      { label: w('diff.summary.rows.added'), count: d.clauses.added.length },
      { label: w('diff.summary.rows.removed'), count: d.clauses.removed.length },
      { label: w('diff.summary.rows.changed'), count: d.clauses.changed.length },
    ],
    caution: w('diff.summary.caution'),
  };

  const missingText = (id: string, shortfalls: readonly Shortfall[]) => shortfallSentences(shortfalls, recognisers.get(id), words);
  const changes = {
    heading: w('diff.changes.heading'),
    intro: w('diff.changes.intro'),
    ...(d.changes.length ? {} : { none: w('diff.changes.none') }),
    columns: [w('diff.changes.columns.ref'), w('diff.changes.columns.element'), w('diff.changes.columns.before'), w('diff.changes.columns.after'), w('diff.changes.columns.change')],
    rows: d.changes.map((c) => {
      const e = elements.get(c.id)!;
      return {
        ref: e.ref,
        title: e.title[lang],
        before: status(c.from),
        after: status(c.to),
        change: w(`diff.changes.kinds.${c.change}`),
        kind: c.change,
        detail: [w('diff.changes.citedBefore', { clauses: list(c.before) }), w('diff.changes.citedAfter', { clauses: list(c.after) }), ...missingText(c.id, c.shortfallsAfter)],
      };
    }),
  };

  const evidence = {
    heading: w('diff.evidence.heading'),
    intro: w('diff.evidence.intro'),
    ...(d.evidence.length ? {} : { none: w('diff.evidence.none') }),
    columns: [w('diff.evidence.columns.ref'), w('diff.evidence.columns.element'), w('diff.evidence.columns.status'), w('diff.evidence.columns.before'), w('diff.evidence.columns.after')],
    rows: d.evidence.map((m) => {
      const e = elements.get(m.id)!;
      return { ref: e.ref, title: e.title[lang], status: status(m.status), before: list(m.before), after: list(m.after) };
    }),
  };

  const none = (n: number) => (n ? {} : { none: w('diff.clauses.none') });
  const clauses = {
    heading: w('diff.clauses.heading'),
    intro: w('diff.clauses.intro'),
    legend: w('diff.clauses.legend'),
    marks: { removed: w('diff.clauses.removedMark'), added: w('diff.clauses.addedMark') },
    added: { heading: w('diff.clauses.added'), ...none(d.clauses.added.length), items: d.clauses.added.map((c) => ({ label: c.label, where: where(c.path, c.title), text: c.text })) },
    removed: { heading: w('diff.clauses.removed'), ...none(d.clauses.removed.length), items: d.clauses.removed.map((c) => ({ label: c.label, where: where(c.path, c.title), text: c.text })) },
    changed: { heading: w('diff.clauses.changed'), ...none(d.clauses.changed.length), items: d.clauses.changed.map((c) => ({ label: c.label, where: where(c.path, c.title), diff: c.diff })) },
  };

  return {
    lang,
    locale: t('locale'),
    paper: options.paper ?? 'a4',
    words,
    title: `${w('diff.header')}: ${d.new.title}`,
    header: shorten(d.new.title, 64),
    beforeLocale: LAW_LOCALE[d.old.language],
    afterLocale: LAW_LOCALE[d.new.language],
    cover,
    summary,
    changes,
    evidence,
    clauses,
  };
}
