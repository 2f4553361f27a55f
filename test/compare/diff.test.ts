/**
 * `lexgap diff` on a labelled law and a copy edited in the test: a clause added that names the brokers on every
 * licence (closing Art. 15(1)(c)), the confiscation section deleted (opening Art. 6(1)), and a clause reworded
 * without changing any status. Exactly those status changes, and those clauses, must come out, in the JSON and
 * in the Word report as LibreOffice opens it. Then the pieces: the word diff and the clause diff by label.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { diffClauses, diffLaws } from '../../core/compare/diff.js';
import { diffWords } from '../../core/compare/text-diff.js';
import { CATALOGUE } from '../../core/i18n/index.js';

const COMPARE_STRINGS = { en: CATALOGUE.en.comparison, fr: CATALOGUE.fr.comparison };
import type { Clause } from '../../core/types.js';
import { loadCatalogue } from '../../model-law/index.js';
import { SHARED } from '../support/cli.js';
import { DiffJson, docxParts, flat, lexgap, throughLibreOffice } from './support.js';

const EVAL = join(SHARED, 'eval');
const out = mkdtempSync(join(tmpdir(), 'lexgap-diff-'));
const file = (name: string) => join(out, name);
const original = readFileSync(join(EVAL, 'kestria-en.txt'), 'utf8');

const BROKERS = '(3) Every export or import licence shall state the name and location of every broker involved in the transaction.';
const CONFISCATION = /\n18\. Confiscation\n[^\n]+\n/;

/** The amended Act, as a drafter would edit it: a subsection added, a section repealed, a subsection reworded. */
function amend(text: string): string {
  const permit = '(2) Each brokering transaction shall require a separate brokering permit from the Registrar.\n';
  const appoint = '(1) The Minister shall appoint a Registrar of Arms.';
  for (const must of [permit, appoint]) expect(text).toContain(must);
  expect(text).toMatch(CONFISCATION);
  return text
    .replace(permit, `${permit}${BROKERS}\n`)
    .replace(CONFISCATION, '\n')
    .replace(appoint, '(1) The Minister shall appoint a Registrar of Arms and a Deputy Registrar.');
}

let run: ReturnType<typeof lexgap>;
let json: import('zod').infer<typeof DiffJson>;
let pdf: Record<string, { text: string; pages: number }>;

beforeAll(() => {
  writeFileSync(file('kestria-amended.txt'), amend(original));
  run = lexgap(['diff', join(EVAL, 'kestria-en.txt'), file('kestria-amended.txt'), '--json', file('diff.json'), '--report', file('diff.docx')]);
  json = DiffJson.parse(JSON.parse(readFileSync(file('diff.json'), 'utf8')));
  const fr = lexgap(['diff', join(EVAL, 'kestria-en.txt'), file('kestria-amended.txt'), '--report', file('diff.fr.docx'), '--report-lang', 'fr']);
  expect(fr.code).toBe(0);
  pdf = throughLibreOffice([file('diff.docx'), file('diff.fr.docx')], out);
}, 600_000);

describe('lexgap diff between a law and its amended copy', () => {
  it('succeeds with one line', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^kestria-en\.txt -> kestria-amended\.txt: gaps closed 1, gaps opened 1, other status changes 0/);
  });

  it('finds exactly the gap closed and the gap opened', () => {
    expect(json.elements.map((e) => [e.id, e.from, e.to, e.change])).toEqual([
      ['fp.6.1', 'covered', 'missing', 'opened'],
      ['fp.15.1.c', 'missing', 'covered', 'closed'],
    ]);
    const [confiscation, brokers] = json.elements;
    expect(confiscation!.before).toEqual(['Section 18']);
    expect(confiscation!.after).toEqual([]);
    expect(brokers!.before).toEqual([]);
    expect(brokers!.after[0]).toBe('Section 5(3)');
    expect(json.summary).toMatchObject({ closed: 1, opened: 1, narrowed: 0, widened: 0, other: 0, clausesAdded: 1, clausesRemoved: 1, clausesChanged: 1 });
    expect(json.old).toMatchObject({ file: 'kestria-en.txt', country: 'Kestria', language: 'en' });
    expect(json.new.file).toBe('kestria-amended.txt');
  });

  it('finds the clauses added, removed and reworded, by label', () => {
    expect(json.clauses.added.map((c) => [c.label, c.text])).toEqual([['Section 5(3)', BROKERS]]);
    expect(json.clauses.removed.map((c) => [c.label, c.title])).toEqual([['Section 18', 'Confiscation']]);
    expect(json.clauses.removed[0]!.text).toContain('shall order the confiscation');
    expect(json.clauses.changed.map((c) => c.label)).toEqual(['Section 3(1)']);
    const changed = json.clauses.changed[0]!;
    expect(changed.diff).toEqual([
      { op: 'equal', text: '(1) The Minister shall appoint a Registrar of Arms' },
      { op: 'insert', text: ' and a Deputy Registrar' },
      { op: 'equal', text: '.' },
    ]);
    // The evidence that moved is reported by label, for elements whose status did not change.
    for (const m of json.evidence) {
      expect(json.elements.some((e) => e.id === m.id)).toBe(false);
      expect(m.added.length + m.dropped.length).toBeGreaterThan(0);
    }
  });

  it('finds nothing between a law and itself', () => {
    const r = lexgap(['diff', join(EVAL, 'valdoria-es.txt'), join(EVAL, 'valdoria-es.txt'), '--json', file('same.json')]);
    expect(r.code).toBe(0);
    const same = DiffJson.parse(JSON.parse(readFileSync(file('same.json'), 'utf8')));
    expect([same.elements, same.evidence, same.clauses.added, same.clauses.removed, same.clauses.changed]).toEqual([[], [], [], [], []]);
  });
});

describe('the report on two versions', () => {
  it('is a .docx with the report styles, a contents field and repeated table headers', () => {
    const doc = docxParts(file('diff.docx'))['word/document.xml']!;
    for (const id of ['Title', 'Heading1', 'Heading2']) expect(doc).toContain(`<w:pStyle w:val="${id}"/>`);
    expect(doc).toMatch(/<w:instrText[^>]*>TOC /);
    const tables = doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    for (const t of tables.slice(1)) expect(t).toContain('<w:tblHeader/>');
    for (const t of tables) expect((t.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).filter((r) => !r.includes('<w:cantSplit/>'))).toEqual([]);
    // Removed words are struck through, added ones underlined twice: visible without colour.
    expect(doc).toMatch(/<w:u w:val="double"\/>(?:(?!<\/w:r>)[\s\S])*and a Deputy Registrar/);
  });

  it('shows the status changes, the clauses added and removed, and the rewording, as LibreOffice opens it', () => {
    const ds = COMPARE_STRINGS.en.diff;
    const text = flat(pdf['diff.docx']!.text);
    for (const h of [ds.summary.heading, ds.changes.heading, ds.evidence.heading, ds.clauses.heading]) expect(text.split(h).length - 1, h).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/Art\. 6\(1\) Confiscation Covered Missing Gap opened/);
    expect(text).toMatch(/Art\. 15\(1\)\s?\(c\) Brokers named on licences Missing Covered Gap closed/);
    expect(text).toContain('Cited before: Section 18');
    expect(text).toContain(`Section 5(3) — Part 2: LICENSING OF MANUFACTURERS, DEALERS AND BROKERS › Section 5: Registration of arms brokers ${BROKERS}`);
    expect(text).toContain('Section 18 — Confiscation — Part 5: OFFENCES');
    expect(text).toContain('(1) The Minister shall appoint a Registrar of Arms[+ and a Deputy Registrar].');
    const fr = flat(pdf['diff.fr.docx']!.text);
    expect(fr).toContain(COMPARE_STRINGS.fr.diff.changes.kinds.closed);
    expect(fr).toContain(COMPARE_STRINGS.fr.diff.changes.kinds.opened);
  });
});

describe('lexgap diff on bad input', () => {
  it('refuses one version, or three, with the usage, exit 2', () => {
    for (const files of [[join(EVAL, 'kestria-en.txt')], [join(EVAL, 'kestria-en.txt'), join(EVAL, 'kestria-en.txt'), join(EVAL, 'kestria-en.txt')]]) {
      const r = lexgap(['diff', ...files, '--json', file('never.json')]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/diff needs two versions of the law, the earlier first\. usage: lexgap diff/);
    }
    expect(existsSync(file('never.json'))).toBe(false);
  });

  it('names the version it cannot read: exit 1, one line, nothing written', () => {
    const before = readdirSync(out).sort();
    const r = lexgap(['diff', join(EVAL, 'kestria-en.txt'), join(out, 'kestria-2030.txt'), '--json', file('never.json'), '--report', file('never.docx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kestria-2030\.txt cannot be opened/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(before);
  });

  it('writes no CSV', () => {
    const r = lexgap(['diff', join(EVAL, 'kestria-en.txt'), join(EVAL, 'kestria-en.txt'), '--csv', file('never.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/diff writes no CSV/);
    expect(existsSync(file('never.csv'))).toBe(false);
  });
});

describe('the word diff', () => {
  it('shows a replaced word as removed then added, and ignores spacing and line breaks', () => {
    expect(diffWords('kept for at least ten years by the Registrar', 'kept for at least five\nyears by  the Registrar')).toEqual([
      { op: 'equal', text: 'kept for at least ' },
      { op: 'delete', text: 'ten' },
      { op: 'insert', text: 'five' },
      { op: 'equal', text: ' years by the Registrar' },
    ]);
    expect(diffWords('same\n text', 'same text')).toEqual([{ op: 'equal', text: 'same text' }]);
    expect(diffWords('', 'a new clause')).toEqual([{ op: 'insert', text: 'a new clause' }]);
  });

  it('joins neighbouring changes across a space, and rebuilds both texts', () => {
    const a = 'The Registrar shall keep a register of every firearm.';
    const b = 'The Minister shall maintain a register of every licensed firearm.';
    const d = diffWords(a, b);
    expect(d.filter((x) => x.op !== 'insert').map((x) => x.text).join('')).toBe(a);
    expect(d.filter((x) => x.op !== 'delete').map((x) => x.text).join('')).toBe(b);
    expect(d.filter((x) => x.op === 'delete').map((x) => x.text)).toEqual(['Registrar', 'keep']);
  });

  it('shows a middle too long to compare word by word as removed and added whole', () => {
    const d = diffWords('start a b c end', 'start x y z end', 4);
    expect(d).toEqual([
      { op: 'equal', text: 'start ' },
      { op: 'delete', text: 'a b c' },
      { op: 'insert', text: 'x y z' },
      { op: 'equal', text: ' end' },
    ]);
  });
});

describe('the clause diff by label', () => {
  const clause = (id: string, label: string, text: string, start: number, extra: Partial<Clause> = {}): Clause => ({
    id,
    label,
    path: [],
    text,
    span: { start, end: start + text.length },
    kind: 'provision',
    refs: [],
    ...extra,
  });

  it('pairs a label used twice in order, and lists a parent once with what it holds', () => {
    const before = [clause('c1', 'Article 1', 'Article 1 First.', 0), clause('c2', 'Article 1', 'Article 1 Second.', 20)];
    const after = [
      clause('c1', 'Article 1', 'Article 1 First.', 0),
      clause('c2', 'Article 1', 'Article 1 Second, amended.', 20),
      clause('c3', 'Article 2', 'Article 2 (1) One. (2) Two.', 50),
      clause('c4', 'Article 2(1)', '(1) One.', 60),
      clause('c5', 'Article 2(2)', '(2) Two.', 69),
    ];
    const d = diffClauses(before, after);
    expect(d.changed.map((c) => [c.label, c.before, c.after])).toEqual([['Article 1', 'Article 1 Second.', 'Article 1 Second, amended.']]);
    expect(d.added.map((c) => c.label)).toEqual(['Article 2']);
    expect(d.removed).toEqual([]);
  });

  it('compares a clause’s own wording, not the clauses inside it', () => {
    const before = [clause('c1', 'Section 9', '9. Register (1) Keep a register. (2) Ten years.', 0), clause('c2', 'Section 9(1)', '(1) Keep a register.', 12), clause('c3', 'Section 9(2)', '(2) Ten years.', 33)];
    const after = [clause('c1', 'Section 9', '9. Register (1) Keep a register. (2) Five years.', 0), clause('c2', 'Section 9(1)', '(1) Keep a register.', 12), clause('c3', 'Section 9(2)', '(2) Five years.', 33)];
    expect(diffClauses(before, after).changed.map((c) => c.label)).toEqual(['Section 9(2)']);
  });

  it('gives the same result through diffLaws on real analyses', () => {
    const amended = amend(original);
    const d = diffLaws({ analysis: analyzeText(original, { file: 'a.txt' }) }, { analysis: analyzeText(amended, { file: 'b.txt' }) }, loadCatalogue());
    expect(d.changes.map((c) => c.id)).toEqual(['fp.6.1', 'fp.15.1.c']);
    expect(d.clauses.added.map((c) => c.label)).toEqual(['Section 5(3)']);
  });
});
