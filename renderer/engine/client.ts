/**
 * The page's side of the engine worker: one worker, started on first use, with a time limit per job. A job
 * that passes its limit terminates the worker (the next job starts a fresh one). Where no worker can be
 * started, the job runs in the page. A job the person cancels terminates the worker too: the work really stops.
 */
import type { Analysis, Clause, Language } from '../../core/types.js';
import type { Project } from '../../core/project.js';
import type { LawIdentity } from '../../core/identity/index.js';
import type { DecodedText, Format } from '../../core/import/index.js';
import { InputError, type Problem } from '../../core/input-error.js';
import { Cancelled, PlatformError } from '../platform/types.js';
import { signal as fire } from '../app/signal.js';
import { joinClausesAhead } from './parts.js';
import type { CompareReportJob, EngineMessage, EngineRequest, EngineResult, ReportJob } from './protocol.js';


interface Pending {
  resolve(result: EngineResult): void;
  reject(error: Error): void;
  onProgress?: (done: number, total: number) => void;
  timer: ReturnType<typeof setTimeout>;
  request: EngineRequest;
  /** An analysis's clauses received ahead of it (renderer/engine/parts.ts). */
  parts: Clause[][];
}

const LIMIT_MS: Record<EngineRequest['op'], number> = { analyze: 120_000, convert: 90_000, report: 240_000, 'compare-report': 240_000, serialize: 60_000, identify: 30_000 };

let worker: Worker | undefined;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

const problem = (code: Problem['code'], params: Problem['params'] = {}) => new PlatformError({ code, params });

function settleFromMessage(message: EngineMessage) {
  const job = pending.get(message.id);
  if (!job) return;
  if (message.kind === 'progress') {
    job.onProgress?.(message.done, message.total);
    return;
  }
  if (message.kind === 'clauses') {
    job.parts.push(message.clauses);
    return;
  }
  pending.delete(message.id);
  clearTimeout(job.timer);
  if (message.kind === 'done') {
    let result: EngineResult;
    try {
      result = joinClausesAhead(message.result, job.parts);
    } catch (error) {
      job.reject(failure(job.request, (error as Error).message));
      return;
    }
    // Taken up in a task of its own: what the page does with a result is not added to the task that received it.
    setTimeout(() => job.resolve(result), 0);
  }
  else if (message.kind === 'input-error') job.reject(new PlatformError(message.problem));
  else job.reject(failure(job.request, message.message));
}

function failure(request: EngineRequest, detail: string): Error {
  console.error(`lexgap engine (${request.op}): ${detail}`);
  if (request.op === 'convert') return problem('corrupt', { file: request.file });
  if (request.op === 'report' || request.op === 'compare-report') return problem('report-failed');
  if (request.op === 'serialize') return problem('storage');
  if (request.op === 'identify') return problem('corrupt', { file: request.file });
  return problem('analysis-failed');
}

/** Stops the worker and everything it was doing; `except` is the job that caused it (settled by the caller). */
function stopWorker(except: number): void {
  worker?.terminate();
  worker = undefined;
  for (const [id, job] of pending) {
    if (id === except) continue;
    clearTimeout(job.timer);
    job.reject(problem('interrupted'));
  }
  pending.clear();
  fire('engine-stopped');
}

function startWorker(): Worker | undefined {
  if (workerBroken || typeof Worker === 'undefined') return undefined;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'lexgap-engine' });
  } catch {
    workerBroken = true;
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<EngineMessage>) => settleFromMessage(event.data);
  worker.onerror = (event) => {
    // The worker could not load (a policy or a packaging problem): run what was waiting in the page instead.
    event.preventDefault();
    workerBroken = true;
    worker?.terminate();
    worker = undefined;
    const waiting = [...pending.entries()];
    pending.clear();
    for (const [, job] of waiting) {
      clearTimeout(job.timer);
      void inPage(job.request, job.onProgress).then(job.resolve, job.reject);
    }
  };
  return worker;
}

async function inPage(request: EngineRequest, onProgress?: (done: number, total: number) => void): Promise<EngineResult> {
  // Lets the page paint its "working" state before the engine takes the thread.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { runEngine } = await import('./run.js');
  try {
    return await runEngine(request, onProgress);
  } catch (error) {
    if (error instanceof InputError) throw new PlatformError(error.problem);
    throw failure(request, (error as Error)?.message ?? String(error));
  }
}

export interface JobOptions {
  onProgress?: (done: number, total: number) => void;
  /** Aborting it stops the job (and the worker running it); the job then rejects with Cancelled. */
  signal?: AbortSignal;
}

function run(request: EngineRequest, { onProgress, signal }: JobOptions = {}): Promise<EngineResult> {
  if (signal?.aborted) {
    // Stopped before it reached the worker: nothing ran.
    fire('engine-stopped');
    return Promise.reject(new Cancelled());
  }
  const w = startWorker();
  if (!w) return inPage(request, onProgress);
  const id = nextId++;
  return new Promise<EngineResult>((resolve, reject) => {
    const settle = () => signal?.removeEventListener('abort', cancel);
    const cancel = () => {
      if (!pending.has(id)) return;
      clearTimeout(pending.get(id)!.timer);
      pending.delete(id);
      stopWorker(id);
      reject(new Cancelled());
    };
    const timer = setTimeout(() => {
      settle();
      pending.delete(id);
      // The worker is stuck on this job: stop it; the next job gets a fresh one.
      stopWorker(id);
      const seconds = Math.round(LIMIT_MS[request.op] / 1000);
      reject(request.op === 'convert' ? problem('timeout', { file: request.file, count: seconds }) : problem('too-long', { count: seconds }));
    }, LIMIT_MS[request.op]);
    pending.set(id, {
      resolve: (r) => (settle(), resolve(r)),
      reject: (e) => (settle(), reject(e)),
      onProgress,
      timer,
      request,
      parts: [],
    });
    signal?.addEventListener('abort', cancel);
    const transfer = request.op === 'convert' && !(request.bytes instanceof Blob) ? [request.bytes.buffer as ArrayBuffer] : [];
    w.postMessage({ id, request }, transfer);
  });
}

export async function analyzeInEngine(text: string, file: string, language: Language | 'auto', options: JobOptions = {}): Promise<Analysis> {
  const result = await run({ op: 'analyze', text, file, language }, options);
  if (result.op !== 'analyze') throw new Error('unexpected engine answer');
  return result.value;
}

/** The law's text, with the bytes that were not valid in its encoding when there were any. */
export async function convertInEngine(bytes: Uint8Array | Blob, format: Format, file: string, options: JobOptions = {}): Promise<DecodedText> {
  // Bytes are handed over to the worker: give it a copy, so the caller keeps its own. A file not yet read goes as
  // it is, for the worker to read.
  const result = await run({ op: 'convert', bytes: bytes instanceof Blob ? bytes : bytes.slice(), format, file }, options);
  if (result.op !== 'convert') throw new Error('unexpected engine answer');
  return result.value;
}

export async function reportInEngine(job: ReportJob): Promise<Uint8Array> {
  const result = await run({ op: 'report', job });
  if (result.op !== 'report') throw new Error('unexpected engine answer');
  return result.value;
}

export async function compareReportInEngine(job: CompareReportJob): Promise<Uint8Array> {
  const result = await run({ op: 'compare-report', job });
  if (result.op !== 'compare-report') throw new Error('unexpected engine answer');
  return result.value;
}

/** The project as the JSON to keep (core/project.ts serializeProject), written off the page's thread. */
export async function serializeInEngine(project: Project): Promise<string> {
  const result = await run({ op: 'serialize', project });
  if (result.op !== 'serialize') throw new Error('unexpected engine answer');
  return result.value;
}

/** The law's identity as its text states it (core/identity), its language and file header, read off the page's thread. */
export async function identifyInEngine(text: string, file: string): Promise<{ identity: LawIdentity; language: Language; header?: { end: number; lines: number } }> {
  const result = await run({ op: 'identify', text, file });
  if (result.op !== 'identify') throw new Error('unexpected engine answer');
  return { identity: result.value, language: result.language, ...(result.header ? { header: result.header } : {}) };
}
