/**
 * A problem with what the user gave us, as a code with data (which file, which limit, which kind of document),
 * never as a sentence: the edges word it in the user's language from the catalogue's errors namespace
 * (core/i18n/problems.ts). The CLI prints it as its one line; the app shows it in place of the analysis.
 */
import enErrors from '../locales/en/errors.json';

/** The codes of the errors namespace: its keys that hold words, without their context or plural ending. */
export type ErrorCode = {
  [K in keyof typeof enErrors]: (typeof enErrors)[K] extends string ? (K extends `${infer Code}_${string}` ? Code : K) : never;
}[keyof typeof enErrors];

/** Who a message is about when there is no file name: standard input, a project, a comparison... */
export type Subject = 'stdin' | 'project' | 'comparison' | 'recovered' | 'kept-comparison';

/**
 * The data a message is worded from. `context` picks a variant of the message (i18next's context), `count`
 * its plural form; `file` names the file, or `subject` says what stands in for it, and `law` is the place of
 * a law inside a comparison file.
 */
export interface ProblemParams {
  file?: string;
  subject?: Subject;
  law?: number;
  context?: string;
  count?: number;
  [name: string]: string | number | undefined;
}

export interface Problem {
  code: ErrorCode;
  params: ProblemParams;
}

export class InputError extends Error implements Problem {
  constructor(
    readonly code: ErrorCode,
    readonly params: ProblemParams = {},
  ) {
    // The message is for logs and stack traces only: data, not words.
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'InputError';
  }

  get problem(): Problem {
    return { code: this.code, params: this.params };
  }
}

/** Whether a string is a code of the errors namespace (with or without a context). */
export function isErrorCode(value: string): value is ErrorCode {
  return typeof (enErrors as Record<string, unknown>)[value] === 'string' || typeof (enErrors as Record<string, unknown>)[`${value}_other`] === 'string';
}

/** Whether a value that crossed a boundary (a worker, IPC) is a problem in this shape. */
export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const { code, params } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof params === 'object' && params !== null && Object.values(params).every((v) => v === undefined || typeof v === 'string' || typeof v === 'number');
}

/** How a function that reads a file is told what to call it: its name, or what stands in for one. */
export type FileName = string | { file?: string; subject?: Subject; law?: number };

/** The params that name the file in a message; `subject` stands in where no name was given. */
export function named(name: FileName | undefined, subject?: Subject): ProblemParams {
  if (typeof name === 'string') return { file: name };
  return { ...(subject ? { subject } : {}), ...name };
}

/** The error for a text past the limit on one law's length (core/limits.ts). */
export function textTooLong(file: FileName | undefined, limit: number): InputError {
  return new InputError('text-too-long', { ...named(file), limit, context: 'file' });
}

/**
 * The person stopped the work (Stop while a document is read or a law analysed): not a failure and not a problem
 * with their input, so it carries no words; the page says the work was stopped, as it does for its own worker.
 */
export class WorkStopped extends Error {
  constructor() {
    super('stopped');
    this.name = 'WorkStopped';
  }
}
