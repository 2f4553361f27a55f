/**
 * The engine's long jobs on the Node side, in worker threads under a time and memory budget (budget.ts):
 * analysing laws (`lexgap analyze`, `compare` and `diff`, the desktop app) and reading project files (the desktop
 * app). Several laws are shared among workers, one per core, so ten long laws take about half the time on two
 * cores; each analysis is the very one `analyzeText` gives in the main thread. A job past its budget stops every
 * worker and ends in the user's message naming the file. Where no worker can be started at all (a build without
 * the worker file, or one that fails to load), the jobs run here, one after another.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeText, type AnalyzeOptions } from '../analyze.js';
import { InputError } from '../input-error.js';
import { formatCount } from '../limits.js';
import { parseProject, type Project } from '../project.js';
import type { Analysis } from '../types.js';
import type { EngineJob, EngineJobMessage, EngineJobReply } from './analyze-worker.js';
import { ANALYSIS_BUDGET, heapLimits, watchMemory, type Budget, type Overrun } from './budget.js';

export interface AnalyzeInput {
  text: string;
  options: AnalyzeOptions;
}

export interface PoolOptions {
  /** Most worker threads to start; by default one per core, at most four. */
  workers?: number;
  /** The worker's code, in place of analyze-worker (tests: a worker that fails). */
  workerCode?: string;
  /** Time for each job, memory for all of them; the analysis budget by default. */
  budget?: Budget;
}

/**
 * The worker script: the bundled one beside a built lexgap (dist/analyze-worker.js), else (tests, tsx scripts)
 * a loader that lets tsx compile the TypeScript source inside the worker; undefined when neither is there.
 */
function workerScript(): { script: string | URL; eval: boolean } | undefined {
  const built = new URL('./analyze-worker.js', import.meta.url);
  // In a packaged desktop app the worker sits outside the asar archive (as convert.ts's does).
  const unpacked = new URL(built.href.replace('/app.asar/', '/app.asar.unpacked/'));
  if (unpacked.href !== built.href && existsSync(unpacked)) return { script: unpacked, eval: false };
  if (existsSync(built)) return { script: built, eval: false };
  const source = new URL('./analyze-worker.ts', import.meta.url);
  if (!existsSync(source)) return undefined;
  return { script: `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); });`, eval: true };
}

/** The analyses of the laws, in the order given. */
export async function analyzeAll(inputs: readonly AnalyzeInput[], options: PoolOptions = {}): Promise<Analysis[]> {
  return (await runJobs(
    inputs.map((x): EngineJob => ({ op: 'analyze', text: x.text, options: x.options })),
    options,
  )) as Analysis[];
}

/** One law's analysis, in a worker under the analysis budget. */
export async function analyzeInWorker(text: string, options: AnalyzeOptions, pool: PoolOptions = {}): Promise<Analysis> {
  return (await analyzeAll([{ text, options }], { ...pool, workers: 1 }))[0]!;
}

/** A project file's JSON, parsed and checked (core/project.ts) in a worker under the budget given. */
export async function parseProjectInWorker(json: string, file: string, pool: PoolOptions = {}): Promise<Project> {
  return (await runJobs([{ op: 'project', json, file }], { ...pool, workers: 1 }))[0] as Project;
}

function runHere(job: EngineJob): Analysis | Project {
  return job.op === 'analyze' ? analyzeText(job.text, job.options) : parseProject(job.json, job.file);
}

/** A worker that could not start (it failed to load): its jobs then run in this thread. */
class WorkerLost extends Error {}

async function runJobs(jobs: readonly EngineJob[], options: PoolOptions): Promise<(Analysis | Project)[]> {
  if (!jobs.length) return [];
  const count = Math.max(1, Math.min(jobs.length, options.workers ?? Math.min(4, availableParallelism())));
  const script = options.workerCode ? { script: options.workerCode, eval: true } : workerScript();
  if (!script) return jobs.map(runHere);
  const results: (Analysis | Project | undefined)[] = new Array(jobs.length);
  try {
    await pool(jobs, count, script, options.budget ?? ANALYSIS_BUDGET, results);
  } catch (err) {
    if (!(err instanceof WorkerLost)) throw err;
    // No worker could start: the work is the same wherever it runs, so finish here what the workers did not.
    jobs.forEach((job, i) => (results[i] ??= runHere(job)));
  }
  return results as (Analysis | Project)[];
}

const nameOf = (job: EngineJob) => (job.op === 'analyze' ? job.options.file : job.file);

/** The user's message for a job stopped by its budget. */
function overrun(job: EngineJob, what: Overrun, budget: Budget): InputError {
  const file = nameOf(job);
  if (job.op === 'project')
    return what === 'time'
      ? new InputError(`${file} takes too long to open (over ${Math.round(budget.timeoutMs / 1000)} seconds), so lexgap stopped: it is not a project lexgap can read. Use a backup or the recovered copy.`, 'project-timeout')
      : new InputError(`${file} needs more memory to open than lexgap allows (${formatCount(budget.memoryMb)} MB), so lexgap stopped: it is not a project lexgap can read. Use a backup or the recovered copy.`, 'project-memory');
  return what === 'time'
    ? new InputError(`${file} takes too long to analyse (over ${Math.round(budget.timeoutMs / 1000)} seconds), so lexgap stopped. Split the law into parts and analyse each.`, 'analysis-timeout')
    : new InputError(`${file} needs more memory to analyse than lexgap allows (${formatCount(budget.memoryMb)} MB), so lexgap stopped. Split the law into parts and analyse each.`, 'analysis-memory');
}

function pool(jobs: readonly EngineJob[], count: number, script: { script: string | URL; eval: boolean }, budget: Budget, results: (Analysis | Project | undefined)[]): Promise<void> {
  // Longest jobs first, so that no worker is left with a long law at the end while the other waits.
  const size = (j: EngineJob) => (j.op === 'analyze' ? j.text.length : j.json.length);
  const queue = jobs.map((_, i) => i).sort((a, b) => size(jobs[b]!) - size(jobs[a]!));
  const workers: Worker[] = [];
  /** The job each worker is on, with the timer of its time budget. */
  const current = new Map<Worker, { id: number; timer: ReturnType<typeof setTimeout> }>();
  let done = 0;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      stopWatch();
      for (const { timer } of current.values()) clearTimeout(timer);
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve();
    };
    // The memory budget is the process's, so the job blamed for passing it is the largest one running.
    const running = () => [...current.values()].map((c) => c.id).sort((a, b) => size(jobs[b]!) - size(jobs[a]!))[0] ?? 0;
    const stopWatch = watchMemory(budget, () => finish(overrun(jobs[running()]!, 'memory', budget)));
    const next = (worker: Worker) => {
      clearTimeout(current.get(worker)?.timer);
      current.delete(worker);
      const id = queue.shift();
      if (id === undefined) return;
      current.set(worker, { id, timer: setTimeout(() => finish(overrun(jobs[id]!, 'time', budget)), budget.timeoutMs) });
      const message: EngineJobMessage = { id, job: jobs[id]! };
      worker.postMessage(message);
    };
    for (let k = 0; k < count; k++) {
      let worker: Worker;
      try {
        worker = new Worker(script.script, { eval: script.eval, stdout: true, stderr: true, resourceLimits: heapLimits(budget) });
      } catch (err) {
        return finish(new WorkerLost((err as Error).message));
      }
      worker.stdout.resume();
      worker.stderr.resume();
      workers.push(worker);
      let ready = false;
      worker.on('message', (reply: EngineJobReply | { kind: 'ready' }) => {
        if (reply.kind === 'ready') {
          ready = true;
          return next(worker);
        }
        if (reply.kind === 'input-error') return finish(new InputError(reply.message, reply.rule));
        if (reply.kind === 'failed') return finish(new Error(reply.message));
        results[reply.id] = reply.value;
        if (++done === jobs.length) finish();
        else next(worker);
      });
      worker.on('error', (err: Error & { code?: string }) => {
        if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(overrun(jobs[current.get(worker)?.id ?? running()]!, 'memory', budget));
        else if (!ready) finish(new WorkerLost(err.message));
        else finish(err);
      });
      worker.on('exit', (code) => {
        if (!settled) finish(ready ? new Error(`an analysis worker stopped (exit code ${code})`) : new WorkerLost(`an analysis worker could not start (exit code ${code})`));
      });
    }
  });
}
