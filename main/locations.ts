/**
 * Places on disk as the renderer may know them. Main never takes a path from the page: it hands out an opaque
 * id for each path it chose itself (from a dialog, the recent list, the command line or the operating system)
 * and resolves only those ids. An id the page invents, or one from another session, is refused.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { InputError } from '../core/input-error.js';
import type { ProjectLocation } from '../core/app/contract.js';

/** Paths compare without case on Windows and macOS, whose usual file systems ignore it. */
export function pathKey(file: string, platform: NodeJS.Platform = process.platform): string {
  const resolved = path.resolve(file);
  return platform === 'win32' || platform === 'darwin' ? resolved.toLowerCase() : resolved;
}

export class LocationRegistry {
  private readonly paths = new Map<string, string>();
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly newId: () => string = () => `loc-${randomUUID()}`,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  /** The location of a path main chose; the same path keeps the same id for the whole session. */
  locationFor(file: string): ProjectLocation {
    const resolved = path.resolve(file);
    const key = pathKey(resolved, this.platform);
    let id = this.ids.get(key);
    if (!id) {
      id = this.newId();
      this.ids.set(key, id);
    }
    this.paths.set(id, resolved);
    return { id, name: path.basename(resolved) };
  }

  /** The path behind an id main handed out; anything else is refused in words the user can act on. */
  pathFor(id: string): string {
    const file = this.paths.get(id);
    if (!file) throw new InputError('unknown-location');
    return file;
  }

  has(id: string): boolean {
    return this.paths.has(id);
  }
}
