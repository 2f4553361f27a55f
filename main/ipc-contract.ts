/**
 * The one IPC contract between the Electron main process and the preload bridge.
 *
 * Every operation the renderer may ask of main is named here, with a zod schema for its request and the
 * type of its response. Channel names are derived from operation names (`channelFor`), so no other file
 * spells a channel. Main validates every payload against these schemas (main/ipc.ts); the preload exposes
 * one function per operation (main/preload.ts).
 *
 * Answers travel as an `IpcResult`: either the value or a typed error in words a user can read. Errors
 * thrown across Electron IPC lose their type and gain a technical prefix, so handlers never throw.
 */
import { z } from 'zod';
import type { Analysis } from '../core/types.js';
import { Language } from '../model-law/schema.js';

/** The largest text main will analyse, in UTF-16 code units (about 1,500 pages of statute). */
export const MAX_TEXT_LENGTH = 5_000_000;

/** The longest file name accepted as a label for the analysed text. */
export const MAX_FILE_LABEL_LENGTH = 255;

export const LanguageOption = /* @__PURE__ */ z.union([/* @__PURE__ */ z.literal('auto'), Language], {
  error: 'The language must be auto, en, fr, es, ar, ru or zh.',
});
export type LanguageOption = z.infer<typeof LanguageOption>;

export const AnalyzeTextRequest = /* @__PURE__ */ z
  .object({
    text: z
      .string({ error: 'The text of the law is missing.' })
      .max(MAX_TEXT_LENGTH, { error: `The text is too long: lexgap analyses up to ${MAX_TEXT_LENGTH.toLocaleString('en')} characters at a time.` })
      .refine((text) => text.trim().length > 0, { error: 'The text of the law is empty.' }),
    file: z
      .string({ error: 'The name of the text is missing.' })
      .trim()
      .min(1, { error: 'The name of the text is empty.' })
      .max(MAX_FILE_LABEL_LENGTH, { error: 'The name of the text is too long.' })
      // eslint-disable-next-line no-control-regex
      .refine((file) => !/[\u0000-\u001f\u007f]/.test(file), { error: 'The name of the text contains control characters.' }),
    language: LanguageOption.optional(),
  })
  .strict();
export type AnalyzeTextRequest = z.infer<typeof AnalyzeTextRequest>;

/** getSampleLaw takes no argument. */
export const GetSampleLawRequest = /* @__PURE__ */ z.undefined({ error: 'This operation takes no argument.' });
export type GetSampleLawRequest = z.infer<typeof GetSampleLawRequest>;

/** A bundled law to try the tool on. */
export interface SampleLaw {
  file: string;
  text: string;
}

/** The request schema of every operation. Add an operation here, then its response type below. */
export const requestSchemas = {
  analyzeText: AnalyzeTextRequest,
  getSampleLaw: GetSampleLawRequest,
} as const;

export type OperationName = keyof typeof requestSchemas;

/** The response type of every operation (the `value` of a successful IpcResult). */
export interface ResponseTypes {
  analyzeText: Analysis;
  getSampleLaw: SampleLaw;
}

// Compile-time check: every operation has a response type, and no response type lacks a schema.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const _contractIsComplete: SameKeys<typeof requestSchemas, ResponseTypes> = true;
void _contractIsComplete;

/** Every operation, listed as data so the preload can build its API without the schemas. */
export const OPERATIONS = ['analyzeText', 'getSampleLaw'] as const satisfies readonly OperationName[];
const _operationsAreComplete: SameKeys<Record<(typeof OPERATIONS)[number], true>, ResponseTypes> = true;
void _operationsAreComplete;

export type RequestOf<Op extends OperationName> = z.infer<(typeof requestSchemas)[Op]>;
export type ResponseOf<Op extends OperationName> = ResponseTypes[Op];

/** The prefix of every lexgap channel; main refuses nothing else because it registers nothing else. */
export const CHANNEL_PREFIX = 'lexgap:';

export type Channel<Op extends OperationName = OperationName> = `${typeof CHANNEL_PREFIX}${Op}`;

export function channelFor<Op extends OperationName>(op: Op): Channel<Op> {
  return `${CHANNEL_PREFIX}${op}`;
}

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && (OPERATIONS as readonly string[]).includes(name);
}

/** Why main refused or failed an operation. */
export type IpcErrorCode =
  /** The request came from a frame that is not the app's own page. */
  | 'forbidden-sender'
  /** The payload does not match the operation's schema. */
  | 'invalid-request'
  /** The operation ran and failed. */
  | 'failed';

export interface IpcIssue {
  /** Where in the request, e.g. "text" or "language"; empty for the request as a whole. */
  path: string;
  message: string;
}

export interface IpcError {
  code: IpcErrorCode;
  /** One sentence a user can read. */
  message: string;
  issues?: IpcIssue[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The API the preload exposes as `window.lexgap`: one function per operation. */
export type LexgapApi = {
  [Op in OperationName]: RequestOf<Op> extends undefined
    ? () => Promise<IpcResult<ResponseOf<Op>>>
    : (request: RequestOf<Op>) => Promise<IpcResult<ResponseOf<Op>>>;
};

/** The name under which the preload exposes the API in the renderer's main world. */
export const API_KEY = 'lexgap';
