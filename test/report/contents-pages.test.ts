/**
 * The contents page of a report too long for its page numbers to be worked out beforehand (a real law of 277
 * clauses) as LibreOffice lays it out: every entry has its page number, and the heading it names is on that page.
 * LibreOffice does not update a table-of-contents field on opening, so those entries refer to their headings by
 * page references, which it fills in itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { ESTIMATE_PAGES_UP_TO, reportBytes } from '../../core/report/bytes.js';
import { CATALOGUE } from '../../core/i18n/index.js';
import { loadCatalogue } from '../../model-law/index.js';
import { requireTools } from '../import/support.js';
import { SHARED } from '../support/cli.js';

const LAW = 'pe-ley-30299-2015.txt';
const CASES = [
  { lang: 'es', contents: CATALOGUE.es.report.contents },
  { lang: 'en', contents: CATALOGUE.en.report.contents },
] as const;

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The contents page's entries: a title (wrapped over lines or not), dot leaders, a page number when there is one. */
function entries(page: string, heading: string): { title: string; page?: number }[] {
  const lines = page.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  const out: { title: string; page?: number }[] = [];
  let pending = '';
  for (const line of lines.slice(start + 1)) {
    if (!line.trim()) continue;
    const m = /^(.*?)\.{4,}\s*(\d+)?\s*$/.exec(line);
    if (!m) {
      pending += ` ${line}`;
      continue;
    }
    out.push({ title: flat(`${pending} ${m[1]}`), ...(m[2] ? { page: Number(m[2]) } : {}) });
    pending = '';
  }
  return out;
}

describe('the contents page of a long report, as LibreOffice lays it out', () => {
  const pages: Record<string, string[]> = {};

  beforeAll(async () => {
    requireTools('soffice', 'pdftotext');
    const out = mkdtempSync(join(tmpdir(), 'lexgap-contents-'));
    const text = readFileSync(join(SHARED, 'corpus', LAW), 'utf8');
    const analysis = analyzeText(text, { file: LAW });
    expect(analysis.clauses.length).toBeGreaterThan(ESTIMATE_PAGES_UP_TO);
    const catalogue = loadCatalogue();
    for (const { lang } of CASES) writeFileSync(join(out, `${lang}.docx`), await reportBytes({ analysis, catalogue, options: { lang, date: '2025-03-12' } }));
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...CASES.map((c) => join(out, `${c.lang}.docx`))], { timeout: 480_000, stdio: 'pipe' });
    for (const { lang } of CASES) pages[lang] = execFileSync('pdftotext', ['-layout', join(out, `${lang}.pdf`), '-'], { encoding: 'utf8' }).split('\f');
  }, 600_000);

  it.each(CASES)('$lang: every entry has its page number, and its heading is on that page', ({ lang, contents }) => {
    const doc = pages[lang]!;
    const at = doc.findIndex((p) => p.split('\n').some((l) => l.trim() === contents));
    expect(at).toBeGreaterThan(0);
    const list = entries(doc[at]!, contents);
    expect(list.length).toBeGreaterThan(20);
    expect(list.filter((e) => e.page === undefined).map((e) => e.title)).toEqual([]);
    for (const e of list) {
      // pdftotext numbers pages from 1, as the footer does; the heading may wrap on its page.
      expect(e.page! - 1, e.title).toBeGreaterThan(at);
      expect(flat(doc[e.page! - 1]!), `${e.title} on page ${e.page}`).toContain(e.title);
    }
  });
});
