/**
 * The command line's output paths, checked before any work is done so that no output is written when another
 * cannot be, and so that no output ever replaces what the command reads or writes besides: not the law (or
 * either version, or any of the laws), not another output of the same command, and nothing but a regular file
 * (a symbolic link, a pipe, a device). The same file is recognised however it is spelt: a relative or absolute
 * path, "..", a link in the folders above, a hard link, a different case where the file system ignores case.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, type ProblemParams } from '../core/input-error.js';

export interface Output {
  /** The option that names it: "--json", "--report", "--csv". */
  option: string;
  path: string;
  /** A file name to suggest when the path is a folder. */
  example: string;
}

const statOf = (path: string) => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};

/** The path with its folders' links resolved (the file itself may not exist yet). */
function canonical(path: string, caseless: boolean): string {
  const full = resolve(path);
  let real: string;
  try {
    real = join(realpathSync(dirname(full)), basename(full));
  } catch {
    real = full;
  }
  return caseless ? real.toLowerCase() : real;
}

/** The identity of an existing file (device and inode), which hard links share. */
function identity(path: string): string | undefined {
  const info = statOf(path);
  return info ? `${info.dev}:${info.ino}` : undefined;
}

/** Why the output cannot be written, as the context of the unwritable-output message, with its data. */
function cannot(path: string, context: string, more: ProblemParams = {}): InputError {
  return new InputError('unwritable-output', { file: path, context, ...more });
}

/**
 * Refuses outputs that cannot or must not be written; `inputs` are the laws the command reads ("-" for standard
 * input is skipped).
 */
export function checkOutputs(outputs: readonly Output[], inputs: readonly string[], platform: NodeJS.Platform = process.platform): void {
  const caseless = platform === 'win32' || platform === 'darwin';
  const laws = inputs.filter((f) => f !== '-').map((f) => ({ file: f, key: canonical(f, caseless), id: identity(f) }));
  const seen: { option: string; key: string; id?: string }[] = [];
  for (const { option, path, example } of outputs) {
    if (!path.trim() || path.includes('\0')) throw cannot(path, 'bad-name');
    let link;
    try {
      link = lstatSync(path);
    } catch {
      link = undefined;
    }
    if (link?.isSymbolicLink()) throw cannot(path, 'link');
    if (link?.isDirectory()) throw cannot(path, 'folder', { example: join(path, example) });
    if (link && !link.isFile()) throw cannot(path, 'special');
    if (!statOf(dirname(resolve(path)))?.isDirectory()) throw cannot(path, 'no-folder');
    const key = canonical(path, caseless);
    const id = identity(path);
    const law = laws.find((l) => l.key === key || (id !== undefined && l.id === id));
    if (law) throw cannot(path, 'is-input', { input: law.file, option });
    const twice = seen.find((s) => s.key === key || (id !== undefined && s.id === id));
    if (twice) throw cannot(path, 'collide', { first: twice.option, option });
    seen.push({ option, key, ...(id ? { id } : {}) });
  }
}
