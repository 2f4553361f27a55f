/**
 * Writing an output file whole or not at all: write a temporary file beside it (a name no other write can take),
 * flush it to disk, rename it over the target, then flush the folder so that the rename itself survives a power
 * cut. A crash or a full disk never leaves half a report or a damaged project; a temporary file left by a crash
 * is removed the next time the same file is written (or, for the app's own folder, when the app starts).
 *
 * Only a regular file is ever replaced: a symbolic link (whose target would be left stale), a pipe or a device
 * at the path is refused with the user's message, as is a path that is a folder.
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../input-error.js';

const TEMP = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Why a write failed, from the system's error code: the context of the unwritable-output message. */
export function writeProblem(code: string | undefined): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EROFS':
      return 'read-only';
    case 'EACCES':
    case 'EPERM':
      return 'not-allowed';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'busy';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no-folder';
    case 'EISDIR':
      return 'is-folder';
    case 'ENAMETOOLONG':
      return 'name-too-long';
    default:
      return 'system';
  }
}

/** The error for a write the system refused, with the reason as its code ("EIO") where it has no words. */
export function unwritable(path: string, code: string | undefined): InputError {
  const context = writeProblem(code);
  return new InputError('unwritable-output', { file: path, context, ...(context === 'system' ? { reason: code ?? '?' } : {}) });
}

/**
 * Refuses what sits at `path` when it is not a regular file: a symbolic link, a pipe, a device, a socket, a
 * folder. Nothing there, or a regular file, is fine.
 */
export async function checkReplaceable(path: string): Promise<void> {
  let info;
  try {
    info = await lstat(path);
  } catch {
    return;
  }
  if (info.isSymbolicLink())
    throw new InputError('unwritable-output', { file: path, context: 'link' });
  if (info.isDirectory()) throw new InputError('unwritable-output', { file: path, context: 'is-folder' });
  if (!info.isFile()) throw new InputError('unwritable-output', { file: path, context: 'special' });
}

/** Flushes a folder's entries (the rename) to disk; where the system cannot (Windows), the rename stands as is. */
async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder for this; its file system journals renames itself.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Whether the process that wrote a temporary file is still running (it may still be writing it). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files that a write killed halfway left in `dir` (for the file `only` names, or all of them):
 * those whose writing process is gone. Returns how many were removed.
 */
export async function removeStaleTemps(dir: string, only?: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || (only !== undefined && m[1] !== only) || alive(Number(m[2]))) continue;
    await rm(join(dir, name), { force: true }).then(() => removed++, () => undefined);
  }
  return removed;
}

export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await checkReplaceable(path);
  const tmp = tempName(path);
  try {
    // 'wx': the name is new; should it exist all the same, fail rather than write into someone else's file.
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw unwritable(path, (err as NodeJS.ErrnoException).code);
  }
  await syncFolder(dirname(path));
  await removeStaleTemps(dirname(path), basename(path));
}
