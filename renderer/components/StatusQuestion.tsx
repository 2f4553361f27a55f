/**
 * The question asked before a review action would leave a finding inconsistent: which status stands now (when
 * the last supporting clause is rejected, or a clause is attached to a missing element), and why, when the
 * reviewer's status is not lexgap's, and which clause supports a status set where no clause is left. A modal
 * dialog: the status is a radio group, the clause found by search, the reason a text field; Enter records,
 * Escape cancels and nothing changes.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lower } from '../../core/report/catalogue-words.js';
import type { ReviewStatus } from '../../core/types.js';
import { LIMITS } from '../../core/limits.js';
import type { Pending } from '../app/use-workspace.js';
import { needsReason } from '../review/consistency.js';
import { REVIEW_STATUSES, type Row } from '../review/view.js';
import type { Clause } from '../../core/types.js';
import { ClauseSearch } from './ClauseSearch.js';
import { Dialog } from './Dialog.js';

export function StatusQuestion({ pending, row, clauses, lawLanguage, clauseLabel, onAnswer, onCancel }: {
  pending: Pending;
  row: Row;
  /** The law's clauses, for the question that asks which one supports a status. */
  clauses: Clause[];
  lawLanguage: string;
  clauseLabel(id: string): string;
  onAnswer(status: ReviewStatus, reason: string, clause?: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const { question } = pending;
  const [status, setStatus] = useState<ReviewStatus>(question.kind === 'status' ? question.suggested : question.action.status);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  /** The clause chosen as support, for the clause question. */
  const [support, setSupport] = useState<string>();
  const missingClause = question.kind === 'clause' && !support;
  const clauseErrorId = useId();
  const reasonId = useId();
  const errorId = useId();
  const groupId = useId();
  const finding = row.finding;
  const ref = row.element.ref;
  const word = (s: ReviewStatus) => lower(t(`status.${s}`));
  const reasonNeeded = needsReason(finding, status);
  const missingReason = reasonNeeded && !reason.trim();
  const action = question.action;
  const clause = action && 'clause' in action ? clauseLabel(action.clause) : '';

  return (
    <Dialog
      title={question.kind === 'status' ? t('ask.statusTitle') : question.kind === 'clause' ? t('ask.clauseTitle') : t('ask.reasonTitle')}
      className="status-question"
      onClose={onCancel}
      noClose
      footer={
        <>
          <button type="submit" form={groupId} className="primary">
            {t('ask.ok')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('ask.cancel')}
          </button>
        </>
      }
    >
      <form
        id={groupId}
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (missingClause || missingReason || reason.trim().length > LIMITS.note) return;
          onAnswer(status, reasonNeeded ? reason : '', support);
        }}
      >
        {question.kind === 'status' ? (
          <>
            <p>{t(`ask.${question.cause}`, { ref, status: word(finding.status), clause })}</p>
            <fieldset className="status-choice">
              <legend>{t('ask.status')}</legend>
              {REVIEW_STATUSES.map((s) => (
                <label key={s}>
                  <input type="radio" name="status" value={s} checked={status === s} onChange={() => setStatus(s)} /> {t(`status.${s}`)}
                </label>
              ))}
            </fieldset>
          </>
        ) : null}
        {question.kind === 'clause' ? (
          <div className="clause-choice">
            <p>{t('ask.clauseIntro', { ref, status: word(status) })}</p>
            {support ? (
              <p className="chosen-clause">
                {t('ask.clauseChosen', { clause: clauseLabel(support) })}{' '}
                <button type="button" className="link" onClick={() => setSupport(undefined)}>
                  {t('ask.clauseChange')}
                </button>
              </p>
            ) : (
              <ClauseSearch
                clauses={clauses}
                exclude={new Set(finding.decision?.rejectedEvidence ?? [])}
                lawLanguage={lawLanguage}
                label={t('ask.clause')}
                hint={t('detail.attachHint')}
                actionLabel={(c) => t('ask.clausePick', { clause: c.label })}
                onPick={setSupport}
              />
            )}
            {tried && missingClause ? (
              <p id={clauseErrorId} className="field-error" role="alert">
                {t('ask.clauseNeeded')}
              </p>
            ) : null}
          </div>
        ) : null}
        {reasonNeeded ? (
          <>
            {question.kind === 'reason' || status !== finding.engine.status ? (
              <p className="hint">{t('ask.reasonIntro', { ref, engine: word(finding.engine.status), status: word(status) })}</p>
            ) : null}
            <label htmlFor={reasonId}>{t('ask.reason')}</label>
            <textarea
              id={reasonId}
              value={reason}
              rows={3}
              autoFocus
              aria-invalid={tried && missingReason}
              aria-describedby={tried && missingReason ? errorId : undefined}
              onChange={(e) => setReason(e.target.value)}
              onKeyDown={(e) => {
                // Enter records, as in a one-line field; Shift+Enter starts a new line.
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  e.currentTarget.form?.requestSubmit();
                }
              }}
            />
            {tried && missingReason ? (
              <p id={errorId} className="field-error" role="alert">
                {t('ask.reasonNeeded')}
              </p>
            ) : null}
          </>
        ) : null}
      </form>
    </Dialog>
  );
}
