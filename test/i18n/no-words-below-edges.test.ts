/**
 * Words only at the edges: what the engine and the readers produce is data. Run on the real laws of
 * ../shared/corpus and the labelled ones of ../shared/eval, every string of an analysis is either the law's own
 * words (clause text, labels, headings, defined terms and the words that matched, each found in the law) or a
 * code of a documented vocabulary; and every problem the readers raise is an error code with data (file names,
 * numbers, codes), never a sentence. The sentences are made from locales/ by the CLI, the reports and the screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { checkContent, formatOf } from '../../core/import/detect.js';
import { rtfToText } from '../../core/import/rtf.js';
import { InputError, isErrorCode } from '../../core/input-error.js';
import { parseProject } from '../../core/project.js';
import { parseRegion } from '../../core/region.js';
import type { Analysis } from '../../core/types.js';
import { SHARED } from '../support/cli.js';

const laws = [
  ...readdirSync(join(SHARED, 'corpus')).filter((f) => f.endsWith('.txt') && f !== 'README.md').map((f) => join(SHARED, 'corpus', f)),
  ...readdirSync(join(SHARED, 'eval')).filter((f) => f.endsWith('.txt')).map((f) => join(SHARED, 'eval', f)),
];

/** The vocabularies an analysis may use besides the law's words (DESIGN.md section 4 and the README). */
const CODE = /^[a-z0-9][a-z0-9.-]*$/;
const HEX = /^[0-9a-f]{64}$/;
const VERSION = /^\d+\.\d+\.\d+$/;

// As the reader reads: ligatures and compatibility forms unfolded ("ﬀ" is "ff").
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/**
 * The one label the segmenter makes up: "Paragraph 3" for a block of a text that numbers nothing (core/segment,
 * the lead's, reported in issue 14's report as English below the edges to be made a code with a number).
 */
const UNNUMBERED = /^Paragraph \d+\b/;
const words = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Strings of an analysis that are neither the law's words nor codes, with where they are. */
function prose(analysis: Analysis, source: string): string[] {
  const law = fold(source);
  // Words the reader joined across a line break or Markdown markup are still the law's ("artículos4",
  // "CapítulosIyII" from "Capítulos[I](link) y [II](link)").
  const tight = law.replace(/\]\([^)]*\)/g, '').replace(/[\s*_#[\]]+/g, '');
  // A unit's label may spell out the law's abbreviation ("Article 5" for "Art. 5"), and numbers are numbers
  // however the law writes them (Arabic ordinals read as 16).
  const inLaw = (w: string) => /^\d+$/.test(w) || law.includes(fold(w)) || tight.includes(fold(w)) || (w.length > 4 && law.includes(`${fold(w.slice(0, 3))}.`));
  const fromLaw = (s: string) => words(s.replace(UNNUMBERED, '')).every(inLaw);
  const out: string[] = [];
  const visit = (value: unknown, where: string): void => {
    if (typeof value === 'string') {
      const lawsOwn =
        /^clauses\.\d+\.(text|label|title|term|(path|notes|history)\.\d+)$/.test(where) ||
        /^elements\.\d+\.evidence\.\d+\.terms\.\d+$/.test(where) ||
        /^source\.(title|countryName)$/.test(where) ||
        /^structure\.(gaps\.\d+\.(after|before)|repeats\.\d+\.label|largest\.\d+\.label|debris\.\d+\.example|oversize\.\d+)$/.test(where);
      const ok = lawsOwn
        ? fromLaw(value)
        : where === 'source.file'
          ? value === analysis.source.file
          : CODE.test(value) || HEX.test(value) || VERSION.test(value) || (where === 'source.country' && /^[A-Z]{2}$/.test(value));
      if (!ok) out.push(`${where}: ${value.slice(0, 80)}`);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${where}.${i}`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, where ? `${where}.${k}` : k);
  };
  visit(analysis, '');
  return out;
}

describe('no English sentence below the edges', () => {
  it('finds laws to run on', () => {
    expect(laws.length).toBeGreaterThan(15);
  });

  it.each(laws.map((f) => [f.split('/').slice(-2).join('/'), f]))('%s: the analysis holds the law’s words and codes only', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const analysis = analyzeText(text, { file: 'law.txt' });
    expect(analysis.elements.length).toBeGreaterThan(40);
    expect(prose(analysis, text)).toEqual([]);
  });

  it('would notice a sentence the engine wrote', () => {
    const text = readFileSync(laws[0]!, 'utf8');
    const analysis = analyzeText(text, { file: 'law.txt' });
    const tampered = { ...analysis, elements: analysis.elements.map((e, i) => (i ? e : { ...e, status: 'Covered in part by the law' as never })) };
    expect(prose(tampered, text)).toEqual(['elements.0.status: Covered in part by the law']);
    const invented = { ...analysis, clauses: analysis.clauses.map((c, i) => (i ? c : { ...c, label: 'Provision about zeppelins' })) };
    expect(prose(invented, text)).toEqual(['clauses.0.label: Provision about zeppelins']);
  });

  const bytes = (s: string) => new TextEncoder().encode(s);
  const problems: [string, () => unknown][] = [
    ['an empty file', () => checkContent(new Uint8Array(), 'pdf', 'empty.pdf')],
    ['binary data named .pdf', () => checkContent(new Uint8Array([0, 1, 2, 0, 0, 5]), 'pdf', 'garbage.pdf')],
    ['a PDF named .txt', () => checkContent(bytes('%PDF-1.4 ...'), 'text', 'law.txt')],
    ['an old Word file', () => checkContent(bytes('\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1'), 'rtf', 'law.rtf')],
    ['an unknown kind of file', () => formatOf('.xlsx', 'law.xlsx')],
    ['an RTF nested too deep', () => rtfToText(bytes('{\\rtf1' + '{'.repeat(5000)), 'deep.rtf')],
    ['a project that is not JSON', () => parseProject('{"format":')],
    ['a comparison from a newer lexgap', () => parseRegion(JSON.stringify({ format: 'lexgap-region', schemaVersion: 99, savedBy: '9.0.0' }), 'west.json')],
  ];
  it.each(problems)('%s: a problem is a code with data', (_name, fn) => {
    let error: unknown;
    try {
      fn();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    const { code, params } = error as InputError;
    expect(isErrorCode(code)).toBe(true);
    // File names, numbers and codes: nothing with a space in it.
    for (const [name, value] of Object.entries(params)) expect(typeof value === 'number' || !/\s/.test(String(value)), `${code}.${name}: ${value}`).toBe(true);
    expect((error as Error).message).not.toMatch(/ [a-z]+ [a-z]+ /);
  });
});
