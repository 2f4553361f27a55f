/**
 * A save that fails part-way (a full disk, a failed flush, a failed rename) leaves the previous project file
 * exactly as it was and no temporary file beside it. The file system is the real one; only the failure is
 * injected, into the calls core/node/write.ts makes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { english } from '../support/words.js';
import { InputError } from '../../core/input-error.js';
import { parseProject } from '../../core/project.js';
import { writeProjectFile } from '../../main/projects.js';
import { sampleProject, tempDir } from './support.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, open: vi.fn(actual.open), rename: vi.fn(actual.rename) };
});

const actual = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');
const failure = (code: string) => Object.assign(new Error(`simulated ${code}`), { code });

let dir: string;
let cleanup: () => void;
let file: string;
const PREVIOUS = '{"format":"lexgap-project","previous":true}\n';

beforeEach(() => {
  ({ dir, cleanup } = tempDir('atomic'));
  file = path.join(dir, 'act.lexgap');
  writeFileSync(file, PREVIOUS);
});

afterEach(() => {
  vi.mocked(fsp.open).mockReset().mockImplementation(actual.open);
  vi.mocked(fsp.rename).mockReset().mockImplementation(actual.rename);
  cleanup();
});

/** A handle on the real temporary file that writes half the data, then fails as `step` says. */
function failingHandle(step: 'write' | 'sync') {
  vi.mocked(fsp.open).mockImplementationOnce(async (target, flags) => {
    const handle = await actual.open(target, flags);
    return {
      writeFile: async (data: string | Uint8Array) => {
        await handle.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, data.length / 2));
        if (step === 'write') throw failure('ENOSPC');
      },
      sync: async () => {
        if (step === 'sync') throw failure('EIO');
      },
      close: () => handle.close(),
    } as unknown as fsp.FileHandle;
  });
}

const expectUntouched = () => {
  expect(readFileSync(file, 'utf8')).toBe(PREVIOUS);
  expect(readdirSync(dir)).toEqual(['act.lexgap']);
};

describe('saving a project atomically', () => {
  it('writes the whole project when nothing fails', async () => {
    await writeProjectFile(file, sampleProject(), { now: new Date('2025-02-03T04:05:06.000Z') });
    const saved = parseProject(readFileSync(file, 'utf8'));
    expect(saved.savedAt).toBe('2025-02-03T04:05:06.000Z');
    expect(saved.law.text).toBe(sampleProject().law.text);
    expect(readdirSync(dir)).toEqual(['act.lexgap']);
  });

  it('a full disk half-way leaves the previous file intact and no temporary file', async () => {
    failingHandle('write');
    const error = await writeProjectFile(file, sampleProject()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(english(error)).toMatch(/the disk is full/);
    expectUntouched();
  });

  it('a failed flush leaves the previous file intact and no temporary file', async () => {
    failingHandle('sync');
    await expect(writeProjectFile(file, sampleProject())).rejects.toBeInstanceOf(InputError);
    expectUntouched();
  });

  it('a failed rename leaves the previous file intact and no temporary file', async () => {
    vi.mocked(fsp.rename).mockRejectedValueOnce(failure('EACCES'));
    expect(english(await writeProjectFile(file, sampleProject()).catch((e: unknown) => e))).toMatch(/cannot be written/);
    expectUntouched();
  });
});
