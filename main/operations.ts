/**
 * What main does for each operation of the contract, written against small interfaces (dialogs, the app's
 * store, the location registry) so that every operation runs in tests without Electron
 * (test/main/operations.test.ts). main.ts supplies Electron's dialogs and the user-data folder.
 *
 * Paths come only from main's own dialogs, the recent list, or the operating system (a double-clicked file);
 * the page sees ProjectLocations whose ids main resolves (main/locations.ts).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/input-error.js';
import type { Project } from '../core/project.js';
import { analyzeInWorker } from '../core/node/analyze-pool.js';
import { lawFileBytes, readLaw as readLawFromDisk, readLawBytes as readLawFromBytes, type ReadOptions } from '../core/node/read.js';
import { writeAtomic } from '../core/node/write.js';
import type { ChosenLawFile, ExportKind, ImportedLaw, OpenedProject, OpenedRegion, ProjectLocation, RecentProject, SampleLaw } from '../core/app/contract.js';
import type { HandlerContext, Handlers, PushTarget } from './ipc.js';
import { Jobs } from './jobs.js';
import type { LocationRegistry } from './locations.js';
import {
  PROJECT_EXTENSION,
  readProjectFile,
  readRegionFile,
  REGION_EXTENSION,
  safeFileName,
  suggestedProjectName,
  withExtension,
  writeProjectFile,
  type AppStore,
  type RecentEntry,
  type WriteFile,
} from './projects.js';
import { translator, type WordsLanguage } from '../core/i18n/index.js';

/** The words of main's own dialogs, in the interface's language. */
export type DialogWords = ReturnType<typeof dialogWords>;
export const dialogWords = (language: WordsLanguage = 'en') => translator(language, 'menu', 'dialogs');

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenOptions {
  title: string;
  filters: FileFilter[];
  defaultPath?: string;
}

/** The dialogs main shows, each attached to the window that asked (`owner`, the sender's WebContents). */
export interface Dialogs {
  /** A path the user chose, or undefined if they cancelled. */
  showOpen(owner: PushTarget | undefined, options: OpenOptions): Promise<string | undefined>;
  /** The paths the user chose in a dialog that allows several; none if they cancelled. */
  showOpenMany(owner: PushTarget | undefined, options: OpenOptions): Promise<string[]>;
  /** A path the user chose (the dialog asks before replacing a file), or undefined if they cancelled. */
  showSave(owner: PushTarget | undefined, options: { title: string; filters: FileFilter[]; defaultPath: string }): Promise<string | undefined>;
  /** Asks before replacing a file the save dialog did not ask about (main added the extension). */
  confirmReplace(owner: PushTarget | undefined, name: string): Promise<boolean>;
}

export interface OperationServices {
  dialogs: Dialogs;
  store: AppStore;
  locations: LocationRegistry;
  /** Whether the previous session ended cleanly (AppStore.startSession at start). */
  previousEndedCleanly: boolean;
  sampleLaw: () => SampleLaw;
  /** Where dialogs open first (the user's documents folder). */
  documentsDir?: string;
  /** The operating system's recent documents (app.addRecentDocument). */
  addRecentDocument?: (file: string) => void;
  /** The recent list changed (main.ts rebuilds the Open Recent menu). */
  onRecentChanged?: (entries: RecentEntry[]) => void;
  /** The interface's language, which the dialogs follow (setLanguage); English until the page says. */
  language?: WordsLanguage;
  /** The page chose another language: main rebuilds its menu in it. */
  onLanguage?: (language: WordsLanguage) => void;
  log?: (message: string) => void;
  /** Replaceable in tests. */
  readLaw?: (file: string, options: ReadOptions) => Promise<ImportedLaw>;
  readLawBytes?: (name: string, bytes: Uint8Array, options: ReadOptions) => Promise<ImportedLaw>;
  /** Analyses a law; by default in a worker thread under the analysis budget, so main stays responsive. */
  analyze?: typeof analyzeInWorker;
  write?: WriteFile;
  now?: () => Date;
}

/** The extensions the import dialog offers (core/import reads them; .htm is .html's other spelling). */
export const LAW_EXTENSIONS = ['docx', 'pdf', 'odt', 'rtf', 'html', 'htm', 'txt', 'md'] as const;

export const EXPORT_EXTENSIONS: Record<ExportKind, string> = { docx: '.docx', csv: '.csv', json: '.json' };

export function lawFilters(t: DialogWords = dialogWords()): FileFilter[] {
  // "All files" lets a drafter pick an old .doc and be told how to convert it, rather than not see it.
  return [
    { name: t('lawDocuments'), extensions: [...LAW_EXTENSIONS] },
    { name: t('allFiles'), extensions: ['*'] },
  ];
}

export function projectFilters(t: DialogWords = dialogWords()): FileFilter[] {
  return [{ name: t('projects'), extensions: [PROJECT_EXTENSION.slice(1)] }];
}

/** Comparison files; plain .json too, as some dialogs do not match a two-part extension (and the web saves .json). */
export function regionFilters(t: DialogWords = dialogWords()): FileFilter[] {
  return [{ name: t('regions'), extensions: [REGION_EXTENSION.slice(1), 'json'] }];
}

export function exportFilters(kind: ExportKind, t: DialogWords = dialogWords()): FileFilter[] {
  return [{ name: t(kind), extensions: [EXPORT_EXTENSIONS[kind].slice(1)] }];
}

export interface Operations {
  handlers: Handlers;
  /** Opens a project main was given a path for (dialog, recent list, command line, operating system). */
  openPath(file: string): Promise<OpenedProject>;
  /** The recent list as it stands (for the Open Recent menu). */
  recent(): Promise<RecentEntry[]>;
}

export function createOperations(services: OperationServices): Operations {
  const { dialogs, store, locations } = services;
  let language: WordsLanguage = services.language ?? 'en';
  const words = () => dialogWords(language);
  const log = services.log ?? ((message: string) => console.warn(message));
  const readLaw = services.readLaw ?? readLawFromDisk;
  const readLawBytes = services.readLawBytes ?? readLawFromBytes;
  const write = services.write ?? writeAtomic;
  const analyze = services.analyze ?? analyzeInWorker;
  const now = services.now ?? (() => new Date());
  /** Reading and analysing under way, which the page may stop. */
  const jobs = new Jobs();
  /** The folder of the last file chosen, so the next dialog opens there. */
  let lastDir = services.documentsDir;

  const chosen = (file: string) => {
    lastDir = path.dirname(file);
    return file;
  };
  const inLastDir = (name: string) => (lastDir ? path.join(lastDir, name) : name);

  async function remember(file: string, project: Pick<Project, 'meta'>): Promise<void> {
    try {
      services.onRecentChanged?.(await store.addRecent(file, project));
      services.addRecentDocument?.(file);
    } catch (err) {
      log(`lexgap: could not update the recent list: ${(err as Error).message}`);
    }
  }

  async function openPath(file: string): Promise<OpenedProject> {
    let project: Project;
    try {
      project = await readProjectFile(file);
    } catch (err) {
      if (err instanceof InputError && err.code === 'unreadable') {
        // Gone or unreadable: take it off the recent list. A damaged or newer file stays listed and untouched.
        await store.removeRecent(file).then(services.onRecentChanged, () => undefined);
      }
      throw err;
    }
    chosen(file);
    await remember(file, project);
    return { project, location: locations.locationFor(file) };
  }

  /** Asks where to save, adding the extension; undefined if the user cancels. */
  async function askWhereToSave(owner: PushTarget | undefined, title: string, suggested: string, extension: string, filters: FileFilter[]) {
    const picked = await dialogs.showSave(owner, { title, filters, defaultPath: suggested });
    if (!picked) return undefined;
    const file = withExtension(picked, extension);
    // The dialog asked about replacing `picked`; if main added the extension, ask about the real target.
    if (file !== picked && (await exists(file)) && !(await dialogs.confirmReplace(owner, path.basename(file)))) return undefined;
    return chosen(file);
  }

  /** How a read reports its progress to the page and hears a stop, for the page's job of that name. */
  const readOptions = (context: HandlerContext, job: string | undefined, signal: AbortSignal | undefined): ReadOptions => ({
    ...(job ? { onProgress: (done: number, total: number) => context.push({ kind: 'import-progress', job, done, total }) } : {}),
    ...(signal ? { signal } : {}),
  });

  const handlers: Handlers = {
    // Off the main thread: 4.9 million characters would otherwise freeze menus, dialogs and autosave for 30 s.
    analyzeText: ({ text, file, language, job }) => jobs.track(job, (signal) => analyze(text, { file, language: language ?? 'auto' }, signal)),

    getSampleLaw: () => services.sampleLaw(),

    importLaw: ({ job }, context) =>
      jobs.track(job, async (signal) => {
        const file = await dialogs.showOpen(context.sender, { title: words()('importTitle'), filters: lawFilters(words()), ...(lastDir ? { defaultPath: lastDir } : {}) });
        if (!file) return null;
        return imported(await readLaw(chosen(file), readOptions(context, job, signal)));
      }),

    importLawFile: ({ name, bytes, job }, context) => jobs.track(job, async (signal) => imported(await readLawBytes(name, bytes, readOptions(context, job, signal)))),

    // Several documents for the comparison: each file's bytes (or what stops it being taken), read one at a time
    // by importLawFile as the page adds them, so one file that cannot be taken never loses the others.
    async chooseLawFiles(_request, context): Promise<ChosenLawFile[]> {
      const files = await dialogs.showOpenMany(context.sender, { title: words()('addLawsTitle'), filters: lawFilters(words()), ...(lastDir ? { defaultPath: lastDir } : {}) });
      const taken: ChosenLawFile[] = [];
      for (const file of files) {
        try {
          const { file: name, bytes } = await lawFileBytes(chosen(file));
          taken.push({ name, bytes });
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          taken.push({ name: path.basename(file), problem: err.problem });
        }
      }
      return taken;
    },

    stopJob: ({ job }) => jobs.stop(job),

    async openProject(_request, context) {
      const file = await dialogs.showOpen(context.sender, { title: words()('openTitle'), filters: projectFilters(words()), ...(lastDir ? { defaultPath: lastDir } : {}) });
      if (!file) return null;
      return openPath(file);
    },

    openRecent: (location) => openPath(locations.pathFor(location.id)),

    async recentProjects(): Promise<RecentProject[]> {
      return (await store.recent()).map((entry) => ({
        ...locations.locationFor(entry.path),
        at: entry.at,
        ...(entry.country ? { country: entry.country } : {}),
        ...(entry.title ? { title: entry.title } : {}),
      }));
    },

    async saveProject({ project, location, saveAs }, context): Promise<ProjectLocation | null> {
      // An id main did not hand out is refused even for Save As: the page never names a place on disk.
      const known = location ? locations.pathFor(location.id) : undefined;
      let file = saveAs ? undefined : known;
      if (!file) {
        const suggested = known ?? inLastDir(suggestedProjectName(project, words()('untitled')));
        file = await askWhereToSave(context.sender, words()('saveTitle'), suggested, PROJECT_EXTENSION, projectFilters(words()));
        if (!file) return null;
      }
      await writeProjectFile(file, project, { now: now(), write });
      await remember(file, project);
      return locations.locationFor(file);
    },

    async autosave({ project, location }) {
      await store.autosave(project, location ? locations.pathFor(location.id) : undefined);
      return null;
    },

    async recovery() {
      const work = await store.recovery(services.previousEndedCleanly);
      if (!work) return null;
      return { project: work.project, savedAt: work.savedAt, ...(work.location ? { location: locations.locationFor(work.location) } : {}) };
    },

    async discardRecovery() {
      await store.discardRecovery();
      return null;
    },

    async autosaveRegion({ json }) {
      await store.autosaveRegion(json);
      return null;
    },

    async restoreRegion() {
      return (await store.restoreRegion()) ?? null;
    },

    async openRegionFile(_request, context): Promise<OpenedRegion | null> {
      const file = await dialogs.showOpen(context.sender, {
        title: words()('openRegionTitle'),
        filters: regionFilters(words()),
        ...(lastDir ? { defaultPath: lastDir } : {}),
      });
      if (!file) return null;
      return readRegionFile(chosen(file));
    },

    setLanguage({ language: chosen }) {
      language = chosen as WordsLanguage;
      services.onLanguage?.(language);
      return null;
    },

    async exportFile({ kind, suggestedName, bytes }, context) {
      const extension = EXPORT_EXTENSIONS[kind];
      const suggested = inLastDir(withExtension(safeFileName(suggestedName), extension));
      const file = await askWhereToSave(context.sender, words()('exportTitle'), suggested, extension, exportFilters(kind, words()));
      if (!file) return null;
      await write(file, bytes);
      return path.basename(file);
    },
  };

  return { handlers, openPath, recent: () => store.recent() };
}

/** What the page gets of a law read: its name, its text and, when there are any, what to tell the user. */
function imported(law: ImportedLaw): ImportedLaw {
  return { file: law.file, text: law.text, ...(law.warnings?.length ? { warnings: law.warnings } : {}) };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
