/**
 * The open project as the app holds it: the project, where it is saved, what was last saved (for the unsaved
 * mark) and the undo and redo stacks of review actions.
 */
import type { Project } from '../core/project.js';
import type { HistoryEntry, ReviewDecision } from '../core/review.js';
import type { ProjectLocation } from './platform/types.js';
import { applyAction, historyEntry, type ReviewAction } from './review/project.js';

/** The review as one undo step sees it: the decisions and the history they come with. */
interface Review {
  decisions: ReviewDecision[];
  history: HistoryEntry[];
}

export interface Step {
  before: Review;
  after: Review;
  element: string;
  action: ReviewAction['kind'];
}

const reviewOf = (p: Project): Review => ({ decisions: p.decisions, history: p.history });

export interface Session {
  project: Project;
  location?: ProjectLocation;
  /** The decisions and meta as last saved; undefined for work never saved (or restored from recovery). */
  saved?: { decisions: ReviewDecision[]; meta: Project['meta'] };
  past: Step[];
  future: Step[];
}

export type SessionAction =
  | { type: 'open'; project: Project; location?: ProjectLocation; saved: boolean }
  | { type: 'review'; element: string; action: ReviewAction; author?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'meta'; meta: Project['meta'] }
  | { type: 'saved'; location: ProjectLocation; project: Project };

const HISTORY_LIMIT = 200;

export function isDirty(session: Session | undefined): boolean {
  if (!session) return false;
  return !session.saved || session.saved.decisions !== session.project.decisions || session.saved.meta !== session.project.meta;
}

export function sessionReducer(session: Session | undefined, action: SessionAction): Session | undefined {
  if (action.type === 'open') {
    const { project, location, saved } = action;
    return { project, ...(location ? { location } : {}), ...(saved ? { saved: { decisions: project.decisions, meta: project.meta } } : {}), past: [], future: [] };
  }
  if (!session) return session;
  switch (action.type) {
    case 'review': {
      const before = reviewOf(session.project);
      const decisions = applyAction(before.decisions, action.element, action.action, action.author);
      // The history keeps what was done, in order; an undo takes the step back out with its decision.
      const after = { decisions, history: [...before.history, historyEntry(action.element, action.action, action.author)] };
      const step: Step = { before, after, element: action.element, action: action.action.kind };
      return { ...session, project: { ...session.project, ...after }, past: [...session.past, step].slice(-HISTORY_LIMIT), future: [] };
    }
    case 'undo': {
      const step = session.past.at(-1);
      if (!step) return session;
      return { ...session, project: { ...session.project, ...step.before }, past: session.past.slice(0, -1), future: [step, ...session.future] };
    }
    case 'redo': {
      const step = session.future[0];
      if (!step) return session;
      return { ...session, project: { ...session.project, ...step.after }, past: [...session.past, step], future: session.future.slice(1) };
    }
    case 'meta':
      return { ...session, project: { ...session.project, meta: action.meta } };
    case 'saved':
      // The project may have changed while it was being written: what was written is what counts as saved.
      return { ...session, location: action.location, saved: { decisions: action.project.decisions, meta: action.project.meta } };
  }
}
