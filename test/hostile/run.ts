/**
 * Runs the real `lexgap` command on one hostile case and measures it: wall time, and peak resident memory of the
 * whole process (worker threads included), written by peak.mjs as the process ends. A run that passes its hard
 * limit is killed and reported as such: a hang is a failure like any other.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PEAK = fileURLToPath(new URL('./peak.mjs', import.meta.url));

export interface Outcome {
  code: number | null;
  /** Set when the process was killed (by us after `killAfterMs`, or by itself: an abort). */
  signal: NodeJS.Signals | null;
  killed: boolean;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory in MB; undefined when the process did not end normally. */
  peakMb?: number;
}

export function runLexgap(args: readonly string[], options: { killAfterMs: number; input?: Uint8Array; cwd?: string }): Promise<Outcome> {
  const scratch = mkdtempSync(join(tmpdir(), 'lexgap-peak-'));
  const peakFile = join(scratch, 'peak');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', PEAK, join(ROOT, 'bin', 'lexgap.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, LEXGAP_PEAK_FILE: peakFile },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.on('error', () => undefined); // the command may stop reading early (a refused input)
  child.stdin.end(options.input ?? undefined);
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, options.killAfterMs);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      let peakMb: number | undefined;
      try {
        peakMb = Number(readFileSync(peakFile, 'utf8')) / 1024;
      } catch {
        peakMb = undefined;
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({ code, signal, killed, stdout, stderr, ms, peakMb });
    });
  });
}

/** Runs jobs with at most `width` at a time, results in the order given. */
export async function inParallel<T, R>(items: readonly T[], width: number, job: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await job(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
