/**
 * The status of a Model Law chapter, rolled up from the Protocol elements it implements.
 *
 * The rule, as the report states it:
 *   - elements a reviewer set to not applicable are left out;
 *   - no element left (a chapter that implements none that lexgap checks, such as Chapter XIV on jurisdiction,
 *     or only elements set aside) -> "not-assessed";
 *   - every element left covered -> "covered";
 *   - at least one covered or partial -> "partial";
 *   - otherwise (all missing) -> "missing".
 */
import type { Chapter } from '../../model-law/schema.js';
import type { ReviewStatus } from '../types.js';

export type ChapterStatus = 'covered' | 'partial' | 'missing' | 'not-assessed';

export function rollUp(statuses: readonly ReviewStatus[]): ChapterStatus {
  const counted = statuses.filter((s) => s !== 'not-applicable');
  if (!counted.length) return 'not-assessed';
  if (counted.every((s) => s === 'covered')) return 'covered';
  if (counted.some((s) => s === 'covered' || s === 'partial')) return 'partial';
  return 'missing';
}

/** The chapter's status from the standing status of each element (by element id). */
export function chapterStatus(chapter: Chapter, statusOf: ReadonlyMap<string, ReviewStatus>): ChapterStatus {
  return rollUp(chapter.implements.flatMap((id) => statusOf.get(id) ?? []));
}
