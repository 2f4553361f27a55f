/**
 * Everything that reaches the app from outside its buttons: the native menu's commands (or their keyboard
 * shortcuts on the web), projects opened from outside the window, the app's own keys (Alt+1..4 for the
 * screens, F1 for help), and files dropped anywhere on the window.
 */
import { useEffect, useRef } from 'react';
import type { MenuCommand, OpenedProject, Platform } from '../platform/types.js';

export type Screen = 'start' | 'workspace' | 'dashboard' | 'region';

export interface CommandDeps {
  platform: Platform;
  handlers: Record<MenuCommand, () => void>;
  onOpenProject(opened: OpenedProject): void;
  /** Alt+1..4; a screen that needs a project is not offered without one. */
  onScreen(screen: Screen): void;
  onHelp(): void;
  onDropFile(file: File): void;
}

const SCREEN_KEYS: Record<string, Screen> = { '1': 'start', '2': 'workspace', '3': 'dashboard', '4': 'region' };

export function useCommands(deps: CommandDeps): void {
  // Subscriptions are made once per platform; they call whatever the latest render's handlers are.
  const latest = useRef(deps);
  latest.current = deps;
  const { platform } = deps;

  useEffect(() => platform.onMenuCommand((command) => latest.current.handlers[command]?.()), [platform]);
  useEffect(() => platform.onOpenProject?.((opened) => latest.current.onOpenProject(opened)), [platform]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const inField = event.target instanceof HTMLElement && event.target.matches('input, textarea, select, [contenteditable="true"]');
      const screen = SCREEN_KEYS[event.key];
      if (event.altKey && !event.ctrlKey && !event.metaKey && screen) {
        event.preventDefault();
        latest.current.onScreen(screen);
      } else if (event.key === 'F1' || (event.key === '?' && !inField)) {
        event.preventDefault();
        latest.current.onHelp();
      }
    };
    // Browsers drop a file onto the page by opening it, which would leave lexgap: every drop comes here instead.
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      const file = event.dataTransfer.files[0];
      if (file) latest.current.onDropFile(file);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
