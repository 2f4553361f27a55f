/**
 * The .lexgap project file: the law, the engine's analysis and every reviewer decision, as versioned JSON.
 * Older files are migrated forward step by step; a file from a newer lexgap is refused, never rewritten, so a
 * colleague's newer work is not damaged by an older copy of the app.
 */
import { z } from 'zod';
import { analyzeText } from './analyze.js';
import { InputError } from './input-error.js';
import { formatCount, LIMITS } from './limits.js';
import type { ReviewDecision } from './review.js';
import type { Analysis, Language } from './types.js';
import { VERSION } from './version.js';

export const PROJECT_FORMAT = 'lexgap-project';
export const PROJECT_SCHEMA_VERSION = 1;

const LanguageCode = z.enum(['en', 'fr', 'es', 'ar', 'ru', 'zh']);
const ReviewStatus = z.enum(['covered', 'partial', 'missing', 'not-applicable']);
const IsoTime = z.string().datetime({ offset: true });

/** Words for a limit the user can meet ("A note may hold up to 20,000 characters."). */
const atMost = (what: string, limit: number, unit = 'characters') => ({ error: `${what} may hold up to ${formatCount(limit)} ${unit}.` });

/**
 * A field this version does not know (a newer lexgap wrote it): kept as it is, so that saving does not lose it,
 * but only while it is small and shallow. Fields are kept in the order given.
 */
const ExtraField = z.unknown().refine((value) => jsonDepth(value, 16) <= 16 && (JSON.stringify(value)?.length ?? 0) <= LIMITS.extraFieldChars, {
  error: 'This field, which this version of lexgap does not know, is too large or too deeply nested to keep.',
});

/** An object of the format with room for a few fields a newer lexgap added. */
function record<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape).length;
  return z
    .object(shape)
    .catchall(ExtraField)
    .refine((o) => Object.keys(o).length <= known + LIMITS.extraFields, { error: 'This part of the project holds too many fields this version of lexgap does not know.' });
}

export const ReviewDecisionSchema = z
  .object({
    element: z.string().regex(/^fp\.\d+(\.\d+)?(\.[a-z])?$/),
    status: ReviewStatus.optional(),
    rejectedEvidence: z.array(z.string().max(LIMITS.fileLabel)).max(LIMITS.clauses).optional(),
    addedEvidence: z.array(z.string().max(LIMITS.fileLabel)).max(LIMITS.clauses).optional(),
    note: z.string().max(LIMITS.note, atMost('A note', LIMITS.note)).optional(),
    author: z.string().max(LIMITS.author, atMost("A reviewer's name", LIMITS.author)).optional(),
    decidedAt: IsoTime,
  })
  .strict();

const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).refine((s) => s.end >= s.start, { error: 'A clause ends before it starts.' });

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
  missing: z.array(z.string()),
});

/**
 * The engine's analysis, as strict as the screen needs it to be: a project whose analysis the screen cannot show
 * (a finding without evidence, evidence naming a clause that is not there) is refused when it is opened, with
 * one clear message, rather than opened into a blank screen.
 */
const AnalysisSchema = record({
  tool: record({ name: z.literal('lexgap'), version: z.string().max(64) }),
  source: record({ file: z.string().max(LIMITS.fileLabel), language: LanguageCode, sha256: z.string().max(128) }),
  clauses: z.array(ClauseSchema).max(LIMITS.clauses, atMost('An analysis', LIMITS.clauses, 'clauses')),
  elements: z.array(FindingSchema).max(1000),
  summary: record({ covered: z.number().int().nonnegative(), partial: z.number().int().nonnegative(), missing: z.number().int().nonnegative() }),
}).superRefine((analysis, ctx) => {
  const ids = new Set<string>();
  analysis.clauses.forEach((c, i) => {
    if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'id'], message: `Two clauses have the id ${c.id}.` });
    ids.add(c.id);
  });
  const elements = new Set<string>();
  analysis.elements.forEach((f, i) => {
    if (elements.has(f.id)) ctx.addIssue({ code: 'custom', path: ['elements', i, 'id'], message: `Two findings are for ${f.id}.` });
    elements.add(f.id);
    f.evidence.forEach((e, k) => {
      if (!ids.has(e.clause)) ctx.addIssue({ code: 'custom', path: ['elements', i, 'evidence', k, 'clause'], message: `The evidence for ${f.id} names a clause (${e.clause}) that is not in the analysis.` });
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
        country: z.string().max(LIMITS.country, atMost('The country', LIMITS.country)).optional(),
        /** The law's title as the user names it (or as found in the law). */
        title: z.string().max(LIMITS.title, atMost("The law's title", LIMITS.title)).optional(),
        createdAt: IsoTime,
      })
      .strict(),
    law: z
      .object({
        file: z.string().max(LIMITS.fileLabel),
        text: z.string().min(1).max(LIMITS.textLength, atMost("The law's text", LIMITS.textLength)),
        language: LanguageCode,
      })
      .strict(),
    analysis: AnalysisSchema,
    decisions: z.array(ReviewDecisionSchema).max(LIMITS.decisions, atMost('A project', LIMITS.decisions, 'review decisions')),
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
export function migrateProject(raw: unknown, file = 'The project'): Project {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new InputError(`${file} is not a lexgap project. Open a .lexgap file saved by lexgap.`, 'not-a-project');
  let data = raw as Record<string, unknown>;
  if (jsonDepth(raw, LIMITS.jsonDepth) > LIMITS.jsonDepth)
    throw new InputError(`${file} is damaged and cannot be opened: it is nested far more deeply than a project. Use a backup or the recovered copy.`, 'damaged-project');
  if (data.format !== undefined && data.format !== PROJECT_FORMAT)
    throw new InputError(`${file} is not a lexgap project. Open a .lexgap file saved by lexgap.`, 'not-a-project');
  let version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  if (version > PROJECT_SCHEMA_VERSION)
    throw new InputError(
      `${file} was saved by a newer version of lexgap (${String(data.savedBy ?? 'unknown')}). Install the latest lexgap to open it; the file has not been changed.`,
      'newer-project',
    );
  while (version < PROJECT_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new InputError(`${file} uses a project format lexgap no longer reads (version ${version}).`, 'unknown-project-version');
    data = step(data);
    version++;
  }
  const parsed = ProjectSchema.safeParse(data);
  if (!parsed.success) throw new InputError(`${file} is damaged and cannot be opened: ${problem(parsed.error)} Use a backup or the recovered copy.`, 'damaged-project');
  return parsed.data as unknown as Project;
}

/** The first thing wrong with a project, in words, with where it is ("decisions.3.note"). */
export function problem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'its format is not one lexgap knows.';
  const where = issue.path.map(String).join('.') || 'the file as a whole';
  // zod's own wording ("Invalid input: expected string") names a type, not what to do: say only where.
  return issue.code === 'custom' || /may hold up to/.test(issue.message) ? `${issue.message.replace(/\.$/, '')} (${where}).` : `${where} is missing or not what lexgap writes there.`;
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
export function parseProject(json: string, file = 'The project'): Project {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new InputError(`${file} is damaged and cannot be opened (it is not valid JSON). Use a backup or the recovered copy.`, 'damaged-project');
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
    throw new InputError(`The project is too large to save (over ${formatCount(LIMITS.projectBytes / 1048576)} MB). Split the law into parts, each in a project of its own.`, 'project-too-large');
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

/** A new project for a law: analyse it and start with no decisions. */
export function newProject(text: string, options: { file: string; language?: Language | 'auto'; country?: string; title?: string }, now = new Date()): Project {
  const analysis = analyzeText(text, { file: options.file, language: options.language ?? 'auto' });
  return {
    format: PROJECT_FORMAT,
    schemaVersion: PROJECT_SCHEMA_VERSION,
    savedBy: VERSION,
    savedAt: now.toISOString(),
    meta: { ...(options.country ? { country: options.country } : {}), ...(options.title ? { title: options.title } : {}), createdAt: now.toISOString() },
    law: { file: options.file, text, language: analysis.source.language },
    analysis,
    decisions: [],
  };
}

/** Re-runs the engine (a newer lexgap, a corrected text) and keeps every decision: they are a separate layer. */
export function reanalyse(project: Project): Project {
  const analysis = analyzeText(project.law.text, { file: project.law.file, language: project.law.language });
  return { ...project, analysis };
}
