/**
 * Work saved without asking: a copy of the open project's unsaved work shortly after every change (offered back
 * after a crash), and, in the web version, a warning before the page closes on a change not kept yet.
 */
import { useEffect, useRef } from 'react';
import type { Project } from '../../core/project.js';
import type { Platform } from '../platform/types.js';
import type { Session } from '../session.js';
import { signal } from './signal.js';

export const AUTOSAVE_DELAY_MS = 800;

export function useAutosave(platform: Platform, session: Session | undefined, dirty: boolean, onError: (err: unknown) => void): void {
  const autosaved = useRef<Project | undefined>(undefined);

  useEffect(() => {
    if (!session || !dirty) return;
    const timer = setTimeout(() => {
      const copy = session.project;
      platform.autosave(copy, session.location).then(
        () => {
          autosaved.current = copy;
          signal('autosaved');
        },
        onError,
      );
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [platform, session, dirty, onError]);

  const project = session?.project;
  useEffect(() => {
    if (platform.kind !== 'web' || !dirty || !project) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (autosaved.current !== project) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [platform, dirty, project]);
}
