/** `lexgap analyze --report`: the Word report from the command line, and what happens when it cannot be written. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { lexgap as run, SHARED } from '../support/cli.js';

/** The real command, with room for a report's few seconds of layout on a busy machine. */
const lexgap = (args: string[]) => run(args, { timeout: 240_000 });

const EVAL = join(SHARED, 'eval');
const out = mkdtempSync(join(tmpdir(), 'lexgap-cli-report-'));
const documentXml = (file: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']!);

describe('lexgap analyze --report', { timeout: 300_000 }, () => {
  it('writes the report in the law’s language by default', () => {
    const docx = join(out, 'ardenne.docx');
    const r = lexgap(['analyze', join(EVAL, 'ardenne-fr.txt'), '--report', docx]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const xml = documentXml(docx);
    expect(xml).toContain('>Synthèse<');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it('writes it in the language asked for, on Letter paper when asked, beside the JSON and CSV', () => {
    const [docx, json, csv] = ['valdoria-en.docx', 'valdoria.json', 'valdoria.csv'].map((n) => join(out, n));
    const r = lexgap(['analyze', join(EVAL, 'valdoria-es.txt'), '--report', docx!, '--report-lang', 'en', '--paper', 'letter', '--json', json!, '--csv', csv!]);
    expect(r.code).toBe(0);
    const xml = documentXml(docx!);
    expect(xml).toContain('>Executive summary<');
    expect(xml).toContain('<w:pgSz w:w="12240" w:h="15840"');
    expect(existsSync(json!) && existsSync(csv!)).toBe(true);
  });

  it('refuses an unknown report language or paper size before doing any work', () => {
    const docx = join(out, 'never.docx');
    for (const args of [['--report-lang', 'de'], ['--paper', 'a3']]) {
      const r = lexgap(['analyze', join(EVAL, 'kestria-en.txt'), '--report', docx, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/Unknown (report language "de"|paper size "a3")/);
      expect(existsSync(docx)).toBe(false);
    }
  });

  const badPaths = [
    { name: 'a folder that does not exist', path: () => join(out, 'no', 'such', 'folder', 'report.docx'), stderr: /Cannot write .*report\.docx: the folder does not exist/ },
    {
      name: 'a path that is a folder',
      path: () => {
        mkdirSync(join(out, 'a-folder'), { recursive: true });
        return join(out, 'a-folder');
      },
      stderr: /Cannot write .*a-folder: it is a folder/,
    },
  ];
  it.each(badPaths)('$name: one line, exit 1, no report, no other output, no temporary file', ({ path, stderr }) => {
    const target = path();
    const json = join(out, 'with-bad-report.json');
    const before = readdirSync(out).sort();
    const r = lexgap(['analyze', join(EVAL, 'kestria-en.txt'), '--json', json, '--report', target]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(existsSync(json)).toBe(false);
    expect(readdirSync(out).sort()).toEqual(before);
    if (existsSync(target)) expect(readdirSync(target)).toEqual([]);
  });

  it('leaves an earlier report untouched when the new one cannot be made', () => {
    const docx = join(out, 'earlier.docx');
    writeFileSync(docx, 'an earlier report');
    const r = lexgap(['analyze', join(out, 'missing-law.txt'), '--report', docx]);
    expect(r.code).toBe(1);
    expect(readFileSync(docx, 'utf8')).toBe('an earlier report');
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
