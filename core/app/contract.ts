/**
 * The one IPC contract between the Electron main process, the preload bridge and the page: main validates
 * every request with these schemas, the preload exposes one function per operation, and the page checks
 * every push with them. A pure module (zod and types only), so all three import it and none copies it.
 *
 * Every operation the renderer may ask of main is named here, with a zod schema for its request and the
 * type of its response. Channel names are derived from operation names (`channelFor`, core/app/channels.ts),
 * so no other file spells a channel. Main validates every payload against these schemas (main/ipc.ts); the
 * preload exposes one function per operation and one `subscribe` for what main pushes (main/preload.ts).
 *
 * Answers travel as an `IpcResult`: either the value or a typed error carrying a problem (a code with data,
 * core/input-error.ts) that the page words in the user's language. Errors thrown across Electron IPC lose their
 * type and gain a technical prefix, so handlers never throw. Schema messages are error codes too.
 *
 * Paths never come from the renderer: a project's place on disk travels as a ProjectLocation whose id main
 * handed out (main/locations.ts); main refuses any other id.
 */
import { z } from 'zod';
import { isWordsLanguage } from '../i18n/catalogue.js';
import { isErrorCode, type ErrorCode, type Problem } from '../input-error.js';
import { LIMITS } from '../limits.js';
import { issueProblem, ProjectSchema, type Project } from '../project.js';
import { parseRegion } from '../region.js';
import type { Analysis } from '../types.js';
import { Language } from '../../model-law/schema.js';
import { MENU_COMMANDS, type ImportedLaw, type MenuCommand, type OpenedProject, type ProjectLocation, type RecentProject, type Recovery, type SampleLaw } from './types.js';
import { OPERATIONS, type OperationName } from './channels.js';

export type { ImportedLaw, MenuCommand, OpenedProject, ProjectLocation, RecentProject, Recovery, SampleLaw };

export * from './channels.js';

// The limits are core/limits.ts's, under the names the contract's users know them by.

/** Laws run to a few megabytes at most; a larger file is refused before it is read, on every platform. */
export const MAX_INPUT_BYTES = LIMITS.inputBytes;

/** How many projects the recent list keeps, on the desktop and on the web. */
export const MAX_RECENT = LIMITS.recent;

/** The largest text main will analyse, in UTF-16 code units (about 1,500 pages of statute): core/limits.ts. */
export const MAX_TEXT_LENGTH = LIMITS.textLength;

/** The longest file name accepted as a label for the analysed text. */
export const MAX_FILE_LABEL_LENGTH = LIMITS.fileLabel;

/** The largest export (Word report, CSV, JSON) main will write. */
export const MAX_EXPORT_BYTES = LIMITS.exportBytes;

/** A schema's message: an error code of the errors namespace (core/i18n/problems.ts words it). */
const code = (c: ErrorCode) => ({ error: c });

export const LanguageOption = /* @__PURE__ */ z.union([/* @__PURE__ */ z.literal('auto'), Language], code('invalid-request'));
export type LanguageOption = z.infer<typeof LanguageOption>;

/** A file name used as a label: never a path main opens, only words to show and to suggest in a dialog. */
function fileLabel() {
  return z
    .string(code('invalid-request'))
    .trim()
    .min(1, code('invalid-request'))
    .max(MAX_FILE_LABEL_LENGTH, code('invalid-request'))
    // eslint-disable-next-line no-control-regex
    .refine((file) => !/[\u0000-\u001f\u007f]/.test(file), code('invalid-request'));
}

/** The bytes of a file, as a Uint8Array (what IPC makes of a Uint8Array or a Buffer), at most `max` bytes. */
function fileBytes(max: number, tooLarge: ErrorCode) {
  return z.custom<Uint8Array>((value) => value instanceof Uint8Array, code('invalid-request')).refine((bytes) => bytes.byteLength <= max, code(tooLarge));
}

/** A name the page gives a long job (an import, an analysis) so that it can tell its progress events apart and stop it. */
export const JobId = /* @__PURE__ */ z.string(code('invalid-request')).regex(/^[A-Za-z0-9_-]{1,64}$/, code('invalid-request'));

export const AnalyzeTextRequest = /* @__PURE__ */ z
  .object({
    text: z
      .string(code('empty-text'))
      .max(MAX_TEXT_LENGTH, code('text-too-long'))
      .refine((text) => text.trim().length > 0, code('empty-text')),
    file: fileLabel(),
    language: LanguageOption.optional(),
    /** The page's name for this analysis, so that it can stop it (stopJob). */
    job: JobId.optional(),
  })
  .strict();
export type AnalyzeTextRequest = z.infer<typeof AnalyzeTextRequest>;

/** Operations that take no argument. */
const NoArgument = /* @__PURE__ */ z.undefined(code('invalid-request'));

/** getSampleLaw takes no argument. */
export const GetSampleLawRequest = NoArgument;
export type GetSampleLawRequest = z.infer<typeof GetSampleLawRequest>;


/** importLaw: main shows the open dialog; progress comes back as import-progress pushes tagged with `job`. */
export const ImportLawRequest = /* @__PURE__ */ z.object({ job: JobId.optional() }).strict();
export type ImportLawRequest = z.infer<typeof ImportLawRequest>;

/** importLawFile: a document the user dropped on the window, read by the same converter in the worker. */
export const ImportLawFileRequest = /* @__PURE__ */ z
  .object({
    name: fileLabel(),
    bytes: fileBytes(MAX_INPUT_BYTES, 'too-large'),
    job: JobId.optional(),
  })
  .strict();
export type ImportLawFileRequest = z.infer<typeof ImportLawFileRequest>;

/** stopJob: stops the long job the page named (reading a document, analysing a law); its worker is terminated. */
export const StopJobRequest = /* @__PURE__ */ z.object({ job: JobId }).strict();
export type StopJobRequest = z.infer<typeof StopJobRequest>;

/**
 * A document chosen in chooseLawFiles: its name (never its path) and its bytes, or, when it could not be taken
 * (too large, gone), the problem to tell the person; the other files chosen are still given.
 */
export type ChosenLawFile = { name: string; bytes: Uint8Array } | { name: string; problem: Problem };

/** The ids main hands out for places on disk: "loc-" and a random UUID. */
export const LocationId = /* @__PURE__ */ z
  .string(code('unknown-location'))
  .regex(/^loc-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, code('unknown-location'));

export const ProjectLocationSchema = /* @__PURE__ */ z.object({ id: LocationId, name: z.string(code('invalid-request')).max(MAX_FILE_LABEL_LENGTH) }).strict();

/**
 * A whole project, exactly as core/project.ts defines it (with the limits of core/limits.ts): what main accepts
 * to save is what it accepts to open, so every project the app can send round-trips through save and open.
 */
export const ProjectPayload = ProjectSchema as unknown as z.ZodType<Project, Project>;

export const OpenRecentRequest = ProjectLocationSchema;
export type OpenRecentRequest = z.infer<typeof OpenRecentRequest>;

export const SaveProjectRequest = /* @__PURE__ */ z
  .object({ project: ProjectPayload, location: ProjectLocationSchema.optional(), saveAs: z.boolean().optional() })
  .strict();
export type SaveProjectRequest = z.infer<typeof SaveProjectRequest>;

export const AutosaveRequest = /* @__PURE__ */ z.object({ project: ProjectPayload, location: ProjectLocationSchema.optional() }).strict();
export type AutosaveRequest = z.infer<typeof AutosaveRequest>;

/**
 * The largest regional comparison (its JSON, in UTF-16 code units) main will keep. At most 3 UTF-8 bytes a
 * code unit, so whatever is kept stays within MAX_REGION_BYTES (main/projects.ts) and can be restored.
 */
export const MAX_REGION_LENGTH = LIMITS.regionLength;

/** autosaveRegion: the comparison as its JSON (core/region.ts), checked to be one before main writes it. */
export const AutosaveRegionRequest = /* @__PURE__ */ z
  .object({
    json: z
      .string(code('invalid-request'))
      .max(MAX_REGION_LENGTH, { ...code('too-large'), abort: true })
      .refine((json) => {
        try {
          parseRegion(json);
          return true;
        } catch {
          return false;
        }
      }, code('not-a-region')),
  })
  .strict();
export type AutosaveRegionRequest = z.infer<typeof AutosaveRegionRequest>;

/** A comparison file the user opened: its name (not its path) and its checked JSON. */
export interface OpenedRegion {
  name: string;
  text: string;
}

export const EXPORT_KINDS = ['docx', 'csv', 'json'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const ExportFileRequest = /* @__PURE__ */ z
  .object({
    kind: z.enum(EXPORT_KINDS, code('invalid-request')),
    suggestedName: fileLabel(),
    bytes: fileBytes(MAX_EXPORT_BYTES, 'invalid-request'),
  })
  .strict();
export type ExportFileRequest = z.infer<typeof ExportFileRequest>;

/** setLanguage: the interface's language, which main's menus and dialogs follow. */
export const SetLanguageRequest = /* @__PURE__ */ z.object({ language: z.string().refine(isWordsLanguage, code('invalid-request')) }).strict();
export type SetLanguageRequest = z.infer<typeof SetLanguageRequest>;

/** The request schema of every operation. Add an operation to OPERATIONS, here, then its response type below. */
export const requestSchemas = {
  analyzeText: AnalyzeTextRequest,
  getSampleLaw: GetSampleLawRequest,
  importLaw: ImportLawRequest,
  importLawFile: ImportLawFileRequest,
  chooseLawFiles: NoArgument,
  stopJob: StopJobRequest,
  openProject: NoArgument,
  openRecent: OpenRecentRequest,
  recentProjects: NoArgument,
  saveProject: SaveProjectRequest,
  autosave: AutosaveRequest,
  recovery: NoArgument,
  discardRecovery: NoArgument,
  autosaveRegion: AutosaveRegionRequest,
  restoreRegion: NoArgument,
  openRegionFile: NoArgument,
  exportFile: ExportFileRequest,
  setLanguage: SetLanguageRequest,
} as const;

/**
 * The response type of every operation (the `value` of a successful IpcResult). `null` means the user
 * cancelled a dialog, or that there is nothing (no recovery); the renderer's Platform turns it into undefined.
 */
export interface ResponseTypes {
  analyzeText: Analysis;
  getSampleLaw: SampleLaw;
  importLaw: ImportedLaw | null;
  importLawFile: ImportedLaw;
  /** The documents chosen in one open dialog that allows several; empty when the person cancelled. */
  chooseLawFiles: ChosenLawFile[];
  /** Whether a job of that name was under way (it has stopped when the answer comes). */
  stopJob: boolean;
  openProject: OpenedProject | null;
  openRecent: OpenedProject;
  recentProjects: RecentProject[];
  saveProject: ProjectLocation | null;
  autosave: null;
  recovery: Recovery | null;
  discardRecovery: null;
  autosaveRegion: null;
  /** The comparison last kept by autosaveRegion, as JSON; null if there is none. */
  restoreRegion: string | null;
  openRegionFile: OpenedRegion | null;
  /** The file name written (not its path). */
  exportFile: string | null;
  setLanguage: null;
}

// Compile-time check: every operation has a schema and a response type, and nothing else has.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const _contractIsComplete: SameKeys<typeof requestSchemas, ResponseTypes> = true;
void _contractIsComplete;
const _operationsAreComplete: SameKeys<Record<OperationName, true>, ResponseTypes> = true;
void _operationsAreComplete;
void OPERATIONS;

export type RequestOf<Op extends OperationName> = z.input<(typeof requestSchemas)[Op]>;
export type ParsedRequestOf<Op extends OperationName> = z.output<(typeof requestSchemas)[Op]>;
export type ResponseOf<Op extends OperationName> = ResponseTypes[Op];

/**
 * Checks a request against its operation's schema (main does, for every request; the web version does before it
 * runs the same operation in the page). A refusal carries the problem the user hears and every issue found.
 */
export function parseRequest<Op extends OperationName>(
  op: Op,
  payload: unknown,
): { ok: true; value: ParsedRequestOf<Op> } | { ok: false; problem: Problem; issues: IpcIssue[] } {
  const schema = requestSchemas[op] as unknown as z.ZodType<ParsedRequestOf<Op>>;
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const first = parsed.error.issues[0];
  // The schemas' messages are error codes; the first says what the user hears, with the limit it passed. A
  // project's limits (core/project.ts) name their field.
  const limit = first?.code === 'too_big' ? { limit: Number(first.maximum) } : {};
  const problem: Problem =
    first?.message === 'over-limit'
      ? issueProblem(first)
      : first && first.message !== 'invalid-request' && isErrorCode(first.message)
        ? { code: first.message, params: limit }
        : { code: 'invalid-request', params: { detail: issues[0]?.path || op } };
  return { ok: false, problem, issues };
}

/** What main pushes to the page on PUSH_CHANNEL. Main validates every message before it is sent. */
export const PushMessageSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('menu-command'), command: z.enum(MENU_COMMANDS) }).strict(),
  z
    .object({
      kind: z.literal('import-progress'),
      job: JobId,
      done: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
    })
    .strict(),
  z.object({ kind: z.literal('open-project'), opened: z.object({ project: ProjectPayload, location: ProjectLocationSchema }).strict() }).strict(),
]);

export type PushMessage =
  | { kind: 'menu-command'; command: MenuCommand }
  | { kind: 'import-progress'; job: string; done: number; total: number }
  | { kind: 'open-project'; opened: OpenedProject };

/** Why main refused or failed an operation. */
export type IpcErrorCode =
  /** The request came from a frame that is not the app's own page. */
  | 'forbidden-sender'
  /** The payload does not match the operation's schema. */
  | 'invalid-request'
  /** The user's file or choice cannot be used (damaged, newer, too large, unwritable...): the message says what to do. */
  | 'input'
  /** The operation ran and failed. */
  | 'failed'
  /** The person stopped the work (stopJob): nothing to report. */
  | 'stopped';

export interface IpcIssue {
  /** Where in the request, e.g. "text" or "language"; empty for the request as a whole. */
  path: string;
  /** An error code of the errors namespace. */
  message: string;
}

export interface IpcError {
  code: IpcErrorCode;
  /** What went wrong, as a code with data that the page words in the user's language. */
  problem: Problem;
  issues?: IpcIssue[];
}

/** Checks what crossed the bridge is an IpcResult: the page trusts nothing it did not check. */
export const IpcResultShape = /* @__PURE__ */ z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(['forbidden-sender', 'invalid-request', 'input', 'failed', 'stopped']),
      problem: z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()]).optional()) }),
    }),
  }),
]);

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Operations as the preload exposes them: one function each. */
export type LexgapOperations = {
  [Op in OperationName]: RequestOf<Op> extends undefined
    ? () => Promise<IpcResult<ResponseOf<Op>>>
    : (request: RequestOf<Op>) => Promise<IpcResult<ResponseOf<Op>>>;
};

/** The API the preload exposes as `window.lexgap`: the operations, and one subscription to what main pushes. */
export type LexgapApi = LexgapOperations & {
  /** Calls `listener` with each push (never with Electron's event object); returns the unsubscribe function. */
  subscribe(listener: (message: PushMessage) => void): () => void;
};
