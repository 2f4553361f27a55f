/**
 * Where the reviewer is in the open project: the selected element, the clause shown in the law, the list's
 * filters, the reviewer's name (kept with the project); and the review itself, with undo and redo, each announced
 * in words. Every action goes through the consistency check first (renderer/review/consistency.ts): when it would
 * leave status and evidence contradicting, or overrides lexgap without a reason, the question is asked and the
 * action waits for its answer.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../core/project.js';
import { NO_FILTERS, type Filters } from '../components/ProvisionList.js';
import type { ReviewStatus } from '../../core/types.js';
import { answer, questionFor, standingQuestion, type Question } from '../review/consistency.js';
import type { ReviewAction } from '../review/project.js';
import { nextUnreviewed } from '../review/queue.js';
import { buildView, type ProjectView } from '../review/view.js';
import type { Session, SessionAction, Step } from '../session.js';

const AUTHOR_KEY = 'lexgap.reviewer';

/** The name this computer last reviewed under: offered when a project asks for its reviewer. */
export function storedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

/** A question waiting for the reviewer's answer, about one element. */
export interface Pending {
  element: string;
  question: Question;
  /** Once answered, go on to the next unreviewed finding (confirm and next). */
  thenNext?: boolean;
}

export function useWorkspace(session: Session | undefined, dispatch: (action: SessionAction) => void, view: ProjectView | undefined, announce: (message: string) => void) {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState<string>();
  const [focusClause, setFocusClause] = useState<string>();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [pending, setPending] = useState<Pending>();
  const searchRef = useRef<HTMLInputElement>(null);
  // The reviewer is the project's: asked once, written on every decision, saved with the project.
  const author = session?.project.meta.reviewer ?? '';

  const setAuthor = (name: string) => {
    if (session) dispatch({ type: 'meta', meta: { ...session.project.meta, reviewer: name } });
    try {
      localStorage.setItem(AUTHOR_KEY, name);
    } catch {
      // kept with the project only
    }
  };

  /**
   * Shows an element of a project, with no filters and its best clause in the law. When none is named, the review
   * starts where the pass would: the open finding lexgap doubts most (the first element once all are reviewed).
   */
  function show(project: Project, element?: string) {
    const projectView = buildView(project);
    const id = element ?? nextUnreviewed(projectView.rows, undefined) ?? projectView.rows[0]?.element.id;
    setSelectedId(id);
    setFocusClause(id ? projectView.byId.get(id)?.finding.evidence[0]?.clause : undefined);
    setFilters(NO_FILTERS);
    setPending(undefined);
  }

  function select(id: string) {
    setSelectedId(id);
    setFocusClause(view?.byId.get(id)?.finding.evidence[0]?.clause);
  }

  const refOf = (element: string) => view?.byId.get(element)?.element.ref ?? element;
  const describeStep = (step: Step) => t(`history.${step.action}`, { ref: refOf(step.element) });

  /** Applies an action as it is, without asking. */
  function apply(element: string, action: ReviewAction) {
    dispatch({ type: 'review', element, action, author });
    announce(t(`history.${action.kind}`, { ref: refOf(element) }));
  }

  /** The next finding to review after `from` (the engine's doubt first), selected; said when none is left. */
  function goToNext(from: string | undefined, rows = view?.rows) {
    const next = rows ? nextUnreviewed(rows, from) : undefined;
    if (next) select(next);
    else announce(t('pass.allDone'));
    return next;
  }

  /** Applies an action, or asks first what the reviewer means when it would leave the finding inconsistent. */
  function review(element: string, action: ReviewAction, thenNext = false) {
    const finding = view?.byId.get(element)?.finding;
    const question = finding ? questionFor(finding, action) : undefined;
    if (question) {
      setPending({ element, question, ...(thenNext ? { thenNext } : {}) });
      return;
    }
    apply(element, action);
    if (thenNext) goToNext(element);
  }

  /** Asks the standing question of a finding whose status and evidence already contradict. */
  function ask(element: string, question: Question) {
    setPending({ element, question });
  }

  /** The reviewer answered the question: the action goes through with the status and reason they gave. */
  function resolve(status: ReviewStatus, reason: string, clause?: string) {
    if (!pending) return;
    const { element, question, thenNext } = pending;
    setPending(undefined);
    apply(element, answer(question, status, reason, clause));
    if (thenNext) goToNext(element);
  }

  /** Confirms the selected finding as it stands and moves on to the next unreviewed one. */
  function confirmAndNext() {
    const row = selectedId ? view?.byId.get(selectedId) : undefined;
    if (!row) return void goToNext(undefined);
    const standing = standingQuestion(row.finding);
    if (standing) return setPending({ element: row.element.id, question: standing, thenNext: true });
    if (row.finding.decision?.status) return void goToNext(row.element.id);
    review(row.element.id, { kind: 'confirm', status: row.finding.status }, true);
  }

  function undo() {
    const step = session?.past.at(-1);
    if (!step) return;
    dispatch({ type: 'undo' });
    // Another element's clause is not this one's: its own first clause is shown.
    if (step.element !== selectedId) setFocusClause(undefined);
    setSelectedId(step.element);
    announce(t('notice.undone', { what: describeStep(step) }));
  }

  function redo() {
    const step = session?.future[0];
    if (!step) return;
    dispatch({ type: 'redo' });
    // Another element's clause is not this one's: its own first clause is shown.
    if (step.element !== selectedId) setFocusClause(undefined);
    setSelectedId(step.element);
    announce(t('notice.redone', { what: describeStep(step) }));
  }

  // The clause shown in the law: one chosen (evidence, or a clause picked in the outline), never one a reviewer
  // rejected for this finding; else the first clause the finding rests on.
  const row = selectedId ? view?.byId.get(selectedId) : undefined;
  const rejected = new Set(row?.finding.decision?.rejectedEvidence ?? []);
  const shownClause = focusClause !== undefined && !rejected.has(focusClause) ? focusClause : row?.finding.evidence[0]?.clause;

  return {
    selectedId,
    focusClause: shownClause,
    setFocusClause,
    filters,
    setFilters,
    author,
    setAuthor,
    searchRef,
    show,
    select,
    review,
    ask,
    pending,
    resolve,
    cancelQuestion: () => setPending(undefined),
    nextUnreviewed: () => goToNext(selectedId),
    confirmAndNext,
    undo,
    redo,
  };
}

export type WorkspaceState = ReturnType<typeof useWorkspace>;
