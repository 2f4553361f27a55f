import { existsSync, readFileSync, statSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { english } from '../support/words.js';
import { InputError } from '../../core/input-error.js';
import { PROJECT_SCHEMA_VERSION, serializeProject } from '../../core/project.js';
import { serializeRegion } from '../../core/region.js';
import { VERSION } from '../../core/version.js';
import { MAX_REGION_LENGTH } from '../../core/app/contract.js';
import {
  AppStore,
  compareVersions,
  MAX_RECENT,
  MAX_REGION_BYTES,
  readProjectFile,
  readRegionFile,
  safeFileName,
  savedByNewerVersion,
  suggestedProjectName,
  withExtension,
  writeProjectFile,
} from '../../main/projects.js';
import { sampleProject, tempDir } from './support.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('projects')));
afterEach(() => cleanup());

const project = sampleProject();
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};
const newerProject = (changes: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(serializeProject(project)), ...changes });

describe('compareVersions', () => {
  it.each([
    ['0.1.0', '0.1.0', 0],
    ['0.2.0', '0.1.9', 1],
    ['0.10.0', '0.9.0', 1],
    ['1.0', '1.0.1', -1],
    ['1.0.0-beta.1', '1.0.0', 0],
    ['garbage', '0.0.0', 0],
  ])('%s vs %s -> %i', (a, b, sign) => expect(compareVersions(a, b)).toBe(sign));
});

describe('readProjectFile', () => {
  it('opens a current project, with a byte-order mark too', async () => {
    const file = write('act.lexgap', `\uFEFF${serializeProject(project)}`);
    expect((await readProjectFile(file)).law.file).toBe('firearms-act.txt');
  });

  it('migrates a version-0 file (decisions were "overrides") and leaves the file as it was', async () => {
    const { format: _f, schemaVersion: _v, decisions: _d, ...rest } = JSON.parse(serializeProject(project));
    const v0 = JSON.stringify({ ...rest, overrides: [{ element: 'fp.7', status: 'partial', decidedAt: '2025-01-01T00:00:00Z' }] });
    const file = write('old.lexgap', v0);
    const opened = await readProjectFile(file);
    expect(opened.schemaVersion).toBe(PROJECT_SCHEMA_VERSION);
    expect(opened.decisions).toEqual([{ element: 'fp.7', status: 'partial', decidedAt: '2025-01-01T00:00:00Z' }]);
    expect(readFileSync(file, 'utf8')).toBe(v0);
  });

  const refusals: Array<[string, () => string, RegExp, string]> = [
    ['a newer schema', () => write('new.lexgap', newerProject({ schemaVersion: PROJECT_SCHEMA_VERSION + 1, savedBy: '9.0.0' })), /newer version of lexgap \(9\.0\.0\).*has not been changed/, 'newer-project'],
    ['damaged JSON', () => write('bad.lexgap', '{"format": "lexgap-project", '), /damaged.*not valid JSON/, 'damaged-project'],
    ['a damaged project', () => write('bad.lexgap', newerProject({ law: { file: 'a.txt' } })), /damaged and cannot be opened \(law/, 'damaged-project'],
    ['another format', () => write('other.lexgap', '{"format": "something-else"}'), /is not a lexgap project/, 'not-a-project'],
    ['a missing file', () => path.join(dir, 'gone.lexgap'), /moved or deleted/, 'unreadable'],
    ['a folder', () => (mkdirSync(path.join(dir, 'folder.lexgap')), path.join(dir, 'folder.lexgap')), /is a folder/, 'not-a-file'],
  ];
  it.each(refusals)('refuses %s with a plain message and never touches the file', async (_name, make, message, rule) => {
    const file = make();
    const before = existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
    const error = await readProjectFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe(rule);
    expect(english(error)).toMatch(message);
    expect(english(error)).not.toContain(dir); // names the file, not the folder it is in
    if (before !== undefined) expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('writeProjectFile', () => {
  it.each([
    ['a newer schema', { schemaVersion: PROJECT_SCHEMA_VERSION + 1, savedBy: '9.0.0' }],
    ['a newer lexgap with the same schema', { savedBy: '99.0.0' }],
  ])('refuses to overwrite a file saved by %s, and leaves it untouched', async (_name, changes) => {
    const text = newerProject(changes);
    const file = write('theirs.lexgap', text);
    expect(await savedByNewerVersion(file)).toBeDefined();
    const error = await writeProjectFile(file, project).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(english(error)).toMatch(/newer version of lexgap .* will not replace it.*Save As/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('overwrites a project from this or an older lexgap, and a file that is not a project', async () => {
    for (const [name, text] of [
      ['same.lexgap', serializeProject(project)],
      ['older.lexgap', newerProject({ savedBy: '0.0.1' })],
      ['other.lexgap', 'not json'],
    ] as const) {
      const file = write(name, text);
      expect(await savedByNewerVersion(file)).toBeUndefined();
      await writeProjectFile(file, project, { now: new Date('2030-01-01T00:00:00Z') });
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ savedBy: VERSION, savedAt: '2030-01-01T00:00:00.000Z' });
    }
  });
});

describe('file names', () => {
  it('adds the extension only when it is missing', () => {
    expect(withExtension('/d/act', '.lexgap')).toBe('/d/act.lexgap');
    expect(withExtension('/d/act.LEXGAP', '.lexgap')).toBe('/d/act.LEXGAP');
    expect(withExtension('/d/act.v2', '.lexgap')).toBe('/d/act.v2.lexgap');
  });

  it('makes safe file names from labels', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\x\\Report: "draft"?.docx')).toBe('Report_ _draft__.docx');
    expect(safeFileName('...')).toBe('lexgap');
    expect(safeFileName('Loi n° 2021-12 sur les armes')).toBe('Loi n° 2021-12 sur les armes');
  });

  it('suggests the title, else the law file, for a new project', () => {
    expect(suggestedProjectName(project, 'Untitled')).toBe('Firearms Act.lexgap');
    expect(suggestedProjectName({ ...project, meta: { createdAt: project.meta.createdAt } }, 'Untitled')).toBe('firearms-act.lexgap');
  });
});

describe('AppStore: session, autosave and recovery', () => {
  const clock = (iso: string) => () => new Date(iso);

  it('knows a clean exit from a crash by the session marker', () => {
    const store = new AppStore(dir);
    expect(store.startSession()).toEqual({ previousEndedCleanly: true });
    expect(existsSync(store.sessionFile)).toBe(true);
    store.endSession();
    expect(existsSync(store.sessionFile)).toBe(false);
    expect(new AppStore(dir).startSession()).toEqual({ previousEndedCleanly: true });
    // This session is killed: no endSession. The next one finds the marker.
    expect(new AppStore(dir).startSession()).toEqual({ previousEndedCleanly: false });
  });

  it('autosaves atomically into autosave/current.lexgap, with where the project was saved', async () => {
    const store = new AppStore(dir, { now: clock('2025-03-01T10:00:00.000Z') });
    await store.autosave(project, '/docs/act.lexgap');
    expect(store.autosaveFile).toBe(path.join(dir, 'autosave', 'current.lexgap'));
    expect(JSON.parse(readFileSync(store.autosaveFile, 'utf8'))).toMatchObject({ format: 'lexgap-project', savedAt: '2025-03-01T10:00:00.000Z' });
    expect(JSON.parse(readFileSync(store.autosaveNoteFile, 'utf8'))).toEqual({ location: '/docs/act.lexgap', autosavedAt: '2025-03-01T10:00:00.000Z' });
  });

  it('offers the autosave after a crash (the marker was left), with its location', async () => {
    const saved = write('act.lexgap', serializeProject(project));
    const first = new AppStore(dir, { now: clock('2020-01-01T00:00:00.000Z') });
    first.startSession();
    await first.autosave({ ...project, decisions: [{ element: 'fp.7', status: 'covered', decidedAt: '2025-01-01T00:00:00Z' }] }, saved);
    // crash: no endSession
    const next = new AppStore(dir);
    const { previousEndedCleanly } = next.startSession();
    expect(previousEndedCleanly).toBe(false);
    const work = await next.recovery(previousEndedCleanly);
    expect(work?.project.decisions).toHaveLength(1);
    expect(work?.location).toBe(saved);
    expect(work?.savedAt).toBe('2020-01-01T00:00:00.000Z');
  });

  it('after a clean exit, offers the autosave only if it is newer than the last save', async () => {
    const saved = write('act.lexgap', serializeProject(project));
    const store = new AppStore(dir, { now: clock('2025-06-01T12:00:00.000Z') });
    await store.autosave(project, saved);
    utimesSync(saved, new Date('2025-06-01T11:00:00Z'), new Date('2025-06-01T11:00:00Z'));
    expect(await store.recovery(true)).toBeDefined(); // autosaved after the last save
    utimesSync(saved, new Date('2025-06-01T13:00:00Z'), new Date('2025-06-01T13:00:00Z'));
    expect(await store.recovery(true)).toBeUndefined(); // saved after the autosave: nothing to recover
    expect(await store.recovery(false)).toBeDefined(); // but a crash always offers it
  });

  it('offers a never-saved project, and one whose saved file is gone', async () => {
    const store = new AppStore(dir);
    await store.autosave(project);
    expect((await store.recovery(true))?.location).toBeUndefined();
    await store.autosave(project, path.join(dir, 'deleted.lexgap'));
    expect((await store.recovery(true))?.location).toBe(path.join(dir, 'deleted.lexgap'));
  });

  it('forgets the autosave when discarded, and has nothing to offer with no autosave', async () => {
    const store = new AppStore(dir);
    expect(await store.recovery(false)).toBeUndefined();
    await store.autosave(project);
    await store.discardRecovery();
    expect(existsSync(store.autosaveFile)).toBe(false);
    expect(existsSync(store.autosaveNoteFile)).toBe(false);
    expect(await store.recovery(false)).toBeUndefined();
    await store.discardRecovery(); // twice is fine
  });

  it('keeps but does not offer a damaged or newer autosave', async () => {
    const log = vi.fn();
    const store = new AppStore(dir, { log });
    write('autosave/current.lexgap', newerProject({ schemaVersion: PROJECT_SCHEMA_VERSION + 1 }));
    expect(await store.recovery(false)).toBeUndefined();
    expect(existsSync(store.autosaveFile)).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('newer version'));
  });

  it('runs autosaves one at a time: the last one wins', async () => {
    const store = new AppStore(dir);
    await Promise.all([1, 2, 3, 4, 5].map((n) => store.autosave({ ...project, meta: { ...project.meta, title: `v${n}` } })));
    expect((await store.recovery(false))?.project.meta.title).toBe('v5');
  });
});

describe('regional comparisons', () => {
  it('keeps only what can be restored: the longest comparison main accepts fits the read limit in UTF-8', () => {
    expect(MAX_REGION_LENGTH * 3).toBeLessThanOrEqual(MAX_REGION_BYTES);
  });

  it('reads a comparison file and refuses a folder or a damaged file with a plain message', async () => {
    const json = serializeRegion([project]);
    expect(await readRegionFile(write('r.lexgap-region.json', json))).toEqual({ name: 'r.lexgap-region.json', text: json });
    mkdirSync(path.join(dir, 'folder.json'));
    expect(english(await readRegionFile(path.join(dir, 'folder.json')).catch((e: unknown) => e))).toMatch(/folder\.json is a folder, not a lexgap comparison/);
    expect(english(await readRegionFile(write('bad.json', '[1,')).catch((e: unknown) => e))).toMatch(/bad\.json is damaged and cannot be opened/);
  });

  it('keeps the comparison atomically beside the autosave, and restores nothing when there is none', async () => {
    const store = new AppStore(dir);
    expect(await store.restoreRegion()).toBeUndefined();
    const json = serializeRegion([project]);
    await store.autosaveRegion(json);
    expect(store.regionFile).toBe(path.join(dir, 'autosave', 'region.lexgap-region.json'));
    expect(await store.restoreRegion()).toBe(json);
  });
});

describe('AppStore: recent list', () => {
  let tick = 0;
  const store = () => new AppStore(dir, { now: () => new Date(Date.UTC(2025, 0, 1, 0, 0, tick++)), platform: 'linux' });
  const projectFile = (name: string) => write(name, serializeProject(project));

  it('puts the latest first, without duplicates, keeping country and title', async () => {
    const s = store();
    const a = projectFile('a.lexgap');
    const b = projectFile('b.lexgap');
    await s.addRecent(a, project);
    await s.addRecent(b, { meta: { ...project.meta, country: 'Kestria' } });
    await s.addRecent(a, project);
    const recent = await s.recent();
    expect(recent.map((r) => r.name)).toEqual(['a.lexgap', 'b.lexgap']);
    expect(recent[0]).toMatchObject({ path: a, title: 'Firearms Act' });
    expect(recent[1]).toMatchObject({ country: 'Kestria' });
    expect(JSON.parse(readFileSync(s.recentFile, 'utf8'))).toHaveLength(2);
  });

  it(`keeps at most ${MAX_RECENT}`, async () => {
    const s = store();
    for (let i = 0; i < MAX_RECENT + 3; i++) await s.addRecent(projectFile(`p${i}.lexgap`), project);
    const recent = await s.recent();
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]?.name).toBe(`p${MAX_RECENT + 2}.lexgap`);
  });

  it('drops files that are gone, and forgets them', async () => {
    const s = store();
    const kept = projectFile('kept.lexgap');
    await s.addRecent(path.join(dir, 'never-there.lexgap'), project);
    await s.addRecent(kept, project);
    expect((await s.recent()).map((r) => r.name)).toEqual(['kept.lexgap']);
    expect(JSON.parse(readFileSync(s.recentFile, 'utf8'))).toHaveLength(1);
  });

  it('treats paths without regard to case on Windows and macOS', async () => {
    const s = new AppStore(dir, { platform: 'win32' });
    const file = projectFile('Act.lexgap');
    await s.addRecent(file, project);
    await s.addRecent(file.replace('Act.lexgap', 'ACT.LEXGAP'), project);
    expect(JSON.parse(readFileSync(s.recentFile, 'utf8'))).toHaveLength(1);
  });

  it('survives a damaged recent.json and entries of the wrong shape', async () => {
    const s = store();
    writeFileSync(s.recentFile, '{broken');
    expect(await s.recent()).toEqual([]);
    const ok = projectFile('ok.lexgap');
    writeFileSync(s.recentFile, JSON.stringify([{ path: 42 }, { path: ok, name: 'ok.lexgap', at: '2025-01-01T00:00:00.000Z' }, 'x']));
    expect((await s.recent()).map((r) => r.name)).toEqual(['ok.lexgap']);
  });

  it('removes an entry', async () => {
    const s = store();
    const a = projectFile('a.lexgap');
    await s.addRecent(a, project);
    await s.removeRecent(a);
    expect(await s.recent()).toEqual([]);
  });
});
