/** `lexgap analyze` end to end on a .docx, a .pdf and a bad file, as a drafter would run it. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnalysisJson } from '../support/analysis-schema.js';
import { lexgap, SHARED } from '../support/cli.js';
import { copyInto, requireTools, soffice, tempDir } from './support.js';

const dir = tempDir('cli');
const LAW = 'kestria-en';

const findings = (json: string) => AnalysisJson.parse(JSON.parse(readFileSync(json, 'utf8'))).elements.map((e) => [e.id, e.status]);

describe('lexgap analyze on documents', () => {
  beforeAll(() => requireTools('soffice'));
  let txtFindings: unknown;
  beforeAll(() => {
    const [txt] = copyInto([join(SHARED, 'eval', `${LAW}.txt`)], dir);
    soffice([txt!], 'docx', dir);
    soffice([txt!], 'pdf', dir);
    const json = join(dir, 'txt.json');
    expect(lexgap(['analyze', txt!, '--json', json]).code).toBe(0);
    txtFindings = findings(json);
  });

  it.each(['docx', 'pdf'])('.%s: exit 0, the file named, the same findings as the .txt', (ext) => {
    const json = join(dir, `${ext}.json`);
    const r = lexgap(['analyze', join(dir, `${LAW}.${ext}`), '--json', json]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${LAW}\\.${ext}: \\d+ clauses, language en;`));
    expect(AnalysisJson.parse(JSON.parse(readFileSync(json, 'utf8'))).source.file).toBe(`${LAW}.${ext}`);
    expect(findings(json)).toEqual(txtFindings);
  });

  it('a bad file: exit 1, one line naming it on standard error, no output file', () => {
    const bad = join(dir, 'bad.pdf');
    writeFileSync(bad, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31) % 256)));
    const json = join(dir, 'bad.json');
    const r = lexgap(['analyze', bad, '--json', json]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^lexgap: bad\.pdf is not a PDF/)]);
    expect(existsSync(json)).toBe(false);
  });

  it('a truncated .docx, read in the worker: exit 1, one line, no output file', () => {
    const bytes = readFileSync(join(dir, `${LAW}.docx`));
    const bad = join(dir, 'cut.docx');
    writeFileSync(bad, bytes.subarray(0, bytes.length - 200));
    const json = join(dir, 'cut.json');
    const r = lexgap(['analyze', bad, '--json', json]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^lexgap: cut\.docx is damaged or incomplete/)]);
    expect(existsSync(json)).toBe(false);
  });
});
