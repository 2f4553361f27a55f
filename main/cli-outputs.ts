/**
 * The command line's output paths, checked before any work is done so that no output is written when another
 * cannot be, and so that no output ever replaces what the command reads or writes besides: not the law (or
 * either version, or any of the laws), not another output of the same command, and nothing but a regular file
 * (a symbolic link, a pipe, a device). The same file is recognised however it is spelt: a relative or absolute
 * path, "..", a link in the folders above, a hard link, a different case where the file system ignores case.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../core/input-error.js';

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

function cannot(path: string, reason: string, rule = 'unwritable-output'): InputError {
  return new InputError(`Cannot write ${path}: ${reason}.`, rule);
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
    if (!path.trim() || path.includes('\0')) throw cannot(path, 'that is not a usable file name. Choose another name');
    let link;
    try {
      link = lstatSync(path);
    } catch {
      link = undefined;
    }
    if (link?.isSymbolicLink())
      throw cannot(path, 'it is a symbolic link, and lexgap does not write through links (the file it points to would be left as it was). Give the path of the file itself, or another name', 'output-is-link');
    if (link?.isDirectory()) throw cannot(path, `it is a folder. Give a file name, such as ${join(path, example)}`);
    if (link && !link.isFile()) throw cannot(path, 'it is not a regular file (a pipe, a device or a socket). Give the name of a file', 'output-not-a-file');
    if (!statOf(dirname(resolve(path)))?.isDirectory()) throw cannot(path, 'the folder does not exist. Create it or choose another location');
    const key = canonical(path, caseless);
    const id = identity(path);
    const law = laws.find((l) => l.key === key || (id !== undefined && l.id === id));
    if (law)
      throw cannot(path, `it is the law being read (${law.file}), which lexgap never replaces. Give ${option} another file name`, 'output-is-input');
    const twice = seen.find((s) => s.key === key || (id !== undefined && s.id === id));
    if (twice) throw cannot(path, `${twice.option} and ${option} name the same file, and one would replace the other. Give each its own file name`, 'outputs-collide');
    seen.push({ option, key, ...(id ? { id } : {}) });
  }
}
