/**
 * One element in full, and the reviewer's actions on it: what the Protocol requires, the status and who set it,
 * what is missing, the clauses the finding rests on (matched words marked, with their scores), and the actions:
 * confirm the finding, set the status, reject or restore a clause, attach another clause, write a note.
 */
import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../core/limits.js';
import { editionWords, meansWords, qualifierWords, rollupSentences, sourceWords } from '../../core/report/catalogue-words.js';
import { shortfallSentences } from '../../core/report/shortfall.js';
import { confidenceLevel } from '../../core/report/confidence.js';
import { reportWords } from '../../core/report/words.js';
import type { HistoryEntry, ReviewedEvidence } from '../../core/review.js';
import type { Clause } from '../../core/types.js';
import { formatDateTime, formatPercent } from '../format.js';
import { excerpt, highlight } from '../highlight.js';
import { ClauseSearch } from './ClauseSearch.js';
import type { UiLanguage } from '../i18n/index.js';
import { standingQuestion, type Question } from '../review/consistency.js';
import type { ReviewAction } from '../review/project.js';
import { reviewState } from '../review/queue.js';
import { getCatalogue, REVIEW_STATUSES, type ProjectView, type Row } from '../review/view.js';
import { StatusBadge } from './StatusBadge.js';

export interface ElementPanelProps {
  row: Row | undefined;
  view: ProjectView;
  lang: UiLanguage;
  clauses: Clause[];
  lawLanguage: string;
  author: string;
  onAuthor(name: string): void;
  onReview(action: ReviewAction): void;
  /** Asks the reviewer a question about the element (its status, when status and evidence contradict). */
  onAsk(question: Question): void;
  /** The project's review history; the panel shows this element's. */
  history: readonly HistoryEntry[];
  focusClause: string | undefined;
  onShowClause(id: string): void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  noteRef: RefObject<HTMLTextAreaElement | null>;
}

export function ElementPanel(props: ElementPanelProps & { panelRef?: RefObject<HTMLElement | null> }) {
  const { t, i18n } = useTranslation();
  const statusLabelId = useId();
  const { row, lang } = props;
  if (!row) {
    return (
      <section className="panel detail" aria-labelledby="detail-heading">
        <h2 id="detail-heading" ref={props.headingRef} tabIndex={-1}>
          {t('detail.none')}
        </h2>
        <p className="hint">{t('detail.noneHint')}</p>
      </section>
    );
  }
  const { element, finding } = row;
  const cat = getCatalogue();
  const article = cat.articles.find((a) => a.number === element.article);
  const chapters = cat.chapters.filter((ch) => ch.implements.includes(element.id));
  const recogniser = cat.recognisers.find((r) => r.element === element.id);
  const decision = finding.decision;
  const engine = finding.engine;
  const words = reportWords(lang);
  const missing = shortfallSentences(finding.shortfalls, recogniser, words);
  const qualifiers = qualifierWords(element, words);
  // Art 15(1) as a whole, for each of its measures: one is enough.
  const rolled = props.view.rollups.find((g) => g.rollup.anyOf.includes(element.id));
  const rolledWords = rolled ? rollupSentences(rolled.rollup, cat, new Map(props.view.rows.map((r) => [r.element.id, r.finding.status])), words) : [];
  const rejected = (decision?.rejectedEvidence ?? []).map((id) => engine.evidence.find((e) => e.clause === id) ?? { clause: id, score: 0, terms: [] });
  const byReviewer = finding.statusBy === 'reviewer';
  const who = decision?.author ? decision.author : t('review.aReviewer');
  const state = reviewState(finding);
  const standing = standingQuestion(finding);
  // Said only while no one has decided: once a person has, the finding is theirs.
  const checkFirst = engine.review && state === 'open' ? engine.reasons.map((r) => words.t(`reasons.${r}`)) : [];

  return (
    <section className="panel detail" aria-labelledby="detail-heading" ref={props.panelRef}>
      <p className="eyebrow">{article ? t('list.articleGroup', { number: article.number, title: article.title[lang].text }) : null}</p>
      <h2 id="detail-heading" ref={props.headingRef} tabIndex={-1}>
        <span className="detail-ref">{element.ref}</span> {element.title[lang]}
      </h2>

      <div className="status-line">
        <StatusBadge status={finding.status} large />
        <p className="provenance">
          {byReviewer ? (
            <>
              <strong>{t('review.decidedBy', { who, time: formatDateTime(decision!.decidedAt, i18n.language) })}</strong>
              {finding.status !== engine.status ? <span> {t('review.engineProposed', { status: t(`status.${engine.status}`) })}</span> : null}
            </>
          ) : (
            <>
              {t('review.proposedByEngine')}
              {engine.status !== 'missing'
                ? ` ${t('review.confidence', { level: t(`confidence.${confidenceLevel(engine.confidence)}`), percent: formatPercent(engine.confidence, i18n.language) })}`
                : null}
            </>
          )}
        </p>
      </div>
      {byReviewer && decision?.reason ? <p className="decision-reason">{t('review.reason', { reason: decision.reason })}</p> : null}
      {decision?.approvedAt ? (
        <p className="approval">
          {t('review.approved', { who: decision.approvedBy || t('review.aReviewer'), time: formatDateTime(decision.approvedAt, i18n.language) })}{' '}
          <button type="button" className="link" onClick={() => props.onReview({ kind: 'withdraw-approval' })}>
            {t('review.withdrawApproval')}
          </button>
        </p>
      ) : null}
      {standing ? (
        <div className="contradiction" role="alert">
          <p>{t('ask.contradicts', { ref: element.ref })}</p>
          <button type="button" onClick={() => props.onAsk(standing)}>
            {t('ask.statusTitle')}
          </button>
        </div>
      ) : null}
      {checkFirst.length > 0 ? (
        <div className="check-first">
          <p>{t('detail.reviewFirst')}</p>
          <ul>
            {checkFirst.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="review-bar" role="group" aria-label={t('review.actions')}>
        <div className="review-row">
          <button type="button" className="primary" onClick={() => props.onReview({ kind: 'confirm', status: finding.status })} disabled={byReviewer || !!standing}>
            {byReviewer ? t('review.confirmed') : t('review.confirm')}
          </button>
          {state === 'reviewed' ? (
            <button type="button" onClick={() => props.onReview({ kind: 'approve' })} title={t('review.approveHint')} aria-keyshortcuts="A">
              {t('review.approve')}
            </button>
          ) : null}
          {decision ? (
            <button type="button" className="link" onClick={() => props.onReview({ kind: 'reset' })}>
              {t('review.reset')}
            </button>
          ) : null}
        </div>
        <div className="status-set" role="group" aria-labelledby={`${statusLabelId}`}>
          <span className="status-set-label" id={statusLabelId}>
            {t('review.setStatus')}
          </span>
          {REVIEW_STATUSES.map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={byReviewer && finding.status === s}
              onClick={() => props.onReview({ kind: 'set-status', status: s })}
            >
              {t(`status.${s}`)}
            </button>
          ))}
        </div>
      </div>

      <h3>{t('detail.requires')}</h3>
      {/* Where the catalogue has no words in the interface's language yet, the English ones, marked as English. */}
      <p className="obligation" dir="auto" lang={element.obligation[lang] ? undefined : 'en'}>
        {element.obligation[lang] ?? element.obligation.en}
      </p>
      {/* A note is written in English and in the languages model-law/languages/ gives it in; none shows in the others. */}
      {element.note?.[lang] ? <p className="hint element-note" dir="auto">{element.note[lang]}</p> : null}
      <dl className="facts">
        <dt>{t('detail.tier')}</dt>
        <dd>{t(`tier.${element.tier}`)}</dd>
        {qualifiers ? (
          <>
            <dt>{t('detail.qualifiers')}</dt>
            <dd>{qualifiers}</dd>
          </>
        ) : null}
        <dt>{t('detail.means')}</dt>
        <dd>{meansWords(element, words)}</dd>
        <dt>{t('detail.modelLaw')}</dt>
        <dd>
          {chapters.length
            ? chapters.map((ch) => t('detail.chapter', { numeral: ch.numeral, title: ch.title[lang] })).join('; ')
            : t('detail.noChapter')}
          <span className="hint"> {t('detail.edition', editionWords(cat, words))}</span>
        </dd>
        <dt>{t('detail.sources')}</dt>
        <dd>{element.verified ? sourceWords(element, words) : t('detail.notVerified')}</dd>
      </dl>

      {rolled ? (
        <section className="rollup" aria-labelledby={`${statusLabelId}-rollup`}>
          <h3 id={`${statusLabelId}-rollup`}>
            {rolled.rollup.ref} {rolled.rollup.title[lang]} <StatusBadge status={rolled.status} />
          </h3>
          {rolledWords.map((x) => (
            <p key={x}>{x}</p>
          ))}
        </section>
      ) : null}

      {missing.length > 0 ? (
        <>
          <h3>{t('detail.missing')}</h3>
          <ul className="missing-list">
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>
        {t('detail.evidence')} <span className="count-pill">{finding.evidence.length}</span>
      </h3>
      {finding.evidence.length === 0 ? (
        // A clause was found and a person rejected it: that is not "no clause was found".
        <p className="hint">{engine.evidence.length > 0 && (decision?.rejectedEvidence?.length ?? 0) > 0 ? t('detail.allRejected') : t('detail.noEvidence')}</p>
      ) : (
        <ol className="evidence-list">
          {finding.evidence.map((e) => (
            <EvidenceCard
              key={e.clause}
              evidence={e}
              clause={props.view.clauses.get(e.clause)}
              lawLanguage={props.lawLanguage}
              focused={props.focusClause === e.clause}
              onShow={() => props.onShowClause(e.clause)}
              onReject={() => props.onReview(e.origin === 'engine' ? { kind: 'reject-evidence', clause: e.clause } : { kind: 'remove-added', clause: e.clause })}
            />
          ))}
        </ol>
      )}
      {rejected.length > 0 ? (
        <>
          <h4>{t('detail.rejected')}</h4>
          <ul className="rejected-list">
            {rejected.map((e) => {
              const clause = props.view.clauses.get(e.clause);
              return (
                <li key={e.clause}>
                  <span className="clause-label">{clause?.label ?? e.clause}</span>
                  <span className="hint"> {t('detail.rejectedBy', { who })}</span>
                  <button type="button" className="link" onClick={() => props.onReview({ kind: 'restore-evidence', clause: e.clause })}>
                    {t('review.restore', { clause: clause?.label ?? e.clause })}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}

      <ClauseSearch
        clauses={props.clauses}
        exclude={new Set([...finding.evidence.map((e) => e.clause), ...(decision?.rejectedEvidence ?? [])])}
        lawLanguage={props.lawLanguage}
        label={t('detail.attach')}
        heading
        hint={t('detail.attachHint')}
        actionLabel={(c) => t('review.attach', { clause: c.label })}
        onPick={(id) => props.onReview({ kind: 'add-evidence', clause: id })}
      />

      <ElementHistory key={`history-${element.id}`} entries={props.history.filter((h) => h.element === element.id)} elementRef={element.ref} clauseLabel={(id) => props.view.clauses.get(id)?.label ?? id} />

      <NoteEditor
        key={element.id}
        note={decision?.note ?? ''}
        author={props.author}
        onAuthor={props.onAuthor}
        noteRef={props.noteRef}
        onSave={(note) => props.onReview({ kind: 'note', note })}
      />
    </section>
  );
}

function EvidenceCard(props: {
  evidence: ReviewedEvidence;
  clause: Clause | undefined;
  lawLanguage: string;
  focused: boolean;
  onShow(): void;
  onReject(): void;
}) {
  const { t, i18n } = useTranslation();
  const { evidence, clause } = props;
  if (!clause) return <li className="hint">{t('detail.clauseGone', { clause: evidence.clause })}</li>;
  const where = clause.path.filter((p) => p !== clause.label);
  const whole = highlight(clause.text, evidence.terms);
  // A clause too long to lay out at once is shown as the passages around its matched words.
  const passages = excerpt(whole);
  const runs = passages ?? whole;
  return (
    <li className={`evidence-card${props.focused ? ' focused' : ''}`}>
      <div className="evidence-head">
        <h4>
          {clause.label}
          {clause.title ? <span className="clause-title"> · {clause.title}</span> : null}
        </h4>
        {evidence.origin === 'reviewer' ? (
          <span className="reviewer-mark">{t('detail.addedByReviewer')}</span>
        ) : (
          <span className="score">{t('detail.score', { percent: formatPercent(evidence.score ?? 0, i18n.language) })}</span>
        )}
      </div>
      {where.length > 0 ? <p className="clause-path">{where.join(' › ')}</p> : null}
      <ClauseTags clause={clause} />
      {/* A long clause scrolls: it takes focus, so a keyboard can scroll it too (axe: scrollable-region-focusable). */}
      <blockquote className="clause-text" lang={props.lawLanguage} dir="auto" tabIndex={0} aria-label={t('detail.clauseText', { clause: clause.label })}>
        {runs.map((run, i) => (run.match ? <mark key={i}>{run.text}</mark> : <span key={i} className={run.gap ? 'gap' : undefined}>{run.text}</span>))}
      </blockquote>
      {passages ? <p className="hint excerpt-note">{t('detail.excerpt', { length: clause.text.length })}</p> : null}
      {evidence.terms.length > 0 ? (
        <p className="terms">
          <span className="terms-label">{t('detail.terms')}</span> <bdi lang={props.lawLanguage}>{evidence.terms.join(', ')}</bdi>
        </p>
      ) : null}
      <div className="card-actions">
        <button type="button" onClick={props.onShow} aria-pressed={props.focused}>
          {t('detail.showInLaw')}
        </button>
        <button type="button" onClick={props.onReject}>
          {evidence.origin === 'engine' ? t('review.reject', { clause: clause.label }) : t('review.removeAdded', { clause: clause.label })}
        </button>
      </div>
    </li>
  );
}

function NoteEditor(props: { note: string; author: string; onAuthor(name: string): void; onSave(note: string): void; noteRef: RefObject<HTMLTextAreaElement | null> }) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.note);
  // The note as saved changes with undo and redo: the field follows it.
  const [shown, setShown] = useState(props.note);
  if (shown !== props.note) {
    setShown(props.note);
    setText(props.note);
  }
  const noteId = useId();
  const authorId = useId();
  const lengthId = useId();
  const changed = text.trim() !== props.note.trim();
  // A note past the project format's limit is said so here, as it is typed, and is not saved: once saved it
  // could no longer be written to the project file (core/limits.ts).
  const length = text.trim().length;
  const tooLong = length > LIMITS.note;
  const nearLimit = length > LIMITS.note * 0.9;
  return (
    <form
      className="note"
      onSubmit={(event) => {
        event.preventDefault();
        if (!changed || tooLong) return;
        props.onSave(text.trim());
        props.noteRef.current?.focus();
      }}
    >
      <h3>
        <label htmlFor={noteId}>{t('detail.note')}</label>
      </h3>
      <textarea
        id={noteId}
        dir="auto"
        ref={props.noteRef}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
        aria-invalid={tooLong}
        aria-describedby={nearLimit ? lengthId : undefined}
      />
      {nearLimit ? (
        <p id={lengthId} className={tooLong ? 'field-error' : 'hint'} role={tooLong ? 'alert' : undefined} data-testid="note-length">
          {tooLong
            ? t('detail.noteTooLong', { length, limit: LIMITS.note })
            : t('detail.noteLength', { length, limit: LIMITS.note })}
        </p>
      ) : null}
      <div className="note-foot">
        <label htmlFor={authorId}>{t('detail.author')}</label>
        <input id={authorId} value={props.author} maxLength={LIMITS.author} onChange={(e) => props.onAuthor(e.target.value)} autoComplete="name" />
        <button type="submit" disabled={!changed || tooLong}>
          {props.note && !text.trim() ? t('review.deleteNote') : t('review.saveNote')}
        </button>
      </div>
    </form>
  );
}

/** What lexgap read in a clause (core/tag): its kind of provision, its regimes, the movement it governs and whom it binds, in words. */
function ClauseTags({ clause }: { clause: Clause }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    ...(clause.character ? [[t('tags.character'), t(`tags.kind.${clause.character}`)] as [string, string]] : []),
    ...(clause.subjects?.length ? [[t('tags.subjects'), clause.subjects.map((x) => t(`tags.subject.${x}`)).join(', ')] as [string, string]] : []),
    ...(clause.directions?.length ? [[t('tags.directions'), clause.directions.map((x) => t(`tags.direction.${x}`)).join(', ')] as [string, string]] : []),
    ...(clause.actor ? [[t('tags.actor'), t(`tags.who.${clause.actor}`)] as [string, string]] : []),
  ];
  if (rows.length === 0) return null;
  return (
    <dl className="clause-tags" aria-label={t('tags.label', { clause: clause.label })}>
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The element's review history, newest first, from the project (it survives reloads). */
const HISTORY_ACTIONS = ['confirm', 'set-status', 'reject-evidence', 'restore-evidence', 'add-evidence', 'remove-added', 'note', 'reset', 'approve', 'withdraw-approval', 'decision'] as const;
const isHistoryAction = (a: string): a is (typeof HISTORY_ACTIONS)[number] => (HISTORY_ACTIONS as readonly string[]).includes(a);

function ElementHistory({ entries, elementRef, clauseLabel }: { entries: readonly HistoryEntry[]; elementRef: string; clauseLabel(id: string): string }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <details className="review-history">
      <summary>{t('detail.history')}</summary>
      <ol reversed>
        {[...entries].reverse().map((h, i) => {
          let what = isHistoryAction(h.action) ? t(`history.${h.action}`, { ref: elementRef }) : h.action;
          if (h.clause) what = `${what} · ${clauseLabel(h.clause)}`;
          if (h.status) what = t('detail.historyStatus', { what, status: t(`status.${h.status}`) });
          return (
            <li key={`${h.at}-${i}`}>
              {t('detail.historyStep', { time: formatDateTime(h.at, i18n.language), who: h.author || t('review.aReviewer'), what })}
              {h.reason ? <span className="hint"> — {t('detail.historyReason', { reason: h.reason })}</span> : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
