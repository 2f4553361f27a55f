/**
 * The .lexgap project file: the law, the engine's analysis and every reviewer decision, as versioned JSON.
 * Older files are migrated forward step by step; a file from a newer lexgap is refused, never rewritten, so a
 * colleague's newer work is not damaged by an older copy of the app.
 */
import { z } from 'zod';
import { InputError, named, type ErrorCode, type FileName, type ProblemParams } from './input-error.js';
import { LIMITS } from './limits.js';
import type { HistoryEntry, ReviewDecision } from './review.js';
import type { Analysis, Language } from './types.js';
import { VERSION } from './version.js';

export const PROJECT_FORMAT = 'lexgap-project';
export const PROJECT_SCHEMA_VERSION = 2;

const LanguageCode = z.enum(['en', 'fr', 'es', 'ar', 'ru', 'zh']);
const ReviewStatus = z.enum(['covered', 'partial', 'missing', 'not-applicable']);
const IsoTime = z.string().datetime({ offset: true });

/**
 * A limit the user can meet (core/limits.ts): the message is the error code, and the field it is on and the
 * limit travel as data (`issueProblem`), worded by the errors namespace's `limit` keys.
 */
const OVER_LIMIT = { error: 'over-limit' satisfies ErrorCode };

/** The fields whose limits have words of their own (errors.json's `limit`): the last name on the issue's path. */
const LIMITED_FIELDS = new Set(['note', 'reason', 'author', 'reviewer', 'approvedBy', 'title', 'country', 'text', 'clauses', 'decisions', 'history']);

/**
 * A field this version does not know (a newer lexgap wrote it): kept as it is, so that saving does not lose it,
 * but only while it is small and shallow. Fields are kept in the order given.
 */
const ExtraField = z.unknown().refine((value) => jsonDepth(value, 16) <= 16 && (JSON.stringify(value)?.length ?? 0) <= LIMITS.extraFieldChars, {
  error: 'extra-field-too-large',
});

/** An object of the format with room for a few fields a newer lexgap added. */
function record<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape).length;
  return z
    .object(shape)
    .catchall(ExtraField)
    .refine((o) => Object.keys(o).length <= known + LIMITS.extraFields, { error: 'too-many-extra-fields' });
}

export const ReviewDecisionSchema = z
  .object({
    element: z.string().regex(/^fp\.\d+(\.\d+)?(\.[a-z])?$/),
    status: ReviewStatus.optional(),
    rejectedEvidence: z.array(z.string().max(LIMITS.fileLabel)).max(LIMITS.clauses).optional(),
    addedEvidence: z.array(z.string().max(LIMITS.fileLabel)).max(LIMITS.clauses).optional(),
    note: z.string().max(LIMITS.note, OVER_LIMIT).optional(),
    reason: z.string().max(LIMITS.note, OVER_LIMIT).optional(),
    author: z.string().max(LIMITS.author, OVER_LIMIT).optional(),
    decidedAt: IsoTime,
    approvedBy: z.string().max(LIMITS.author, OVER_LIMIT).optional(),
    approvedAt: IsoTime.optional(),
  })
  .strict();

export const HistoryEntrySchema = z
  .object({
    element: z.string().max(64),
    action: z.string().max(64),
    status: ReviewStatus.optional(),
    clause: z.string().max(LIMITS.fileLabel).optional(),
    reason: z.string().max(LIMITS.note, OVER_LIMIT).optional(),
    author: z.string().max(LIMITS.author, OVER_LIMIT).optional(),
    at: IsoTime,
  })
  .strict();

const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).refine((s) => s.end >= s.start, { error: 'span-reversed' });

/** A clause as the screen shows it: every field it reads, of the type it reads. */
const ClauseSchema = record({
  id: z.string().min(1).max(LIMITS.fileLabel),
  label: z.string(),
  path: z.array(z.string()),
  title: z.string().optional(),
  text: z.string(),
  span: Span,
  kind: z.string().max(64),
  term: z.string().optional(),
  refs: z.array(z.string()),
});

const FindingSchema = record({
  id: z.string().min(1).max(64),
  status: z.enum(['covered', 'partial', 'missing']),
  confidence: z.number().min(0).max(1),
  evidence: z.array(record({ clause: z.string(), score: z.number(), terms: z.array(z.string()) })),
  // What a partial lacks (core/types.ts's Shortfall), as the screen words it. A project from before shortfalls
  // were kept has none; JSON writes a period kept for good (Infinity) as null, read back as Infinity.
  shortfalls: z
    .array(
      z.union([
        record({ code: z.literal('items-missing'), items: z.array(z.string()) }),
        record({ code: z.enum(['period-short', 'period-limited']), stated: z.number().nullable().transform((n) => n ?? Infinity), required: z.number() }),
        record({ code: z.literal('no-period'), required: z.number() }),
        record({ code: z.literal('weaker'), form: z.string() }),
      ]),
    )
    .max(1000)
    .default([]),
});

/**
 * The engine's analysis, as strict as the screen needs it to be: a project whose analysis the screen cannot show
 * (a finding without evidence, evidence naming a clause that is not there) is refused when it is opened, with
 * one clear message, rather than opened into a blank screen.
 */
const AnalysisSchema = record({
  tool: record({ name: z.literal('lexgap'), version: z.string().max(64) }),
  source: record({ file: z.string().max(LIMITS.fileLabel), language: LanguageCode, sha256: z.string().max(128) }),
  clauses: z.array(ClauseSchema).max(LIMITS.clauses, OVER_LIMIT),
  elements: z.array(FindingSchema).max(1000),
  summary: record({ covered: z.number().int().nonnegative(), partial: z.number().int().nonnegative(), missing: z.number().int().nonnegative() }),
}).superRefine((analysis, ctx) => {
  const ids = new Set<string>();
  analysis.clauses.forEach((c, i) => {
    if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'id'], message: 'duplicate-clause' });
    ids.add(c.id);
  });
  const elements = new Set<string>();
  analysis.elements.forEach((f, i) => {
    if (elements.has(f.id)) ctx.addIssue({ code: 'custom', path: ['elements', i, 'id'], message: 'duplicate-finding' });
    elements.add(f.id);
    f.evidence.forEach((e, k) => {
      if (!ids.has(e.clause)) ctx.addIssue({ code: 'custom', path: ['elements', i, 'evidence', k, 'clause'], message: 'unknown-clause' });
    });
  });
});

export const ProjectSchema = z
  .object({
    format: z.literal(PROJECT_FORMAT),
    schemaVersion: z.literal(PROJECT_SCHEMA_VERSION),
    /** The lexgap version that last saved the file. */
    savedBy: z.string().max(64),
    savedAt: IsoTime,
    meta: z
      .object({
        /** The country as the user names it (or as found in the law). */
        country: z.string().max(LIMITS.country, OVER_LIMIT).optional(),
        /** The law's title as the user names it (or as found in the law). */
        title: z.string().max(LIMITS.title, OVER_LIMIT).optional(),
        /** Who reviews the findings, asked once and written on every decision they make. */
        reviewer: z.string().max(LIMITS.author, OVER_LIMIT).optional(),
        createdAt: IsoTime,
      })
      .strict(),
    law: z
      .object({
        file: z.string().max(LIMITS.fileLabel),
        text: z.string().min(1).max(LIMITS.textLength, OVER_LIMIT),
        language: LanguageCode,
      })
      .strict(),
    analysis: AnalysisSchema,
    decisions: z.array(ReviewDecisionSchema).max(LIMITS.decisions, OVER_LIMIT),
    /** Every review step, oldest first: the audit trail that survives reloads (undo takes a step back out). */
    history: z.array(HistoryEntrySchema).max(LIMITS.history, OVER_LIMIT),
  })
  .strict();

/**
 * How deeply a JSON value nests (a number or a string is 0, [] is 1), counted without recursion, and without
 * looking further once it passes `stop`: a hostile file may nest a million deep, which a recursive walk (or
 * JSON.stringify) would answer with a stack overflow.
 */
export function jsonDepth(value: unknown, stop = Infinity): number {
  let deepest = 0;
  const todo: [unknown, number][] = [[value, 0]];
  while (todo.length) {
    const [v, depth] = todo.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    const d = depth + 1;
    if (d > deepest) deepest = d;
    if (deepest > stop) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) todo.push([child, d]);
  }
  return deepest;
}

export interface Project {
  format: typeof PROJECT_FORMAT;
  schemaVersion: typeof PROJECT_SCHEMA_VERSION;
  savedBy: string;
  savedAt: string;
  meta: { country?: string; title?: string; reviewer?: string; createdAt: string };
  law: { file: string; text: string; language: Language };
  analysis: Analysis;
  decisions: ReviewDecision[];
  history: HistoryEntry[];
}

/** Steps from each older schema version to the next; a step takes the raw object of version n to n + 1. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0 was the development format: no format tag, reviewer decisions named "overrides".
  0: (old) => {
    const { overrides, ...rest } = old;
    return { ...rest, format: PROJECT_FORMAT, schemaVersion: 1, decisions: overrides ?? [] };
  },
  // Version 2 keeps the review's history: a version 1 file's decisions start it, one step each, at their time.
  1: (old) => {
    const decisions = Array.isArray(old.decisions) ? (old.decisions as Record<string, unknown>[]) : [];
    const history = decisions.flatMap((d) =>
      typeof d === 'object' && d !== null && typeof d.element === 'string' && typeof d.decidedAt === 'string'
        ? [{ element: d.element, action: 'decision', ...(typeof d.status === 'string' ? { status: d.status } : {}), ...(typeof d.author === 'string' ? { author: d.author } : {}), at: d.decidedAt }]
        : [],
    );
    return { ...old, schemaVersion: 2, history };
  },
};

/** Brings a parsed project file to the current schema version, or says in plain words why it cannot. */
export function migrateProject(raw: unknown, file?: FileName): Project {
  const who = named(file, 'project');
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new InputError('not-a-project', who);
  let data = raw as Record<string, unknown>;
  if (jsonDepth(raw, LIMITS.jsonDepth) > LIMITS.jsonDepth) throw new InputError('damaged-project', { ...who, context: 'too-deep' });
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
  if (!parsed.success) {
    const { code, params } = issueProblem(parsed.error.issues[0]);
    // A limit passed is said as such; anything else is damage, said with where it is.
    throw new InputError('damaged-project', { ...who, ...params, ...(code === 'over-limit' ? { context: 'limit' } : {}) });
  }
  return parsed.data as unknown as Project;
}

/**
 * The first thing wrong with a project (or a request that holds one) as a code with data: a limit passed is
 * `over-limit` with the field and the limit; anything else is `damaged-project` with where it is
 * ("decisions.3.note"; zod's own wording names a type, not what to do, so only the place is kept).
 */
export function issueProblem(issue: z.core.$ZodIssue | undefined): { code: ErrorCode; params: ProblemParams } {
  const where = issue?.path.map(String).join('.') || 'format';
  const field = [...(issue?.path ?? [])].reverse().find((p): p is string => typeof p === 'string');
  if (issue?.code === 'too_big' && issue.message === OVER_LIMIT.error && field && LIMITED_FIELDS.has(field))
    return { code: 'over-limit', params: { field, limit: Number(issue.maximum), where } };
  return { code: 'damaged-project', params: { where } };
}

/** Who saved a project file, read without checking the rest. */
export interface ProjectHeader {
  schemaVersion?: number;
  savedBy?: string;
}

/** The header of a project's JSON; undefined when the JSON is not a lexgap project (or not JSON). */
export function peekProject(json: string): ProjectHeader | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const data = raw as Record<string, unknown>;
  if (data.format !== PROJECT_FORMAT) return undefined;
  return {
    ...(typeof data.schemaVersion === 'number' ? { schemaVersion: data.schemaVersion } : {}),
    ...(typeof data.savedBy === 'string' ? { savedBy: data.savedBy } : {}),
  };
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

/**
 * The project as the JSON to write, stamped with this version and time. A project larger than a project file may
 * be (core/limits.ts) is refused here, before anything is written, so that nothing is saved that cannot be opened.
 */
export function serializeProject(project: Project, now = new Date()): string {
  const json = JSON.stringify({ ...project, savedBy: VERSION, savedAt: now.toISOString() }, null, 2) + '\n';
  // UTF-16 code units: at most 3 bytes each in UTF-8, at least 1.
  if (json.length > LIMITS.projectBytes || (json.length * 3 > LIMITS.projectBytes && utf8Length(json) > LIMITS.projectBytes))
    throw new InputError('project-too-large', { subject: 'project', limit: LIMITS.projectBytes / 1048576 });
  return json;
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** A new project for an analysed law, with no decisions yet. Country and title are the user's, trimmed. */
export function projectFromAnalysis(
  analysis: Analysis,
  law: { text: string; file: string },
  meta: { country?: string; title?: string } = {},
  now = new Date(),
): Project {
  // Within the project's limits, so that the new project can be saved and opened again as it is.
  const country = meta.country?.trim().slice(0, LIMITS.country);
  const title = meta.title?.trim().slice(0, LIMITS.title);
  return {
    format: PROJECT_FORMAT,
    schemaVersion: PROJECT_SCHEMA_VERSION,
    savedBy: VERSION,
    savedAt: now.toISOString(),
    meta: { ...(country ? { country } : {}), ...(title ? { title } : {}), createdAt: now.toISOString() },
    law: { file: law.file, text: law.text, language: analysis.source.language },
    analysis,
    decisions: [],
    history: [],
  };
}

/** What the title bar, the recent list and the header call a project: "country – title", or what there is of it. */
export function projectName(project: Pick<Project, 'meta' | 'law'>): string {
  const { country, title } = project.meta;
  if (country && title) return `${country} – ${title}`;
  return title ?? country ?? project.law.file;
}
