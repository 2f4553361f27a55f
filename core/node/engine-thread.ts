/**
 * One worker thread for the engine's long jobs (analyze-worker.ts), kept between jobs so that the second job does
 * not pay for loading the engine again, and let go of when idle (it never keeps a process alive). Jobs run one at
 * a time, each under the budget (budget.ts): one that passes its time, or lets the process grow past its memory,
 * is stopped with the worker, and ends in the user's message naming the file; the next job starts a new worker.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { InputError, named, WorkStopped } from '../input-error.js';
import type { Project, ProjectHeader } from '../project.js';
import type { Analysis } from '../types.js';
import type { EngineJob, EngineJobMessage, EngineJobReply, EngineResult } from './analyze-worker.js';
import { heapLimits, watchMemory, type Budget } from './budget.js';

export type { EngineJob, EngineResult };

/** The worker could not be started at all (no worker file, or it failed to load): the caller may run the job here. */
export class WorkerLost extends Error {}

/** The worker ran out of its memory while it loaded: the budget is too small for any job, which must not run here. */
class OutOfMemoryAtStart extends Error {}

export interface WorkerScript {
  script: string | URL;
  eval: boolean;
}

/**
 * The worker script: the bundled one beside a built lexgap (dist/analyze-worker.js, dist/main/analyze-worker.js),
 * else (tests, tsx scripts) a loader that lets tsx compile the TypeScript source inside the worker; undefined
 * when neither is there.
 */
export function engineWorkerScript(): WorkerScript | undefined {
  const built = new URL('./analyze-worker.js', import.meta.url);
  // In a packaged desktop app the worker sits outside the asar archive (as convert.ts's does).
  const unpacked = new URL(built.href.replace('/app.asar/', '/app.asar.unpacked/'));
  if (unpacked.href !== built.href && existsSync(unpacked)) return { script: unpacked, eval: false };
  if (existsSync(built)) return { script: built, eval: false };
  const source = new URL('./analyze-worker.ts', import.meta.url);
  if (!existsSync(source)) return undefined;
  return { script: `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); });`, eval: true };
}



/**
 * The user's problem for a job stopped by its budget: opening a file (`open-stopped`) or analysing a law
 * (`analysis-stopped`), past its time, or (context `memory`) past its memory, with the budget.
 */
function overrun(job: EngineJob, what: 'time' | 'memory', budget: Budget): InputError {
  const file = job.op === 'analyze' ? job.options.file : job.file;
  const limit = what === 'time' ? { seconds: Math.round(budget.timeoutMs / 1000) } : { context: 'memory', megabytes: budget.memoryMb };
  return new InputError(job.op === 'analyze' ? 'analysis-stopped' : 'open-stopped', { ...named(file), ...limit });
}

export class EngineThread {
  private worker: Worker | undefined;
  private starting: Promise<Worker> | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(
    private readonly budget: Budget,
    private readonly script: WorkerScript | undefined = engineWorkerScript(),
  ) {}

  /**
   * Runs one job after those already asked for. Aborting `signal` stops it: the worker is terminated (the next job
   * starts a new one) and the job rejects with WorkStopped once the worker is gone.
   */
  run<J extends EngineJob>(job: J, signal?: AbortSignal): Promise<EngineResult<J>> {
    const result = this.tail.then(() => (signal?.aborted ? Promise.reject(new WorkStopped()) : this.runNow(job, signal)));
    this.tail = result.catch(() => undefined);
    return result as Promise<EngineResult<J>>;
  }

  /** Stops the worker (it is started again for the next job). */
  stop(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.starting = undefined;
  }

  private start(): Promise<Worker> {
    if (this.worker) return Promise.resolve(this.worker);
    if (!this.script) return Promise.reject(new WorkerLost('no worker script'));
    this.starting ??= new Promise<Worker>((resolve, reject) => {
      let worker: Worker;
      try {
        // Output is not piped: a piped worker keeps the process alive even when unref'd (analyze-worker silences itself).
        worker = new Worker(this.script!.script, { eval: this.script!.eval, resourceLimits: heapLimits(this.budget) });
      } catch (err) {
        this.starting = undefined;
        return reject(new WorkerLost((err as Error).message));
      }
      const fail = (err: Error & { code?: string }) => {
        this.starting = undefined;
        void worker.terminate();
        reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new OutOfMemoryAtStart(err.message) : new WorkerLost(err.message));
      };
      const onExit = (code: number) => fail(new Error(`exit code ${code}`));
      // The first message is the worker's 'ready': it loaded. (Only our own listeners are taken off: the Worker
      // keeps listeners of its own, which start and stop its message port.)
      const onReady = () => {
        worker.off('error', fail);
        worker.off('exit', onExit);
        worker.on('exit', () => {
          if (this.worker === worker) this.worker = undefined;
        });
        worker.on('error', () => undefined);
        worker.unref();
        this.worker = worker;
        this.starting = undefined;
        resolve(worker);
      };
      worker.once('error', fail);
      worker.once('exit', onExit);
      worker.once('message', onReady);
    });
    return this.starting;
  }

  private async runNow(job: EngineJob, signal?: AbortSignal): Promise<Analysis | Project | ProjectHeader | null> {
    const worker = await this.start().catch((err: unknown) => {
      throw err instanceof OutOfMemoryAtStart ? overrun(job, 'memory', this.budget) : err;
    });
    if (signal?.aborted) throw new WorkStopped();
    const id = this.nextId++;
    worker.ref();
    return new Promise((resolve, reject) => {
      let settled = false;
      /** Ends the job; `stopWorker` terminates the worker, and `fn` then runs once it has exited. */
      const settle = (fn: () => void, stopWorker = false) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        stopWatch();
        signal?.removeEventListener('abort', onAbort);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (stopWorker) {
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate().then(fn, fn);
        } else {
          worker.unref();
          fn();
        }
      };
      const onAbort = () => settle(() => reject(new WorkStopped()), true);
      signal?.addEventListener('abort', onAbort, { once: true });
      const timer = setTimeout(() => settle(() => reject(overrun(job, 'time', this.budget)), true), this.budget.timeoutMs);
      const stopWatch = watchMemory(this.budget, () => settle(() => reject(overrun(job, 'memory', this.budget)), true));
      const onMessage = (reply: EngineJobReply) => {
        if (reply.id !== id) return;
        if (reply.kind === 'done') settle(() => resolve(reply.value));
        else if (reply.kind === 'input-error') settle(() => reject(new InputError(reply.problem.code, reply.problem.params)));
        else settle(() => reject(new Error(reply.message)));
      };
      const onError = (err: Error & { code?: string }) =>
        settle(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? overrun(job, 'memory', this.budget) : err), true);
      const onExit = (code: number) => settle(() => reject(new Error(`the engine's worker stopped (exit code ${code})`)), true);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const message: EngineJobMessage = { id, job };
      worker.postMessage(message);
    });
  }
}
