/**
 * The hostile-input cases of the test suite (test/hostile/cases.ts) through the real command, timed and measured,
 * slowest first: how close each comes to its bound. Part of `npm run bench`; on its own,
 * `npx tsx scripts/bench-hostile.ts [filter]` runs the cases whose name contains the filter.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES, DEFAULT_BOUNDS } from '../test/hostile/cases.js';
import { inParallel, runLexgap } from '../test/hostile/run.js';

export async function benchHostile(filter = '', show = 12): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'lexgap-bench-hostile-'));
  const cases = CASES.filter((c) => c.name.includes(filter));
  await runLexgap(['--help'], { killAfterMs: 120_000 }); // rebuild the bundle once, if the sources changed
  const runs = await inParallel(cases, 1, async (c, i) => {
    const dir = join(root, String(i));
    mkdirSync(dir);
    const o = await runLexgap(c.setup(dir), { killAfterMs: 120_000, cwd: dir, ...(c.input ? { input: c.input() } : {}) });
    return { c, o };
  });
  rmSync(root, { recursive: true, force: true });
  runs.sort((a, b) => b.o.ms - a.o.ms);
  console.log(`\nHostile inputs (${cases.length} cases through lexgap, one at a time), slowest ${Math.min(show, runs.length)}:\n`);
  console.log(`${'case'.padEnd(62)} ${'ms'.padStart(7)} ${'bound'.padStart(7)} ${'peak MB'.padStart(8)} ${'bound'.padStart(6)}  outcome`);
  for (const { c, o } of runs.slice(0, show)) {
    const outcome = o.signal ? `killed (${o.signal})` : o.code === 0 ? 'ok' : o.stderr.trim().replace(/^lexgap: /, '').slice(0, 60);
    console.log(
      `${c.name.slice(0, 62).padEnd(62)} ${o.ms.toFixed(0).padStart(7)} ${String(c.maxMs ?? DEFAULT_BOUNDS.maxMs).padStart(7)} ${(o.peakMb?.toFixed(0) ?? '-').padStart(8)} ${String(c.maxMb ?? DEFAULT_BOUNDS.maxMb).padStart(6)}  ${outcome}`,
    );
  }
  const peak = runs.reduce((m, r) => Math.max(m, r.o.peakMb ?? 0), 0);
  console.log(`\nAll ${runs.length}: ${(runs.reduce((n, r) => n + r.o.ms, 0) / 1000).toFixed(1)} s in all, highest peak ${peak.toFixed(0)} MB.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchHostile(process.argv[2] ?? '', Number(process.argv[3] ?? 100));
