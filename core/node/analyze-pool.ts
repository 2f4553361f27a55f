/**
 * Analysing several laws at once (`lexgap compare`, `lexgap diff`): the laws are shared among worker threads,
 * one per core, so ten long laws take about half the time on two cores. Each analysis is the very one
 * `analyzeText` gives in the main thread. Where no worker can be started (a build without the worker file, or
 * one that fails to load), or the work is too small to be worth one, the laws are analysed here, one after
 * another.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeText, type AnalyzeOptions } from '../analyze.js';
import type { Analysis } from '../types.js';
import type { AnalyzeJob, AnalyzeReply } from './analyze-worker.js';

export interface AnalyzeInput {
  text: string;
  options: AnalyzeOptions;
}

export interface PoolOptions {
  /** Most worker threads to start; by default one per core, at most four. */
  workers?: number;
  /** Below this many characters in all, the laws are analysed in this thread (starting a worker costs more). */
  minChars?: number;
  /** The worker's code, in place of analyze-worker (tests: a worker that fails). */
  workerCode?: string;
}

const DEFAULT_MIN_CHARS = 60_000;

/**
 * The worker script: the bundled one beside a built lexgap (dist/analyze-worker.js), else (tests, tsx scripts)
 * a loader that lets tsx compile the TypeScript source inside the worker; undefined when neither is there.
 */
function workerScript(): { script: string | URL; eval: boolean } | undefined {
  const built = new URL('./analyze-worker.js', import.meta.url);
  // In a packaged desktop app the worker may sit outside the asar archive (as convert.ts's does).
  const unpacked = new URL(built.href.replace('/app.asar/', '/app.asar.unpacked/'));
  if (unpacked.href !== built.href && existsSync(unpacked)) return { script: unpacked, eval: false };
  if (existsSync(built)) return { script: built, eval: false };
  const source = new URL('./analyze-worker.ts', import.meta.url);
  if (!existsSync(source)) return undefined;
  return { script: `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); });`, eval: true };
}

/** The analyses of the laws, in the order given. */
export async function analyzeAll(inputs: readonly AnalyzeInput[], options: PoolOptions = {}): Promise<Analysis[]> {
  const chars = inputs.reduce((n, x) => n + x.text.length, 0);
  const count = Math.min(inputs.length, options.workers ?? Math.min(4, availableParallelism()));
  const wanted = count >= 2 && chars >= (options.minChars ?? DEFAULT_MIN_CHARS);
  const script = wanted ? (options.workerCode ? { script: options.workerCode, eval: true } : workerScript()) : undefined;
  if (!script) return inputs.map((x) => analyzeText(x.text, x.options));
  return runPool(inputs, count, script);
}

/** A worker that could not run (it failed to load, or stopped): its laws are then analysed in this thread. */
class WorkerLost extends Error {}

async function runPool(inputs: readonly AnalyzeInput[], count: number, script: { script: string | URL; eval: boolean }): Promise<Analysis[]> {
  const results: (Analysis | undefined)[] = new Array(inputs.length);
  try {
    await pool(inputs, count, script, results);
  } catch (err) {
    if (!(err instanceof WorkerLost)) throw err;
    // The analysis is the same wherever it runs: finish here what the workers did not.
    inputs.forEach((x, i) => (results[i] ??= analyzeText(x.text, x.options)));
  }
  return results as Analysis[];
}

function pool(inputs: readonly AnalyzeInput[], count: number, script: { script: string | URL; eval: boolean }, results: (Analysis | undefined)[]): Promise<void> {
  // Longest laws first, so that no worker is left with a long law at the end while the other waits.
  const queue = inputs.map((_, i) => i).sort((a, b) => inputs[b]!.text.length - inputs[a]!.text.length);
  const workers: Worker[] = [];
  let done = 0;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve();
    };
    const next = (worker: Worker) => {
      const id = queue.shift();
      if (id === undefined) return;
      const job: AnalyzeJob = { id, text: inputs[id]!.text, options: inputs[id]!.options };
      worker.postMessage(job);
    };
    for (let k = 0; k < count; k++) {
      let worker: Worker;
      try {
        worker = new Worker(script.script, { eval: script.eval, stdout: true, stderr: true });
      } catch (err) {
        return finish(new WorkerLost((err as Error).message));
      }
      worker.stdout.resume();
      worker.stderr.resume();
      workers.push(worker);
      worker.on('message', (reply: AnalyzeReply) => {
        if (reply.kind === 'failed') return finish(new Error(reply.message));
        results[reply.id] = reply.analysis;
        if (++done === inputs.length) finish();
        else next(worker);
      });
      worker.on('error', (err) => finish(new WorkerLost(err.message)));
      worker.on('exit', (code) => {
        if (!settled) finish(new WorkerLost(`an analysis worker stopped (exit code ${code})`));
      });
      next(worker);
    }
  });
}
