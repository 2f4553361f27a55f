/**
 * Statuses rolled up from several elements: a Model Law chapter's, from the Protocol elements it implements, and
 * an obligation met by any one of several elements (art 15(1), from its measures (a) to (c)).
 *
 * A chapter's rule, as the report states it:
 *   - elements a reviewer set to not applicable are left out;
 *   - no element left (a chapter that implements none that lexgap checks, such as Chapter XIV on jurisdiction,
 *     or only elements set aside) -> "not-assessed";
 *   - every element left covered -> "covered";
 *   - at least one covered or partial -> "partial";
 *   - otherwise (all missing) -> "missing".
 * The measures of one roll-up count once in a chapter, with the roll-up's status.
 *
 * A roll-up's rule: any member covered -> "covered"; else any partial -> "partial"; else "missing"; every member set
 * aside -> "not-applicable".
 */
import type { Chapter, Rollup } from '../../model-law/schema.js';
import type { ReviewStatus } from '../types.js';

export type ChapterStatus = 'covered' | 'partial' | 'missing' | 'not-assessed';

export function rollUp(statuses: readonly ReviewStatus[]): ChapterStatus {
  const counted = statuses.filter((s) => s !== 'not-applicable');
  if (!counted.length) return 'not-assessed';
  if (counted.every((s) => s === 'covered')) return 'covered';
  if (counted.some((s) => s === 'covered' || s === 'partial')) return 'partial';
  return 'missing';
}

/** Met by any one of them: the statuses of a roll-up's members, by the roll-up's rule; undefined for none. */
export function anyOf(statuses: readonly ReviewStatus[]): ReviewStatus | undefined {
  if (!statuses.length) return undefined;
  const counted = statuses.filter((s) => s !== 'not-applicable');
  if (!counted.length) return 'not-applicable';
  if (counted.includes('covered')) return 'covered';
  if (counted.includes('partial')) return 'partial';
  return 'missing';
}

/** A roll-up's status from the standing status of each of its members (by element id). */
export function rollupStatus(r: Rollup, statusOf: ReadonlyMap<string, ReviewStatus>): ReviewStatus | undefined {
  return anyOf(r.anyOf.flatMap((id) => statusOf.get(id) ?? []));
}

/** The chapter's status from the standing status of each element (by element id), a roll-up's members counting once. */
export function chapterStatus(chapter: Chapter, statusOf: ReadonlyMap<string, ReviewStatus>, rollups: readonly Rollup[] = []): ChapterStatus {
  const counted = new Set<Rollup>();
  return rollUp(
    chapter.implements.flatMap((id) => {
      const r = rollups.find((x) => x.anyOf.includes(id));
      if (!r) return statusOf.get(id) ?? [];
      if (counted.has(r)) return [];
      counted.add(r);
      return rollupStatus(r, statusOf) ?? [];
    }),
  );
}
