/**
 * The renderer's Electron platform (renderer/platform/electron.ts) over a fake bridge: what it sends main, how it
 * turns main's answers into values and PlatformErrors, and which pushes reach the UI.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ChosenLawFile, IpcResult, PushMessage } from '../../core/app/contract.js';
import { electronPlatform, findBridge, isBridgePush, type LexgapBridge } from '../../renderer/platform/electron.js';
import { Cancelled, PlatformError } from '../../renderer/platform/types.js';
import { english } from '../support/words.js';
import { LOCATION_ID, sampleProject } from './support.js';

const project = sampleProject();
const location = { id: LOCATION_ID, name: 'act.lexgap' };
const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });
const refused = (code: string, params: Record<string, string>) => ({ ok: false, error: { code: 'input', problem: { code, params } } }) as never;

function fakeBridge() {
  const listeners = new Set<(m: PushMessage) => void>();
  const bridge = {
    analyzeText: vi.fn(() => ok({} as never)),
    getSampleLaw: vi.fn(() => ok({ file: 's.txt', text: 'law' })),
    importLaw: vi.fn((_r: { job?: string }) => ok<{ file: string; text: string } | null>(null)),
    importLawFile: vi.fn((_r: { name: string; bytes: Uint8Array; job?: string }) => ok({ file: 'a.pdf', text: 'law' })),
    chooseLawFiles: vi.fn(() => ok<ChosenLawFile[]>([])),
    stopJob: vi.fn((_r: { job: string }) => ok(false)),
    openProject: vi.fn(() => ok(null)),
    openRecent: vi.fn((_l: { id: string; name: string }) => ok({ project, location })),
    recentProjects: vi.fn(() => ok([])),
    saveProject: vi.fn((_r: unknown) => ok<typeof location | null>(location)),
    autosave: vi.fn((_r: unknown) => ok(null)),
    recovery: vi.fn(() => ok(null)),
    discardRecovery: vi.fn(() => ok(null)),
    autosaveRegion: vi.fn((_r: { json: string }) => ok(null)),
    restoreRegion: vi.fn(() => ok<string | null>(null)),
    openRegionFile: vi.fn(() => ok<{ name: string; text: string } | null>(null)),
    exportFile: vi.fn((_r: unknown) => ok<string | null>(null)),
    setLanguage: vi.fn((_r: { language: string }) => ok(null)),
    subscribe: vi.fn((listener: (m: PushMessage) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  } satisfies LexgapBridge;
  const push = (message: unknown) => {
    for (const listener of [...listeners]) listener(message as PushMessage);
  };
  return { bridge, push, listeners };
}

describe('electronPlatform', () => {
  it('turns refusals into PlatformErrors carrying main\'s problem, for the screen to word', async () => {
    const { bridge } = fakeBridge();
    bridge.openProject.mockResolvedValueOnce(refused('newer-project', { file: 'act.lexgap', version: '2.0.0' }));
    const platform = electronPlatform(bridge);
    const error = await platform.openProject().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(english((error as PlatformError).problem)).toBe('act.lexgap was saved by a newer version of lexgap (2.0.0). Install the latest lexgap to open it; the file has not been changed.');
  });

  it('maps null (cancelled, nothing to recover) to undefined', async () => {
    const platform = electronPlatform(fakeBridge().bridge);
    expect(await platform.openProject()).toBeUndefined();
    expect(await platform.importLaw()).toBeUndefined();
    expect(await platform.recovery()).toBeUndefined();
    expect(await platform.restoreRegion!()).toBeUndefined();
    expect(await platform.openRegionFile!()).toBeUndefined();
    expect(await platform.exportFile('csv', 'a.csv', new Uint8Array([1]))).toBeUndefined();
  });

  it('keeps, restores and opens regional comparisons through the bridge', async () => {
    const { bridge } = fakeBridge();
    const platform = electronPlatform(bridge);
    await platform.autosaveRegion!('{"format":"lexgap-region"}');
    expect(bridge.autosaveRegion).toHaveBeenCalledWith({ json: '{"format":"lexgap-region"}' });
    bridge.restoreRegion.mockReturnValueOnce(ok<string | null>('{}'));
    expect(await platform.restoreRegion!()).toBe('{}');
    bridge.openRegionFile.mockReturnValueOnce(ok<{ name: string; text: string } | null>({ name: 'r.json', text: '{}' }));
    expect(await platform.openRegionFile!()).toEqual({ name: 'r.json', text: '{}' });
    bridge.openRegionFile.mockResolvedValueOnce(refused('damaged-region', { file: 'r.json', context: 'json' }));
    await expect(platform.openRegionFile!()).rejects.toEqual(new PlatformError({ code: 'damaged-region', params: { file: 'r.json', context: 'json' } }));
  });

  it('forwards the progress of its own import only, and stops listening after', async () => {
    const { bridge, push, listeners } = fakeBridge();
    let job = '';
    bridge.importLawFile.mockImplementationOnce(async (request) => {
      job = request.job!;
      push({ kind: 'import-progress', job, done: 1, total: 2 });
      push({ kind: 'import-progress', job: 'someone-else', done: 9, total: 9 });
      push({ kind: 'import-progress', job, done: 'two', total: 2 });
      push({ kind: 'import-progress', job, done: 2, total: 2 });
      return { ok: true, value: { file: 'a.pdf', text: 'law' } };
    });
    const progress = vi.fn();
    const law = await electronPlatform(bridge).importLawFile({ name: 'a.pdf', bytes: new Uint8Array([37]) }, progress);
    expect(law).toEqual({ file: 'a.pdf', text: 'law' });
    expect(job).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(progress.mock.calls).toEqual([[{ done: 1, total: 2 }], [{ done: 2, total: 2 }]]);
    expect(listeners.size).toBe(0);
  });

  it('stops listening for progress when the import fails too', async () => {
    const { bridge, listeners } = fakeBridge();
    bridge.importLaw.mockResolvedValueOnce(refused('unsupported-format', { file: 'x.doc', ext: '.doc', advice: 'doc' }));
    expect(english(((await electronPlatform(bridge).importLaw(vi.fn()).catch((e: unknown) => e)) as PlatformError).problem)).toMatch(/cannot read \.doc/);
    expect(listeners.size).toBe(0);
  });

  it('sends a location as its id and name only', async () => {
    const { bridge } = fakeBridge();
    const platform = electronPlatform(bridge);
    await platform.openRecent({ ...location, at: '2025-01-01T00:00:00Z', title: 'Act' } as typeof location);
    expect(bridge.openRecent).toHaveBeenCalledWith(location);
    await platform.saveProject(project, { location: { ...location, extra: 1 } as typeof location, saveAs: true });
    expect(bridge.saveProject).toHaveBeenCalledWith({ project, location, saveAs: true });
    await platform.saveProject(project, {});
    expect(bridge.saveProject).toHaveBeenLastCalledWith({ project });
    await platform.autosave(project);
    expect(bridge.autosave).toHaveBeenCalledWith({ project });
  });

  it('hands menu commands and opened projects to the UI, and nothing that fails the check', () => {
    const { bridge, push } = fakeBridge();
    const platform = electronPlatform(bridge);
    const commands = vi.fn();
    const opened = vi.fn();
    const stopCommands = platform.onMenuCommand(commands);
    platform.onOpenProject?.(opened);
    push({ kind: 'menu-command', command: 'save' });
    push({ kind: 'menu-command', command: 'format-disk' });
    push({ kind: 'open-project', opened: { project, location } });
    push({ kind: 'open-project', opened: { project: { format: 'x' }, location } });
    push('menu-command');
    push(null);
    expect(commands.mock.calls).toEqual([['save']]);
    expect(opened.mock.calls).toEqual([[{ project, location }]]);
    stopCommands();
    push({ kind: 'menu-command', command: 'undo' });
    expect(commands).toHaveBeenCalledTimes(1);
  });
});

describe('Stop on the desktop', () => {
  /** The page's window, where the app fires its events ('lexgap:engine-stopped'). */
  function pageEvents() {
    const page = new EventTarget();
    vi.stubGlobal('window', page);
    const stopped = vi.fn();
    page.addEventListener('lexgap:engine-stopped', stopped);
    return stopped;
  }

  /** A bridge whose job runs until main is asked to stop it, and then answers as main does: stopped. */
  function bridgeWithRunningJob() {
    const fake = fakeBridge();
    let answer: (result: IpcResult<never>) => void = () => undefined;
    const running = new Promise<IpcResult<never>>((resolve) => (answer = resolve));
    fake.bridge.stopJob.mockImplementation(async () => {
      answer({ ok: false, error: { code: 'stopped', problem: { code: 'interrupted', params: {} } } });
      return { ok: true, value: true };
    });
    return { ...fake, running };
  }

  it.each([
    ['reading a dropped document', (p: ReturnType<typeof electronPlatform>, signal: AbortSignal) => p.importLawFile({ name: 'long.pdf', bytes: new Uint8Array([37]) }, undefined, signal), 'importLawFile'],
    ['reading a document chosen in the dialog', (p: ReturnType<typeof electronPlatform>, signal: AbortSignal) => p.importLaw(undefined, signal), 'importLaw'],
    ['analysing a law', (p: ReturnType<typeof electronPlatform>, signal: AbortSignal) => p.analyzeText({ text: 'law', file: 'a.txt' }, { signal }), 'analyzeText'],
  ] as const)('%s: Stop asks main to stop that very job, and the page hears it stopped as the web does', async (_name, start, op) => {
    const stopped = pageEvents();
    const { bridge, running } = bridgeWithRunningJob();
    (bridge[op] as ReturnType<typeof vi.fn>).mockReturnValueOnce(running);
    const controller = new AbortController();
    const work = start(electronPlatform(bridge), controller.signal).catch((e: unknown) => e);
    const sent = (bridge[op] as ReturnType<typeof vi.fn>).mock.calls[0]![0] as { job: string };
    expect(sent.job).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(bridge.stopJob).not.toHaveBeenCalled();
    controller.abort();
    expect(await work).toBeInstanceOf(Cancelled);
    expect(bridge.stopJob).toHaveBeenCalledWith({ job: sent.job });
    await vi.waitFor(() => expect(stopped).toHaveBeenCalledTimes(1));
    vi.unstubAllGlobals();
  });

  it('drops an answer main sends after the Stop (the job ended as the person clicked): what was stopped is not taken', async () => {
    const stopped = pageEvents();
    const { bridge } = fakeBridge();
    let answer: (result: IpcResult<never>) => void = () => undefined;
    bridge.importLawFile.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    let stopAnswer: (result: IpcResult<boolean>) => void = () => undefined;
    bridge.stopJob.mockReturnValueOnce(new Promise((resolve) => (stopAnswer = resolve)));
    const controller = new AbortController();
    const work = electronPlatform(bridge).importLawFile({ name: 'a.pdf', bytes: new Uint8Array([37]) }, undefined, controller.signal).catch((e: unknown) => e);
    controller.abort();
    answer({ ok: true, value: { file: 'a.pdf', text: 'law' } as never });
    stopAnswer({ ok: true, value: false });
    expect(await work).toBeInstanceOf(Cancelled);
    await vi.waitFor(() => expect(stopped).toHaveBeenCalledTimes(1));
    vi.unstubAllGlobals();
  });

  it('takes main answering "stopped" as Cancelled even without a Stop of its own (another window stopped it)', async () => {
    const { bridge } = fakeBridge();
    bridge.importLawFile.mockResolvedValueOnce({ ok: false, error: { code: 'stopped', problem: { code: 'interrupted', params: {} } } } as never);
    expect(await electronPlatform(bridge).importLawFile({ name: 'a.pdf', bytes: new Uint8Array([37]) }).catch((e: unknown) => e)).toBeInstanceOf(Cancelled);
  });

  it('sends nothing to main for work stopped before it started', async () => {
    const stopped = pageEvents();
    const { bridge } = fakeBridge();
    const controller = new AbortController();
    controller.abort();
    expect(await electronPlatform(bridge).importLawFile({ name: 'a.pdf', bytes: new Uint8Array([37]) }, undefined, controller.signal).catch((e: unknown) => e)).toBeInstanceOf(Cancelled);
    expect(bridge.importLawFile).not.toHaveBeenCalled();
    expect(bridge.stopJob).not.toHaveBeenCalled();
    expect(stopped).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('a job that ends before any Stop is answered as usual, and a later abort stops nothing', async () => {
    const { bridge } = fakeBridge();
    const controller = new AbortController();
    expect(await electronPlatform(bridge).importLawFile({ name: 'a.pdf', bytes: new Uint8Array([37]) }, undefined, controller.signal)).toEqual({ file: 'a.pdf', text: 'law' });
    controller.abort();
    expect(bridge.stopJob).not.toHaveBeenCalled();
  });
});

describe('chooseLawFiles on the desktop', () => {
  it("hands the page main's chosen files, each its bytes or the problem that kept it out", async () => {
    const { bridge } = fakeBridge();
    const chosen: ChosenLawFile[] = [
      { name: 'a.pdf', bytes: new Uint8Array([37]) },
      { name: 'huge.pdf', problem: { code: 'too-large', params: { file: 'huge.pdf', size: 80, limit: 50 } } },
    ];
    bridge.chooseLawFiles.mockReturnValueOnce(ok(chosen));
    expect(await electronPlatform(bridge).chooseLawFiles!()).toEqual(chosen);
  });
});

describe('isBridgePush and findBridge', () => {
  it('accepts only the pushes of the contract', () => {
    expect(isBridgePush({ kind: 'import-progress', job: 'j', done: 0, total: 0 })).toBe(true);
    expect(isBridgePush({ kind: 'import-progress', job: 'j', done: 1.5, total: 2 })).toBe(false);
    expect(isBridgePush({ kind: 'menu-command', command: 'about' })).toBe(true);
    expect(isBridgePush({ kind: 'menu-command' })).toBe(false);
    expect(isBridgePush([])).toBe(false);
  });

  it('tells main the language of the interface, for its menus and dialogs', async () => {
    const { bridge } = fakeBridge();
    await electronPlatform(bridge).setLanguage!('fr');
    expect(bridge.setLanguage).toHaveBeenCalledWith({ language: 'fr' });
  });

  it('finds the bridge only when it looks like one', () => {
    const { bridge } = fakeBridge();
    expect(findBridge({ lexgap: bridge })).toBe(bridge);
    expect(findBridge({})).toBeUndefined();
    expect(findBridge({ lexgap: { analyzeText: 1 } })).toBeUndefined();
  });
});
