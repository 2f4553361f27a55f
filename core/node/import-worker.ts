/**
 * Worker-thread entry: converts one document with core/import and posts back the text, progress, or the
 * drafter's error. Run by convert.ts, which enforces the time and memory limits from outside.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convert } from '../import/index.js';
import type { Format, ZipLimits } from '../import/index.js';
import { InputError, type FileName, type Problem } from '../input-error.js';

export interface WorkerInput {
  bytes: Uint8Array;
  format: Format;
  file: FileName;
  zipLimits: ZipLimits;
}

export type WorkerMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'text'; text: string }
  | { kind: 'input-error'; problem: Problem }
  | { kind: 'failed'; message: string };

const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const { bytes, format, file, zipLimits } = workerData as WorkerInput;

try {
  const text = await convert(bytes, format, file, { zipLimits, onProgress: (done, total) => post({ kind: 'progress', done, total }) });
  post({ kind: 'text', text });
} catch (err) {
  if (err instanceof InputError) post({ kind: 'input-error', problem: err.problem });
  // A parser failing in a way we did not foresee is, for the user, a file we cannot read.
  else post({ kind: 'failed', message: (err as Error)?.message ?? String(err) });
}
