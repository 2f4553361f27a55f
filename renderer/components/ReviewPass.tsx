/**
 * The review pass at the top of the Findings screen, as Word's review pane: who is reviewing (asked once, kept
 * with the project), how far the review has come (reviewed X of N, approved, the findings by status, the binding
 * obligations unmet, the doubted findings still open), and the two moves of a pass: next unreviewed, and confirm
 * and next.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../core/limits.js';
import { storedAuthor } from '../app/use-workspace.js';
import type { Progress } from '../review/queue.js';
import { REVIEW_STATUSES } from '../review/view.js';
import { StatusBadge } from './StatusBadge.js';

export function ReviewPass({ progress, reviewer, onReviewer, onNext, onConfirmNext }: {
  progress: Progress;
  reviewer: string;
  onReviewer(name: string): void;
  onNext(): void;
  onConfirmNext(): void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(() => reviewer || storedAuthor());
  const nameId = useId();
  const asking = !reviewer.trim() || editing;
  const done = progress.reviewed === progress.total;

  return (
    <section className="review-pass" aria-label={t('pass.label')}>
      {asking ? (
        <form
          className="pass-name"
          onSubmit={(event) => {
            event.preventDefault();
            if (!name.trim()) return;
            onReviewer(name.trim());
            setEditing(false);
          }}
        >
          <p className="hint">{t('pass.askName')}</p>
          <label htmlFor={nameId}>{t('pass.nameLabel')}</label>
          <input id={nameId} value={name} maxLength={LIMITS.author} autoComplete="name" onChange={(e) => setName(e.target.value)} />
          <button type="submit" disabled={!name.trim()}>
            {t('pass.start')}
          </button>
        </form>
      ) : (
        <p className="pass-reviewer">
          {t('pass.reviewer', { name: reviewer })}{' '}
          <button
            type="button"
            className="link"
            onClick={() => {
              setName(reviewer);
              setEditing(true);
            }}
          >
            {t('pass.changeName')}
          </button>
        </p>
      )}
      <div className="pass-progress">
        <p className="pass-count">
          <strong>{t('pass.reviewed', { reviewed: progress.reviewed, total: progress.total })}</strong>
          {progress.approved ? <span> · {t('pass.approved', { count: progress.approved })}</span> : null}
        </p>
        <progress max={progress.total} value={progress.reviewed} aria-label={t('pass.reviewed', { reviewed: progress.reviewed, total: progress.total })} />
        <ul className="pass-counts" aria-label={t('pass.counts')}>
          {REVIEW_STATUSES.filter((s) => progress.counts[s] > 0).map((s) => (
            <li key={s}>
              <StatusBadge status={s} /> {progress.counts[s]}
            </li>
          ))}
        </ul>
        <p className="pass-binding">{t('pass.bindingUnmet', { count: progress.bindingUnmet, total: progress.binding })}</p>
        {progress.flaggedOpen ? <p className="pass-flagged hint">{t('pass.flagged', { count: progress.flaggedOpen })}</p> : null}
      </div>
      <div className="pass-actions">
        {done ? (
          <p className="pass-done" role="status">
            {t('pass.allDone')}
          </p>
        ) : (
          <>
            <button type="button" onClick={onNext} aria-keyshortcuts="U" title={t('pass.order')}>
              {t('pass.next')}
            </button>
            <button type="button" className="primary" onClick={onConfirmNext} aria-keyshortcuts="Shift+C">
              {t('pass.confirmNext')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
