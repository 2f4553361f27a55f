/**
 * The regional comparison file: several ordinary projects (each law with its analysis and its reviewer's
 * decisions) kept together as versioned JSON. Each project inside is read exactly as a .lexgap file is, with its
 * own migrations; a comparison file from a newer lexgap is refused, never rewritten.
 */
import { z } from 'zod';
import { InputError, named, type FileName } from './input-error.js';
import { migrateProject, type Project } from './project.js';
import { VERSION } from './version.js';

export const REGION_FORMAT = 'lexgap-region';
export const REGION_SCHEMA_VERSION = 1;

/** The envelope only: each project is checked (and migrated) by migrateProject. */
const RegionEnvelope = z
  .object({
    format: z.literal(REGION_FORMAT),
    schemaVersion: z.literal(REGION_SCHEMA_VERSION),
    savedBy: z.string(),
    savedAt: z.string().datetime({ offset: true }),
    name: z.string().max(500).optional(),
    projects: z.array(z.unknown()).max(200),
  })
  .strict();

export interface Region {
  format: typeof REGION_FORMAT;
  schemaVersion: typeof REGION_SCHEMA_VERSION;
  savedBy: string;
  savedAt: string;
  name?: string;
  projects: Project[];
}

/** Brings a parsed comparison file to the current schema, or says in plain words why it cannot. */
export function migrateRegion(raw: unknown, file?: FileName): Region {
  const who = named(file, 'comparison');
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as Record<string, unknown>).format !== REGION_FORMAT)
    throw new InputError('not-a-region', who);
  const data = raw as Record<string, unknown>;
  const version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  if (version > REGION_SCHEMA_VERSION)
    throw new InputError('newer-region', { ...who, version: typeof data.savedBy === 'string' ? data.savedBy : '?' });
  const parsed = RegionEnvelope.safeParse(data);
  if (!parsed.success)
    throw new InputError('damaged-region', { ...who, where: parsed.error.issues[0]?.path.join('.') || 'format' });
  const { projects, ...envelope } = parsed.data;
  return { ...envelope, projects: projects.map((p, i) => migrateProject(p, { ...who, law: i + 1 })) };
}

/** Reads a comparison from its JSON text. */
export function parseRegion(json: string, file?: FileName): Region {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new InputError('damaged-region', { ...named(file, 'comparison'), context: 'json' });
  }
  return migrateRegion(raw, file);
}

/** The comparison of these projects as the JSON to write, stamped with this version and time. */
export function serializeRegion(projects: readonly Project[], options: { name?: string } = {}, now = new Date()): string {
  const region: Region = {
    format: REGION_FORMAT,
    schemaVersion: REGION_SCHEMA_VERSION,
    savedBy: VERSION,
    savedAt: now.toISOString(),
    ...(options.name ? { name: options.name } : {}),
    projects: [...projects],
  };
  return JSON.stringify(region, null, 2) + '\n';
}
