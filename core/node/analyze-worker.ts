/**
 * Worker-thread entry for the engine's long jobs on the Node side (engine-thread.ts): analysing a law, and
 * reading project and comparison files (parsing and checking up to a hundred megabytes of JSON). Off the main
 * thread, so the Electron main process keeps its menus, dialogs and autosave responsive, and under a time and
 * memory budget, so a pathological law or a crafted file is stopped instead of stalling the machine.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeText, type AnalyzeOptions } from '../analyze.js';
import { InputError, type FileName, type Problem } from '../input-error.js';
import { parseProject, peekProject, type Project, type ProjectHeader } from '../project.js';
import { parseRegion } from '../region.js';
import type { Analysis } from '../types.js';

export type EngineJob =
  | { op: 'analyze'; text: string; options: AnalyzeOptions }
  /** A project file's JSON, parsed, migrated and checked. */
  | { op: 'project'; json: string; file: FileName }
  /** Who saved a project file (to refuse replacing a newer version's), or null when it is not a project. */
  | { op: 'peek'; json: string; file: FileName }
  /** A regional comparison file's JSON, checked (the answer is null: the page parses it again). */
  | { op: 'region'; json: string; file: FileName };

export type EngineResult<J extends EngineJob> = J extends { op: 'analyze' } ? Analysis : J extends { op: 'project' } ? Project : J extends { op: 'peek' } ? ProjectHeader | null : null;

export interface EngineJobMessage {
  id: number;
  job: EngineJob;
}

export type EngineJobReply =
  | { id: number; kind: 'done'; value: Analysis | Project | ProjectHeader | null }
  /** A problem with the user's input, as a code with data (an InputError). */
  | { id: number; kind: 'input-error'; problem: Problem }
  | { id: number; kind: 'failed'; message: string };

export function runJob(job: EngineJob): Analysis | Project | ProjectHeader | null {
  switch (job.op) {
    case 'analyze':
      return analyzeText(job.text, job.options);
    case 'project':
      return parseProject(job.json, job.file);
    case 'peek':
      return peekProject(job.json) ?? null;
    case 'region':
      parseRegion(job.json, job.file);
      return null;
  }
}

if (parentPort) {
  const port = parentPort;
  // Library warnings are not for the user (the CLI's standard error carries one line), and a worker whose output
  // is piped to its parent would keep the parent's process alive while it idles: this worker writes nothing.
  process.stdout.write = () => true;
  process.stderr.write = () => true;
  port.on('message', ({ id, job }: EngineJobMessage) => {
    let reply: EngineJobReply;
    try {
      reply = { id, kind: 'done', value: runJob(job) };
    } catch (err) {
      reply = err instanceof InputError ? { id, kind: 'input-error', problem: err.problem } : { id, kind: 'failed', message: (err as Error)?.message ?? String(err) };
    }
    port.postMessage(reply);
  });
  // Loaded: jobs may come from now on (a worker that fails before this line never ran one).
  port.postMessage({ kind: 'ready' });
}
