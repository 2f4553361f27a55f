/**
 * The rules of the automatic copy, the same on the desktop (files, main/projects.ts) and on the web (IndexedDB,
 * renderer/platform/web.ts). Each autosave is a new generation, written whole before anything older is let go;
 * the newest two that this version (or an older one) wrote are kept, the older ones removed; a generation that a
 * newer lexgap wrote is never removed or replaced, since this version may not be able to read what it holds.
 * Recovery offers the newest generation this version can read.
 */
import { VERSION } from './version.js';

/** One autosaved copy, as its note describes it (the project itself is read only to recover it). */
export interface Generation {
  /** Where it is kept: a file name, a storage key. */
  id: string;
  /** When it was autosaved (ISO time). */
  autosavedAt: string;
  /** The lexgap that wrote it; undefined when not known (a copy from before generations were kept). */
  savedBy?: string;
}

/** Generations kept: the newest, and one before it. */
export const GENERATIONS_KEPT = 2;

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

/** Whether a newer lexgap than this one wrote it. */
export function writtenByNewer(g: Pick<Generation, 'savedBy'>, version = VERSION): boolean {
  return g.savedBy !== undefined && compareVersions(g.savedBy, version) > 0;
}

const newestFirst = (a: Generation, b: Generation) => Date.parse(b.autosavedAt) - Date.parse(a.autosavedAt) || (a.id < b.id ? 1 : -1);

/** The generations to try for recovery, newest first (the first one that can be read is offered). */
export function recoveryOrder<G extends Generation>(generations: readonly G[]): G[] {
  return [...generations].sort(newestFirst);
}

/** The generations to remove once a new one is written: this or older versions' beyond the newest two. */
export function toPrune<G extends Generation>(generations: readonly G[], version = VERSION): G[] {
  return recoveryOrder(generations.filter((g) => !writtenByNewer(g, version))).slice(GENERATIONS_KEPT);
}

/** The generations to remove when the work is saved or declined: all but a newer version's. */
export function toDiscard<G extends Generation>(generations: readonly G[], version = VERSION): G[] {
  return generations.filter((g) => !writtenByNewer(g, version));
}
