/**
 * The renderer's only way out: a Platform. In Electron it is built on `window.lexgap`, the bridge the preload
 * exposes (main/preload.ts), whose answers are checked IPC results (electron.ts). In a plain browser it is a
 * web adapter (web.ts): the engine runs in the page, files come from a file input, exports are downloads and
 * projects live in IndexedDB. The rest of the UI never knows which one it has.
 */
import type { AnalyzeTextRequest, ChosenLawFile, ExportKind, ImportedLaw, LanguageOption, MenuCommand, OpenedProject, ProjectLocation, RecentProject, Recovery, SampleLaw } from '../../core/app/contract.js';
import type { WordsLanguage } from '../../core/i18n/index.js';
import type { Problem } from '../../core/input-error.js';
import type { Project } from '../../core/project.js';
import type { Analysis } from '../../core/types.js';

export type { ChosenLawFile, ExportKind, ImportedLaw, LanguageOption, MenuCommand, OpenedProject, ProjectLocation, RecentProject, Recovery, SampleLaw };

/** What to analyse: the law's text, a name for it (a file name, or "pasted text") and its language. */
export type AnalyzeRequest = AnalyzeTextRequest;

/** Progress of a long import, for a progress bar: e.g. PDF pages done out of total. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** Long work the person can follow and stop. */
export interface WorkOptions {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
}

/** A document to read: its bytes, or the file itself not yet read (a Blob, read where it is parsed). */
export interface LawFile {
  name: string;
  bytes: Uint8Array | Blob;
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  /** Analyses a law; aborting `signal` stops the analysis and rejects with Cancelled. */
  analyzeText(request: AnalyzeRequest, options?: WorkOptions): Promise<Analysis>;
  getSampleLaw(): Promise<SampleLaw>;
  /** Asks the user for a law document (open dialog or file input) and reads it; undefined if they cancel. */
  importLaw(onProgress?: (p: ImportProgress) => void, signal?: AbortSignal): Promise<ImportedLaw | undefined>;
  /** Reads a document the user dropped on the window. Documents are parsed off the UI thread. */
  importLawFile(file: LawFile, onProgress?: (p: ImportProgress) => void, signal?: AbortSignal): Promise<ImportedLaw>;
  /**
   * Asks the user for several law documents at once, unread (each its bytes, or the problem that kept it from being
   * taken); none if they cancel. Absent where only one can be chosen.
   */
  chooseLawFiles?(): Promise<ChosenLawFile[]>;
  /** Asks the user for a .lexgap project and opens it; undefined if they cancel. */
  openProject(): Promise<OpenedProject | undefined>;
  openRecent(location: ProjectLocation): Promise<OpenedProject>;
  recentProjects(): Promise<RecentProject[]>;
  /**
   * Saves the project (atomically: a failed save never damages the previous file). Without a location, or with
   * saveAs, asks where; undefined if the user cancels.
   */
  saveProject(project: Project, options: { location?: ProjectLocation; saveAs?: boolean }): Promise<ProjectLocation | undefined>;
  /** Keeps a copy of unsaved work in the app's own storage, for recovery after a crash. */
  autosave(project: Project, location?: ProjectLocation): Promise<void>;
  /** Work left by a session that did not close cleanly, if any. */
  recovery(): Promise<Recovery | undefined>;
  /** Forgets the autosaved copy (after a save, a clean close, or when the user declines recovery). */
  discardRecovery(): Promise<void>;
  /**
   * Keeps the regional comparison (its JSON, core/region.ts) in the app's own storage, to restore on the next
   * start. Optional: where a platform lacks it, the comparison is kept for the visit only (the Region screen says so).
   */
  autosaveRegion?(json: string): Promise<void>;
  /** The comparison last kept by autosaveRegion, as JSON; undefined if there is none. */
  restoreRegion?(): Promise<string | undefined>;
  /** Asks the user for a saved comparison file and reads it; undefined if they cancel. */
  openRegionFile?(): Promise<{ name: string; text: string } | undefined>;
  /** Saves an export (save dialog in Electron, a download on the web); returns the name written, or undefined if cancelled. */
  exportFile(kind: ExportKind, suggestedName: string, bytes: Uint8Array): Promise<string | undefined>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
  /**
   * Subscribes to projects opened from outside the page (Electron only: a .lexgap file double-clicked or given
   * to a second launch, or chosen in the native File > Open Recent menu); returns the unsubscribe function.
   * The page decides what to do with unsaved work before it shows the project.
   */
  onOpenProject?(handler: (opened: OpenedProject) => void): () => void;
  /** The interface's language changed: the desktop app's menus and dialogs follow it. */
  setLanguage?(language: WordsLanguage): Promise<void>;
}

/** The person stopped the work (reading a document, analysing a law): nothing to report, nothing was kept. */
export class Cancelled extends Error {
  override name = 'Cancelled';
  constructor() {
    super('cancelled');
  }
}

/** A failure the user should hear about: a problem (a code with data) that the screen words in their language. */
export class PlatformError extends Error {
  override name = 'PlatformError';
  constructor(readonly problem: Problem) {
    super(`${problem.code} ${JSON.stringify(problem.params)}`);
  }
}
