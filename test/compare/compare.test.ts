/**
 * `lexgap compare` on the three labelled laws of ../shared/eval (English, French, Spanish): the JSON (each law's
 * column is exactly its own `lexgap analyze`), the CSV, the comparative Word report as a package and as
 * LibreOffice opens it (matrix rows, harmonization notes naming a shared gap and quoting a model clause, one annex
 * per law), and bad input (one unreadable law among several: exit 1, one line, nothing written).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import type { LawInput } from '../../core/compare/matrix.js';
import { packDocx } from '../../core/report/bytes.js';
import { buildCompareReport, buildCompareReportModel } from '../../core/report/index.js';
import { CATALOGUE, REFERENCE } from '../../core/i18n/index.js';
import { REPORT_LANGUAGES, reportWords, type ReportLanguage } from '../../core/report/words.js';

/** The report's words as the catalogue's files hold them. */
const STRINGS = Object.fromEntries(REPORT_LANGUAGES.map((l) => [l, CATALOGUE[l].report])) as Record<ReportLanguage, typeof REFERENCE.report>;
const COMPARE_STRINGS = Object.fromEntries(REPORT_LANGUAGES.map((l) => [l, CATALOGUE[l].comparison])) as Record<ReportLanguage, typeof REFERENCE.comparison>;
import { loadCatalogue } from '../../model-law/index.js';
import { AnalysisJson } from '../support/analysis-schema.js';
import { SHARED } from '../support/cli.js';
import { CompareJson, docxParts, flat, lexgap, textOf, throughLibreOffice } from './support.js';

const EVAL = join(SHARED, 'eval');
const LAWS = ['kestria-en.txt', 'ardenne-fr.txt', 'valdoria-es.txt'];
const NAMES = ['Kestria', 'Ardenne', 'Valdoria'];
const catalogue = loadCatalogue();
const out = mkdtempSync(join(tmpdir(), 'lexgap-compare-'));
const file = (name: string) => join(out, name);
const lawText = (name: string) => readFileSync(join(EVAL, name), 'utf8');

let run: ReturnType<typeof lexgap>;
let json: CompareJson;
const singles: AnalysisJson[] = [];
let pdf: Record<string, { text: string; pages: number }>;
const REPORTS = ['compare.en.docx', 'compare.fr.docx', 'compare.es.docx'];

type CompareJson = import('zod').infer<typeof CompareJson>;

beforeAll(async () => {
  run = lexgap(['compare', ...LAWS.map((l) => join(EVAL, l)), '--json', file('compare.json'), '--report', file('compare.en.docx'), '--csv', file('compare.csv')]);
  json = CompareJson.parse(JSON.parse(readFileSync(file('compare.json'), 'utf8')));
  for (const law of LAWS) {
    const r = lexgap(['analyze', join(EVAL, law), '--json', file(`${law}.json`)]);
    expect(r.code).toBe(0);
    singles.push(AnalysisJson.parse(JSON.parse(readFileSync(file(`${law}.json`), 'utf8'))));
  }
  // The French and Spanish reports are built in this process, from the same analyses.
  const laws: LawInput[] = LAWS.map((l) => ({ analysis: analyzeText(lawText(l), { file: l }), source: lawText(l) }));
  for (const lang of ['fr', 'es'] as const)
    writeFileSync(file(`compare.${lang}.docx`), await packDocx(buildCompareReport({ laws, catalogue, options: { lang, date: '2025-03-12' } })));
  pdf = throughLibreOffice(REPORTS.map(file), out);
}, 600_000);

describe('lexgap compare on three laws in three languages', () => {
  it('succeeds with one line on standard output and nothing on standard error', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/^Compared 3 laws \(kestria-en\.txt, en; ardenne-fr\.txt, fr; valdoria-es\.txt, es\) on 49 Protocol elements/);
  });

  it('names each law: file, title, language and country as the text gives them', () => {
    expect(json.laws.map((l) => l.file)).toEqual(LAWS);
    expect(json.laws.map((l) => l.language)).toEqual(['en', 'fr', 'es']);
    expect(json.laws.map((l) => l.country)).toEqual(NAMES);
    LAWS.forEach((law, i) => {
      const title = lawText(law).split('\n').map((x) => x.trim()).filter(Boolean)[1]!;
      // The title the law's identity reads (core/identity), which may set an all-capitals title in title case.
      expect(json.laws[i]!.title).toBe(singles[i]!.source.title);
      expect(json.laws[i]!.title.toLowerCase()).toBe(title.toLowerCase());
      expect(json.laws[i]!.sha256).toBe(singles[i]!.source.sha256);
      expect(json.laws[i]!.summary).toEqual(singles[i]!.summary);
    });
  });

  it('gives, for every element in catalogue order, exactly the status each law gets on its own', () => {
    expect(json.elements.map((e) => e.id)).toEqual(catalogue.elements.map((e) => e.id));
    json.elements.forEach((e, k) => {
      expect(e.statuses, e.id).toEqual(singles.map((s) => s.elements[k]!.status));
      // The evidence, by clause label, is each single analysis's evidence, best first.
      expect(e.evidence, e.id).toEqual(singles.map((s) => s.elements[k]!.evidence.map((ev) => s.clauses.find((c) => c.id === ev.clause)!.label)));
    });
  });

  it('lists shared gaps and models consistent with the matrix', () => {
    const row = new Map(json.elements.map((e) => [e.id, e]));
    const gap = (s: string) => s === 'missing' || s === 'partial';
    for (const a of json.harmonization) {
      for (const g of a.sharedGaps) {
        const st = row.get(g.element)!.statuses;
        expect(g.laws).toEqual(st.flatMap((s, i) => (gap(s) ? [i] : [])));
        expect(g.laws.length).toBeGreaterThanOrEqual(2);
        expect(g.everyLaw).toBe(g.laws.length === st.length);
      }
      for (const m of a.models) {
        const e = row.get(m.element)!;
        expect(e.statuses[m.law]).toBe('covered');
        expect(e.evidence[m.law]).toContain(m.label);
        expect(m.gapIn.length).toBeGreaterThan(0);
        for (const i of m.gapIn) expect(gap(e.statuses[i]!)).toBe(true);
      }
    }
    // Every element some law covers and another misses has a model.
    const modelled = new Set(json.harmonization.flatMap((a) => a.models.map((m) => m.element)));
    for (const e of json.elements) if (e.statuses.includes('covered') && e.statuses.some(gap)) expect(modelled.has(e.id), e.id).toBe(true);
    // The labelled laws share at least one gap that none of them covers (the gold sets agree: Art. 3(d)).
    expect(json.harmonization.some((a) => a.sharedGaps.some((g) => g.everyLaw))).toBe(true);
  });

  it('writes one CSV row per element with each law’s status', () => {
    const rows = readFileSync(file('compare.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe(`element,reference,tier,obligation,${LAWS.map((l) => `${l} status`).join(',')},${LAWS.map((l) => `${l} evidence`).join(',')}`);
    expect(rows).toHaveLength(catalogue.elements.length + 1);
    const first = rows[1]!.split(',');
    expect(first[0]).toBe(json.elements[0]!.id);
    expect(first.slice(4, 7)).toEqual(json.elements[0]!.statuses);
  });
});

describe('the comparative report as a .docx package', () => {
  it('has the single report’s styles, a contents field, page numbers, repeated header rows and rows that do not split', () => {
    const p = docxParts(file('compare.en.docx'));
    const styles = p['word/styles.xml']!;
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Quote', 'TableText']) expect(styles).toContain(`w:styleId="${id}"`);
    const doc = p['word/document.xml']!;
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3']) expect(doc).toContain(`<w:pStyle w:val="${id}"/>`);
    expect(doc).toMatch(/<w:instrText[^>]*>TOC (?:\\[oh] ?(?:&quot;1-[23]&quot;)? ?){2}<\/w:instrText>/);
    const tables = doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(2 + 2 * LAWS.length);
    for (const t of tables.slice(1)) expect(t).toMatch(/^<w:tbl>(?:(?!<\/w:tr>)[\s\S])*<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:tblHeader\/>/);
    for (const t of tables) expect((t.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).filter((r) => !r.includes('<w:cantSplit/>'))).toEqual([]);
    // The matrix: a column per law, each status in words with its shading.
    const matrix = tables.find((t) => textOf(t).includes('Obligation element') && NAMES.every((n) => textOf(t).includes(n)))!;
    expect(matrix).toBeDefined();
    for (const e of catalogue.elements) expect(textOf(matrix)).toContain(e.ref);
    expect(matrix).toMatch(/w:fill="C6EFCE"(?:(?!<\/w:tc>)[\s\S])*>Covered<\/w:t>/);
    expect(matrix).toMatch(/w:fill="F8CBAD"(?:(?!<\/w:tc>)[\s\S])*>Missing<\/w:t>/);
    const footer = Object.entries(p).filter(([n]) => /word\/footer\d*\.xml/.test(n)).map(([, x]) => x).join(' ');
    expect(footer).toMatch(/>\s*PAGE\s*</);
    expect(footer).toMatch(/>\s*NUMPAGES\s*</);
    // Quotations carry their law's language.
    for (const tag of ['en-GB', 'fr-FR', 'es-ES']) expect(doc).toContain(`<w:lang w:val="${tag}"/>`);
  });

  it('keeps three laws upright, and turns the matrix to landscape, split into tables that fit, for many laws', async () => {
    expect(docxParts(file('compare.en.docx'))['word/document.xml']).not.toContain('w:orient="landscape"');
    const laws: LawInput[] = LAWS.map((l) => ({ analysis: analyzeText(lawText(l), { file: l }), source: lawText(l) }));
    const many = [...laws, ...laws, ...laws, ...laws]; // twelve laws
    const docx = file('twelve.docx');
    writeFileSync(docx, await packDocx(buildCompareReport({ laws: many, catalogue, options: { lang: 'en', date: '2025-03-12' } })));
    const doc = docxParts(docx)['word/document.xml']!;
    // Cover and overview upright, the matrix in landscape, the rest upright again.
    const sections = doc.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections.map((s) => s.includes('w:orient="landscape"'))).toEqual([false, true, false]);
    const matrices = (doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).filter((t) => textOf(t).includes('Article 3 — Use of terms'));
    expect(matrices.length).toBe(2);
    // Twelve laws of three names: each column name is unique.
    const model = buildCompareReportModel({ laws: many, catalogue, options: { lang: 'en', date: '2025-03-12' } });
    expect(new Set(model.matrix.laws).size).toBe(12);
  });
});

describe('the comparative report as LibreOffice opens it', () => {
  const sections = (lang: ReportLanguage) => {
    const s = STRINGS[lang];
    const cs = COMPARE_STRINGS[lang];
    return [cs.overview.heading, cs.matrix.heading, cs.notes.heading, ...NAMES.map((n, i) => reportWords(lang).c('annex.heading', { letter: 'ABC'[i]!, name: n })), s.method.heading];
  };

  it.each(['en', 'fr', 'es'] as const)('%s: every section appears in the contents and as a heading', (lang) => {
    const text = flat(pdf[`compare.${lang}.docx`]!.text);
    for (const h of sections(lang)) expect(text.split(flat(h)).length - 1, h).toBeGreaterThanOrEqual(2);
    expect(text).toContain(flat(COMPARE_STRINGS[lang].cover.title));
  });

  it('shows a matrix row for every element with each law’s status in words, in the order of the laws', () => {
    const s = STRINGS.en;
    const { text } = pdf['compare.en.docx']!;
    const body = text.split('\f');
    const start = body.findIndex((p, i) => i > 1 && flat(p).includes(flat(COMPARE_STRINGS.en.matrix.intro).slice(0, 50)));
    const end = body.findIndex((p, i) => i > start && flat(p).includes(COMPARE_STRINGS.en.notes.heading));
    expect(start).toBeGreaterThan(1);
    const lines = body.slice(start, end + 1).join('\n').split('\n');
    json.elements.forEach((e, k) => {
      const ref = catalogue.elements[k]!.ref;
      // "Art. 7 (chapeau)" may wrap after "Art. 7", "Art. 10(3) in fine" before "fine".
      const line =
        lines.find((l) => l.trimStart().startsWith(`${ref} `)) ??
        lines.find((l) => ref.includes(' in fine') && l.trimStart().startsWith(`${ref.replace(/ fine$/, '')} `)) ??
        lines.find((l) => l.trimStart().startsWith(`${ref.split(' (')[0]} `));
      expect(line, ref).toBeDefined();
      const words = e.statuses.map((st) => s.status[st].split(' ')[0]!);
      expect(line, ref).toMatch(new RegExp(words.join('\\s+.*?')));
    });
  });

  it('names a gap the laws share, and quotes the label and text of a model clause', () => {
    const text = flat(pdf['compare.en.docx']!.text);
    const notes = text.slice(text.lastIndexOf(COMPARE_STRINGS.en.notes.heading), text.lastIndexOf('Annex A: Kestria'));
    const shared = json.harmonization.flatMap((a) => a.sharedGaps).find((g) => g.everyLaw)!;
    const e = catalogue.elements.find((x) => x.id === shared.element)!;
    expect(notes).toContain(`${e.ref} ${e.title.en} — missing: Kestria, Ardenne and Valdoria.`);
    expect(notes).toContain('No law in the comparison covers it');
    const model = json.harmonization.flatMap((a) => a.models)[0]!;
    const me = catalogue.elements.find((x) => x.id === model.element)!;
    const clause = singles[model.law]!.clauses.find((c) => c.id === model.clause)!;
    expect(notes).toContain(flat(`${me.ref} ${me.title.en} — ${NAMES[model.law]} covers it in ${clause.label}`));
    expect(notes).toContain(flat(clause.text).slice(0, 60));
    // In French too, with the French status words.
    const fr = flat(pdf['compare.fr.docx']!.text);
    expect(fr).toContain(`${me.ref} ${me.title.fr} — ${NAMES[model.law]} le couvre à la disposition ${flat(clause.label)}`);
    expect(fr).toContain(`${e.ref} ${e.title.fr} — absent\u00a0: Kestria, Ardenne et Valdoria.`.replace(/\u00a0/g, ' '));
  });

  it('gives each law an annex with its gaps and the labels of the clauses it relies on', () => {
    const text = flat(pdf['compare.en.docx']!.text);
    NAMES.forEach((name, i) => {
      const letter = 'ABC'[i]!;
      const from = text.lastIndexOf(`Annex ${letter}: ${name}`);
      const to = i < 2 ? text.lastIndexOf(`Annex ${'ABC'[i + 1]}: ${NAMES[i + 1]}`) : text.lastIndexOf(STRINGS.en.method.heading);
      expect(from, name).toBeGreaterThan(0);
      const annex = text.slice(from, to);
      expect(annex).toContain('Gaps');
      expect(annex).toContain('Evidence relied on');
      const law = singles[i]!;
      // A gap of this law, with its status in words; and a covered element with the clause it relies on.
      const gap = law.elements.find((f) => f.status === 'missing')!;
      expect(annex).toContain(catalogue.elements.find((e) => e.id === gap.id)!.ref);
      const covered = law.elements.find((f) => f.status === 'covered' && f.evidence.length)!;
      const label = law.clauses.find((c) => c.id === covered.evidence[0]!.clause)!.label;
      expect(annex).toContain(flat(label));
      // A measure of art 15(1) is a gap only where the law has none of them: one is enough.
      const measures = ['fp.15.1.a', 'fp.15.1.b', 'fp.15.1.c'].map((id) => law.elements.find((f) => f.id === id)!);
      for (const m of measures) {
        const ref = catalogue.elements.find((e) => e.id === m.id)!.ref;
        if (measures.some((x) => x.status === 'covered')) expect(annex.includes(`${ref} `), `${name} ${ref}`).toBe(m.status === 'covered');
        else expect(annex).toMatch(new RegExp(`${escape(ref)} .{0,60}One possible`));
      }
    });
    // Kestria registers and licenses brokers; Valdoria has none of the measures.
    expect(singles.map((l) => l.elements.find((f) => f.id === 'fp.15.1.b')!.status)).toEqual(['covered', 'missing', 'missing']);
  });

  it('has page numbers and a sane length', () => {
    const { text, pages } = pdf['compare.en.docx']!;
    expect(flat(text.split('\f')[1]!)).toContain(`Page 2 of ${pages}`);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(60);
  });
});

describe('lexgap compare on bad input', () => {
  const bad = (name: string, content: string) => {
    const p = join(out, name);
    writeFileSync(p, content);
    return p;
  };
  const outputs = () => ['bad.json', 'bad.docx', 'bad.csv'].map(file);
  const cases = [
    { name: 'a file that does not exist among several', laws: () => [join(EVAL, LAWS[0]!), join(out, 'no-such-law.txt'), join(EVAL, LAWS[2]!)], stderr: /no-such-law\.txt cannot be opened/ },
    { name: 'an empty file among several', laws: () => [join(EVAL, LAWS[0]!), join(EVAL, LAWS[1]!), bad('blank.txt', ' \n\n')], stderr: /blank\.txt is empty/ },
    { name: 'a folder among several', laws: () => [out, join(EVAL, LAWS[1]!)], stderr: /is a folder/ },
  ];
  it.each(cases)('$name: exit 1, one line naming the file, nothing written', ({ laws, stderr }) => {
    const inputs = laws();
    const before = readdirSync(out).sort();
    const [json, docx, csv] = outputs();
    const r = lexgap(['compare', ...inputs, '--json', json!, '--report', docx!, '--csv', csv!]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
    for (const f of outputs()) expect(existsSync(f)).toBe(false);
    expect(readdirSync(out).sort()).toEqual(before);
  });

  it('refuses a single law, with the usage, exit 2', () => {
    const r = lexgap(['compare', join(EVAL, LAWS[0]!), '--json', file('bad.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/compare needs two laws or more\. usage: lexgap compare/);
    expect(existsSync(file('bad.json'))).toBe(false);
  });

  it('refuses an output folder that does not exist before reading any law', () => {
    const r = lexgap(['compare', join(EVAL, LAWS[0]!), join(EVAL, LAWS[1]!), '--report', join(out, 'no', 'such', 'c.docx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Cannot write .*c\.docx: the folder does not exist/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads one law from standard input', () => {
    const r = lexgap(['compare', '-', join(EVAL, LAWS[0]!), '--json', file('stdin.json')], lawText(LAWS[2]!));
    expect(r.code).toBe(0);
    const data = CompareJson.parse(JSON.parse(readFileSync(file('stdin.json'), 'utf8')));
    expect(data.laws.map((l) => [l.file, l.language])).toEqual([['stdin', 'es'], [LAWS[0], 'en']]);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
