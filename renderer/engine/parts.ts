/**
 * A long law's analysis crosses from the engine worker to the page in parts: its clauses ahead, in messages of
 * about CLAUSE_CHARS_PER_MESSAGE characters, then the analysis without them. The page takes each message in as a
 * task of its own; the analysis of a law of 2.4 million characters is 11 MB, and taking it in as one message held
 * the page's thread for a tenth of a second.
 */
import type { Clause } from '../../core/types.js';
import type { EngineResult } from './protocol.js';

export const CLAUSE_CHARS_PER_MESSAGE = 500_000;

/** The result to post once `send` has posted its clauses ahead; a short analysis, or another result, as it is. */
export function sendClausesAhead(result: EngineResult, send: (clauses: Clause[]) => void, perMessage = CLAUSE_CHARS_PER_MESSAGE): EngineResult {
  if (result.op !== 'analyze') return result;
  const { clauses } = result.value;
  if (clauses.reduce((n, c) => n + c.text.length, 0) <= perMessage) return result;
  let part: Clause[] = [];
  let chars = 0;
  let messages = 0;
  const flush = () => {
    send(part);
    messages++;
    part = [];
    chars = 0;
  };
  for (const clause of clauses) {
    part.push(clause);
    chars += clause.text.length;
    if (chars >= perMessage) flush();
  }
  if (part.length) flush();
  return { op: 'analyze', value: { ...result.value, clauses: [] }, clausesAhead: messages };
}

/** The page's side: the result whole again, from the parts received; an error if a part is missing. */
export function joinClausesAhead(result: EngineResult, parts: readonly Clause[][]): EngineResult {
  if (result.op !== 'analyze' || result.clausesAhead === undefined) return result;
  if (parts.length !== result.clausesAhead) throw new Error(`the analysis came with ${parts.length} of its ${result.clausesAhead} parts`);
  return { op: 'analyze', value: { ...result.value, clauses: parts.flat() } };
}
