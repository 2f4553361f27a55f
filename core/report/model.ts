/**
 * The report as plain data: an analysis, the catalogue, the reviewer's decisions and the options in; every
 * section, row and sentence of the report out, in the report's language. The Word builder (docx.ts) only lays
 * this out, so what the report says is decided and tested here.
 */
import type { Catalogue, Element, Language, Rollup, Tier } from '../../model-law/schema.js';
import { TIERS } from '../../model-law/schema.js';
import { applyReview, type ReviewDecision, type ReviewedFinding } from '../review.js';
import type { Analysis, Clause, ReviewStatus } from '../types.js';
import { editionWords, elementItem as itemOf, lower, meansWords, paragraphOf, qualifierWords, rollupOf, rollupSentences, sourceWords } from './catalogue-words.js';
import { confidenceLevel } from './confidence.js';
import { chapterStatus, rollupStatus, type ChapterStatus } from './rollup.js';
import { shortfallSentences } from './shortfall.js';
import { isReportLanguage, reportWords, type ReportLanguage, type ReportWords, type StatusWord } from './words.js';

export type Paper = 'a4' | 'letter';

export interface ReportOptions {
  lang: ReportLanguage;
  paper?: Paper;
  /** The day of the analysis (ISO 8601); the report prints it on the cover. */
  date: string;
  /** What to print where the law's text does not say it, or says it wrongly. */
  law?: { title?: string; country?: string; date?: string };
}

export interface ReportInput {
  analysis: Analysis;
  catalogue: Catalogue;
  decisions?: readonly ReviewDecision[];
  options: ReportOptions;
}

export interface StatusCell {
  key: StatusWord;
  label: string;
  byReviewer: boolean;
}

export interface Field {
  label: string;
  values: string[];
}

export interface Table<Row> {
  columns: string[];
  rows: Row[];
}

export interface EvidenceModel {
  clause: string;
  /** The clause label as printed, with its own title. */
  label: string;
  /** Where the clause sits: its headings, outermost first. */
  where: string;
  quote: string;
  terms?: string;
  byReviewer: boolean;
}

export interface FindingModel {
  id: string;
  heading: string;
  obligation: string;
  tier: string;
  /** What limits the duty, as the Protocol words it. */
  qualifiers?: string;
  /** Whether a law must say it, or it is mostly a step for the ministry. */
  means: string;
  /** The texts the statement was checked against, or that it was not. */
  sources: string;
  status: StatusCell;
  /** What follows the status word: the confidence of the match, or that a reviewer decided it. */
  statusNote: string;
  /** For an obligation rolled up from its measures (art 15(1)), and for each measure: what its status means. */
  rollup?: { label: string; lines: string[] };
  evidence: EvidenceModel[];
  /** A line naming further clauses cited, beyond those quoted. */
  alsoCited?: string;
  /** Shown when there is no evidence. */
  noEvidence?: string;
  missing: string[];
  /** Why lexgap asks for this finding to be checked first, while no one has decided it. */
  review: string[];
  modelLaw: string;
  pointers: string[];
  decision: string[];
}

export interface ReportModel {
  lang: ReportLanguage;
  locale: string;
  /** BCP 47 tag of the law's language, for the quotations. */
  lawLocale: string;
  paper: Paper;
  /** The report's words, for what the layout writes itself (contents, page numbers, labels). */
  words: ReportWords;
  title: string;
  header: string;
  cover: { kicker: string; title: string; subtitle: string; against: string; fields: Field[] };
  summary: {
    heading: string;
    paragraphs: string[];
    byTier: { heading: string; table: Table<{ label: string; counts: number[] }>; note: string };
    gaps: { heading: string; intro: string; items: { text: string; status: StatusCell; detail: string[] }[] };
    change: {
      heading: string;
      intro: string;
      groups: { chapter: string; lines: { text: string; detail: string[] }[] }[];
      /** Binding obligations met mostly by the State's own action: steps for the ministry, apart from the law's text. */
      ministry?: { heading: string; intro: string; lines: { text: string; detail: string[] }[] };
      further: string[];
    };
  };
  matrix: {
    heading: string;
    intro: string;
    columns: string[];
    articles: { heading: string; rows: { ref: string; title: string; tier: string; status: StatusCell }[]; none?: string }[];
  };
  findings: { heading: string; intro: string; articles: { heading: string; findings: FindingModel[] }[] };
  chapters: {
    heading: string;
    intro: string;
    table: Table<{ title: string; detail: string; status: StatusCell; elements: string[] }>;
    pointersHeading: string;
    pointers: { title: string; text: string }[];
  };
  decisions: { heading: string; intro: string; none?: string; table: Table<{ element: string; proposed: StatusCell; decision: string[]; by: string }> };
  method: { heading: string; sections: readonly { title: string; text: string }[]; sources: { heading: string; items: string[] } };
  annex: { heading: string; intro: string; table: Table<{ clause: string; where: string; elements: string }> };
}

export const LAW_LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', ar: 'ar-SA', ru: 'ru-RU', zh: 'zh-CN' };
export const BINDING: readonly Tier[] = ['mandatory', 'qualified'];
const QUOTED = 3;
const QUOTE_CHARS = 700;

/** The report's language when none is asked for: the law's where the report has it, else English. */
export function defaultReportLanguage(lawLanguage: Language): ReportLanguage {
  return isReportLanguage(lawLanguage) ? lawLanguage : 'en';
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { analysis, catalogue, options } = input;
  const lang = options.lang;
  const words = reportWords(lang);
  const { t } = words;
  const reviewed = applyReview(analysis, input.decisions ?? []);
  const byId = new Map(reviewed.map((f) => [f.id, f]));
  const elements = new Map(catalogue.elements.map((e) => [e.id, e]));
  const recognisers = new Map(catalogue.recognisers.map((r) => [r.element, r]));
  const clauses = new Map(analysis.clauses.map((c) => [c.id, c]));
  const statusOf = new Map<string, ReviewStatus>(reviewed.map((f) => [f.id, f.status]));
  const ordered = catalogue.elements.filter((e) => byId.has(e.id));

  // The law's identity as the analysis read it, unless the person named it otherwise.
  const lawTitle = options.law?.title ?? analysis.source.title ?? analysis.source.file;
  const country = options.law?.country ?? words.country(analysis.source);
  const date = options.law?.date ?? words.lawDate(analysis.source);

  const status = (key: StatusWord, byReviewer = false): StatusCell => ({ key, label: t(`status.${key}`), byReviewer });
  const statusWord = (key: StatusWord) => lower(t(`status.${key}`));
  const cellOf = (f: ReviewedFinding) => status(f.status, f.statusBy === 'reviewer');
  const clauseLabel = (id: string) => clauses.get(id)?.label ?? id;
  const chaptersOf = (id: string) => catalogue.chapters.filter((ch) => ch.implements.includes(id));
  const chapterName = (ch: Catalogue['chapters'][number]) => `${t('chapter', { numeral: ch.numeral })}, ${ch.title[lang]}`;
  const elementItem = (e: Element | Rollup) => itemOf(e, lang);
  const missingText = (f: ReviewedFinding) => shortfallSentences(f.shortfalls, recognisers.get(f.id), words);
  const edition = editionWords(catalogue, words);
  // Art 15(1): one obligation, met by any of its measures; its members count once, as it.
  const rollupState = catalogue.rollups.flatMap((r) => {
    const st = rollupStatus(r, statusOf);
    return st ? [{ r, status: st, sentences: rollupSentences(r, catalogue, statusOf, words) }] : [];
  });
  const stateOf = (r: Rollup) => rollupState.find((x) => x.r === r);
  const units = ordered.filter((e) => !rollupOf(catalogue, e.id));

  // ---- Cover
  const cover = {
    kicker: t('cover.kicker'),
    title: t('cover.title'),
    subtitle: lawTitle,
    against: t('cover.against'),
    fields: [
      ...(country ? [{ label: t('cover.country'), values: [country] }] : []),
      { label: t('cover.law'), values: [lawTitle] },
      { label: t('cover.lawDate'), values: [date ?? t('cover.notStated')] },
      {
        label: t('cover.source'),
        values: [t('cover.sourceValue', { file: analysis.source.file, language: t(`language.${analysis.source.language}`), clauses: analysis.clauses.length })],
      },
      { label: t('cover.instruments'), values: [t('cover.protocol'), t('cover.modelLaw', edition)] },
      { label: t('cover.analysedOn'), values: [words.date(options.date)] },
      { label: t('cover.tool'), values: [`lexgap ${analysis.tool.version}`] },
      { label: t('cover.fingerprint'), values: [analysis.source.sha256] },
      { label: t('cover.reportStatus'), values: [t('cover.reportStatusText')] },
    ],
  };

  // ---- Executive summary
  const binding = ordered.filter((e) => BINDING.includes(e.tier));
  const count = (list: Element[], st: ReviewStatus) => list.filter((e) => statusOf.get(e.id) === st).length;
  const decided = reviewed.filter((f) => f.decision).length;
  const bindingNa = count(binding, 'not-applicable');
  const paragraphs = [
    t('summary.intro', { law: lawTitle, elements: ordered.length }),
    t('summary.binding', {
      total: binding.length,
      parts: words.list((['covered', 'partial', 'missing'] as const).flatMap((st) => (count(binding, st) ? [t(`summary.bindingParts.${st}`, { n: count(binding, st) })] : []))),
    }) +
      (bindingNa ? ` ${t('summary.bindingNotApplicable', { count: bindingNa })}` : ''),
    decided ? t('summary.reviewedSome', { reviewed: decided, elements: ordered.length }) : t('summary.reviewedNone'),
  ];
  const anyNa = reviewed.some((f) => f.status === 'not-applicable');
  const tierStatuses: ReviewStatus[] = ['covered', 'partial', 'missing', ...(anyNa ? (['not-applicable'] as const) : [])];
  const tierRows = TIERS.flatMap((tier) => {
    const list = units.filter((e) => e.tier === tier);
    const rolled = rollupState.filter((x) => x.r.tier === tier);
    const n = list.length + rolled.length;
    return n ? [{ label: t(`tier.${tier}`), counts: [n, ...tierStatuses.map((st) => count(list, st) + rolled.filter((x) => x.status === st).length)] }] : [];
  });
  const gapOf = (tiers: readonly Tier[]) =>
    ordered.filter((e) => tiers.includes(e.tier) && (statusOf.get(e.id) === 'missing' || statusOf.get(e.id) === 'partial'));
  const bindingGaps = gapOf(BINDING);
  const gaps = bindingGaps.map((e) => {
    const f = byId.get(e.id)!;
    return { text: `${e.ref} ${e.title[lang]}`, status: cellOf(f), detail: f.status === 'partial' ? missingText(f) : [] };
  });

  // What the law must say: the binding gaps a law must fill, grouped by the chapter to draw on, in chapter order.
  // The duties met mostly by the State's own action are steps for the ministry, listed apart.
  const groups = new Map<string, { chapter: string; add: Element[]; complete: Element[] }>();
  for (const ch of catalogue.chapters) groups.set(ch.id, { chapter: `${t('chapter', { numeral: ch.numeral })} — ${ch.title[lang]}`, add: [], complete: [] });
  for (const e of bindingGaps.filter((x) => x.means === 'legislative')) {
    const ch = primaryChapter(e, catalogue);
    const g = ch && groups.get(ch.id);
    if (g) (statusOf.get(e.id) === 'missing' ? g.add : g.complete).push(e);
  }
  const changeGroups = [...groups.values()]
    .filter((g) => g.add.length || g.complete.length)
    .map((g) => ({
      chapter: g.chapter,
      lines: [
        ...g.add.map((e) => ({ text: t('summary.add', { item: elementItem(e) }), detail: [] })),
        ...g.complete.map((e) => ({ text: t('summary.complete', { item: elementItem(e) }), detail: missingText(byId.get(e.id)!) })),
      ],
    }));
  const ministryGaps = bindingGaps.filter((e) => e.means === 'administrative');
  const ministry = ministryGaps.length
    ? {
        heading: t('summary.ministry'),
        intro: t('summary.ministryIntro'),
        lines: ministryGaps.map((e) => ({ text: t('summary.check', { item: elementItem(e) }), detail: statusOf.get(e.id) === 'partial' ? missingText(byId.get(e.id)!) : [] })),
      }
    : undefined;
  const furtherOf = (tier: Tier, key: 'summary.definitions' | 'summary.conditional' | 'summary.consider' | 'summary.encouraged') => {
    const list = gapOf([tier]).filter((e) => !rollupOf(catalogue, e.id));
    return list.length ? [t(key, { items: words.list(list.map(elementItem)) })] : [];
  };
  const further = [
    ...furtherOf('definition', 'summary.definitions'),
    ...furtherOf('conditional', 'summary.conditional'),
    ...furtherOf('must-consider', 'summary.consider'),
    // Art 15(1) in words: met by the measures the law has, or to be considered.
    ...rollupState.map((x) => x.sentences.join(' ')),
    ...furtherOf('encouraged', 'summary.encouraged'),
  ];

  const summary = {
    heading: t('summary.heading'),
    paragraphs,
    byTier: {
      heading: t('summary.byTier'),
      table: { columns: [t('summary.tierColumns.tier'), t('summary.tierColumns.elements'), ...tierStatuses.map((st) => t(`status.${st}`))], rows: tierRows },
      note: t('summary.tierNote'),
    },
    gaps: { heading: t('summary.gaps'), intro: gaps.length ? t('summary.gapsIntro') : t('summary.gapsNone'), items: gaps },
    change: {
      heading: t('summary.change'),
      intro: changeGroups.length ? t('summary.changeIntro') : t('summary.changeNone'),
      groups: changeGroups,
      ...(ministry ? { ministry } : {}),
      further,
    },
  };

  // ---- Coverage matrix and findings, article by article
  const articleHeading = (a: Catalogue['articles'][number]) => `${t('article', { n: a.number })} — ${a.title[lang].text}`;
  const matrix = {
    heading: t('matrix.heading'),
    intro: t('matrix.intro'),
    columns: [t('matrix.columns.ref'), t('matrix.columns.element'), t('matrix.columns.tier'), t('matrix.columns.status')],
    articles: catalogue.articles.map((a) => {
      const rows = ordered
        .filter((e) => e.article === a.number)
        .flatMap((e) => {
          const f = byId.get(e.id)!;
          const cell = cellOf(f);
          const r = rollupOf(catalogue, e.id);
          const row = { ref: e.ref, title: e.title[lang], tier: r ? t('rollup.memberTier', { paragraph: paragraphOf(r) }) : t(`tier.${e.tier}`), status: { ...cell, label: cell.byReviewer ? `${cell.label} ${t('matrix.reviewed')}` : cell.label } };
          // The roll-up's own row comes before its first measure.
          const x = r && r.anyOf[0] === e.id ? stateOf(r) : undefined;
          return x ? [{ ref: x.r.ref, title: x.r.title[lang], tier: t(`tier.${x.r.tier}`), status: status(x.status) }, row] : [row];
        });
      return { heading: articleHeading(a), rows, ...(rows.length ? {} : { none: t('matrix.noElements') }) };
    }),
  };

  const finding = (e: Element): FindingModel => {
    const f = byId.get(e.id)!;
    const cell = cellOf(f);
    const level = t(`confidence.${confidenceLevel(f.confidence)}`);
    const statusNote =
      f.statusBy === 'reviewer'
        ? t('findings.statusReviewed', { proposed: statusWord(f.engine.status) })
        : t('findings.confidence', { level });
    const evidence = f.evidence.flatMap((ev) => {
      const c = clauses.get(ev.clause);
      return c ? [{ ev, c }] : [];
    });
    const quoted = evidence.slice(0, QUOTED).map(({ ev, c }) => ({
      clause: c.id,
      label: c.title ? `${c.label} (${c.title})` : c.label,
      where: c.path.join(' › '),
      quote: excerpt(c.text, ev.terms),
      ...(ev.terms.length ? { terms: t('findings.matched', { terms: uniqueWords(ev.terms).join(', ') }) } : {}),
      byReviewer: ev.origin === 'reviewer',
    }));
    const rest = evidence.slice(QUOTED).map(({ c }) => c.label);
    const chs = chaptersOf(e.id);
    const r = rollupOf(catalogue, e.id);
    const rolled = r && stateOf(r);
    // A measure the system could also include needs no work once the system is there.
    const needsWork = (f.status === 'partial' || f.status === 'missing') && rolled?.status !== 'covered';
    const qualifiers = qualifierWords(e, words);
    return {
      id: e.id,
      heading: `${e.ref} — ${e.title[lang]}`,
      obligation: e.obligation[lang] ?? e.obligation.en,
      tier: r ? t('rollup.memberTier', { paragraph: paragraphOf(r) }) : t(`tier.${e.tier}`),
      ...(qualifiers ? { qualifiers } : {}),
      means: meansWords(e, words),
      sources: sourceWords(e, words),
      status: cell,
      statusNote,
      ...(rolled ? { rollup: { label: t('findings.rollup', { paragraph: paragraphOf(rolled.r) }), lines: rolled.sentences.slice(0, 1) } } : {}),
      evidence: quoted,
      ...(rest.length ? { alsoCited: t('findings.alsoCited', { clauses: rest.join(', ') }) } : {}),
      ...(quoted.length ? {} : { noEvidence: f.engine.status === 'missing' && !f.decision ? t('findings.evidenceNone') : t('findings.evidenceNoneReviewed') }),
      missing: f.status === 'partial' ? missingText(f) : [],
      review: f.engine.review && !f.decision ? f.engine.reasons.map((r) => t(`reasons.${r}`)) : [],
      modelLaw: chs.map(chapterName).join(t('punctuation.semicolon')),
      pointers: needsWork ? chs.map((ch) => (chs.length > 1 ? `${t('chapter', { numeral: ch.numeral })}: ` : '') + (ch.pointer[lang] ?? ch.pointer.en)) : [],
      decision: f.decision ? decisionLines(f, words, clauseLabel) : [],
    };
  };
  // The roll-up's own finding: its status from its measures, what that means, and no evidence of its own.
  const rollupFinding = ({ r, status: st, sentences }: (typeof rollupState)[number]): FindingModel => {
    const chs = [...new Set(r.anyOf.flatMap(chaptersOf))];
    const qualifiers = qualifierWords(r, words);
    return {
      id: r.id,
      heading: `${r.ref} — ${r.title[lang]}`,
      obligation: r.obligation[lang] ?? r.obligation.en,
      tier: t(`tier.${r.tier}`),
      ...(qualifiers ? { qualifiers } : {}),
      means: meansWords(r, words),
      sources: sourceWords(r, words),
      status: status(st),
      statusNote: t('rollup.statusNote', { refs: words.list(r.anyOf.map((id) => elements.get(id)?.ref ?? id)) }),
      rollup: { label: t('findings.rollup', { paragraph: paragraphOf(r) }), lines: sentences },
      evidence: [],
      missing: [],
      review: [],
      modelLaw: chs.map(chapterName).join(t('punctuation.semicolon')),
      pointers: st === 'partial' || st === 'missing' ? chs.map((ch) => ch.pointer[lang] ?? ch.pointer.en) : [],
      decision: [],
    };
  };
  const findingsOf = (n: number) =>
    ordered
      .filter((e) => e.article === n)
      .flatMap((e) => {
        const r = rollupOf(catalogue, e.id);
        const x = r && r.anyOf[0] === e.id ? stateOf(r) : undefined;
        return x ? [rollupFinding(x), finding(e)] : [finding(e)];
      });
  const findings = {
    heading: t('findings.heading'),
    intro: t('findings.intro'),
    articles: catalogue.articles
      .filter((a) => ordered.some((e) => e.article === a.number))
      .map((a) => ({ heading: articleHeading(a), findings: findingsOf(a.number) })),
  };

  // ---- Model Law chapters
  const chapterRows = catalogue.chapters.map((ch) => {
    const st: ChapterStatus = chapterStatus(ch, statusOf, catalogue.rollups);
    const implemented = ch.implements.flatMap((id) => {
      const e = elements.get(id);
      const f = byId.get(id);
      const r = rollupOf(catalogue, id);
      const x = r && r.anyOf[0] === id ? stateOf(r) : undefined;
      return [...(x ? [`${x.r.ref} ${x.r.title[lang]}: ${statusWord(x.status)}`] : []), ...(e && f ? [`${e.ref} ${e.title[lang]}: ${statusWord(f.status)}`] : [])];
    });
    const detail = [t(`chapters.part.${ch.part}`), ch.section?.[lang]].filter(Boolean).join(' · ');
    return {
      ch,
      st,
      row: {
        title: `${t('chapter', { numeral: ch.numeral })} — ${ch.bracketed ? `[${ch.title[lang]}]` : ch.title[lang]}`,
        detail,
        status: status(st),
        elements: implemented.length ? implemented : [t('chapters.notAssessed')],
      },
    };
  });
  const chapters = {
    heading: t('chapters.heading'),
    intro: t('chapters.intro'),
    table: { columns: [t('chapters.columns.chapter'), t('chapters.columns.status'), t('chapters.columns.elements')], rows: chapterRows.map((r) => r.row) },
    pointersHeading: t('chapters.pointers'),
    pointers: chapterRows
      .filter((r) => r.st === 'partial' || r.st === 'missing')
      .map((r) => ({ title: r.row.title, text: r.ch.pointer[lang] ?? r.ch.pointer.en })),
  };

  // ---- Reviewer decisions
  const decidedFindings = reviewed.filter((f) => f.decision);
  const decisions = {
    heading: t('decisions.heading'),
    intro: t('decisions.intro'),
    ...(decidedFindings.length ? {} : { none: t('decisions.none') }),
    table: {
      columns: [t('decisions.columns.element'), t('decisions.columns.proposed'), t('decisions.columns.decision'), t('decisions.columns.by')],
      rows: decidedFindings.map((f) => {
        const e = elements.get(f.id)!;
        return {
          element: `${e.ref} ${e.title[lang]}`,
          proposed: status(f.engine.status),
          decision: decisionLines(f, words, clauseLabel).slice(1),
          by: decidedBy(f.decision!, words),
        };
      }),
    },
  };

  // ---- Annex: clause -> elements it serves
  const serves = new Map<string, string[]>();
  for (const e of ordered) {
    const f = byId.get(e.id)!;
    if (f.status !== 'covered' && f.status !== 'partial') continue;
    for (const ev of f.evidence) serves.set(ev.clause, [...(serves.get(ev.clause) ?? []), e.ref]);
  }
  const annex = {
    heading: t('annex.heading'),
    intro: t('annex.intro'),
    table: {
      columns: [t('annex.columns.clause'), t('annex.columns.heading'), t('annex.columns.elements')],
      rows: analysis.clauses.map((c: Clause) => ({
        clause: c.title ? `${c.label} (${c.title})` : c.label,
        where: c.path.join(' › '),
        elements: serves.get(c.id)?.join(t('punctuation.semicolon')) ?? t('annex.none'),
      })),
    },
  };

  return {
    lang,
    locale: t('locale'),
    lawLocale: LAW_LOCALE[analysis.source.language],
    paper: options.paper ?? 'a4',
    words,
    title: `${t('header')}: ${lawTitle}`,
    header: lawTitle.length > 64 ? `${lawTitle.slice(0, 62).replace(/\s+\S*$/, '')} …` : lawTitle,
    cover,
    summary,
    matrix,
    findings,
    chapters,
    decisions,
    method: {
      heading: t('method.heading'),
      sections: t('method.sections', { returnObjects: true, ...edition }),
      sources: { heading: t('method.sources'), items: catalogue.sources.map((x) => `${t(`source.${x.id}`)}: ${x.name}. ${x.where}.`) },
    },
    annex,
  };
}

/**
 * The chapter a gap is grouped under in "what must change": Chapter II for a definition, else the most specific
 * chapter that implements the element (the one implementing fewest elements; on a tie, the later one, which is
 * the offence or the must-consider chapter rather than the general one).
 */
export function primaryChapter(e: Element, catalogue: Catalogue): Catalogue['chapters'][number] | undefined {
  const chs = catalogue.chapters.filter((ch) => ch.implements.includes(e.id));
  if (e.role === 'definition') {
    const defs = chs.find((ch) => ch.id === 'ml.II');
    if (defs) return defs;
  }
  return chs.reduce<Catalogue['chapters'][number] | undefined>((best, ch) => (!best || ch.implements.length <= best.implements.length ? ch : best), undefined);
}

function decisionLines(f: ReviewedFinding, words: ReportWords, label: (id: string) => string): string[] {
  const { t } = words;
  const d = f.decision!;
  const known = (ids: readonly string[] | undefined) => (ids ?? []).filter((id) => !f.staleClauses.includes(id)).map(label);
  const rejected = known(d.rejectedEvidence);
  const added = known(d.addedEvidence);
  return [
    `${t('findings.decision')} (${decidedBy(d, words)})`,
    d.status ? t('decisions.statusSet', { status: lower(t(`status.${d.status}`)) }) : t('decisions.statusKept'),
    ...(d.status && d.reason?.trim() ? [t('decisions.reason', { reason: d.reason.trim() })] : []),
    ...(rejected.length ? [t('decisions.rejected', { clauses: rejected.join(', ') })] : []),
    ...(added.length ? [t('decisions.added', { clauses: added.join(', ') })] : []),
    ...(d.note?.trim() ? [t('decisions.note', { note: d.note.trim() })] : []),
    ...(f.staleClauses.length ? [t('decisions.stale', { clauses: f.staleClauses.join(', ') })] : []),
    ...(d.approvedAt ? [t('decisions.approved', { who: `${d.approvedBy?.trim() || t('decisions.someone')}, ${words.date(d.approvedAt)}` })] : []),
  ];
}

function decidedBy(d: ReviewDecision, words: ReportWords): string {
  return `${d.author?.trim() || words.t('decisions.someone')}, ${words.date(d.decidedAt)}`;
}

/** Matched words once each, whatever their case. */
function uniqueWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const key = w.toLowerCase();
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * A passage of a clause to quote: the whole clause when short, else a window around the first word that
 * matched, cut at word boundaries and marked with ellipses.
 */
export function excerpt(text: string, terms: readonly string[], max = QUOTE_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const lowerText = flat.toLowerCase();
  const hits = terms.map((t) => lowerText.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  const at = hits.length ? Math.min(...hits) : 0;
  let start = Math.max(0, Math.min(at - Math.floor(max / 4), flat.length - max));
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + max);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${flat.slice(start, end).trim()}${end < flat.length ? ' …' : ''}`;
}

