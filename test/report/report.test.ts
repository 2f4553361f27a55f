/**
 * The Word report end to end on the labelled laws, in English, French and Spanish: the .docx package itself
 * (styles, contents field, tables, header and footer, page size), then the report as LibreOffice opens it
 * (converted to PDF and read back as text): its sections, a quotation from the law, a partial's shortfall, the
 * coverage matrix and the number of pages.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireTools } from '../import/support.js';
import { analyzeText } from '../../core/analyze.js';
import { reportBytes } from '../../core/report/bytes.js';
import { shortfallSentences } from '../../core/report/shortfall.js';
import { CATALOGUE, REFERENCE } from '../../core/i18n/index.js';
import { REPORT_LANGUAGES, reportWords, type ReportLanguage } from '../../core/report/words.js';

/** The report's words as the catalogue's files hold them. */
const STRINGS = Object.fromEntries(REPORT_LANGUAGES.map((l) => [l, CATALOGUE[l].report])) as Record<ReportLanguage, typeof REFERENCE.report>;
import type { Analysis } from '../../core/types.js';
import { loadCatalogue } from '../../model-law/index.js';
import { SHARED } from '../support/cli.js';

const EVAL = join(SHARED, 'eval');
const LAWS = readdirSync(EVAL).filter((f) => f.endsWith('.txt'));
const catalogue = loadCatalogue();
const out = mkdtempSync(join(tmpdir(), 'lexgap-report-'));

interface Law {
  name: string;
  text: string;
  analysis: Analysis;
  gold: { elements: Record<string, [string, string?]> };
}
const laws: Law[] = LAWS.map((name) => {
  const text = readFileSync(join(EVAL, name), 'utf8');
  return {
    name,
    text,
    analysis: analyzeText(text, { file: name }),
    gold: JSON.parse(readFileSync(join(EVAL, name.replace(/\.txt$/, '.json')), 'utf8')),
  };
});
const cases = laws.flatMap((law) => REPORT_LANGUAGES.map((lang) => ({ law, lang, base: `${law.name.replace(/\.txt$/, '')}.${lang}` })));
// A real law that licenses brokering (Code de la défense, L2332-1) and neither registers brokers nor names them on licences.
const BROKERING = 'fr-code-defense-materiels-guerre-armes.txt';
const brokering = analyzeText(readFileSync(join(SHARED, 'corpus', BROKERING), 'utf8'), { file: BROKERING });
const brokeringCases = REPORT_LANGUAGES.map((lang) => ({ lang, base: `brokering.${lang}` }));
/** What LibreOffice lays out here: the reports in English, French and Spanish (Arabic, Chinese and Russian: languages.test.ts). */
const LAID_OUT: readonly ReportLanguage[] = ['en', 'fr', 'es'];
const laidOut = cases.filter((c) => LAID_OUT.includes(c.lang));
const laidOutBrokering = brokeringCases.filter((c) => LAID_OUT.includes(c.lang));
const timings: { generate: number[]; convert?: number } = { generate: [] };

beforeAll(async () => {
  for (const { law, lang, base } of cases) {
    const t = performance.now();
    const bytes = await reportBytes({ analysis: law.analysis, catalogue, options: { lang, date: '2025-03-12' } });
    timings.generate.push(performance.now() - t);
    writeFileSync(join(out, `${base}.docx`), bytes);
  }
  for (const { lang, base } of brokeringCases) writeFileSync(join(out, `${base}.docx`), await reportBytes({ analysis: brokering, catalogue, options: { lang, date: '2025-03-12' } }));
  const letter = await reportBytes({ analysis: laws[0]!.analysis, catalogue, options: { lang: 'en', paper: 'letter', date: '2025-03-12' } });
  writeFileSync(join(out, 'letter.docx'), letter);
}, 600_000);

/** The XML parts of a .docx, by name. */
function parts(file: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(file)));
  return Object.fromEntries(Object.entries(files).filter(([n]) => n.endsWith('.xml')).map(([n, b]) => [n, strFromU8(b)]));
}

/** Checks on large XML without printing it whole when they fail. */
const has = (xml: string, what: string | RegExp) => (typeof what === 'string' ? xml.includes(what) : what.test(xml));
function expectIn(xml: string, ...whats: (string | RegExp)[]) {
  for (const what of whats) expect(has(xml, what), `expected ${String(what)}`).toBe(true);
}

/** The visible text of a part, run by run. */
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('the .docx package', () => {
  it('generates a report for every labelled law in every report language', () => {
    expect(LAWS.length).toBeGreaterThanOrEqual(3);
    expect(timings.generate).toHaveLength(LAWS.length * REPORT_LANGUAGES.length);
  });

  it.each(cases)('$base: real styles, a contents field, page numbers, the law in the header, A4', ({ law, lang, base }) => {
    const p = parts(join(out, `${base}.docx`));
    const styles = p['word/styles.xml']!;
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3']) expectIn(styles, `w:styleId="${id}"`);
    expectIn(styles, /w:styleId="Heading1">(?:(?!<\/w:style>)[\s\S])*<w:outlineLvl w:val="0"\/>/);
    const doc = p['word/document.xml']!;
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3']) expectIn(doc, `<w:pStyle w:val="${id}"/>`);
    // The contents field: headings of levels 1 to 2 (or 3), as hyperlinks.
    expectIn(doc, /<w:instrText[^>]*>TOC (?:\\[oh] ?(?:&quot;1-[23]&quot;)? ?){2}<\/w:instrText>/);
    expectIn(doc, '<w:pgSz w:w="11906" w:h="16838"');
    // Tables repeat their header row on every page and never break a row across pages.
    const tables = doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const t of tables.slice(1)) expectIn(t, /^<w:tbl>(?:(?!<\/w:tr>)[\s\S])*<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:tblHeader\/>/);
    for (const t of tables) {
      const rows = t.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
      expect(rows.filter((r) => !r.includes('<w:cantSplit/>'))).toEqual([]);
    }
    // The coverage matrix: its header, a row for every element, each status in words with its shading.
    const s = STRINGS[lang];
    const matrix = tables.find((t) => textOf(t).includes(s.matrix.columns.element))!;
    expect(matrix).toBeDefined();
    for (const e of catalogue.elements) expect(textOf(matrix)).toContain(e.ref);
    const f = law.analysis.elements.find((x) => x.status === 'covered')!;
    const ref = catalogue.elements.find((e) => e.id === f.id)!.ref;
    expectIn(matrix, new RegExp(`${escape(ref)}<\\/w:t>(?:(?!<\\/w:tr>)[\\s\\S])*w:fill="C6EFCE"(?:(?!<\\/w:tr>)[\\s\\S])*>${s.status.covered}<\\/w:t>`));
    // Header with the law's title; footer with page number fields.
    const header = Object.entries(p).filter(([n]) => /word\/header\d*\.xml/.test(n)).map(([, x]) => textOf(x)).join(' ');
    const title = law.text.split('\n').map((l) => l.trim()).filter(Boolean)[1]!;
    expect(header.toLowerCase()).toContain(title.slice(0, 40).toLowerCase());
    const footer = Object.entries(p).filter(([n]) => /word\/footer\d*\.xml/.test(n)).map(([, x]) => x).join(' ');
    expectIn(footer, />\s*PAGE\s*</, />\s*NUMPAGES\s*</);
    // Quotations are marked with the law's language, the rest with the report's (and the languages Word takes for
    // Chinese and right-to-left text).
    expectIn(styles, new RegExp(`<w:lang w:val="${escape(s.locale)}" w:eastAsia="[\\w-]+" w:bidi="[\\w-]+"/>`));
    expectIn(doc, `<w:lang w:val="${({ en: 'en-GB', fr: 'fr-FR', es: 'es-ES' } as Record<string, string>)[law.analysis.source.language]}"/>`);
  });

  it('uses US Letter when asked', () => {
    const doc = parts(join(out, 'letter.docx'))['word/document.xml']!;
    expectIn(doc, '<w:pgSz w:w="12240" w:h="15840"');
  });
});

describe('the report as LibreOffice opens it', () => {
  beforeAll(() => requireTools('soffice', 'pdftotext'));
  const pdf: Record<string, { text: string; pages: number }> = {};

  beforeAll(() => {
    // One LibreOffice run converts every report, with a profile of its own so it never clashes with another.
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    const files = [...laidOut.map((c) => `${c.base}.docx`), ...laidOutBrokering.map((c) => `${c.base}.docx`), 'letter.docx'].map((f) => join(out, f));
    const t = performance.now();
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...files], { timeout: 480_000, stdio: 'pipe' });
    timings.convert = performance.now() - t;
    for (const c of [...laidOut.map((x) => x.base), ...laidOutBrokering.map((x) => x.base), 'letter']) {
      const file = join(out, `${c}.pdf`);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      pdf[c] = { text, pages: Number(info.match(/^Pages:\s+(\d+)/m)![1]) };
    }
  }, 600_000);

  const flat = (s: string) => s.replace(/\s+/g, ' ');

  it.each(laidOut)('$base: opens with its sections, a quotation, a shortfall, the matrix and a sane length', ({ law, lang, base }) => {
    const { text, pages } = pdf[base]!;
    const s = STRINGS[lang];
    const body = text.split('\f');
    // Sections: each heading appears in the contents and again as the heading of its section.
    for (const h of [s.summary.heading, s.summary.byTier, s.summary.gaps, s.summary.change, s.matrix.heading, s.findings.heading, s.chapters.heading, s.decisions.heading, s.method.heading, s.annex.heading])
      expect(flat(text).split(flat(h)).length - 1, h).toBeGreaterThanOrEqual(2);
    expect(flat(text)).toContain(flat(s.cover.title));
    expect(flat(text)).toContain(s.decisions.none.slice(0, 40));
    // A quotation from the law with its clause label: a labelled evidence phrase the engine also found.
    const quoted = Object.entries(law.gold.elements).find(([id, [status, phrase]]) => {
      const f = law.analysis.elements.find((e) => e.id === id);
      return status === 'covered' && phrase && f?.status === 'covered' && f.evidence.length;
    });
    expect(quoted).toBeDefined();
    expect(flat(text)).toContain(flat(quoted![1][1]!));
    const clause = law.analysis.clauses.find((c) => c.id === law.analysis.elements.find((e) => e.id === quoted![0])!.evidence[0]!.clause)!;
    expect(flat(text)).toContain(flat(clause.label));
    // A partial's shortfall, worded in the report language.
    const partial = law.analysis.elements.find((e) => e.status === 'partial' && e.shortfalls.length)!;
    expect(partial).toBeDefined();
    const rec = catalogue.recognisers.find((r) => r.element === partial.id);
    for (const x of shortfallSentences(partial.shortfalls, rec, reportWords(lang))) expect(flat(text)).toContain(flat(x).slice(0, 60));
    // The coverage matrix: a row for every element, with its status in words on the same line.
    const start = body.findIndex((p, i) => i > 2 && flat(p).includes(flat(s.matrix.intro).slice(0, 50)));
    const end = body.findIndex((p, i) => i > start && flat(p).includes(flat(s.findings.intro).slice(0, 50)));
    expect(start).toBeGreaterThan(1);
    const lines = body.slice(start, end).join('\n').split('\n');
    for (const f of law.analysis.elements) {
      const e = catalogue.elements.find((x) => x.id === f.id)!;
      const line = lines.find((l) => l.trimStart().startsWith(`${e.ref} `));
      expect(line, e.ref).toBeDefined();
      expect(line, e.ref).toContain(s.status[f.status].split(' ')[0]);
    }
    // Every page but the cover carries the law's title in its header and "Page n of N" in its footer.
    expect(flat(body[1]!)).toContain(flat(s.page.before + '2' + s.page.between + String(pages)));
    expect(pages).toBeGreaterThanOrEqual(15);
    expect(pages).toBeLessThanOrEqual(80);
  });

  it.each([
    ['en', 'Article 15(1) is met: the law provides for licensing of brokering (Art. 15(1)(b)).', 'registration of brokers (Art. 15(1)(a))'],
    ['fr', 'L’article 15(1) est satisfait. Mesures prévues par le texte : licence ou autorisation de courtage (Art. 15(1)(b)).', 'enregistrement des courtiers (Art. 15(1)(a))'],
    ['es', 'El artículo 15(1) se cumple. Medidas que prevé el texto: licencia o autorización de corretaje (Art. 15(1)(b)).', 'registro de corredores (Art. 15(1)(a))'],
  ] as const)('%s: the report of a law that licenses brokering says that art 15(1) is met, and which measures exist', (lang, met, absent) => {
    expect(['fp.15.1.a', 'fp.15.1.b', 'fp.15.1.c'].map((id) => brokering.elements.find((e) => e.id === id)!.status)).toEqual(['missing', 'covered', 'missing']);
    const text = flat(pdf[`brokering.${lang}`]!.text);
    const s = STRINGS[lang];
    // In the executive summary, and again in the finding on art 15(1).
    expect(text.split(flat(met)).length - 1).toBeGreaterThanOrEqual(2);
    expect(text).toContain(flat(s.rollup.alsoCould.split('{{')[0]!));
    expect(text).toContain(absent);
    // The row of art 15(1) in the matrix, with its status in words.
    const row = pdf[`brokering.${lang}`]!.text.split('\n').find((l) => l.trimStart().startsWith('Art. 15(1) '));
    expect(row).toContain(s.status.covered);
    // Nothing calls a qualified obligation one "with reservations".
    expect(text).not.toMatch(/avec réserves|con salvedades/);
  });

  it('lays out US Letter pages', () => {
    const info = execFileSync('pdfinfo', [join(out, 'letter.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+612 x 792 pts/);
  });

  // Speed is measured by npm run bench; this only catches a report that hangs (a loose bound on a shared machine).
  it('never hangs on a report', () => {
    const worst = Math.max(...timings.generate);
    console.info(`report: ${Math.round(timings.generate.reduce((a, b) => a + b, 0) / timings.generate.length)} ms on average to generate (worst ${Math.round(worst)} ms); LibreOffice converted ${cases.length + 1} in ${Math.round(timings.convert ?? 0)} ms`);
    expect(worst).toBeLessThan(120_000);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
