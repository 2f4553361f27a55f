/**
 * A long law's analysis crosses from the engine worker to the page in parts (renderer/engine/parts.ts): every
 * clause arrives once, in order, in messages of bounded size, and a part lost is an error, never a shorter law.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import type { Clause } from '../../core/types.js';
import { CLAUSE_CHARS_PER_MESSAGE, joinClausesAhead, sendClausesAhead } from '../../renderer/engine/parts.js';
import type { EngineResult } from '../../renderer/engine/protocol.js';

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus');
const law = readFileSync(path.join(CORPUS, 'us-18usc-ch44-firearms.txt'), 'utf8');
const chars = (clauses: readonly Clause[]) => clauses.reduce((n, c) => n + c.text.length, 0);

describe('an analysis sent in parts', () => {
  const long: EngineResult = { op: 'analyze', value: analyzeText(Array(4).fill(law).join('\n\n'), { file: 'us.txt' }) };

  it('sends a long law\'s clauses ahead in parts of bounded size, and the page gets the same analysis back', () => {
    const parts: Clause[][] = [];
    const sent = sendClausesAhead(long, (clauses) => parts.push(clauses));
    expect(parts.length).toBeGreaterThan(1);
    if (sent.op !== 'analyze') throw new Error('not an analysis');
    expect(sent.value.clauses).toEqual([]);
    expect(sent.clausesAhead).toBe(parts.length);
    const longest = Math.max(...long.value.clauses.map((c) => c.text.length));
    for (const part of parts) expect(chars(part)).toBeLessThan(CLAUSE_CHARS_PER_MESSAGE + longest);
    // What crosses is what the worker made: structured clone keeps it as it is.
    expect(joinClausesAhead(structuredClone(sent), structuredClone(parts))).toEqual(long);
  });

  it.each([
    ['a short law', { op: 'analyze', value: analyzeText(readFileSync(path.join(CORPUS, 'ck-arms-ordinance-1954.txt'), 'utf8'), { file: 'ck.txt' }) } as EngineResult],
    ['a result other than an analysis', { op: 'serialize', value: '{}' } as EngineResult],
  ])('sends %s as it is, in one message', (_, result) => {
    const parts: Clause[][] = [];
    expect(sendClausesAhead(result, (clauses) => parts.push(clauses))).toBe(result);
    expect(parts).toEqual([]);
    expect(joinClausesAhead(result, [])).toBe(result);
  });

  it('refuses an analysis that came without one of its parts', () => {
    const parts: Clause[][] = [];
    const sent = sendClausesAhead(long, (clauses) => parts.push(clauses));
    expect(() => joinClausesAhead(sent, parts.slice(1))).toThrow(/parts/);
  });
});
