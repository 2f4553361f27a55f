/**
 * Crafted and damaged project files, generated here, opened as the desktop app opens them (readProjectFile: read
 * on main, parsed and checked in the engine thread). Each either opens into a project the screen can show and
 * that can be saved again, or is refused with one clear line, within loose time bounds; the file is never
 * touched, and nothing leaks into Object.prototype.
 */
import { closeSync, openSync, readFileSync, ftruncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../core/input-error.js';
import { LIMITS } from '../../core/limits.js';
import { parseProject, serializeProject } from '../../core/project.js';
import { validateRequest } from '../../main/ipc.js';
import { readProjectFile } from '../../main/projects.js';
import { sampleProject, tempDir } from '../main/support.js';
import { english } from '../support/words.js';

const { dir, cleanup } = tempDir('hostile-projects');
afterAll(cleanup);

/** The sample project as plain JSON, to be damaged. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const base = (): Json => JSON.parse(serializeProject(sampleProject()));
const decision = (extra: Json = {}) => ({ element: 'fp.7', status: 'partial', decidedAt: '2025-01-01T00:00:00Z', ...extra });
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

interface Case {
  name: string;
  /** The file's text. */
  make(): string;
  /** A pattern for the one-line refusal, or 'opens'. */
  expect: RegExp | 'opens';
}

const CASES: Case[] = [
  { name: 'a finding without evidence (the screen reads it)', make: () => JSON.stringify(((p) => (delete p.analysis.elements[0].evidence, p))(base())), expect: /damaged.*analysis\.elements\.0\.evidence/ },
  {
    name: 'evidence naming a clause that is not there',
    make: () => JSON.stringify(((p) => (p.analysis.elements.find((e: Json) => e.evidence.length).evidence[0].clause = 'c999', p))(base())),
    expect: /damaged and cannot be opened \(analysis\.elements\.\d+\.evidence\.0\.clause\)/,
  },
  { name: 'two clauses with one id', make: () => JSON.stringify(((p) => (p.analysis.clauses[1].id = p.analysis.clauses[0].id, p))(base())), expect: /damaged and cannot be opened \(analysis\.clauses\.1\.id\)/ },
  { name: 'a clause that ends before it starts', make: () => JSON.stringify(((p) => (p.analysis.clauses[0].span = { start: 10, end: 2 }, p))(base())), expect: /damaged and cannot be opened \(analysis\.clauses\.0\.span\)/ },
  { name: 'a confidence of 5', make: () => JSON.stringify(((p) => (p.analysis.elements[0].confidence = 5, p))(base())), expect: /damaged.*confidence/ },
  { name: 'JSON nested a million deep', make: () => `{"format":"lexgap-project","schemaVersion":1,"x":${nested(1_000_000)}}`, expect: /nested far more deeply than a project/ },
  { name: 'an unknown field nested 1,000 deep', make: () => JSON.stringify({ ...base(), analysis: { ...base().analysis, later: JSON.parse(nested(1000)) } }), expect: /nested far more deeply than a project/ },
  { name: 'an unknown field of 2 MB', make: () => JSON.stringify({ ...base(), analysis: { ...base().analysis, later: 'x'.repeat(2_000_000) } }), expect: /damaged and cannot be opened \(analysis\.later\)/ },
  { name: '100 unknown fields in one clause', make: () => JSON.stringify(((p) => (Object.assign(p.analysis.clauses[0], Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`f${i}`, i]))), p))(base())), expect: /damaged and cannot be opened \(analysis\.clauses\.0\)/ },
  { name: '300,000 review decisions', make: () => JSON.stringify({ ...base(), decisions: Array.from({ length: 300_000 }, () => decision()) }), expect: /may hold up to 5,000 review decisions/ },
  { name: 'a note of 20,015 characters', make: () => JSON.stringify({ ...base(), decisions: [decision({ note: 'n'.repeat(20_015) })] }), expect: /more than lexgap can keep \(a reviewer’s note may hold up to 20,000 characters; decisions\.0\.note\)/ },
  { name: 'a title of 501 characters', make: () => JSON.stringify(((p) => (p.meta.title = 't'.repeat(501), p))(base())), expect: /title may hold up to 500 characters/ },
  { name: 'a law of 5,000,001 characters', make: () => JSON.stringify(((p) => (p.law.text = 'a'.repeat(5_000_001), p))(base())), expect: /text may hold up to 5,000,000 characters/ },
  { name: '__proto__ keys', make: () => JSON.stringify(base()).replace('"analysis":{', '"analysis":{"__proto__":{"polluted":true},').replace('"clauses":[{', '"clauses":[{"__proto__":{"polluted":true},'), expect: 'opens' },
  { name: "a newer lexgap's extra fields, small and shallow", make: () => JSON.stringify(((p) => ((p.analysis.later = { kept: [1, 2, 3] }), (p.analysis.clauses[0].tag = 'x'), p))(base())), expect: 'opens' },
  { name: 'a decision with an unknown element id', make: () => JSON.stringify({ ...base(), decisions: [decision({ element: 'fp.99.z' })] }), expect: 'opens' },
];

describe('crafted and damaged projects, opened as the desktop app opens them', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', { timeout: 60_000 }, async (_name, c) => {
    const file = path.join(dir, `${c.name.replace(/\W+/g, '-')}.lexgap`);
    writeFileSync(file, c.make());
    const before = readFileSync(file);
    const started = performance.now();
    const outcome = await readProjectFile(file).then(
      (project) => ({ project }),
      (error: unknown) => ({ error }),
    );
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (c.expect === 'opens') {
      expect('project' in outcome, String((outcome as { error?: Error }).error?.message)).toBe(true);
      const project = (outcome as { project: ReturnType<typeof sampleProject> }).project;
      expect(Object.getPrototypeOf(project.analysis)).toBe(Object.prototype);
      // What opens can be saved, and saved it opens again the same.
      expect(validateRequest('saveProject', { project }).ok).toBe(true);
      expect(parseProject(serializeProject(project))).toEqual({ ...project, savedAt: expect.any(String) });
      return;
    }
    const { error } = outcome as { error: unknown };
    expect(error).toBeInstanceOf(InputError);
    const message = english(error);
    expect(message).toMatch(c.expect);
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^[^ ]+\.lexgap /);
  });

  it("keeps a newer lexgap's small fields through open and save", async () => {
    const file = path.join(dir, 'newer-fields.lexgap');
    writeFileSync(file, JSON.stringify(((p) => ((p.analysis.later = { kept: [1, 2, 3] }), p))(base())));
    const saved = JSON.parse(serializeProject(await readProjectFile(file)));
    expect(saved.analysis.later).toEqual({ kept: [1, 2, 3] });
  });

  it(`refuses a file over ${LIMITS.projectBytes / 1048576} MB by its size, without reading it`, async () => {
    const file = path.join(dir, 'huge.lexgap');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, LIMITS.projectBytes + 1); // sparse: nothing is written
    closeSync(fd);
    const started = performance.now();
    expect(english(await readProjectFile(file).catch((e: unknown) => e))).toMatch(/huge\.lexgap is too large to be a lexgap project/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
