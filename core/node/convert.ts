/**
 * Runs a document converter (core/import) on untrusted bytes in a worker thread, so a hostile or pathological
 * file can neither freeze the app nor exhaust its memory: the worker gets a heap limit and a time limit and is
 * terminated when it passes either. Plain text needs no parser and is decoded in place.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../import/zip.js';
import type { Format } from '../import/detect.js';
import type { DecodedText } from '../import/decode.js';
import { InputError, named, WorkStopped, type FileName } from '../input-error.js';
import { LIMITS } from '../limits.js';
import { heapLimits, watchMemory } from './budget.js';
import type { WorkerInput, WorkerMessage } from './import-worker.js';

export interface WorkerLimits {
  /** Wall-clock time for one file. */
  timeoutMs: number;
  /** Memory the process may grow by while the worker reads (its heap, and the buffers a parser holds outside it). */
  maxMemoryMb: number;
  zipLimits: ZipLimits;
}

export const DEFAULT_WORKER_LIMITS: WorkerLimits = { timeoutMs: LIMITS.readMs, maxMemoryMb: LIMITS.readMemoryMb, zipLimits: DEFAULT_ZIP_LIMITS };

export type ProgressListener = (done: number, total: number) => void;

/**
 * The worker script: the bundled one beside a built lexgap, else (tests, tsx scripts) a two-line loader that
 * lets tsx compile the TypeScript source inside the worker.
 */
function workerScript(): { script: string | URL; eval: boolean } {
  const built = new URL('./import-worker.js', import.meta.url);
  // The packaged desktop app keeps the worker outside its asar archive (electron-builder.yml asarUnpack), so the
  // worker thread loads it from plain disk whatever Electron's archive support in workers.
  const unpacked = new URL(built.href.replace('/app.asar/', '/app.asar.unpacked/'));
  if (unpacked.href !== built.href && existsSync(unpacked)) return { script: unpacked, eval: false };
  if (existsSync(built)) return { script: built, eval: false };
  const source = new URL('./import-worker.ts', import.meta.url).href;
  return { script: `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`, eval: true };
}

export function convertInWorker(
  bytes: Uint8Array,
  format: Format,
  file: FileName,
  limits: WorkerLimits = DEFAULT_WORKER_LIMITS,
  onProgress?: ProgressListener,
  signal?: AbortSignal,
): Promise<DecodedText> {
  if (signal?.aborted) return Promise.reject(new WorkStopped());
  const { script, eval: isCode } = workerScript();
  const input: WorkerInput = { bytes: bytes.slice(), format, file, zipLimits: limits.zipLimits };
  const worker = new Worker(script, {
    eval: isCode,
    workerData: input,
    transferList: [input.bytes.buffer as ArrayBuffer],
    resourceLimits: heapLimits({ timeoutMs: limits.timeoutMs, memoryMb: limits.maxMemoryMb }),
    // Library warnings are not for the drafter: the CLI's standard error carries one line.
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  const tooComplex = () => new InputError('too-complex', named(file));
  return new Promise<DecodedText>((resolve, reject) => {
    let settled = false;
    /** Ends the reading: the worker is terminated, and `fn` runs at once, or (`whenGone`) once it has exited. */
    const settle = (fn: () => void, whenGone = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stopWatch();
      signal?.removeEventListener('abort', stop);
      const gone = worker.terminate();
      if (whenGone) void gone.then(fn, fn);
      else fn();
    };
    // Stopped by the person: the answer comes once the worker is gone, so nothing of the file is read after it.
    const stop = () => settle(() => reject(new WorkStopped()), true);
    signal?.addEventListener('abort', stop, { once: true });
    const stopWatch = watchMemory({ timeoutMs: limits.timeoutMs, memoryMb: limits.maxMemoryMb }, () => settle(() => reject(tooComplex())));
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(new InputError('timeout', { ...named(file), count: Math.round(limits.timeoutMs / 1000) })),
        ),
      limits.timeoutMs,
    );
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') onProgress?.(message.done, message.total);
      else if (message.kind === 'text') settle(() => resolve(message.invalid ? { text: message.text, invalid: message.invalid } : { text: message.text }));
      else if (message.kind === 'input-error') settle(() => reject(new InputError(message.problem.code, message.problem.params)));
      else
        settle(() =>
          reject(new InputError('corrupt', named(file))),
        );
    });
    worker.on('error', (err: Error & { code?: string }) =>
      settle(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? tooComplex()
            : err,
        ),
      ),
    );
    worker.on('exit', (code) => settle(() => reject(new Error(`the document reader stopped unexpectedly (exit code ${code})`))));
  });
}
