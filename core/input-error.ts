/**
 * A problem with what the user gave us, worded for them: what is wrong with which file and what to do.
 * The CLI prints the message as its one line; the app shows it in place of the analysis.
 */
export class InputError extends Error {
  constructor(
    message: string,
    /** A stable name for the kind of problem, for tests and diagnostics. */
    readonly rule: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** The error for a text past the limit on one law's length (core/limits.ts). */
export function textTooLong(file: string, length: number, limit: number): InputError {
  const n = (x: number) => x.toLocaleString('en-US');
  return new InputError(`${file} is too long: its text runs to ${length > limit ? `over ${n(limit)}` : n(length)} characters, and lexgap analyses up to ${n(limit)} at a time. Split the law into parts and analyse each.`, 'too-long');
}
