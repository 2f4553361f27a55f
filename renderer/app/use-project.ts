/**
 * The open project: the session (project, where it is saved, undo history), opening, saving, the recent list,
 * recovered work, the title bar, and the question asked before unsaved work is left.
 */
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectName, type Project } from '../../core/project.js';
import type { OpenedProject, Platform, RecentProject, Recovery } from '../platform/types.js';
import { buildView } from '../review/view.js';
import { isDirty, sessionReducer } from '../session.js';
import type { ErrorAt } from '../components/StartScreen.js';
import type { Describe } from './describe.js';

export interface ProjectDeps {
  platform: Platform;
  describe: Describe;
  announce(message: string): void;
  /** Shows an error in the banner (undefined clears it). */
  showError(message: string | undefined): void;
  /** Shows an error on the start screen beside what caused it (undefined clears it). */
  showFormError(message: string | undefined, at?: ErrorAt): void;
  /** A project was opened: the screens show it from its first element. */
  onOpened(project: Project): void;
}

export type Opening = { project: Project; location?: OpenedProject['location'] };

export function useProject({ platform, describe, announce, showError, showFormError, onOpened }: ProjectDeps) {
  const { t } = useTranslation();
  const [session, dispatch] = useReducer(sessionReducer, undefined);
  const [recent, setRecent] = useState<RecentProject[]>([]);
  const [recovery, setRecovery] = useState<Recovery>();
  const [saving, setSaving] = useState(false);
  /** What to do once the user has answered the unsaved-changes question. */
  const [pending, setPending] = useState<{ then: () => void }>();
  const project = session?.project;
  const view = useMemo(() => (project ? buildView(project) : undefined), [project]);
  const dirty = isDirty(session);

  const refreshRecent = useCallback(() => {
    platform.recentProjects().then(setRecent, () => setRecent([]));
  }, [platform]);

  useEffect(() => {
    refreshRecent();
    platform.recovery().then(setRecovery, () => setRecovery(undefined));
  }, [platform, refreshRecent]);

  // The title bar: the project's name, marked while it has unsaved changes.
  useEffect(() => {
    document.title = project
      ? `${dirty ? '• ' : ''}${projectName(project)}${dirty ? ` (${t('header.unsaved')})` : ''} – lexgap`
      : `lexgap – ${t('app.tagline')}`;
  }, [project, dirty, t]);

  function open(opened: Opening, saved: boolean | 'fresh', message?: string) {
    dispatch({ type: 'open', project: opened.project, ...(opened.location ? { location: opened.location } : {}), saved });
    onOpened(opened.project);
    showError(undefined);
    showFormError(undefined);
    const { covered, partial, missing } = opened.project.analysis.summary;
    announce(message ?? t('notice.opened', { name: projectName(opened.project), covered, partial, missing }));
    refreshRecent();
  }

  /** Runs `then` at once, or after asking what to do with unsaved changes. */
  function guard(then: () => void) {
    if (dirty) setPending({ then });
    else then();
  }

  async function save(saveAs = false): Promise<boolean> {
    if (!session || saving) return false;
    setSaving(true);
    try {
      const written = session.project;
      const location = await platform.saveProject(written, { ...(session.location ? { location: session.location } : {}), saveAs });
      if (!location) return false;
      dispatch({ type: 'saved', location, project: written });
      await platform.discardRecovery().catch(() => undefined);
      announce(t('notice.saved', { name: location.name }));
      refreshRecent();
      return true;
    } catch (err) {
      showError(describe(err));
      return false;
    } finally {
      setSaving(false);
    }
  }

  const openProject = () =>
    guard(async () => {
      try {
        const opened = await platform.openProject();
        if (opened) open(opened, true);
      } catch (err) {
        showError(describe(err));
        showFormError(describe(err), 'open');
      }
    });

  const openRecent = (entry: RecentProject) =>
    guard(async () => {
      try {
        open(await platform.openRecent(entry), true);
      } catch (err) {
        showFormError(describe(err), 'open');
        refreshRecent();
      }
    });

  function restoreRecovery() {
    if (!recovery) return;
    const found = recovery;
    guard(() => {
      setRecovery(undefined);
      open({ project: found.project, ...(found.location ? { location: found.location } : {}) }, false, t('notice.restored', { name: projectName(found.project) }));
    });
  }

  function discardRecovery() {
    setRecovery(undefined);
    platform.discardRecovery().catch((err: unknown) => showError(describe(err)));
  }

  /** The answers to the unsaved-changes question. */
  const unsaved = pending
    ? {
        save: async () => {
          setPending(undefined);
          if (await save(false)) pending.then();
        },
        discard: () => {
          setPending(undefined);
          pending.then();
        },
        cancel: () => setPending(undefined),
      }
    : undefined;

  return {
    session,
    dispatch,
    project,
    view,
    dirty,
    saving,
    recent,
    recovery,
    open,
    guard,
    save,
    openProject,
    openRecent,
    restoreRecovery,
    discardRecovery,
    unsaved,
  };
}

export type ProjectController = ReturnType<typeof useProject>;
