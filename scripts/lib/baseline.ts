/**
 * The naive baseline the benchmark compares against: fuse.js over whole clauses with each element's
 * keywords, "covered" when a clause matches well, "partial" when one matches loosely. No roles, no
 * concepts, no list items, no numbers.
 */
import Fuse from 'fuse.js';
import { loadCatalogue } from '../../model-law/index.js';
import { termsFor } from '../../core/match/match.js';
import { segment } from '../../core/segment/segment.js';
import { detectLanguage } from '../../core/language.js';
import type { Analysis, Finding } from '../../core/types.js';

export function baselineAnalyze(text: string, file: string): Analysis {
  const catalogue = loadCatalogue();
  const language = detectLanguage(text);
  const clauses = segment(text);
  const fuse = new Fuse(clauses, { keys: ['text'], includeScore: true, threshold: 0.4, ignoreLocation: true });
  const elements: Finding[] = catalogue.recognisers.map((rec) => {
    const words = rec.concepts.flatMap((c) => termsFor(c.terms, language).map((t) => t.term.replace(/[*=]/g, '')));
    const hits = words.flatMap((w) => fuse.search(w, { limit: 3 })).sort((a, b) => (a.score ?? 1) - (b.score ?? 1));
    const best = hits[0];
    const score = best ? 1 - (best.score ?? 1) : 0;
    const status = score > 0.8 ? 'covered' : score > 0.6 ? 'partial' : 'missing';
    return {
      id: rec.element,
      status,
      confidence: Math.round(score * 100) / 100,
      strength: Math.round(score * 100) / 100,
      shortfalls: [],
      review: false,
      reasons: [],
      evidence: status === 'missing' ? [] : [...new Set(hits.map((h) => h.item.id))].slice(0, 3).map((clause) => ({ clause, score, terms: [] })),
      missing: [],
    };
  });
  const summary = { covered: 0, partial: 0, missing: 0 };
  for (const e of elements) summary[e.status]++;
  return { tool: { name: 'lexgap', version: 'baseline' }, source: { file, language, sha256: '' }, clauses, elements, summary };
}
