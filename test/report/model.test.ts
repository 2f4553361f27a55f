/** The report model: what the report says, in which language, from an analysis and a reviewer's decisions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { applyReview, type ReviewDecision } from '../../core/review.js';
import { buildReportModel, defaultReportLanguage, excerpt, primaryChapter, type ReportModel } from '../../core/report/model.js';
import { rollUp } from '../../core/report/rollup.js';
import { shortfallPhrases, shortfallSentences } from '../../core/report/shortfall.js';
import { CATALOGUE } from '../../core/i18n/index.js';
import { REPORT_LANGUAGES, reportWords } from '../../core/report/words.js';

/** The report's words as the catalogue's files hold them. */
const STRINGS = { en: CATALOGUE.en.report, fr: CATALOGUE.fr.report, es: CATALOGUE.es.report };
import { loadCatalogue } from '../../model-law/index.js';
import { SHARED } from '../support/cli.js';

const catalogue = loadCatalogue();
const kestria = readFileSync(join(SHARED, 'eval', 'kestria-en.txt'), 'utf8');
const analysis = analyzeText(kestria, { file: 'kestria-en.txt' });
/** The report model; `_text` is the law the analysis `a` was made from (its identity is in the analysis). */
const model = (lang: 'en' | 'fr' | 'es', decisions: ReviewDecision[] = [], _text = kestria, a = analysis): ReportModel =>
  buildReportModel({ analysis: a, catalogue, decisions, options: { lang, date: '2025-03-12' } });

/** Every string in the model, for checks on the wording as a whole. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (k === 'words' ? [] : texts(v)));
  return [];
}

describe('the Model Law chapter roll-up', () => {
  it('is covered only when every element is covered', () => {
    expect(rollUp(['covered', 'covered'])).toBe('covered');
    expect(rollUp(['covered', 'missing'])).toBe('partial');
    expect(rollUp(['partial', 'partial'])).toBe('partial');
    expect(rollUp(['missing', 'missing'])).toBe('missing');
  });
  it('leaves out elements set aside as not applicable, and says when nothing is left to assess', () => {
    expect(rollUp(['covered', 'not-applicable'])).toBe('covered');
    expect(rollUp(['not-applicable'])).toBe('not-assessed');
    expect(rollUp([])).toBe('not-assessed');
  });
  it('marks the jurisdiction chapter, which implements no checked element, as not assessed', () => {
    const row = model('en').chapters.table.rows.find((r) => r.title.startsWith('Chapter XIV'))!;
    expect(row.status.key).toBe('not-assessed');
  });
});

describe('the law as the cover names it', () => {
  const cover = (lang: 'en' | 'fr' | 'es', source: Partial<typeof analysis.source>) =>
    Object.fromEntries(model(lang, [], '', { ...analysis, source: { ...analysis.source, ...source } }).cover.fields.map((f) => [f.label, f.values.join(' | ')]));
  it.each([
    ['en', 'Country', 'Switzerland', 'Date of the law', '22 December 2007'],
    ['fr', 'Pays', 'Suisse', 'Date du texte', '22 décembre 2007'],
    ['es', 'País', 'Suiza', 'Fecha del texto', '22 de diciembre de 2007'],
  ] as const)('%s: the identity the analysis read, worded in the report language', (lang, countryLabel, country, dateLabel, date) => {
    const fields = cover(lang, { title: 'Federal Act on Weapons', country: 'CH', countryName: 'Swiss Confederation', date: '2007-12-22' });
    expect(fields[countryLabel]).toBe(country);
    expect(fields[dateLabel]).toBe(date);
    expect(Object.values(fields)).toContain('Federal Act on Weapons');
  });
  it('gives a year alone as the law does, a State with no code by the name the law gives it, and says when the text is silent', () => {
    expect(cover('en', { date: '2016', countryName: 'Kestria', country: undefined })).toMatchObject({ 'Date of the law': '2016', Country: 'Kestria' });
    const silent = cover('en', { title: undefined, country: undefined, countryName: undefined, date: undefined });
    expect(silent['Date of the law']).toBe('Not stated in the text');
    expect(silent.Country).toBeUndefined();
    expect(silent['Law analysed']).toBe(analysis.source.file);
  });
});

describe('reviewer decisions', () => {
  const decisions: ReviewDecision[] = [
    { element: 'fp.5.2.a', status: 'partial', addedEvidence: ['c34'], note: 'Section 17 reaches aiding; attempt is in the Penal Code.', author: 'A. Drafter', decidedAt: '2025-03-10T09:00:00Z' },
    { element: 'fp.9', status: 'not-applicable', note: 'Deactivated firearms remain firearms.', decidedAt: '2025-03-11T09:00:00Z' },
    { element: 'fp.7', rejectedEvidence: ['c24'], addedEvidence: ['c999'], decidedAt: '2025-03-11T10:00:00Z' },
    { element: 'fp.9', status: 'missing', decidedAt: '2025-03-01T09:00:00Z' },
  ];
  const reviewed = applyReview(analysis, decisions);
  const get = (id: string) => reviewed.find((f) => f.id === id)!;

  it('keeps the engine finding and marks the person as the one who set the status', () => {
    const f = get('fp.5.2.a');
    expect(f.engine.status).toBe('missing');
    expect(f.status).toBe('partial');
    expect(f.statusBy).toBe('reviewer');
    expect(f.evidence).toEqual([{ clause: 'c34', origin: 'reviewer', terms: [] }]);
  });
  it('applies the latest decision on an element', () => expect(get('fp.9').status).toBe('not-applicable'));
  it('removes rejected evidence, and reports clauses that are not in the law', () => {
    const f = get('fp.7');
    expect(f.evidence.map((e) => e.clause)).not.toContain('c24');
    expect(f.statusBy).toBe('engine');
    expect(f.staleClauses).toEqual(['c999']);
  });
  it('leaves findings without a decision as the engine made them', () => {
    expect(get('fp.3.a').status).toBe(analysis.elements.find((e) => e.id === 'fp.3.a')!.status);
    expect(get('fp.3.a').decision).toBeUndefined();
  });
  it('shows each decision as a person’s, in the findings, the matrix and its own section', () => {
    const m = model('en', decisions);
    expect(m.decisions.none).toBeUndefined();
    expect(m.decisions.table.rows.map((r) => r.element.split(' ').slice(0, 2).join(' '))).toEqual(['Art. 5(2)(a)', 'Art. 7', 'Art. 9']);
    expect(m.decisions.table.rows[0]!.proposed.key).toBe('missing');
    expect(m.decisions.table.rows[0]!.by).toBe('A. Drafter, 10 March 2025');
    expect(m.decisions.table.rows[2]!.by).toBe('A reviewer, 11 March 2025');
    const f = m.findings.articles.flatMap((a) => a.findings).find((x) => x.id === 'fp.5.2.a')!;
    expect(f.statusNote).toContain('decided by a reviewer');
    expect(f.decision[0]).toBe('Reviewer’s decision (A. Drafter, 10 March 2025)');
    expect(f.decision).toContain('Note: Section 17 reaches aiding; attempt is in the Penal Code.');
    const row = m.matrix.articles.flatMap((a) => a.rows).find((r) => r.ref === 'Art. 5(2)(a)')!;
    expect(row.status.label).toBe('Partly covered (reviewer)');
    expect(m.summary.paragraphs[2]).toContain('A person has reviewed 3 of the 49');
    expect(m.matrix.articles.flatMap((a) => a.rows).find((r) => r.ref.startsWith('Art. 9 '))!.status.key).toBe('not-applicable');
  });
  it('says plainly when nobody has reviewed the findings', () => {
    const m = model('en');
    expect(m.decisions.none).toMatch(/No reviewer decision has been recorded/);
    expect(m.summary.paragraphs[2]).toMatch(/None has been reviewed yet: a person must confirm each one/);
  });
});

describe('what a partial finding lacks, in the report language', () => {
  const law = [
    'REPUBLIC OF TESTLAND',
    'FIREARMS RECORDS ACT 2019',
    '1. Register',
    '(1) The Registrar shall keep a register of all firearms, recording the markings of each firearm.',
    '(2) The information in the register shall be retained for five years.',
  ].join('\n\n');
  const a = analyzeText(law, { file: 'testland.txt' });
  const f = a.elements.find((e) => e.id === 'fp.7')!;

  it('states the period the law sets against the Protocol’s', () => {
    expect(f.status).toBe('partial');
    const rec = catalogue.recognisers.find((r) => r.element === 'fp.7');
    expect(f.shortfalls).toEqual([{ code: 'period-short', stated: 5, required: 10 }]);
    const words = (lang: 'en' | 'fr' | 'es') => shortfallSentences(f.shortfalls, rec, reportWords(lang));
    expect(words('en')).toEqual(['The law keeps the records 5 years; the Protocol requires at least 10.']);
    expect(words('fr')).toEqual(['Le texte prévoit une conservation de 5 ans\u00a0; le Protocole exige au moins 10 ans.']);
    expect(words('es')).toEqual(['El texto prevé conservar los registros 5 años; el Protocolo exige al menos 10.']);
    const finding = model('en', [], law, a).findings.articles.flatMap((x) => x.findings).find((x) => x.id === 'fp.7')!;
    expect(finding.missing).toEqual(['The law keeps the records 5 years; the Protocol requires at least 10.']);
  });
  it('says why lexgap wants a flagged finding checked first, until someone decides it', () => {
    const flagged = analysis.elements.find((e) => e.review && e.reasons.length)!;
    expect(flagged).toBeDefined();
    for (const lang of REPORT_LANGUAGES) {
      const finding = model(lang).findings.articles.flatMap((x) => x.findings).find((x) => x.id === flagged.id)!;
      expect(finding.review).toEqual(flagged.reasons.map((r) => reportWords(lang).t(`reasons.${r}`)));
      expect(finding.review.every((line) => line.length > 10)).toBe(true);
    }
    const decided = model('en', [{ element: flagged.id, status: 'covered', decidedAt: '2026-12-01T10:00:00.000Z', author: 'A. Reviewer' }]);
    expect(decided.findings.articles.flatMap((x) => x.findings).find((x) => x.id === flagged.id)!.review).toEqual([]);
  });
  it('names missing list items with the catalogue’s labels in the report language', () => {
    const rec = catalogue.recognisers.find((r) => r.facets?.length)!;
    const [first, second] = rec.facets!;
    const items = [{ code: 'items-missing' as const, items: [first!.id, second!.id] }];
    expect(shortfallSentences(items, rec, reportWords('es'))).toEqual([`El texto no menciona: ${first!.label.es} y ${second!.label.es}.`]);
    expect(shortfallPhrases(items, rec, reportWords('en'))).toEqual([first!.label.en, second!.label.en]);
  });
  it('words every kind of shortfall, in every language, with nothing left unfilled', () => {
    const rec = catalogue.recognisers.find((r) => r.weaker?.length)!;
    const all = [
      { code: 'period-short' as const, stated: 5, required: 10 },
      { code: 'no-period' as const, required: 10 },
      { code: 'period-limited' as const, stated: 10, required: 10 },
      { code: 'weaker' as const, form: rec.weaker![0]!.id },
    ];
    for (const lang of REPORT_LANGUAGES) {
      const sentences = shortfallSentences(all, rec, reportWords(lang));
      expect(sentences).toHaveLength(4);
      for (const s of sentences) expect(s).toMatch(/^\p{Lu}.*[.]$/u);
      expect(sentences[3]!.toLowerCase()).toContain(rec.weaker![0]!.shortfall[lang].toLowerCase().slice(0, 20));
      expect(shortfallPhrases(all, rec, reportWords(lang)).join(' ')).not.toMatch(/\{\{|\$t\(/);
    }
  });
});

describe('the report model', () => {
  it.each(REPORT_LANGUAGES)('%s: has every section, every article and every element', (lang) => {
    const m = model(lang);
    const s = STRINGS[lang];
    expect([m.summary.heading, m.matrix.heading, m.findings.heading, m.chapters.heading, m.decisions.heading, m.method.heading, m.annex.heading]).toEqual([
      s.summary.heading,
      s.matrix.heading,
      s.findings.heading,
      s.chapters.heading,
      s.decisions.heading,
      s.method.heading,
      s.annex.heading,
    ]);
    expect(m.matrix.articles).toHaveLength(21);
    // Every element, and art 15(1) rolled up from its measures, just before them.
    expect(m.matrix.articles.flatMap((a) => a.rows)).toHaveLength(catalogue.elements.length + catalogue.rollups.length);
    const withRollups = catalogue.elements.flatMap((e) => [...catalogue.rollups.filter((r) => r.anyOf[0] === e.id).map((r) => r.id), e.id]);
    expect(m.findings.articles.flatMap((a) => a.findings).map((f) => f.id)).toEqual(withRollups);
    expect(m.chapters.table.rows).toHaveLength(17);
    expect(m.annex.table.rows).toHaveLength(analysis.clauses.length);
  });

  it('fills every placeholder and never cites a Model Law article number', () => {
    for (const lang of REPORT_LANGUAGES) {
      const all = texts(model(lang)).join('\n');
      expect(all).not.toMatch(/\{\w+\}/);
      expect(all).not.toMatch(/(Model Law|Loi type|Ley Modelo)[^.\n]{0,40}\b(art\.|article|artículo)\s*\d/i);
    }
  });

  it('quotes the law in its own language whatever the report language', () => {
    const ardenne = readFileSync(join(SHARED, 'eval', 'ardenne-fr.txt'), 'utf8');
    const a = analyzeText(ardenne, { file: 'ardenne-fr.txt' });
    const m = model('en', [], ardenne, a);
    expect(m.lawLocale).toBe('fr-FR');
    const quotes = m.findings.articles.flatMap((x) => x.findings).flatMap((f) => f.evidence.map((e) => e.quote));
    expect(quotes.join(' ')).toContain('Toute arme à feu fabriquée en Ardenne porte');
    expect(m.findings.heading).toBe('Findings by element');
  });

  it('reads the cover from the law’s identity: country, title and date', () => {
    const fields = Object.fromEntries(model('en').cover.fields.map((f) => [f.label, f.values.join(' | ')]));
    expect(fields['Country']).toBe('Kestria');
    expect(fields['Law analysed']).toBe('Arms and Ammunition Act 2016');
    expect(fields['Date of the law']).toBe('2016');
    expect(fields['Date of the analysis']).toBe('12 March 2025');
    expect(fields['Prepared with']).toMatch(/^lexgap \d+\.\d+\.\d+$/);
    expect(fields['Instruments assessed']).toContain('Firearms Protocol');
    expect(fields['Instruments assessed']).toContain('Model Law');
  });

  it('lists every binding gap once, and groups them by the chapter to draw on', () => {
    const m = model('en');
    const binding = catalogue.elements.filter((e) => e.tier === 'mandatory' || e.tier === 'qualified');
    const gaps = binding.filter((e) => ['missing', 'partial'].includes(analysis.elements.find((f) => f.id === e.id)!.status));
    expect(m.summary.gaps.items).toHaveLength(gaps.length);
    // What the law must say, by chapter; what the ministry must do, apart.
    expect(m.summary.change.groups.flatMap((g) => g.lines)).toHaveLength(gaps.filter((e) => e.means === 'legislative').length);
    expect(m.summary.change.ministry?.lines ?? []).toHaveLength(gaps.filter((e) => e.means === 'administrative').length);
    expect(m.summary.change.groups.find((g) => g.chapter.startsWith('Chapter XII'))?.lines[0]?.text).toBe('Add: attempt and complicity (Art. 5(2)(a)).');
  });

  it('groups a gap under its most specific chapter', () => {
    const el = (id: string) => catalogue.elements.find((e) => e.id === id)!;
    expect(primaryChapter(el('fp.5.1.a'), catalogue)?.id).toBe('ml.VIII');
    expect(primaryChapter(el('fp.3.d'), catalogue)?.id).toBe('ml.II');
    expect(primaryChapter(el('fp.6.2'), catalogue)?.id).toBe('ml.XIII');
    expect(primaryChapter(el('fp.15.2'), catalogue)?.id).toBe('ml.XVI');
  });

  it('defaults the report language to the law’s where it can', () => {
    expect(defaultReportLanguage('fr')).toBe('fr');
    expect(defaultReportLanguage('es')).toBe('es');
    expect(defaultReportLanguage('ru')).toBe('en');
  });

  it('writes dates in the report language', () => {
    expect(reportWords('fr').date('2025-08-01')).toBe('1er août 2025');
    expect(reportWords('es').date('2025-01-22T10:00:00Z')).toBe('22 de enero de 2025');
    expect(reportWords('en').date('2025-03-12')).toBe('12 March 2025');
  });

  it('quotes long clauses around the words that matched', () => {
    const text = `${'a '.repeat(600)}the serial number shall be marked ${'b '.repeat(600)}`;
    const q = excerpt(text, ['serial number'], 300);
    expect(q).toContain('serial number');
    expect(q.startsWith('… ')).toBe(true);
    expect(q.endsWith(' …')).toBe(true);
    expect(q.length).toBeLessThanOrEqual(306);
  });
});

describe('the CSV export', () => {
  it('has one row per element, with the Model Law chapters to draw on', async () => {
    const { toCsv } = await import('../../core/report/csv.js');
    const rows = toCsv(analysis, catalogue).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe(
      'element,reference,tier,obligation,status,status_by,engine_status,confidence,evidence,missing,model_law_chapters,check_first,reviewer,decided_at,reason,approved_by,approved_at,rejected_evidence,added_evidence,note',
    );
    expect(rows).toHaveLength(catalogue.elements.length + 1);
    expect(rows.find((r) => r.startsWith('fp.5.1.a,'))).toMatch(/,VIII,/);
  });

  it('carries the reviewed status beside lexgap’s, with the reason and the approval', async () => {
    const { toCsv } = await import('../../core/report/csv.js');
    const covered = analysis.elements.find((f) => f.status === 'covered' && f.evidence.length === 1)!;
    const decisions = [
      { element: covered.id, status: 'missing' as const, rejectedEvidence: [covered.evidence[0]!.clause], reason: 'The clause is about explosives.', author: 'A. Drafter', decidedAt: '2026-12-01T10:00:00.000Z', approvedBy: 'B. Adviser', approvedAt: '2026-12-01T11:00:00.000Z' },
    ];
    const rows = toCsv(analysis, catalogue, decisions).replace(/^\uFEFF/, '').trim().split('\r\n');
    // RFC 4180 cells: quoted where they hold a comma.
    const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'));
    const columns = cells(rows[0]!);
    const row = cells(rows.find((r) => r.startsWith(`${covered.id},`))!);
    const at = (name: string) => row[columns.indexOf(name)];
    expect([at('status'), at('status_by'), at('engine_status'), at('evidence')]).toEqual(['missing', 'reviewer', 'covered', '']);
    expect([at('reason'), at('reviewer'), at('approved_by')]).toEqual(['The clause is about explosives.', 'A. Drafter', 'B. Adviser']);
  });
});

describe('every worded shortfall of the catalogue', () => {
  it('has a French and Spanish wording the report can use', () => {
    for (const rec of catalogue.recognisers)
      for (const form of [...(rec.weaker ?? []), ...(rec.downgrade ?? []), ...(rec.partialOnly ?? [])])
        for (const lang of ['fr', 'es'] as const) {
          const [x] = shortfallSentences([{ code: 'weaker', form: form.id }], rec, reportWords(lang));
          expect(x, `${rec.element}: ${form.id}`).not.toBe(shortfallSentences([{ code: 'weaker', form: form.id }], rec, reportWords('en'))[0]);
        }
  });
});

describe('art 15(1), one obligation to consider a system, rolled up from its measures', () => {
  const all = (m: ReportModel) => m.findings.articles.flatMap((a) => a.findings);
  const status = (id: string) => analysis.elements.find((e) => e.id === id)!.status;

  it('is met, in words, when the law registers and licenses brokers, and still says which measures exist', () => {
    // Kestria registers brokers and licenses brokering; its licences do not name them.
    expect([status('fp.15.1.a'), status('fp.15.1.b'), status('fp.15.1.c')]).toEqual(['covered', 'covered', 'missing']);
    const m = model('en');
    const f = all(m).find((x) => x.id === 'fp.15.1')!;
    expect(f.status.key).toBe('covered');
    const met = 'Article 15(1) is met: the law provides for registration of brokers (Art. 15(1)(a)) and licensing of brokering (Art. 15(1)(b)).';
    expect(f.rollup!.lines[0]).toBe(met);
    expect(f.rollup!.lines[1]).toBe('The system could also include brokers named on licences (Art. 15(1)(c)), which the Protocol does not require.');
    expect(m.summary.change.further.join(' ')).toContain(met);
    // No measure of art 15(1) is listed as something the State must still consider.
    expect(m.summary.change.further.join(' ')).not.toMatch(/must also consider[^.]*Art\. 15\(1\)\(c\)/);
    // The measures keep their own findings, each pointing to the article as a whole.
    const c = all(m).find((x) => x.id === 'fp.15.1.c')!;
    expect(c.status.key).toBe('missing');
    expect(c.tier).toBe('One possible measure of art. 15(1)');
    expect(c.rollup!.lines).toEqual([met]);
    expect(c.pointers).toEqual([]);
  });

  it('counts once by tier, and once in Chapter XVI', () => {
    const m = model('en');
    const row = m.summary.byTier.table.rows.find((r) => r.label === 'Must be considered')!;
    expect(row.counts.slice(0, 2)).toEqual([1, 1]);
    expect(m.summary.byTier.table.rows.find((r) => r.label === 'Encouraged')!.counts[0]).toBe(1);
    const xvi = m.chapters.table.rows.find((r) => r.title.startsWith('Chapter XVI'))!;
    expect(xvi.elements[0]).toBe('Art. 15(1) System regulating brokering: covered');
    const matrix = m.matrix.articles.flatMap((a) => a.rows);
    expect(matrix.find((r) => r.ref === 'Art. 15(1)')).toMatchObject({ title: 'System regulating brokering', tier: 'Must be considered', status: { key: 'covered' } });
  });

  it('is not met when a reviewer finds none of its measures, and says the State must consider it', () => {
    const none: ReviewDecision[] = ['fp.15.1.a', 'fp.15.1.b'].map((element) => ({ element, status: 'missing', decidedAt: '2025-03-12T09:00:00Z' }));
    const m = model('en', none);
    expect(all(m).find((x) => x.id === 'fp.15.1')!.status.key).toBe('missing');
    expect(m.summary.change.further.join(' ')).toContain(
      'Article 15(1) is not met: the law has none of its measures (registration of brokers (Art. 15(1)(a)), licensing of brokering (Art. 15(1)(b)) and brokers named on licences (Art. 15(1)(c))). The State must consider such a system, but need not adopt it.',
    );
  });

  it.each([
    ['fr', 'L’article 15(1) est satisfait. Mesures prévues par le texte : enregistrement des courtiers (Art. 15(1)(a)) et licence ou autorisation de courtage (Art. 15(1)(b)).'],
    ['es', 'El artículo 15(1) se cumple. Medidas que prevé el texto: registro de corredores (Art. 15(1)(a)) y licencia o autorización de corretaje (Art. 15(1)(b)).'],
  ] as const)('%s: says it in the report language', (lang, met) => {
    expect(all(model(lang)).find((x) => x.id === 'fp.15.1')!.rollup!.lines[0]).toBe(met);
  });
});

describe('what a law must say, apart from the ministry’s steps', () => {
  it('lists the administrative duties as steps for the ministry, never as amendments of the law', () => {
    const m = model('en');
    const amend = m.summary.change.groups.flatMap((g) => g.lines.map((l) => l.text)).join(' ');
    const ministry = (m.summary.change.ministry?.lines ?? []).map((l) => l.text);
    const administrative = catalogue.elements.filter((e) => e.means === 'administrative');
    for (const e of administrative) expect(amend, e.id).not.toContain(`(${e.ref})`);
    const gaps = administrative.filter((e) => (e.tier === 'mandatory' || e.tier === 'qualified') && ['missing', 'partial'].includes(analysis.elements.find((f) => f.id === e.id)!.status));
    expect(gaps.length).toBeGreaterThan(0);
    expect(ministry).toEqual(gaps.map((e) => `Check: ${e.title.en.charAt(0).toLowerCase()}${e.title.en.slice(1)} (${e.ref}).`));
    expect(m.summary.change.heading).toBe('Points to address before ratification');
  });

  it('shows each finding’s limits, whether a law must say it, and what it was checked against', () => {
    const f = model('fr').findings.articles.flatMap((a) => a.findings).find((x) => x.id === 'fp.5.2.a')!;
    expect(f.tier).toBe('Obligatoire, avec limites');
    expect(f.qualifiers).toBe('dans le respect des concepts fondamentaux du système juridique de l’État');
    expect(f.means).toBe('La loi doit la prévoir');
    expect(f.sources).toBe('texte anglais (Recueil des traités des Pays-Bas), art. 5(2)(a)');
    const e = model('en').findings.articles.flatMap((a) => a.findings).find((x) => x.id === 'fp.8.1.a')!;
    expect(e.sources).toBe('English text (Netherlands Treaty Series), art. 8(1)(a); French text (Netherlands Treaty Series, Trb. 2004, 37), art. 8(1)(a)');
  });

  it('names the Model Law’s edition on the cover and in the method, with the sources', () => {
    const en = model('en');
    expect(en.cover.fields.find((f) => f.label === 'Instruments assessed')!.values[1]).toMatch(/\(the Model Law\), second revised edition \(Vienna, 2014\)$/);
    expect(model('es').cover.fields.find((f) => f.label === 'Instrumentos de referencia')!.values[1]).toMatch(/segunda edición revisada \(Viena, 2015\)$/);
    const method = en.method.sections.map((s) => s.text).join(' ');
    expect(method).toContain('second revised edition (Vienna, 2014, Sales No. E.14.V.8)');
    expect(method).toContain('checked against Model Law, first edition (2011), table of contents, ch. I–XVII');
    expect(en.method.sources.items).toHaveLength(catalogue.sources.length);
    expect(en.method.sources.items[0]).toContain('05d694bb65f06dcd49e7651b71eee2fcd7bc5f6c');
  });
});
