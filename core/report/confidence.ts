/**
 * How sure lexgap is of a finding, in three words: the one rule the Word report and the screen both use.
 * Partial findings are capped at 0.75 by the assessment, so "high" is kept for full matches.
 */
export type ConfidenceLevel = 'high' | 'medium' | 'low';

export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= 0.75) return 'high';
  if (confidence >= 0.6) return 'medium';
  return 'low';
}
