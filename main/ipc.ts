/**
 * The main-process side of the IPC contract: one `ipcMain.handle` per operation, each of which checks that
 * the request comes from the app's own page and that its payload matches the operation's schema before the
 * operation runs. The checks are plain functions, tested without Electron (test/main/ipc.test.ts).
 *
 * This module imports Electron for types only, so it loads in plain Node.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import {
  channelFor,
  OPERATIONS,
  requestSchemas,
  type IpcError,
  type IpcResult,
  type OperationName,
  type RequestOf,
  type ResponseOf,
} from './ipc-contract.js';

/** The scheme and host the renderer is served from: app://lexgap/ (see main/protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lexgap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The part of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  url: string;
  /** Null for a top-level frame; a subframe (an iframe) is never trusted. */
  parent: unknown;
}

/**
 * True only for the top-level frame of a page served from app://lexgap/. Everything else is refused:
 * file://, http(s)://, devtools://, about:blank, a look-alike host, credentials in the URL, an iframe,
 * or a frame that is already gone (null).
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame || frame.parent !== null || typeof frame.url !== 'string') return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  // app: is not a "special" scheme for Node's URL parser, so url.origin is "null": compare the parts.
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '' && url.port === '';
}

/** Checks a payload against an operation's schema; on failure, says what is wrong in plain words. */
export function validateRequest<Op extends OperationName>(op: Op, payload: unknown): IpcResult<RequestOf<Op>> {
  const schema = requestSchemas[op] as unknown as z.ZodType<RequestOf<Op>>;
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  return {
    ok: false,
    error: { code: 'invalid-request', message: issues[0]?.message ?? 'The request is not valid.', issues },
  };
}

/** What the handlers call to do the work; main.ts supplies the real engine, tests a fake one. */
export type Handlers = {
  [Op in OperationName]: (request: RequestOf<Op>) => ResponseOf<Op> | Promise<ResponseOf<Op>>;
};

export interface HandlerDeps {
  handlers: Handlers;
  /** Defaults to isTrustedSender. */
  isTrustedSender?: (frame: SenderFrame | null | undefined) => boolean;
  /** Where refusals and failures are reported (main's console by default). */
  log?: (message: string) => void;
}

/** The part of Electron's IpcMain that registerHandlers uses. */
export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** The part of Electron's IpcMainInvokeEvent that a handler reads. */
export type InvokeEventLike = Pick<IpcMainInvokeEvent, 'senderFrame'> | { senderFrame: SenderFrame | null };

const FAILED: IpcError = {
  code: 'failed',
  message: 'lexgap could not complete this operation. Please try again; if it happens again, report the text that caused it.',
};

/**
 * Runs one operation for one IPC request: sender check, payload validation, then the handler. Never
 * throws: every outcome is an IpcResult.
 */
export async function handleRequest<Op extends OperationName>(
  op: Op,
  event: InvokeEventLike,
  payload: unknown,
  deps: HandlerDeps,
): Promise<IpcResult<ResponseOf<Op>>> {
  const trusted = deps.isTrustedSender ?? isTrustedSender;
  const log = deps.log ?? ((message: string) => console.warn(message));
  const frame = event.senderFrame as SenderFrame | null;
  if (!trusted(frame)) {
    log(`lexgap: refused ${op} from ${frame?.url ?? 'a closed frame'}`);
    return { ok: false, error: { code: 'forbidden-sender', message: 'This request did not come from the lexgap window.' } };
  }
  const request = validateRequest(op, payload);
  if (!request.ok) return request;
  try {
    const handler = deps.handlers[op] as (request: RequestOf<Op>) => ResponseOf<Op> | Promise<ResponseOf<Op>>;
    return { ok: true, value: await handler(request.value) };
  } catch (error) {
    log(`lexgap: ${op} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ok: false, error: FAILED };
  }
}

/**
 * Registers one handler per operation of the contract. Returns a function that removes them again.
 * Extra arguments after the payload are ignored: the contract has one argument per request.
 */
export function registerHandlers(ipcMain: IpcMainLike, deps: HandlerDeps): () => void {
  for (const op of OPERATIONS) {
    ipcMain.handle(channelFor(op), (event, payload: unknown) => handleRequest(op, event, payload, deps));
  }
  return () => {
    for (const op of OPERATIONS) ipcMain.removeHandler(channelFor(op));
  };
}
