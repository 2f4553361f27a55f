/**
 * A save that fails part-way (a full disk, a failed flush, a failed rename) leaves the previous project file
 * exactly as it was and no temporary file beside it. The file system is the real one; only the failure is
 * injected, into the calls core/node/write.ts makes.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { english } from '../support/words.js';
import { InputError } from '../../core/input-error.js';
import { removeStaleTemps, writeAtomic } from '../../core/node/write.js';
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
    expect(english(await writeProjectFile(file, sampleProject()).catch((e: unknown) => e))).toMatch(/not allowed to write there/);
    expectUntouched();
  });
});

/** The English words of the problem a write ends in; none when it succeeds. */
const wordsOf = (write: Promise<unknown>) => write.then(() => '', (e: unknown) => english(e));

describe('writeAtomic', () => {
  it.each([
    ['EBUSY', /the file is open in another program/],
    ['EPERM', /not allowed to write there .*open in another program/],
    ['EROFS', /the disk is read-only/],
    ['EDQUOT', /the disk is full/],
    ['ENAMETOOLONG', /the name is too long/],
    ['ENOENT', /the folder does not exist/],
    ['EWHATEVER', /the system refused the write \(EWHATEVER\)/],
  ])('says why a rename failed (%s), in words, and leaves the previous file', async (code, words) => {
    vi.mocked(fsp.rename).mockRejectedValueOnce(failure(code));
    expect(await wordsOf(writeAtomic(file, 'new'))).toMatch(words);
    expectUntouched();
  });

  it('flushes the folder after the rename, so that the rename itself survives a power cut', async () => {
    await writeAtomic(file, 'new');
    expect(vi.mocked(fsp.open).mock.calls.map(([target, flags]) => [target, flags])).toContainEqual([dir, 'r']);
  });

  it('gives two writes in one millisecond different temporary names, created exclusively', async () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    await Promise.all([writeAtomic(path.join(dir, 'a.json'), 'a'), writeAtomic(path.join(dir, 'a.json'), 'b')]);
    now.mockRestore();
    const temps = vi.mocked(fsp.open).mock.calls.filter(([, flags]) => flags === 'wx').map(([target]) => String(target));
    expect(temps).toHaveLength(2);
    expect(new Set(temps).size).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'act.lexgap']);
  });

  it("removes the temporary files a killed write of the same file left, not a running one's", async () => {
    const stale = path.join(dir, '.act.lexgap.999999999.0123456789ab.tmp');
    const running = path.join(dir, `.act.lexgap.${process.pid}.0123456789ab.tmp`);
    const other = path.join(dir, '.other.json.999999999.0123456789ab.tmp');
    for (const f of [stale, running, other]) writeFileSync(f, 'half');
    await writeAtomic(file, 'new');
    expect(readdirSync(dir).sort()).toEqual(['.act.lexgap.' + process.pid + '.0123456789ab.tmp', '.other.json.999999999.0123456789ab.tmp', 'act.lexgap']);
    expect(await removeStaleTemps(dir)).toBe(1);
  });

  it('replaces only a regular file: never a symbolic link, a pipe or a folder', async () => {
    const target = path.join(dir, 'target.json');
    writeFileSync(target, 'keep');
    symlinkSync(target, path.join(dir, 'link.json'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.json')]);
    mkdirSync(path.join(dir, 'folder.json'));
    expect(await wordsOf(writeAtomic(path.join(dir, 'link.json'), 'x'))).toMatch(/link\.json: it is a symbolic link/);
    expect(await wordsOf(writeAtomic(path.join(dir, 'pipe.json'), 'x'))).toMatch(/pipe\.json: it is not a regular file/);
    expect(await wordsOf(writeAtomic(path.join(dir, 'folder.json'), 'x'))).toMatch(/folder\.json: it is a folder/);
    expect(readFileSync(target, 'utf8')).toBe('keep');
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(dir, 'pipe.json')).isFIFO()).toBe(true);
  });
});
