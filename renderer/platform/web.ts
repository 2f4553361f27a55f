/**
 * The Platform as a plain web page: the engine runs in the page (in a Web Worker where one can start), laws
 * come from a file input, exports are downloads, and projects, the recent list and the autosaved copy live in
 * the browser's IndexedDB. Nothing leaves the computer.
 */
import { MAX_INPUT_BYTES, MAX_RECENT, parseRequest } from '../../core/app/contract.js';
import { InputError, type FileName, type Problem } from '../../core/input-error.js';
import { projectName, type Project } from '../../core/project.js';
import { analyzeInEngine, convertInEngine } from '../engine/client.js';
import {
  type ExportKind,
  type ImportedLaw,
  type ImportProgress,
  type MenuCommand,
  PlatformError,
  type OpenedProject,
  type Platform,
  type ProjectLocation,
  type RecentProject,
  type Recovery,
} from './types.js';
import { deleteValue, getAll, getValue, putValue, STORES } from './web-store.js';

const MB = 1024 * 1024;
const AUTOSAVE_KEY = 'autosave';
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

/** Lets the user pick one file with a hidden file input; undefined if they cancel. */
function pickFile(accept: string): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    input.dataset.lexgap = 'file-input';
    let done = false;
    const finish = (file: File | undefined) => {
      if (done) return;
      done = true;
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0]));
    input.addEventListener('cancel', () => finish(undefined));
    document.body.append(input);
    input.click();
  });
}

const extension = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
};

async function readLaw(file: { name: string; bytes: Uint8Array }, onProgress?: (p: ImportProgress) => void): Promise<ImportedLaw> {
  if (file.bytes.length > MAX_INPUT_BYTES) throw problem('too-large', { file: file.name, size: file.bytes.length / MB, limit: MAX_INPUT_BYTES / MB });
  const { formatOf } = await import('../../core/import/detect.js');
  let format;
  try {
    format = formatOf(extension(file.name), file.name);
  } catch (error) {
    throw asPlatformError(error);
  }
  const text = await convertInEngine(file.bytes, format, file.name, (done, total) => onProgress?.({ done, total }));
  return { file: file.name, text };
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
  const { serializeProject } = await import('../../core/project.js');
  return serializeProject(project);
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

    async analyzeText(request) {
      // The same checks main makes of the desktop app's requests.
      const checked = parseRequest('analyzeText', request);
      if (!checked.ok) throw new PlatformError(checked.problem);
      const { text, file, language } = checked.value;
      return analyzeInEngine(text, file, language ?? 'auto');
    },

    async getSampleLaw() {
      const { default: text } = await import('../sample/kestria-en.txt?raw');
      return { file: 'kestria-en.txt', text };
    },

    async importLaw(onProgress) {
      const { SUPPORTED_EXTENSIONS } = await import('../../core/import/detect.js');
      const file = await pickFile(SUPPORTED_EXTENSIONS.join(','));
      if (!file) return undefined;
      return readLaw({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, onProgress);
    },

    importLawFile: (file, onProgress) => readLaw(file, onProgress),

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

    async autosave(project, location) {
      const value: StoredRecovery = { json: await serialize(project), savedAt: new Date().toISOString(), ...(location ? { location } : {}) };
      await stored(() => putValue(STORES.state, value, AUTOSAVE_KEY));
    },

    async recovery(): Promise<Recovery | undefined> {
      let value: StoredRecovery | undefined;
      try {
        value = await getValue<StoredRecovery>(STORES.state, AUTOSAVE_KEY);
      } catch {
        return undefined;
      }
      if (!value) return undefined;
      try {
        const project = await parseStored(value.json, { subject: 'recovered' });
        return { project, savedAt: value.savedAt, ...(value.location ? { location: value.location } : {}) };
      } catch {
        await deleteValue(STORES.state, AUTOSAVE_KEY).catch(() => undefined);
        return undefined;
      }
    },

    async discardRecovery() {
      await stored(() => deleteValue(STORES.state, AUTOSAVE_KEY));
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
