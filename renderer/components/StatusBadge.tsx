import { useTranslation } from 'react-i18next';
import type { ChapterStatus } from '../../core/report/rollup.js';
import type { ReviewStatus } from '../../core/types.js';

/** A shape for each status, so that it reads without colour (a projector, a black-and-white printout). */
const SHAPE: Record<ReviewStatus | ChapterStatus, string> = {
  covered: '●',
  partial: '◐',
  missing: '○',
  'not-applicable': '–',
  'not-assessed': '·',
};

/** The status in words, with its shape and its colour: colour is never the only signal. */
export function StatusBadge({ status, large = false }: { status: ReviewStatus | ChapterStatus; large?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${status}${large ? ' badge-large' : ''}`}>
      <span className="badge-shape" aria-hidden="true">
        {SHAPE[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}

/** Marks a finding a person decided, as distinct from what lexgap proposed. */
export function ReviewerMark() {
  const { t } = useTranslation();
  return <span className="reviewer-mark">{t('review.reviewedMark')}</span>;
}
