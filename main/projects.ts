/**
 * Projects on disk and the app's own safety net, as plain functions over a directory (the user-data folder in
 * the app, a temporary folder in tests: test/main/projects.test.ts).
 *
 * - Project files are read through core/project.ts (migrations; a newer or damaged file is refused with the
 *   user's message and never touched), parsed and checked in a worker thread under a time and memory budget so
 *   that a crafted file cannot freeze the app, and written whole or not at all (core/node/write.ts). A file saved
 *   by a newer lexgap is never overwritten.
 * - Autosave keeps the open project in generations, <dir>/autosave/gen-<time>.lexgap (written atomically), each
 *   with a note of where it had been saved, when, and by which lexgap (gen-<time>.json); the rules of
 *   core/autosave.ts: the newest two kept, a newer version's never touched, the newest readable one offered. A
 *   copy from before generations (autosave/current.lexgap) is read as one.
 * - The regional comparison is kept in <dir>/autosave/region.lexgap-region.json (written atomically), and read
 *   back as it was written: the page parses it (core/region.ts).
 * - A session marker (<dir>/session.json) is written at start and removed on a clean exit; finding it at the
 *   next start means the app crashed or was killed, and the autosave is offered back.
 * - The recent list (<dir>/recent.json): newest first, no duplicates, at most ten, files that are gone dropped.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { compareVersions, recoveryOrder, toDiscard, toPrune, type Generation } from '../core/autosave.js';
import { problemText } from '../core/i18n/problems.js';
import { InputError, type FileName } from '../core/input-error.js';
import { LIMITS } from '../core/limits.js';
import { PROJECT_SCHEMA_VERSION, serializeProject, type Project, type ProjectHeader } from '../core/project.js';
import { MAX_RECENT } from '../core/app/contract.js';
import { VERSION } from '../core/version.js';
import { checkRegionInWorker, parseProjectInWorker, peekProjectInWorker } from '../core/node/analyze-pool.js';
import { removeStaleTemps, writeAtomic } from '../core/node/write.js';
import { pathKey } from './locations.js';

export { compareVersions };

/** The extension of project files. */
export const PROJECT_EXTENSION = '.lexgap';

/** The largest project file lexgap writes, and so reads (core/limits.ts). */
export const MAX_PROJECT_BYTES = LIMITS.projectBytes;

/** The extension of regional comparison files (core/region.ts). */
export const REGION_EXTENSION = '.lexgap-region.json';

/** A comparison holds up to 200 projects, each far below MAX_PROJECT_BYTES for any real law. */
export const MAX_REGION_BYTES = LIMITS.regionBytes;

/** How many projects the recent list keeps (the web version keeps as many). */
export { MAX_RECENT };

export type WriteFile = (file: string, data: string | Uint8Array) => Promise<void>;

const stripBom = (text: string) => text.replace(/^\uFEFF/, '');

/** Reads and opens a project file; every failure is an InputError naming the file and what to do. */
export async function readProjectFile(file: string): Promise<Project> {
  const name = path.basename(file);
  const unreadable = () => new InputError('unreadable', { file: name, context: 'moved' });
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new InputError('not-a-file', { file: name, context: 'project' });
    size = info.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw unreadable();
  }
  if (size > MAX_PROJECT_BYTES) throw new InputError('too-large', { file: name, context: 'project' });
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw unreadable();
  }
  return parseProjectInWorker(stripBom(text), name);
}

/**
 * Reads a regional comparison file and checks it (core/region.ts: a damaged or newer file is refused with the
 * user's message and never touched); returns its name and its JSON as read. Every failure is an InputError.
 */
export async function readRegionFile(file: string): Promise<{ name: string; text: string }> {
  const name = path.basename(file);
  const unreadable = () => new InputError('unreadable', { file: name, context: 'moved' });
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new InputError('not-a-file', { file: name, context: 'comparison' });
    size = info.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw unreadable();
  }
  if (size > MAX_REGION_BYTES) throw new InputError('too-large', { file: name, context: 'comparison' });
  let text: string;
  try {
    text = stripBom(await readFile(file, 'utf8'));
  } catch {
    throw unreadable();
  }
  await checkRegionInWorker(text, name);
  return { name, text };
}

/**
 * The version of lexgap that saved the project at `file`, when that is newer than this one (by its schema or
 * by its version number); undefined when the file is absent, not a project, or from this or an older lexgap.
 */
export async function savedByNewerVersion(file: string): Promise<string | undefined> {
  let header: ProjectHeader | undefined;
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_PROJECT_BYTES) return undefined;
    header = await peekProjectInWorker(await readFile(file, 'utf8'), path.basename(file));
  } catch {
    return undefined;
  }
  return header && newer(header) ? (header.savedBy ?? '?') : undefined;
}

/** Whether a newer lexgap wrote a project, by its schema or by its version number. */
function newer(header: ProjectHeader): boolean {
  return (header.schemaVersion ?? 0) > PROJECT_SCHEMA_VERSION || (header.savedBy !== undefined && compareVersions(header.savedBy, VERSION) > 0);
}

/**
 * Saves a project to `file` atomically. A file there that a newer lexgap saved is refused, untouched: it may
 * hold what this version cannot represent.
 */
export async function writeProjectFile(file: string, project: Project, options: { now?: Date; write?: WriteFile } = {}): Promise<void> {
  const newer = await savedByNewerVersion(file);
  if (newer)
    throw new InputError('newer-project-overwrite', { file: path.basename(file), version: newer, current: VERSION });
  await (options.write ?? writeAtomic)(file, serializeProject(project, options.now ?? new Date()));
}

/** The file name with the extension added when it lacks it (some save dialogs do not add it). */
export function withExtension(file: string, extension: string): string {
  return path.extname(file).toLowerCase() === extension.toLowerCase() ? file : `${file}${extension}`;
}

/** Names Windows keeps for devices, with any extension ("CON", "nul.txt", "COM1.docx"): a file cannot have them. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\.|$)/i;

/** Longest name kept, in UTF-8 bytes: every system takes 255, and an extension may still be added. */
const MAX_NAME_BYTES = 200;

/**
 * A file name built from a label that is safe on Windows, macOS and Linux: no folders, no characters Windows
 * refuses, no control or text-direction characters (which can disguise a name), no leading dots, no trailing
 * dots or spaces, not a Windows device name, at most 200 bytes, not empty.
 */
export function safeFileName(label: string, fallback = 'lexgap'): string {
  const base = label.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"|?*\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '_')
    .replace(/^[.\s]+/, '');
  let name = '';
  let bytes = 0;
  for (const char of cleaned) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes + size > MAX_NAME_BYTES) break;
    name += char;
    bytes += size;
  }
  name = name.replace(/[.\s]+$/, '');
  if (WINDOWS_DEVICE.test(name)) name = name.replace(/^([^.]*)/, '$1_');
  return name || fallback;
}

/** What a project should be called when it is first saved: its title, else its law's file name. */
export function suggestedProjectName(project: Project, untitled: string): string {
  const law = project.law.file.replace(/\.[^.]+$/, '');
  return `${safeFileName(project.meta.title || law || untitled, untitled)}${PROJECT_EXTENSION}`;
}

/** The note beside each autosaved generation. Unknown fields (a newer lexgap's) are allowed and ignored. */
const AutosaveNote = z.object({
  location: z.string().min(1).max(4096).optional(),
  autosavedAt: z.string().datetime({ offset: true }),
  savedBy: z.string().max(64).optional(),
});
type AutosaveNote = z.infer<typeof AutosaveNote>;

/** A generation's project file: "gen-<ms since 1970, 15 digits>-<random>.lexgap"; its note has .json instead. */
const GENERATION = /^gen-\d{15}-[0-9a-f]{8}\.lexgap$/;
/** The single autosaved copy kept before generations: read as one generation, never written again. */
const LEGACY = `current${PROJECT_EXTENSION}`;

interface StoredGeneration extends Generation {
  file: string;
  note: string;
  location?: string;
}

const RecentEntry = z
  .object({
    path: z.string().min(1).max(4096),
    name: z.string().max(255),
    at: z.string().datetime({ offset: true }),
    country: z.string().max(200).optional(),
    title: z.string().max(500).optional(),
  })
  .strict();
export type RecentEntry = z.infer<typeof RecentEntry>;

export interface RecoveredWork {
  project: Project;
  /** Where the project had been saved, if it ever was. */
  location?: string;
  /** When it was autosaved. */
  savedAt: string;
}

export interface StoreOptions {
  now?: () => Date;
  platform?: NodeJS.Platform;
  write?: WriteFile;
  log?: (message: string) => void;
  /** Parses an autosaved project (off the main thread by default). */
  parse?: (json: string, file: FileName) => Promise<Project>;
}

/** The app's own files in one folder: session marker, autosave, recent list. */
export class AppStore {
  readonly autosaveDir: string;
  readonly regionFile: string;
  readonly sessionFile: string;
  readonly recentFile: string;
  private readonly now: () => Date;
  private readonly platform: NodeJS.Platform;
  private readonly write: WriteFile;
  private readonly log: (message: string) => void;
  private readonly parse: (json: string, file: FileName) => Promise<Project>;
  /** The time in the last generation's name: names always grow, even for two autosaves in one millisecond. */
  private lastStamp = 0;
  /** Writes to the store run one at a time, so two autosaves or two recent-list updates never interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dir: string,
    options: StoreOptions = {},
  ) {
    this.autosaveDir = path.join(dir, 'autosave');
    this.regionFile = path.join(dir, 'autosave', `region${REGION_EXTENSION}`);
    this.sessionFile = path.join(dir, 'session.json');
    this.recentFile = path.join(dir, 'recent.json');
    this.now = options.now ?? (() => new Date());
    this.platform = options.platform ?? process.platform;
    this.write = options.write ?? writeAtomic;
    this.log = options.log ?? ((message) => console.warn(message));
    this.parse = options.parse ?? parseProjectInWorker;
  }

  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Starts a session: says whether the previous one ended cleanly (no marker left), then leaves a marker of
   * its own until endSession. Synchronous: it runs once, at start, before any window opens.
   */
  startSession(): { previousEndedCleanly: boolean } {
    mkdirSync(this.dir, { recursive: true });
    const previousEndedCleanly = !existsSync(this.sessionFile);
    writeFileSync(this.sessionFile, `${JSON.stringify({ pid: process.pid, startedAt: this.now().toISOString(), version: VERSION })}\n`);
    return { previousEndedCleanly };
  }

  /** A clean exit: removes the marker. Synchronous, for the app's will-quit event. */
  endSession(): void {
    rmSync(this.sessionFile, { force: true });
  }

  /** Removes temporary files that writes killed halfway left in the app's folders (a crash, a power cut). */
  async tidy(): Promise<number> {
    return (await removeStaleTemps(this.dir)) + (await removeStaleTemps(this.autosaveDir));
  }

  /**
   * Keeps a copy of the open project, and where it was saved (if it was), for recovery after a crash: a new
   * generation, written whole before older ones beyond the previous are removed.
   */
  autosave(project: Project, location?: string): Promise<void> {
    return this.serialize(async () => {
      await mkdir(this.autosaveDir, { recursive: true });
      const now = this.now();
      this.lastStamp = Math.max(now.getTime(), this.lastStamp + 1);
      const base = `gen-${String(this.lastStamp).padStart(15, '0')}-${randomBytes(4).toString('hex')}`;
      await this.write(path.join(this.autosaveDir, `${base}${PROJECT_EXTENSION}`), serializeProject(project, now));
      const note: AutosaveNote = { ...(location ? { location } : {}), autosavedAt: now.toISOString(), savedBy: VERSION };
      await this.write(path.join(this.autosaveDir, `${base}.json`), `${JSON.stringify(note)}\n`);
      for (const old of toPrune(await this.generations())) await this.remove(old);
    });
  }

  private async remove(g: StoredGeneration): Promise<void> {
    // The project last: a note without its project is ignored, a project without its note is still read.
    await rm(g.note, { force: true });
    await rm(g.file, { force: true });
  }

  /** The autosaved generations there are, each with what its note says (or, without a note, its file's time). */
  private async generations(): Promise<StoredGeneration[]> {
    let names: string[];
    try {
      names = await readdir(this.autosaveDir);
    } catch {
      return [];
    }
    const found: StoredGeneration[] = [];
    for (const name of names) {
      if (!GENERATION.test(name) && name !== LEGACY) continue;
      const file = path.join(this.autosaveDir, name);
      const noteFile = file.replace(/\.lexgap$/, '.json');
      let note: AutosaveNote | undefined;
      try {
        const parsed = AutosaveNote.safeParse(JSON.parse(await readFile(noteFile, 'utf8')));
        note = parsed.success ? parsed.data : undefined;
      } catch {
        note = undefined;
      }
      let mtime: string;
      try {
        mtime = (await stat(file)).mtime.toISOString();
      } catch {
        continue;
      }
      found.push({
        id: name,
        file,
        note: noteFile,
        autosavedAt: note?.autosavedAt ?? mtime,
        ...(note?.savedBy ? { savedBy: note.savedBy } : {}),
        ...(note?.location ? { location: note.location } : {}),
      });
    }
    return found;
  }

  /**
   * The newest autosaved project this version can read, when it holds work that may be lost: the previous
   * session did not end cleanly, or the autosave is newer than the last save of the project (or the project was
   * never saved). A generation that cannot be read is passed over, and kept.
   */
  async recovery(previousEndedCleanly: boolean): Promise<RecoveredWork | undefined> {
    await this.queue;
    for (const g of recoveryOrder(await this.generations())) {
      let project: Project;
      try {
        const info = await stat(g.file);
        if (info.size > MAX_PROJECT_BYTES) throw new InputError('too-large', { subject: 'recovered', context: 'project' });
        project = await this.parse(stripBom(await readFile(g.file, 'utf8')), { subject: 'recovered' });
      } catch (err) {
        // Never delete it: a newer lexgap may have written it, or someone may rescue it by hand. (A log for
        // whoever rescues it, in English.)
        this.log(`lexgap: the autosave ${g.id} cannot be recovered: ${err instanceof InputError ? problemText(err, 'en') : (err as Error).message}`);
        continue;
      }
      const offer = !previousEndedCleanly || (await this.newerThanLastSave(g.autosavedAt, g.location));
      if (!offer) return undefined;
      return { project, ...(g.location ? { location: g.location } : {}), savedAt: g.autosavedAt };
    }
    return undefined;
  }

  private async newerThanLastSave(autosavedAt: string, location: string | undefined): Promise<boolean> {
    if (!location) return true;
    try {
      return Date.parse(autosavedAt) > (await stat(location)).mtimeMs;
    } catch {
      return true; // the saved file is gone: the autosave is all there is
    }
  }

  /** Forgets the autosaved copies (the work was saved, or the user declined it); a newer version's are kept. */
  discardRecovery(): Promise<void> {
    return this.serialize(async () => {
      for (const g of toDiscard(await this.generations())) await this.remove(g);
    });
  }

  /** Keeps the regional comparison (its JSON, already checked by the IPC contract) for the next start. */
  autosaveRegion(json: string): Promise<void> {
    return this.serialize(async () => {
      await mkdir(path.dirname(this.regionFile), { recursive: true });
      await this.write(this.regionFile, json);
    });
  }

  /** The comparison last kept by autosaveRegion, as JSON; undefined if there is none (or it cannot be read). */
  async restoreRegion(): Promise<string | undefined> {
    await this.queue;
    try {
      const info = await stat(this.regionFile);
      if (!info.isFile()) return undefined;
      if (info.size > MAX_REGION_BYTES) {
        this.log('lexgap: the kept regional comparison is too large to restore.');
        return undefined;
      }
      return stripBom(await readFile(this.regionFile, 'utf8'));
    } catch {
      return undefined;
    }
  }

  private async readRecent(): Promise<RecentEntry[]> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(this.recentFile, 'utf8'));
    } catch {
      return [];
    }
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((entry) => {
      const parsed = RecentEntry.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
  }

  private async writeRecent(entries: RecentEntry[]): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await this.write(this.recentFile, `${JSON.stringify(entries, null, 2)}\n`);
  }

  private dedupe(entries: RecentEntry[]): RecentEntry[] {
    const seen = new Set<string>();
    return entries.filter((entry) => {
      const key = pathKey(entry.path, this.platform);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /** The recent projects, newest first; entries whose file is gone are dropped (and forgotten). */
  recent(): Promise<RecentEntry[]> {
    return this.serialize(async () => {
      const stored = await this.readRecent();
      const kept: RecentEntry[] = [];
      for (const entry of this.dedupe(stored).slice(0, MAX_RECENT)) {
        try {
          if ((await stat(entry.path)).isFile()) kept.push(entry);
        } catch {
          // gone: drop it
        }
      }
      if (kept.length !== stored.length) await this.writeRecent(kept).catch(() => undefined);
      return kept;
    });
  }

  /** Puts a project at the top of the recent list. */
  addRecent(file: string, project: Pick<Project, 'meta'>): Promise<RecentEntry[]> {
    return this.serialize(async () => {
      const resolved = path.resolve(file);
      const entry: RecentEntry = {
        path: resolved,
        name: path.basename(resolved),
        at: this.now().toISOString(),
        ...(project.meta.country ? { country: project.meta.country.slice(0, 200) } : {}),
        ...(project.meta.title ? { title: project.meta.title.slice(0, 500) } : {}),
      };
      const entries = this.dedupe([entry, ...(await this.readRecent())]).slice(0, MAX_RECENT);
      await this.writeRecent(entries);
      return entries;
    });
  }

  /** Takes a project off the recent list (it could not be opened). */
  removeRecent(file: string): Promise<RecentEntry[]> {
    return this.serialize(async () => {
      const key = pathKey(file, this.platform);
      const entries = (await this.readRecent()).filter((entry) => pathKey(entry.path, this.platform) !== key);
      await this.writeRecent(entries);
      return entries;
    });
  }
}
