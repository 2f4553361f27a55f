/**
 * The Platform in Electron, built on `window.lexgap`, the bridge the preload exposes (main/preload.ts): one
 * function per operation, each answering a checked IPC result, and one `subscribe` for what main pushes (menu
 * commands, import progress, projects opened from outside the window). Main checks every request; this side
 * checks every push before the UI sees it, and turns main's refusals into PlatformErrors whose message is
 * already in the user's words.
 *
 * The renderer may not import main/, so the bridge's shape is written out here; test/main/ipc.test.ts checks
 * at compile time that the preload's API (LexgapApi in main/ipc-contract.ts) fits it.
 */
import { MENU_COMMANDS } from '../../core/app.js';
import type { Analysis } from '../../core/types.js';
import type { Project } from '../../core/project.js';
import {
  PlatformError,
  type AnalyzeRequest,
  type ExportKind,
  type ImportedLaw,
  type ImportProgress,
  type MenuCommand,
  type OpenedProject,
  type Platform,
  type ProjectLocation,
  type RecentProject,
  type Recovery,
  type SampleLaw,
} from './types.js';

/** What every bridge function answers (IpcResult in main/ipc-contract.ts, as the renderer sees it). */
export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** What main pushes (PushMessage in main/ipc-contract.ts). */
export type BridgePush =
  | { kind: 'menu-command'; command: MenuCommand }
  | { kind: 'import-progress'; job: string; done: number; total: number }
  | { kind: 'open-project'; opened: OpenedProject };

/** The API the preload exposes as window.lexgap (LexgapApi in main/ipc-contract.ts). `null` = cancelled or none. */
export interface LexgapBridge {
  analyzeText(request: AnalyzeRequest): Promise<BridgeResult<Analysis>>;
  getSampleLaw(): Promise<BridgeResult<SampleLaw>>;
  importLaw(request: { job?: string }): Promise<BridgeResult<ImportedLaw | null>>;
  importLawFile(request: { name: string; bytes: Uint8Array; job?: string }): Promise<BridgeResult<ImportedLaw>>;
  openProject(): Promise<BridgeResult<OpenedProject | null>>;
  openRecent(location: ProjectLocation): Promise<BridgeResult<OpenedProject>>;
  recentProjects(): Promise<BridgeResult<RecentProject[]>>;
  saveProject(request: { project: Project; location?: ProjectLocation; saveAs?: boolean }): Promise<BridgeResult<ProjectLocation | null>>;
  autosave(request: { project: Project; location?: ProjectLocation }): Promise<BridgeResult<null>>;
  recovery(): Promise<BridgeResult<Recovery | null>>;
  discardRecovery(): Promise<BridgeResult<null>>;
  autosaveRegion(request: { json: string }): Promise<BridgeResult<null>>;
  restoreRegion(): Promise<BridgeResult<string | null>>;
  openRegionFile(): Promise<BridgeResult<{ name: string; text: string } | null>>;
  exportFile(request: { kind: ExportKind; suggestedName: string; bytes: Uint8Array }): Promise<BridgeResult<string | null>>;
  subscribe(listener: (message: BridgePush) => void): () => void;
}

declare global {
  interface Window {
    /** Present only in lexgap's Electron window (main/preload.ts). */
    lexgap?: LexgapBridge;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Checks a push before the UI sees it: main validated it, but the page trusts nothing it did not check. */
export function isBridgePush(message: unknown): message is BridgePush {
  if (!isRecord(message)) return false;
  switch (message.kind) {
    case 'menu-command':
      return typeof message.command === 'string' && (MENU_COMMANDS as readonly string[]).includes(message.command);
    case 'import-progress':
      return typeof message.job === 'string' && isCount(message.done) && isCount(message.total);
    case 'open-project': {
      const opened = message.opened;
      return (
        isRecord(opened) &&
        isRecord(opened.project) &&
        opened.project.format === 'lexgap-project' &&
        isRecord(opened.location) &&
        typeof opened.location.id === 'string' &&
        typeof opened.location.name === 'string'
      );
    }
    default:
      return false;
  }
}

/** The bridge, if this page runs in lexgap's Electron window (checked, not assumed). */
export function findBridge(scope: object = globalThis): LexgapBridge | undefined {
  const candidate = (scope as { lexgap?: unknown }).lexgap;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const bridge = candidate as Record<string, unknown>;
  return typeof bridge.subscribe === 'function' && typeof bridge.analyzeText === 'function' ? (candidate as LexgapBridge) : undefined;
}

function unwrap<T>(result: BridgeResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.message);
}

/** Only the id and name travel back: a RecentProject's other fields are not part of a location. */
const locationOf = (location: ProjectLocation): ProjectLocation => ({ id: location.id, name: location.name });

let jobCounter = 0;
const newJob = () => `import-${Date.now().toString(36)}-${(jobCounter++).toString(36)}`;

export function electronPlatform(bridge: LexgapBridge): Platform {
  /** Subscribes to pushes that pass the check and that `pick` accepts. */
  const listen = <T>(pick: (message: BridgePush) => T | undefined, handler: (value: T) => void): (() => void) =>
    bridge.subscribe((message) => {
      if (!isBridgePush(message)) return;
      const value = pick(message);
      if (value !== undefined) handler(value);
    });

  /** Runs an import, forwarding its progress (and only its own) while it runs. */
  async function withProgress<T>(onProgress: ((p: ImportProgress) => void) | undefined, run: (job: string | undefined) => Promise<T>): Promise<T> {
    if (!onProgress) return run(undefined);
    const job = newJob();
    const stop = listen(
      (m) => (m.kind === 'import-progress' && m.job === job ? { done: m.done, total: m.total } : undefined),
      onProgress,
    );
    try {
      return await run(job);
    } finally {
      stop();
    }
  }

  return {
    kind: 'electron',
    analyzeText: async (request) => unwrap(await bridge.analyzeText(request)),
    getSampleLaw: async () => unwrap(await bridge.getSampleLaw()),
    importLaw: (onProgress) =>
      withProgress(onProgress, async (job) => unwrap(await bridge.importLaw(job ? { job } : {})) ?? undefined),
    importLawFile: (file, onProgress) =>
      withProgress(onProgress, async (job) => unwrap(await bridge.importLawFile({ name: file.name, bytes: file.bytes, ...(job ? { job } : {}) }))),
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
  };
}
