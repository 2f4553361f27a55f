/**
 * The comparative report and the report on two versions laid out as Word documents, in the single report's styles
 * (docx.ts: Title, Heading 1 to 3, quotations, table text), with a contents field, page numbers as fields, repeated
 * header rows and rows that never break across pages. Statuses are written in words and shaded. The comparative
 * matrix gets a landscape section of its own when the laws do not fit across a portrait page, and is split into
 * several tables when they do not fit across a landscape one either. Pure: builds a `Document`, never packs it.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableOfContents,
  TabStopType,
  UnderlineType,
  type ISectionOptions,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { direction } from '../i18n/index.js';
import { ownDirection, TextRun } from './bidi.js';
import type { CompareReportModel } from './compare-model.js';
import type { DiffReportModel } from './compare-diff-model.js';
import { Blocks, bulletNumbering, CELL_MARGINS, MARGIN, PAGE, SHADE, styles, type DocxOptions } from './docx.js';
import type { Paper } from './model.js';
import type { ReportWords } from './words.js';

type Block = Paragraph | Table | TableOfContents;

/**
 * Column widths for the comparative matrix, in twips: the reference, the element (at least), and a law's column:
 * at most, at least, and the width below which the matrix turns to a landscape page.
 */
const REF_WIDTH = 1450;
const ELEMENT_WIDTH = 2500;
const MAX_LAW_WIDTH = 1800;
const MIN_LAW_WIDTH = 1000;
const UPRIGHT_LAW_WIDTH = 1400;
/** The width of a character of a bold table heading, on average, in twips. */
const CHAR_WIDTH = 115;

/** The width of the text on a page of this paper, in portrait or landscape. */
function textWidth(paper: Paper, landscape: boolean): number {
  const page = PAGE[paper];
  return (landscape ? page.height : page.width) - MARGIN.left - MARGIN.right;
}

/** How many law columns fit across the text beside the reference and the element, each at least `min` wide. */
export function lawsPerTable(width: number, min = MIN_LAW_WIDTH): number {
  return Math.max(1, Math.floor((width - REF_WIDTH - ELEMENT_WIDTH) / min));
}

/** The laws split into tables of near-equal size that each fit the width: [from, to) index pairs. */
export function matrixParts(laws: number, width: number): [number, number][] {
  const fit = lawsPerTable(width);
  const tables = Math.ceil(laws / fit);
  const size = Math.ceil(laws / tables);
  const parts: [number, number][] = [];
  for (let from = 0; from < laws; from += size) parts.push([from, Math.min(laws, from + size)]);
  return parts;
}

/** The comparative reports' own blocks on top of the shared ones. */
class Kit extends Blocks {
  /** `byPage`: the contents refer to the headings by page references (docx.ts), when pages are not estimated. */
  constructor(
    private readonly words: ReportWords,
    private readonly contentsByPageReference = false,
  ) {
    super(contentsByPageReference, direction(words.locale) === 'rtl');
  }

  /** The contents page; by page references, only once every heading is made (the portrait text width given). */
  contents(width: number): Block[] {
    return [
      new Paragraph({ style: 'TOCHeading', children: [new TextRun(this.words.t('contents'))], pageBreakBefore: true }),
      ...(this.contentsByPageReference ? this.contentsByPage(width) : [new TableOfContents(this.words.t('contents'), { hyperlink: true, headingStyleRange: '1-2' })]),
    ];
  }

  method(m: { heading: string; sections: readonly { title: string; text: string }[] }, newPage = true): Block[] {
    return [this.h(1, m.heading, newPage), ...m.sections.flatMap((x) => [this.h(2, x.title), this.p(x.text)])];
  }

  /** A section's page size, margins, and header (the subject on the left, the report's name on the right) and footer. */
  section(paper: Paper, landscape: boolean, header: string, name: string, children: Block[], first = false): ISectionOptions {
    const page = PAGE[paper];
    const width = textWidth(paper, landscape);
    const { t } = this.words;
    return {
      properties: {
        ...(first ? { titlePage: true } : {}),
        page: { size: { width: page.width, height: page.height, ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) }, margin: MARGIN },
      },
      headers: {
        ...(first ? { first: new Header({ children: [new Paragraph('')] }) } : {}),
        default: new Header({
          children: [
            new Paragraph({ style: 'HeaderText', tabStops: [{ type: TabStopType.RIGHT, position: width }], children: [new TextRun(header), new TextRun({ children: ['\t', name] })] }),
          ],
        }),
      },
      footers: {
        ...(first ? { first: new Footer({ children: [new Paragraph('')] }) } : {}),
        default: new Footer({
          children: [
            new Paragraph({
              style: 'FooterText',
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ children: [t('page.before'), PageNumber.CURRENT, t('page.between'), PageNumber.TOTAL_PAGES, t('page.after')] })],
            }),
          ],
        }),
      },
      children,
    };
  }

  document(model: { title: string; locale: string }, subject: string, sections: ISectionOptions[], options: DocxOptions): Document {
    return new Document({
      creator: 'lexgap',
      title: model.title,
      subject,
      description: this.words.t('cover.reportStatusText'),
      ...(options.estimatePages ? { pageNumbers: estimatePageNumbers } : { features: { updateFields: true } }),
      styles: styles(model.locale),
      numbering: bulletNumbering(),
      sections,
    });
  }
}

// ---- The comparative report

export function compareReportDocument(model: CompareReportModel, options: DocxOptions = {}): Document {
  const k = new Kit(model.words, !options.estimatePages);
  const portrait = textWidth(model.paper, false);
  // The matrix stays upright while the laws fit across a portrait page; beyond that it turns to landscape.
  const landscape = lawsPerTable(portrait, UPRIGHT_LAW_WIDTH) < model.matrix.laws.length;
  const matrixWidth = textWidth(model.paper, landscape);
  const name = model.words.c('header');

  // In the order they are read, so that the contents list the headings in that order; the contents come last.
  const summary = overview(k, model, portrait);
  const matrix: Block[] = matrixBlocks(k, model, matrixWidth, !landscape);
  const rest: Block[] = [...notes(k, model, landscape), ...model.annexes.flatMap((a) => annex(k, a, portrait)), ...k.method(model.method)];
  const first: Block[] = [...k.cover(model.cover, portrait), ...k.contents(portrait), ...summary];

  const sections = landscape
    ? [
        k.section(model.paper, false, model.header, name, first, true),
        k.section(model.paper, true, model.header, name, matrix),
        k.section(model.paper, false, model.header, name, rest),
      ]
    : [k.section(model.paper, false, model.header, name, [...first, ...matrix, ...rest], true)];
  return k.document(model, model.cover.against, sections, options);
}

function overview(k: Kit, model: CompareReportModel, width: number): Block[] {
  const o = model.overview;
  const t = o.table;
  const widths = k.widths([2.4, 1.3, 1.1, ...t.shades.slice(3, -1).map(() => 1.2), 1.6], width);
  const rows = t.rows.map((r) => k.row(r.cells.map((text, i) => (t.shades[i] && text !== '0' ? k.cell(text, widths[i]!, { fill: SHADE[t.shades[i]!] }) : k.cell(text, widths[i]!)))));
  return [
    k.h(1, o.heading, true),
    ...o.paragraphs.map((x) => k.p(x)),
    k.h(2, t.heading),
    k.table(widths, t.columns, rows),
    k.p(o.note, { style: 'Small', indent: { left: 0 }, spacing: { before: 120 } }),
    ...o.highlights.map((x) => k.p(x, { spacing: { before: 120 } })),
  ];
}

function matrixBlocks(k: Kit, model: CompareReportModel, width: number, newPage: boolean): Block[] {
  const m = model.matrix;
  const parts = matrixParts(m.laws.length, width);
  const out: Block[] = [k.h(1, m.heading, newPage), k.p(m.intro), k.p(m.key.heading, { style: 'Label' }), ...m.key.items.map((x) => k.bullet(x))];
  for (const [from, to] of parts) {
    const lawWidth = Math.min(MAX_LAW_WIDTH, Math.floor((width - REF_WIDTH - ELEMENT_WIDTH) / (to - from)));
    // The laws' names head their columns where every word of them fits; else their letters do (see the key).
    const fits = m.laws.every((n) => n.split(/\s+/).every((w) => w.length * CHAR_WIDTH <= lawWidth - CELL_MARGINS.left - CELL_MARGINS.right));
    const laws = (fits ? m.laws : m.letters).slice(from, to);
    const widths = [REF_WIDTH, width - REF_WIDTH - lawWidth * laws.length, ...laws.map(() => lawWidth)];
    const rows = m.articles.flatMap((a) => [
      k.groupRow(a.heading, width, widths.length),
      ...a.rows.map((r) => k.row([k.cell(r.ref, widths[0]!), k.cell(r.title, widths[1]!), ...r.statuses.slice(from, to).map((st, i) => k.statusCell(st, widths[i + 2]!))])),
    ]);
    if (parts.length > 1) out.push(k.p(m.part.replace('{from}', String(from + 1)).replace('{to}', String(to)), { style: 'Label', spacing: { before: 240, after: 80 } }));
    out.push(k.table(widths, [m.columns.ref, m.columns.element, ...laws], rows));
  }
  return out;
}

function notes(k: Kit, model: CompareReportModel, afterSectionBreak: boolean): Block[] {
  const n = model.notes;
  const out: Block[] = [k.h(1, n.heading, !afterSectionBreak), k.p(n.intro)];
  for (const a of n.articles) {
    out.push(k.h(2, a.heading), ...a.paragraphs.map((x) => k.p(x)));
    if (a.shared) {
      out.push(k.h(3, a.shared.heading));
      for (const item of a.shared.items) out.push(k.bullet(item.text), ...item.detail.map((d) => k.bullet(d, 1)));
    }
    if (a.models) {
      out.push(k.h(3, a.models.heading));
      for (const item of a.models.items)
        out.push(
          k.bullet(item.text, 0, { keepNext: true }),
          ...item.detail.map((d) => k.bullet(d, 1, { keepNext: true })),
          k.p([new TextRun({ text: item.quote.intro, bold: false, italics: true }), new TextRun({ text: ` ${item.quote.label}` })], { style: 'ClauseLabel' }),
          new Paragraph({ style: 'Quote', ...ownDirection(item.quote.text), children: [new TextRun({ text: item.quote.text, language: { value: item.quote.locale } })] }),
        );
    }
  }
  return out;
}

function annex(k: Kit, a: CompareReportModel['annexes'][number], width: number): Block[] {
  const out: Block[] = [k.h(1, a.heading, true), ...a.paragraphs.map((x) => k.p(x)), k.h(2, a.gaps.heading), k.p(a.gaps.intro)];
  if (a.gaps.none) out.push(k.p(a.gaps.none));
  else {
    const w = k.widths([1.4, 2.6, 1.6, 1.6, 3.2], width);
    out.push(
      k.table(
        w,
        a.gaps.columns,
        a.gaps.rows.map((r) => k.row([k.cell(r.ref, w[0]!), k.cell(r.title, w[1]!), k.cell(r.tier, w[2]!), k.statusCell(r.status, w[3]!), k.cell(r.missing.length ? r.missing : ['—'], w[4]!)])),
      ),
    );
  }
  out.push(k.h(2, a.evidence.heading), k.p(a.evidence.intro));
  if (a.evidence.none) out.push(k.p(a.evidence.none));
  else {
    const w = k.widths([1.4, 2.8, 1.8, 4.4], width);
    out.push(
      k.table(
        w,
        a.evidence.columns,
        a.evidence.rows.map((r) =>
          k.row([
            k.cell(r.ref, w[0]!),
            k.cell(r.title, w[1]!),
            k.statusCell(r.status, w[2]!),
            k.cell(
              r.clauses.map((c) => new Paragraph({ style: 'TableText', children: [new TextRun({ text: c, language: { value: a.lawLocale } })] })),
              w[3]!,
            ),
          ]),
        ),
      ),
    );
  }
  return out;
}

// ---- The report on two versions of one law

export function diffReportDocument(model: DiffReportModel, options: DocxOptions = {}): Document {
  const k = new Kit(model.words, !options.estimatePages);
  const width = textWidth(model.paper, false);
  const children: Block[] = [...k.cover(model.cover, width)];
  const contentsAt = children.length;

  // Summary
  const sm = model.summary;
  const sw = k.widths([7, 2], width);
  children.push(
    k.h(1, sm.heading, true),
    ...sm.paragraphs.map((x) => k.p(x)),
    k.table(sw, sm.columns, sm.rows.map((r) => k.row([k.cell(r.label, sw[0]!), k.cell(String(r.count), sw[1]!)]))),
    k.p(sm.caution, { style: 'Small', indent: { left: 0 }, spacing: { before: 120 } }),
  );

  // Status changes
  const ch = model.changes;
  children.push(k.h(1, ch.heading, true), k.p(ch.intro));
  if (ch.none) children.push(k.p(ch.none));
  else {
    const w = k.widths([1.3, 3.3, 1.6, 1.6, 1.6], width);
    children.push(
      k.table(
        w,
        ch.columns,
        ch.rows.flatMap((r) => [
          k.row([k.cell(r.ref, w[0]!), k.cell(r.title, w[1]!), k.statusCell(r.before, w[2]!), k.statusCell(r.after, w[3]!), k.cell(r.change, w[4]!, { bold: true })]),
          k.row([k.cell('', w[0]!), k.cell(r.detail.map((d) => new Paragraph({ style: 'TableText', children: [new TextRun({ text: d, size: 16 })] })), width - w[0]!, { span: 4 })]),
        ]),
      ),
    );
  }

  // Evidence moved
  const ev = model.evidence;
  children.push(k.h(1, ev.heading), k.p(ev.intro));
  if (ev.none) children.push(k.p(ev.none));
  else {
    const w = k.widths([1.3, 2.6, 1.6, 2.4, 2.4], width);
    children.push(
      k.table(
        w,
        ev.columns,
        ev.rows.map((r) => k.row([k.cell(r.ref, w[0]!), k.cell(r.title, w[1]!), k.statusCell(r.status, w[2]!), k.cell(r.before, w[3]!), k.cell(r.after, w[4]!)])),
      ),
    );
  }

  // Clauses
  const cl = model.clauses;
  const label = (item: { label: string; where: string }) =>
    k.p([new TextRun(item.label), ...(item.where ? [new TextRun({ text: ` — ${item.where}`, bold: false })] : [])], { style: 'ClauseLabel' });
  const quote = (text: string, locale: string) => new Paragraph({ style: 'Quote', ...ownDirection(text), children: [new TextRun({ text, language: { value: locale } })] });
  children.push(k.h(1, cl.heading, true), k.p(cl.intro));
  children.push(k.h(2, cl.added.heading), ...(cl.added.none ? [k.p(cl.added.none)] : cl.added.items.flatMap((x) => [label(x), quote(x.text, model.afterLocale)])));
  children.push(k.h(2, cl.removed.heading), ...(cl.removed.none ? [k.p(cl.removed.none)] : cl.removed.items.flatMap((x) => [label(x), quote(x.text, model.beforeLocale)])));
  children.push(k.h(2, cl.changed.heading));
  if (cl.changed.none) children.push(k.p(cl.changed.none));
  else {
    children.push(k.p(cl.legend, { style: 'Small', indent: { left: 0 } }));
    for (const x of cl.changed.items) {
      const runs = x.diff.map((seg) => {
        const language = { value: model.afterLocale };
        if (seg.op === 'delete') return new TextRun({ text: `[${cl.marks.removed}${seg.text}]`, strike: true, language });
        if (seg.op === 'insert') return new TextRun({ text: `[${cl.marks.added}${seg.text}]`, underline: { type: UnderlineType.DOUBLE }, bold: true, language });
        return new TextRun({ text: seg.text, language });
      });
      children.push(label(x), new Paragraph({ style: 'Quote', ...ownDirection(x.diff.map((seg) => seg.text).join('')), children: runs }));
    }
  }
  children.push(...k.method({ heading: model.words.t('method.heading'), sections: model.words.t('method.sections', { returnObjects: true }) }));

  // The contents, once every heading is made.
  children.splice(contentsAt, 0, ...k.contents(width));
  return k.document(model, model.words.c('diff.against'), [k.section(model.paper, false, model.header, model.words.c('diff.header'), children, true)], options);
}
