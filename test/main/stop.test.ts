/**
 * Stop on the desktop really stops: the page's Stop (stopJob) reaches the worker thread that reads a document or
 * analyses a law in main, the worker is terminated, the pending open or analysis ends as "stopped", and the next
 * one starts a fresh worker and succeeds. Plain functions, as main runs them, without Electron.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkStopped } from '../../core/input-error.js';
import { EngineThread } from '../../core/node/engine-thread.js';
import { handleRequest, PushHub, type PushTarget } from '../../main/ipc.js';
import { Jobs } from '../../main/jobs.js';
import { LocationRegistry } from '../../main/locations.js';
import { createOperations, type OperationServices } from '../../main/operations.js';
import { AppStore } from '../../main/projects.js';
import type { PushMessage } from '../../core/app/contract.js';
import { tempDir, textPdf } from './support.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('stop')));
afterEach(() => cleanup());

const errorOf = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

describe('Jobs', () => {
  it('stops the job of that name only, answering once it has ended', async () => {
    const jobs = new Jobs();
    const ended: string[] = [];
    const work = (name: string) => (signal: AbortSignal | undefined) =>
      new Promise<string>((resolve, reject) => {
        signal?.addEventListener('abort', () => setImmediate(() => (ended.push(name), reject(new WorkStopped()))));
        if (name === 'quick') resolve(name);
      });
    const a = jobs.track('a', work('a'));
    const b = jobs.track('b', work('b'));
    expect(await jobs.track('quick', work('quick'))).toBe('quick');
    expect(jobs.size).toBe(2);
    expect(await jobs.stop('a')).toBe(true);
    // The answer comes after the job's own end.
    expect(ended).toEqual(['a']);
    expect(await errorOf(a)).toBeInstanceOf(WorkStopped);
    expect(await jobs.stop('a')).toBe(false);
    expect(await jobs.stop('quick')).toBe(false);
    expect(await jobs.stop('never-started')).toBe(false);
    expect(jobs.size).toBe(1);
    await jobs.stop('b');
    expect(await errorOf(b)).toBeInstanceOf(WorkStopped);
    expect(jobs.size).toBe(0);
  });

  it('runs a job without a name as it is: nothing can stop it', async () => {
    const jobs = new Jobs();
    const work = vi.fn(async (signal: AbortSignal | undefined) => signal);
    expect(await jobs.track(undefined, work)).toBeUndefined();
    expect(jobs.size).toBe(0);
  });
});

describe("the engine's thread", () => {
  /**
   * A worker that never ends an analysis (it spins, so only terminating it ends the job) and answers anything else:
   * a job answered after a stop proves the spinning worker was replaced by a fresh one.
   */
  const SPINNING = `
    const { parentPort } = require('node:worker_threads');
    parentPort.on('message', ({ id, job }) => {
      if (job.op === 'analyze') for (;;) {}
      parentPort.postMessage({ id, kind: 'done', value: { savedBy: 'fresh' } });
    });
    parentPort.postMessage({ kind: 'ready' });`;

  it('terminates the worker in the middle of a job, which ends as stopped; the next job runs on a fresh worker', { timeout: 30_000 }, async () => {
    const thread = new EngineThread({ timeoutMs: 600_000, memoryMb: 1536 }, { script: SPINNING, eval: true });
    // The worker is up before the job that spins.
    expect(await thread.run({ op: 'peek', json: '{}', file: 'x' })).toEqual({ savedBy: 'fresh' });
    const controller = new AbortController();
    const spinning = thread.run({ op: 'analyze', text: 'law', options: { file: 'law.txt' } }, controller.signal);
    // Only once the job is with the worker (its budget of ten minutes would end it otherwise).
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    expect(await errorOf(spinning)).toBeInstanceOf(WorkStopped);
    expect(await thread.run({ op: 'peek', json: '{}', file: 'x' })).toEqual({ savedBy: 'fresh' });
    thread.stop();
  });

  it('never starts a job stopped while it waited its turn', { timeout: 30_000 }, async () => {
    const thread = new EngineThread({ timeoutMs: 600_000, memoryMb: 1536 }, { script: SPINNING, eval: true });
    const controller = new AbortController();
    controller.abort();
    expect(await errorOf(thread.run({ op: 'analyze', text: 'law', options: { file: 'law.txt' } }, controller.signal))).toBeInstanceOf(WorkStopped);
    expect(await thread.run({ op: 'peek', json: '{}', file: 'x' })).toEqual({ savedBy: 'fresh' });
    thread.stop();
  });
});

describe('stopJob in main', () => {
  function operations(overrides: Partial<OperationServices> = {}) {
    const pushed: PushMessage[] = [];
    let onPush: (message: PushMessage) => void = () => undefined;
    const sender: PushTarget = {
      send: (_channel, message) => {
        pushed.push(message as PushMessage);
        onPush(message as PushMessage);
      },
    };
    const pushes = new PushHub(() => undefined);
    pushes.markSubscribed(sender);
    const ops = createOperations({
      dialogs: { showOpen: async () => undefined, showOpenMany: async () => [], showSave: async () => undefined, confirmReplace: async () => false },
      store: new AppStore(dir, { log: () => {} }),
      locations: new LocationRegistry(),
      previousEndedCleanly: true,
      sampleLaw: () => ({ file: 's.txt', text: 'x' }),
      log: () => {},
      ...overrides,
    });
    // Through handleRequest, as the page's requests come: the sender check, the schemas, the answer's shape.
    const ask = (op: 'importLawFile' | 'stopJob' | 'analyzeText', payload: unknown) =>
      handleRequest(op, { senderFrame: { url: 'app://lexgap/index.html', parent: null }, sender }, payload, { handlers: ops.handlers, log: () => {}, pushes });
    return { ask, pushed, pushedTo: (listener: (message: PushMessage) => void) => (onPush = listener) };
  }

  it('stops reading a long PDF in its worker: the open answers "stopped", no page is read after, and the next open succeeds', { timeout: 60_000 }, async () => {
    const { ask, pushed, pushedTo } = operations();
    const pages = Array.from({ length: 400 }, (_, i) => `Article ${i + 1}. Every firearm shall bear a serial number and the name of its maker.`);
    const progressOf = (job: string) => pushed.filter((m) => m.kind === 'import-progress' && m.job === job).length;
    let stopped: Promise<unknown> | undefined;
    const firstPage = new Promise<void>((resolve) =>
      pushedTo((message) => {
        if (stopped || message.kind !== 'import-progress') return;
        // The person clicks Stop as the first page is read.
        stopped = ask('stopJob', { job: 'long-1' });
        resolve();
      }),
    );
    const open = ask('importLawFile', { name: 'long.pdf', bytes: textPdf(pages), job: 'long-1' });
    await firstPage;
    expect(await stopped).toEqual({ ok: true, value: true });
    expect(await open).toEqual({ ok: false, error: { code: 'stopped', problem: { code: 'interrupted', params: {} } } });
    const readBeforeStop = progressOf('long-1');
    expect(readBeforeStop).toBeLessThan(pages.length);

    const next = await ask('importLawFile', { name: 'short.pdf', bytes: textPdf(['Section 1. Every firearm shall bear a serial number.']), job: 'short-1' });
    expect(next).toMatchObject({ ok: true, value: { file: 'short.pdf', text: expect.stringContaining('serial number') } });
    // The stopped worker read nothing more while the next file was read.
    expect(progressOf('long-1')).toBe(readBeforeStop);
    expect(await ask('stopJob', { job: 'long-1' })).toEqual({ ok: true, value: false });
  });

  it('hands the analysis the signal of its job, so that Stop ends it as "stopped"', async () => {
    const analyze = vi.fn(
      (_text: string, _options: unknown, signal?: AbortSignal) =>
        new Promise<never>((_resolve, reject) => signal?.addEventListener('abort', () => reject(new WorkStopped()))),
    );
    const { ask } = operations({ analyze });
    const analysis = ask('analyzeText', { text: 'Article 1. Firearms.', file: 'a.txt', job: 'analyse-1' });
    await vi.waitFor(() => expect(analyze).toHaveBeenCalled());
    expect(await ask('stopJob', { job: 'analyse-1' })).toEqual({ ok: true, value: true });
    expect(await analysis).toMatchObject({ ok: false, error: { code: 'stopped' } });
  });

  it('refuses a stop that names no job of the page', async () => {
    const { ask } = operations();
    expect(await ask('stopJob', { job: '../../all' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await ask('stopJob', {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
