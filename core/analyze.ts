/**
 * The engine end to end on text: segment -> index -> match -> assess. Pure and synchronous, so the CLI, the
 * Electron main process, a worker and a web page all run the same analysis.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { loadCatalogue } from '../model-law/index.js';
import { assessElement } from './assess/assess.js';
import { detectLanguage } from './language.js';
import { buildIndex } from './match/index.js';
import { matchElement, TermLookup } from './match/match.js';
import { lawMetadata } from './segment/metadata.js';
import { read } from './segment/read.js';
import { segmentReading } from './segment/segment.js';
import { outermost, penalUnits, termContainers } from './segment/tree.js';
import type { Analysis, Language, Status } from './types.js';
import { VERSION } from './version.js';

export interface AnalyzeOptions {
  /** The file name shown in the report and the JSON (no directories). */
  file: string;
  language?: Language | 'auto';
  /** The bytes the text came from, for the fingerprint; the text's UTF-8 when absent. */
  bytes?: Uint8Array;
}

export function analyzeText(text: string, options: AnalyzeOptions): Analysis {
  const catalogue = loadCatalogue();
  const language = !options.language || options.language === 'auto' ? detectLanguage(text) : options.language;
  const { clauses, plain, structure } = segmentReading(read(text));
  const index = buildIndex(plain, clauses, language);
  const units = outermost(clauses);
  const ctx = {
    clauses,
    index,
    lookup: new TermLookup(index, clauses),
    source: plain,
    ownCountry: lawMetadata(text).country,
    definitionContainers: termContainers(clauses),
    units,
    penalUnits: penalUnits(clauses, units),
  };
  const recognisers = new Map(catalogue.recognisers.map((r) => [r.element, r]));
  const elements = catalogue.elements.map((element) => {
    const rec = recognisers.get(element.id)!;
    return assessElement(element, rec, matchElement(rec, element.role, ctx), clauses);
  });
  const summary: Record<Status, number> = { covered: 0, partial: 0, missing: 0 };
  for (const e of elements) summary[e.status]++;
  return {
    tool: { name: 'lexgap', version: VERSION },
    source: { file: options.file, language, sha256: bytesToHex(sha256(options.bytes ?? utf8ToBytes(text))) },
    clauses,
    elements,
    summary,
    structure,
  };
}
