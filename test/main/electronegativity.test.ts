/**
 * The Electronegativity step of `npm test` (scripts/electronegativity.js): the app passes it, and an app that
 * breaks the rules fails it, so the step is known to be able to fail.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'electronegativity.js');

function scan(...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, '--json', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const report = JSON.parse(result.stdout) as { issues: Array<{ id: string; severity: string }>; parseErrors: unknown[]; failing: number; checks: number };
  return { status: result.status, report, stderr: result.stderr };
}

describe('scripts/electronegativity.js', () => {
  it('passes on lexgap: no HIGH finding in main/ and renderer/, every file parsed', () => {
    const { status, report } = scan();
    expect(report.checks).toBeGreaterThan(30);
    expect(report.issues.filter((i) => i.severity === 'HIGH')).toEqual([]);
    expect(report.parseErrors).toEqual([]);
    expect(status).toBe(0);
  });

  it('fails on an app with context isolation off and navigation unlimited', () => {
    const { status, report, stderr } = scan('--root', path.join(ROOT, 'test', 'main', 'fixtures', 'insecure-app'));
    expect(status).toBe(1);
    const high = report.issues.filter((i) => i.severity === 'HIGH').map((i) => i.id);
    expect(high).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']));
    expect(report.failing).toBe(high.length);
    expect(stderr).toMatch(/finding\(s\) at HIGH severity/);
  });
});
