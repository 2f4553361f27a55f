/** Problems (codes with data, core/input-error.ts) in words: the one place that words an error. */
import type { Problem, ProblemParams } from '../input-error.js';
import { translator } from './index.js';

/** The problem as one sentence in the language (or locale) given. */
export function problemText(problem: Problem, language: string): string {
  const t = translator(language, 'errors') as unknown as (key: string, params?: Record<string, unknown>) => string;
  const params: ProblemParams = { ...problem.params };
  // A message names its file; where there is none, what stands in for it ("Standard input", "The project").
  if (params.file === undefined && params.subject) params.file = t(`subject.${params.subject}`);
  if (params.law !== undefined) params.file = t('subject.law-in', { file: params.file, law: params.law });
  return t(problem.code, params);
}
