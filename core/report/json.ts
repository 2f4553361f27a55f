/**
 * The analysis as the JSON of DESIGN.md section 4: the one writer for the command line's --json and the app's
 * JSON export (which adds the reviewer's decisions where there are any).
 */
import type { ReviewDecision } from '../review.js';
import type { Analysis } from '../types.js';

export function analysisJson(analysis: Analysis, decisions: readonly ReviewDecision[] = []): string {
  const out = { ...analysis, ...(decisions.length ? { decisions } : {}) };
  return JSON.stringify(out, null, 2) + '\n';
}
