/**
 * Writing an output file whole or not at all: write a temporary file beside it, flush it to disk, then rename
 * it over the target. A crash or a full disk never leaves half a report or a damaged project.
 */
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../input-error.js';

export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw new InputError('unwritable-output', { file: path, ...((err as NodeJS.ErrnoException).code === 'ENOSPC' ? { context: 'disk-full' } : {}) });
  }
}
