/**
 * The .lexgap project file: the law, the engine's analysis and every reviewer decision, as versioned JSON.
 * Older files are migrated forward step by step; a file from a newer lexgap is refused, never rewritten, so a
 * colleague's newer work is not damaged by an older copy of the app.
 */
import { z } from 'zod';
import { InputError, named, type FileName } from './input-error.js';
import type { ReviewDecision } from './review.js';
import type { Analysis, Language } from './types.js';
import { VERSION } from './version.js';

export const PROJECT_FORMAT = 'lexgap-project';
export const PROJECT_SCHEMA_VERSION = 1;

const LanguageCode = z.enum(['en', 'fr', 'es', 'ar', 'ru', 'zh']);
const ReviewStatus = z.enum(['covered', 'partial', 'missing', 'not-applicable']);

export const ReviewDecisionSchema = z
  .object({
    element: z.string().regex(/^fp\.\d+(\.\d+)?(\.[a-z])?$/),
    status: ReviewStatus.optional(),
    rejectedEvidence: z.array(z.string()).optional(),
    addedEvidence: z.array(z.string()).optional(),
    note: z.string().max(20_000).optional(),
    author: z.string().max(200).optional(),
    decidedAt: z.string().datetime({ offset: true }),
  })
  .strict();

/** The analysis is checked for shape only: it can always be recomputed from the law's text. */
const AnalysisShape = z.looseObject({
  tool: z.looseObject({ name: z.literal('lexgap'), version: z.string() }),
  source: z.looseObject({ file: z.string(), language: LanguageCode, sha256: z.string() }),
  clauses: z.array(z.looseObject({ id: z.string(), label: z.string(), text: z.string() })),
  elements: z.array(z.looseObject({ id: z.string(), status: z.enum(['covered', 'partial', 'missing']) })),
});

export const ProjectSchema = z
  .object({
    format: z.literal(PROJECT_FORMAT),
    schemaVersion: z.literal(PROJECT_SCHEMA_VERSION),
    /** The lexgap version that last saved the file. */
    savedBy: z.string(),
    savedAt: z.string().datetime({ offset: true }),
    meta: z
      .object({
        /** The country as the user names it (or as found in the law). */
        country: z.string().max(200).optional(),
        /** The law's title as the user names it (or as found in the law). */
        title: z.string().max(500).optional(),
        createdAt: z.string().datetime({ offset: true }),
      })
      .strict(),
    law: z
      .object({
        file: z.string().max(255),
        text: z.string().min(1),
        language: LanguageCode,
      })
      .strict(),
    analysis: AnalysisShape,
    decisions: z.array(ReviewDecisionSchema),
  })
  .strict();

export interface Project {
  format: typeof PROJECT_FORMAT;
  schemaVersion: typeof PROJECT_SCHEMA_VERSION;
  savedBy: string;
  savedAt: string;
  meta: { country?: string; title?: string; createdAt: string };
  law: { file: string; text: string; language: Language };
  analysis: Analysis;
  decisions: ReviewDecision[];
}

/** Steps from each older schema version to the next; a step takes the raw object of version n to n + 1. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0 was the development format: no format tag, reviewer decisions named "overrides".
  0: (old) => {
    const { overrides, ...rest } = old;
    return { ...rest, format: PROJECT_FORMAT, schemaVersion: 1, decisions: overrides ?? [] };
  },
};

/** Brings a parsed project file to the current schema version, or says in plain words why it cannot. */
export function migrateProject(raw: unknown, file?: FileName): Project {
  const who = named(file, 'project');
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new InputError('not-a-project', who);
  let data = raw as Record<string, unknown>;
  if (data.format !== undefined && data.format !== PROJECT_FORMAT)
    throw new InputError('not-a-project', who);
  let version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  if (version > PROJECT_SCHEMA_VERSION)
    throw new InputError('newer-project', { ...who, version: typeof data.savedBy === 'string' ? data.savedBy : '?' });
  while (version < PROJECT_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new InputError('unknown-project-version', { ...who, version });
    data = step(data);
    version++;
  }
  const parsed = ProjectSchema.safeParse(data);
  if (!parsed.success)
    throw new InputError('damaged-project', { ...who, where: parsed.error.issues[0]?.path.join('.') || 'format' });
  return parsed.data as unknown as Project;
}

/** Reads a project from its JSON text. */
export function parseProject(json: string, file?: FileName): Project {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new InputError('damaged-project', { ...named(file, 'project'), context: 'json' });
  }
  return migrateProject(raw, file);
}

/** The project as the JSON to write, stamped with this version and time. */
export function serializeProject(project: Project, now = new Date()): string {
  return JSON.stringify({ ...project, savedBy: VERSION, savedAt: now.toISOString() }, null, 2) + '\n';
}

/** A new project for an analysed law, with no decisions yet. Country and title are the user's, trimmed. */
export function projectFromAnalysis(
  analysis: Analysis,
  law: { text: string; file: string },
  meta: { country?: string; title?: string } = {},
  now = new Date(),
): Project {
  const country = meta.country?.trim();
  const title = meta.title?.trim();
  return {
    format: PROJECT_FORMAT,
    schemaVersion: PROJECT_SCHEMA_VERSION,
    savedBy: VERSION,
    savedAt: now.toISOString(),
    meta: { ...(country ? { country } : {}), ...(title ? { title } : {}), createdAt: now.toISOString() },
    law: { file: law.file, text: law.text, language: analysis.source.language },
    analysis,
    decisions: [],
  };
}

/** What the title bar, the recent list and the header call a project: "country – title", or what there is of it. */
export function projectName(project: Pick<Project, 'meta' | 'law'>): string {
  const { country, title } = project.meta;
  if (country && title) return `${country} – ${title}`;
  return title ?? country ?? project.law.file;
}
