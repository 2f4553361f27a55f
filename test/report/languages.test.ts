/**
 * The Word reports in Arabic, Chinese and Russian as a reader gets them: written by the real `lexgap` command
 * (--report-lang), opened by LibreOffice, laid out to PDF and read back with pdftotext. Each carries its own script
 * and its own words for statuses and tiers; the Arabic one runs right to left through Word's bidi settings (never
 * reversed strings): its paragraphs start at the right margin, its tables read from the right, its first word is
 * rightmost, and an English law quoted in it keeps its own direction, as an Arabic law quoted in an English report
 * does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../core/i18n/index.js';
import { canonicalLamAlef, foldArabicLetters } from '../../core/text/arabic.js';
import { loadCatalogue } from '../../model-law/index.js';
import { requireTools } from '../import/support.js';
import { lexgap, SHARED } from '../support/cli.js';

const KESTRIA = join(SHARED, 'eval', 'kestria-en.txt');
const VALDORIA = join(SHARED, 'eval', 'valdoria-es.txt');
const SAUDI = join(SHARED, 'corpus', 'sa-weapons-ammunition-law-2005-ar.txt');
const out = mkdtempSync(join(tmpdir(), 'lexgap-report-languages-'));

/** The reports: the sample law in each language (English for contrast), a comparison in Arabic, an Arabic law in English. */
const REPORTS = {
  'kestria.ar': ['analyze', KESTRIA, '--report-lang', 'ar'],
  'kestria.zh': ['analyze', KESTRIA, '--report-lang', 'zh'],
  'kestria.ru': ['analyze', KESTRIA, '--report-lang', 'ru'],
  'kestria.en': ['analyze', KESTRIA, '--report-lang', 'en'],
  'compare.ar': ['compare', KESTRIA, VALDORIA, '--report-lang', 'ar'],
  'saudi.en': ['analyze', SAUDI, '--report-lang', 'en'],
} as const;
type Name = keyof typeof REPORTS;

interface Word {
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  text: string;
}
const pdf = {} as Record<Name, { text: string; words: Word[]; xml: string; styles: string }>;

/** A4 in points, and the reports' side margins (1134 twips). */
const PAGE_WIDTH = 595.3;
const MARGIN = 1134 / 20;

/** What pdftotext gives for Arabic compared as the catalogue writes it: no bidi controls, letter forms folded. */
const comparable = (s: string) => canonicalLamAlef(foldArabicLetters(s.replace(/[\u200e\u200f\u202a-\u202e]/g, ''))).replace(/\s+/g, ' ');
/** An Arabic word as pdftotext's word boxes give it: in the order it is drawn, right to left. */
const drawn = (word: string) => [...word].reverse().join('');

function words(file: string): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = xml.split('<page ').slice(1);
  return pages.flatMap((p, i) =>
    [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      page: i + 1,
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      text: m[4]!,
    })),
  );
}

beforeAll(() => {
  requireTools('soffice', 'pdftotext');
  for (const [name, args] of Object.entries(REPORTS)) {
    const r = lexgap([...args, '--report', join(out, `${name}.docx`)], { timeout: 120_000 });
    expect(r.code, `${name}: ${r.stderr}`).toBe(0);
  }
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  const files = Object.keys(REPORTS).map((n) => join(out, `${n}.docx`));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...files], { timeout: 300_000, stdio: 'pipe' });
  for (const name of Object.keys(REPORTS) as Name[]) {
    const file = join(out, `${name}.pdf`);
    const parts = unzipSync(new Uint8Array(readFileSync(join(out, `${name}.docx`))));
    pdf[name] = {
      text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
      words: words(file),
      xml: strFromU8(parts['word/document.xml']!),
      styles: strFromU8(parts['word/styles.xml']!),
    };
  }
}, 600_000);

describe('the report in Arabic, Chinese and Russian, as LibreOffice lays it out', () => {
  const SCRIPT = { ar: /\p{Script=Arabic}/gu, zh: /\p{Script=Han}/gu, ru: /\p{Script=Cyrillic}/gu } as const;

  it.each(['ar', 'zh', 'ru'] as const)('%s: in its own script, with the status words, tiers and headings of its language', (lang) => {
    const { text } = pdf[`kestria.${lang}`];
    const report = CATALOGUE[lang].report;
    // Most of the report is in the language's script (the element titles and the law's quotations aside).
    expect((text.match(SCRIPT[lang]) ?? []).length).toBeGreaterThan(lang === 'zh' ? 3000 : 8000);
    const flat = comparable(text);
    for (const words of [report.cover.title, report.summary.heading, report.matrix.heading, report.method.heading, report.status.covered, report.status.missing, report.status.partial, report.tier.mandatory, report.tier.definition])
      expect(flat, words).toContain(comparable(words));
    // No English left of the report's own words.
    for (const english of ['Executive summary', 'Coverage matrix', 'Partly covered', 'Mandatory', 'Method and limits']) expect(text).not.toContain(english);
  });

  it('Arabic: the pages run right to left, the first word of a line rightmost, from the right margin', () => {
    const ar = pdf['kestria.ar'].words.filter((w) => w.page === 1);
    const en = pdf['kestria.en'].words.filter((w) => w.page === 1);
    // The kicker, the report's first line: "تحليل الثغرات التشريعية" ends at the right margin, its first word on the right.
    const kicker = CATALOGUE.ar.report.cover.kicker.split(' ').map((w) => ar.find((x) => x.text === drawn(w))!);
    expect(kicker.every(Boolean)).toBe(true);
    expect(Math.max(...kicker.map((w) => w.xMax))).toBeCloseTo(PAGE_WIDTH - MARGIN, 0);
    expect(kicker.map((w) => w.xMin)).toEqual([...kicker.map((w) => w.xMin)].sort((a, b) => b - a));
    expect(Math.min(...kicker.map((w) => w.xMin))).toBeGreaterThan(PAGE_WIDTH / 2);
    // The English report's kicker starts at the left margin.
    expect(en[0]!.xMin).toBeCloseTo(MARGIN, 0);
  });

  it('Arabic: the tables read from the right, the reference column first', () => {
    const matrix = CATALOGUE.ar.report.matrix.columns;
    const { words } = pdf['kestria.ar'];
    const first = words.find((w) => w.text === drawn(matrix.ref))!;
    const last = words.find((w) => w.page === first.page && Math.abs(w.yMin - first.yMin) < 2 && w.text === drawn(CATALOGUE.ar.report.matrix.columns.status))!;
    expect(first).toBeDefined();
    expect(last).toBeDefined();
    expect(first.xMin).toBeGreaterThan(last.xMax);
    expect(first.xMax).toBeCloseTo(PAGE_WIDTH - MARGIN, -1);
  });

  it('Arabic: Word’s bidi settings, not reversed strings', () => {
    const { xml, styles } = pdf['kestria.ar'];
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:bidi\/>/);
    expect(styles).toMatch(/<w:lang w:val="ar"[^>]*w:bidi="ar"/);
    const tables = xml.match(/<w:tblPr>[\s\S]*?<\/w:tblPr>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const t of tables) expect(t).toContain('<w:bidiVisual/>');
    // Runs of Arabic are marked right to left and written in reading order.
    expect(xml).toContain(`<w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">${CATALOGUE.ar.report.cover.title}</w:t></w:r>`);
    // The English law quoted keeps its own direction: its quotation paragraphs are not right to left.
    const quotes = xml.match(/<w:p><w:pPr><w:pStyle w:val="Quote"\/>[\s\S]*?<\/w:p>/g) ?? [];
    expect(quotes.length).toBeGreaterThan(10);
    for (const q of quotes) expect(q).toContain('<w:bidi w:val="false"/>');
  });

  it('the comparative report in Arabic runs right to left as well', () => {
    const { words, xml, text } = pdf['compare.ar'];
    const kicker = CATALOGUE.ar.comparison.cover.kicker.split(' ').map((w) => words.find((x) => x.page === 1 && x.text === drawn(w))!);
    expect(kicker.every(Boolean)).toBe(true);
    expect(Math.max(...kicker.map((w) => w.xMax))).toBeCloseTo(PAGE_WIDTH - MARGIN, 0);
    for (const t of xml.match(/<w:tblPr>[\s\S]*?<\/w:tblPr>/g) ?? []) expect(t).toContain('<w:bidiVisual/>');
    expect(comparable(text)).toContain(comparable(CATALOGUE.ar.comparison.notes.heading));
  });

  it('an Arabic law quoted in an English report keeps its direction, and the report its own', () => {
    const { xml, styles, text } = pdf['saudi.en'];
    expect(styles).not.toMatch(/<w:pPrDefault><w:pPr><w:bidi\/>/);
    const quotes = xml.match(/<w:p><w:pPr><w:pStyle w:val="Quote"\/>[\s\S]*?<\/w:p>/g) ?? [];
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q).toMatch(/<w:pStyle w:val="Quote"\/><w:bidi\/>/);
      expect(q).toMatch(/<w:rtl\/>/);
    }
    expect((text.match(SCRIPT.ar) ?? []).length).toBeGreaterThan(200);
  });

  it.each(['ar', 'zh'] as const)('%s: the obligations in the language of the report (model-law/languages/), none left in English', (lang) => {
    const catalogue = loadCatalogue();
    const obligations = [...catalogue.elements, ...catalogue.rollups].map((e) => ({ id: e.id, words: e.obligation }));
    // As the report's XML holds a text: the characters XML escapes, escaped.
    const inXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');
    // The English report carries every English obligation as this test looks for it, so none missing below is a finding.
    expect(obligations.filter((o) => !pdf['kestria.en'].xml.includes(inXml(o.words.en))).map((o) => o.id)).toEqual([]);
    const { xml, text } = pdf[`kestria.${lang}`];
    expect(obligations.filter((o) => xml.includes(inXml(o.words.en))).map((o) => o.id)).toEqual([]);
    // One read back from the page LibreOffice lays out, across its line breaks.
    const marking = catalogue.elements.find((e) => e.id === 'fp.8.2')!.obligation[lang]!;
    const unbroken = (s: string) => comparable(s).replace(/\s+/g, '');
    expect(xml).toContain(inXml(marking));
    expect(unbroken(text)).toContain(unbroken(marking));
  });

  it('names a font for each script: Arabic (complex script) and Chinese (East Asian)', () => {
    for (const name of ['kestria.ar', 'kestria.zh', 'kestria.ru'] as const) expect(pdf[name].styles).toMatch(/<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Microsoft YaHei" w:hAnsi="Arial"\/>/);
    expect(pdf['kestria.zh'].styles).toMatch(/<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/);
  });
});
