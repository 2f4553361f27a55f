/**
 * The engine worker: reads documents, analyses laws and writes reports off the page's thread, so the window
 * stays responsive (and a pathological file can be stopped by terminating the worker).
 */
import { InputError } from '../../core/input-error.js';
import { sendClausesAhead } from './parts.js';
import type { EngineMessage, EngineRequest } from './protocol.js';
import { runEngine } from './run.js';

/** The worker's global scope (typed here, since the project's types are the page's, not a worker's). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; request: EngineRequest }>) => void) | null;
  postMessage(message: EngineMessage, transfer: Transferable[]): void;
};

scope.onmessage = async (event: MessageEvent<{ id: number; request: EngineRequest }>) => {
  const { id, request } = event.data;
  const post = (message: EngineMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  try {
    const result = sendClausesAhead(await runEngine(request, (done, total) => post({ id, kind: 'progress', done, total })), (clauses) => post({ id, kind: 'clauses', clauses }));
    post({ id, kind: 'done', result }, result.op === 'report' || result.op === 'compare-report' ? [result.value.buffer as ArrayBuffer] : []);
  } catch (error) {
    if (error instanceof InputError) post({ id, kind: 'input-error', problem: error.problem });
    else post({ id, kind: 'failed', message: (error as Error)?.message ?? String(error) });
  }
};

