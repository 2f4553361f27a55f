/**
 * The hostile-input suite: every case of cases.ts through the real `lexgap` command, two at a time. Each must end
 * by itself within loose bounds of time and peak memory, with exit 0 and one summary line, or a non-zero exit and
 * one clear line on standard error: never a stack trace, an abort, an "internal error" or a hang.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASES, DEFAULT_BOUNDS, type HostileCase } from './cases.js';
import { inParallel, runLexgap, type Outcome } from './run.js';

const root = mkdtempSync(join(tmpdir(), 'lexgap-hostile-'));
/** Past this a run is killed: well beyond every case's bound, so a slow run fails on its bound, a hang here. */
const KILL_AFTER_MS = 240_000;

export async function runCase(c: HostileCase, i: number): Promise<Outcome> {
  const dir = join(root, String(i));
  mkdirSync(dir);
  const args = c.setup(dir);
  return runLexgap(args, { killAfterMs: KILL_AFTER_MS, cwd: dir, ...(c.input ? { input: c.input() } : {}) });
}

const outcomes = new Map<string, Outcome>();

describe('hostile inputs through lexgap', () => {
  beforeAll(async () => {
    // The first run rebuilds the command's bundle when the sources changed: once, before cases run side by side.
    await runLexgap(['--help'], { killAfterMs: 120_000 });
    const results = await inParallel(CASES, 2, runCase);
    CASES.forEach((c, i) => outcomes.set(c.name, results[i]!));
  }, 30 * 60_000);

  it('has forty cases or more', () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
    const o = outcomes.get(c.name)!;
    const seen = `exit ${o.code}${o.signal ? ` (${o.signal}${o.killed ? ', killed after the hard limit' : ''})` : ''}; stdout ${JSON.stringify(o.stdout.slice(0, 300))}; stderr ${JSON.stringify(o.stderr.slice(0, 600))}`;
    expect(o.signal, seen).toBeNull();
    expect(o.stderr, seen).not.toMatch(/\n\s+at |internal error|Error:|FATAL|Aborted|heap/i);
    const refusal = o.stderr.trim();
    if (o.code === 0) {
      expect(c.expect === 'ok' || typeof c.expect === 'object' && !(c.expect instanceof RegExp), `succeeded where a refusal was expected: ${seen}`).toBe(true);
      expect(o.stdout.trim().split('\n'), seen).toHaveLength(1);
    } else {
      expect(c.expect, `refused where success was expected: ${seen}`).not.toBe('ok');
      expect(o.code, seen).toBeGreaterThan(0);
      expect(refusal.split('\n'), seen).toHaveLength(1);
      expect(refusal, seen).toMatch(/^lexgap: /);
      expect(refusal, seen).toMatch(c.expect instanceof RegExp ? c.expect : (c.expect as { okOr: RegExp }).okOr);
      expect(o.stdout, seen).toBe('');
    }
    expect(o.ms, `took ${Math.round(o.ms)} ms`).toBeLessThan(c.maxMs ?? DEFAULT_BOUNDS.maxMs);
    expect(o.peakMb, `peak ${Math.round(o.peakMb ?? -1)} MB`).toBeLessThan(c.maxMb ?? DEFAULT_BOUNDS.maxMb);
    c.after?.(join(root, String(i)));
  });
});
