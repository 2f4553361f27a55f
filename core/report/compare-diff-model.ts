/**
 * The report on two versions of one law as plain data: the diff (core/compare/diff.ts) in, every section, row and
 * sentence out, in the report's language; compare-docx.ts lays it out.
 */
import type { Catalogue } from '../../model-law/schema.js';
import { CHANGE_KINDS, diffLaws, type ChangeKind, type LawDiff } from '../compare/diff.js';
import type { LawInput } from '../compare/matrix.js';
import type { DiffSegment } from '../compare/text-diff.js';
import { VERSION } from '../version.js';
import { COMPARE_STRINGS } from './compare-strings.js';
import { shorten, type CompareReportHead } from './compare-model.js';
import { formatDate, LAW_LOCALE, type Paper, type StatusCell } from './model.js';
import { shortfalls, shortfallText } from './shortfall.js';
import { fill, STRINGS, type ReportLanguage, type StatusWord } from './strings.js';

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
  const s = STRINGS[lang];
  const cs = COMPARE_STRINGS[lang];
  const ds = cs.diff;
  const elements = new Map(catalogue.elements.map((e) => [e.id, e]));
  const recognisers = new Map(catalogue.recognisers.map((r) => [r.element, r]));
  const status = (key: StatusWord): StatusCell => ({ key, label: s.status[key], byReviewer: false });
  const list = (labels: readonly string[]) => (labels.length ? labels.join(', ') : ds.changes.nothingCited);
  const version = (l: LawDiff['old']) => fill(ds.versionValue, { title: l.title, file: l.file, language: s.language[l.language], clauses: l.clauses });
  const where = (path: readonly string[], title?: string) => [title, path.join(' › ')].filter(Boolean).join(' — ');

  const cover = {
    kicker: ds.kicker,
    title: ds.title,
    subtitle: d.new.title,
    against: ds.against,
    fields: [
      ...(d.new.country ? [{ label: s.cover.country, values: [d.new.country] }] : []),
      { label: ds.earlier, values: [version(d.old)] },
      { label: ds.later, values: [version(d.new)] },
      { label: s.cover.instruments, values: [s.cover.protocol] },
      { label: s.cover.analysedOn, values: [formatDate(options.date, s)] },
      { label: s.cover.tool, values: [`lexgap ${VERSION}`] },
      { label: ds.fingerprint, values: [`${ds.earlier}: ${d.old.sha256}`, `${ds.later}: ${d.new.sha256}`] },
      { label: s.cover.reportStatus, values: [s.cover.reportStatusText] },
    ],
  };

  const count = (k: ChangeKind) => d.changes.filter((c) => c.change === k).length;
  const summary = {
    heading: ds.summary.heading,
    paragraphs: [ds.summary.intro, ...(d.changes.length ? [] : [ds.summary.none])],
    columns: [ds.summary.columns.what, ds.summary.columns.count],
    rows: [
      ...CHANGE_KINDS.filter((k) => k !== 'other' || count(k)).map((k) => ({ label: ds.summary.rows[k], count: count(k) })),
      { label: ds.summary.rows.evidence, count: d.evidence.length },
      { label: ds.summary.rows.added, count: d.clauses.added.length },
      { label: ds.summary.rows.removed, count: d.clauses.removed.length },
      { label: ds.summary.rows.changed, count: d.clauses.changed.length },
    ],
    caution: ds.summary.caution,
  };

  const missingText = (id: string, missing: readonly string[]) => shortfalls(missing, recognisers.get(id), lang).map((x) => shortfallText(x, s));
  const changes = {
    heading: ds.changes.heading,
    intro: ds.changes.intro,
    ...(d.changes.length ? {} : { none: ds.changes.none }),
    columns: [ds.changes.columns.ref, ds.changes.columns.element, ds.changes.columns.before, ds.changes.columns.after, ds.changes.columns.change],
    rows: d.changes.map((c) => {
      const e = elements.get(c.id)!;
      return {
        ref: e.ref,
        title: e.title[lang],
        before: status(c.from),
        after: status(c.to),
        change: ds.changes.kinds[c.change],
        kind: c.change,
        detail: [fill(ds.changes.citedBefore, { clauses: list(c.before) }), fill(ds.changes.citedAfter, { clauses: list(c.after) }), ...missingText(c.id, c.missingAfter)],
      };
    }),
  };

  const evidence = {
    heading: ds.evidence.heading,
    intro: ds.evidence.intro,
    ...(d.evidence.length ? {} : { none: ds.evidence.none }),
    columns: [ds.evidence.columns.ref, ds.evidence.columns.element, ds.evidence.columns.status, ds.evidence.columns.before, ds.evidence.columns.after],
    rows: d.evidence.map((m) => {
      const e = elements.get(m.id)!;
      return { ref: e.ref, title: e.title[lang], status: status(m.status), before: list(m.before), after: list(m.after) };
    }),
  };

  const none = (n: number) => (n ? {} : { none: ds.clauses.none });
  const clauses = {
    heading: ds.clauses.heading,
    intro: ds.clauses.intro,
    legend: ds.clauses.legend,
    marks: { removed: ds.clauses.removedMark, added: ds.clauses.addedMark },
    added: { heading: ds.clauses.added, ...none(d.clauses.added.length), items: d.clauses.added.map((c) => ({ label: c.label, where: where(c.path, c.title), text: c.text })) },
    removed: { heading: ds.clauses.removed, ...none(d.clauses.removed.length), items: d.clauses.removed.map((c) => ({ label: c.label, where: where(c.path, c.title), text: c.text })) },
    changed: { heading: ds.clauses.changed, ...none(d.clauses.changed.length), items: d.clauses.changed.map((c) => ({ label: c.label, where: where(c.path, c.title), diff: c.diff })) },
  };

  return {
    lang,
    locale: s.locale,
    paper: options.paper ?? 'a4',
    strings: s,
    compare: cs,
    title: `${ds.header}: ${d.new.title}`,
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
