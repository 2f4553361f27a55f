/**
 * Projects on disk and the app's own safety net, as plain functions over a directory (the user-data folder in
 * the app, a temporary folder in tests: test/main/projects.test.ts).
 *
 * - Project files are read through core/project.ts (migrations; a newer or damaged file is refused with the
 *   user's message and never touched) and written whole or not at all (core/node/write.ts). A file saved by a
 *   newer lexgap is never overwritten.
 * - Autosave keeps the open project in <dir>/autosave/current.lexgap (written atomically), with a note of where
 *   it had been saved and when it was autosaved.
 * - The regional comparison is kept in <dir>/autosave/region.lexgap-region.json (written atomically), and read
 *   back as it was written: the page parses it (core/region.ts).
 * - A session marker (<dir>/session.json) is written at start and removed on a clean exit; finding it at the
 *   next start means the app crashed or was killed, and the autosave is offered back.
 * - The recent list (<dir>/recent.json): newest first, no duplicates, at most ten, files that are gone dropped.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { problemText } from '../core/i18n/problems.js';
import { InputError } from '../core/input-error.js';
import { parseProject, PROJECT_FORMAT, PROJECT_SCHEMA_VERSION, serializeProject, type Project } from '../core/project.js';
import { parseRegion } from '../core/region.js';
import { MAX_RECENT } from '../core/app/contract.js';
import { VERSION } from '../core/version.js';
import { writeAtomic } from '../core/node/write.js';
import { pathKey } from './locations.js';

/** The extension of project files. */
export const PROJECT_EXTENSION = '.lexgap';

/** A project holds the law twice at most (text and clauses) plus findings: far below this for any real law. */
export const MAX_PROJECT_BYTES = 200 * 1024 * 1024;

/** The extension of regional comparison files (core/region.ts). */
export const REGION_EXTENSION = '.lexgap-region.json';

/** A comparison holds up to 200 projects, each far below MAX_PROJECT_BYTES for any real law. */
export const MAX_REGION_BYTES = MAX_PROJECT_BYTES;

/** How many projects the recent list keeps (the web version keeps as many). */
export { MAX_RECENT };

export type WriteFile = (file: string, data: string | Uint8Array) => Promise<void>;

/** Compares dotted version numbers ("0.10.0" > "0.9.2"); text after a "-" or "+" is ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[-+]/)[0]!.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

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
  return parseProject(stripBom(text), name);
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
  parseRegion(text, name);
  return { name, text };
}

/**
 * The version of lexgap that saved the project at `file`, when that is newer than this one (by its schema or
 * by its version number); undefined when the file is absent, not a project, or from this or an older lexgap.
 */
export async function savedByNewerVersion(file: string): Promise<string | undefined> {
  let raw: unknown;
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_PROJECT_BYTES) return undefined;
    raw = JSON.parse(stripBom(await readFile(file, 'utf8')));
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const data = raw as Record<string, unknown>;
  if (data.format !== PROJECT_FORMAT) return undefined;
  const savedBy = typeof data.savedBy === 'string' ? data.savedBy : undefined;
  const newerSchema = typeof data.schemaVersion === 'number' && data.schemaVersion > PROJECT_SCHEMA_VERSION;
  const newerApp = savedBy !== undefined && compareVersions(savedBy, VERSION) > 0;
  return newerSchema || newerApp ? (savedBy ?? '?') : undefined;
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

/** A file name built from a label: no folders, no characters Windows refuses, no leading dots, not empty. */
export function safeFileName(label: string, fallback = 'lexgap'): string {
  const base = label.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[<>:"|?*\u0000-\u001f\u007f]/g, '_').replace(/^[.\s]+/, '').replace(/[.\s]+$/, '').slice(0, 200);
  return cleaned || fallback;
}

/** What a project should be called when it is first saved: its title, else its law's file name. */
export function suggestedProjectName(project: Project, untitled: string): string {
  const law = project.law.file.replace(/\.[^.]+$/, '');
  return `${safeFileName(project.meta.title || law || untitled, untitled)}${PROJECT_EXTENSION}`;
}

const AutosaveNote = z.object({ location: z.string().min(1).optional(), autosavedAt: z.string().datetime({ offset: true }) }).strict();
type AutosaveNote = z.infer<typeof AutosaveNote>;

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
}

/** The app's own files in one folder: session marker, autosave, recent list. */
export class AppStore {
  readonly autosaveFile: string;
  readonly autosaveNoteFile: string;
  readonly regionFile: string;
  readonly sessionFile: string;
  readonly recentFile: string;
  private readonly now: () => Date;
  private readonly platform: NodeJS.Platform;
  private readonly write: WriteFile;
  private readonly log: (message: string) => void;
  /** Writes to the store run one at a time, so two autosaves or two recent-list updates never interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dir: string,
    options: StoreOptions = {},
  ) {
    this.autosaveFile = path.join(dir, 'autosave', `current${PROJECT_EXTENSION}`);
    this.autosaveNoteFile = path.join(dir, 'autosave', 'current.json');
    this.regionFile = path.join(dir, 'autosave', `region${REGION_EXTENSION}`);
    this.sessionFile = path.join(dir, 'session.json');
    this.recentFile = path.join(dir, 'recent.json');
    this.now = options.now ?? (() => new Date());
    this.platform = options.platform ?? process.platform;
    this.write = options.write ?? writeAtomic;
    this.log = options.log ?? ((message) => console.warn(message));
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

  /** Keeps a copy of the open project, and where it was saved (if it was), for recovery after a crash. */
  autosave(project: Project, location?: string): Promise<void> {
    return this.serialize(async () => {
      await mkdir(path.dirname(this.autosaveFile), { recursive: true });
      const now = this.now();
      await this.write(this.autosaveFile, serializeProject(project, now));
      const note: AutosaveNote = { ...(location ? { location } : {}), autosavedAt: now.toISOString() };
      await this.write(this.autosaveNoteFile, `${JSON.stringify(note)}\n`);
    });
  }

  private async readNote(): Promise<AutosaveNote | undefined> {
    try {
      const parsed = AutosaveNote.safeParse(JSON.parse(await readFile(this.autosaveNoteFile, 'utf8')));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The autosaved project, when it holds work that may be lost: the previous session did not end cleanly, or
   * the autosave is newer than the last save of the project (or the project was never saved).
   */
  async recovery(previousEndedCleanly: boolean): Promise<RecoveredWork | undefined> {
    await this.queue;
    let text: string;
    let autosavedAt: string;
    try {
      text = await readFile(this.autosaveFile, 'utf8');
      autosavedAt = (await stat(this.autosaveFile)).mtime.toISOString();
    } catch {
      return undefined;
    }
    let project: Project;
    try {
      project = parseProject(stripBom(text), { subject: 'recovered' });
    } catch (err) {
      // Never delete it: a newer lexgap may have written it, or someone may rescue it by hand.
      this.log(`lexgap: the autosave cannot be recovered: ${err instanceof InputError ? problemText(err, 'en') : (err as Error).message}`);
      return undefined;
    }
    const note = await this.readNote();
    const at = note?.autosavedAt ?? autosavedAt;
    const location = note?.location;
    const offer = !previousEndedCleanly || (await this.newerThanLastSave(at, location));
    if (!offer) return undefined;
    return { project, ...(location ? { location } : {}), savedAt: at };
  }

  private async newerThanLastSave(autosavedAt: string, location: string | undefined): Promise<boolean> {
    if (!location) return true;
    try {
      return Date.parse(autosavedAt) > (await stat(location)).mtimeMs;
    } catch {
      return true; // the saved file is gone: the autosave is all there is
    }
  }

  /** Forgets the autosaved copy. */
  discardRecovery(): Promise<void> {
    return this.serialize(async () => {
      await rm(this.autosaveFile, { force: true });
      await rm(this.autosaveNoteFile, { force: true });
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
