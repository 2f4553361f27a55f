/**
 * Time and memory budgets for work on untrusted input in worker threads. A worker's own heap limit
 * (resourceLimits) caps only JavaScript objects; what a parser holds in ArrayBuffers and native buffers (a PDF
 * stream inflated by zlib) escapes it. So the whole process's resident memory is watched as well, from outside
 * the worker, and the worker is stopped as soon as the process has grown past the budget since it started.
 */
import { LIMITS } from '../limits.js';

export interface Budget {
  /** Wall-clock time for one job. */
  timeoutMs: number;
  /** Growth of the process's resident memory allowed while the job runs, all kinds of memory counted. */
  memoryMb: number;
}

export const ANALYSIS_BUDGET: Budget = { timeoutMs: LIMITS.analyseMs, memoryMb: LIMITS.analyseMemoryMb };

/** The worker's own heap limit: the heap can never take more than the whole budget. */
export function heapLimits(budget: Budget): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  return { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: 64 };
}

export type Overrun = 'time' | 'memory';

/** How often the process's memory is looked at: an inflater does not get far past the budget in this time. */
const POLL_MS = 25;

/**
 * Watches the process's memory while work runs in worker threads: `over` is called once, when the process has
 * grown past the budget since the watch began. Returns the function that ends the watch.
 */
export function watchMemory(budget: Budget, over: () => void): () => void {
  const limit = process.memoryUsage.rss() + budget.memoryMb * 1024 * 1024;
  const poll = setInterval(() => {
    if (process.memoryUsage.rss() <= limit) return;
    clearInterval(poll);
    over();
  }, POLL_MS);
  return () => clearInterval(poll);
}
