/**
 * Every operation main performs for the page, run as main runs it (real files in a temporary folder, the real
 * document reader in its worker, the real project format), with the dialogs replaced by a script of answers.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { english } from '../support/words.js';
import { InputError } from '../../core/input-error.js';
import { PROJECT_SCHEMA_VERSION, serializeProject } from '../../core/project.js';
import { parseRegion, REGION_SCHEMA_VERSION, serializeRegion } from '../../core/region.js';
import { MAX_INPUT_BYTES, PUSH_CHANNEL, type OperationName, type ParsedRequestOf, type PushMessage, type ResponseOf } from '../../core/app/contract.js';
import { handleRequest, PushHub, type HandlerContext } from '../../main/ipc.js';
import { LocationRegistry } from '../../main/locations.js';
import { createOperations, exportFilters, lawFilters, projectFilters, regionFilters, type Dialogs, type OperationServices } from '../../main/operations.js';
import { AppStore } from '../../main/projects.js';
import { LOCATION_ID, sampleProject, tempDir, textPdf } from './support.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('operations')));
afterEach(() => cleanup());

const project = sampleProject();
const file = (...parts: string[]) => path.join(dir, ...parts);

interface Harness {
  ops: ReturnType<typeof createOperations>;
  dialogs: { [K in keyof Dialogs]: ReturnType<typeof vi.fn> } & Dialogs;
  pushed: PushMessage[];
  context: HandlerContext;
  services: OperationServices;
  run<Op extends OperationName>(op: Op, request: ParsedRequestOf<Op>): Promise<ResponseOf<Op>>;
}

function harness(overrides: Partial<OperationServices> = {}): Harness {
  const dialogs = {
    showOpen: vi.fn(async () => undefined as string | undefined),
    showOpenMany: vi.fn(async () => [] as string[]),
    showSave: vi.fn(async () => undefined as string | undefined),
    confirmReplace: vi.fn(async () => false),
  };
  const services: OperationServices = {
    dialogs,
    store: new AppStore(file('userData'), { log: () => {} }),
    locations: new LocationRegistry(),
    previousEndedCleanly: true,
    sampleLaw: () => ({ file: 'kestria-en.txt', text: 'KINGDOM OF KESTRIA' }),
    documentsDir: file('docs'),
    addRecentDocument: vi.fn(),
    onRecentChanged: vi.fn(),
    log: () => {},
    ...overrides,
  };
  mkdirSync(file('docs'), { recursive: true });
  const ops = createOperations(services);
  const pushed: PushMessage[] = [];
  const context: HandlerContext = { sender: undefined, push: (m) => pushed.push(m) };
  return {
    ops,
    dialogs: dialogs as Harness['dialogs'],
    pushed,
    context,
    services,
    run: async (op, request) => {
      const handler = ops.handlers[op] as (r: typeof request, c: HandlerContext) => Promise<ResponseOf<typeof op>>;
      return handler(request, context);
    },
  };
}

const saveFile = (name: string, text = serializeProject(project)) => {
  const target = file('docs', name);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  return target;
};
const errorOf = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as InputError);

describe('importLaw', () => {
  it('offers the law documents (and all files) in the open dialog, and returns null when cancelled', async () => {
    const h = harness();
    expect(await h.run('importLaw', {})).toBeNull();
    const [, options] = h.dialogs.showOpen.mock.calls[0]!;
    expect(options.filters).toEqual(lawFilters());
    expect(options.filters[0].extensions).toEqual(expect.arrayContaining(['docx', 'pdf', 'odt', 'rtf', 'html', 'txt', 'md']));
    expect(options.defaultPath).toBe(file('docs'));
  });

  it('reads the chosen document in the worker, with progress pushed for its job', async () => {
    const h = harness();
    const pdf = file('docs', 'act.pdf');
    writeFileSync(pdf, textPdf(['Section 1. Every firearm shall bear a serial number.', 'Section 2. Records shall be kept for ten years.']));
    h.dialogs.showOpen.mockResolvedValueOnce(pdf);
    const law = await h.run('importLaw', { job: 'import-7' });
    expect(law).toEqual({ file: 'act.pdf', text: expect.stringContaining('serial number') });
    expect(h.pushed).toEqual([
      { kind: 'import-progress', job: 'import-7', done: 1, total: 2 },
      { kind: 'import-progress', job: 'import-7', done: 2, total: 2 },
    ]);
  });

  it("gives the reader's plain message for a file it cannot read", async () => {
    const h = harness();
    const doc = file('docs', 'old.doc');
    writeFileSync(doc, 'x');
    h.dialogs.showOpen.mockResolvedValueOnce(doc);
    const error = await errorOf(h.run('importLaw', {}));
    expect(error).toBeInstanceOf(InputError);
    expect(english(error)).toMatch(/old\.doc: lexgap cannot read \.doc files\. Open it in Word or LibreOffice/);
  });
});

describe('importLawFile', () => {
  it('reads dropped bytes with the same converter, without touching the disk', async () => {
    const h = harness();
    const law = await h.run('importLawFile', { name: 'act.pdf', bytes: textPdf(['Section 1. Every firearm shall bear a serial number.']), job: 'drop-1' });
    expect(law.text).toContain('serial number');
    expect(h.pushed).toEqual([{ kind: 'import-progress', job: 'drop-1', done: 1, total: 1 }]);
    expect(await h.run('importLawFile', { name: 'loi.txt', bytes: new TextEncoder().encode('Article 1. Toute arme à feu.') })).toEqual({ file: 'loi.txt', text: 'Article 1. Toute arme à feu.' });
  });

  it.each([
    ['an empty file', 'act.txt', new Uint8Array(), /act\.txt is empty/],
    ['a .docx that is not one', 'act.docx', new TextEncoder().encode('plain words'), /act\.docx/],
    ['an unknown kind', 'act.xyz', new Uint8Array([1]), /cannot read \.xyz files/],
  ])('refuses %s in plain words', async (_name, name, bytes, message) => {
    const error = await errorOf(harness().run('importLawFile', { name, bytes }));
    expect(error).toBeInstanceOf(InputError);
    expect(english(error)).toMatch(message);
  });

  it('passes on, as a code with data, what the page should say about how the law was read', async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('Article 1. Toute arme à feu est marquée '), 0xe9, ...new TextEncoder().encode(' du nom.')]);
    const law = await harness().run('importLawFile', { name: 'loi.txt', bytes });
    expect(law.text).toBe('Article 1. Toute arme à feu est marquée \uFFFD du nom.');
    expect(law.warnings).toEqual([{ code: 'invalid-bytes', params: { file: 'loi.txt', count: 1, at: 42 } }]);
  });

  it('uses the name only as a label: a path in it names nothing on disk', async () => {
    const law = await harness().run('importLawFile', { name: '../../etc/act.txt', bytes: new TextEncoder().encode('Section 1.') });
    expect(law.file).toBe('act.txt');
  });
});

describe('chooseLawFiles', () => {
  it('offers the law documents in a dialog that takes several, and gives none when cancelled', async () => {
    const h = harness();
    expect(await h.run('chooseLawFiles', undefined)).toEqual([]);
    const [, options] = h.dialogs.showOpenMany.mock.calls[0]!;
    expect(options).toEqual({ title: 'Add laws to the comparison', filters: lawFilters(), defaultPath: file('docs') });
    expect(h.dialogs.showOpen).not.toHaveBeenCalled();
  });

  it('gives every chosen file by its name, with its bytes, for the page to read one by one', async () => {
    const h = harness();
    const pdf = textPdf(['Section 1. Every firearm shall bear a serial number.']);
    writeFileSync(file('docs', 'act.pdf'), pdf);
    writeFileSync(file('docs', 'loi.txt'), 'Article 1. Toute arme à feu.');
    h.dialogs.showOpenMany.mockResolvedValueOnce([file('docs', 'act.pdf'), file('docs', 'loi.txt')]);
    const chosen = await h.run('chooseLawFiles', undefined);
    expect(chosen).toEqual([
      { name: 'act.pdf', bytes: new Uint8Array(pdf) },
      { name: 'loi.txt', bytes: new TextEncoder().encode('Article 1. Toute arme à feu.') },
    ]);
    // What the page then does with each: the same reader as a dropped file.
    const law = await h.run('importLawFile', chosen[0] as { name: string; bytes: Uint8Array });
    expect(law.text).toContain('serial number');
  });

  it('keeps a file it cannot take out with what to tell the person, and still gives the others', async () => {
    const h = harness();
    writeFileSync(file('docs', 'act.txt'), 'Section 1. Firearms.');
    // Past the limit on a law's size, without writing the bytes (a sparse file).
    writeFileSync(file('docs', 'huge.txt'), '');
    truncateSync(file('docs', 'huge.txt'), MAX_INPUT_BYTES + 1);
    mkdirSync(file('docs', 'folder.txt'));
    const gone = file('docs', 'gone.txt');
    h.dialogs.showOpenMany.mockResolvedValueOnce([file('docs', 'huge.txt'), gone, file('docs', 'folder.txt'), file('docs', 'act.txt')]);
    const chosen = await h.run('chooseLawFiles', undefined);
    expect(chosen.map((c) => c.name)).toEqual(['huge.txt', 'gone.txt', 'folder.txt', 'act.txt']);
    expect(chosen.map((c) => ('problem' in c ? c.problem.code : 'bytes'))).toEqual(['too-large', 'unreadable', 'not-a-file', 'bytes']);
    const problem = (i: number) => english((chosen[i] as { problem: InputError['problem'] }).problem);
    expect(problem(0)).toMatch(/^huge\.txt is too large/);
    expect(problem(1)).toMatch(/gone\.txt cannot be opened/);
  });
});

describe('openProject and openRecent', () => {
  it('returns null when cancelled, and offers only .lexgap files', async () => {
    const h = harness();
    expect(await h.run('openProject', undefined)).toBeNull();
    expect(h.dialogs.showOpen.mock.calls[0]![1].filters).toEqual(projectFilters());
  });

  it('opens a project, hands out a location id (never the path), and remembers it as recent', async () => {
    const h = harness();
    const saved = saveFile('act.lexgap');
    h.dialogs.showOpen.mockResolvedValueOnce(saved);
    const opened = await h.run('openProject', undefined);
    expect(opened?.project.law.text).toBe(project.law.text);
    expect(opened?.location.name).toBe('act.lexgap');
    expect(opened?.location.id).toMatch(/^loc-[0-9a-f-]{36}$/);
    expect(JSON.stringify(opened?.location)).not.toContain(dir);
    expect(h.services.addRecentDocument).toHaveBeenCalledWith(saved);
    expect(h.services.onRecentChanged).toHaveBeenCalled();
    const recent = await h.run('recentProjects', undefined);
    expect(recent).toEqual([expect.objectContaining({ id: opened?.location.id, name: 'act.lexgap', title: 'Firearms Act' })]);
  });

  it('migrates an old project when opening it, and leaves the file as it was', async () => {
    const h = harness();
    const { format: _f, schemaVersion: _v, decisions: _d, ...rest } = JSON.parse(serializeProject(project));
    const v0 = JSON.stringify({ ...rest, overrides: [] });
    const saved = saveFile('old.lexgap', v0);
    h.dialogs.showOpen.mockResolvedValueOnce(saved);
    expect((await h.run('openProject', undefined))?.project.schemaVersion).toBe(PROJECT_SCHEMA_VERSION);
    expect(readFileSync(saved, 'utf8')).toBe(v0);
  });

  it.each([
    ['newer', JSON.stringify({ ...JSON.parse(serializeProject(project)), schemaVersion: PROJECT_SCHEMA_VERSION + 1, savedBy: '3.0.0' }), /newer version of lexgap \(3\.0\.0\)/],
    ['damaged', '{"format":"lexgap-project"', /damaged and cannot be opened/],
  ])('refuses a %s project with the plain message, untouched and not listed as recent', async (_name, text, message) => {
    const h = harness();
    const saved = saveFile('theirs.lexgap', text);
    const mtime = statSync(saved).mtimeMs;
    h.dialogs.showOpen.mockResolvedValueOnce(saved);
    const result = await handleRequest('openProject', { senderFrame: { url: 'app://lexgap/index.html', parent: null } }, undefined, { handlers: h.ops.handlers, log: () => {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'input' } });
    expect(english(!result.ok && result.error.problem)).toMatch(message);
    expect(readFileSync(saved, 'utf8')).toBe(text);
    expect(statSync(saved).mtimeMs).toBe(mtime);
    expect(await h.run('recentProjects', undefined)).toEqual([]);
  });

  it('opens a recent project by the id main gave out, and refuses any other id', async () => {
    const h = harness();
    const saved = saveFile('act.lexgap');
    await h.services.store.addRecent(saved, project);
    const [recent] = await h.run('recentProjects', undefined);
    expect((await h.run('openRecent', { id: recent!.id, name: recent!.name })).project.meta.title).toBe('Firearms Act');
    const error = await errorOf(h.run('openRecent', { id: LOCATION_ID, name: 'act.lexgap' }));
    expect(error?.code).toBe('unknown-location');
  });

  it('drops a recent project whose file has gone since the list was shown', async () => {
    const h = harness();
    const saved = saveFile('act.lexgap');
    await h.services.store.addRecent(saved, project);
    const [recent] = await h.run('recentProjects', undefined);
    (await import('node:fs')).rmSync(saved);
    const error = await errorOf(h.run('openRecent', { id: recent!.id, name: recent!.name }));
    expect(english(error)).toMatch(/act\.lexgap cannot be opened: it was moved or deleted/);
    expect(await h.services.store.recent()).toEqual([]);
  });
});

describe('saveProject', () => {
  it('asks where to save a new project, suggesting its title, and returns null when cancelled', async () => {
    const h = harness();
    expect(await h.run('saveProject', { project })).toBeNull();
    const [, options] = h.dialogs.showSave.mock.calls[0]!;
    expect(options).toMatchObject({ defaultPath: file('docs', 'Firearms Act.lexgap'), filters: projectFilters() });
    expect(readdirSync(file('docs'))).toEqual([]);
  });

  it('saves where the user chose, adding .lexgap, and then saves there without asking', async () => {
    const h = harness();
    h.dialogs.showSave.mockResolvedValueOnce(file('docs', 'kestria'));
    const location = await h.run('saveProject', { project });
    expect(location?.name).toBe('kestria.lexgap');
    expect(JSON.parse(readFileSync(file('docs', 'kestria.lexgap'), 'utf8')).law.text).toBe(project.law.text);
    const edited = { ...project, decisions: [{ element: 'fp.7', status: 'covered' as const, decidedAt: '2025-05-05T00:00:00Z' }] };
    expect(await h.run('saveProject', { project: edited, location: location! })).toEqual(location);
    expect(h.dialogs.showSave).toHaveBeenCalledTimes(1);
    expect(JSON.parse(readFileSync(file('docs', 'kestria.lexgap'), 'utf8')).decisions).toHaveLength(1);
    expect(readdirSync(file('docs'))).toEqual(['kestria.lexgap']);
  });

  it('asks before replacing a file the dialog did not ask about (main added the extension)', async () => {
    const h = harness();
    const existing = saveFile('kestria.lexgap', 'keep me');
    h.dialogs.showSave.mockResolvedValueOnce(file('docs', 'kestria'));
    expect(await h.run('saveProject', { project })).toBeNull();
    expect(h.dialogs.confirmReplace).toHaveBeenCalledWith(undefined, 'kestria.lexgap');
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    h.dialogs.showSave.mockResolvedValueOnce(file('docs', 'kestria'));
    h.dialogs.confirmReplace.mockResolvedValueOnce(true);
    expect((await h.run('saveProject', { project }))?.name).toBe('kestria.lexgap');
    expect(readFileSync(existing, 'utf8')).not.toBe('keep me');
  });

  it('Save As asks even with a location, starting from where the project is', async () => {
    const h = harness();
    const saved = saveFile('act.lexgap');
    const location = h.services.locations.locationFor(saved);
    h.dialogs.showSave.mockResolvedValueOnce(file('docs', 'copy.lexgap'));
    const copy = await h.run('saveProject', { project, location, saveAs: true });
    expect(h.dialogs.showSave.mock.calls[0]![1].defaultPath).toBe(saved);
    expect(copy?.name).toBe('copy.lexgap');
    expect(copy?.id).not.toBe(location.id);
  });

  it('refuses a location id main did not give out, even for Save As', async () => {
    const h = harness();
    for (const saveAs of [false, true]) {
      const error = await errorOf(h.run('saveProject', { project, location: { id: LOCATION_ID, name: 'x.lexgap' }, saveAs }));
      expect(error?.code).toBe('unknown-location');
    }
    expect(h.dialogs.showSave).not.toHaveBeenCalled();
  });

  it('refuses to overwrite a project saved by a newer lexgap', async () => {
    const h = harness();
    const newer = JSON.stringify({ ...JSON.parse(serializeProject(project)), savedBy: '5.0.0' });
    const saved = saveFile('act.lexgap', newer);
    const location = h.services.locations.locationFor(saved);
    const error = await errorOf(h.run('saveProject', { project, location }));
    expect(english(error)).toMatch(/saved by a newer version of lexgap \(5\.0\.0\)/);
    expect(readFileSync(saved, 'utf8')).toBe(newer);
  });
});

describe('autosave, recovery and discardRecovery', () => {
  it('recovers the autosaved project after a crash, with its location, in the next session', async () => {
    const userData = file('userData');
    const first = harness({ store: new AppStore(userData) });
    first.services.store.startSession();
    const saved = saveFile('act.lexgap');
    const location = first.services.locations.locationFor(saved);
    const edited = { ...project, meta: { ...project.meta, country: 'Kestria' } };
    expect(await first.run('autosave', { project: edited, location })).toBeNull();
    expect(readdirSync(path.join(userData, 'autosave')).filter((f) => f.endsWith('.lexgap'))).toHaveLength(1);

    // The app dies here. The next session starts with a new registry and finds the marker.
    const store = new AppStore(userData);
    const { previousEndedCleanly } = store.startSession();
    const next = harness({ store, previousEndedCleanly });
    const recovery = await next.run('recovery', undefined);
    expect(recovery?.project.meta.country).toBe('Kestria');
    expect(recovery?.location?.name).toBe('act.lexgap');
    expect(next.services.locations.pathFor(recovery!.location!.id)).toBe(saved);

    expect(await next.run('discardRecovery', undefined)).toBeNull();
    expect(await next.run('recovery', undefined)).toBeNull();
  });

  it('has nothing to recover after a clean exit once the project was saved', async () => {
    const userData = file('userData');
    const h = harness({ store: new AppStore(userData, { now: () => new Date('2000-01-01T00:00:00Z') }) });
    const saved = saveFile('act.lexgap');
    await h.run('autosave', { project, location: h.services.locations.locationFor(saved) });
    expect(await h.run('recovery', undefined)).toBeNull();
  });

  it('refuses to autosave under a location main did not give out', async () => {
    const error = await errorOf(harness().run('autosave', { project, location: { id: LOCATION_ID, name: 'x' } }));
    expect(error?.code).toBe('unknown-location');
  });
});

describe('autosaveRegion, restoreRegion and openRegionFile', () => {
  const regionJson = serializeRegion([project], { name: 'West Africa' }, new Date('2025-01-02T03:04:05.000Z'));
  const ours = { senderFrame: { url: 'app://lexgap/index.html', parent: null } };

  it('has nothing to restore before a comparison was kept', async () => {
    expect(await harness().run('restoreRegion', undefined)).toBeNull();
  });

  it('keeps the comparison in the user-data folder and restores it as written, in the next session', async () => {
    const userData = file('userData');
    const first = harness({ store: new AppStore(userData) });
    const kept = await handleRequest('autosaveRegion', ours, { json: regionJson }, { handlers: first.ops.handlers, log: () => {} });
    expect(kept).toEqual({ ok: true, value: null });
    const stored = path.join(userData, 'autosave', 'region.lexgap-region.json');
    expect(readFileSync(stored, 'utf8')).toBe(regionJson);
    // Written atomically: no temporary file is left beside it.
    expect(readdirSync(path.dirname(stored)).sort()).toEqual(['region.lexgap-region.json']);

    const next = harness({ store: new AppStore(userData) });
    const restored = await next.run('restoreRegion', undefined);
    expect(restored).toBe(regionJson);
    expect(parseRegion(restored!).projects[0]?.law.text).toBe(project.law.text);

    const emptied = serializeRegion([]);
    await next.run('autosaveRegion', { json: emptied });
    expect(await next.run('restoreRegion', undefined)).toBe(emptied);
  });

  it('refuses to keep what is not a comparison, and writes nothing', async () => {
    const userData = file('userData');
    const h = harness({ store: new AppStore(userData) });
    const result = await handleRequest('autosaveRegion', ours, { json: '{"format":"lexgap-project"}' }, { handlers: h.ops.handlers, log: () => {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(existsSync(path.join(userData, 'autosave', 'region.lexgap-region.json'))).toBe(false);
  });

  it('returns null when the open dialog is cancelled, and offers comparison files', async () => {
    const h = harness();
    expect(await h.run('openRegionFile', undefined)).toBeNull();
    const [, options] = h.dialogs.showOpen.mock.calls[0]!;
    expect(options.filters).toEqual(regionFilters());
    expect(options.filters[0].extensions).toEqual(['lexgap-region.json', 'json']);
    expect(options.defaultPath).toBe(file('docs'));
  });

  it('opens a comparison file: its name (not its path) and its checked JSON', async () => {
    const h = harness();
    const saved = saveFile('west-africa.lexgap-region.json', `\uFEFF${regionJson}`);
    h.dialogs.showOpen.mockResolvedValueOnce(saved);
    const opened = await h.run('openRegionFile', undefined);
    expect(opened).toEqual({ name: 'west-africa.lexgap-region.json', text: regionJson });
    expect(JSON.stringify(opened)).not.toContain(dir);
  });

  it.each([
    ['damaged', '{"format":"lexgap-region"', /theirs\.json is damaged and cannot be opened/],
    [
      'newer',
      JSON.stringify({ ...JSON.parse(serializeRegion([project])), schemaVersion: REGION_SCHEMA_VERSION + 1, savedBy: '3.0.0' }),
      /theirs\.json was saved by a newer version of lexgap \(3\.0\.0\)/,
    ],
    ['a project, not a comparison', serializeProject(project), /theirs\.json is not a lexgap regional comparison/],
  ])('refuses a %s file with the plain message, untouched', async (_name, text, message) => {
    const h = harness();
    const saved = saveFile('theirs.json', text);
    const mtime = statSync(saved).mtimeMs;
    h.dialogs.showOpen.mockResolvedValueOnce(saved);
    const result = await handleRequest('openRegionFile', ours, undefined, { handlers: h.ops.handlers, log: () => {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'input' } });
    expect(english(!result.ok && result.error.problem)).toMatch(message);
    expect(readFileSync(saved, 'utf8')).toBe(text);
    expect(statSync(saved).mtimeMs).toBe(mtime);
  });

  it('says plainly when the chosen file has gone', async () => {
    const h = harness();
    h.dialogs.showOpen.mockResolvedValueOnce(file('docs', 'gone.lexgap-region.json'));
    const error = await errorOf(h.run('openRegionFile', undefined));
    expect(error).toBeInstanceOf(InputError);
    expect(english(error)).toMatch(/gone\.lexgap-region\.json cannot be opened: it was moved or deleted/);
  });
});

describe('exportFile', () => {
  it.each([
    ['docx', 'Gap analysis', 'Gap analysis.docx'],
    ['csv', 'gaps.csv', 'gaps.csv'],
    ['json', 'analysis', 'analysis.json'],
  ] as const)('offers a %s save dialog and writes the bytes whole', async (kind, suggested, written) => {
    const h = harness();
    h.dialogs.showSave.mockImplementationOnce(async (_owner: unknown, options: { defaultPath: string }) => options.defaultPath);
    const bytes = new TextEncoder().encode(`${kind} bytes`);
    expect(await h.run('exportFile', { kind, suggestedName: suggested, bytes })).toBe(written);
    expect(h.dialogs.showSave.mock.calls[0]![1].filters).toEqual(exportFilters(kind));
    expect(readFileSync(file('docs', written), 'utf8')).toBe(`${kind} bytes`);
    expect(readdirSync(file('docs'))).toEqual([written]);
  });

  it('suggests a safe name and returns null when cancelled', async () => {
    const h = harness();
    expect(await h.run('exportFile', { kind: 'csv', suggestedName: '../../etc/cron.d/x', bytes: new Uint8Array([1]) })).toBeNull();
    expect(h.dialogs.showSave.mock.calls[0]![1].defaultPath).toBe(file('docs', 'x.csv'));
  });

  it('says so in plain words when the folder cannot be written', async () => {
    const h = harness();
    h.dialogs.showSave.mockResolvedValueOnce(file('no-such-folder', 'report.docx'));
    const error = await errorOf(h.run('exportFile', { kind: 'docx', suggestedName: 'report.docx', bytes: new Uint8Array([1]) }));
    expect(english(error)).toMatch(/Cannot write .*report\.docx: the folder does not exist\. Create it or choose another location/);
  });
});

describe('through the push hub', () => {
  it("delivers an import's progress to the page that asked, once it has subscribed", async () => {
    const h = harness();
    const page = { send: vi.fn() };
    const pushes = new PushHub(() => {});
    pushes.markSubscribed(page);
    const result = await handleRequest(
      'importLawFile',
      { senderFrame: { url: 'app://lexgap/index.html', parent: null }, sender: page },
      { name: 'act.pdf', bytes: textPdf(['Section 1. Serial numbers.', 'Section 2. Records.']), job: 'j1' },
      { handlers: h.ops.handlers, pushes, log: () => {} },
    );
    expect(result.ok).toBe(true);
    expect(page.send.mock.calls.map(([channel, m]) => [channel, m.done])).toEqual([
      [PUSH_CHANNEL, 1],
      [PUSH_CHANNEL, 2],
    ]);
  });
});
