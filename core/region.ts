/**
 * The regional comparison file: several ordinary projects (each law with its analysis and its reviewer's
 * decisions) kept together as versioned JSON. Each project inside is read exactly as a .lexgap file is, with its
 * own migrations; a comparison file from a newer lexgap is refused, never rewritten.
 */
import { z } from 'zod';
import { InputError } from './input-error.js';
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
export function migrateRegion(raw: unknown, file = 'The comparison'): Region {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as Record<string, unknown>).format !== REGION_FORMAT)
    throw new InputError(`${file} is not a lexgap regional comparison. Open a comparison saved by lexgap.`, 'not-a-region');
  const data = raw as Record<string, unknown>;
  const version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  if (version > REGION_SCHEMA_VERSION)
    throw new InputError(
      `${file} was saved by a newer version of lexgap (${String(data.savedBy ?? 'unknown')}). Install the latest lexgap to open it; the file has not been changed.`,
      'newer-region',
    );
  const parsed = RegionEnvelope.safeParse(data);
  if (!parsed.success)
    throw new InputError(`${file} is damaged and cannot be opened (${parsed.error.issues[0]?.path.join('.') || 'format'}). Use a backup copy.`, 'damaged-region');
  const { projects, ...envelope } = parsed.data;
  return { ...envelope, projects: projects.map((p, i) => migrateProject(p, `${file} (law ${i + 1})`)) };
}

/** Reads a comparison from its JSON text. */
export function parseRegion(json: string, file = 'The comparison'): Region {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new InputError(`${file} is damaged and cannot be opened (it is not valid JSON). Use a backup copy.`, 'damaged-region');
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
