/**
 * Where the reviewer is in the open project: the selected element, the clause shown in the law, the list's
 * filters, the reviewer's name; and the review itself, with undo and redo, each announced in words.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../core/project.js';
import { NO_FILTERS, type Filters } from '../components/ProvisionList.js';
import type { ReviewAction } from '../review/project.js';
import { buildView, type ProjectView } from '../review/view.js';
import type { Session, SessionAction, Step } from '../session.js';

const AUTHOR_KEY = 'lexgap.reviewer';

function storedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

export function useWorkspace(session: Session | undefined, dispatch: (action: SessionAction) => void, view: ProjectView | undefined, announce: (message: string) => void) {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState<string>();
  const [focusClause, setFocusClause] = useState<string>();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [author, setAuthorState] = useState(storedAuthor);
  const searchRef = useRef<HTMLInputElement>(null);

  const setAuthor = (name: string) => {
    setAuthorState(name);
    try {
      localStorage.setItem(AUTHOR_KEY, name);
    } catch {
      // kept for this visit only
    }
  };

  /** Shows an element of a project (the first when none is named), with no filters and its best clause in the law. */
  function show(project: Project, element?: string) {
    const projectView = buildView(project);
    const id = element ?? projectView.rows[0]?.element.id;
    setSelectedId(id);
    setFocusClause(id ? projectView.byId.get(id)?.finding.evidence[0]?.clause : undefined);
    setFilters(NO_FILTERS);
  }

  function select(id: string) {
    setSelectedId(id);
    setFocusClause(view?.byId.get(id)?.finding.evidence[0]?.clause);
  }

  const refOf = (element: string) => view?.byId.get(element)?.element.ref ?? element;
  const describeStep = (step: Step) => t(`history.${step.action}`, { ref: refOf(step.element) });

  function review(element: string, action: ReviewAction) {
    dispatch({ type: 'review', element, action, author });
    announce(t(`history.${action.kind}`, { ref: refOf(element) }));
  }

  function undo() {
    const step = session?.past.at(-1);
    if (!step) return;
    dispatch({ type: 'undo' });
    setSelectedId(step.element);
    announce(t('notice.undone', { what: describeStep(step) }));
  }

  function redo() {
    const step = session?.future[0];
    if (!step) return;
    dispatch({ type: 'redo' });
    setSelectedId(step.element);
    announce(t('notice.redone', { what: describeStep(step) }));
  }

  return { selectedId, focusClause, setFocusClause, filters, setFilters, author, setAuthor, searchRef, show, select, review, undo, redo };
}

export type WorkspaceState = ReturnType<typeof useWorkspace>;
