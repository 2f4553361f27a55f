/**
 * The Platform in Electron, built on `window.lexgap`, the bridge the preload exposes (main/preload.ts): one
 * function per operation, each answering a checked IPC result, and one `subscribe` for what main pushes (menu
 * commands, import progress, projects opened from outside the window). Main checks every request; this side
 * checks every push with the same contract (core/app/contract.ts) before the UI sees it, and turns main's
 * refusals into PlatformErrors carrying the problem to word.
 */
import { PushMessageSchema, type IpcResult, type LexgapApi, type PushMessage } from '../../core/app/contract.js';
import { signal as fire } from '../app/signal.js';
import { Cancelled, PlatformError, type ImportProgress, type Platform, type ProjectLocation } from './types.js';

/** The bridge the preload exposes: exactly the contract's API. */
export type LexgapBridge = LexgapApi;

declare global {
  interface Window {
    /** Present only in lexgap's Electron window (main/preload.ts). */
    lexgap?: LexgapBridge;
  }
}

/** Checks a push before the UI sees it: main validated it, but the page trusts nothing it did not check. */
export function isBridgePush(message: unknown): message is PushMessage {
  return PushMessageSchema.safeParse(message).success;
}

/** The bridge, if this page runs in lexgap's Electron window (checked, not assumed). */
export function findBridge(scope: object = globalThis): LexgapBridge | undefined {
  const candidate = (scope as { lexgap?: unknown }).lexgap;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const bridge = candidate as Record<string, unknown>;
  return typeof bridge.subscribe === 'function' && typeof bridge.analyzeText === 'function' ? (candidate as LexgapBridge) : undefined;
}

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  // Stopped at the person's request (stopJob): the same outcome as the web's stopped worker.
  if (result.error.code === 'stopped') throw new Cancelled();
  throw new PlatformError(result.error.problem);
}

/** Only the id and name travel back: a RecentProject's other fields are not part of a location. */
const locationOf = (location: ProjectLocation): ProjectLocation => ({ id: location.id, name: location.name });

let jobCounter = 0;
const newJob = () => `import-${Date.now().toString(36)}-${(jobCounter++).toString(36)}`;

export function electronPlatform(bridge: LexgapBridge): Platform {
  /** Subscribes to pushes that pass the check and that `pick` accepts. */
  const listen = <T>(pick: (message: PushMessage) => T | undefined, handler: (value: T) => void): (() => void) =>
    bridge.subscribe((message) => {
      if (!isBridgePush(message)) return;
      const value = pick(message);
      if (value !== undefined) handler(value);
    });

  /** Forwards the progress of one job (and only its own) while it runs. */
  async function withProgress<T>(job: string, onProgress: ((p: ImportProgress) => void) | undefined, run: (job: string) => Promise<T>): Promise<T> {
    if (!onProgress) return run(job);
    const stop = listen((m) => (m.kind === 'import-progress' && m.job === job ? { done: m.done, total: m.total } : undefined), onProgress);
    try {
      return await run(job);
    } finally {
      stop();
    }
  }

  /**
   * Runs a long job under a name of its own, so that the person's Stop reaches main's worker doing it (stopJob):
   * the job then rejects with Cancelled once main says the work has ended, as the web's does when its worker is
   * terminated, and 'engine-stopped' is fired.
   */
  function stoppable<T>(signal: AbortSignal | undefined, onProgress: ((p: ImportProgress) => void) | undefined, run: (job: string) => Promise<T>): Promise<T> {
    if (signal?.aborted) {
      fire('engine-stopped');
      return Promise.reject(new Cancelled());
    }
    const job = newJob();
    const work = withProgress(job, onProgress, run);
    if (!signal) return work;
    return new Promise<T>((resolve, reject) => {
      const stop = () => {
        // Whatever main answers (it may have finished the job a moment before), the person asked to stop.
        void bridge
          .stopJob({ job })
          .catch(() => undefined)
          .finally(() => {
            reject(new Cancelled());
            fire('engine-stopped');
          });
      };
      signal.addEventListener('abort', stop, { once: true });
      const done = () => signal.removeEventListener('abort', stop);
      // An answer that comes after the Stop is dropped, as the web's is: what the person stopped is not taken.
      work.then(
        (value) => {
          done();
          if (!signal.aborted) resolve(value);
        },
        (error: unknown) => {
          done();
          reject(signal.aborted ? new Cancelled() : error);
        },
      );
    });
  }

  return {
    kind: 'electron',
    analyzeText: (request, options) => stoppable(options?.signal, options?.onProgress, async (job) => unwrap(await bridge.analyzeText({ ...request, job }))),
    getSampleLaw: async () => unwrap(await bridge.getSampleLaw()),
    importLaw: (onProgress, signal) => stoppable(signal, onProgress, async (job) => unwrap(await bridge.importLaw({ job })) ?? undefined),
    importLawFile: (file, onProgress, signal) =>
      stoppable(signal, onProgress, async (job) => {
        const bytes = file.bytes instanceof Blob ? new Uint8Array(await file.bytes.arrayBuffer()) : file.bytes;
        return unwrap(await bridge.importLawFile({ name: file.name, bytes, job }));
      }),
    chooseLawFiles: async () => unwrap(await bridge.chooseLawFiles()),
    openProject: async () => unwrap(await bridge.openProject()) ?? undefined,
    openRecent: async (location) => unwrap(await bridge.openRecent(locationOf(location))),
    recentProjects: async () => unwrap(await bridge.recentProjects()),
    saveProject: async (project, options) =>
      unwrap(
        await bridge.saveProject({
          project,
          ...(options.location ? { location: locationOf(options.location) } : {}),
          ...(options.saveAs ? { saveAs: true } : {}),
        }),
      ) ?? undefined,
    autosave: async (project, location) => {
      unwrap(await bridge.autosave({ project, ...(location ? { location: locationOf(location) } : {}) }));
    },
    recovery: async () => unwrap(await bridge.recovery()) ?? undefined,
    discardRecovery: async () => {
      unwrap(await bridge.discardRecovery());
    },
    autosaveRegion: async (json) => {
      unwrap(await bridge.autosaveRegion({ json }));
    },
    restoreRegion: async () => unwrap(await bridge.restoreRegion()) ?? undefined,
    openRegionFile: async () => unwrap(await bridge.openRegionFile()) ?? undefined,
    exportFile: async (kind, suggestedName, bytes) => unwrap(await bridge.exportFile({ kind, suggestedName, bytes })) ?? undefined,
    onMenuCommand: (handler) => listen((m) => (m.kind === 'menu-command' ? m.command : undefined), handler),
    onOpenProject: (handler) => listen((m) => (m.kind === 'open-project' ? m.opened : undefined), handler),
    setLanguage: async (language) => {
      unwrap(await bridge.setLanguage({ language }));
    },
  };
}
