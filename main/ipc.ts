/**
 * The main-process side of the IPC contract: one `ipcMain.handle` per operation, each of which checks that
 * the request comes from the app's own page and that its payload matches the operation's schema before the
 * operation runs; and the one push channel back to the page, whose messages are validated before they leave.
 * The checks are plain functions, tested without Electron (test/main/ipc.test.ts).
 *
 * This module imports Electron for types only, so it loads in plain Node.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { InputError, WorkStopped } from '../core/input-error.js';
import {
  channelFor,
  OPERATIONS,
  PUSH_CHANNEL,
  PushMessageSchema,
  SUBSCRIBE_CHANNEL,
  parseRequest,
  type IpcError,
  type IpcResult,
  type OperationName,
  type ParsedRequestOf,
  type PushMessage,
  type ResponseOf,
} from '../core/app/contract.js';

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
export function validateRequest<Op extends OperationName>(op: Op, payload: unknown): IpcResult<ParsedRequestOf<Op>> {
  const parsed = parseRequest(op, payload);
  return parsed.ok ? parsed : { ok: false, error: { code: 'invalid-request', problem: parsed.problem, issues: parsed.issues } };
}

/** The part of Electron's WebContents that pushes use. */
export interface PushTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed?(): boolean;
}

/** What a handler may use besides its request: who asked (for a dialog's parent window) and a push back to it. */
export interface HandlerContext {
  /** The WebContents that sent the request (unknown here: main.ts resolves its window). */
  sender: PushTarget | undefined;
  /** Sends a validated message to the page that made the request (held until that page has subscribed). */
  push(message: PushMessage): void;
}

/** What the handlers call to do the work; main.ts supplies the real ones (main/operations.ts), tests fakes. */
export type Handlers = {
  [Op in OperationName]: (request: ParsedRequestOf<Op>, context: HandlerContext) => ResponseOf<Op> | Promise<ResponseOf<Op>>;
};

export interface HandlerDeps {
  handlers: Handlers;
  /** Defaults to isTrustedSender. */
  isTrustedSender?: (frame: SenderFrame | null | undefined) => boolean;
  /** Where refusals and failures are reported (main's console by default). */
  log?: (message: string) => void;
  /** Where pushes go; registerHandlers creates one when absent. */
  pushes?: PushHub;
}

/** The part of Electron's IpcMain that registerHandlers uses. */
export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler' | 'on' | 'removeListener'>;

/** The part of Electron's IpcMainInvokeEvent that a handler reads. */
export type InvokeEventLike =
  | Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>
  | { senderFrame: SenderFrame | null; sender?: PushTarget };

const FAILED: IpcError = { code: 'failed', problem: { code: 'failed', params: {} } };

const defaultLog = (message: string) => console.warn(message);

/** The most pushes held for a page that has not subscribed yet; older ones are dropped first. */
export const MAX_HELD_PUSHES = 100;

/**
 * The push channel to pages. Every message is checked against the contract before it is sent, so a bug in
 * main cannot send the page something it does not expect. Messages for a page that has not subscribed yet are
 * held and delivered when it does (see SUBSCRIBE_CHANNEL).
 */
export class PushHub {
  private readonly subscribed = new WeakSet<PushTarget>();
  private readonly held = new WeakMap<PushTarget, PushMessage[]>();

  constructor(private readonly log: (message: string) => void = defaultLog) {}

  /** Validates and sends (or holds) one message; false when it was refused or the page is gone. */
  send(target: PushTarget | undefined, message: PushMessage): boolean {
    if (!target || target.isDestroyed?.()) return false;
    const parsed = PushMessageSchema.safeParse(message);
    if (!parsed.success) {
      this.log(`lexgap: refused to push an invalid ${String((message as { kind?: unknown })?.kind)} message: ${parsed.error.issues[0]?.message ?? ''}`);
      return false;
    }
    if (this.subscribed.has(target)) {
      target.send(PUSH_CHANNEL, parsed.data);
    } else {
      const queue = this.held.get(target) ?? [];
      queue.push(parsed.data as PushMessage);
      if (queue.length > MAX_HELD_PUSHES) queue.shift();
      this.held.set(target, queue);
    }
    return true;
  }

  /** The page has subscribed: deliver what was held for it, then send directly. */
  markSubscribed(target: PushTarget): void {
    this.subscribed.add(target);
    const queue = this.held.get(target);
    this.held.delete(target);
    if (!target.isDestroyed?.()) for (const message of queue ?? []) target.send(PUSH_CHANNEL, message);
  }

  /** The page is loading again (a reload): hold pushes until it subscribes anew. */
  reset(target: PushTarget): void {
    this.subscribed.delete(target);
  }

  isSubscribed(target: PushTarget): boolean {
    return this.subscribed.has(target);
  }
}

/**
 * Runs one operation for one IPC request: sender check, payload validation, then the handler. Never
 * throws: every outcome is an IpcResult. An InputError (a file the user chose is damaged, newer, too large...)
 * keeps its message, which is written for the user; anything else becomes a generic failure, logged in main.
 */
export async function handleRequest<Op extends OperationName>(
  op: Op,
  event: InvokeEventLike,
  payload: unknown,
  deps: HandlerDeps,
): Promise<IpcResult<ResponseOf<Op>>> {
  const trusted = deps.isTrustedSender ?? isTrustedSender;
  const log = deps.log ?? defaultLog;
  const frame = event.senderFrame as SenderFrame | null;
  if (!trusted(frame)) {
    log(`lexgap: refused ${op} from ${frame?.url ?? 'a closed frame'}`);
    return { ok: false, error: { code: 'forbidden-sender', problem: { code: 'forbidden-sender', params: {} } } };
  }
  const request = validateRequest(op, payload);
  if (!request.ok) return request;
  const sender = event.sender as PushTarget | undefined;
  const pushes = deps.pushes;
  const context: HandlerContext = {
    sender,
    push: (message) => {
      pushes?.send(sender, message);
    },
  };
  try {
    const handler = deps.handlers[op] as (request: ParsedRequestOf<Op>, context: HandlerContext) => ResponseOf<Op> | Promise<ResponseOf<Op>>;
    return { ok: true, value: await handler(request.value, context) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, error: { code: 'input', problem: error.problem } };
    // The page asked for the stop and says so itself; the problem is only what a page that did not ask would show.
    if (error instanceof WorkStopped) return { ok: false, error: { code: 'stopped', problem: { code: 'interrupted', params: {} } } };
    log(`lexgap: ${op} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ok: false, error: FAILED };
  }
}

/**
 * Registers one handler per operation of the contract, and the listener that tells the push hub a page has
 * subscribed. Returns a function that removes them again. Extra arguments after the payload are ignored: the
 * contract has one argument per request.
 */
export function registerHandlers(ipcMain: IpcMainLike, deps: HandlerDeps): { dispose: () => void; pushes: PushHub } {
  const trusted = deps.isTrustedSender ?? isTrustedSender;
  const log = deps.log ?? defaultLog;
  const pushes = deps.pushes ?? new PushHub(log);
  const withPushes: HandlerDeps = { ...deps, pushes };
  for (const op of OPERATIONS) {
    ipcMain.handle(channelFor(op), (event, payload: unknown) => handleRequest(op, event, payload, withPushes));
  }
  const onSubscribe = (event: { senderFrame: unknown; sender: unknown }) => {
    const frame = event.senderFrame as SenderFrame | null;
    if (!trusted(frame)) {
      log(`lexgap: refused a subscription from ${frame?.url ?? 'a closed frame'}`);
      return;
    }
    pushes.markSubscribed(event.sender as PushTarget);
  };
  ipcMain.on(SUBSCRIBE_CHANNEL, onSubscribe as Parameters<IpcMain['on']>[1]);
  return {
    pushes,
    dispose: () => {
      for (const op of OPERATIONS) ipcMain.removeHandler(channelFor(op));
      ipcMain.removeListener(SUBSCRIBE_CHANNEL, onSubscribe as Parameters<IpcMain['on']>[1]);
    },
  };
}
