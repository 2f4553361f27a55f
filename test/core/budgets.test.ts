/**
 * The analysis runs in a worker thread under a time and memory budget: past either it is stopped with the user's
 * message naming the file, the next analysis runs in a fresh worker, and while it runs the thread that asked
 * (the Electron main process) stays free for menus, dialogs and autosave.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/input-error.js';
import { analyzeAll } from '../../core/node/analyze-pool.js';
import { EngineThread } from '../../core/node/engine-thread.js';
import { createOperations } from '../../main/operations.js';
import { LocationRegistry } from '../../main/locations.js';
import { AppStore } from '../../main/projects.js';
import { tempDir } from '../main/support.js';
import { SHARED } from '../support/cli.js';
import { english } from '../support/words.js';

const LONG = join(SHARED, 'corpus', 'pe-ds-010-2017-in-reglamento-ley-30299.txt');
const text = readFileSync(LONG, 'utf8');
const input = { text, options: { file: 'reglamento.txt' } };
/** Three times the longest law: far more than 48 MB of work, whatever the engine. */
const large = { text: `${text}\n${text}\n${text}`, options: { file: 'reglamento.txt' } };

const errorOf = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as InputError);

describe('the analysis budget', () => {
  it.each([
    ['time', { timeoutMs: 50, memoryMb: 1536 }, {}, /reglamento\.txt takes too long to analyse \(over 0 seconds\), so lexgap stopped\. Split the law into parts/],
    ['memory', { timeoutMs: 120_000, memoryMb: 48 }, { context: 'memory' }, /reglamento\.txt needs more memory to analyse than lexgap allows \(48 MB\), so lexgap stopped/],
  ])('stops an analysis past its %s, in one line naming the file', { timeout: 60_000 }, async (_what, budget, context, words) => {
    const error = await errorOf(analyzeAll([large], { workers: 1, budget }));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'analysis-stopped', params: { file: 'reglamento.txt', ...context } });
    expect(english(error)).toMatch(words);
    expect(english(error)).not.toContain('\n');
  });

  it('runs the next job in a fresh worker after one was stopped', { timeout: 60_000 }, async () => {
    const thread = new EngineThread({ timeoutMs: 50, memoryMb: 1536 });
    await expect(thread.run({ op: 'analyze', ...input })).rejects.toMatchObject({ code: 'analysis-stopped', params: { file: 'reglamento.txt' } });
    await expect(thread.run({ op: 'peek', json: '{"format":"lexgap-project","savedBy":"9.9.9"}', file: 'x' })).resolves.toEqual({ savedBy: '9.9.9' });
    thread.stop();
  });
});

describe('the desktop app analysing a long law', () => {
  it('keeps its main thread free while the engine works', { timeout: 120_000 }, async () => {
    const { dir, cleanup } = tempDir('responsive');
    const operations = createOperations({
      dialogs: { showOpen: async () => undefined, showOpenMany: async () => [], showSave: async () => undefined, confirmReplace: async () => false },
      store: new AppStore(dir),
      locations: new LocationRegistry(),
      previousEndedCleanly: true,
      sampleLaw: () => ({ file: 'sample.txt', text: 'x' }),
    });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const analysis = await operations.handlers.analyzeText({ text, file: 'reglamento.txt' }, { sender: undefined, push: () => undefined });
    const took = performance.now() - started;
    delay.disable();
    cleanup();
    expect(analysis.clauses.length).toBeGreaterThan(1000);
    // The analysis takes seconds; in this thread it would stop the loop for all of them. Off it, the longest pause
    // is a scheduling hiccup on a busy machine (loosely bounded: other work may share the cores).
    expect(took).toBeGreaterThan(1000);
    expect(delay.max / 1e6).toBeLessThan(Math.min(1000, took / 3));
  });
});
