/**
 * The workspace: the review pass across the top, the provisions on the left, the selected element and its review
 * in the middle, the law's text on the right. Review keys work wherever focus is outside a text field: C confirms,
 * Shift+C confirms and goes to the next unreviewed finding, U goes to it without confirming, A approves, 1 to 4
 * set the status, N goes to the note.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../core/project.js';
import type { UiLanguage } from '../i18n/index.js';
import type { ReviewAction } from '../review/project.js';
import { progress } from '../review/queue.js';
import { REVIEW_STATUSES, type ProjectView } from '../review/view.js';
import { ElementPanel } from './ElementPanel.js';
import { ReviewPass } from './ReviewPass.js';
import { StatusQuestion } from './StatusQuestion.js';
import { LawPane } from './LawPane.js';
import type { WorkspaceState } from '../app/use-workspace.js';
import { ProvisionList } from './ProvisionList.js';

export interface WorkspaceProps {
  project: Project;
  view: ProjectView;
  lang: UiLanguage;
  /** Where the reviewer is and what they do: renderer/app/use-workspace.ts. */
  state: WorkspaceState;
}

const isTextField = (el: EventTarget | null) => el instanceof HTMLElement && el.matches('input, textarea, select, [contenteditable="true"]');

export function Workspace(props: WorkspaceProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const row = props.state.selectedId ? props.view.byId.get(props.state.selectedId) : undefined;
  const pendingRow = props.state.pending ? props.view.byId.get(props.state.pending.element) : undefined;

  // Another element: its detail starts at the top.
  useEffect(() => {
    panelRef.current?.scrollTo({ top: 0 });
  }, [props.state.selectedId]);

  const evidenceClauses = useMemo(
    () => (row ? row.finding.evidence.flatMap((e) => props.view.clauses.get(e.clause) ?? []) : []),
    [row, props.view.clauses],
  );
  const focus = props.state.focusClause ? props.view.clauses.get(props.state.focusClause) : undefined;
  const focusTerms = row?.finding.evidence.find((e) => e.clause === props.state.focusClause)?.terms ?? [];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Keys typed in a field, or in a dialog asking something, are that field's or that dialog's.
    if (event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target) || (event.target instanceof HTMLElement && event.target.closest('dialog'))) return;
    if (event.key.toLowerCase() === 'u' && !event.shiftKey) {
      event.preventDefault();
      props.state.nextUnreviewed();
      return;
    }
    if (!row) return;
    const key = event.key.toLowerCase();
    const review = (action: ReviewAction) => {
      event.preventDefault();
      props.state.review(row.element.id, action);
    };
    if (event.key === 'C' && event.shiftKey) {
      event.preventDefault();
      props.state.confirmAndNext();
    } else if (key === 'a' && row.finding.decision?.status && !row.finding.decision.approvedAt) review({ kind: 'approve' });
    else if (key === 'c' && row.finding.statusBy !== 'reviewer') review({ kind: 'confirm', status: row.finding.status });
    else if (['1', '2', '3', '4'].includes(key)) review({ kind: 'set-status', status: REVIEW_STATUSES[Number(key) - 1]! });
    else if (key === 'n') {
      event.preventDefault();
      noteRef.current?.focus();
    }
  }

  return (
    <main className="workspace" id="main" aria-label={t('nav.workspace')} onKeyDown={onKeyDown}>
      <h1 className="visually-hidden">{t('nav.workspace')}</h1>
      <ReviewPass
        progress={progress(props.view)}
        reviewer={props.state.author}
        onReviewer={props.state.setAuthor}
        onNext={props.state.nextUnreviewed}
        onConfirmNext={props.state.confirmAndNext}
      />
      <ProvisionList
        view={props.view}
        lang={props.lang}
        filters={props.state.filters}
        onFilters={props.state.setFilters}
        selectedId={props.state.selectedId}
        onSelect={props.state.select}
        onOpenDetail={() => headingRef.current?.focus()}
        searchRef={props.state.searchRef}
      />
      <ElementPanel
        row={row}
        view={props.view}
        lang={props.lang}
        clauses={props.project.analysis.clauses}
        lawLanguage={props.project.law.language}
        author={props.state.author}
        onAuthor={props.state.setAuthor}
        onReview={(action) => row && props.state.review(row.element.id, action)}
        onAsk={(question) => row && props.state.ask(row.element.id, question)}
        history={props.project.history}
        focusClause={props.state.focusClause}
        onShowClause={props.state.setFocusClause}
        headingRef={headingRef}
        noteRef={noteRef}
        panelRef={panelRef}
      />
      <LawPane project={props.project} evidence={evidenceClauses} focus={focus} terms={focusTerms} onShowClause={props.state.setFocusClause} />
      {pendingRow && props.state.pending ? (
        <StatusQuestion
          key={`${pendingRow.element.id}-${props.state.pending.question.kind}`}
          pending={props.state.pending}
          row={pendingRow}
          clauses={props.project.analysis.clauses}
          lawLanguage={props.project.law.language}
          clauseLabel={(id) => props.view.clauses.get(id)?.label ?? id}
          onAnswer={props.state.resolve}
          onCancel={props.state.cancelQuestion}
        />
      ) : null}
    </main>
  );
}
