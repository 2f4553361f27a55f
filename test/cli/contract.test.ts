import { mkdtempSync, readFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../model-law/index.js';
import { AnalysisJson } from '../support/analysis-schema.js';
import { lexgap, SHARED } from '../support/cli.js';

const EVAL = join(SHARED, 'eval');
const laws = readdirSync(EVAL).filter((f) => f.endsWith('.txt'));
const out = mkdtempSync(join(tmpdir(), 'lexgap-cli-'));
const catalogueIds = loadCatalogue().elements.map((e) => e.id);

describe('lexgap analyze on the labelled laws', () => {
  it('finds the labelled laws to run on', () => expect(laws.length).toBeGreaterThanOrEqual(3));

  it.each(laws)('%s: writes JSON that honours the contract', (law) => {
    const json = join(out, `${law}.json`);
    const r = lexgap(['analyze', join(EVAL, law), '--json', json]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const written = JSON.parse(readFileSync(json, 'utf8')) as { elements: { shortfalls: unknown[]; reasons: string[]; reasonCodes: string[]; review: boolean }[] };
    const data = AnalysisJson.parse(written);
    const gold = JSON.parse(readFileSync(join(EVAL, law.replace(/\.txt$/, '.json')), 'utf8'));
    expect(data.source.file).toBe(law);
    expect(data.source.language).toBe(gold.language);
    // Every element of the catalogue, once, in catalogue order.
    expect(data.elements.map((e) => e.id)).toEqual(catalogueIds);
    const clauseIds = new Set(data.clauses.map((c) => c.id));
    expect(clauseIds.size).toBe(data.clauses.length);
    for (const [i, e] of data.elements.entries()) {
      for (const ev of e.evidence) expect(clauseIds.has(ev.clause)).toBe(true);
      const scores = e.evidence.map((ev) => ev.score);
      // Best first: the clause laying the rule down may lead a slightly stronger one that only regulates the licence.
      if (e.status !== 'partial' || !e.missing.length) expect(scores[0] ?? 1).toBeGreaterThanOrEqual(Math.max(0, ...scores) - 0.2);
      if (e.status === 'missing') expect(e.evidence).toEqual([]);
      if (e.status === 'partial') expect(e.missing.length).toBeGreaterThan(0);
      if (e.status === 'covered') expect(e.missing).toEqual([]);
      // `missing` is worded from the shortfalls' codes; the review reasons come in words beside their codes.
      const raw = written.elements[i]!;
      if (e.status === 'partial') expect(raw.shortfalls.length).toBeGreaterThan(0);
      expect(raw.reasons).toHaveLength(raw.reasonCodes.length);
      for (const words of raw.reasons) expect(words).toMatch(/^[a-z].* /);
      expect(typeof raw.review).toBe('boolean');
    }
    const counts = { covered: 0, partial: 0, missing: 0 };
    for (const e of data.elements) counts[e.status]++;
    expect(data.summary).toEqual(counts);
    // No one has reviewed a law the command line analyses: the status that stands is lexgap's.
    for (const e of data.elements) expect([e.reviewedStatus, e.statusBy]).toEqual([e.status, 'engine']);
    expect(data.reviewedSummary).toEqual({ ...counts, 'not-applicable': 0 });
    expect(r.stdout).toContain(`${counts.covered} covered`);
    // Art 15(1), rolled up beside its measures: met when any of them is covered.
    const rollups = (written as unknown as { rollups: { id: string; status: string; anyOf: string[]; met: string[] }[] }).rollups;
    expect(rollups.map((x) => x.id)).toEqual(['fp.15.1']);
    const measures = data.elements.filter((e) => rollups[0]!.anyOf.includes(e.id));
    expect(rollups[0]!.met).toEqual(measures.filter((e) => e.status === 'covered').map((e) => e.id));
    expect(rollups[0]!.status).toBe(measures.some((e) => e.status === 'covered') ? 'covered' : measures.some((e) => e.status === 'partial') ? 'partial' : 'missing');
  });

  it("carries the law's identity in source, as its text states it", () => {
    const json = join(out, 'ch.json');
    const r = lexgap(['analyze', join(SHARED, 'corpus', 'ch-weapons-act-larm-en.txt'), '--json', json]);
    expect(r.code).toBe(0);
    const { source } = AnalysisJson.parse(JSON.parse(readFileSync(json, 'utf8')));
    expect(source).toEqual({
      file: 'ch-weapons-act-larm-en.txt',
      language: 'en',
      sha256: source.sha256,
      title: 'Federal Act on Weapons, Weapon Accessories and Ammunition (Weapons Act, WA)',
      country: 'CH',
      countryName: 'Swiss Confederation',
      date: '1997-06-20',
      kind: 'act',
    });
  });

  it('gives byte-identical JSON for the same input', () => {
    const law = join(EVAL, laws[0]!);
    const [a, b] = ['a.json', 'b.json'].map((n) => join(out, n));
    expect(lexgap(['analyze', law, '--json', a!]).code).toBe(0);
    expect(lexgap(['analyze', law, '--json', b!]).code).toBe(0);
    expect(readFileSync(a!)).toEqual(readFileSync(b!));
  });

  it('reads the law from standard input with "-"', () => {
    const json = join(out, 'stdin.json');
    const r = lexgap(['analyze', '-', '--json', json], readFileSync(join(EVAL, laws[0]!)));
    expect(r.code).toBe(0);
    expect(AnalysisJson.parse(JSON.parse(readFileSync(json, 'utf8'))).source.file).toBe('stdin');
  });

  it('writes one CSV row per element', () => {
    const csv = join(out, 'law.csv');
    expect(lexgap(['analyze', join(EVAL, laws[0]!), '--csv', csv]).code).toBe(0);
    const rows = readFileSync(csv, 'utf8').trim().split('\r\n');
    expect(rows[0]).toContain('element,reference,tier');
    expect(rows.length).toBe(catalogueIds.length + 1);
  });
});

describe('lexgap analyze on bad input', () => {
  const bad = (name: string, content: string | Buffer) => {
    const p = join(out, name);
    writeFileSync(p, content);
    return p;
  };
  const cases: { name: string; args: () => string[]; stderr: RegExp; code: number }[] = [
    { name: 'a file that does not exist', args: () => ['analyze', join(out, 'nope.txt')], stderr: /nope\.txt cannot be opened/, code: 1 },
    { name: 'an empty file', args: () => ['analyze', bad('empty.txt', '  \n\n')], stderr: /empty\.txt is empty/, code: 1 },
    { name: 'a binary file', args: () => ['analyze', bad('blob.txt', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7) % 32)))], stderr: /blob\.txt is not a text document/, code: 1 },
    { name: 'a folder', args: () => ['analyze', out], stderr: /is a folder/, code: 1 },
    { name: 'an unknown language', args: () => ['analyze', join(EVAL, laws[0]!), '--lang', 'de'], stderr: /Unknown language "de"/, code: 2 },
    { name: 'no command', args: () => [], stderr: /usage: lexgap analyze/, code: 2 },
    { name: 'an output folder that does not exist', args: () => ['analyze', join(EVAL, laws[0]!), '--json', join(out, 'no', 'such', 'dir', 'x.json')], stderr: /Cannot write .*x\.json/, code: 1 },
  ];
  it.each(cases)('$name: one clear line, non-zero exit, no output', ({ args, stderr, code }) => {
    const json = join(out, 'never.json');
    const r = lexgap([...args(), ...(args().includes('--json') ? [] : ['--json', json])]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(json)).toBe(false);
  });
});
