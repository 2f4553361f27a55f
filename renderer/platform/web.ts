/**
 * The Platform as a plain web page: the engine runs in the page (in a Web Worker where one can start), laws
 * come from a file input, exports are downloads, and projects, the recent list and the autosaved copy live in
 * the browser's IndexedDB. Nothing leaves the computer.
 */
import { MAX_INPUT_BYTES, MAX_RECENT, parseRequest } from '../../core/app/contract.js';
import { InputError, textTooLong, type FileName, type Problem } from '../../core/input-error.js';
import { LIMITS, textSurelyTooLong } from '../../core/limits.js';
import { projectName, type Project } from '../../core/project.js';
import { analyzeInEngine, convertInEngine, serializeInEngine } from '../engine/client.js';
import {
  type ExportKind,
  type ImportedLaw,
  type ImportProgress,
  type LawFile,
  type MenuCommand,
  PlatformError,
  type OpenedProject,
  type Platform,
  type ProjectLocation,
  type RecentProject,
  type Recovery,
} from './types.js';
import { recoveryOrder, toDiscard, toPrune, type Generation } from '../../core/autosave.js';
import { VERSION } from '../../core/version.js';
import { deleteValue, getAll, getKeys, getValue, putValue, putValues, STORES } from './web-store.js';

const MB = 1024 * 1024;
/** The single automatic copy earlier versions kept: read as one generation, never written again. */
const LEGACY_AUTOSAVE_KEY = 'autosave';
/** Each automatic copy is a generation: its project under "autosave:<id>", its note under "autosave-note:<id>". */
const GENERATION = 'autosave:';
const NOTE = 'autosave-note:';
/** The regional comparison, as its JSON (core/region.ts), under this key of the state store. */
const REGION_KEY = 'region';

const MIME: Record<ExportKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

interface StoredProject {
  id: string;
  name: string;
  json: string;
  savedAt: string;
}

interface StoredRecovery {
  json: string;
  location?: ProjectLocation;
  savedAt: string;
}

/** What a generation's note says: when it was kept, by which lexgap, and where the project had been saved. */
interface AutosaveNote {
  autosavedAt: string;
  savedBy: string;
  location?: ProjectLocation;
}

interface StoredGeneration extends Generation {
  /** The keys of its project and its note (the legacy copy has no note). */
  keys: string[];
  location?: ProjectLocation;
}

/** The automatic copies kept in this browser, each as its note describes it. */
async function generations(): Promise<StoredGeneration[]> {
  const keys = await getKeys(STORES.state);
  const found: StoredGeneration[] = [];
  for (const key of keys) {
    if (key.startsWith(NOTE)) {
      const id = key.slice(NOTE.length);
      const note = await getValue<AutosaveNote>(STORES.state, key);
      if (!note || typeof note.autosavedAt !== 'string') continue;
      found.push({ id, autosavedAt: note.autosavedAt, savedBy: note.savedBy, keys: [`${GENERATION}${id}`, key], ...(note.location ? { location: note.location } : {}) });
    } else if (key === LEGACY_AUTOSAVE_KEY) {
      const legacy = await getValue<StoredRecovery>(STORES.state, key);
      if (legacy) found.push({ id: key, autosavedAt: legacy.savedAt, keys: [key], ...(legacy.location ? { location: legacy.location } : {}) });
    }
  }
  return found;
}

/** Names always grow, even for two copies kept in one millisecond. */
let lastStamp = 0;

const problem = (code: Problem['code'], params: Problem['params'] = {}) => new PlatformError({ code, params });

/** A problem core raised (an InputError) as the screen shows it; anything else as it is. */
function asPlatformError(error: unknown): unknown {
  return error instanceof InputError ? new PlatformError(error.problem) : error;
}

async function stored<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    console.error(error);
    throw problem('storage');
  }
}

/** Lets the user pick files (one, or several when `multiple`) with a hidden file input; none if they cancel. */
function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.hidden = true;
    input.dataset.lexgap = 'file-input';
    let done = false;
    const finish = (files: File[]) => {
      if (done) return;
      done = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish([...(input.files ?? [])]));
    input.addEventListener('cancel', () => finish([]));
    document.body.append(input);
    input.click();
  });
}

const pickFile = async (accept: string): Promise<File | undefined> => (await pickFiles(accept, false))[0];

const extension = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
};

async function readLaw(file: LawFile, onProgress?: (p: ImportProgress) => void, signal?: AbortSignal): Promise<ImportedLaw> {
  const size = file.bytes instanceof Blob ? file.bytes.size : file.bytes.length;
  if (size > MAX_INPUT_BYTES) throw problem('too-large', { file: file.name, size: size / MB, limit: MAX_INPUT_BYTES / MB });
  const { formatOf } = await import('../../core/import/detect.js');
  let format;
  try {
    format = formatOf(extension(file.name), file.name);
    // A plain text this large cannot fit the limit, whatever its encoding: said at once, not after reading it.
    if (textSurelyTooLong(size, format)) throw textTooLong(file.name, LIMITS.textLength);
  } catch (error) {
    throw asPlatformError(error);
  }
  const read = await convertInEngine(file.bytes, format, file.name, { onProgress: (done, total) => onProgress?.({ done, total }), ...(signal ? { signal } : {}) });
  const { readingWarnings } = await import('../../core/import/index.js');
  const warnings = readingWarnings(file.name, read);
  return { file: file.name, text: read.text, ...(warnings.length ? { warnings } : {}) };
}

async function parseStored(json: string, name: FileName): Promise<Project> {
  const { parseProject } = await import('../../core/project.js');
  try {
    return parseProject(json, name);
  } catch (error) {
    throw asPlatformError(error);
  }
}

async function serialize(project: Project): Promise<string> {
  try {
    return await serializeInEngine(project);
  } catch (error) {
    throw asPlatformError(error);
  }
}

async function remember(location: ProjectLocation, project: Project): Promise<void> {
  const entry: RecentProject = {
    ...location,
    at: new Date().toISOString(),
    ...(project.meta.country ? { country: project.meta.country } : {}),
    ...(project.meta.title ? { title: project.meta.title } : {}),
  };
  await putValue(STORES.recent, entry);
}

function newId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `p-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('input:not([type=checkbox]):not([type=radio]):not([type=button]), textarea, select'));

/** The keyboard shortcuts that stand in for the desktop app's menu. */
export function shortcutCommand(event: KeyboardEvent): MenuCommand | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 's') return event.shiftKey ? 'save-as' : 'save';
  if (key === 'o' && !event.shiftKey) return 'open';
  if (key === 'i' && !event.shiftKey) return 'import';
  if (key === 'f' && !event.shiftKey) return 'find';
  if (key === 'e' && !event.shiftKey) return 'export-report';
  // Undo and redo inside a text field are the field's own.
  if (isEditable(event.target)) return undefined;
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return undefined;
}

export function webPlatform(): Platform {
  return {
    kind: 'web',

    async analyzeText(request, options) {
      // The same checks main makes of the desktop app's requests.
      const checked = parseRequest('analyzeText', request);
      if (!checked.ok) throw new PlatformError(checked.problem);
      const { text, file, language } = checked.value;
      const onProgress = options?.onProgress;
      return analyzeInEngine(text, file, language ?? 'auto', { ...(options?.signal ? { signal: options.signal } : {}), ...(onProgress ? { onProgress: (done, total) => onProgress({ done, total }) } : {}) });
    },

    async getSampleLaw() {
      const { default: text } = await import('../sample/kestria-en.txt?raw');
      return { file: 'kestria-en.txt', text };
    },

    async importLaw(onProgress, signal) {
      const { SUPPORTED_EXTENSIONS } = await import('../../core/import/detect.js');
      const file = await pickFile(SUPPORTED_EXTENSIONS.join(','));
      if (!file) return undefined;
      // The file is read by the engine's worker, not here.
      return readLaw({ name: file.name, bytes: file }, onProgress, signal);
    },

    importLawFile: (file, onProgress, signal) => readLaw(file, onProgress, signal),

    async chooseLawFiles() {
      const { SUPPORTED_EXTENSIONS } = await import('../../core/import/detect.js');
      const files = await pickFiles(SUPPORTED_EXTENSIONS.join(','), true);
      return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
    },

    async openProject() {
      const file = await pickFile('.lexgap,.json');
      if (!file) return undefined;
      const project = await parseStored(await file.text(), file.name);
      const location: ProjectLocation = { id: newId(), name: file.name.replace(/\.(lexgap|json)$/i, '') };
      await stored(() => putValue(STORES.projects, { id: location.id, name: location.name, json: JSON.stringify(project), savedAt: new Date().toISOString() } satisfies StoredProject));
      await stored(() => remember(location, project));
      return { project, location };
    },

    async openRecent(location): Promise<OpenedProject> {
      const entry = await stored(() => getValue<StoredProject>(STORES.projects, location.id));
      if (!entry) {
        await stored(() => deleteValue(STORES.recent, location.id));
        throw problem('not-kept', { file: location.name });
      }
      const project = await parseStored(entry.json, entry.name);
      const opened = { id: entry.id, name: entry.name };
      await stored(() => remember(opened, project));
      return { project, location: opened };
    },

    async recentProjects() {
      const all = await stored(() => getAll<RecentProject>(STORES.recent));
      return all.sort((a, b) => b.at.localeCompare(a.at)).slice(0, MAX_RECENT);
    },

    async saveProject(project, { location, saveAs }) {
      const json = await serialize(project);
      const base = projectName(project);
      const target: ProjectLocation = location && !saveAs ? location : { id: newId(), name: saveAs && location ? `${base} (copy)` : base };
      await stored(() => putValue(STORES.projects, { id: target.id, name: target.name, json, savedAt: new Date().toISOString() } satisfies StoredProject));
      await stored(() => remember(target, project));
      return target;
    },

    // Each copy is a new generation, written whole before older ones are removed; a newer version's copies are
    // never removed, and one that cannot be read is never deleted (core/autosave.ts).
    async autosave(project, location) {
      const now = new Date();
      lastStamp = Math.max(now.getTime(), lastStamp + 1);
      const id = `${String(lastStamp).padStart(15, '0')}-${Math.random().toString(16).slice(2, 10)}`;
      const note: AutosaveNote = { autosavedAt: now.toISOString(), savedBy: VERSION, ...(location ? { location } : {}) };
      const json = await serialize(project);
      await stored(() => putValues(STORES.state, [[`${GENERATION}${id}`, json], [`${NOTE}${id}`, note]]));
      await stored(async () => {
        for (const old of toPrune(await generations())) for (const key of old.keys) await deleteValue(STORES.state, key);
      });
    },

    async recovery(): Promise<Recovery | undefined> {
      let found: StoredGeneration[];
      try {
        found = recoveryOrder(await generations());
      } catch {
        return undefined;
      }
      for (const g of found) {
        try {
          const value = await getValue<string | StoredRecovery>(STORES.state, g.keys[0]!);
          if (value === undefined) continue;
          const project = await parseStored(typeof value === 'string' ? value : value.json, { subject: 'recovered' });
          return { project, savedAt: g.autosavedAt, ...(g.location ? { location: g.location } : {}) };
        } catch (error) {
          // Passed over, and kept: a newer lexgap may have written it, or it may be rescued.
          console.warn(`lexgap: the automatic copy ${g.id} cannot be recovered`, error);
        }
      }
      return undefined;
    },

    async discardRecovery() {
      await stored(async () => {
        for (const g of toDiscard(await generations())) for (const key of g.keys) await deleteValue(STORES.state, key);
      });
    },

    async autosaveRegion(json) {
      await stored(() => putValue(STORES.state, json, REGION_KEY));
    },

    async restoreRegion() {
      return stored(() => getValue<string>(STORES.state, REGION_KEY));
    },

    async openRegionFile() {
      const file = await pickFile('.json');
      if (!file) return undefined;
      if (file.size > MAX_INPUT_BYTES) throw problem('too-large', { file: file.name, context: 'comparison' });
      return { name: file.name, text: await file.text() };
    },

    async exportFile(kind, suggestedName, bytes) {
      const blob = new Blob([bytes as BlobPart], { type: MIME[kind] });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // The download has started from the URL; free it once the browser has had time to read it.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return suggestedName;
    },

    onMenuCommand(handler) {
      const onKeyDown = (event: KeyboardEvent) => {
        const command = shortcutCommand(event);
        if (!command) return;
        event.preventDefault();
        handler(command);
      };
      window.addEventListener('keydown', onKeyDown);
      return () => window.removeEventListener('keydown', onKeyDown);
    },
  };
}
