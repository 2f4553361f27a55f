/**
 * Analysing laws and reading project files off the main thread, under a time and memory budget (budget.ts), in
 * engine threads (engine-thread.ts). Several laws (`lexgap compare`, `lexgap diff`) are shared among threads, one
 * per core, so ten long laws take about half the time on two cores; each analysis is the very one `analyzeText`
 * gives in the main thread. A job past its budget stops the work and ends in the user's message naming the file.
 * Where no worker can be started at all (a build without the worker file, or one that fails to load), the jobs
 * run here, one after another.
 */
import { availableParallelism } from 'node:os';
import type { AnalyzeOptions } from '../analyze.js';
import type { FileName } from '../input-error.js';
import { LIMITS } from '../limits.js';
import type { Project, ProjectHeader } from '../project.js';
import type { Analysis } from '../types.js';
import { runJob } from './analyze-worker.js';
import { ANALYSIS_BUDGET, type Budget } from './budget.js';
import { EngineThread, WorkerLost, type EngineJob, type EngineResult } from './engine-thread.js';

export interface AnalyzeInput {
  text: string;
  options: AnalyzeOptions;
}

export interface PoolOptions {
  /** Most worker threads to start; by default one per core, at most four. */
  workers?: number;
  /** The worker's code, in place of analyze-worker (tests: a worker that fails). */
  workerCode?: string;
  /** Time and memory for each job; the analysis budget by default. */
  budget?: Budget;
}

/** Reading a project or comparison file: seconds for the largest real one. */
export const OPEN_BUDGET: Budget = { timeoutMs: LIMITS.readMs, memoryMb: LIMITS.analyseMemoryMb };

/** The analyses of the laws, in the order given. */
export async function analyzeAll(inputs: readonly AnalyzeInput[], options: PoolOptions = {}): Promise<Analysis[]> {
  return runJobs(
    inputs.map((x) => ({ op: 'analyze', text: x.text, options: x.options }) as const),
    options,
  );
}

/** Runs jobs on up to `workers` threads, longest first; the results in the order given. */
export async function runJobs<J extends EngineJob>(jobs: readonly J[], options: PoolOptions = {}): Promise<EngineResult<J>[]> {
  const count = Math.max(1, Math.min(jobs.length, options.workers ?? Math.min(4, availableParallelism())));
  const script = options.workerCode ? { script: options.workerCode, eval: true } : undefined;
  const threads = Array.from({ length: count }, () => new EngineThread(options.budget ?? ANALYSIS_BUDGET, script));
  const size = (j: EngineJob) => (j.op === 'analyze' ? j.text.length : j.json.length);
  // Longest first, so that no thread is left with a long law at the end while the other waits.
  const queue = jobs.map((_, i) => i).sort((a, b) => size(jobs[b]!) - size(jobs[a]!));
  const results: (EngineResult<J> | undefined)[] = new Array(jobs.length);
  let failure: unknown;
  const drain = async (thread: EngineThread) => {
    for (let i = queue.shift(); i !== undefined && failure === undefined; i = queue.shift()) {
      try {
        results[i] = await thread.run(jobs[i]!);
      } catch (err) {
        failure ??= err;
      }
    }
  };
  try {
    await Promise.all(threads.map(drain));
  } finally {
    for (const t of threads) t.stop();
  }
  if (failure instanceof WorkerLost) {
    // No worker could start: the work is the same wherever it runs, so finish here what the threads did not.
    jobs.forEach((job, i) => (results[i] ??= runJob(job) as EngineResult<J>));
  } else if (failure !== undefined) throw failure;
  return results as EngineResult<J>[];
}

/**
 * The thread the app keeps for its jobs (the desktop app's main process: analyses, projects opened): started on
 * first use, kept while the app runs, never keeping the process alive.
 */
let shared: EngineThread | undefined;
let sharedOpen: EngineThread | undefined;

/** One law's analysis, in a worker under the analysis budget; aborting `signal` stops it (WorkStopped). */
export async function analyzeInWorker(text: string, options: AnalyzeOptions, signal?: AbortSignal): Promise<Analysis> {
  return inThread((shared ??= new EngineThread(ANALYSIS_BUDGET)), { op: 'analyze', text, options }, signal);
}

/** A project file's JSON, parsed, migrated and checked (core/project.ts) off the main thread. */
export async function parseProjectInWorker(json: string, file: FileName): Promise<Project> {
  return inThread((sharedOpen ??= new EngineThread(OPEN_BUDGET)), { op: 'project', json, file });
}

/** Who saved a project file; undefined when it is not a project. */
export async function peekProjectInWorker(json: string, file: FileName): Promise<ProjectHeader | undefined> {
  return (await inThread((sharedOpen ??= new EngineThread(OPEN_BUDGET)), { op: 'peek', json, file })) ?? undefined;
}

/** Checks a comparison file's JSON (core/region.ts) off the main thread; throws the user's error when it is not one. */
export async function checkRegionInWorker(json: string, file: FileName): Promise<void> {
  await inThread((sharedOpen ??= new EngineThread(OPEN_BUDGET)), { op: 'region', json, file });
}

async function inThread<J extends EngineJob>(thread: EngineThread, job: J, signal?: AbortSignal): Promise<EngineResult<J>> {
  try {
    return await thread.run(job, signal);
  } catch (err) {
    if (err instanceof WorkerLost) return runJob(job) as EngineResult<J>;
    throw err;
  }
}
