/**
 * The engine end to end on text: read -> segment -> tag -> index -> match -> assess. Pure and synchronous, so the
 * CLI, the Electron main process, a worker and a web page all run the same analysis.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { loadCatalogue } from '../model-law/index.js';
import { assessElement } from './assess/assess.js';
import { identitySource, lawIdentity } from './identity/index.js';
import { InputError, named, textTooLong, type FileName } from './input-error.js';
import { detectLanguage } from './language.js';
import { LIMITS } from './limits.js';
import { buildIndex } from './match/index.js';
import { matchElement, TermLookup, type MatchContext } from './match/match.js';
import { lawMetadata } from './segment/metadata.js';
import { read } from './segment/read.js';
import { segmentReading } from './segment/segment.js';
import { outermost, termContainers } from './segment/tree.js';
import { generalPenalty, parents, tagClauses } from './tag/tag.js';
import { tokenize } from './text/normalize.js';
import type { Analysis, Clause, Language, Status } from './types.js';
import { VERSION } from './version.js';

export interface AnalyzeOptions {
  /** The file name shown in the report and the JSON (no directories). */
  file: string;
  language?: Language | 'auto';
  /** The bytes the text came from, for the fingerprint; the text's UTF-8 when absent. */
  bytes?: Uint8Array;
  /** Called as the work advances: the law read into clauses, then each element of the catalogue assessed. */
  onProgress?: (done: number, total: number) => void;
}

/** The stems of a clause's title and of the heading above it, read once per distinct heading. */
function headingStems(clauses: Clause[], lang: Language): (i: number) => Set<string> {
  const cache = new Map<string, Set<string>>();
  return (i) => {
    const c = clauses[i]!;
    // A subdivision's last path entry is its own article ("Article L2335-1"): the heading above it counts too.
    const sub = c.path.length > 1 && c.label.startsWith(c.path.at(-1)!.split(':')[0]!);
    const key = `${c.title ?? ''}\n${c.path.at(-1) ?? ''}${sub ? `\n${c.path.at(-2)}` : ''}`;
    let stems = cache.get(key);
    if (!stems) cache.set(key, (stems = new Set(tokenize(key, lang).map((t) => t.norm))));
    return stems;
  };
}

/** A law read and prepared for matching: its clauses, tagged, and the context every recogniser runs against. */
export function prepareLaw(text: string, language: Language, file?: FileName): { ctx: MatchContext; structure: Analysis['structure'] } {
  const { clauses, plain, structure } = segmentReading(read(text));
  if (clauses.length > LIMITS.clauses) throw new InputError('too-many-clauses', { ...named(file), clauses: clauses.length, limit: LIMITS.clauses });
  const tags = tagClauses(clauses, language);
  clauses.forEach((c, i) => {
    const t = tags[i]!;
    c.character = t.character;
    c.subjects = t.subjects;
    c.directions = t.directions;
    if (t.actor) c.actor = t.actor;
    if (t.scope === 'international') c.scope = 'international';
  });
  const index = buildIndex(plain, clauses, language);
  // Clauses come parents first: each one's tokens overwrite its parent's, so the last written is the innermost.
  const innermostAt = new Int32Array(index.tokens.length).fill(-1);
  index.ranges.forEach((r, i) => innermostAt.fill(i, r.start, r.end));
  const ctx: MatchContext = {
    clauses,
    tags,
    index,
    lookup: new TermLookup(index, clauses),
    source: plain,
    ownCountry: lawMetadata(text).country,
    definitionContainers: termContainers(clauses),
    units: outermost(clauses),
    parents: parents(clauses),
    innermostAt,
    headingTokens: headingStems(clauses, language),
  };
  const penalty = generalPenalty(clauses, language);
  if (penalty !== undefined) ctx.generalPenalty = penalty;
  return { ctx, structure };
}

/**
 * The analysis of a law's text. A text longer than the limit, or one that splits into more clauses than the limit
 * (core/limits.ts), is refused with the user's message: past them the analysis, and the report after it, would
 * take minutes and gigabytes for what is not a law.
 */
export function analyzeText(text: string, options: AnalyzeOptions): Analysis {
  if (text.length > LIMITS.textLength) throw textTooLong(options.file, LIMITS.textLength);
  const catalogue = loadCatalogue();
  const language = !options.language || options.language === 'auto' ? detectLanguage(text) : options.language;
  // Reading the law into clauses takes about as long as assessing every element: it counts as many steps.
  const total = 2 * catalogue.elements.length;
  const { ctx, structure } = prepareLaw(text, language, options.file);
  options.onProgress?.(catalogue.elements.length, total);
  const clauses = ctx.clauses;
  const recognisers = new Map(catalogue.recognisers.map((r) => [r.element, r]));
  const elements = catalogue.elements.map((element, i) => {
    const rec = recognisers.get(element.id)!;
    const assessed = assessElement(element, rec, matchElement(rec, ctx), clauses, language);
    options.onProgress?.(catalogue.elements.length + i + 1, total);
    return assessed;
  });
  const summary: Record<Status, number> = { covered: 0, partial: 0, missing: 0 };
  for (const e of elements) summary[e.status]++;
  return {
    tool: { name: 'lexgap', version: VERSION },
    source: {
      file: options.file,
      language,
      sha256: bytesToHex(sha256(options.bytes ?? utf8ToBytes(text))),
      ...identitySource(lawIdentity(text, language, options.file)),
    },
    clauses,
    elements,
    summary,
    ...(structure ? { structure } : {}),
  };
}
