/**
 * The report model laid out as a Word document (docx.js). Pure: it builds a `Document` and never packs or writes
 * it; packing to bytes is core/report/bytes.ts.
 *
 * What makes it editable rather than merely printable: real styles (Title, Heading 1 to 3, so Word's and
 * LibreOffice's navigation panes work, and a restyle changes the whole report), a table of contents field that
 * Word updates, page numbers as fields, tables with explicit widths, repeated header rows and rows that never
 * break across pages, and the status always written in words (the shading repeats it for a colour reader).
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  PageNumber,
  PageReference,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { direction } from '../i18n/index.js';
import { ownDirection, TextRun } from './bidi.js';
import type { FindingModel, Paper, ReportModel, StatusCell } from './model.js';
import type { ReportWords, StatusWord } from './words.js';

/** Page sizes in twentieths of a point (twips). */
export const PAGE: Record<Paper, { width: number; height: number }> = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
};
export const MARGIN = { top: 1247, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 };

/** Cell shading per status: light enough for black text, and never the only sign of the status. */
export const SHADE: Record<StatusWord, string> = {
  covered: 'C6EFCE',
  partial: 'FFE699',
  missing: 'F8CBAD',
  'not-applicable': 'E7E6E6',
  'not-assessed': 'EDEDED',
};

const FONT = 'Arial';
/**
 * The fonts of each script, as Word picks them by character: Arial (Windows' Arial carries Arabic and Cyrillic) for
 * Latin, Cyrillic and Arabic, and Microsoft YaHei for Chinese. Where they are not installed (LibreOffice on Linux),
 * the system's fallback for the script takes over: DejaVu Sans for Arabic, WenQuanYi Micro Hei for Chinese.
 */
const FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: 'Microsoft YaHei' };
const INK = '1F3864';
export const RULE = 'A6A6A6';
export const HEAD_FILL = 'D9E2F3';
export const GROUP_FILL = 'F2F2F2';
export const BULLETS = 'lexgap-bullets';

export interface DocxOptions {
  /**
   * Work out the page numbers of the contents page as Word would lay the pages out (docx's estimator), so that
   * they show before Word updates the field, and in LibreOffice, which does not update it on opening. It costs
   * about a second for every five pages. Off (the default), the entries are written without page numbers and
   * Word is asked to update the fields when the document opens.
   */
  estimatePages?: boolean;
}

export function reportDocument(model: ReportModel, options: DocxOptions = {}): Document {
  const page = PAGE[model.paper];
  const textWidth = page.width - MARGIN.left - MARGIN.right;
  // Without estimated page numbers, the contents refer to each heading by a page reference that LibreOffice works
  // out as it lays the pages out (it does not update a table of contents on opening), and Word on updating fields.
  const blocks = new Blocks(!options.estimatePages, direction(model.locale) === 'rtl');
  const L = new Layout(model, textWidth, blocks);
  const { t } = model.words;

  const body = [...L.summary(), ...L.matrix(), ...L.findings(), ...L.chapters(), ...L.decisions(), ...L.method(), ...L.annex()];
  const children = [
    ...L.cover(),
    new Paragraph({ style: 'TOCHeading', children: [new TextRun(t('contents'))], pageBreakBefore: true }),
    ...(options.estimatePages
      ? [new TableOfContents(t('contents'), { hyperlink: true, headingStyleRange: '1-2' })]
      : blocks.contentsByPage(textWidth)),
    ...body,
  ];

  return new Document({
    creator: 'lexgap',
    title: model.title,
    subject: t('cover.against'),
    description: t('cover.reportStatusText'),
    ...(options.estimatePages ? { pageNumbers: estimatePageNumbers } : { features: { updateFields: true } }),
    styles: styles(model.locale),
    numbering: bulletNumbering(),
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: page.width, height: page.height }, margin: MARGIN },
        },
        headers: {
          first: new Header({ children: [new Paragraph('')] }),
          default: new Header({
            children: [
              new Paragraph({
                style: 'HeaderText',
                tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
                children: [new TextRun(model.header), new TextRun({ children: ['\t', t('header')] })],
              }),
            ],
          }),
        },
        footers: {
          first: new Footer({ children: [new Paragraph('')] }),
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
      },
    ],
  });
}

/** The bullet list definition the reports share (reference BULLETS, two levels). */
export function bulletNumbering() {
  return {
    config: [
      {
        reference: BULLETS,
        levels: [
          { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 397, hanging: 284 } } } },
          { level: 1, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 794, hanging: 284 } } } },
        ],
      },
    ],
  };
}

/** The reports' styles: Title, Heading 1 to 3, quotations, table text and the rest (shared with the comparative reports). */
export function styles(locale: string) {
  // A right-to-left report's paragraphs are right-to-left (w:bidi) from the document defaults down; a quotation
  // says its own direction (bidi.ts).
  const rtl = direction(locale) === 'rtl';
  const heading = (size: number, before: number, after: number, outlineLevel: number, color = INK) => ({
    run: { font: FONTS, size, bold: true, color },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel },
  });
  return {
    default: {
      document: {
        run: { font: FONTS, size: 20, language: { value: locale, eastAsia: locale.startsWith('zh') ? locale : 'zh-CN', bidirectional: rtl ? locale : 'ar-SA' } },
        paragraph: { bidirectional: rtl, spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: FONTS, size: 48, bold: true, color: INK }, paragraph: { spacing: { before: 240, after: 240 } } },
      heading1: heading(32, 360, 160, 0),
      heading2: heading(26, 280, 120, 1),
      heading3: heading(22, 240, 80, 2, '000000'),
    },
    paragraphStyles: [
      { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 30, color: '404040' }, paragraph: { spacing: { after: 240 } } },
      { id: 'Kicker', name: 'Kicker', basedOn: 'Normal', next: 'Normal', run: { size: 22, bold: true, color: '595959', allCaps: true }, paragraph: { spacing: { before: 1200, after: 120 } } },
      { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { size: 32, bold: true, color: INK }, paragraph: { spacing: { after: 240 } } },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 19, color: '262626' },
        paragraph: {
          indent: { left: 397, right: 227 },
          spacing: { before: 40, after: 80 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: RULE, space: 8 } },
        },
      },
      { id: 'Small', name: 'Small', basedOn: 'Normal', next: 'Normal', run: { size: 16, color: '595959' }, paragraph: { indent: { left: 397 }, spacing: { after: 120 } } },
      { id: 'Label', name: 'Label', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 120, after: 40 }, keepNext: true } },
      { id: 'ClauseLabel', name: 'Clause label', basedOn: 'Normal', next: 'Quote', run: { size: 18, bold: true, color: '404040' }, paragraph: { spacing: { before: 80, after: 0 }, keepNext: true, indent: { left: 397 } } },
      {
        id: 'Decision',
        name: 'Reviewer decision',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 19 },
        paragraph: {
          indent: { left: 397 },
          spacing: { before: 0, after: 40 },
          border: { left: { style: BorderStyle.DOUBLE, size: 6, color: '7F6000', space: 8 } },
        },
      },
      { id: 'TableText', name: 'Table text', basedOn: 'Normal', next: 'TableText', run: { size: 18 }, paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } } },
      { id: 'TableHeading', name: 'Table heading', basedOn: 'TableText', next: 'TableText', run: { size: 18, bold: true }, paragraph: { keepNext: true } },
      { id: 'CoverLabel', name: 'Cover label', basedOn: 'TableText', next: 'TableText', run: { size: 18, bold: true, color: '404040' } },
      { id: 'HeaderText', name: 'Header text', basedOn: 'Normal', next: 'Normal', run: { size: 16, color: '595959' }, paragraph: { spacing: { after: 0 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } } } },
      { id: 'FooterText', name: 'Footer text', basedOn: 'Normal', next: 'Normal', run: { size: 16, color: '595959' }, paragraph: { spacing: { after: 0 } } },
    ],
  };
}

const border = { style: BorderStyle.SINGLE, size: 4, color: RULE };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
export const CELL_MARGINS = { top: 40, bottom: 40, left: 85, right: 85 };

/** Building blocks shared by the reports (single, comparative, versions); widths are in twips of the section. */
export class Blocks {
  /** The headings of levels 1 and 2 so far, each bookmarked, when `byPage`. */
  private readonly headings: { level: 1 | 2; text: string; id: string }[] = [];

  /**
   * `byPage`: headings are bookmarked for a contents page that refers to them by page (contentsByPage); `rtl`: the
   * report is right-to-left, so its tables read from the right (w:bidiVisual).
   */
  constructor(
    private readonly byPage = false,
    private readonly rtl = false,
  ) {}

  /**
   * The contents' entries, one per heading of level 1 or 2 so far, each with a PAGEREF field to its heading: a page
   * number LibreOffice fills in as it lays the pages out, and Word when it updates the fields.
   */
  contentsByPage(textWidth: number): Paragraph[] {
    return this.headings.map(
      (h) =>
        new Paragraph({
          style: `TOC${h.level}`,
          tabStops: [{ type: TabStopType.RIGHT, position: textWidth, leader: 'dot' }],
          children: [new TextRun(h.text), new TextRun({ children: ['\t'] }), new PageReference(h.id)],
        }),
    );
  }

  h(level: 1 | 2 | 3, text: string, newPage = false): Paragraph {
    const heading = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
    let run: ParagraphChild = new TextRun(text);
    if (this.byPage && level !== 3) {
      const id = `lexgap_h${this.headings.length + 1}`;
      this.headings.push({ level, text, id });
      run = new Bookmark({ id, children: [run] });
    }
    return new Paragraph({ heading, children: [run], ...(newPage ? { pageBreakBefore: true } : {}) });
  }

  p(text: string | ParagraphChild[], options: IParagraphOptions = {}): Paragraph {
    return new Paragraph({ ...options, children: typeof text === 'string' ? [new TextRun(text)] : text });
  }

  bullet(text: string | ParagraphChild[], level = 0, options: IParagraphOptions = {}): Paragraph {
    return this.p(text, { ...options, numbering: { reference: BULLETS, level } });
  }

  cell(content: string | string[] | Paragraph[], width: number, options: { fill?: string; style?: string; span?: number; bold?: boolean } = {}): TableCell {
    const paragraphs =
      Array.isArray(content) && content[0] instanceof Paragraph
        ? (content as Paragraph[])
        : (Array.isArray(content) ? (content as string[]) : [content as string]).map(
            (t) => new Paragraph({ style: options.style ?? 'TableText', children: [new TextRun({ text: t, ...(options.bold ? { bold: true } : {}) })] }),
          );
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: CELL_MARGINS,
      verticalAlign: VerticalAlign.TOP,
      ...(options.span ? { columnSpan: options.span } : {}),
      ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
      children: paragraphs.length ? paragraphs : [new Paragraph({ style: 'TableText', children: [] })],
    });
  }

  statusCell(cell: StatusCell, width: number): TableCell {
    return this.cell(cell.label, width, { fill: SHADE[cell.key] });
  }

  statusRun(cell: StatusCell, text = cell.label): TextRun {
    return new TextRun({ text: ` ${text} `, shading: { type: ShadingType.CLEAR, color: 'auto', fill: SHADE[cell.key] } });
  }

  widths(shares: number[], width: number): number[] {
    const total = shares.reduce((a, b) => a + b, 0);
    const w = shares.map((x) => Math.floor((x / total) * width));
    w[w.length - 1]! += width - w.reduce((a, b) => a + b, 0);
    return w;
  }

  row(cells: TableCell[]): TableRow {
    return new TableRow({ cantSplit: true, children: cells });
  }

  /** A group heading across the whole table (an article), kept with the row that follows. */
  groupRow(text: string, width: number, span: number): TableRow {
    return new TableRow({
      cantSplit: true,
      children: [this.cell([new Paragraph({ style: 'TableText', keepNext: true, children: [new TextRun({ text, bold: true })] })], width, { span, fill: GROUP_FILL })],
    });
  }

  /** A table whose header row repeats on every page; no row breaks across pages. */
  table(widths: number[], header: string[], rows: TableRow[]): Table {
    const width = widths.reduce((a, b) => a + b, 0);
    return new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders,
      visuallyRightToLeft: this.rtl,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => this.cell(h, widths[i]!, { fill: HEAD_FILL, style: 'TableHeading' })) }),
        ...rows,
      ],
    });
  }

  /** The cover: kicker, title, subtitle, the instruments and a table of fields. */
  cover(c: { kicker: string; title: string; subtitle: string; against: string; fields: { label: string; values: string[] }[] }, width: number): (Paragraph | Table)[] {
    const widths = this.widths([3, 7], width);
    const rows = c.fields.map((f) =>
      this.row([
        this.cell(f.label, widths[0]!, { style: 'CoverLabel' }),
        this.cell(
          f.values.map((v, i) => new Paragraph({ style: 'TableText', spacing: { after: i < f.values.length - 1 ? 80 : 20 }, children: [new TextRun(v)] })),
          widths[1]!,
        ),
      ]),
    );
    return [
      this.p(c.kicker, { style: 'Kicker' }),
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(c.title)] }),
      this.p(c.subtitle, { style: 'Subtitle' }),
      this.p(c.against, { spacing: { after: 480 } }),
      new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders, visuallyRightToLeft: this.rtl, rows }),
    ];
  }
}

class Layout {
  constructor(
    private readonly model: ReportModel,
    private readonly width: number,
    private readonly b: Blocks,
  ) {}

  private get t(): ReportWords['t'] {
    return this.model.words.t;
  }

  // ---- building blocks

  /** "Label: text" with the label in bold. */
  private labelled(label: string, text: string | ParagraphChild[], options: IParagraphOptions = {}): Paragraph {
    const rest = typeof text === 'string' ? [new TextRun(text)] : text;
    return this.b.p([new TextRun({ text: `${this.t('labelled', { label })} `, bold: true }), ...rest], options);
  }

  // ---- sections

  cover(): (Paragraph | Table)[] {
    return this.b.cover(this.model.cover, this.width);
  }

  summary(): (Paragraph | Table)[] {
    const m = this.model.summary;
    const t = m.byTier.table;
    const widths = this.b.widths([2.8, 1.3, ...t.columns.slice(2).map(() => 1.7)], this.width);
    const shadeOf = (i: number): string | undefined => {
      const keys: StatusWord[] = ['covered', 'partial', 'missing', 'not-applicable'];
      return i >= 2 ? SHADE[keys[i - 2]!] : undefined;
    };
    const tierTable = this.b.table(
      widths,
      t.columns,
      t.rows.map((r) =>
        this.b.row([this.b.cell(r.label, widths[0]!), ...r.counts.map((n, i) => this.b.cell(String(n), widths[i + 1]!, n && shadeOf(i + 1) ? { fill: shadeOf(i + 1)! } : {}))]),
      ),
    );
    return [
      this.b.h(1, m.heading, true),
      ...m.paragraphs.map((text) => this.b.p(text)),
      this.b.h(2, m.byTier.heading),
      tierTable,
      this.b.p(m.byTier.note, { style: 'Small', indent: { left: 0 }, spacing: { before: 120 } }),
      this.b.h(2, m.gaps.heading),
      this.b.p(m.gaps.intro),
      ...m.gaps.items.flatMap((g) => [
        this.b.bullet([new TextRun({ text: g.text }), new TextRun(' '), this.b.statusRun(g.status)]),
        ...g.detail.map((d) => this.b.bullet(d, 1)),
      ]),
      this.b.h(2, m.change.heading),
      this.b.p(m.change.intro),
      ...m.change.groups.flatMap((g) => [this.b.p(g.chapter, { style: 'Label' }), ...g.lines.flatMap((l) => [this.b.bullet(l.text), ...l.detail.map((d) => this.b.bullet(d, 1))])]),
      ...(m.change.ministry
        ? [
            this.b.p(m.change.ministry.heading, { style: 'Label', spacing: { before: 200 } }),
            this.b.p(m.change.ministry.intro),
            ...m.change.ministry.lines.flatMap((l) => [this.b.bullet(l.text), ...l.detail.map((d) => this.b.bullet(d, 1))]),
          ]
        : []),
      ...m.change.further.map((f) => this.b.p(f, { spacing: { before: 160 } })),
    ];
  }

  matrix(): (Paragraph | Table)[] {
    const m = this.model.matrix;
    const widths = this.b.widths([2.1, 4.2, 1.9, 1.8], this.width);
    const rows = m.articles.flatMap((a) => [
      new TableRow({
        cantSplit: true,
        children: [
          this.b.cell([new Paragraph({ style: 'TableText', keepNext: true, children: [new TextRun({ text: a.heading, bold: true })] })], this.width, { span: 4, fill: GROUP_FILL }),
        ],
      }),
      ...(a.none ? [this.b.row([this.b.cell('', widths[0]!), this.b.cell(a.none, widths[1]! + widths[2]! + widths[3]!, { span: 3 })])] : []),
      ...a.rows.map((r) => this.b.row([this.b.cell(r.ref, widths[0]!), this.b.cell(r.title, widths[1]!), this.b.cell(r.tier, widths[2]!), this.b.statusCell(r.status, widths[3]!)])),
    ]);
    return [this.b.h(1, m.heading, true), this.b.p(m.intro), this.b.table(widths, m.columns, rows)];
  }

  findings(): Paragraph[] {
    const m = this.model.findings;
    return [
      this.b.h(1, m.heading, true),
      this.b.p(m.intro),
      ...m.articles.flatMap((a) => [this.b.h(2, a.heading), ...a.findings.flatMap((f) => this.finding(f))]),
    ];
  }

  private finding(f: FindingModel): Paragraph[] {
    const t = this.t;
    const lawLang = { value: this.model.lawLocale };
    const out: Paragraph[] = [
      this.b.h(3, f.heading),
      this.labelled(t('findings.obligation'), f.obligation),
      this.labelled(t('findings.tier'), f.tier, { spacing: { after: 60 } }),
      ...(f.qualifiers ? [this.labelled(t('findings.qualifiers'), f.qualifiers, { spacing: { after: 60 } })] : []),
      this.labelled(t('findings.means'), f.means, { spacing: { after: 60 } }),
      this.labelled(t('findings.status'), [this.b.statusRun(f.status), new TextRun(` (${f.statusNote})`)]),
    ];
    if (f.rollup) out.push(this.b.p(f.rollup.label, { style: 'Label' }), ...f.rollup.lines.map((l) => this.b.p(l, { indent: { left: 397 } })));
    if (f.decision.length) {
      // The person's decision, set apart from lexgap's proposal by its own style and rule.
      const [title, ...lines] = f.decision;
      out.push(
        this.b.p([new TextRun({ text: title!, bold: true })], { style: 'Decision', spacing: { before: 80, after: 40 }, keepNext: true }),
        ...lines.map((l, i) => this.b.p(l, { style: 'Decision', ...(i === lines.length - 1 ? { spacing: { after: 120 } } : { keepNext: true }) })),
      );
    }
    out.push(this.b.p(t('findings.evidence'), { style: 'Label' }));
    for (const ev of f.evidence) {
      out.push(
        this.b.p(
          [
            new TextRun(ev.label),
            ...(ev.where ? [new TextRun({ text: ` — ${ev.where}`, bold: false })] : []),
            ...(ev.byReviewer ? [new TextRun({ text: ` (${t('findings.addedByReviewer')})`, italics: true, bold: false })] : []),
          ],
          { style: 'ClauseLabel' },
        ),
        new Paragraph({ style: 'Quote', ...ownDirection(ev.quote), children: [new TextRun({ text: ev.quote, language: lawLang })] }),
      );
      if (ev.terms) out.push(this.b.p(ev.terms, { style: 'Small' }));
    }
    if (f.alsoCited) out.push(this.b.p(f.alsoCited, { style: 'Small' }));
    if (f.noEvidence) out.push(this.b.p(f.noEvidence, { indent: { left: 397 } }));
    if (f.missing.length) out.push(this.b.p(t('findings.missing'), { style: 'Label' }), ...f.missing.map((x) => this.b.bullet(x)));
    if (f.review.length) out.push(this.b.p(t('findings.reviewFirst'), { style: 'Label' }), ...f.review.map((x) => this.b.bullet(x)));
    if (f.modelLaw) out.push(this.labelled(t('findings.modelLaw'), f.modelLaw, { spacing: { before: 120, after: 60 } }));
    if (f.pointers.length) out.push(this.b.p(t('findings.pointer'), { style: 'Label' }), ...f.pointers.map((x) => this.b.p(x, { indent: { left: 397 } })));
    out.push(this.labelled(t('findings.sources'), f.sources, { style: 'Small', spacing: { before: 60 } }));
    return out;
  }

  chapters(): (Paragraph | Table)[] {
    const m = this.model.chapters;
    const widths = this.b.widths([3.6, 1.8, 4.6], this.width);
    const rows = m.table.rows.map((r) =>
      this.b.row([
        this.b.cell(
          [
            new Paragraph({ style: 'TableText', children: [new TextRun({ text: r.title, bold: true })] }),
            new Paragraph({ style: 'TableText', children: [new TextRun({ text: r.detail, size: 16, color: '595959' })] }),
          ],
          widths[0]!,
        ),
        this.b.statusCell(r.status, widths[1]!),
        this.b.cell(r.elements.map((t) => new Paragraph({ style: 'TableText', spacing: { after: 60 }, children: [new TextRun(t)] })), widths[2]!),
      ]),
    );
    return [
      this.b.h(1, m.heading, true),
      this.b.p(m.intro),
      this.b.table(widths, m.table.columns, rows),
      ...(m.pointers.length ? [this.b.h(2, m.pointersHeading), ...m.pointers.flatMap((x) => [this.b.p(x.title, { style: 'Label' }), this.b.p(x.text)])] : []),
    ];
  }

  decisions(): (Paragraph | Table)[] {
    const m = this.model.decisions;
    const widths = this.b.widths([2.6, 1.6, 4, 1.8], this.width);
    const out: (Paragraph | Table)[] = [this.b.h(1, m.heading, true), this.b.p(m.intro)];
    if (m.none) out.push(this.b.p(m.none));
    else
      out.push(
        this.b.table(
          widths,
          m.table.columns,
          m.table.rows.map((r) =>
            this.b.row([this.b.cell(r.element, widths[0]!), this.b.statusCell(r.proposed, widths[1]!), this.b.cell(r.decision, widths[2]!), this.b.cell(r.by, widths[3]!)]),
          ),
        ),
      );
    return out;
  }

  method(): Paragraph[] {
    const m = this.model.method;
    return [
      this.b.h(1, m.heading),
      ...m.sections.flatMap((x) => [this.b.h(2, x.title), this.b.p(x.text)]),
      this.b.h(2, m.sources.heading),
      ...m.sources.items.map((x) => this.b.bullet(x)),
    ];
  }

  annex(): (Paragraph | Table)[] {
    const m = this.model.annex;
    const widths = this.b.widths([3, 4.2, 2.8], this.width);
    return [
      this.b.h(1, m.heading, true),
      this.b.p(m.intro),
      this.b.table(
        widths,
        m.table.columns,
        m.table.rows.map((r) => this.b.row([this.b.cell(r.clause, widths[0]!), this.b.cell(r.where, widths[1]!), this.b.cell(r.elements, widths[2]!)])),
      ),
    ];
  }
}

