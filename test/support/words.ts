/** Problems as an English-speaking user reads them (the edges word them from the catalogue). */
import { problemText } from '../../core/i18n/problems.js';
import { isProblem } from '../../core/input-error.js';

export function english(problem: unknown): string {
  if (!isProblem(problem)) throw problem instanceof Error ? problem : new Error(`not a problem: ${String(problem)}`);
  return problemText(problem, 'en');
}

/** The English words of what `fn` throws (a problem), or undefined when it throws nothing. */
export function thrownWords(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return english(error);
  }
  return undefined;
}
