/**
 * Worker-thread entry for the engine's long jobs on the Node side (analyze-pool.ts): analysing a law, and reading
 * a project file (parsing and checking up to a hundred megabytes of JSON). Off the main thread, so the Electron
 * main process keeps its menus, dialogs and autosave responsive, and under a time and memory budget, so a
 * pathological law or a crafted project is stopped instead of stalling the machine.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeText, type AnalyzeOptions } from '../analyze.js';
import { parseProject, type Project } from '../project.js';
import type { Analysis } from '../types.js';

export type EngineJob = { op: 'analyze'; text: string; options: AnalyzeOptions } | { op: 'project'; json: string; file: string };

export type EngineJobResult<J extends EngineJob> = J extends { op: 'analyze' } ? Analysis : Project;

export interface EngineJobMessage {
  id: number;
  job: EngineJob;
}

export type EngineJobReply =
  | { id: number; kind: 'done'; value: Analysis | Project }
  /** A problem with the user's input, in words for them (an InputError). */
  | { id: number; kind: 'input-error'; message: string; rule: string }
  | { id: number; kind: 'failed'; message: string };

function run(job: EngineJob): Analysis | Project {
  return job.op === 'analyze' ? analyzeText(job.text, job.options) : parseProject(job.json, job.file);
}

parentPort!.on('message', ({ id, job }: EngineJobMessage) => {
  let reply: EngineJobReply;
  try {
    reply = { id, kind: 'done', value: run(job) };
  } catch (err) {
    const e = err as { name?: string; message?: string; rule?: string };
    reply = e?.name === 'InputError' ? { id, kind: 'input-error', message: String(e.message), rule: String(e.rule) } : { id, kind: 'failed', message: e?.message ?? String(err) };
  }
  parentPort!.postMessage(reply);
});

// Loaded: the pool sends jobs from now on (a worker that fails before this line never ran one).
parentPort!.postMessage({ kind: 'ready' });
