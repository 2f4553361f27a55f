/**
 * Worker-thread entry for analysing laws in parallel (analyze-pool.ts): takes jobs of law text, posts back each
 * analysis. The engine is pure and synchronous, so a worker per core is what makes several laws go faster.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeText, type AnalyzeOptions } from '../analyze.js';
import type { Analysis } from '../types.js';

export interface AnalyzeJob {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export type AnalyzeReply = { id: number; kind: 'done'; analysis: Analysis } | { id: number; kind: 'failed'; message: string };

parentPort!.on('message', (job: AnalyzeJob) => {
  let reply: AnalyzeReply;
  try {
    reply = { id: job.id, kind: 'done', analysis: analyzeText(job.text, job.options) };
  } catch (err) {
    reply = { id: job.id, kind: 'failed', message: (err as Error)?.message ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
