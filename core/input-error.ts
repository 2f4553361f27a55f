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
