/** Runs the real `lexgap` command (bin/lexgap.js) as a user would, capturing its streams and exit code. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

/**
 * The environment the command runs in: this process's, in the locale `locale` (English, "C", unless a test asks
 * for another), whatever the machine's own locale is.
 */
export function localeEnv(locale = 'C'): NodeJS.ProcessEnv {
  const { LC_ALL: _all, LC_MESSAGES: _messages, LANGUAGE: _language, ...env } = process.env;
  return { ...env, LANG: locale };
}

export interface RunOptions {
  input?: string | Buffer;
  /** Milliseconds; a report's layout takes seconds on a busy machine. */
  timeout?: number;
  env?: NodeJS.ProcessEnv;
}

export function lexgap(args: string[], inputOrOptions?: string | Buffer | RunOptions) {
  const options: RunOptions = typeof inputOrOptions === 'string' || Buffer.isBuffer(inputOrOptions) ? { input: inputOrOptions } : (inputOrOptions ?? {});
  const r = spawnSync(process.execPath, [`${ROOT}bin/lexgap.js`, ...args], {
    input: options.input,
    encoding: 'utf8',
    cwd: ROOT,
    timeout: options.timeout ?? 60_000,
    env: options.env ?? localeEnv(),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
